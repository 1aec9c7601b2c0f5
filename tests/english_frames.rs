//! English frames found on political news: a relative clause whose antecedent is only described
//! ("The study, which found …") and a strong verb whose object follows it after a parenthetical
//! ("The ministry, in a statement on Monday, confirmed Smith's visit") is not an inverted tag.
//! The texts were written for these tests.

use ascribe::analysis::{Analysis, AnalysisInput, Engine};
use ascribe::model::Language;

fn analyze(text: &str) -> Analysis {
    Engine::builtin().analyze(&AnalysisInput {
        path: None,
        text: text.to_string(),
        title: None,
        language: Language::En,
    })
}

/// The display name of the source of the statement holding `needle`, and its rule.
fn source_of(a: &Analysis, needle: &str) -> (Option<String>, String) {
    let at = a.document.text.find(needle).expect("needle in text") + needle.len() / 2;
    let s = a
        .document
        .statements
        .iter()
        .find(|s| s.span.start <= at && at < s.span.end)
        .expect("a statement covers the needle");
    let name = s
        .attribution
        .source
        .as_ref()
        .and_then(|id| a.sources.iter().find(|src| &src.id == id))
        .map(|src| src.name.clone());
    (name, s.attribution.rule.clone())
}

#[test]
fn a_described_antecedent_is_the_source_of_its_relative_clause() {
    let a = analyze("The study, which found that wages fell, was published on Monday.\n");
    let (name, rule) = source_of(&a, "wages fell");
    assert!(
        name.as_deref().is_some_and(|n| n.contains("study")),
        "{name:?}"
    );
    assert_eq!(rule, "verb-that");
}

#[test]
fn a_strong_verb_with_its_object_after_a_parenthetical_is_not_an_inverted_tag() {
    let a = analyze("The ministry, in a statement on Monday, confirmed Smith.\n");
    let (name, _) = source_of(&a, "confirmed Smith");
    assert_ne!(
        name.as_deref(),
        Some("Smith"),
        "the object is not the speaker"
    );
}
