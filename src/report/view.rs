//! What every report shows of a statement: the reviewer's decision applied over the machine's
//! answer ([`Session::effective`]).

use crate::model::{Document, Session, Source, SourceId, Span, Statement};

/// The rule name reported for a statement whose source a reviewer changed.
pub const REVIEWER_RULE: &str = "reviewer";

/// One statement as reports present it.
///
/// When a reviewer changed the statement's *source*, the machine's evidence no longer applies:
/// `mention` and `cue` are `None`, `rule` is [`REVIEWER_RULE`] and `confidence` is 1. When the
/// reviewer confirmed the machine's answer or changed only the chain, the machine's evidence,
/// rule and confidence are kept and `reviewed` tells the difference.
#[derive(Clone, Debug, PartialEq)]
pub struct StatementView<'a> {
    /// The statement.
    pub statement: &'a Statement,
    /// Its text ("" if its span does not fit the document's text).
    pub text: &'a str,
    /// The source (`None` = the author's own voice).
    pub source: Option<SourceId>,
    /// The chain.
    pub via: Vec<SourceId>,
    /// Where the source is named, when the machine's evidence applies.
    pub mention: Option<Span>,
    /// The attribution cue, when the machine's evidence applies.
    pub cue: Option<Span>,
    /// 0..=1, rounded to four decimals (1 for a reviewer's change).
    pub confidence: f64,
    /// The rule that fired, or [`REVIEWER_RULE`].
    pub rule: &'a str,
    /// A reviewer confirmed or changed it.
    pub reviewed: bool,
    /// A reviewer changed the source or the chain.
    pub changed: bool,
}

impl StatementView<'_> {
    /// The statement's span.
    pub fn span(&self) -> Span {
        self.statement.span
    }
}

/// Rounds a confidence for reports: four decimals, clamped to 0..=1, non-finite as 0, so that
/// `0.93_f32` reads `0.93` and not `0.9300000071525574`.
pub fn round_confidence(confidence: f32) -> f64 {
    if !confidence.is_finite() {
        return 0.0;
    }
    ((f64::from(confidence) * 10_000.0).round() / 10_000.0).clamp(0.0, 1.0)
}

/// The statements of document `document` as reports show them (empty when there is no such
/// document).
pub fn statement_views(session: &Session, document: usize) -> Vec<StatementView<'_>> {
    let Some(doc) = session.documents.get(document) else {
        return Vec::new();
    };
    doc.statements
        .iter()
        .enumerate()
        .map(|(index, statement)| view(session, doc, document, index, statement))
        .collect()
}

fn view<'a>(
    session: &'a Session,
    doc: &'a Document,
    document: usize,
    index: usize,
    statement: &'a Statement,
) -> StatementView<'a> {
    let machine = &statement.attribution;
    let effective = session.effective(document, index);
    let (source, via, reviewed, changed) = match effective {
        Some(e) => (e.source, e.via, e.reviewed, e.changed),
        None => (machine.source.clone(), machine.via.clone(), false, false),
    };
    let text = doc
        .text
        .get(statement.span.start..statement.span.end)
        .unwrap_or("");
    if source != machine.source {
        StatementView {
            statement,
            text,
            source,
            via,
            mention: None,
            cue: None,
            confidence: 1.0,
            rule: REVIEWER_RULE,
            reviewed,
            changed,
        }
    } else {
        StatementView {
            statement,
            text,
            source,
            via,
            mention: machine.mention,
            cue: machine.cue,
            confidence: round_confidence(machine.confidence),
            rule: &machine.rule,
            reviewed,
            changed,
        }
    }
}

/// The name a report shows for a source id: the registry's name, or the id itself for a source
/// the registry doesn't know.
pub fn source_name<'a>(session: &'a Session, id: &'a SourceId) -> &'a str {
    session
        .sources
        .get(id)
        .map_or(id.as_str(), |source| source.name.as_str())
}

/// The kind a report shows for a source id (`"unknown"` for a source the registry doesn't know).
pub fn source_kind(session: &Session, id: &SourceId) -> &'static str {
    session
        .sources
        .get(id)
        .map_or("unknown", |source| source.kind.as_str())
}

/// The sources document `document` uses (effective source or chain of any statement), in
/// registry order.
pub fn sources_used(session: &Session, document: usize) -> Vec<&Source> {
    let views = statement_views(session, document);
    session
        .sources
        .iter()
        .filter(|source| {
            views.iter().any(|view| {
                view.source.as_ref() == Some(&source.id) || view.via.contains(&source.id)
            })
        })
        .collect()
}

/// The text of `span` in `text`, or "" when it does not fit.
pub(crate) fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidences_are_rounded_and_bounded() {
        assert_eq!(round_confidence(0.93), 0.93);
        assert_eq!(round_confidence(0.123_456), 0.1235);
        assert_eq!(round_confidence(f32::NAN), 0.0);
        assert_eq!(round_confidence(7.0), 1.0);
        assert_eq!(round_confidence(-1.0), 0.0);
    }
}
