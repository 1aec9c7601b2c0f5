//! Reports: JSON, CSV, Markdown and standalone HTML, from a session.
//! (Stub signatures; the report helper fills them in.)

use crate::model::Session;

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
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Json => "json",
            ReportFormat::Csv => "csv",
            ReportFormat::Markdown => "md",
            ReportFormat::Html => "html",
        }
    }
}

/// Renders the whole session as a report.
pub fn render(session: &Session, format: ReportFormat) -> String {
    let _ = (session, format);
    String::new()
}
