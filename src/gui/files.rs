//! Native file dialogs (rfd) and the file writes behind Save and Export.

use std::path::{Path, PathBuf};

use crate::model::Session;
use crate::report::{self, ReportFormat, ReportOptions};

use super::command::format_name;

const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "md", "html", "htm", "markdown", "docx"];

/// The folder dialogs start in: `saves/` when it exists, else the current folder.
fn start_folder() -> PathBuf {
    let saves = PathBuf::from("saves");
    if saves.is_dir() {
        saves.canonicalize().unwrap_or(saves)
    } else {
        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
    }
}

/// Asks for article files.
pub fn pick_articles() -> Option<Vec<PathBuf>> {
    rfd::FileDialog::new()
        .set_title("Open articles")
        .add_filter("Articles", &ARTICLE_EXTENSIONS)
        .add_filter("All files", &["*"])
        .pick_files()
        .filter(|paths| !paths.is_empty())
}

/// Asks for a session file.
pub fn pick_session() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title("Open session")
        .set_directory(start_folder())
        .add_filter("ascribe session", &["ron"])
        .pick_file()
}

/// Asks where to save the session.
pub fn pick_save_path(session: &Session) -> Option<PathBuf> {
    let name = file_stem_for(&session.name);
    rfd::FileDialog::new()
        .set_title("Save session as")
        .set_directory(start_folder())
        .set_file_name(format!("{name}.ron"))
        .add_filter("ascribe session", &["ron"])
        .save_file()
}

/// Asks where to write a report.
pub fn pick_export_path(session: &Session, format: ReportFormat) -> Option<PathBuf> {
    let name = file_stem_for(&session.name);
    rfd::FileDialog::new()
        .set_title(format!("Export {} report", format_name(format)))
        .set_directory(start_folder())
        .set_file_name(format!("{name}-report.{}", format.extension()))
        .add_filter(format_name(format), &[format.extension()])
        .save_file()
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
