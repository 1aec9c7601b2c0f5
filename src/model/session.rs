use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::attribution::{Attribution, Decision, Verdict};
use super::document::Document;
use super::source::{Source, SourceId, SourceRegistry};

/// The `format` tag written at the top of every session file.
pub const SESSION_FORMAT: &str = "ascribe-session";
/// The schema version this build writes. Older versions are migrated on load.
pub const SESSION_VERSION: u32 = 2;

/// The reviewer's work: documents with the machine's statements, the session-wide source registry,
/// and the reviewer's decisions (kept apart from machine output).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Always [`SESSION_FORMAT`].
    pub format: String,
    /// Schema version the file was written with.
    pub version: u32,
    /// A name for the session (shown in the title bar).
    pub name: String,
    /// The analysed documents.
    pub documents: Vec<Document>,
    /// Every source of every document; one colour per source across documents.
    pub sources: SourceRegistry,
    /// Reviewer decisions, never overwritten by re-analysis.
    pub decisions: Vec<Decision>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            format: SESSION_FORMAT.to_string(),
            version: SESSION_VERSION,
            name: "untitled".to_string(),
            documents: Vec::new(),
            sources: SourceRegistry::default(),
            decisions: Vec::new(),
        }
    }
}

/// A statement's attribution after applying the reviewer's decision, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct EffectiveAttribution {
    /// The source (`None` = the author's own voice).
    pub source: Option<SourceId>,
    /// The chain.
    pub via: Vec<SourceId>,
    /// True when a reviewer confirmed or changed it.
    pub reviewed: bool,
    /// True when the reviewer changed the machine's answer.
    pub changed: bool,
}

impl EffectiveAttribution {
    /// The machine's attribution with the reviewer's verdict (if any) applied.
    pub fn of(machine: &Attribution, verdict: Option<&Verdict>) -> Self {
        match verdict {
            None => EffectiveAttribution {
                source: machine.source.clone(),
                via: machine.via.clone(),
                reviewed: false,
                changed: false,
            },
            Some(Verdict::Confirmed) => EffectiveAttribution {
                source: machine.source.clone(),
                via: machine.via.clone(),
                reviewed: true,
                changed: false,
            },
            Some(Verdict::Assigned { source, via }) => EffectiveAttribution {
                source: source.clone(),
                via: via.clone(),
                reviewed: true,
                changed: source != &machine.source || via != &machine.via,
            },
        }
    }
}

impl Session {
    /// An empty session with this name.
    pub fn named(name: &str) -> Self {
        Session {
            name: name.to_string(),
            ..Session::default()
        }
    }

    /// Adds an analysed document whose statements refer to `sources` (the analysis's own registry).
    /// Sources that match an existing one by name or alias (case-insensitive) are merged into it and
    /// keep its id and colour; new ones get a fresh id and the next colour. Returns the document index.
    pub fn add_document(&mut self, mut document: Document, sources: &[Source]) -> usize {
        let mut remap: HashMap<SourceId, SourceId> = HashMap::new();
        for source in sources {
            let existing = std::iter::once(&source.name)
                .chain(source.aliases.iter())
                .find_map(|name| {
                    self.sources
                        .find_by_name(name)
                        .map(|found| found.id.clone())
                });
            let target = match existing {
                Some(id) => {
                    if let Some(found) = self.sources.get_mut(&id) {
                        for alias in std::iter::once(&source.name).chain(source.aliases.iter()) {
                            let known = found.name.eq_ignore_ascii_case(alias)
                                || found
                                    .aliases
                                    .iter()
                                    .any(|a| a.to_lowercase() == alias.to_lowercase());
                            if !known {
                                found.aliases.push(alias.clone());
                            }
                        }
                    }
                    id
                }
                None => {
                    let id = if self.sources.get(&source.id).is_none() {
                        source.id.clone()
                    } else {
                        self.sources.fresh_id(&source.name)
                    };
                    let colour = if self.sources.iter().any(|s| s.colour == source.colour) {
                        self.sources.next_colour()
                    } else {
                        source.colour
                    };
                    self.sources.sources.push(Source {
                        id: id.clone(),
                        colour,
                        ..source.clone()
                    });
                    id
                }
            };
            remap.insert(source.id.clone(), target);
        }
        for statement in &mut document.statements {
            remap_attribution(&mut statement.attribution, &remap);
        }
        self.documents.push(document);
        self.documents.len() - 1
    }

    /// The reviewer's decision on statement `statement` of document `document`, if any.
    pub fn decision(&self, document: usize, statement: usize) -> Option<&Decision> {
        let span = self
            .documents
            .get(document)?
            .statements
            .get(statement)?
            .span;
        self.decisions
            .iter()
            .rev()
            .find(|d| d.document == document && d.span == span)
    }

    /// The attribution a reader sees: the reviewer's decision over the machine's answer.
    pub fn effective(&self, document: usize, statement: usize) -> Option<EffectiveAttribution> {
        let machine = &self
            .documents
            .get(document)?
            .statements
            .get(statement)?
            .attribution;
        let decision = self.decision(document, statement);
        Some(EffectiveAttribution::of(
            machine,
            decision.map(|d| &d.verdict),
        ))
    }

    /// Records (or replaces) the reviewer's verdict on a statement. Returns the decision it replaced.
    pub fn decide(
        &mut self,
        document: usize,
        statement: usize,
        verdict: Verdict,
    ) -> Option<Decision> {
        let doc = self.documents.get(document)?;
        let st = doc.statements.get(statement)?;
        let span = st.span;
        let text = doc.slice(span).to_string();
        let previous = self.undecide(document, statement);
        self.decisions.push(Decision {
            document,
            span,
            text,
            verdict,
        });
        previous
    }

    /// Removes the reviewer's verdict on a statement; returns it.
    pub fn undecide(&mut self, document: usize, statement: usize) -> Option<Decision> {
        let span = self
            .documents
            .get(document)?
            .statements
            .get(statement)?
            .span;
        let index = self
            .decisions
            .iter()
            .position(|d| d.document == document && d.span == span)?;
        Some(self.decisions.remove(index))
    }

    /// Number of statements of a document a reviewer has confirmed or changed.
    pub fn reviewed_count(&self, document: usize) -> usize {
        let Some(doc) = self.documents.get(document) else {
            return 0;
        };
        (0..doc.statements.len())
            .filter(|&i| self.decision(document, i).is_some())
            .count()
    }

    /// Replaces every reference to source `from` (machine output and decisions) by `into`.
    pub fn redirect_source(&mut self, from: &SourceId, into: &SourceId) {
        let remap: HashMap<SourceId, SourceId> =
            [(from.clone(), into.clone())].into_iter().collect();
        for document in &mut self.documents {
            for statement in &mut document.statements {
                remap_attribution(&mut statement.attribution, &remap);
            }
        }
        for decision in &mut self.decisions {
            if let Verdict::Assigned { source, via } = &mut decision.verdict {
                if let Some(s) = source.as_mut()
                    && s == from
                {
                    *s = into.clone();
                }
                remap_ids(via, &remap);
            }
        }
    }
}

fn remap_attribution(attribution: &mut Attribution, remap: &HashMap<SourceId, SourceId>) {
    if let Some(source) = attribution.source.as_mut()
        && let Some(new) = remap.get(source)
    {
        *source = new.clone();
    }
    remap_ids(&mut attribution.via, remap);
    if let Some(source) = &attribution.source {
        let own = source.clone();
        attribution.via.retain(|v| v != &own);
    }
}

fn remap_ids(ids: &mut Vec<SourceId>, remap: &HashMap<SourceId, SourceId>) {
    for id in ids.iter_mut() {
        if let Some(new) = remap.get(id) {
            *id = new.clone();
        }
    }
    let mut seen = Vec::new();
    ids.retain(|id| {
        if seen.contains(id) {
            false
        } else {
            seen.push(id.clone());
            true
        }
    });
}
