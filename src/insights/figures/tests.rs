use super::*;

fn found(text: &str, language: Language) -> Vec<(String, FigureValue, Option<String>)> {
    find_figures(text, language)
        .into_iter()
        .map(|f| (f.span.text(text).to_string(), f.value, f.unit))
        .collect()
}

fn one(text: &str, language: Language) -> (String, FigureValue, Option<String>) {
    let all = found(text, language);
    assert_eq!(all.len(), 1, "{text:?}: {all:?}");
    all.into_iter().next().unwrap()
}

#[test]
fn polish_multipliers_and_decimal_commas() {
    let (text, value, unit) = one("Budżet wyniesie 1,5 mln zł w tym roku.", Language::Pl);
    assert_eq!(text, "1,5 mln zł");
    assert_eq!(value, FigureValue::Single(1_500_000.0));
    assert_eq!(unit.as_deref(), Some("zł"));
    let (text, value, unit) = one("Program kosztuje 5 miliardów euro.", Language::Pl);
    assert_eq!(text, "5 miliardów euro");
    assert_eq!(value, FigureValue::Single(5e9));
    assert_eq!(unit.as_deref(), Some("euro"));
    let (text, value, _) = one("Protestowało ponad 20 tys. osób.", Language::Pl);
    assert_eq!(text, "ponad 20 tys. osób");
    assert_eq!(value, FigureValue::Single(20_000.0));
    let (_, value, _) = one("Na granicy stoi 20 000 żołnierzy.", Language::Pl);
    assert_eq!(value, FigureValue::Single(20_000.0));
}

#[test]
fn english_multipliers_currencies_and_percentages() {
    let (text, value, _) = one("Exports reached 21.7 billion last year.", Language::En);
    assert_eq!(text, "21.7 billion");
    assert_eq!(value, FigureValue::Single(21_700_000_000.0));
    let (text, value, unit) = one("The deal is worth about $5m to the city.", Language::En);
    assert_eq!(text, "about $5m");
    assert_eq!(value, FigureValue::Single(5e6));
    assert_eq!(unit.as_deref(), Some("$"));
    let (_, value, unit) = one("Support fell to 1,250 people.", Language::En);
    assert_eq!(value, FigureValue::Single(1250.0));
    assert_eq!(unit.as_deref(), Some("people"));
    let (_, value, unit) = one("Turnout was 42.5% in the city.", Language::En);
    assert_eq!(value, FigureValue::Single(42.5));
    assert_eq!(unit.as_deref(), Some("%"));
}

#[test]
fn ranges_carry_both_ends_with_the_multiplier() {
    let (text, value, unit) = one("Straty szacuje się na 10–15 mln dolarów.", Language::Pl);
    assert_eq!(text, "10–15 mln dolarów");
    assert_eq!(value, FigureValue::Range(1e7, 1.5e7));
    assert_eq!(unit.as_deref(), Some("dolarów"));
    let (_, value, unit) = one("Inflation will be 3-4 percent.", Language::En);
    assert_eq!(value, FigureValue::Range(3.0, 4.0));
    assert_eq!(unit.as_deref(), Some("percent"));
}

#[test]
fn dates_years_times_and_ordinals_are_not_figures() {
    for (text, language) in [
        (
            "Spotkanie odbędzie się 12 marca 2024 r. o godz. 12.30.",
            Language::Pl,
        ),
        (
            "W 2023 roku zajęła 5. miejsce, a 12.03.2024 wróciła.",
            Language::Pl,
        ),
        ("Rozmowa z 15-ego, godz. 9:45.", Language::Pl),
        (
            "The summit on March 12, 2024 starts at 10:30.",
            Language::En,
        ),
        ("It was the 21st meeting since 1990, in 2008.", Language::En),
        (
            "Myśliwce F-16 i pandemia COVID-19 oraz sieć 5G.",
            Language::Pl,
        ),
    ] {
        assert!(
            found(text, language).is_empty(),
            "{text:?}: {:?}",
            found(text, language)
        );
    }
}

#[test]
fn counts_next_to_dates_are_still_figures() {
    let all = found("12 marca w Warszawie zatrzymano 150 osób.", Language::Pl);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].1, FigureValue::Single(150.0));
    let all = found(
        "The plant, opened in 1998, employs 2,000 workers.",
        Language::En,
    );
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].1, FigureValue::Single(2000.0));
}

#[test]
fn numbers_format_with_groups() {
    assert_eq!(format_number(1_500_000.0), "1 500 000");
    assert_eq!(format_number(21.7), "21.7");
    assert_eq!(FigureValue::Range(10.0, 15.0).display(), "10–15");
}
