//! Tests of entity resolution: inflected names, the gazetteer, data owners and generic nouns.

use super::super::lexicon::{BUNDLED_GAZETTEER, BUNDLED_PL, parse_gazetteer};
use super::super::mentions::np_after;
use super::super::text::tokenize;
use super::*;

fn resolve_all(mentions: &[&str]) -> (Vec<usize>, Vec<String>) {
    let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
    let known = index_gazetteer(&parse_gazetteer(BUNDLED_GAZETTEER).unwrap(), &lexicon);
    let mut table = EntityTable::new(&lexicon, &known);
    let mut ids = Vec::new();
    for m in mentions {
        let text = format!("według {m}");
        let tokens = tokenize(&text, 0, text.len());
        let np = np_after(&tokens, 1, tokens.len(), &lexicon).unwrap();
        let recent: Vec<usize> = ids.iter().rev().copied().collect();
        ids.push(
            table
                .resolve(&text, &tokens, &np, MentionCase::Oblique, &recent)
                .unwrap(),
        );
    }
    (
        ids,
        table.entities().iter().map(|e| e.name.clone()).collect(),
    )
}

#[test]
fn inflected_names_resolve_to_one_person() {
    // First met in the genitive ("według Oleny Guseinowej"): shown in the nominative.
    let (ids, names) = resolve_all(&["Oleny Guseinowej", "Guseinowej", "Guseinowa"]);
    assert_eq!(ids, vec![0, 0, 0]);
    assert_eq!(names, vec!["Olena Guseinowa"]);
}

#[test]
fn acronyms_and_titles_resolve_through_the_gazetteer() {
    let (ids, names) = resolve_all(&[
        "\"The New York Times\"",
        "NYT",
        "Polską Agencję Prasową",
        "PAP",
        "agencji Reutera",
    ]);
    assert_eq!(ids, vec![0, 0, 1, 1, 2]);
    assert_eq!(
        names,
        vec!["The New York Times", "Polska Agencja Prasowa", "Reuters"]
    );
}

#[test]
fn data_owners_and_generic_nouns() {
    let (ids, names) = resolve_all(&[
        "szacunków Korei Południowej",
        "szacunków GUS",
        "\"Financial Times\"",
        "dziennika",
    ]);
    assert_eq!(ids, vec![0, 1, 2, 2]);
    assert_eq!(names[0], "Korea Południowa (szacunki)");
    assert_eq!(names[1], "Główny Urząd Statystyczny");
}
