//! CSV: one row per statement, RFC 4180.
//!
//! Columns: `document, statement, paragraph, start, end, source_id, source_name, kind, via,
//! confidence, rule, reviewed, text`. `document` is the document's path (else its display
//! name); `start`/`end` are UTF-8 byte offsets; `via` joins the chain's source names with `"; "`;
//! the source columns are empty for the author's own voice. Lines end in CRLF; a field containing
//! a comma, a double quote, CR or LF is quoted, with its quotes doubled.
//!
//! After the statements come the insight tables ([`super::tables`]): figures, unsourced claims
//! and, with two or more documents, the comparison. Each starts after an empty line with its own
//! header row; a reader that wants only the statements stops at the first empty line.
//!
//! **Formula injection.** Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some
//! treat a leading tab or CR the same way) as a formula, and article text or source names can
//! start with any of them. Such a cell is written with a leading apostrophe (`'=…`), which
//! spreadsheets show as text; a program reading the CSV sees the apostrophe and can strip it.

use super::ReportOptions;
use super::view::{source_kind, source_name, statement_views};
use crate::model::Session;

/// The header row's columns.
pub const COLUMNS: [&str; 13] = [
    "document",
    "statement",
    "paragraph",
    "start",
    "end",
    "source_id",
    "source_name",
    "kind",
    "via",
    "confidence",
    "rule",
    "reviewed",
    "text",
];

/// Makes one cell safe: formula neutralisation, then RFC 4180 quoting.
pub fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn row(out: &mut String, cells: &[String]) {
    let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The session as CSV (header row included).
pub fn render(session: &Session, options: ReportOptions) -> String {
    let mut out = String::new();
    row(&mut out, &COLUMNS.map(str::to_string));
    for (index, doc) in session.documents.iter().enumerate() {
        let document = options
            .document_path(doc)
            .map_or_else(|| doc.display_name(), str::to_string);
        for view in statement_views(session, index) {
            let (source_id, name, kind) = match &view.source {
                Some(id) => (
                    id.as_str().to_string(),
                    source_name(session, id).to_string(),
                    source_kind(session, id).to_string(),
                ),
                None => (String::new(), String::new(), String::new()),
            };
            let via: Vec<&str> = view.via.iter().map(|id| source_name(session, id)).collect();
            row(
                &mut out,
                &[
                    document.clone(),
                    view.statement.id.to_string(),
                    view.statement.paragraph.to_string(),
                    view.span().start.to_string(),
                    view.span().end.to_string(),
                    source_id,
                    name,
                    kind,
                    via.join("; "),
                    view.confidence.to_string(),
                    view.rule.to_string(),
                    view.reviewed.to_string(),
                    view.text.to_string(),
                ],
            );
        }
    }
    for table in super::tables::all(session, options) {
        out.push_str("\r\n");
        row(&mut out, &table.header);
        for cells in &table.rows {
            row(&mut out, cells);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_neutralised() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+48 123"), "'+48 123");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(
            cell("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        assert_eq!(cell("a=b"), "a=b");
        assert_eq!(cell(""), "");
    }
}
