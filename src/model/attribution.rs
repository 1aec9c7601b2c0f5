use serde::{Deserialize, Serialize};

use super::source::SourceId;
use super::span::Span;

/// The rest of a statement's chain as a reader sees it: `via` without the source itself, and
/// nothing for the author's own voice (who cites nobody on the article's behalf).
pub fn chain_of<'a>(source: Option<&SourceId>, via: &'a [SourceId]) -> Vec<&'a SourceId> {
    match source {
        None => Vec::new(),
        Some(source) => via.iter().filter(|id| *id != source).collect(),
    }
}

/// The machine's answer to "who stands behind this statement?", with its evidence.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The source, or `None` for the author's own voice.
    pub source: Option<SourceId>,
    /// Where the source is named (for a continuation: the mention it continues from).
    pub mention: Option<Span>,
    /// The words that signal attribution ("według", "powiedział", "according to", a quotation mark).
    pub cue: Option<Span>,
    /// The rest of the chain: sources the source cites or is quoted by ("NYT, citing officials").
    #[serde(default)]
    pub via: Vec<SourceId>,
    /// How sure the engine is, 0..=1.
    pub confidence: f32,
    /// The name of the rule that fired (`"verb-that"`, `"according-to"`, `"quote-tag-after"`, `"author"`…).
    pub rule: String,
}

/// What a reviewer decided about one statement. Kept apart from machine output so that re-analysis
/// never overwrites it; anchored by the statement's span and text so it can be re-attached if the
/// segmentation or the text changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// Index of the document in the session.
    pub document: usize,
    /// The statement's span when the decision was made.
    pub span: Span,
    /// The statement's text when the decision was made (for re-anchoring).
    pub text: String,
    /// What the reviewer decided.
    pub verdict: Verdict,
}

/// A reviewer's verdict on a statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Verdict {
    /// The machine's attribution is right.
    Confirmed,
    /// The statement belongs to this source (`None`: the author's own voice), with this chain.
    Assigned {
        /// The reviewer's source (`None` = author / unattributed).
        source: Option<SourceId>,
        /// The reviewer's chain.
        via: Vec<SourceId>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_never_holds_its_source_and_the_author_has_none() {
        let (nyt, officials) = (SourceId("nyt".into()), SourceId("officials".into()));
        let via = [nyt.clone(), officials.clone()];
        assert_eq!(chain_of(Some(&nyt), &via), vec![&officials]);
        assert!(chain_of(Some(&nyt), std::slice::from_ref(&nyt)).is_empty());
        assert!(chain_of(None, &via).is_empty());
    }
}
