//! Sessions whose article text was edited after analysis (by hand, or by another tool): the
//! document is analysed again and the reviewer's decisions are re-anchored by their text, so the
//! statements match the text and no decision is lost.

use crate::analysis::{AnalysisInput, Engine};
use crate::model::{Session, content_hash};

use super::anchor::reanchor_decisions;

/// Re-analyses every document whose text no longer matches its content hash (or whose statements
/// no longer fit its text), then re-anchors the reviewer decisions. Returns what was done, one line
/// per document; empty when nothing needed repair. Reviewer decisions are never dropped.
pub fn repair_changed_documents(session: &mut Session, engine: &Engine) -> Vec<String> {
    let mut notes = Vec::new();
    for index in 0..session.documents.len() {
        let document = &session.documents[index];
        let fits = document.statements.iter().all(|s| {
            s.span.start <= s.span.end
                && s.span.end <= document.text.len()
                && document.text.is_char_boundary(s.span.start)
                && document.text.is_char_boundary(s.span.end)
        });
        if content_hash(&document.text) == document.text_hash && fits {
            continue;
        }
        let input = AnalysisInput {
            path: document.path.clone(),
            text: document.text.clone(),
            title: (!document.title.is_empty()).then(|| document.title.clone()),
            language: document.language,
        };
        let analysis = engine.analyze(&input);
        // Register the new analysis's sources in the session (same names keep their ids and
        // colours), then move its statements into the edited document.
        let added = session.add_document(analysis.document, &analysis.sources);
        let fresh = session.documents.remove(added);
        let document = &mut session.documents[index];
        document.paragraphs = fresh.paragraphs;
        document.statements = fresh.statements;
        document.text_hash = fresh.text_hash;
        notes.push(format!(
            "{}: the text changed since it was analysed; it was analysed again",
            document.display_name()
        ));
    }
    if !notes.is_empty() {
        notes.extend(reanchor_decisions(session));
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Verdict;

    fn session_of(text: &str) -> Session {
        let engine = Engine::builtin();
        let analysis = engine.analyze(&AnalysisInput {
            text: text.to_string(),
            ..AnalysisInput::default()
        });
        let mut session = Session::named("t");
        session.add_document(analysis.document, &analysis.sources);
        session
    }

    #[test]
    fn edited_text_is_reanalysed_and_decisions_follow_their_text() {
        let mut session =
            session_of("NATO potwierdziło, że ćwiczenia się odbędą. Pogoda była ładna.");
        let last = session.documents[0].statements.len() - 1;
        session.decide(0, last, Verdict::Confirmed);
        session.documents[0].text = format!("Wstęp od redakcji. {}", session.documents[0].text);
        let notes = repair_changed_documents(&mut session, &Engine::builtin());
        assert!(notes[0].contains("analysed again"), "{notes:?}");
        let document = &session.documents[0];
        assert_eq!(content_hash(&document.text), document.text_hash);
        assert!(
            document
                .statements
                .iter()
                .all(|s| document.text.is_char_boundary(s.span.end))
        );
        assert_eq!(session.decisions.len(), 1);
        let decision = &session.decisions[0];
        assert_eq!(document.slice(decision.span), "Pogoda była ładna.");
    }

    #[test]
    fn an_unchanged_session_is_left_alone() {
        let mut session = session_of("NATO potwierdziło, że ćwiczenia się odbędą.");
        let before = session.clone();
        assert!(repair_changed_documents(&mut session, &Engine::builtin()).is_empty());
        assert_eq!(session, before);
    }
}
