use super::*;
use crate::insights::fixture::{document, session, source};
use crate::model::{SourceId, Verdict};

fn reasons(text: &str, language: Language) -> Vec<&'static str> {
    claim_reasons(text, language)
        .into_iter()
        .map(Reason::as_str)
        .collect()
}

#[test]
fn checkable_claims_in_polish() {
    assert_eq!(
        reasons(
            "To największy spadek od lat, bo ceny wzrosły o 5 proc.",
            Language::Pl
        ),
        ["figure", "superlative", "comparison", "causal"]
    );
    assert_eq!(
        reasons("Sprawca prawdopodobnie uciekł za granicę.", Language::Pl),
        ["hedge"]
    );
    assert!(reasons("Najpierw przyszli goście.", Language::Pl).is_empty());
    assert!(reasons("Spotkanie odbyło się w Warszawie.", Language::Pl).is_empty());
}

#[test]
fn checkable_claims_in_english() {
    assert_eq!(
        reasons("The plant reportedly closed due to losses.", Language::En),
        ["causal", "hedge"]
    );
    assert_eq!(
        reasons(
            "It is the largest rally, with more than 10,000 people.",
            Language::En
        ),
        ["figure", "superlative", "comparison"]
    );
    assert!(reasons("The minister arrived in Brussels.", Language::En).is_empty());
}

#[test]
fn anonymous_and_hearsay_sources_are_listed_and_ranked_first() {
    let doc = document(
        "a.txt",
        Language::Pl,
        &[
            ("Rząd przyjął ustawę.", None, "author"),
            ("Ceny wzrosły o 5 proc.", None, "author"),
            (
                "Minister miał powiedzieć, że to koniec.",
                Some("min"),
                HEARSAY_RULE,
            ),
            (
                "Źródła podają, że rozmowy trwają.",
                Some("anon"),
                "verb-that",
            ),
            (
                "Nowak powiedziała, że ceny wzrosną.",
                Some("nowak"),
                "verb-that",
            ),
        ],
    );
    let sources = [
        source("min", "Minister", SourceKind::Person, 0),
        source("anon", "Źródła", SourceKind::Anonymous, 1),
        source("nowak", "Nowak", SourceKind::Person, 2),
    ];
    let mut session = session(vec![doc], &sources);
    let claims = unsourced_claims(&session);
    let listed: Vec<(usize, Vec<&str>)> = claims
        .iter()
        .map(|c| (c.statement, c.reasons.iter().map(|r| r.as_str()).collect()))
        .collect();
    assert_eq!(
        listed,
        vec![
            (2, vec!["hearsay"]),
            (3, vec!["anonymous"]),
            (1, vec!["figure", "comparison"]),
        ]
    );
    // A reviewer naming the speaker removes the hearsay; giving a claim to the author adds it.
    session.decide(
        0,
        2,
        Verdict::Assigned {
            source: Some(SourceId::from("nowak")),
            via: vec![],
        },
    );
    session.decide(
        0,
        4,
        Verdict::Assigned {
            source: None,
            via: vec![],
        },
    );
    let statements: Vec<usize> = unsourced_claims(&session)
        .iter()
        .map(|c| c.statement)
        .collect();
    assert_eq!(statements, vec![3, 1, 4]);
}
