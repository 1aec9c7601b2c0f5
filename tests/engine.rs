//! The engine on small hand-written articles: every construction the product promises, in both
//! languages. (Texts written for these tests; none comes from the evaluation set.)

use ascribe::analysis::{Analysis, AnalysisInput, Engine};
use ascribe::model::{Language, SourceKind};

fn analyze(text: &str, language: Language) -> Analysis {
    Engine::builtin().analyze(&AnalysisInput {
        path: None,
        text: text.to_string(),
        title: None,
        language,
    })
}

/// The source name and via names of the statement containing `needle`.
fn who(a: &Analysis, needle: &str) -> (Option<String>, Vec<String>) {
    let text = &a.document.text;
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
        + needle.len() / 2;
    let st = a
        .document
        .statements
        .iter()
        .find(|s| s.span.start <= at && at < s.span.end)
        .expect("a statement covers every sentence");
    let name = |id: &ascribe::model::SourceId| {
        a.sources.iter().find(|s| &s.id == id).unwrap().name.clone()
    };
    (
        st.attribution.source.as_ref().map(name),
        st.attribution.via.iter().map(name).collect(),
    )
}

#[test]
fn polish_reporting_verbs_in_both_word_orders() {
    let a = analyze(
        "Rzecznik ratusza Jan Wiśniewski powiedział, że most zostanie otwarty w maju. \
         „Prace idą zgodnie z planem” – dodał. Budowa kosztowała 40 mln zł. \
         Opóźnienia są nieuniknione – pisze „Gazeta Lokalna”.",
        Language::Pl,
    );
    assert_eq!(
        who(&a, "most zostanie otwarty").0.as_deref(),
        Some("Jan Wiśniewski")
    );
    assert_eq!(who(&a, "Prace idą").0.as_deref(), Some("Jan Wiśniewski"));
    assert_eq!(who(&a, "Budowa kosztowała").0, None);
    assert_eq!(
        who(&a, "Opóźnienia są").0.as_deref(),
        Some("Gazeta Lokalna")
    );
}

#[test]
fn polish_non_verbal_cues_and_inflected_names() {
    let a = analyze(
        "Według Marty Kowalczyk z Politechniki Gdańskiej ceny mieszkań spadną. \
         Zdaniem Kowalczyk rynek się stabilizuje. W ocenie Kowalczyk banki będą ostrożne.",
        Language::Pl,
    );
    for needle in ["ceny mieszkań", "rynek się", "banki będą"] {
        assert!(
            who(&a, needle).0.is_some_and(|n| n.contains("Kowalczyk")),
            "{needle}"
        );
    }
    let people: Vec<_> = a
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Person)
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
}

#[test]
fn zero_subject_and_pronoun_continuation() {
    let a = analyze(
        "Ekonomistka Anna Zawada oceniła, że inflacja spadnie. Zaznacza także, że płace rosną. \
         Jej zdaniem stopy nie zmienią się do jesieni.",
        Language::Pl,
    );
    assert_eq!(who(&a, "płace rosną").0.as_deref(), Some("Anna Zawada"));
    assert_eq!(
        who(&a, "stopy nie zmienią").0.as_deref(),
        Some("Anna Zawada")
    );
}

#[test]
fn chains_citing_and_quoted_by() {
    let a = analyze(
        "Armia wycofała się z miasta – pisze „Dziennik Północny”, powołując się na anonimowych oficerów. \
         Straty są duże – powiedział gen. Piotr Lis, cytowany przez PAP.",
        Language::Pl,
    );
    let (source, via) = who(&a, "Armia wycofała");
    assert_eq!(source.as_deref(), Some("Dziennik Północny"));
    assert!(via.iter().any(|v| v.contains("oficerów")), "{via:?}");
    let (source, via) = who(&a, "Straty są duże");
    assert_eq!(source.as_deref(), Some("Piotr Lis"));
    assert_eq!(via, vec!["Polska Agencja Prasowa".to_string()]);
}

#[test]
fn a_mid_sentence_cue_splits_the_sentence() {
    let a = analyze(
        "Analityk Jan Kot ocenił, że eksport wzrośnie. Firma zatrudnia 300 osób, które, według danych GUS, zarabiają średnio 7 tys. zł.",
        Language::Pl,
    );
    assert_eq!(who(&a, "Firma zatrudnia").0, None);
    assert_eq!(
        who(&a, "zarabiają średnio").0.as_deref(),
        Some("Główny Urząd Statystyczny")
    );
}

#[test]
fn distractors_are_the_authors_voice() {
    let a = analyze(
        "Minister Adam Sowa zdecydował o zamknięciu szpitala. Wojewoda przekazał gminie dokumenty. \
         Coraz więcej wskazuje, że decyzja zapadła wcześniej. Rada miasta nie skomentowała sprawy.",
        Language::Pl,
    );
    for needle in [
        "zdecydował",
        "przekazał gminie",
        "decyzja zapadła",
        "nie skomentowała",
    ] {
        assert_eq!(who(&a, needle).0, None, "{needle}");
    }
}

#[test]
fn hearsay_keeps_the_outlet_in_the_chain() {
    let a = analyze(
        "Jak podał portal Meduza, gen. Igor Smirnow miał powiedzieć, że ofensywa ruszy wiosną.",
        Language::Pl,
    );
    let (source, via) = who(&a, "ofensywa ruszy");
    assert_eq!(source.as_deref(), Some("Igor Smirnow"));
    assert_eq!(via, vec!["Meduza".to_string()]);
}

#[test]
fn english_constructions() {
    let a = analyze(
        "The mayor's office said on Monday that the bridge would reopen in May. \
         \"We are on schedule,\" said Laura Finch, a city engineer. She added that costs had risen. \
         According to Reuters, the contractor was fined twice. The bridge opened in 1931. \
         The council signed the contract in March.",
        Language::En,
    );
    assert!(who(&a, "bridge would reopen").0.is_some());
    assert_eq!(
        who(&a, "We are on schedule").0.as_deref(),
        Some("Laura Finch")
    );
    assert_eq!(who(&a, "costs had risen").0.as_deref(), Some("Laura Finch"));
    assert_eq!(
        who(&a, "contractor was fined").0.as_deref(),
        Some("Reuters")
    );
    assert_eq!(who(&a, "opened in 1931").0, None);
    assert_eq!(who(&a, "signed the contract").0, None);
}

#[test]
fn english_told_and_citing() {
    let a = analyze(
        "Company spokesman Mark Hale told the Associated Press the plant would close. \
         CNN reported, citing two officials, that talks had stalled.",
        Language::En,
    );
    let (source, via) = who(&a, "plant would close");
    assert_eq!(source.as_deref(), Some("Mark Hale"));
    assert_eq!(via, vec!["Associated Press".to_string()]);
    let (source, via) = who(&a, "talks had stalled");
    assert_eq!(source.as_deref(), Some("CNN"));
    assert!(via.iter().any(|v| v.contains("officials")), "{via:?}");
}

#[test]
fn statements_tile_sentences_and_carry_evidence() {
    let text = ascribe::SAMPLE_ARTICLE;
    let a = analyze(text, Language::Pl);
    let statements = &a.document.statements;
    assert!(
        statements
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start)
    );
    for s in statements {
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        if s.attribution.source.is_some() {
            // A zero-subject continuation ("Zaznacza także, że…") names nobody in its clause.
            let named = s.attribution.mention.is_some() || s.attribution.rule == "continuation";
            assert!(named && s.attribution.cue.is_some() && !s.attribution.rule.is_empty());
        }
    }
    // Every non-space character of the body belongs to a statement.
    for (i, ch) in text.char_indices() {
        if !ch.is_whitespace() {
            assert!(
                statements.iter().any(|s| s.span.contains(i)),
                "uncovered {ch:?} at {i}"
            );
        }
    }
}

#[test]
fn the_reference_article_has_its_four_sources_and_the_officials_chain() {
    let a = analyze(ascribe::SAMPLE_ARTICLE, Language::Pl);
    let owners: std::collections::BTreeSet<String> = a
        .document
        .statements
        .iter()
        .filter_map(|s| s.attribution.source.as_ref())
        .map(|id| a.sources.iter().find(|s| &s.id == id).unwrap().name.clone())
        .collect();
    assert_eq!(owners.len(), 4, "{owners:?}");
    assert!(
        owners.contains("NATO")
            && owners.contains("The New York Times")
            && owners.contains("Olena Guseinowa")
    );
    let (_, via) = who(&a, "Kilka tysięcy");
    assert!(via.iter().any(|v| v.contains("urzędnicy")), "{via:?}");
}

#[test]
fn partitive_speakers_and_addressees() {
    let a = analyze(
        "„Baliśmy się go” – mówi jedna z mieszkanek. Portal Onet podaje natomiast, że sprawca działał sam.",
        Language::Pl,
    );
    assert_eq!(
        who(&a, "Baliśmy się").0.as_deref(),
        Some("jedna z mieszkanek")
    );
    assert_eq!(who(&a, "sprawca działał").0.as_deref(), Some("Onet"));
    let e = analyze(
        "\"It was chaos,\" one of the organisers told the BBC.",
        Language::En,
    );
    let (source, via) = who(&e, "It was chaos");
    assert_eq!(source.as_deref(), Some("one of the organisers"));
    assert_eq!(via, vec!["BBC".to_string()]);
}

#[test]
fn english_parentheticals_and_trailing_tags() {
    let a = analyze(
        "The company will cut 500 jobs, a spokeswoman said on Tuesday. \
         The union, which represents 2,000 workers, warned of strikes. \
         Officials, speaking on condition of anonymity, said the government was not consulted.",
        Language::En,
    );
    assert_eq!(who(&a, "cut 500 jobs").0.as_deref(), Some("spokeswoman"));
    assert_eq!(who(&a, "warned of strikes").0.as_deref(), Some("union"));
    assert_eq!(who(&a, "not consulted").0.as_deref(), Some("Officials"));
}

#[test]
fn a_quoted_title_before_a_verb_is_its_subject_not_a_quotation() {
    let a = analyze(
        "Jan Kowalski przyznał, że odetchnął z ulgą. Lokalny dziennik „Kurier” napisał, że wykonawca zbankrutował.",
        Language::Pl,
    );
    assert_eq!(
        who(&a, "wykonawca zbankrutował").0.as_deref(),
        Some("Kurier")
    );
}

#[test]
fn channels_data_sources_and_institutions() {
    let a = analyze(
        "Z danych GUS wynika, że bezrobocie spadło. Sprawca uciekł – poinformowała w komunikacie policja.",
        Language::Pl,
    );
    assert_eq!(
        who(&a, "bezrobocie spadło").0.as_deref(),
        Some("Główny Urząd Statystyczny")
    );
    assert_eq!(who(&a, "Sprawca uciekł").0.as_deref(), Some("policja"));
    let e = analyze(
        "In a statement, the ministry said the talks had failed. The suspect fled, police said.",
        Language::En,
    );
    assert_eq!(who(&e, "talks had failed").0.as_deref(), Some("ministry"));
    assert_eq!(who(&e, "suspect fled").0.as_deref(), Some("police"));
}

#[test]
fn a_quoted_title_inside_a_chain_phrase_is_not_a_quotation() {
    let a = analyze(
        "Według GUS bezrobocie spadło. Ekspertka Maria Zielińska, cytowana przez „Gazetę Wyborczą”, \
         twierdzi, że ceny wzrosną. \"Nie wiem\", przyznała.",
        Language::Pl,
    );
    let (source, via) = who(&a, "ceny wzrosną");
    assert_eq!(source.as_deref(), Some("Maria Zielińska"));
    assert_eq!(via, vec!["Gazeta Wyborcza".to_string()]);
    assert_eq!(who(&a, "Nie wiem").0.as_deref(), Some("Maria Zielińska"));
}
