//! File choices (native dialogs through rfd, or ascribe's own picker where none can be shown) and
//! the file writes behind Save and Export.

use std::path::{Path, PathBuf};

use crate::model::Session;
use crate::report::{self, ReportFormat, ReportOptions};

use super::command::format_name;

const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "md", "html", "htm", "markdown", "docx"];

/// What a file choice is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    /// Articles to open as a new session.
    OpenArticles,
    /// Articles to add to this session.
    AddArticles,
    /// A session file to open.
    OpenSession,
    /// Where to save the session.
    SaveSession,
    /// Where to write a report.
    Export(ReportFormat),
}

impl Purpose {
    /// The dialog's title.
    pub fn title(&self) -> String {
        match self {
            Purpose::OpenArticles => "Open articles".to_string(),
            Purpose::AddArticles => "Add articles".to_string(),
            Purpose::OpenSession => "Open session".to_string(),
            Purpose::SaveSession => "Save session as".to_string(),
            Purpose::Export(format) => format!("Export {} report", format_name(*format)),
        }
    }

    /// True when the choice is a new file name, not existing files.
    pub fn saves(&self) -> bool {
        matches!(self, Purpose::SaveSession | Purpose::Export(_))
    }

    /// True when several files may be chosen.
    pub fn many(&self) -> bool {
        matches!(self, Purpose::OpenArticles | Purpose::AddArticles)
    }

    /// The file extensions shown (lowercase, no dot).
    pub fn extensions(&self) -> Vec<&'static str> {
        match self {
            Purpose::OpenArticles | Purpose::AddArticles => ARTICLE_EXTENSIONS.to_vec(),
            Purpose::OpenSession | Purpose::SaveSession => vec!["ron"],
            Purpose::Export(format) => vec![format.extension()],
        }
    }

    /// The file name proposed when saving.
    pub fn suggested_name(&self, session: &Session) -> String {
        let name = file_stem_for(&session.name);
        match self {
            Purpose::Export(format) => format!("{name}-report.{}", format.extension()),
            _ => format!("{name}.ron"),
        }
    }
}

/// What a native dialog gave.
#[derive(Debug, PartialEq)]
pub enum Picked {
    /// The chosen files (one when saving).
    Chosen(Vec<PathBuf>),
    /// The person closed the dialog.
    Cancelled,
    /// No dialog could be shown (no portal or dialog program on this desktop).
    Unavailable,
}

/// A dialog that comes back faster than this without a choice was never shown: nobody closes a
/// shown file dialog this quickly.
const NEVER_SHOWN: std::time::Duration = std::time::Duration::from_millis(150);

/// False when this desktop is known to have no native file dialog: `ASCRIBE_FILE_DIALOG=builtin`
/// asks for ascribe's own picker; on Linux and the BSDs the dialogs need a session bus (for the
/// XDG desktop portal) or `zenity`.
pub fn native_dialogs_possible() -> bool {
    if std::env::var("ASCRIBE_FILE_DIALOG").is_ok_and(|v| v == "builtin") {
        return false;
    }
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    let zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// Shows the native dialog for `purpose`.
pub fn pick_native(purpose: &Purpose, session: &Session) -> Picked {
    let extensions = purpose.extensions();
    let dialog = rfd::FileDialog::new()
        .set_title(purpose.title())
        .set_directory(start_folder())
        .add_filter(filter_name(purpose), &extensions);
    let started = std::time::Instant::now();
    let chosen = match purpose {
        Purpose::OpenArticles | Purpose::AddArticles => dialog
            .add_filter("All files", &["*"])
            .pick_files()
            .filter(|paths| !paths.is_empty()),
        Purpose::OpenSession => dialog.pick_file().map(|path| vec![path]),
        Purpose::SaveSession | Purpose::Export(_) => dialog
            .set_file_name(purpose.suggested_name(session))
            .save_file()
            .map(|path| vec![path]),
    };
    match chosen {
        Some(paths) => Picked::Chosen(paths),
        None if started.elapsed() < NEVER_SHOWN => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

fn filter_name(purpose: &Purpose) -> &'static str {
    match purpose {
        Purpose::OpenArticles | Purpose::AddArticles => "Articles",
        Purpose::OpenSession | Purpose::SaveSession => "ascribe session",
        Purpose::Export(format) => format_name(*format),
    }
}

/// The folder file choices start in: `saves/` when it exists, else the current folder.
pub fn start_folder() -> PathBuf {
    let saves = PathBuf::from("saves");
    if saves.is_dir() {
        saves.canonicalize().unwrap_or(saves)
    } else {
        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
    }
}

/// Writes a report of the session.
pub fn export(
    session: &Session,
    format: ReportFormat,
    options: ReportOptions,
    path: &Path,
) -> Result<(), String> {
    let text = report::render_with(session, format, options);
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A file name made of a session name (no path separators or other troublesome characters).
pub fn file_stem_for(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim_matches(|c| c == '.' || c == '_').to_string();
    if stem.is_empty() {
        "session".to_string()
    } else {
        stem
    }
}

/// The name a new session made of these article files gets.
pub fn session_name_for(paths: &[PathBuf]) -> String {
    match paths {
        [] => "untitled".to_string(),
        [one] => one.file_stem().map_or_else(
            || "untitled".to_string(),
            |s| s.to_string_lossy().into_owned(),
        ),
        [first, rest @ ..] => format!(
            "{} + {}",
            first
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
            rest.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe_file_names() {
        assert_eq!(file_stem_for("seed_pl"), "seed_pl");
        assert_eq!(file_stem_for("../etc/passwd"), "etc_passwd");
        assert_eq!(file_stem_for(""), "session");
        assert_eq!(file_stem_for("a b"), "a_b");
    }

    #[test]
    fn session_names_come_from_files() {
        assert_eq!(session_name_for(&["x/a.txt".into()]), "a");
        assert_eq!(session_name_for(&["a.txt".into(), "b.txt".into()]), "a + 1");
    }
}
