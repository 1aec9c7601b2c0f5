//! The GUI's side of crash recovery: when to autosave and which recovery file to use. The files
//! themselves (location, atomic writes) belong to [`crate::session::autosave`]: one file for the
//! unsaved session, one per saved session file.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::model::Session;
use crate::session;

/// How soon after a change unsaved work is written to the recovery file. Changes in quick
/// succession (typing a name) share one write; no change waits longer than this.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(300);

/// Where recovery files go.
#[derive(Clone, Debug, PartialEq)]
enum Place {
    /// Nowhere: autosave is off.
    Nowhere,
    /// The standard folder ([`session::recovery_dir`]).
    Standard,
    /// This folder (tests).
    Folder(PathBuf),
}

/// Autosave and recovery of this app instance (disabled in tests and benchmarks).
///
/// The recovery file always holds the current state, never an older one: every change (an
/// edit, an undo, a redo) is written within [`AUTOSAVE_DELAY`], and when the session is clean
/// again (saved, or undone back to the saved state) the file is removed, so a restart after a
/// crash offers exactly the work that was on screen.
#[derive(Debug)]
pub struct Recovery {
    place: Place,
    delay: Duration,
    /// The session revision the recovery file holds, if one was written.
    written: Option<u64>,
    /// A revision not yet written and when it was first seen.
    pending: Option<(u64, Instant)>,
}

impl Recovery {
    fn new(place: Place) -> Recovery {
        Recovery {
            place,
            delay: AUTOSAVE_DELAY,
            written: None,
            pending: None,
        }
    }

    /// Nothing is written, read or deleted.
    pub fn disabled() -> Recovery {
        Recovery::new(Place::Nowhere)
    }

    /// The standard recovery files ([`session::recovery_path`]).
    pub fn standard() -> Recovery {
        Recovery::new(Place::Standard)
    }

    /// Recovery files named as usual, but in `folder`.
    pub fn in_folder(folder: PathBuf) -> Recovery {
        Recovery::new(Place::Folder(folder))
    }

    /// Autosave `delay` after a change instead of [`AUTOSAVE_DELAY`].
    pub fn with_delay(mut self, delay: Duration) -> Recovery {
        self.delay = delay;
        self
    }

    /// True when autosave is on.
    pub fn is_enabled(&self) -> bool {
        self.place != Place::Nowhere
    }

    /// The recovery file for a session saved at `session_path` (or unsaved: `None`).
    pub fn file(&self, session_path: Option<&Path>) -> Option<PathBuf> {
        match &self.place {
            Place::Nowhere => None,
            Place::Standard => Some(session::recovery_path(session_path)),
            Place::Folder(folder) => {
                Some(folder.join(session::recovery_path(session_path).file_name()?))
            }
        }
    }

    /// Time until a pending autosave is due, if one is pending.
    pub fn due_in(&self) -> Option<Duration> {
        self.pending
            .map(|(_, since)| self.delay.saturating_sub(since.elapsed()))
    }

    /// Called every frame with the session, its `revision` (changes on every edit, undo, redo
    /// and load) and whether it has unsaved changes. Writes a dirty session whose revision is not
    /// in the recovery file once [`AUTOSAVE_DELAY`] has passed since the change; removes the file
    /// when the session is clean. Returns an error message if writing failed.
    pub fn tick(
        &mut self,
        session: &Session,
        session_path: Option<&Path>,
        revision: u64,
        dirty: bool,
    ) -> Option<String> {
        if !self.is_enabled() {
            return None;
        }
        if !dirty {
            self.pending = None;
            if self.written.take().is_some() {
                self.clear(session_path);
            }
            return None;
        }
        if self.written == Some(revision) {
            self.pending = None;
            return None;
        }
        let since = match self.pending {
            Some((_, since)) => since,
            None => Instant::now(),
        };
        if since.elapsed() < self.delay {
            self.pending = Some((revision, since));
            return None;
        }
        self.pending = None;
        self.written = Some(revision);
        self.write(session, session_path).err()
    }

    /// Writes `session` to its recovery file now.
    pub fn write(&self, session: &Session, session_path: Option<&Path>) -> Result<(), String> {
        match self.file(session_path) {
            Some(file) => session::write_recovery_at(&file, session).map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    /// The session in the recovery file of `session_path`, if there is one that loads.
    pub fn read(&self, session_path: Option<&Path>) -> Option<Session> {
        session::read_recovery_at(&self.file(session_path)?)
    }

    /// Deletes the recovery file of `session_path` (after a save, or when discarded).
    pub fn clear(&mut self, session_path: Option<&Path>) {
        self.written = None;
        if let Some(file) = self.file(session_path) {
            let _ = session::clear_recovery_at(&file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn autosaves_each_change_when_dirty_then_clears() {
        let folder = tempfile::tempdir().unwrap();
        let mut recovery =
            Recovery::in_folder(folder.path().to_path_buf()).with_delay(Duration::ZERO);
        let session = Session::named("work");
        assert_eq!(recovery.tick(&session, None, 1, false), None);
        assert!(
            recovery.read(None).is_none(),
            "clean sessions are not autosaved"
        );
        assert_eq!(recovery.tick(&session, None, 2, true), None);
        assert_eq!(recovery.read(None), Some(session.clone()));
        let saved = Path::new("/somewhere/review.ron");
        assert!(
            recovery.read(Some(saved)).is_none(),
            "one file per session file"
        );
        recovery.clear(None);
        assert!(recovery.read(None).is_none());
        assert!(Recovery::disabled().file(None).is_none());
    }

    #[test]
    fn every_revision_is_written_and_a_clean_state_removes_the_file() {
        let folder = tempfile::tempdir().unwrap();
        let mut recovery =
            Recovery::in_folder(folder.path().to_path_buf()).with_delay(Duration::ZERO);
        let edited = Session::named("edited");
        recovery.tick(&edited, None, 5, true);
        assert_eq!(recovery.read(None).unwrap().name, "edited");
        // An undo is a new revision: the file follows it.
        let undone_once = Session::named("undone once");
        recovery.tick(&undone_once, None, 6, true);
        assert_eq!(recovery.read(None).unwrap().name, "undone once");
        // Undone back to the saved state: nothing to recover, the file goes.
        recovery.tick(&Session::named("saved"), None, 7, false);
        assert!(recovery.read(None).is_none());
    }

    #[test]
    fn a_change_waits_for_the_delay_then_is_written() {
        let folder = tempfile::tempdir().unwrap();
        let mut recovery =
            Recovery::in_folder(folder.path().to_path_buf()).with_delay(Duration::from_millis(40));
        let session = Session::named("work");
        recovery.tick(&session, None, 1, true);
        assert!(recovery.read(None).is_none(), "not before the delay");
        assert!(
            recovery
                .due_in()
                .is_some_and(|d| d <= Duration::from_millis(40))
        );
        std::thread::sleep(Duration::from_millis(60));
        recovery.tick(&session, None, 1, true);
        assert!(recovery.read(None).is_some(), "written after the delay");
        assert!(recovery.due_in().is_none());
    }
}
