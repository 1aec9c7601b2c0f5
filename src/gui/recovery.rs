//! The GUI's side of crash recovery: when to autosave and which recovery file to use. The files
//! themselves (location, atomic writes) belong to [`crate::session::autosave`]: one file for the
//! unsaved session, one per saved session file.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::model::Session;
use crate::session;

/// How often unsaved work is written to the recovery file.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

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
#[derive(Debug)]
pub struct Recovery {
    place: Place,
    interval: Duration,
    last_write: Instant,
}

impl Recovery {
    fn new(place: Place) -> Recovery {
        Recovery {
            place,
            interval: AUTOSAVE_INTERVAL,
            last_write: Instant::now(),
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

    /// Autosave every `interval` instead of every 30 seconds.
    pub fn with_interval(mut self, interval: Duration) -> Recovery {
        self.interval = interval;
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

    /// Time until the next autosave is due.
    pub fn due_in(&self) -> Duration {
        self.interval.saturating_sub(self.last_write.elapsed())
    }

    /// Writes `session` when it is `dirty` and the interval has passed. Returns an error message
    /// if writing failed.
    pub fn tick(
        &mut self,
        session: &Session,
        session_path: Option<&Path>,
        dirty: bool,
    ) -> Option<String> {
        if !self.is_enabled() || !dirty || self.due_in() > Duration::ZERO {
            return None;
        }
        self.last_write = Instant::now();
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
    pub fn clear(&self, session_path: Option<&Path>) {
        if let Some(file) = self.file(session_path) {
            let _ = session::clear_recovery_at(&file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn autosaves_when_due_and_dirty_then_clears() {
        let folder = tempfile::tempdir().unwrap();
        let mut recovery =
            Recovery::in_folder(folder.path().to_path_buf()).with_interval(Duration::ZERO);
        let session = Session::named("work");
        assert_eq!(recovery.tick(&session, None, false), None);
        assert!(
            recovery.read(None).is_none(),
            "clean sessions are not autosaved"
        );
        assert_eq!(recovery.tick(&session, None, true), None);
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
}
