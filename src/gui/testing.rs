//! Small hand-made sessions for the GUI's unit tests.

use crate::model::{
    Attribution, Document, Language, Session, Source, SourceId, SourceKind, Span, Statement,
    content_hash,
};

/// One document of two paragraphs and four statements: Alpha (0), Beta (1), the author (2),
/// Alpha again with low confidence (3); sources Alpha and Beta.
pub fn two_source_session() -> Session {
    let parts: [(&str, Option<&str>, f32, usize); 4] = [
        ("Alpha says the sky is green.", Some("alpha"), 0.9, 0),
        ("Beta reports rain tomorrow.", Some("beta"), 0.8, 0),
        ("The author thinks otherwise.", None, 0.5, 1),
        ("Alpha may have said more.", Some("alpha"), 0.4, 1),
    ];
    let mut text = String::new();
    let mut statements = Vec::new();
    let mut paragraphs: Vec<Span> = Vec::new();
    for (index, (sentence, source, confidence, paragraph)) in parts.into_iter().enumerate() {
        if paragraph == paragraphs.len() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            paragraphs.push(Span::new(text.len(), text.len()));
        } else {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(sentence);
        let span = Span::new(start, text.len());
        paragraphs[paragraph].end = span.end;
        let name_len = sentence.find(' ').unwrap_or(0);
        statements.push(Statement {
            id: index,
            paragraph,
            span,
            attribution: Attribution {
                source: source.map(SourceId::from),
                mention: source.map(|_| Span::new(start, start + name_len)),
                cue: source.map(|_| Span::new(start + name_len + 1, start + name_len + 5)),
                via: Vec::new(),
                confidence,
                rule: if source.is_some() {
                    "verb-that"
                } else {
                    "author"
                }
                .to_string(),
            },
        });
    }
    let document = Document {
        path: Some("test.txt".to_string()),
        title: String::new(),
        language: Language::En,
        text_hash: content_hash(&text),
        text,
        paragraphs,
        statements,
    };
    let sources = vec![
        Source {
            id: SourceId::from("alpha"),
            name: "Alpha".to_string(),
            kind: SourceKind::Organization,
            aliases: Vec::new(),
            colour: crate::model::Colour::palette(0),
            hidden: false,
        },
        Source {
            id: SourceId::from("beta"),
            name: "Beta".to_string(),
            kind: SourceKind::Media,
            aliases: Vec::new(),
            colour: crate::model::Colour::palette(1),
            hidden: false,
        },
    ];
    let mut session = Session::named("test");
    session.add_document(document, &sources);
    session
}
