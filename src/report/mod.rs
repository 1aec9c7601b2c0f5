//! Reports: JSON, CSV, Markdown and standalone HTML, from a session.
//!
//! Every report shows statements as a reader should see them: the reviewer's decisions over the
//! machine's output ([`view`]), with shares of the text per source and kind from [`stats`].

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod stats;
pub mod view;

use crate::model::Session;

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

/// Renders the whole session as a report.
pub fn render(session: &Session, format: ReportFormat) -> String {
    match format {
        ReportFormat::Json => json::render(session),
        ReportFormat::Csv => csv::render(session),
        ReportFormat::Markdown => markdown::render(session),
        ReportFormat::Html => html::render(session),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
