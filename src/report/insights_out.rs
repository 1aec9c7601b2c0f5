//! The insight parts of the JSON report: per document its figures and unsourced claims, and the
//! comparison of the documents (see [`crate::insights`]).

use serde::Serialize;
use serde_json::Value;

use super::ReportOptions;
use crate::insights::{FigureValue, compare, document_figures, unsourced::document_claims};
use crate::model::Session;

/// A figure of a document.
#[derive(Serialize)]
pub struct FigureOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    value: Value,
    unit: Option<String>,
    statement: usize,
    source: Option<String>,
}

/// An unsourced claim of a document.
#[derive(Serialize)]
pub struct UnsourcedOut {
    statement: usize,
    reasons: Vec<&'static str>,
}

/// The comparison of the documents.
#[derive(Serialize)]
pub struct ComparisonOut<'a> {
    documents: Vec<Option<&'a str>>,
    sources: Vec<ComparedSource>,
}

/// One source's row of the comparison.
#[derive(Serialize)]
pub struct ComparedSource {
    id: String,
    statements: Vec<usize>,
    share: Vec<f64>,
}

/// A number as JSON: an integer when it is whole (`1500000`, not `1500000.0`).
pub fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        Value::from(value as i64)
    } else {
        Value::from(value)
    }
}

/// A figure's value as JSON: a number, or `[low, high]`.
pub fn value_json(value: FigureValue) -> Value {
    match value {
        FigureValue::Single(v) => number(v),
        FigureValue::Range(a, b) => Value::Array(vec![number(a), number(b)]),
    }
}

/// The figures of document `document`.
pub fn figures_out(session: &Session, document: usize) -> Vec<FigureOut<'_>> {
    let Some(doc) = session.documents.get(document) else {
        return Vec::new();
    };
    document_figures(session, document)
        .into_iter()
        .map(|f| FigureOut {
            start: f.figure.span.start,
            end: f.figure.span.end,
            text: doc.slice(f.figure.span),
            value: value_json(f.figure.value),
            unit: f.figure.unit,
            statement: doc.statements[f.statement].id,
            source: f.source.map(|id| id.0),
        })
        .collect()
}

/// The unsourced claims of document `document`, ranked.
pub fn unsourced_out(session: &Session, document: usize) -> Vec<UnsourcedOut> {
    let Some(doc) = session.documents.get(document) else {
        return Vec::new();
    };
    document_claims(session, document)
        .into_iter()
        .map(|c| UnsourcedOut {
            statement: doc.statements[c.statement].id,
            reasons: c.reasons.iter().map(|r| r.as_str()).collect(),
        })
        .collect()
}

/// Rounds a share to four decimals.
fn round_share(share: f64) -> f64 {
    (share * 10_000.0).round() / 10_000.0
}

/// The comparison of all documents of the session.
pub fn comparison_out(session: &Session, options: ReportOptions) -> ComparisonOut<'_> {
    let comparison = compare(session);
    ComparisonOut {
        documents: session
            .documents
            .iter()
            .map(|doc| options.document_path(doc))
            .collect(),
        sources: comparison
            .rows
            .into_iter()
            .map(|row| ComparedSource {
                id: row.id.0,
                statements: row.statements,
                share: row.share.into_iter().map(round_share).collect(),
            })
            .collect(),
    }
}
