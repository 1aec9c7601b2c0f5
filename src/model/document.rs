use serde::{Deserialize, Serialize};

use super::attribution::Attribution;
use super::span::Span;

/// The language of a document, which selects the lexicon.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Polish.
    #[default]
    Pl,
    /// English.
    En,
}

impl Language {
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Pl => "pl",
            Language::En => "en",
        }
    }

    /// Parses an ISO 639-1 code.
    pub fn parse(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "pl" | "polish" => Some(Language::Pl),
            "en" | "english" => Some(Language::En),
            _ => None,
        }
    }
}

/// One piece of a sentence with a single source (or none).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Position in the document's statement list.
    pub id: usize,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
    /// Where it lies in the document's text.
    pub span: Span,
    /// The machine's attribution.
    pub attribution: Attribution,
}

/// An analysed article: its text exactly as decoded, its structure, and its statements.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file it came from, if any.
    pub path: Option<String>,
    /// The article's title ("" when it has none).
    pub title: String,
    /// The language its lexicon was chosen by.
    pub language: Language,
    /// The decoded text; every span points into it.
    pub text: String,
    /// `content_hash(text)` when analysed: tells whether the text was edited since.
    #[serde(default)]
    pub text_hash: u64,
    /// Paragraph spans, in order (headings included; they just own no statements).
    pub paragraphs: Vec<Span>,
    /// Statements in text order; they tile every sentence of the body.
    pub statements: Vec<Statement>,
}

impl Document {
    /// The text of a span of this document.
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// A short display name: the file name, else the title, else "untitled".
    pub fn display_name(&self) -> String {
        if let Some(path) = &self.path
            && let Some(name) = std::path::Path::new(path).file_name()
        {
            return name.to_string_lossy().into_owned();
        }
        if !self.title.is_empty() {
            return self.title.clone();
        }
        "untitled".to_string()
    }

    /// Index of the statement containing byte `offset`.
    pub fn statement_at(&self, offset: usize) -> Option<usize> {
        let index = self
            .statements
            .partition_point(|statement| statement.span.end <= offset);
        (index < self.statements.len() && self.statements[index].span.contains(offset))
            .then_some(index)
    }
}
