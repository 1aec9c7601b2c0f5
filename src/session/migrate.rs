//! Schema versions and migrations.
//!
//! # Version 2 (current, [`SESSION_VERSION`])
//!
//! Exactly the serde form of [`Session`]:
//!
//! ```ron
//! (
//!     format: "ascribe-session",
//!     version: 2,
//!     name: "…",
//!     documents: [(path: Some("…"), title: "…", language: pl, text: "…", text_hash: 123,
//!                  paragraphs: [(start: 0, end: 97)], statements: [(id: 0, paragraph: 0,
//!                  span: (start: 0, end: 97), attribution: (source: Some("nato"), mention: …,
//!                  cue: …, via: [], confidence: 0.93, rule: "verb-that"))])],
//!     sources: [(id: "nato", name: "NATO", kind: organization, aliases: ["NATO"],
//!                colour: "#0072B2", hidden: false)],
//!     decisions: [(document: 0, span: (start: 0, end: 97), text: "…", verdict: Confirmed)],
//! )
//! ```
//!
//! # Version 1 (read only; migrated on load)
//!
//! The first released schema differed from version 2 in three ways:
//!
//! * a source's `colour` was an `(r, g, b)` tuple of bytes, not a `"#RRGGBB"` string, and sources
//!   had no `hidden` flag;
//! * documents had no `text_hash` (so edits of their text cannot be detected: the hash is taken
//!   from the text as found);
//! * the reviewer's decisions were called `reviews` (same fields: `document`, `span`, `text`,
//!   `verdict`).
//!
//! Statements, spans, attributions and verdicts were already as in version 2, so the version-1
//! reader reuses those model types. When a later version changes them, freeze copies of the old
//! shapes here (as `SourceV1` freezes the old source) before changing the model.

use serde::Deserialize;

use super::SessionError;
use super::format::{Header, line_of_field, parse};
use crate::model::{
    Colour, Decision, Document, Language, SESSION_FORMAT, SESSION_VERSION, Session, Source,
    SourceId, SourceKind, SourceRegistry, Span, Statement, Verdict, content_hash,
};

/// The oldest schema version this build can read.
pub const OLDEST_READABLE_VERSION: u32 = 1;

/// Parses a session file of any supported version into the current [`Session`]. `text` must
/// already have passed the header checks of [`check_header`].
pub(crate) fn parse_any_version(
    text: &str,
    version: u32,
    name: &str,
) -> Result<Session, SessionError> {
    let mut session = match version {
        1 => migrate_v1(parse::<SessionV1>(text, name)?),
        _ => parse::<Session>(text, name)?,
    };
    session.format = SESSION_FORMAT.to_string();
    session.version = SESSION_VERSION;
    Ok(session)
}

/// Checks the `format` tag and the `version` of a header; returns the version to parse.
pub(crate) fn check_header(header: &Header, text: &str, name: &str) -> Result<u32, SessionError> {
    let error = |field: &str, problem: String| SessionError {
        path: name.to_string(),
        line: line_of_field(text, field),
        problem,
    };
    match header.format.as_str() {
        SESSION_FORMAT => {}
        "" => {
            return Err(error(
                "format",
                format!("not an ascribe session: no `format: {SESSION_FORMAT:?}` field"),
            ));
        }
        other => {
            return Err(error(
                "format",
                format!("not an ascribe session: format is {other:?}, expected {SESSION_FORMAT:?}"),
            ));
        }
    }
    let version = header.version;
    if version == 0 && line_of_field(text, "version").is_none() {
        return Err(error(
            "version",
            "the session has no `version` field".to_string(),
        ));
    }
    if version > u64::from(SESSION_VERSION) {
        return Err(error(
            "version",
            format!(
                "written by a newer ascribe (schema {version}); this build reads up to {SESSION_VERSION}"
            ),
        ));
    }
    if version < u64::from(OLDEST_READABLE_VERSION) {
        return Err(error(
            "version",
            format!(
                "unknown session schema {version}; versions start at {OLDEST_READABLE_VERSION}"
            ),
        ));
    }
    Ok(version as u32)
}

/// A version-1 session (see the module documentation).
#[derive(Debug, Deserialize)]
#[serde(rename = "Session")]
struct SessionV1 {
    #[serde(default)]
    name: String,
    #[serde(default)]
    documents: Vec<DocumentV1>,
    #[serde(default)]
    sources: Vec<SourceV1>,
    #[serde(default)]
    reviews: Vec<ReviewV1>,
}

/// A version-1 document: no `text_hash`.
#[derive(Debug, Deserialize)]
#[serde(rename = "Document")]
struct DocumentV1 {
    path: Option<String>,
    title: String,
    language: Language,
    text: String,
    paragraphs: Vec<Span>,
    statements: Vec<Statement>,
}

/// A version-1 source: the colour is an `(r, g, b)` tuple, there is no `hidden` flag.
#[derive(Debug, Deserialize)]
#[serde(rename = "Source")]
struct SourceV1 {
    id: SourceId,
    name: String,
    kind: SourceKind,
    #[serde(default)]
    aliases: Vec<String>,
    colour: (u8, u8, u8),
}

/// A version-1 reviewer decision (a "review").
#[derive(Debug, Deserialize)]
#[serde(rename = "Review")]
struct ReviewV1 {
    document: usize,
    span: Span,
    text: String,
    verdict: Verdict,
}

/// Version 1 → version 2.
fn migrate_v1(old: SessionV1) -> Session {
    Session {
        format: SESSION_FORMAT.to_string(),
        version: 2,
        name: if old.name.is_empty() {
            "untitled".to_string()
        } else {
            old.name
        },
        documents: old
            .documents
            .into_iter()
            .map(|doc| Document {
                path: doc.path,
                title: doc.title,
                language: doc.language,
                text_hash: content_hash(&doc.text),
                text: doc.text,
                paragraphs: doc.paragraphs,
                statements: doc.statements,
            })
            .collect(),
        sources: SourceRegistry {
            sources: old
                .sources
                .into_iter()
                .map(|source| Source {
                    id: source.id,
                    name: source.name,
                    kind: source.kind,
                    aliases: source.aliases,
                    colour: Colour([source.colour.0, source.colour.1, source.colour.2]),
                    hidden: false,
                })
                .collect(),
        },
        decisions: old
            .reviews
            .into_iter()
            .map(|review| Decision {
                document: review.document,
                span: review.span,
                text: review.text,
                verdict: review.verdict,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(format: Option<&str>, version: Option<u64>) -> Header {
        Header {
            format: format.unwrap_or_default().to_string(),
            version: version.unwrap_or_default(),
        }
    }

    #[test]
    fn header_checks() {
        let text = "(\n    format: \"x\",\n    version: 7,\n)";
        assert_eq!(
            check_header(&header(Some(SESSION_FORMAT), Some(2)), text, "f").unwrap(),
            2
        );
        assert_eq!(
            check_header(&header(Some(SESSION_FORMAT), Some(1)), text, "f").unwrap(),
            1
        );
        let newer = check_header(&header(Some(SESSION_FORMAT), Some(7)), text, "f").unwrap_err();
        assert_eq!(newer.line, Some(3));
        assert!(
            newer.problem.contains("newer ascribe (schema 7)"),
            "{newer}"
        );
        assert!(newer.problem.contains("reads up to 2"), "{newer}");
        let wrong = check_header(&header(Some("x"), Some(2)), text, "f").unwrap_err();
        assert_eq!(wrong.line, Some(2));
        assert!(check_header(&header(None, Some(2)), text, "f").is_err());
        assert!(check_header(&header(Some(SESSION_FORMAT), None), text, "f").is_err());
        assert!(check_header(&header(Some(SESSION_FORMAT), Some(0)), text, "f").is_err());
    }

    #[test]
    fn v1_colours_and_reviews_are_migrated() {
        let text = r##"(
            format: "ascribe-session",
            version: 1,
            name: "old",
            documents: [(path: None, title: "", language: en, text: "Hi.",
                paragraphs: [(start: 0, end: 3)],
                statements: [(id: 0, paragraph: 0, span: (start: 0, end: 3),
                    attribution: (source: None, mention: None, cue: None, confidence: 0.5, rule: "author"))])],
            sources: [(id: "x", name: "X", kind: person, colour: (0, 114, 178))],
            reviews: [(document: 0, span: (start: 0, end: 3), text: "Hi.", verdict: Confirmed)],
        )"##;
        let session = parse_any_version(text, 1, "old.ron").unwrap();
        assert_eq!(session.version, SESSION_VERSION);
        assert_eq!(session.sources.sources[0].colour.to_hex(), "#0072B2");
        assert_eq!(session.documents[0].text_hash, content_hash("Hi."));
        assert_eq!(session.decisions.len(), 1);
    }
}
