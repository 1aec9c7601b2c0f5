//! Undo and redo by snapshots of the parts of the session an edit touches.
//!
//! Before an edit, the history stores a copy of what the edit can change (the source registry,
//! the decisions and the name; for merges also every statement's machine attribution; for added
//! documents the whole session). Undoing swaps that copy with the current state, so the same entry,
//! now holding the undone state, goes onto the redo stack. Document texts are never copied for
//! ordinary edits, so the history of a long article stays small; it is bounded in length.

use std::time::{Duration, Instant};

use crate::model::{Attribution, Decision, Session, SourceRegistry};

/// The most edits the history remembers.
pub const HISTORY_LIMIT: usize = 200;

/// Edits with the same coalescing key within this time become one undo step (dragging a colour).
const COALESCE_WINDOW: Duration = Duration::from_millis(1500);

/// What an edit can touch, and so what a snapshot must hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Sources, decisions and the session name.
    Registry,
    /// Also every statement's machine attribution (merges rewrite them).
    Attributions,
    /// Everything (adding documents).
    Everything,
}

/// A copy of part of a session.
#[derive(Clone, Debug)]
enum Snapshot {
    Registry {
        name: String,
        sources: SourceRegistry,
        decisions: Vec<Decision>,
    },
    Attributions {
        name: String,
        sources: SourceRegistry,
        decisions: Vec<Decision>,
        attributions: Vec<Vec<Attribution>>,
    },
    Everything(Box<Session>),
}

impl Snapshot {
    fn take(session: &Session, scope: Scope) -> Snapshot {
        match scope {
            Scope::Registry => Snapshot::Registry {
                name: session.name.clone(),
                sources: session.sources.clone(),
                decisions: session.decisions.clone(),
            },
            Scope::Attributions => Snapshot::Attributions {
                name: session.name.clone(),
                sources: session.sources.clone(),
                decisions: session.decisions.clone(),
                attributions: session
                    .documents
                    .iter()
                    .map(|d| d.statements.iter().map(|s| s.attribution.clone()).collect())
                    .collect(),
            },
            Scope::Everything => Snapshot::Everything(Box::new(session.clone())),
        }
    }

    fn scope(&self) -> Scope {
        match self {
            Snapshot::Registry { .. } => Scope::Registry,
            Snapshot::Attributions { .. } => Scope::Attributions,
            Snapshot::Everything(_) => Scope::Everything,
        }
    }

    /// Puts this snapshot into the session and returns what it replaced.
    fn swap_into(self, session: &mut Session) -> Snapshot {
        let previous = Snapshot::take(session, self.scope());
        match self {
            Snapshot::Registry {
                name,
                sources,
                decisions,
            } => {
                session.name = name;
                session.sources = sources;
                session.decisions = decisions;
            }
            Snapshot::Attributions {
                name,
                sources,
                decisions,
                attributions,
            } => {
                session.name = name;
                session.sources = sources;
                session.decisions = decisions;
                for (document, attributions) in session.documents.iter_mut().zip(attributions) {
                    for (statement, attribution) in document.statements.iter_mut().zip(attributions)
                    {
                        statement.attribution = attribution;
                    }
                }
            }
            Snapshot::Everything(whole) => *session = *whole,
        }
        previous
    }
}

/// One undoable step.
#[derive(Clone, Debug)]
struct Entry<T> {
    label: String,
    snapshot: Snapshot,
    /// The state id of the session the snapshot holds (tells "unsaved" after undo).
    generation: u64,
    /// Caller data restored with the step (the selection at the time).
    context: T,
    coalesce: Option<String>,
    at: Instant,
}

/// The undo and redo stacks. `T` is what the caller wants back on undo (e.g. the selection).
#[derive(Clone, Debug)]
pub struct History<T> {
    undo: Vec<Entry<T>>,
    redo: Vec<Entry<T>>,
    limit: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: HISTORY_LIMIT,
        }
    }
}

impl<T: Clone> History<T> {
    /// Remembers the state of `session` before an edit. With a `coalesce` key equal to that of the
    /// previous step, made moments ago, nothing is stored: the step already holds the older state.
    pub fn record(
        &mut self,
        session: &Session,
        scope: Scope,
        label: String,
        generation: u64,
        context: T,
        coalesce: Option<String>,
    ) {
        self.redo.clear();
        if let (Some(key), Some(top)) = (&coalesce, self.undo.last_mut())
            && top.coalesce.as_ref() == Some(key)
            && top.at.elapsed() < COALESCE_WINDOW
        {
            top.at = Instant::now();
            return;
        }
        self.undo.push(Entry {
            label,
            snapshot: Snapshot::take(session, scope),
            generation,
            context,
            coalesce,
            at: Instant::now(),
        });
        if self.undo.len() > self.limit {
            let excess = self.undo.len() - self.limit;
            self.undo.drain(..excess);
        }
    }

    /// Undoes the last step: restores its state into `session` and `generation`, and returns
    /// the step's context. `current` is the context to restore when the step is redone.
    pub fn undo(&mut self, session: &mut Session, generation: &mut u64, current: T) -> Option<T> {
        let entry = self.undo.pop()?;
        let (back, context) = swap(entry, session, generation, current);
        self.redo.push(back);
        Some(context)
    }

    /// Redoes the last undone step (see [`History::undo`]).
    pub fn redo(&mut self, session: &mut Session, generation: &mut u64, current: T) -> Option<T> {
        let entry = self.redo.pop()?;
        let (back, context) = swap(entry, session, generation, current);
        self.undo.push(back);
        Some(context)
    }

    /// The label of the step [`History::undo`] would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|e| e.label.as_str())
    }

    /// The label of the step [`History::redo`] would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|e| e.label.as_str())
    }

    /// Number of steps that can be undone.
    #[cfg(test)]
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Forgets everything.
    #[cfg(test)]
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

fn swap<T>(
    entry: Entry<T>,
    session: &mut Session,
    generation: &mut u64,
    current: T,
) -> (Entry<T>, T) {
    let Entry {
        label,
        snapshot,
        generation: old_generation,
        context,
        ..
    } = entry;
    let previous = snapshot.swap_into(session);
    let back = Entry {
        label,
        snapshot: previous,
        generation: std::mem::replace(generation, old_generation),
        context: current,
        coalesce: None,
        at: Instant::now(),
    };
    (back, context)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceKind;

    #[test]
    fn undo_and_redo_swap_states_and_generations() {
        let mut session = Session::named("s");
        let mut history: History<u8> = History::default();
        let mut generation = 1;
        history.record(&session, Scope::Registry, "add".into(), generation, 7, None);
        session
            .sources
            .add("NATO", SourceKind::Organization, vec![]);
        generation = 2;
        assert_eq!(history.undo(&mut session, &mut generation, 8), Some(7));
        assert!(session.sources.is_empty());
        assert_eq!(generation, 1);
        assert_eq!(history.redo(&mut session, &mut generation, 9), Some(8));
        assert_eq!(session.sources.len(), 1);
        assert_eq!(generation, 2);
        assert_eq!(history.undo_label(), Some("add"));
    }

    #[test]
    fn history_is_bounded_and_coalesces() {
        let session = Session::named("s");
        let mut history: History<()> = History::default();
        for i in 0..(HISTORY_LIMIT + 10) {
            history.record(&session, Scope::Registry, i.to_string(), 0, (), None);
        }
        assert_eq!(history.undo_len(), HISTORY_LIMIT);
        history.clear();
        for _ in 0..5 {
            history.record(
                &session,
                Scope::Registry,
                "c".into(),
                0,
                (),
                Some("k".into()),
            );
        }
        assert_eq!(history.undo_len(), 1);
    }
}
