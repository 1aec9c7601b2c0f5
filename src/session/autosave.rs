//! Autosave and crash recovery: the GUI writes the session it is editing to a recovery file every
//! so often and clears it after a successful save or a clean exit; a recovery file found at start
//! means the last run ended with unsaved work.
//!
//! Recovery files live in the user's data directory, not beside the session, so that autosaving
//! never touches the reviewer's own files:
//!
//! * `$ASCRIBE_RECOVERY_DIR` when set (tests and portable setups),
//! * otherwise `$XDG_DATA_HOME/ascribe`, or `~/.local/share/ascribe` (Linux and other Unixes),
//!   `~/Library/Application Support/ascribe` (macOS), `%LOCALAPPDATA%\ascribe` (Windows),
//! * and the system's temporary directory as a last resort.
//!
//! The plain functions ([`write_recovery`], [`read_recovery`], [`clear_recovery`]) use the
//! unsaved-session file `recovery.ron`; the `*_at` variants take any recovery file, such as the
//! per-session one [`recovery_path`] gives for a saved session.

use std::path::{Path, PathBuf};

use super::{SessionError, atomic, load_as_written, to_ron_checked};
use crate::model::{Session, content_hash};

/// The environment variable that overrides the recovery directory.
pub const RECOVERY_DIR_ENV: &str = "ASCRIBE_RECOVERY_DIR";

/// The directory recovery files are kept in (see the module documentation).
pub fn recovery_dir() -> PathBuf {
    let var = |name: &str| std::env::var_os(name).filter(|value| !value.is_empty());
    if let Some(dir) = var(RECOVERY_DIR_ENV) {
        return PathBuf::from(dir);
    }
    let data_dir = if cfg!(windows) {
        var("LOCALAPPDATA")
            .or_else(|| var("APPDATA"))
            .map(PathBuf::from)
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|home| {
            PathBuf::from(home)
                .join("Library")
                .join("Application Support")
        })
    } else {
        var("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|dir| dir.is_absolute())
            .or_else(|| var("HOME").map(|home| PathBuf::from(home).join(".local").join("share")))
    };
    data_dir.unwrap_or_else(std::env::temp_dir).join("ascribe")
}

/// The recovery file for the session saved at `session_path`, or for an unsaved session (`None`):
/// `recovery.ron`, or `recovery-<file stem>-<hash of the absolute path>.ron`.
pub fn recovery_path(session_path: Option<&Path>) -> PathBuf {
    let name = match session_path {
        None => "recovery.ron".to_string(),
        Some(path) => {
            let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
            let hash = content_hash(&absolute.to_string_lossy());
            let stem: String = path
                .file_stem()
                .map(|stem| stem.to_string_lossy())
                .unwrap_or_default()
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '_'
                    }
                })
                .take(40)
                .collect();
            format!("recovery-{stem}-{hash:016x}.ron")
        }
    };
    recovery_dir().join(name)
}

/// Writes the session to the unsaved-session recovery file, [`recovery_path`]`(None)`; returns
/// the file written.
pub fn write_recovery(session: &Session) -> Result<PathBuf, SessionError> {
    let path = recovery_path(None);
    write_recovery_at(&path, session)?;
    Ok(path)
}

/// Reads the unsaved-session recovery file; `None` when there is none or it cannot be read.
pub fn read_recovery() -> Option<Session> {
    read_recovery_at(&recovery_path(None))
}

/// Removes the unsaved-session recovery file (no error when there is none).
pub fn clear_recovery() -> Result<(), SessionError> {
    clear_recovery_at(&recovery_path(None))
}

/// Writes the session atomically to the recovery file `path` (e.g. a [`recovery_path`]),
/// creating its folder (private to the user on Unix) when needed.
pub fn write_recovery_at(path: &Path, session: &Session) -> Result<(), SessionError> {
    let error = |problem: String| SessionError {
        path: path.display().to_string(),
        line: None,
        problem,
    };
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        create_private_dir(dir)
            .map_err(|e| error(format!("cannot create the recovery folder: {e}")))?;
    }
    let text = to_ron_checked(session).map_err(|e| error(e.to_string()))?;
    atomic::write_atomic(path, text.as_bytes())
        .map_err(|e| error(format!("cannot write the recovery file: {e}")))
}

/// Reads the recovery file `path`; `None` when there is none or it cannot be read (a damaged
/// recovery file is not worth an error dialog).
pub fn read_recovery_at(path: &Path) -> Option<Session> {
    if !path.is_file() {
        return None;
    }
    // Written with paths as they were in memory: nothing to resolve.
    load_as_written(path).ok().map(|report| report.session)
}

/// Removes the recovery file `path` (no error when there is none).
pub fn clear_recovery_at(path: &Path) -> Result<(), SessionError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SessionError {
            path: path.display().to_string(),
            line: None,
            problem: format!("cannot remove the recovery file: {e}"),
        }),
    }
}

/// Creates the folder (and its parents); a new folder is readable only by its owner on Unix,
/// since recovery files hold the articles being reviewed.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}
