use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::attribution::{Attribution, Decision, Verdict};
use super::document::Document;
use super::person_match;
use super::source::{Source, SourceId, SourceKind, SourceRegistry};

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
    /// Sources that match an existing one by name or alias (case-insensitive), or a person whose
    /// name agrees with exactly one known person ("Trump" ~ "Donald Trump"), are merged into it and
    /// keep its id and colour; new ones get a fresh id and the next colour. Returns the document index.
    pub fn add_document(&mut self, mut document: Document, sources: &[Source]) -> usize {
        let mut remap: HashMap<SourceId, SourceId> = HashMap::new();
        for source in sources {
            let target = match self.known_as(source) {
                Some(id) => {
                    self.absorb_names(&id, source);
                    id
                }
                None => self.add_new_source(source),
            };
            remap.insert(source.id.clone(), target);
        }
        for statement in &mut document.statements {
            remap_attribution(&mut statement.attribution, &remap);
        }
        self.documents.push(document);
        self.documents.len() - 1
    }

    /// The session source an incoming one is: same name or alias (case-insensitive), else the one
    /// person whose name agrees with it ("Trump" and "Donald Trump" in two articles).
    fn known_as(&self, source: &Source) -> Option<SourceId> {
        std::iter::once(&source.name)
            .chain(source.aliases.iter())
            .find_map(|name| self.sources.find_by_name(name))
            .or_else(|| person_match::unique_match(source, self.sources.iter()))
            .map(|found| found.id.clone())
    }

    /// Adds the incoming source's names to the session source `id` as aliases; a person's display
    /// name becomes the fuller of the two.
    fn absorb_names(&mut self, id: &SourceId, source: &Source) {
        let Some(found) = self.sources.get_mut(id) else {
            return;
        };
        let fuller = person_match::fuller_name(&found.name, &source.name).to_string();
        if found.kind == SourceKind::Person && fuller != found.name {
            let previous = std::mem::replace(&mut found.name, fuller);
            found.aliases.retain(|a| a != &found.name);
            found.aliases.push(previous);
        }
        for alias in std::iter::once(&source.name).chain(source.aliases.iter()) {
            let known = found.name.to_lowercase() == alias.to_lowercase()
                || found
                    .aliases
                    .iter()
                    .any(|a| a.to_lowercase() == alias.to_lowercase());
            if !known {
                found.aliases.push(alias.clone());
            }
        }
    }

    /// Registers a source the session has not seen, keeping its id and colour when they are free.
    fn add_new_source(&mut self, source: &Source) -> SourceId {
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
