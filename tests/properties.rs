//! Properties of the engine, sessions and ingest on arbitrary input (proptest).
//!
//! For any text in either language the analysis is well formed — statements sorted, disjoint, on
//! char boundaries, inside their paragraph and tiling every non-heading paragraph — and
//! deterministic; an analysed session survives RON; ingest never panics on any bytes.

use std::sync::OnceLock;

use ascribe::analysis::{Analysis, AnalysisInput, Engine};
use ascribe::ingest;
use ascribe::model::{Document, Language, Session, Span};
use ascribe::session;
use proptest::prelude::*;
use proptest::sample::select;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::builtin)
}

/// Pieces of news text that exercise the engine: reporting verbs and prepositional cues in both
/// languages, names, abbreviations, every kind of quotation mark and dash, sentence ends, line
/// ends of every platform, and characters from outside the Latin script.
const FRAGMENTS: &[&str] = &[
    "NATO",
    "potwierdziło",
    "powiedział",
    "powiedziała",
    "dodał",
    "według",
    "Według",
    "analityczki",
    "Oleny Guseinowej",
    "Olena Guseinowa",
    "Putin",
    "zdaniem",
    "ocenił",
    "że",
    "Źródło zbliżone do rządu",
    "prof.",
    "dr.",
    "m.in.",
    "tys.",
    "proc.",
    "1,5",
    "4,3",
    "R.",
    "Zażółć gęślą jaźń",
    "ŻÓŁW",
    "said",
    "says",
    "told",
    "according to",
    "According to",
    "Reuters",
    "The New York Times",
    "officials",
    "who declined to be named",
    "U.S.",
    "Mr.",
    "he",
    "she",
    "it",
    "citing",
    "„",
    "”",
    "\"",
    "«",
    "»",
    "“",
    "‘",
    "’",
    "'",
    "–",
    "—",
    "-",
    " – ",
    ".",
    ". ",
    "...",
    "…",
    "!",
    "?",
    ",",
    ":",
    ";",
    "(",
    ")",
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\u{0}",
    "\u{feff}",
    "\u{a0}",
    "\u{200b}",
    "\u{301}",
    "😀",
    "👩‍👩‍👧",
    "🇵🇱",
    "שלום",
    "مرحبا",
    "\u{202e}",
    "漢字",
];

/// Text built from fragments, mixed with arbitrary characters.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ]{1,8}",
    ];
    prop::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => article_text(),
        1 => any::<String>(),
    ]
}

fn language() -> impl Strategy<Value = Language> {
    prop_oneof![Just(Language::Pl), Just(Language::En)]
}

fn analyze(text: &str, language: Language, title: Option<String>) -> Analysis {
    engine().analyze(&AnalysisInput {
        path: Some("prop.txt".to_string()),
        text: text.to_string(),
        title,
        language,
    })
}

/// Characters the engine treats as separators between tokens (`analysis::text::tokenize`):
/// Unicode whitespace, NUL and the byte-order mark.
/// Characters that may lie between statements: spaces, NUL, and the invisible characters the
/// canonical view drops (a statement starts at its first visible character).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '\0' || ascribe::analysis::canonical::INVISIBLE.contains(&c)
}

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Every structural invariant of an analysis; `Err` names the first one broken.
fn check_analysis(analysis: &Analysis) -> Result<(), String> {
    let doc: &Document = &analysis.document;
    let text = doc.text.as_str();

    // Paragraphs: sorted, disjoint, non-empty, on char boundaries.
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if !on_boundaries(text, *p) || p.is_empty() {
            return Err(format!(
                "paragraph {i} {p:?} is empty or off char boundaries"
            ));
        }
        if i > 0 && doc.paragraphs[i - 1].end > p.start {
            return Err(format!(
                "paragraphs {} and {i} overlap or are unsorted",
                i - 1
            ));
        }
    }

    let mut covered = vec![false; text.len()];
    let mut has_statement = vec![false; doc.paragraphs.len()];
    for (i, st) in doc.statements.iter().enumerate() {
        let span = st.span;
        if st.id != i {
            return Err(format!("statement {i} has id {}", st.id));
        }
        if !on_boundaries(text, span) || span.is_empty() {
            return Err(format!(
                "statement {i} {span:?} is empty or off char boundaries"
            ));
        }
        if i > 0 && doc.statements[i - 1].span.end > span.start {
            return Err(format!(
                "statements {} and {i} overlap or are unsorted",
                i - 1
            ));
        }
        let Some(paragraph) = doc.paragraphs.get(st.paragraph) else {
            return Err(format!(
                "statement {i} names paragraph {} of {}",
                st.paragraph,
                doc.paragraphs.len()
            ));
        };
        if span.start < paragraph.start || span.end > paragraph.end {
            return Err(format!(
                "statement {i} {span:?} is not inside its paragraph {paragraph:?}"
            ));
        }
        has_statement[st.paragraph] = true;
        covered[span.start..span.end].fill(true);

        let attribution = &st.attribution;
        for (what, extra) in [("mention", attribution.mention), ("cue", attribution.cue)] {
            if let Some(extra) = extra
                && !on_boundaries(text, extra)
            {
                return Err(format!(
                    "statement {i}: {what} {extra:?} is off char boundaries"
                ));
            }
        }
        if !(0.0..=1.0).contains(&attribution.confidence) {
            return Err(format!(
                "statement {i}: confidence {}",
                attribution.confidence
            ));
        }
        for id in attribution.source.iter().chain(&attribution.via) {
            if !analysis.sources.iter().any(|s| &s.id == id) {
                return Err(format!("statement {i}: unknown source {id}"));
            }
        }
        if attribution.source.is_some()
            && attribution
                .via
                .contains(attribution.source.as_ref().unwrap())
        {
            return Err(format!("statement {i}: the source is its own chain"));
        }
    }

    // Tiling: in every paragraph that has statements (the others are headings), each character
    // not covered by a statement is a separator.
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        if !has_statement[pi] {
            continue;
        }
        for (offset, c) in text[p.start..p.end].char_indices() {
            let at = p.start + offset;
            if !covered[at] && !is_separator(c) {
                return Err(format!(
                    "paragraph {pi}: {c:?} at byte {at} belongs to no statement"
                ));
            }
        }
    }
    Ok(())
}

/// 64 cases per property (fast enough for CI); `PROPTEST_CASES=N` for a longer soak.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn analysis_is_well_formed(text in any_text(), language in language()) {
        let analysis = analyze(&text, language, None);
        prop_assert_eq!(&analysis.document.text, &text);
        if let Err(problem) = check_analysis(&analysis) {
            return Err(TestCaseError::fail(format!("{problem}\ntext: {text:?}\nlanguage: {language:?}")));
        }
    }

    #[test]
    fn analysis_with_a_title_hint_is_well_formed(
        title in article_text(),
        body in article_text(),
        language in language(),
    ) {
        let text = format!("{title}\n\n{body}");
        let analysis = analyze(&text, language, Some(title.clone()));
        if let Err(problem) = check_analysis(&analysis) {
            return Err(TestCaseError::fail(format!("{problem}\ntext: {text:?}\nlanguage: {language:?}")));
        }
    }

    #[test]
    fn analysis_is_deterministic(text in any_text(), language in language()) {
        let first = analyze(&text, language, None);
        let second = analyze(&text, language, None);
        prop_assert_eq!(&first.document, &second.document);
        prop_assert_eq!(&first.sources, &second.sources);
        // A fresh engine gives the same answer as a long-lived one.
        let fresh = Engine::builtin().analyze(&AnalysisInput {
            path: Some("prop.txt".to_string()),
            text: text.clone(),
            title: None,
            language,
        });
        prop_assert_eq!(&first.document, &fresh.document);
        prop_assert_eq!(&first.sources, &fresh.sources);
    }

    #[test]
    fn analysed_sessions_round_trip_through_ron(
        texts in prop::collection::vec((any_text(), language()), 1..3),
        name in any::<String>(),
    ) {
        let mut session = Session::named(&name);
        for (text, language) in &texts {
            let analysis = analyze(text, *language, None);
            session.add_document(analysis.document, &analysis.sources);
        }
        let ron = session::to_ron(&session);
        let back = session::from_ron(&ron, "prop.ron")
            .map_err(|e| TestCaseError::fail(format!("{e}\nron:\n{ron}")))?;
        prop_assert_eq!(&back, &session, "ron:\n{}", ron);
        // A fresh analysis has nothing to warn about.
        let report = session::from_ron_with_report(&ron, "prop.ron")
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        prop_assert_eq!(&report.session, &session);
    }

    #[test]
    fn ingest_never_panics(
        bytes in prop_oneof![
            3 => prop::collection::vec(any::<u8>(), 0..2048),
            2 => any_text().prop_map(String::into_bytes),
            2 => html_bytes(),
        ],
        name in select(&["a.txt", "a.md", "a.html", "a.HTM", "page.php", "noextension", ""][..]),
    ) {
        if let Ok(ingested) = ingest::from_bytes(&bytes, name) {
            prop_assert!(!ingested.text.trim().is_empty());
            // Whatever ingest accepts, the engine analyses into a well-formed document.
            let analysis = engine().analyze(&ingested.into_input(None));
            if let Err(problem) = check_analysis(&analysis) {
                return Err(TestCaseError::fail(format!("{problem}\nbytes: {bytes:?}")));
            }
        }
    }
}

/// Byte soup with HTML structure: tags, entities, charsets, scripts, comments.
fn html_bytes() -> impl Strategy<Value = Vec<u8>> {
    const TAGS: &[&str] = &[
        "<!doctype html>",
        "<html>",
        "<head>",
        "<meta charset=\"iso-8859-2\">",
        "<meta charset=utf-16>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">",
        "<title>",
        "</title>",
        "<body>",
        "<article>",
        "<p>",
        "</p>",
        "<h1>",
        "</h1>",
        "<br>",
        "<div class=x>",
        "</div>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&amp;",
        "&nbsp;",
        "&#0;",
        "&#x1F600;",
        "&bogus;",
        "<",
        ">",
        "\u{feff}",
        "\r\n",
    ];
    let piece = prop_oneof![
        3 => select(TAGS).prop_map(|t| t.as_bytes().to_vec()),
        3 => select(FRAGMENTS).prop_map(|t| t.as_bytes().to_vec()),
        1 => prop::collection::vec(any::<u8>(), 0..4),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

/// Known texts keep the invariants too (and exercise real attributions, not just soup).
#[test]
fn bundled_sample_is_well_formed() {
    let analysis = analyze(ascribe::SAMPLE_ARTICLE, Language::Pl, None);
    assert!(analysis.document.statements.len() > 10);
    assert!(!analysis.sources.is_empty());
    check_analysis(&analysis).unwrap();
    let crlf = ascribe::SAMPLE_ARTICLE.replace('\n', "\r\n");
    check_analysis(&analyze(&crlf, Language::Pl, None)).unwrap();
    check_analysis(&analyze(ascribe::SAMPLE_ARTICLE, Language::En, None)).unwrap();
}

/// Found by `analysis_with_a_title_hint_is_well_formed`: a zero-width space before a statement
/// stays outside it (the statement starts at its first visible character) and is no gap.
#[test]
fn invisible_characters_between_statements_are_separators() {
    let title = "Tytu\u{200b}ł";
    let text = format!("{title}\n\n\u{200b}Nowak powiedział, że pada.\u{200b} Jutro też.");
    let analysis = analyze(&text, Language::Pl, Some(title.to_string()));
    check_analysis(&analysis).unwrap();
}
