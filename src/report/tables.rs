//! The insight tables of the CSV and Markdown reports: figures, unsourced claims and, with two or
//! more documents, the comparison of sources × documents. Cells are plain text; each format
//! escapes them its own way.

use super::ReportOptions;
use super::insights_out::number;
use super::view::source_name;
use crate::insights::{FigureValue, compare, session_figures, unsourced_claims};
use crate::model::Session;

/// One table.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Its title (a Markdown heading).
    pub title: &'static str,
    /// Column names.
    pub header: Vec<String>,
    /// Rows, as many cells as the header.
    pub rows: Vec<Vec<String>>,
}

fn document_name(session: &Session, options: ReportOptions, document: usize) -> String {
    let doc = &session.documents[document];
    options
        .document_path(doc)
        .map_or_else(|| doc.display_name(), str::to_string)
}

fn source_label(session: &Session, id: Option<&crate::model::SourceId>) -> (String, String) {
    match id {
        Some(id) => (id.to_string(), source_name(session, id).to_string()),
        None => (String::new(), "author".to_string()),
    }
}

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// Every figure with its value, unit, statement and source (`unsourced` when the author's).
pub fn figures(session: &Session, options: ReportOptions) -> Table {
    let rows = session_figures(session)
        .into_iter()
        .map(|f| {
            let doc = &session.documents[f.document];
            let (low, high) = match f.figure.value {
                FigureValue::Single(v) => (number(v).to_string(), String::new()),
                FigureValue::Range(a, b) => (number(a).to_string(), number(b).to_string()),
            };
            let (id, name) = source_label(session, f.source.as_ref());
            vec![
                document_name(session, options, f.document),
                doc.statements[f.statement].id.to_string(),
                f.figure.span.start.to_string(),
                f.figure.span.end.to_string(),
                doc.slice(f.figure.span).to_string(),
                low,
                high,
                f.figure.unit.unwrap_or_default(),
                id,
                name,
                f.source.is_none().to_string(),
            ]
        })
        .collect();
    Table {
        title: "Figures",
        header: strings(&[
            "document",
            "statement",
            "start",
            "end",
            "figure",
            "value",
            "value_high",
            "unit",
            "source_id",
            "source_name",
            "unsourced",
        ]),
        rows,
    }
}

/// The unsourced claims, ranked, with their reasons.
pub fn unsourced(session: &Session, options: ReportOptions) -> Table {
    let rows = unsourced_claims(session)
        .into_iter()
        .enumerate()
        .map(|(rank, claim)| {
            let doc = &session.documents[claim.document];
            let statement = &doc.statements[claim.statement];
            let source = session
                .effective(claim.document, claim.statement)
                .and_then(|e| e.source);
            let (id, name) = source_label(session, source.as_ref());
            let reasons: Vec<&str> = claim.reasons.iter().map(|r| r.as_str()).collect();
            vec![
                (rank + 1).to_string(),
                document_name(session, options, claim.document),
                statement.id.to_string(),
                reasons.join("; "),
                id,
                name,
                doc.slice(statement.span).to_string(),
            ]
        })
        .collect();
    Table {
        title: "Unsourced claims",
        header: strings(&[
            "rank",
            "document",
            "statement",
            "reasons",
            "source_id",
            "source_name",
            "text",
        ]),
        rows,
    }
}

/// Sources × documents: statements and share of statement text per document (two documents or
/// more; `None` otherwise).
pub fn comparison(session: &Session, options: ReportOptions) -> Option<Table> {
    if session.documents.len() < 2 {
        return None;
    }
    let mut header = strings(&["source_id", "source_name"]);
    for document in 0..session.documents.len() {
        let name = document_name(session, options, document);
        header.push(format!("{name} statements"));
        header.push(format!("{name} share"));
    }
    let rows = compare(session)
        .rows
        .into_iter()
        .map(|row| {
            let mut cells = vec![
                row.id.to_string(),
                source_name(session, &row.id).to_string(),
            ];
            for (n, share) in row.statements.iter().zip(&row.share) {
                cells.push(n.to_string());
                cells.push(format!("{:.4}", share));
            }
            cells
        })
        .collect();
    Some(Table {
        title: "Compare",
        header,
        rows,
    })
}

/// All insight tables of the session.
pub fn all(session: &Session, options: ReportOptions) -> Vec<Table> {
    let mut tables = vec![figures(session, options), unsourced(session, options)];
    tables.extend(comparison(session, options));
    tables
}
