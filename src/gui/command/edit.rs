//! Edits: the changes a command makes to the session, resolved to concrete targets and checked
//! before anything is touched (an edit that does not apply changes nothing and returns an error).

use crate::model::{Colour, Session, SourceId, SourceKind, Verdict};

use super::history::Scope;

/// A change to the session.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Record (`Some`) or drop (`None`) the reviewer's verdict on a statement.
    Decide {
        /// Document index.
        document: usize,
        /// Statement index.
        statement: usize,
        /// The verdict.
        verdict: Option<Verdict>,
    },
    /// Rename a source; the old name is kept as an alias.
    Rename {
        /// The source.
        id: SourceId,
        /// New name.
        name: String,
    },
    /// Change a source's colour.
    Recolour {
        /// The source.
        id: SourceId,
        /// New colour.
        colour: Colour,
    },
    /// Change a source's kind.
    SetKind {
        /// The source.
        id: SourceId,
        /// New kind.
        kind: SourceKind,
    },
    /// Merge `from` into `into` and remove `from`.
    Merge {
        /// Disappears.
        from: SourceId,
        /// Absorbs it.
        into: SourceId,
    },
    /// Add a source; when `assign` names a statement, assign it to the new source.
    Add {
        /// Name.
        name: String,
        /// Kind.
        kind: SourceKind,
        /// `(document, statement)` to assign to it.
        assign: Option<(usize, usize)>,
    },
    /// Hide or show a source.
    SetHidden {
        /// The source.
        id: SourceId,
        /// Hidden?
        hidden: bool,
    },
}

impl Edit {
    /// Which parts of the session the edit touches (what the undo history must keep).
    pub fn scope(&self) -> Scope {
        match self {
            Edit::Merge { .. } => Scope::Attributions,
            _ => Scope::Registry,
        }
    }

    /// A short description for the undo menu ("Undo rename NATO").
    pub fn describe(&self, session: &Session) -> String {
        let name = |id: &SourceId| {
            session
                .sources
                .get(id)
                .map_or_else(|| id.to_string(), |s| s.name.clone())
        };
        match self {
            Edit::Decide { verdict: None, .. } => "revert decision".to_string(),
            Edit::Decide {
                verdict: Some(Verdict::Confirmed),
                ..
            } => "confirm".to_string(),
            Edit::Decide {
                verdict: Some(Verdict::Assigned { source, .. }),
                ..
            } => match source {
                Some(id) => format!("assign to {}", name(id)),
                None => "assign to author".to_string(),
            },
            Edit::Rename { id, name: new } => format!("rename {} to {new}", name(id)),
            Edit::Recolour { id, .. } => format!("recolour {}", name(id)),
            Edit::SetKind { id, kind } => format!("make {} a {kind}", name(id)),
            Edit::Merge { from, into } => format!("merge {} into {}", name(from), name(into)),
            Edit::Add { name, .. } => format!("add source {name}"),
            Edit::SetHidden { id, hidden: true } => format!("hide {}", name(id)),
            Edit::SetHidden { id, hidden: false } => format!("show {}", name(id)),
        }
    }

    /// Checks the edit against the session: `Ok(true)` when it would change something,
    /// `Ok(false)` when it would change nothing, `Err` when it cannot apply.
    pub fn check(&self, session: &Session) -> Result<bool, String> {
        let source = |id: &SourceId| {
            session
                .sources
                .get(id)
                .ok_or_else(|| format!("there is no source {id:?}"))
        };
        let statement = |document: usize, statement: usize| {
            session
                .documents
                .get(document)
                .and_then(|d| d.statements.get(statement))
                .map(|_| ())
                .ok_or_else(|| format!("there is no statement {statement} in document {document}"))
        };
        match self {
            Edit::Decide {
                document,
                statement: index,
                verdict,
            } => {
                statement(*document, *index)?;
                if let Some(Verdict::Assigned {
                    source: Some(id),
                    via,
                }) = verdict
                {
                    source(id)?;
                    for link in via {
                        source(link)?;
                    }
                }
                let current = session
                    .decision(*document, *index)
                    .map(|d| d.verdict.clone());
                Ok(current != *verdict)
            }
            Edit::Rename { id, name } => {
                let name = name.trim();
                if name.is_empty() {
                    return Err("a source needs a name".to_string());
                }
                Ok(source(id)?.name != name)
            }
            Edit::Recolour { id, colour } => Ok(source(id)?.colour != *colour),
            Edit::SetKind { id, kind } => Ok(source(id)?.kind != *kind),
            Edit::Merge { from, into } => {
                source(from)?;
                source(into)?;
                if from == into {
                    return Err("a source cannot be merged into itself".to_string());
                }
                Ok(true)
            }
            Edit::Add { name, assign, .. } => {
                if name.trim().is_empty() {
                    return Err("a source needs a name".to_string());
                }
                if let Some((document, index)) = assign {
                    statement(*document, *index)?;
                }
                Ok(true)
            }
            Edit::SetHidden { id, hidden } => Ok(source(id)?.hidden != *hidden),
        }
    }

    /// Applies the edit (call [`Edit::check`] first). Returns the id of a source it created.
    pub fn apply(&self, session: &mut Session) -> Option<SourceId> {
        match self {
            Edit::Decide {
                document,
                statement,
                verdict: Some(verdict),
            } => {
                session.decide(*document, *statement, verdict.clone());
            }
            Edit::Decide {
                document,
                statement,
                verdict: None,
            } => {
                session.undecide(*document, *statement);
            }
            Edit::Rename { id, name } => {
                if let Some(source) = session.sources.get_mut(id) {
                    let old = std::mem::replace(&mut source.name, name.trim().to_string());
                    let known = source.name.to_lowercase() == old.to_lowercase()
                        || source
                            .aliases
                            .iter()
                            .any(|a| a.to_lowercase() == old.to_lowercase());
                    if !known {
                        source.aliases.push(old);
                    }
                    let new = source.name.to_lowercase();
                    source.aliases.retain(|a| a.to_lowercase() != new);
                }
            }
            Edit::Recolour { id, colour } => {
                if let Some(source) = session.sources.get_mut(id) {
                    source.colour = *colour;
                }
            }
            Edit::SetKind { id, kind } => {
                if let Some(source) = session.sources.get_mut(id) {
                    source.kind = *kind;
                }
            }
            Edit::Merge { from, into } => merge(session, from, into),
            Edit::Add { name, kind, assign } => {
                let id = session.sources.add(name.trim(), *kind, Vec::new());
                if let Some((document, statement)) = assign {
                    session.decide(
                        *document,
                        *statement,
                        Verdict::Assigned {
                            source: Some(id.clone()),
                            via: Vec::new(),
                        },
                    );
                }
                return Some(id);
            }
            Edit::SetHidden { id, hidden } => {
                if let Some(source) = session.sources.get_mut(id) {
                    source.hidden = *hidden;
                }
            }
        }
        None
    }
}

/// Moves everything of `from` to `into`: statements, decisions, chains, names; removes `from`.
fn merge(session: &mut Session, from: &SourceId, into: &SourceId) {
    let Some(gone) = session.sources.get(from).cloned() else {
        return;
    };
    session.redirect_source(from, into);
    // A decision whose chain now starts with its own source loses that link.
    for decision in &mut session.decisions {
        if let Verdict::Assigned {
            source: Some(source),
            via,
        } = &mut decision.verdict
        {
            let own = source.clone();
            via.retain(|v| *v != own);
        }
    }
    if let Some(target) = session.sources.get_mut(into) {
        for alias in std::iter::once(gone.name).chain(gone.aliases) {
            let lower = alias.to_lowercase();
            let known = target.name.to_lowercase() == lower
                || target.aliases.iter().any(|a| a.to_lowercase() == lower);
            if !known {
                target.aliases.push(alias);
            }
        }
    }
    session.sources.sources.retain(|s| &s.id != from);
}
