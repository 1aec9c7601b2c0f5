//! Text → attributed statements. Pure: same input, same output, no I/O.

use crate::model::{Attribution, Document, Language, Source, Span, Statement, content_hash};

/// What the engine needs to analyse one article.
#[derive(Clone, Debug, Default)]
pub struct AnalysisInput {
    /// The file it came from, if any (copied into the document).
    pub path: Option<String>,
    /// The decoded text, exactly as it will be shown; every offset points into it.
    pub text: String,
    /// The title when the ingest step knows it (HTML `<title>`/`<h1>`); it is the text's first paragraph.
    pub title: Option<String>,
    /// The language whose lexicon to use.
    pub language: Language,
}

/// The result of analysing one article: the document and the sources its statements refer to.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// The analysed document.
    pub document: Document,
    /// The sources the document's statements refer to, in order of first appearance.
    pub sources: Vec<Source>,
}

/// The attribution engine with its lexicons loaded.
#[derive(Clone, Debug, Default)]
pub struct Engine {}

impl Engine {
    /// The engine with the lexicons and gazetteer bundled in `assets/`.
    pub fn builtin() -> Engine {
        Engine {}
    }

    /// Analyses one article. (Placeholder: one author-voice statement per paragraph.)
    pub fn analyze(&self, input: &AnalysisInput) -> Analysis {
        let text = input.text.clone();
        let mut paragraphs = Vec::new();
        let mut statements = Vec::new();
        let mut offset = 0;
        for part in text.split("\n\n") {
            let start = offset + (part.len() - part.trim_start().len());
            let end = offset + part.trim_end().len();
            offset += part.len() + 2;
            if start >= end {
                continue;
            }
            let span = Span::new(start, end);
            statements.push(Statement {
                id: statements.len(),
                paragraph: paragraphs.len(),
                span,
                attribution: Attribution {
                    rule: "author".into(),
                    confidence: 0.5,
                    ..Attribution::default()
                },
            });
            paragraphs.push(span);
        }
        Analysis {
            document: Document {
                path: input.path.clone(),
                title: input.title.clone().unwrap_or_default(),
                language: input.language,
                text_hash: content_hash(&text),
                text,
                paragraphs,
                statements,
            },
            sources: Vec::new(),
        }
    }
}
