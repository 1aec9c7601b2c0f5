//! Tests of the attribution stage on short English articles written for them.

use crate::analysis::{Analysis, AnalysisInput, Engine};
use crate::model::Language;

fn analyze(text: &str) -> Analysis {
    Engine::builtin().analyze(&AnalysisInput {
        path: None,
        text: text.to_string(),
        title: None,
        language: Language::En,
    })
}

/// The source name and mention text of the statement containing `needle`.
pub(super) fn who(a: &Analysis, needle: &str) -> (Option<String>, Option<String>) {
    let text = &a.document.text;
    let at = text.find(needle).expect("needle in text") + needle.len() / 2;
    let st = a
        .document
        .statements
        .iter()
        .find(|s| s.span.start <= at && at < s.span.end)
        .expect("a statement covers every sentence");
    let name = st
        .attribution
        .source
        .as_ref()
        .map(|id| a.sources.iter().find(|s| &s.id == id).unwrap().name.clone());
    let mention = st
        .attribution
        .mention
        .map(|m| text[m.start..m.end].to_string());
    (name, mention)
}

fn pair(name: &str, mention: &str) -> (Option<String>, Option<String>) {
    (Some(name.to_string()), Some(mention.to_string()))
}

#[test]
fn a_quotation_after_a_tag_continues_the_tagged_speaker() {
    let a = analyze(
        "Bridge closes\n\nAnn Lee runs the roads department of the city.\n\n\
         “The bridge is not safe,” she said. “We will reopen it in May.”",
    );
    assert_eq!(who(&a, "reopen it in May"), pair("Ann Lee", "she"));
}

#[test]
fn plural_and_lowercase_group_subjects() {
    let a = analyze(
        "Bridge closes\n\nHis aides say the bridge will stay closed. \
         The campaign says a new road is planned. The road opens in May, according to a campaign aide.",
    );
    assert_eq!(who(&a, "will stay closed"), pair("His aides", "His aides"));
    assert_eq!(
        who(&a, "new road is planned").1.as_deref(),
        Some("The campaign")
    );
    assert_eq!(
        who(&a, "road opens in May").0.as_deref(),
        Some("campaign aide")
    );
}
