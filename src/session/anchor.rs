//! Consistency checks after loading: edited texts, spans that no longer fit the text, unknown
//! sources, and re-anchoring of reviewer decisions whose statement moved.

use std::collections::HashSet;

use crate::model::{Document, Session, Span, Verdict, content_hash};

/// Describes a document in a warning: `document 2 ("seed_pl.txt")`.
fn describe(index: usize, document: &Document) -> String {
    format!("document {} ({:?})", index + 1, document.display_name())
}

/// Shortens a statement's text for a warning.
fn excerpt(text: &str) -> String {
    const MAX: usize = 60;
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX {
        format!("{flat:?}")
    } else {
        let short: String = flat.chars().take(MAX).collect();
        format!("\"{}…\"", short.escape_debug())
    }
}

/// Warnings about a loaded session that is readable but not consistent:
///
/// * a document whose text no longer has the hash it was analysed with (its text was edited by
///   hand): its statements may be out of date and it should be re-analysed;
/// * paragraphs, statements, mentions or cues whose span falls outside the text or not on
///   character boundaries (such spans read as empty text);
/// * statements, chains and decisions naming a source the registry doesn't have.
///
/// Nothing is changed.
pub fn check_documents(session: &Session) -> Vec<String> {
    let mut warnings = Vec::new();
    for (index, document) in session.documents.iter().enumerate() {
        let name = describe(index, document);
        if content_hash(&document.text) != document.text_hash {
            warnings.push(format!(
                "{name}: the text was changed since it was analysed; its statements may be out of \
                 date (re-analyse it)"
            ));
        }
        let fits = |span: &Span| {
            span.start <= span.end
                && document.text.is_char_boundary(span.start)
                && document.text.is_char_boundary(span.end)
                && span.end <= document.text.len()
        };
        let bad_paragraphs = document
            .paragraphs
            .iter()
            .filter(|span| !fits(span))
            .count();
        if bad_paragraphs > 0 {
            warnings.push(format!(
                "{name}: {bad_paragraphs} paragraph(s) lie outside the text"
            ));
        }
        let mut bad_statements = 0;
        let mut unknown = Vec::new();
        for statement in &document.statements {
            let attribution = &statement.attribution;
            let spans = std::iter::once(&statement.span)
                .chain(attribution.mention.iter())
                .chain(attribution.cue.iter());
            if spans.into_iter().any(|span| !fits(span)) {
                bad_statements += 1;
            }
            for id in attribution.source.iter().chain(attribution.via.iter()) {
                if session.sources.get(id).is_none() && !unknown.contains(id) {
                    unknown.push(id.clone());
                }
            }
        }
        if bad_statements > 0 {
            warnings.push(format!(
                "{name}: {bad_statements} statement(s) have spans outside the text"
            ));
        }
        for id in unknown {
            warnings.push(format!(
                "{name}: statements name source {:?}, which is not in the source list",
                id.as_str()
            ));
        }
    }
    for decision in &session.decisions {
        if let Verdict::Assigned { source, via } = &decision.verdict {
            for id in source.iter().chain(via.iter()) {
                if session.sources.get(id).is_none() {
                    warnings.push(format!(
                        "a decision on {} names source {:?}, which is not in the source list",
                        excerpt(&decision.text),
                        id.as_str()
                    ));
                }
            }
        }
    }
    warnings
}

/// Re-attaches reviewer decisions to the statements they were made on, after the text or the
/// segmentation changed. Returns one warning per decision that was moved or could not be placed.
///
/// A decision is *anchored* when a statement of its document still has the decision's span and
/// that span still reads the decision's text. Any other decision is looked up by its text: among
/// the places the text occurs in the document, the one closest to the old position wins, and the
/// decision moves to the statement containing it (or, if the text now straddles statements, the
/// one covering most of it); its span and text become that statement's. A decision is not moved
/// onto a statement that already has an anchored decision.
///
/// Decisions that cannot be placed (document gone, text not found, target already decided) are
/// kept unchanged, never dropped, and reported.
pub fn reanchor_decisions(session: &mut Session) -> Vec<String> {
    let mut warnings = Vec::new();
    let anchored: Vec<bool> = session
        .decisions
        .iter()
        .map(|decision| {
            session.documents.get(decision.document).is_some_and(|doc| {
                doc.statements.iter().any(|s| s.span == decision.span)
                    && doc.slice(decision.span) == decision.text
            })
        })
        .collect();
    let mut taken: HashSet<(usize, Span)> = session
        .decisions
        .iter()
        .zip(&anchored)
        .filter(|(_, anchored)| **anchored)
        .map(|(decision, _)| (decision.document, decision.span))
        .collect();

    for (index, decision) in session.decisions.iter_mut().enumerate() {
        if anchored[index] {
            continue;
        }
        let what = excerpt(&decision.text);
        let Some(document) = session.documents.get(decision.document) else {
            warnings.push(format!(
                "a decision on {what} refers to document {}, which is not in the session; kept \
                 but unused",
                decision.document + 1
            ));
            continue;
        };
        let name = describe(decision.document, document);
        let Some(target) = find_statement(document, &decision.text, decision.span) else {
            warnings.push(format!(
                "{name}: a decision on {what} no longer matches any statement and its text was \
                 not found; kept at bytes {}..{}",
                decision.span.start, decision.span.end
            ));
            continue;
        };
        let span = document.statements[target].span;
        if taken.contains(&(decision.document, span)) {
            warnings.push(format!(
                "{name}: a decision on {what} would move to statement {} which already has a \
                 decision; kept at bytes {}..{}",
                target + 1,
                decision.span.start,
                decision.span.end
            ));
            continue;
        }
        warnings.push(format!(
            "{name}: a decision on {what} was re-attached to statement {} (bytes {}..{}, was \
             {}..{})",
            target + 1,
            span.start,
            span.end,
            decision.span.start,
            decision.span.end
        ));
        taken.insert((decision.document, span));
        decision.span = span;
        decision.text = document.slice(span).to_string();
    }
    warnings
}

/// The statement that now holds `text`, searching near `old` first.
fn find_statement(document: &Document, text: &str, old: Span) -> Option<usize> {
    if text.trim().is_empty() {
        return None;
    }
    let mut occurrences: Vec<usize> = document
        .text
        .match_indices(text)
        .map(|(start, _)| start)
        .collect();
    occurrences.sort_by_key(|start| start.abs_diff(old.start));
    occurrences.into_iter().find_map(|start| {
        let end = start + text.len();
        let whole = document
            .statements
            .iter()
            .position(|s| s.span.start <= start && end <= s.span.end);
        whole.or_else(|| {
            document
                .statements
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    (
                        i,
                        s.span.end.min(end).saturating_sub(s.span.start.max(start)),
                    )
                })
                .filter(|(_, overlap)| *overlap > 0)
                .max_by_key(|(i, overlap)| (*overlap, std::cmp::Reverse(*i)))
                .map(|(i, _)| i)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attribution, Decision, Statement};

    fn document(text: &str, cuts: &[usize]) -> Document {
        let mut statements = Vec::new();
        let mut start = 0;
        for (id, &end) in cuts.iter().chain(std::iter::once(&text.len())).enumerate() {
            statements.push(Statement {
                id,
                paragraph: 0,
                span: Span::new(start, end),
                attribution: Attribution::default(),
            });
            start = end;
        }
        Document {
            text: text.to_string(),
            text_hash: content_hash(text),
            paragraphs: vec![Span::new(0, text.len())],
            statements,
            ..Document::default()
        }
    }

    fn decision(span: Span, text: &str) -> Decision {
        Decision {
            document: 0,
            span,
            text: text.to_string(),
            verdict: Verdict::Confirmed,
        }
    }

    #[test]
    fn anchored_decisions_stay_and_moved_ones_follow_their_text() {
        let mut session = Session::default();
        session.documents.push(document("Aa. Bb. Cc.", &[4, 8]));
        session.decisions.push(decision(Span::new(0, 4), "Aa. "));
        // Was "Cc." at 4..7 before "Bb. " was inserted.
        session.decisions.push(decision(Span::new(4, 7), "Cc."));
        let warnings = reanchor_decisions(&mut session);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(session.decisions[0].span, Span::new(0, 4));
        assert_eq!(session.decisions[1].span, Span::new(8, 11));
    }

    #[test]
    fn lost_and_conflicting_decisions_are_kept() {
        let mut session = Session::default();
        session.documents.push(document("Aa. Bb.", &[4]));
        session.decisions.push(decision(Span::new(0, 4), "Aa. "));
        session.decisions.push(decision(Span::new(9, 12), "Aa."));
        session.decisions.push(decision(Span::new(9, 12), "Zz."));
        let mut gone = decision(Span::new(0, 1), "Q");
        gone.document = 5;
        session.decisions.push(gone);
        let before = session.decisions.clone();
        let warnings = reanchor_decisions(&mut session);
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert_eq!(session.decisions, before);
    }

    #[test]
    fn checks_report_edits_bad_spans_and_unknown_sources() {
        let mut session = Session::default();
        let mut doc = document("Zażółć.", &[]);
        doc.text.push('!');
        doc.statements[0].span = Span::new(0, 3); // inside "ż"
        doc.statements[0].attribution.source = Some("ghost".into());
        session.documents.push(doc);
        let warnings = check_documents(&session);
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings[0].contains("changed since it was analysed"));
    }
}
