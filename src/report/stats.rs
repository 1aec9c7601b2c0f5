//! Who gets how much of the text: statement counts and shares per source, per kind and for the
//! author's own voice, shared by every report.
//!
//! A share is measured in bytes of statement text (statements tile the body's sentences, so the
//! shares of the sources and of the author add up to 1). Only a statement's own source counts;
//! the sources of its chain are not credited.

use crate::model::{Session, SourceId, SourceKind};

use super::view::statement_views;

/// How much of the text one source, kind or the author has.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Share {
    /// Number of statements.
    pub statements: usize,
    /// Bytes of statement text.
    pub bytes: usize,
    /// `bytes` over all statement bytes (0 when there are none).
    pub share: f64,
}

/// The shares of a document or a whole session.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    /// Number of statements.
    pub statements: usize,
    /// Statements a reviewer confirmed or changed.
    pub reviewed: usize,
    /// Bytes of statement text.
    pub bytes: usize,
    /// Per source with at least one statement: registry order, then ids the registry doesn't
    /// know in order of appearance.
    pub sources: Vec<(SourceId, Share)>,
    /// Statements without a source: the author's own voice.
    pub author: Share,
    /// Per kind with at least one statement, in [`SourceKind::ALL`] order (sources the registry
    /// doesn't know have no kind and are left out).
    pub kinds: Vec<(SourceKind, Share)>,
}

impl Stats {
    /// The share of one source (zero when it has no statement).
    pub fn source(&self, id: &SourceId) -> Share {
        self.sources
            .iter()
            .find(|(source, _)| source == id)
            .map(|(_, share)| *share)
            .unwrap_or_default()
    }
}

/// The shares of document `document` (all zero when there is no such document).
pub fn document_stats(session: &Session, document: usize) -> Stats {
    tally(session, std::iter::once(document))
}

/// The shares of all documents together.
pub fn session_stats(session: &Session) -> Stats {
    tally(session, 0..session.documents.len())
}

fn tally(session: &Session, documents: impl Iterator<Item = usize>) -> Stats {
    let mut stats = Stats::default();
    let mut per_source: Vec<(SourceId, Share)> = Vec::new();
    for document in documents {
        for view in statement_views(session, document) {
            let bytes = view.text.len();
            stats.statements += 1;
            stats.bytes += bytes;
            stats.reviewed += usize::from(view.reviewed);
            let share = match view.source {
                None => &mut stats.author,
                Some(id) => {
                    let index = match per_source.iter().position(|(known, _)| *known == id) {
                        Some(index) => index,
                        None => {
                            per_source.push((id, Share::default()));
                            per_source.len() - 1
                        }
                    };
                    &mut per_source[index].1
                }
            };
            share.statements += 1;
            share.bytes += bytes;
        }
    }
    // Registry order first, unknown ids after.
    per_source.sort_by_key(|(id, _)| session.sources.index_of(id).unwrap_or(usize::MAX));
    for kind in SourceKind::ALL {
        let mut share = Share::default();
        for (id, source_share) in &per_source {
            if session.sources.get(id).is_some_and(|s| s.kind == kind) {
                share.statements += source_share.statements;
                share.bytes += source_share.bytes;
            }
        }
        if share.statements > 0 {
            stats.kinds.push((kind, share));
        }
    }
    stats.sources = per_source;
    let total = stats.bytes;
    let fraction = |share: &mut Share| {
        share.share = if total == 0 {
            0.0
        } else {
            share.bytes as f64 / total as f64
        };
    };
    fraction(&mut stats.author);
    stats.sources.iter_mut().for_each(|(_, s)| fraction(s));
    stats.kinds.iter_mut().for_each(|(_, s)| fraction(s));
    stats
}

/// A share as a percentage with one decimal: `"42.5%"`.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}
