//! Answers to a reader's questions about a session, computed from the effective attributions
//! (reviewer decisions applied): every quote of a source ([`quotes`]), the figures of the text
//! ([`figures`]), the claims nobody accountable stands behind ([`unsourced`]) and how the
//! articles compare ([`comparison`]). Shared by the GUI's views and the reports; no egui here.

pub mod comparison;
pub mod figures;
pub mod lexicon;
pub mod quotes;
pub mod tokens;
pub mod unsourced;

use crate::model::{Session, SourceId};

pub use comparison::{Comparison, compare};
pub use figures::{Figure, FigureValue, find_figures};
pub use unsourced::{Claim, Reason, unsourced_claims};

/// A figure of a session: the document and statement it sits in and that statement's source.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionFigure {
    /// Document index.
    pub document: usize,
    /// Statement index in the document.
    pub statement: usize,
    /// The figure (its span points into the document's text).
    pub figure: Figure,
    /// The statement's effective source (`None`: the author's own voice).
    pub source: Option<SourceId>,
}

/// The figures of document `document`, in text order, with their statements' effective sources.
pub fn document_figures(session: &Session, document: usize) -> Vec<SessionFigure> {
    let Some(doc) = session.documents.get(document) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (index, statement) in doc.statements.iter().enumerate() {
        let text = doc.slice(statement.span);
        let source = session.effective(document, index).and_then(|e| e.source);
        for mut figure in find_figures(text, doc.language) {
            figure.span = crate::model::Span::new(
                figure.span.start + statement.span.start,
                figure.span.end + statement.span.start,
            );
            out.push(SessionFigure {
                document,
                statement: index,
                figure,
                source: source.clone(),
            });
        }
    }
    out
}

/// The figures of every document of the session.
pub fn session_figures(session: &Session) -> Vec<SessionFigure> {
    (0..session.documents.len())
        .flat_map(|d| document_figures(session, d))
        .collect()
}

/// Everything the insight views show, computed once per change of the session.
#[derive(Clone, Debug, Default)]
pub struct SessionInsights {
    /// Every figure, document by document.
    pub figures: Vec<SessionFigure>,
    /// Unsourced claims, ranked.
    pub unsourced: Vec<Claim>,
    /// The comparison of the articles.
    pub comparison: Comparison,
}

impl SessionInsights {
    /// Computes everything for `session`.
    pub fn of(session: &Session) -> SessionInsights {
        SessionInsights {
            figures: session_figures(session),
            unsourced: unsourced_claims(session),
            comparison: compare(session),
        }
    }
}

#[cfg(test)]
mod fixture;
