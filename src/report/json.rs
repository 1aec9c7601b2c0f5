//! The `ascribe-report` JSON schema, version 1:
//!
//! ```json
//! { "format": "ascribe-report", "version": 1,
//!   "documents": [ { "path": "seed_pl.txt" | null, "title": "…", "language": "pl",
//!       "text": "<the decoded document text>",
//!       "statements": [ { "id": 0, "paragraph": 0, "start": 0, "end": 97, "text": "…",
//!           "source": "nato" | null,
//!           "mention": {"start": 0, "end": 4, "text": "NATO"} | null,
//!           "cue": {"start": 5, "end": 17, "text": "potwierdziło"} | null,
//!           "via": ["<source id>", …], "confidence": 0.93, "rule": "…", "reviewed": false } ] } ],
//!   "sources": [ { "id": "nato", "name": "NATO", "kind": "organization", "aliases": ["NATO"],
//!                  "colour": "#0072B2" } ],
//!   "comparison": { "documents": ["a.txt", "b.txt"],
//!                   "sources": [ { "id": "nato", "statements": [3, 1], "share": [0.25, 0.1] } ] } }
//! ```
//!
//! Each document also carries `figures: [{start, end, text, value, unit, statement, source}]`
//! (`value` a number or `[low, high]` for a range, multipliers applied; `unit` a string or null;
//! `statement` the statement's id; `source` its effective source id or null) and `unsourced:
//! [{statement, reasons: ["figure", "hedge", …]}]`, ranked (see [`crate::insights`]). The
//! top-level `comparison` appears with two or more documents: per source with statements, its
//! statement count and share of statement text (0–1) in each document, in `documents` order.
//!
//! `path` is the article's file name, or its full path when [`ReportOptions::full_paths`] asks
//! for it. `start`/`end` are UTF-8 byte offsets into the document's `text`. Statements carry the
//! reviewer's decisions (see [`super::view::StatementView`]): when a reviewer changed
//! the source, `mention` and `cue` are null, `rule` is `"reviewer"` and `confidence` is 1.

use serde::Serialize;
use serde_json::Value;

use super::ReportOptions;
use super::insights_out::{
    ComparisonOut, FigureOut, UnsourcedOut, comparison_out, figures_out, unsourced_out,
};
use super::view::{StatementView, slice, sources_used, statement_views};
use crate::model::{Session, Source, Span};

/// The `format` tag of JSON reports.
pub const REPORT_FORMAT: &str = "ascribe-report";
/// The version of the JSON report schema.
pub const REPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    format: &'static str,
    version: u32,
    documents: Vec<DocumentOut<'a>>,
    sources: Vec<SourceOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<ComparisonOut<'a>>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    path: Option<&'a str>,
    title: &'a str,
    language: &'static str,
    text: &'a str,
    statements: Vec<StatementOut<'a>>,
    figures: Vec<FigureOut<'a>>,
    unsourced: Vec<UnsourcedOut>,
}

#[derive(Serialize)]
struct StatementOut<'a> {
    id: usize,
    paragraph: usize,
    start: usize,
    end: usize,
    text: &'a str,
    source: Option<&'a str>,
    mention: Option<Excerpt<'a>>,
    cue: Option<Excerpt<'a>>,
    via: Vec<&'a str>,
    confidence: f64,
    rule: &'a str,
    reviewed: bool,
}

#[derive(Serialize)]
struct Excerpt<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    colour: String,
}

fn source_out(source: &Source) -> SourceOut<'_> {
    SourceOut {
        id: source.id.as_str(),
        name: &source.name,
        kind: source.kind.as_str(),
        aliases: &source.aliases,
        colour: source.colour.to_hex(),
    }
}

fn statement_out<'a>(text: &'a str, view: &'a StatementView<'a>) -> StatementOut<'a> {
    let excerpt = |span: Span| Excerpt {
        start: span.start,
        end: span.end,
        text: slice(text, span),
    };
    StatementOut {
        id: view.statement.id,
        paragraph: view.statement.paragraph,
        start: view.span().start,
        end: view.span().end,
        text: view.text,
        source: view.source.as_ref().map(|id| id.as_str()),
        mention: view.mention.map(excerpt),
        cue: view.cue.map(excerpt),
        via: view.via.iter().map(|id| id.as_str()).collect(),
        confidence: view.confidence,
        rule: view.rule,
        reviewed: view.reviewed,
    }
}

/// Builds the report from the views of the chosen documents and the chosen sources, then hands
/// it to `finish` (the views borrow from this frame).
fn with_report<R>(
    session: &Session,
    options: ReportOptions,
    documents: &[usize],
    sources: Vec<&Source>,
    finish: impl FnOnce(&Report<'_>) -> R,
) -> R {
    let views: Vec<Vec<StatementView<'_>>> = documents
        .iter()
        .map(|&index| statement_views(session, index))
        .collect();
    let report = Report {
        format: REPORT_FORMAT,
        version: REPORT_VERSION,
        documents: documents
            .iter()
            .zip(&views)
            .map(|(&index, views)| {
                let doc = &session.documents[index];
                DocumentOut {
                    path: options.document_path(doc),
                    title: &doc.title,
                    language: doc.language.code(),
                    text: &doc.text,
                    statements: views.iter().map(|v| statement_out(&doc.text, v)).collect(),
                    figures: figures_out(session, index),
                    unsourced: unsourced_out(session, index),
                }
            })
            .collect(),
        sources: sources.into_iter().map(source_out).collect(),
        comparison: (documents.len() >= 2).then(|| comparison_out(session, options)),
    };
    finish(&report)
}

/// The whole session as an `ascribe-report` JSON value (all documents, every source of the
/// registry, hidden ones included).
pub fn report_json(session: &Session, options: ReportOptions) -> Value {
    let all: Vec<usize> = (0..session.documents.len()).collect();
    with_report(
        session,
        options,
        &all,
        session.sources.iter().collect(),
        |report| serde_json::to_value(report).unwrap_or(Value::Null),
    )
}

/// One document as a self-contained `ascribe-report` value, for JSON Lines streaming (one line
/// per document, see [`render_jsonl`]): `documents` holds just that document and `sources` just
/// the sources it uses (as a statement's source or in a chain), so each line can be read on its
/// own with the same schema as the full report. An index past the end gives empty lists.
pub fn document_json(session: &Session, document: usize, options: ReportOptions) -> Value {
    if document >= session.documents.len() {
        return with_report(session, options, &[], Vec::new(), |report| {
            serde_json::to_value(report).unwrap_or(Value::Null)
        });
    }
    with_report(
        session,
        options,
        &[document],
        sources_used(session, document),
        |report| serde_json::to_value(report).unwrap_or(Value::Null),
    )
}

/// The whole session as pretty-printed `ascribe-report` JSON (keys in schema order), with a
/// trailing newline.
pub fn render(session: &Session, options: ReportOptions) -> String {
    let all: Vec<usize> = (0..session.documents.len()).collect();
    let mut text = with_report(
        session,
        options,
        &all,
        session.sources.iter().collect(),
        |report| serde_json::to_string_pretty(report).unwrap_or_default(),
    );
    text.push('\n');
    text
}

/// JSON Lines: one compact [`document_json`] object per document, each on its own line.
pub fn render_jsonl(session: &Session, options: ReportOptions) -> String {
    let mut text = String::new();
    for index in 0..session.documents.len() {
        let line = with_report(
            session,
            options,
            &[index],
            sources_used(session, index),
            |report| serde_json::to_string(report).unwrap_or_default(),
        );
        text.push_str(&line);
        text.push('\n');
    }
    text
}
