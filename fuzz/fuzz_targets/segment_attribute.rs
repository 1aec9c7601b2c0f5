//! `Engine::analyze` on arbitrary UTF-8, in both languages: never panics, and the analysis is
//! well formed (paragraphs and statements sorted, disjoint, on char boundaries; every statement
//! inside its paragraph; evidence spans on char boundaries; sources known; non-heading
//! paragraphs tiled by statements up to separators).
#![no_main]

use std::sync::OnceLock;

use ascribe::analysis::{Analysis, AnalysisInput, Engine};
use ascribe::model::{Language, Span};
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::builtin)
}

fn fits(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

fn check(analysis: &Analysis) {
    let doc = &analysis.document;
    let text = doc.text.as_str();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        assert!(fits(text, *p) && !p.is_empty(), "paragraph {i} {p:?}");
        assert!(
            i == 0 || doc.paragraphs[i - 1].end <= p.start,
            "paragraph {i} order"
        );
    }
    let mut covered = vec![false; text.len()];
    let mut owns = vec![false; doc.paragraphs.len()];
    for (i, st) in doc.statements.iter().enumerate() {
        assert_eq!(st.id, i);
        assert!(
            fits(text, st.span) && !st.span.is_empty(),
            "statement {i} {:?}",
            st.span
        );
        assert!(
            i == 0 || doc.statements[i - 1].span.end <= st.span.start,
            "statement {i} order"
        );
        let p = doc.paragraphs[st.paragraph];
        assert!(
            p.start <= st.span.start && st.span.end <= p.end,
            "statement {i} outside {p:?}"
        );
        owns[st.paragraph] = true;
        covered[st.span.start..st.span.end].fill(true);
        let a = &st.attribution;
        for span in [a.mention, a.cue].into_iter().flatten() {
            assert!(fits(text, span), "statement {i}: evidence {span:?}");
        }
        assert!(
            (0.0..=1.0).contains(&a.confidence),
            "confidence {}",
            a.confidence
        );
        for id in a.source.iter().chain(&a.via) {
            assert!(
                analysis.sources.iter().any(|s| &s.id == id),
                "unknown source {id}"
            );
        }
    }
    for (pi, p) in doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(pi, _)| owns[*pi])
    {
        for (offset, c) in text[p.start..p.end].char_indices() {
            let separator = c.is_whitespace() || c == '\0' || c == '\u{feff}';
            assert!(
                covered[p.start + offset] || separator,
                "paragraph {pi}: {c:?} at {} belongs to no statement",
                p.start + offset
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for language in [Language::Pl, Language::En] {
        let analysis = engine().analyze(&AnalysisInput {
            path: None,
            text: text.to_string(),
            title: None,
            language,
        });
        check(&analysis);
    }
});
