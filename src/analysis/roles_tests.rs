//! Tests of role descriptions: who "szef MSZ", "prezydent Finlandii" or "the minister" is.

use super::super::lexicon::BUNDLED_PL;
use super::super::mentions::np_before;
use super::super::text::tokenize;
use super::*;

fn speaker(text: &str, verb: &str) -> (String, bool) {
    let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
    let tokens = tokenize(text, 0, text.len());
    let v = tokens.iter().position(|t| t.lower == verb).unwrap();
    let np = np_before(&tokens, 0, v, &lexicon).unwrap();
    let gender = lexicon.verb_gender(verb);
    let (np, role) = match speaker_of(text, &tokens, &np, v, gender, &lexicon) {
        Speaker::Name(np) => (np, false),
        Speaker::Role { phrase, .. } => (phrase, true),
    };
    (
        text[tokens[np.name_first].start..tokens[np.name_end - 1].end].to_string(),
        role,
    )
}

fn sources(text: &str) -> Vec<Option<String>> {
    let engine = crate::analysis::Engine::builtin();
    let input = crate::analysis::AnalysisInput {
        text: text.to_string(),
        language: crate::model::Language::Pl,
        ..Default::default()
    };
    let analysis = engine.analyze(&input);
    let name = |id: &crate::model::SourceId| {
        analysis
            .sources
            .iter()
            .find(|s| &s.id == id)
            .map(|s| s.name.clone())
    };
    analysis
        .document
        .statements
        .iter()
        .map(|st| st.attribution.source.as_ref().and_then(name))
        .collect()
}

#[test]
fn role_descriptions_refer_back() {
    let text = "Szpital\n\nPremier Jan Kowalski odwiedził w piątek szpital w Radomiu. \
                Premier podkreślił, że pieniądze na remont się znajdą. \
                – Prace ruszą wiosną – dodał polityk. \
                Wojewoda ocenił, że to dobra wiadomość.";
    let found = sources(text);
    let kowalski = Some("Jan Kowalski".to_string());
    let wojewoda = Some("Wojewoda".to_string());
    assert_eq!(found, vec![None, kowalski.clone(), kowalski, wojewoda]);
}

#[test]
fn a_name_follows_a_place_governed_by_a_preposition() {
    let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
    let text = "powiedział były ambasador w Izraelu Jan Malinowski.";
    let tokens = tokenize(text, 0, text.len());
    let name = name_after(text, &tokens, 3, tokens.len(), &lexicon).unwrap();
    assert_eq!(
        &text[tokens[name.first].start..tokens[name.end - 1].end],
        "Jan Malinowski"
    );
    let text = "powiedział ambasador w Wielkiej Brytanii.";
    let tokens = tokenize(text, 0, text.len());
    assert_eq!(name_after(text, &tokens, 2, tokens.len(), &lexicon), None);
}

#[test]
fn an_adjective_before_the_role_does_not_hide_the_holder() {
    let text = "Wizyta\n\nByły ambasador w Japonii Jan Kowalski odwiedził Tokio. \
                Były ambasador ocenił, że rozmowy były trudne. \
                Polski naukowiec Adam Lis wrócił z Chin. \
                Powiedział, że był zmęczony.";
    let found = sources(text);
    let kowalski = Some("Jan Kowalski".to_string());
    let lis = Some("Adam Lis".to_string());
    assert_eq!(found, vec![None, kowalski, None, lis]);
}

#[test]
fn the_role_noun_heads_the_phrase() {
    assert_eq!(
        speaker(
            "Prezydent Litwy zapowiedział, że przyjedzie.",
            "zapowiedział"
        ),
        ("Prezydent Litwy".to_string(), true)
    );
    assert_eq!(
        speaker("Doradca Kowalskiego dodał, że nie wie.", "dodał"),
        ("Doradca Kowalskiego".to_string(), true)
    );
    assert_eq!(
        speaker(
            "Kobieta zadzwoniła na policję i przekazała, że widzi dym.",
            "przekazała"
        ),
        ("Kobieta".to_string(), true)
    );
    assert_eq!(
        speaker("Szef MON podkreślił, że armia jest gotowa.", "podkreślił"),
        ("Szef MON".to_string(), true)
    );
    assert_eq!(
        speaker(
            "Rzecznik ratusza, Jan Malinowski, przekazał, że droga jest zamknięta.",
            "przekazał"
        ),
        ("Jan Malinowski".to_string(), false)
    );
    assert_eq!(
        speaker("Minister Anna Zielińska oceniła, że to błąd.", "oceniła"),
        ("Anna Zielińska".to_string(), false)
    );
}
