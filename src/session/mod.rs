//! Sessions on disk: RON with a schema version, migrations, atomic writes, autosave and recovery.
//! (Stub signatures; the session helper fills them in.)

use std::path::Path;

use crate::model::Session;

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

/// The session as RON text.
pub fn to_ron(session: &Session) -> String {
    ron::ser::to_string_pretty(session, ron::ser::PrettyConfig::default()).unwrap_or_default()
}

/// Parses a session from RON text (any supported schema version); `name` is used in errors.
pub fn from_ron(text: &str, name: &str) -> Result<Session, SessionError> {
    ron::from_str(text).map_err(|e| SessionError {
        path: name.to_string(),
        line: None,
        problem: e.to_string(),
    })
}

/// Writes the session atomically (temporary file in the same folder, then rename).
pub fn save(path: &Path, session: &Session) -> Result<(), SessionError> {
    std::fs::write(path, to_ron(session)).map_err(|e| SessionError {
        path: path.display().to_string(),
        line: None,
        problem: e.to_string(),
    })
}

/// Loads a session file without modifying it.
pub fn load(path: &Path) -> Result<Session, SessionError> {
    let text = std::fs::read_to_string(path).map_err(|e| SessionError {
        path: path.display().to_string(),
        line: None,
        problem: e.to_string(),
    })?;
    from_ron(&text, &path.display().to_string())
}
