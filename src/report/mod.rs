//! Reports: JSON, CSV, Markdown and standalone HTML, from a session.
//!
//! Every report shows statements as a reader should see them: the reviewer's decisions over the
//! machine's output ([`view`]), with shares of the text per source and kind from [`stats`].

pub mod csv;
pub mod html;
mod html_insights;
pub mod insights_out;
pub mod json;
pub mod markdown;
pub mod stats;
pub mod tables;
pub mod view;

use crate::model::{Document, Session};

pub use json::{REPORT_FORMAT, REPORT_VERSION, document_json, render_jsonl, report_json};

/// A report format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// The `ascribe-report` JSON schema.
    Json,
    /// One row per statement.
    Csv,
    /// Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
}

impl ReportFormat {
    /// Every format.
    pub const ALL: [ReportFormat; 4] = [
        ReportFormat::Json,
        ReportFormat::Csv,
        ReportFormat::Markdown,
        ReportFormat::Html,
    ];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Json => "json",
            ReportFormat::Csv => "csv",
            ReportFormat::Markdown => "md",
            ReportFormat::Html => "html",
        }
    }

    /// Parses a format name or file extension, case-insensitively: `json`, `csv`, `md` or
    /// `markdown`, `html` or `htm`.
    pub fn parse(name: &str) -> Option<ReportFormat> {
        match name
            .trim()
            .trim_start_matches('.')
            .to_ascii_lowercase()
            .as_str()
        {
            "json" => Some(ReportFormat::Json),
            "csv" => Some(ReportFormat::Csv),
            "md" | "markdown" => Some(ReportFormat::Markdown),
            "html" | "htm" => Some(ReportFormat::Html),
            _ => None,
        }
    }
}

/// How a report presents what is not attribution: reports are made to be shared, so by default
/// they name each article by its file name and never reveal the reviewer's folders.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReportOptions {
    /// Show each article's full path as opened (`--full-paths`, the GUI export's checkbox)
    /// instead of its file name.
    pub full_paths: bool,
}

impl ReportOptions {
    /// The options that show full paths.
    pub const FULL_PATHS: ReportOptions = ReportOptions { full_paths: true };

    /// The document's path as the report shows it: the file name, or the full path when asked
    /// for; `None` for a document that did not come from a file.
    pub fn document_path<'a>(&self, doc: &'a Document) -> Option<&'a str> {
        let path = doc.path.as_deref()?;
        Some(if self.full_paths {
            path
        } else {
            file_name(path)
        })
    }
}

/// The last component of a path written with `/` or `\\` separators (a session made on Windows
/// opened elsewhere keeps its backslashes); the path itself when it has no separator.
pub fn file_name(path: &str) -> &str {
    let trimmed = path.trim_end_matches(['/', '\\']);
    match trimmed.rsplit(['/', '\\']).next() {
        Some(name) if !name.is_empty() => name,
        _ => path,
    }
}

/// Renders the whole session as a report that names articles by file name (see
/// [`ReportOptions`]).
pub fn render(session: &Session, format: ReportFormat) -> String {
    render_with(session, format, ReportOptions::default())
}

/// Renders the whole session as a report with the given options.
pub fn render_with(session: &Session, format: ReportFormat, options: ReportOptions) -> String {
    match format {
        ReportFormat::Json => json::render(session, options),
        ReportFormat::Csv => csv::render(session, options),
        ReportFormat::Markdown => markdown::render(session, options),
        ReportFormat::Html => html::render(session, options),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_come_from_either_separator() {
        assert_eq!(file_name("/home/someone/news/a.txt"), "a.txt");
        assert_eq!(file_name("C:\\Users\\x\\b.html"), "b.html");
        assert_eq!(file_name("plain.md"), "plain.md");
        assert_eq!(file_name("dir/sub/"), "sub");
        assert_eq!(file_name("/"), "/");
    }

    #[test]
    fn formats_parse_from_names_and_extensions() {
        for format in ReportFormat::ALL {
            assert_eq!(ReportFormat::parse(format.extension()), Some(format));
        }
        assert_eq!(ReportFormat::parse(".HTM"), Some(ReportFormat::Html));
        assert_eq!(
            ReportFormat::parse("Markdown"),
            Some(ReportFormat::Markdown)
        );
        assert_eq!(ReportFormat::parse("pdf"), None);
    }

    #[test]
    fn an_empty_session_renders_everywhere() {
        let session = Session::default();
        for format in ReportFormat::ALL {
            let text = render(&session, format);
            assert!(!text.is_empty(), "{format:?}");
        }
    }
}
