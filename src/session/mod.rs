//! Sessions on disk: RON with a schema version, migrations, atomic writes, autosave and recovery.
//!
//! A session file is pretty RON whose first fields are `format: "ascribe-session"` and
//! `version: N` (see [`migrate`] for the schemas). Loading
//!
//! 1. refuses files larger than [`MAX_SESSION_BYTES`] before reading them, and files that are not
//!    UTF-8;
//! 2. reads only the header (format and version, skipping everything else) and refuses other
//!    formats and newer versions with a clear message;
//! 3. parses the file with the reader of its version (nesting bounded by [`MAX_NESTING`]) and
//!    migrates it to the current schema;
//! 4. checks the documents (edited text, spans outside the text, unknown sources) and re-attaches
//!    reviewer decisions whose statements moved ([`reanchor_decisions`]).
//!
//! Loading never writes the file; [`save`] replaces it atomically.

mod anchor;
mod atomic;
pub mod autosave;
mod format;
pub mod migrate;
pub mod paths;
mod repair;

use std::io::Read;
use std::path::Path;

use crate::model::Session;

pub use anchor::{check_documents, reanchor_decisions};
pub use atomic::write_atomic;
pub use autosave::{
    clear_recovery, clear_recovery_at, read_recovery, read_recovery_at, recovery_dir,
    recovery_path, write_recovery, write_recovery_at,
};
pub use format::MAX_NESTING;
pub use migrate::OLDEST_READABLE_VERSION;
pub use repair::repair_changed_documents;

/// The largest session file [`load`] accepts (256 MiB); larger files are refused unread.
pub const MAX_SESSION_BYTES: u64 = 256 * 1024 * 1024;

/// Why a session could not be loaded or saved. The message names the file, the line and the problem.
#[derive(Debug)]
pub struct SessionError {
    /// The file.
    pub path: String,
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: String,
}

impl std::fmt::Display for SessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.problem),
            None => write!(f, "{}: {}", self.path, self.problem),
        }
    }
}

impl std::error::Error for SessionError {}

impl SessionError {
    fn new(path: &Path, problem: impl Into<String>) -> Self {
        SessionError {
            path: path.display().to_string(),
            line: None,
            problem: problem.into(),
        }
    }
}

/// A loaded session with what was noticed while loading it.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadReport {
    /// The session, migrated to the current schema, decisions re-anchored.
    pub session: Session,
    /// Human-readable notes: documents whose text was edited since analysis, spans outside the
    /// text, unknown sources, decisions moved or left unplaced. Empty for a clean file.
    pub warnings: Vec<String>,
}

/// The session as RON text (see [`migrate`] for the layout). Serialising a [`Session`] cannot
/// fail for any value the model can hold; should it ever, the error is written as a RON comment
/// so the text still doesn't parse as a valid, silently empty session. [`save`] reports such an
/// error instead of writing.
pub fn to_ron(session: &Session) -> String {
    to_ron_checked(session).unwrap_or_else(|error| format!("// cannot serialise: {error}\n"))
}

/// [`to_ron`], reporting a serialisation error.
fn to_ron_checked(session: &Session) -> Result<String, ron::Error> {
    format::write_session(session)
}

/// Parses a session from RON text (any supported schema version); `name` is used in errors.
/// Checks and re-anchoring are not applied: see [`from_ron_with_report`].
pub fn from_ron(text: &str, name: &str) -> Result<Session, SessionError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = format::read_header(text, name)?;
    let version = migrate::check_header(&header, text, name)?;
    migrate::parse_any_version(text, version, name)
}

/// Parses a session from RON text like [`from_ron`], then checks it ([`check_documents`]) and
/// re-anchors its decisions ([`reanchor_decisions`]).
pub fn from_ron_with_report(text: &str, name: &str) -> Result<LoadReport, SessionError> {
    let mut session = from_ron(text, name)?;
    let mut warnings = check_documents(&session);
    warnings.extend(reanchor_decisions(&mut session));
    Ok(LoadReport { session, warnings })
}

/// Writes the session atomically (temporary file in the same folder, `fsync`, rename over the
/// target, `fsync` of the folder): after a crash the file holds either the old or the new session.
/// The session is written with the current `format` and `version` whatever its fields say, and
/// article paths relative to the session file's folder ([`paths`]).
pub fn save(path: &Path, session: &Session) -> Result<(), SessionError> {
    let relative = paths::relative_to_file(session, path);
    let session = relative.as_ref().unwrap_or(session);
    let text = if session.format == crate::model::SESSION_FORMAT
        && session.version == crate::model::SESSION_VERSION
    {
        to_ron_checked(session)
    } else {
        let mut current = session.clone();
        current.format = crate::model::SESSION_FORMAT.to_string();
        current.version = crate::model::SESSION_VERSION;
        to_ron_checked(&current)
    }
    .map_err(|error| SessionError::new(path, format!("cannot serialise the session: {error}")))?;
    write_atomic(path, text.as_bytes())
        .map_err(|error| SessionError::new(path, format!("cannot save: {error}")))
}

/// Loads a session for use: [`load_with_report`], then documents whose text was edited since
/// analysis are analysed again with the bundled engine and decisions re-anchored
/// ([`repair_changed_documents`]). The file itself is never modified; the warnings say what was
/// found and done.
pub fn load_for_use(path: &Path) -> Result<LoadReport, SessionError> {
    let mut report = load_with_report(path)?;
    let notes = repair_changed_documents(&mut report.session, &crate::analysis::Engine::builtin());
    if !notes.is_empty() {
        report.warnings.retain(|w| !w.contains("re-analyse it"));
        report.warnings.extend(notes);
    }
    Ok(report)
}

/// Loads a session file without modifying it (see [`load_with_report`]; the warnings are
/// dropped).
pub fn load(path: &Path) -> Result<Session, SessionError> {
    load_with_report(path).map(|report| report.session)
}

/// Loads a session file without modifying it: bounded read, header check, migration, document
/// checks and decision re-anchoring (see the module documentation).
pub fn load_with_report(path: &Path) -> Result<LoadReport, SessionError> {
    let mut report = load_as_written(path)?;
    paths::resolve_from_file(&mut report.session, path);
    Ok(report)
}

/// [`load_with_report`] without resolving article paths written relative to the file.
fn load_as_written(path: &Path) -> Result<LoadReport, SessionError> {
    let text = read_bounded(path)?;
    from_ron_with_report(&text, &path.display().to_string())
}

/// Reads at most [`MAX_SESSION_BYTES`] of UTF-8 text.
fn read_bounded(path: &Path) -> Result<String, SessionError> {
    let too_big = || {
        SessionError::new(
            path,
            format!(
                "the file is larger than {} MiB; not a session this build will open",
                MAX_SESSION_BYTES / (1024 * 1024)
            ),
        )
    };
    let file = std::fs::File::open(path)
        .map_err(|error| SessionError::new(path, format!("cannot open: {error}")))?;
    let metadata = file
        .metadata()
        .map_err(|error| SessionError::new(path, format!("cannot read: {error}")))?;
    if metadata.is_dir() {
        return Err(SessionError::new(path, "is a folder, not a session file"));
    }
    if metadata.len() > MAX_SESSION_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // `take` also bounds files that grow while being read, and special files.
    file.take(MAX_SESSION_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| SessionError::new(path, format!("cannot read: {error}")))?;
    if bytes.len() as u64 > MAX_SESSION_BYTES {
        return Err(too_big());
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
        SessionError {
            path: path.display().to_string(),
            line: Some(line),
            problem: format!("not UTF-8 text (invalid byte at offset {valid})"),
        }
    })
}
