//! Quotes by source: every statement of a source across the session's articles, in order, and
//! a citation of one (`„…” — Name, Article title`; English articles use “…”).

use crate::model::{Language, Session, SourceId};

/// One statement of a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Document index.
    pub document: usize,
    /// Statement index in the document.
    pub statement: usize,
    /// Paragraph index in the document.
    pub paragraph: usize,
}

/// Every statement whose effective source is `source` (`None`: the author's own voice), in
/// document and text order.
pub fn quotes_of(session: &Session, source: Option<&SourceId>) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for (document, doc) in session.documents.iter().enumerate() {
        for (index, statement) in doc.statements.iter().enumerate() {
            let effective = session.effective(document, index);
            if effective.as_ref().and_then(|e| e.source.as_ref()) == source {
                quotes.push(Quote {
                    document,
                    statement: index,
                    paragraph: statement.paragraph,
                });
            }
        }
    }
    quotes
}

/// The words to cite: the quotation inside a statement when it has one (`„…” – powiedziała`),
/// else its whole text, on one line, without quotation marks or dashes at the ends.
fn bare(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let quoted = flat.find(['„', '“', '"', '«']).and_then(|open| {
        let inner_start = open + flat[open..].chars().next()?.len_utf8();
        let close = flat[inner_start..].find(['”', '“', '"', '»'])? + inner_start;
        let inner = flat[inner_start..close].trim();
        (!inner.is_empty()).then(|| inner.to_string())
    });
    let flat = quoted.unwrap_or(flat);
    flat.trim_matches(|c: char| {
        matches!(
            c,
            '„' | '”' | '“' | '"' | '«' | '»' | '‘' | '’' | '\'' | '–' | '—' | '-'
        ) || c.is_whitespace()
    })
    .to_string()
}

/// The article's title for a citation: its title, else its display name.
pub fn article_title(session: &Session, document: usize) -> String {
    session
        .documents
        .get(document)
        .map_or_else(String::new, |doc| {
            if doc.title.trim().is_empty() {
                doc.display_name()
            } else {
                doc.title.trim().to_string()
            }
        })
}

/// The citation of a statement: `„text” — Source, Article title` (“text” in English articles);
/// the author's own statements are cited as "Author".
pub fn citation(session: &Session, document: usize, statement: usize) -> Option<String> {
    let doc = session.documents.get(document)?;
    let st = doc.statements.get(statement)?;
    let source = session.effective(document, statement)?.source;
    let name = match &source {
        Some(id) => session
            .sources
            .get(id)
            .map_or_else(|| id.to_string(), |s| s.name.clone()),
        None => "Author".to_string(),
    };
    let (open, close) = match doc.language {
        Language::Pl => ('„', '”'),
        Language::En => ('“', '”'),
    };
    let text = bare(doc.slice(st.span));
    Some(format!(
        "{open}{text}{close} — {name}, {}",
        article_title(session, document)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::fixture::{document, session, source};
    use crate::model::{SourceKind, Verdict};

    fn sample() -> Session {
        let a = document(
            "a.txt",
            Language::Pl,
            &[
                (
                    "„Nie zgadzamy się” – powiedziała Nowak.",
                    Some("nowak"),
                    "quote-tag",
                ),
                ("Rząd milczy.", None, "author"),
            ],
        );
        let b = document(
            "b.txt",
            Language::En,
            &[("Nowak said the talks failed.", Some("nowak"), "verb-that")],
        );
        session(
            vec![a, b],
            &[source("nowak", "Anna Nowak", SourceKind::Person, 0)],
        )
    }

    #[test]
    fn quotes_follow_the_effective_source_across_articles() {
        let mut session = sample();
        let nowak = SourceId::from("nowak");
        let found = quotes_of(&session, Some(&nowak));
        assert_eq!(
            found
                .iter()
                .map(|q| (q.document, q.statement))
                .collect::<Vec<_>>(),
            vec![(0, 0), (1, 0)]
        );
        session.decide(
            0,
            1,
            Verdict::Assigned {
                source: Some(nowak.clone()),
                via: vec![],
            },
        );
        assert_eq!(quotes_of(&session, Some(&nowak)).len(), 3);
        assert!(quotes_of(&session, None).is_empty());
    }

    #[test]
    fn citations_use_the_languages_quotation_marks() {
        let session = sample();
        assert_eq!(
            citation(&session, 0, 0).unwrap(),
            "„Nie zgadzamy się” — Anna Nowak, Title of a.txt"
        );
        assert_eq!(
            citation(&session, 1, 0).unwrap(),
            "“Nowak said the talks failed.” — Anna Nowak, Title of b.txt"
        );
        assert_eq!(
            citation(&session, 0, 1).unwrap(),
            "„Rząd milczy.” — Author, Title of a.txt"
        );
        assert!(citation(&session, 5, 0).is_none());
    }
}
