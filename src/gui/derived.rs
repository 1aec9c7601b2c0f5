//! Figures derived from the session that the panels show every frame (effective attributions of
//! the shown document, counts and shares per source and kind, review progress), computed once per
//! change of the session or of the shown document instead of once per frame.

use std::collections::HashMap;

use crate::model::{EffectiveAttribution, Session, SourceKind, Span, Verdict};

/// Statements below this confidence are flagged in the article view.
pub const LOW_CONFIDENCE: f32 = 0.6;

/// How many statements and how much text a source (or kind) has.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Share {
    /// Number of statements.
    pub statements: usize,
    /// Bytes of statement text.
    pub bytes: usize,
}

impl Share {
    fn add(&mut self, bytes: usize) {
        self.statements += 1;
        self.bytes += bytes;
    }

    /// This share's fraction of `total` bytes (0 when there is no text).
    pub fn fraction(&self, total: usize) -> f32 {
        if total == 0 {
            0.0
        } else {
            self.bytes as f32 / total as f32
        }
    }
}

/// Everything derived for one (session revision, shown document).
#[derive(Clone, Debug, Default)]
pub struct Derived {
    key: Option<(u64, usize)>,
    /// Effective attribution of each statement of the shown document.
    pub effective: Vec<EffectiveAttribution>,
    /// Per registry source (same order as the registry): its share of the shown document.
    pub sources: Vec<Share>,
    /// The author's own voice in the shown document.
    pub author: Share,
    /// Per kind (order of [`SourceKind::ALL`]) in the shown document.
    pub kinds: Vec<(SourceKind, Share)>,
    /// Bytes of statement text in the shown document.
    pub total_bytes: usize,
    /// Per document: (reviewed, total) statements.
    pub progress: Vec<(usize, usize)>,
    /// Legend order (registry indices): the sources the machine found in the shown document
    /// first, then sources a reviewer gave statements of it (in registry order), then the
    /// session's other sources. Keys 1–9 follow it; the machine's sources keep their keys
    /// whatever the reviewer does.
    pub legend: Vec<usize>,
    /// How many of [`Derived::legend`]'s entries belong to the shown document.
    pub legend_here: usize,
}

impl Derived {
    /// Recomputes when the session revision or the shown document changed.
    pub fn refresh(&mut self, session: &Session, revision: u64, document: usize) {
        if self.key == Some((revision, document)) {
            return;
        }
        *self = Derived::compute(session, document);
        self.key = Some((revision, document));
    }

    /// Computes everything for `document` of `session`.
    pub fn compute(session: &Session, document: usize) -> Derived {
        let verdicts = verdicts(session);
        let progress = session
            .documents
            .iter()
            .enumerate()
            .map(|(index, doc)| {
                let reviewed = doc
                    .statements
                    .iter()
                    .filter(|s| verdicts.contains_key(&(index, s.span)))
                    .count();
                (reviewed, doc.statements.len())
            })
            .collect();
        let mut derived = Derived {
            key: None,
            effective: Vec::new(),
            sources: vec![Share::default(); session.sources.len()],
            author: Share::default(),
            kinds: SourceKind::ALL
                .iter()
                .map(|k| (*k, Share::default()))
                .collect(),
            total_bytes: 0,
            progress,
            legend: (0..session.sources.len()).collect(),
            legend_here: 0,
        };
        let Some(doc) = session.documents.get(document) else {
            return derived;
        };
        let here: Vec<bool> = session
            .sources
            .iter()
            .map(|source| {
                doc.statements
                    .iter()
                    .any(|s| s.attribution.source.as_ref() == Some(&source.id))
            })
            .collect();
        for statement in &doc.statements {
            let effective = EffectiveAttribution::of(
                &statement.attribution,
                verdicts.get(&(document, statement.span)).copied(),
            );
            let bytes = statement.span.end.saturating_sub(statement.span.start);
            derived.total_bytes += bytes;
            match effective
                .source
                .as_ref()
                .and_then(|id| session.sources.index_of(id))
            {
                Some(index) => {
                    derived.sources[index].add(bytes);
                    let kind = session.sources.sources[index].kind;
                    if let Some((_, share)) = derived.kinds.iter_mut().find(|(k, _)| *k == kind) {
                        share.add(bytes);
                    }
                }
                None => derived.author.add(bytes),
            }
            derived.effective.push(effective);
        }
        let (mut first, rest): (Vec<usize>, Vec<usize>) =
            (0..session.sources.len()).partition(|&i| here[i]);
        let (given, rest): (Vec<usize>, Vec<usize>) = rest
            .into_iter()
            .partition(|&i| derived.sources[i].statements > 0);
        first.extend(given);
        derived.legend_here = first.len();
        first.extend(rest);
        derived.legend = first;
        derived
    }
}

/// The reviewer's verdicts by (document, statement span); the latest decision wins, as in
/// [`Session::decision`].
fn verdicts(session: &Session) -> HashMap<(usize, Span), &Verdict> {
    session
        .decisions
        .iter()
        .map(|d| ((d.document, d.span), &d.verdict))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::testing::two_source_session;

    #[test]
    fn matches_the_sessions_own_effective_attribution() {
        let mut session = two_source_session();
        let b = session.sources.sources[1].id.clone();
        session.decide(
            0,
            0,
            Verdict::Assigned {
                source: Some(b),
                via: vec![],
            },
        );
        session.decide(0, 1, Verdict::Confirmed);
        let derived = Derived::compute(&session, 0);
        for index in 0..session.documents[0].statements.len() {
            assert_eq!(
                Some(&derived.effective[index]),
                session.effective(0, index).as_ref()
            );
        }
        assert_eq!(derived.progress[0].0, session.reviewed_count(0));
        let counted: usize =
            derived.sources.iter().map(|s| s.statements).sum::<usize>() + derived.author.statements;
        assert_eq!(counted, session.documents[0].statements.len());
    }

    #[test]
    fn a_source_the_reviewer_gave_a_statement_is_listed_with_this_document() {
        let mut session = two_source_session();
        let new = session
            .sources
            .add("Newcomer", crate::model::SourceKind::Person, Vec::new());
        let before = Derived::compute(&session, 0);
        let index = session.sources.index_of(&new).unwrap();
        assert!(before.legend[before.legend_here..].contains(&index));
        session.decide(
            0,
            0,
            Verdict::Assigned {
                source: Some(new),
                via: vec![],
            },
        );
        let after = Derived::compute(&session, 0);
        assert!(after.legend[..after.legend_here].contains(&index));
        assert_eq!(after.legend[0], before.legend[0], "machine keys stay");
    }
}
