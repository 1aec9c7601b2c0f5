//! The work being reviewed: the session, its file, whether it has unsaved changes, and the undo
//! history. Only [`crate::gui::command::apply`] calls its mutating methods.

use std::path::PathBuf;

use crate::analysis::Analysis;
use crate::model::{Session, SourceId};

use super::command::edit::Edit;
use super::command::history::{History, Scope};

/// Where the reviewer is: a document and maybe one of its statements.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Document index.
    pub document: usize,
    /// Statement index within the document.
    pub statement: Option<usize>,
}

/// The session with its file, unsaved-changes tracking and undo history.
#[derive(Debug)]
pub struct Workspace {
    session: Session,
    path: Option<PathBuf>,
    history: History<Selection>,
    /// Id of the current state; every edit makes a new one, undo brings back old ones.
    generation: u64,
    next_generation: u64,
    saved_generation: u64,
    /// Bumped on every change (edits, undo, redo, loads): keys the GUI's caches.
    revision: u64,
}

impl Workspace {
    /// A workspace for a session that is saved in `path` (or needs no saving yet).
    pub fn new(session: Session, path: Option<PathBuf>) -> Workspace {
        Workspace {
            session,
            path,
            history: History::default(),
            generation: 0,
            next_generation: 1,
            saved_generation: 0,
            revision: 0,
        }
    }

    /// The session.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The file the session was loaded from or saved to.
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// True when there are changes that are not in the session file.
    pub fn is_dirty(&self) -> bool {
        self.generation != self.saved_generation
    }

    /// Changes whenever the session changes.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Replaces the whole session (opening something else); forgets the history.
    pub fn replace(&mut self, session: Session, path: Option<PathBuf>, dirty: bool) {
        let revision = self.revision + 1;
        *self = Workspace::new(session, path);
        self.revision = revision;
        if dirty {
            self.generation = self.fresh_generation();
        }
    }

    /// Records that the session was written to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_generation = self.generation;
    }

    fn fresh_generation(&mut self) -> u64 {
        let generation = self.next_generation;
        self.next_generation += 1;
        generation
    }

    fn changed(&mut self) {
        self.generation = self.fresh_generation();
        self.revision += 1;
    }

    /// Applies an edit as one undoable step. `Ok(None)` also when the edit changes nothing (then no
    /// step is recorded); `Ok(Some(id))` when it created a source. Edits with the same `coalesce`
    /// key in quick succession become one step.
    pub fn edit(
        &mut self,
        edit: &Edit,
        selection: Selection,
        coalesce: Option<String>,
    ) -> Result<Option<SourceId>, String> {
        if !edit.check(&self.session)? {
            return Ok(None);
        }
        let label = edit.describe(&self.session);
        self.history.record(
            &self.session,
            edit.scope(),
            label,
            self.generation,
            selection,
            coalesce,
        );
        let created = edit.apply(&mut self.session);
        self.changed();
        Ok(created)
    }

    /// Adds analysed documents as one undoable step; returns the index of the first.
    pub fn add_documents(&mut self, analyses: Vec<Analysis>, selection: Selection) -> usize {
        let first = self.session.documents.len();
        if analyses.is_empty() {
            return first;
        }
        let label = if analyses.len() == 1 {
            format!("add {}", analyses[0].document.display_name())
        } else {
            format!("add {} documents", analyses.len())
        };
        self.history.record(
            &self.session,
            Scope::Everything,
            label,
            self.generation,
            selection,
            None,
        );
        for analysis in analyses {
            self.session
                .add_document(analysis.document, &analysis.sources);
        }
        self.changed();
        first
    }

    /// Undoes the last step; returns the selection at the time of the edit.
    pub fn undo(&mut self, current: Selection) -> Option<Selection> {
        let selection = self
            .history
            .undo(&mut self.session, &mut self.generation, current)?;
        self.revision += 1;
        Some(selection)
    }

    /// Redoes the last undone step; returns the selection at the time of the undo.
    pub fn redo(&mut self, current: Selection) -> Option<Selection> {
        let selection = self
            .history
            .redo(&mut self.session, &mut self.generation, current)?;
        self.revision += 1;
        Some(selection)
    }

    /// What undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }
}
