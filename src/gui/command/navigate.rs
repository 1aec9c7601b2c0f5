//! Moving the selection: next/previous statement, next statement that needs review.

use std::collections::HashSet;

use crate::model::{EffectiveAttribution, Session, SourceId, Span};

use super::super::derived::LOW_CONFIDENCE;
use super::super::workspace::Selection;

/// The next (`forward`) or previous statement of the shown document after the selected one,
/// skipping statements of other sources while a source `filter` is active. `None` at the end.
pub fn step(
    effective: &[EffectiveAttribution],
    selection: Selection,
    forward: bool,
    filter: Option<&SourceId>,
) -> Option<usize> {
    let passes = |index: usize| {
        filter.is_none_or(|id| effective.get(index).and_then(|e| e.source.as_ref()) == Some(id))
    };
    let n = effective.len();
    if forward {
        let start = selection.statement.map_or(0, |s| s + 1);
        (start..n).find(|&i| passes(i))
    } else {
        let end = selection.statement.unwrap_or(n);
        (0..end.min(n)).rev().find(|&i| passes(i))
    }
}

/// The next statement no reviewer has decided on (with `low_only`: whose machine confidence is
/// below [`LOW_CONFIDENCE`]), after the selection, going on through the following documents and
/// wrapping around. `None` when there is none.
pub fn next_unreviewed(
    session: &Session,
    selection: Selection,
    low_only: bool,
) -> Option<Selection> {
    let decided: HashSet<(usize, Span)> = session
        .decisions
        .iter()
        .map(|d| (d.document, d.span))
        .collect();
    let documents = session.documents.len();
    if documents == 0 {
        return None;
    }
    let start_doc = selection.document.min(documents - 1);
    let start_statement = selection.statement.map_or(0, |s| s + 1);
    // Visit the rest of this document, the other documents, then the start of this document.
    for round in 0..=documents {
        let document = (start_doc + round) % documents;
        let statements = &session.documents[document].statements;
        let range = match round {
            0 => start_statement.min(statements.len())..statements.len(),
            r if r == documents => 0..start_statement.min(statements.len()),
            _ => 0..statements.len(),
        };
        for index in range {
            let statement = &statements[index];
            if decided.contains(&(document, statement.span)) {
                continue;
            }
            if low_only && statement.attribution.confidence >= LOW_CONFIDENCE {
                continue;
            }
            return Some(Selection {
                document,
                statement: Some(index),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::derived::Derived;
    use crate::gui::testing::two_source_session;
    use crate::model::Verdict;

    #[test]
    fn steps_respect_the_filter_and_the_ends() {
        let session = two_source_session();
        let derived = Derived::compute(&session, 0);
        let at = |statement| Selection {
            document: 0,
            statement,
        };
        assert_eq!(step(&derived.effective, at(None), true, None), Some(0));
        assert_eq!(step(&derived.effective, at(Some(0)), true, None), Some(1));
        assert_eq!(step(&derived.effective, at(None), false, None), Some(3));
        assert_eq!(step(&derived.effective, at(Some(0)), false, None), None);
        let b = session.sources.sources[1].id.clone();
        let only_b = step(&derived.effective, at(None), true, Some(&b));
        assert_eq!(derived.effective[only_b.unwrap()].source.as_ref(), Some(&b));
    }

    #[test]
    fn next_unreviewed_skips_decided_and_wraps() {
        let mut session = two_source_session();
        session.decide(0, 1, Verdict::Confirmed);
        let from = Selection {
            document: 0,
            statement: Some(0),
        };
        assert_eq!(
            next_unreviewed(&session, from, false).unwrap().statement,
            Some(2)
        );
        let from_end = Selection {
            document: 0,
            statement: Some(3),
        };
        assert_eq!(
            next_unreviewed(&session, from_end, false)
                .unwrap()
                .statement,
            Some(0)
        );
        let low = next_unreviewed(&session, from, true).unwrap();
        let statement = &session.documents[0].statements[low.statement.unwrap()];
        assert!(statement.attribution.confidence < LOW_CONFIDENCE);
    }
}
