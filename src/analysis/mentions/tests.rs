//! Unit tests: subjects before verbs, phrases after cues, chain links.

use super::super::lexicon::{BUNDLED_EN, BUNDLED_PL, Lexicon};
use super::super::text::{Token, tokenize};
use super::*;
use crate::model::SourceKind;

fn name(text: &str, np: &NounPhrase, tokens: &[Token]) -> String {
    text[tokens[np.name_first].start..tokens[np.name_end - 1].end].to_string()
}

fn before(text: &str, lexicon: &str, verb_word: &str) -> Option<String> {
    let lexicon = Lexicon::parse(lexicon).unwrap();
    let tokens = tokenize(text, 0, text.len());
    let verb = tokens.iter().position(|t| t.lower == verb_word).unwrap();
    np_before(&tokens, 0, verb, &lexicon).map(|np| name(text, &np, &tokens))
}

fn after(text: &str, lexicon: &str, from_word: &str) -> Option<String> {
    let lexicon = Lexicon::parse(lexicon).unwrap();
    let tokens = tokenize(text, 0, text.len());
    let from = tokens.iter().position(|t| t.lower == from_word).unwrap() + 1;
    np_after(&tokens, from, tokens.len(), &lexicon).map(|np| name(text, &np, &tokens))
}

#[test]
fn chain_phrases_run_to_punctuation() {
    let text = "powołując się na ukraińskich i amerykańskich urzędników państwowych.";
    let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
    let tokens = tokenize(text, 0, text.len());
    let np = np_until_punct(&tokens, 3, tokens.len(), &lexicon).unwrap();
    assert_eq!(
        name(text, &np, &tokens),
        "ukraińskich i amerykańskich urzędników państwowych"
    );
    assert_eq!(np.role_kind, Some(SourceKind::Group));
}

#[test]
fn subjects_before_verbs() {
    let pl = BUNDLED_PL;
    assert_eq!(
        before(
            "Analityk Olena Guseinowa z Uniwersytetu Języków Obcych Hankuk w Seulu oceniła",
            pl,
            "oceniła"
        )
        .as_deref(),
        Some("Olena Guseinowa")
    );
    assert_eq!(
        before("NATO potwierdziło", pl, "potwierdziło").as_deref(),
        Some("NATO")
    );
    assert_eq!(
        before("Guseinowa podkreśla", pl, "podkreśla").as_deref(),
        Some("Guseinowa")
    );
    assert_eq!(
        before(
            "Dowódca jednej z ukraińskich brygad, płk Ołeh Martynenko, przekazał",
            pl,
            "przekazał"
        )
        .as_deref(),
        Some("Ołeh Martynenko")
    );
    assert_eq!(
        before("Jeszcze latem rząd zapowiadał", pl, "zapowiadał").as_deref(),
        Some("rząd")
    );
    assert_eq!(before("Zaznacza także", pl, "zaznacza"), None);
    assert_eq!(
        before(
            "Baslan Damang, a security official from the port, on Tuesday told",
            BUNDLED_EN,
            "told"
        )
        .as_deref(),
        Some("Baslan Damang")
    );
}

#[test]
fn all_caps_fragments_are_not_names() {
    assert_eq!(
        before("MAYOR STEPS DOWN — Lee said", BUNDLED_EN, "said").as_deref(),
        Some("Lee")
    );
    assert_eq!(
        before("BRIDGE CLOSES — critics said", BUNDLED_EN, "said").as_deref(),
        Some("critics")
    );
}

#[test]
fn a_surname_after_a_title_is_a_name() {
    assert_eq!(
        before("Later Mr. Judge said", BUNDLED_EN, "said").as_deref(),
        Some("Judge")
    );
}

#[test]
fn adverbials_and_conjunctions_around_the_subject() {
    assert_eq!(
        before("And Lee said", BUNDLED_EN, "said").as_deref(),
        Some("Lee")
    );
    assert_eq!(
        before("Lee on Friday said", BUNDLED_EN, "said").as_deref(),
        Some("Lee")
    );
}

#[test]
fn auxiliaries_stand_between_subject_and_verb() {
    assert_eq!(
        before("She has repeatedly denied", BUNDLED_EN, "denied").as_deref(),
        Some("She")
    );
}

#[test]
fn phrases_after_cues() {
    let pl = BUNDLED_PL;
    assert_eq!(
        after("pisze \"The New York Times\", powołując", pl, "pisze").as_deref(),
        Some("The New York Times")
    );
    assert_eq!(
        after("według szacunków Korei Południowej, ma", pl, "według").as_deref(),
        Some("Korei Południowej")
    );
    assert_eq!(
        after("Według dziennika Moskwa może rozpocząć", pl, "według").as_deref(),
        Some("dziennika")
    );
    assert_eq!(
        after("– pisze „Financial Times”, powołując", pl, "pisze").as_deref(),
        Some("Financial Times")
    );
}
