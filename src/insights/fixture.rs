//! Hand-made sessions for the insight tests.

use crate::model::{
    Attribution, Colour, Document, Language, Session, Source, SourceId, SourceKind, Span,
    Statement, content_hash,
};

/// A document of one statement per `(sentence, source id, rule)`, one paragraph each.
pub fn document(path: &str, language: Language, parts: &[(&str, Option<&str>, &str)]) -> Document {
    let mut text = String::new();
    let mut statements = Vec::new();
    let mut paragraphs = Vec::new();
    for (index, (sentence, source, rule)) in parts.iter().enumerate() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let span = Span::new(text.len(), text.len() + sentence.len());
        text.push_str(sentence);
        paragraphs.push(span);
        statements.push(Statement {
            id: index,
            paragraph: index,
            span,
            attribution: Attribution {
                source: source.map(SourceId::from),
                mention: None,
                cue: None,
                via: Vec::new(),
                confidence: 0.9,
                rule: rule.to_string(),
            },
        });
    }
    Document {
        path: Some(path.to_string()),
        title: format!("Title of {path}"),
        language,
        text_hash: content_hash(&text),
        text,
        paragraphs,
        statements,
    }
}

/// A source with this id, name and kind.
pub fn source(id: &str, name: &str, kind: SourceKind, n: usize) -> Source {
    Source {
        id: SourceId::from(id),
        name: name.to_string(),
        kind,
        aliases: Vec::new(),
        colour: Colour::palette(n),
        hidden: false,
    }
}

/// A session of these documents over these sources.
pub fn session(documents: Vec<Document>, sources: &[Source]) -> Session {
    let mut session = Session::named("insights");
    for document in documents {
        session.add_document(document, sources);
    }
    session
}
