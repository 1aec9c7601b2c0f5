//! Session files: round trips, atomic saves, errors with line numbers, versions and migrations,
//! edited texts and re-anchoring, bounds, and crash recovery.

use std::fs;
use std::path::{Path, PathBuf};

use ascribe::model::{
    Attribution, Colour, Decision, Document, Language, SESSION_VERSION, Session, Source, SourceId,
    SourceKind, Span, Statement, Verdict, content_hash,
};
use ascribe::session::{self, MAX_SESSION_BYTES};

fn span(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

/// Builds a document whose statements are the given (start, end, source) triples.
fn document(
    path: Option<&str>,
    title: &str,
    language: Language,
    text: &str,
    paragraphs: &[(usize, usize)],
    statements: &[(usize, usize, Option<&str>)],
) -> Document {
    let paragraphs: Vec<Span> = paragraphs.iter().map(|&(s, e)| span(s, e)).collect();
    // The statement's first word is the mention, its second the cue.
    let words = |start: usize, end: usize| -> (Span, Span) {
        let mut bounds = text[start..end].split_whitespace().map(|word| {
            let at = word.as_ptr() as usize - text.as_ptr() as usize;
            span(at, at + word.len())
        });
        (bounds.next().unwrap(), bounds.next().unwrap())
    };
    Document {
        path: path.map(str::to_string),
        title: title.to_string(),
        language,
        text: text.to_string(),
        text_hash: content_hash(text),
        statements: statements
            .iter()
            .enumerate()
            .map(|(id, &(start, end, source))| Statement {
                id,
                paragraph: paragraphs
                    .iter()
                    .position(|p| p.start <= start && end <= p.end)
                    .unwrap_or(0),
                span: span(start, end),
                attribution: Attribution {
                    source: source.map(SourceId::from),
                    mention: source.map(|_| words(start, end).0),
                    cue: source.map(|_| words(start, end).1),
                    via: Vec::new(),
                    confidence: if source.is_some() { 0.93 } else { 0.5 },
                    rule: if source.is_some() {
                        "verb-that"
                    } else {
                        "author"
                    }
                    .to_string(),
                },
            })
            .collect(),
        paragraphs,
    }
}

fn source(id: &str, name: &str, kind: SourceKind, colour: usize, hidden: bool) -> Source {
    Source {
        id: SourceId::from(id),
        name: name.to_string(),
        kind,
        aliases: vec![name.to_string(), format!("{name}-alias")],
        colour: Colour::palette(colour),
        hidden,
    }
}

const PL: &str = "NATO potwierdziło, że żołnierze przybyli.\n\nWedług \"The New York Times\" \
                  to eskalacja. Zażółć gęślą jaźń.";
const EN: &str = "Officials said: \"it's done\" \\ r#\"raw\"# and\ttabs.\r\nSecond line, é ü 😀.";

/// A session with two documents, several sources (one hidden, one with a chain) and both kinds
/// of decisions.
fn sample_session() -> Session {
    let mut session = Session::named("Przegląd „prasy” \"2024\"");
    let pl_first = PL.find("\n\n").unwrap();
    let pl_second = PL.find("Według").unwrap();
    let pl_third = PL.find("Zażółć").unwrap();
    let mut pl = document(
        Some("/tmp/articles/seed_pl.txt"),
        "NATO i Korea",
        Language::Pl,
        PL,
        &[(0, pl_first), (pl_second, PL.len())],
        &[
            (0, pl_first, Some("nato")),
            (pl_second, pl_third - 1, Some("nyt")),
            (pl_third, PL.len(), None),
        ],
    );
    pl.statements[1].attribution.via = vec![SourceId::from("officials")];
    let en_break = EN.find("\r\n").unwrap();
    let en = document(
        None,
        "",
        Language::En,
        EN,
        &[(0, EN.len())],
        &[
            (0, en_break, Some("officials")),
            (en_break + 2, EN.len(), None),
        ],
    );
    session.add_document(pl, &[]);
    session.add_document(en, &[]);
    session.sources.sources = vec![
        source("nato", "NATO", SourceKind::Organization, 0, false),
        source("nyt", "The New York Times", SourceKind::Media, 1, false),
        source(
            "officials",
            "urzędnicy <b>\"x\"</b>",
            SourceKind::Anonymous,
            2,
            true,
        ),
    ];
    session.decide(0, 0, Verdict::Confirmed);
    session.decide(
        0,
        2,
        Verdict::Assigned {
            source: Some(SourceId::from("nato")),
            via: vec![SourceId::from("nyt")],
        },
    );
    session.decide(
        1,
        0,
        Verdict::Assigned {
            source: None,
            via: Vec::new(),
        },
    );
    session
}

/// The lines of `text` (1-based) containing `needle`.
fn lines_with(text: &str, needle: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.contains(needle))
        .map(|(i, _)| i + 1)
        .collect()
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Writes `text`, loads it expecting an error, and checks the file was not touched.
fn load_error(dir: &Path, name: &str, text: &str) -> session::SessionError {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let error = session::load(&path).expect_err("the file should be refused");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "loading changed the file"
    );
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
    assert_eq!(file_names(dir), vec![name.to_string()]);
    assert!(
        error.to_string().starts_with(&path.display().to_string()),
        "{error}"
    );
    error
}

#[test]
fn round_trip_keeps_every_field_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.session.ron");
    let original = sample_session();
    assert_eq!(original.decisions.len(), 3);
    session::save(&path, &original).unwrap();
    let report = session::load_with_report(&path).unwrap();
    assert_eq!(report.warnings, Vec::<String>::new());
    assert_eq!(report.session, original);
    // And through text, without a file.
    let text = session::to_ron(&original);
    assert_eq!(session::from_ron(&text, "mem").unwrap(), original);
    // Saving what was loaded gives the same bytes.
    let again = dir.path().join("again.ron");
    session::save(&again, &report.session).unwrap();
    assert_eq!(fs::read(&path).unwrap(), fs::read(&again).unwrap());
}

#[test]
fn the_file_is_readable_ron_with_a_header() {
    let text = session::to_ron(&sample_session());
    let lines: Vec<&str> = text.lines().take(3).collect();
    assert_eq!(
        lines,
        ["(", "    format: \"ascribe-session\",", "    version: 2,"]
    );
    assert!(text.contains("colour: \"#0072B2\""), "{text}");
    assert!(text.contains("hidden: true"));
    // The article keeps its line breaks: the text is readable and editable in place.
    assert!(text.contains("żołnierze przybyli.\n\nWedług"), "{text}");
    assert!(text.contains("verdict: Confirmed"));
    assert!(text.ends_with(")\n"));
}

#[test]
fn saving_is_atomic_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let mut session = sample_session();
    session::save(&path, &session).unwrap();
    session.name = "second".into();
    session::save(&path, &session).unwrap();
    assert_eq!(file_names(dir.path()), vec!["s.ron".to_string()]);
    assert_eq!(session::load(&path).unwrap().name, "second");
}

#[cfg(unix)]
#[test]
fn a_failed_save_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    let session = sample_session();
    session::save(&path, &session).unwrap();
    let before = fs::read(&path).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    // Root (and some CI sandboxes) can write into read-only folders: nothing to test there.
    let privileged = fs::write(dir.path().join("probe"), b"x").is_ok();
    if !privileged {
        let mut changed = session.clone();
        changed.name = "changed".into();
        let error = session::save(&path, &changed).expect_err("the folder is read-only");
        assert!(error.problem.contains("cannot save"), "{error}");
        assert_eq!(fs::read(&path).unwrap(), before);
        assert_eq!(file_names(dir.path()), vec!["s.ron".to_string()]);
    } else {
        eprintln!("skipped: running with privileges that ignore folder permissions");
    }
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_truncated_file_is_refused_with_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = session::to_ron(&sample_session());
    let cut = &text[..text.len() * 2 / 3];
    let cut = &cut[..cut.char_indices().last().unwrap().0];
    let error = load_error(dir.path(), "cut.ron", cut);
    let last_line = cut.lines().count();
    assert!(
        error.line.is_some_and(|line| line + 1 >= last_line),
        "{error}"
    );
}

#[test]
fn a_corrupt_file_is_refused_with_the_right_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = session::to_ron(&sample_session());
    let target = lines_with(&text, "kind: media")[0];
    let corrupt: String = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            if i + 1 == target {
                format!("{line} ]]garbage[[\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    let error = load_error(dir.path(), "corrupt.ron", &corrupt);
    assert_eq!(error.line, Some(target), "{error}");
}

#[test]
fn a_hand_edited_bad_colour_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = session::to_ron(&sample_session());
    let edited = text.replacen("\"#E69F00\"", "\"#E69F0Z\"", 1);
    assert_ne!(edited, text);
    let expected = lines_with(&edited, "#E69F0Z")[0];
    let error = load_error(dir.path(), "colour.ron", &edited);
    assert_eq!(error.line, Some(expected), "{error}");
    assert!(error.problem.contains("#E69F0Z"), "{error}");
}

#[test]
fn a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = session::to_ron(&sample_session()).replacen("version: 2,", "version: 7,", 1);
    // A newer schema may contain anything: it must not matter.
    let text = text.replacen("name:", "new_thing: {\"a\": [1, 2]},\n    name:", 1);
    let error = load_error(dir.path(), "newer.ron", &text);
    assert_eq!(error.line, Some(3));
    assert!(
        error
            .problem
            .contains("written by a newer ascribe (schema 7); this build reads up to 2"),
        "{error}"
    );
}

#[test]
fn other_formats_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = session::to_ron(&sample_session()).replacen("ascribe-session", "ascribe-report", 1);
    let error = load_error(dir.path(), "other.ron", &text);
    assert_eq!(error.line, Some(2));
    assert!(error.problem.contains("not an ascribe session"), "{error}");
    let error = load_error(tempfile::tempdir().unwrap().path(), "empty.ron", "");
    assert!(error.line.is_some(), "{error}");
    let error = load_error(tempfile::tempdir().unwrap().path(), "list.ron", "[1, 2, 3]");
    assert_eq!(error.line, Some(1), "{error}");
}

/// A version-1 session as the first release wrote it: colours as `(r, g, b)`, no `text_hash`,
/// no `hidden`, decisions under `reviews`.
const V1_SESSION: &str = r##"(
    format: "ascribe-session",
    version: 1,
    name: "stara sesja",
    documents: [
        (
            path: Some("old.txt"),
            title: "Stary",
            language: pl,
            text: "NATO potwierdziło. Autor pisze.",
            paragraphs: [(start: 0, end: 32)],
            statements: [
                (
                    id: 0,
                    paragraph: 0,
                    span: (start: 0, end: 19),
                    attribution: (
                        source: Some("nato"),
                        mention: Some((start: 0, end: 4)),
                        cue: Some((start: 5, end: 18)),
                        via: [],
                        confidence: 0.9,
                        rule: "verb-that",
                    ),
                ),
                (
                    id: 1,
                    paragraph: 0,
                    span: (start: 20, end: 32),
                    attribution: (source: None, mention: None, cue: None, confidence: 0.5, rule: "author"),
                ),
            ],
        ),
    ],
    sources: [
        (id: "nato", name: "NATO", kind: organization, aliases: ["NATO"], colour: (0, 114, 178)),
        (id: "pap", name: "PAP", kind: media, colour: (230, 159, 0)),
    ],
    reviews: [
        (document: 0, span: (start: 0, end: 19), text: "NATO potwierdziło.", verdict: Confirmed),
        (
            document: 0,
            span: (start: 20, end: 32),
            text: "Autor pisze.",
            verdict: Assigned(source: Some("pap"), via: []),
        ),
    ],
)
"##;

#[test]
fn version_1_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.ron");
    fs::write(&path, V1_SESSION).unwrap();
    let report = session::load_with_report(&path).unwrap();
    assert_eq!(report.warnings, Vec::<String>::new());
    let session = report.session;
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        V1_SESSION,
        "loading changed the file"
    );
    assert_eq!(session.version, SESSION_VERSION);
    assert_eq!(session.name, "stara sesja");
    let doc = &session.documents[0];
    assert_eq!(doc.text_hash, content_hash(&doc.text));
    assert_eq!(doc.slice(doc.statements[0].span), "NATO potwierdziło.");
    assert_eq!(doc.statements[0].attribution.cue, Some(span(5, 18)));
    let nato = session.sources.get(&SourceId::from("nato")).unwrap();
    assert_eq!(nato.colour, Colour([0, 114, 178]));
    assert!(!nato.hidden);
    assert_eq!(session.sources.sources[1].colour.to_hex(), "#E69F00");
    assert_eq!(session.decisions.len(), 2);
    let effective = session.effective(0, 1).unwrap();
    assert_eq!(effective.source, Some(SourceId::from("pap")));
    assert!(effective.reviewed && effective.changed);
    // Saved again, it is a version-2 file.
    session::save(&path, &session).unwrap();
    assert!(fs::read_to_string(&path).unwrap().contains("version: 2,"));
    assert_eq!(session::load(&path).unwrap(), session);
}

#[test]
fn an_edited_text_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edited.ron");
    let text = session::to_ron(&sample_session()).replacen("Zażółć", "Zazolc", 1);
    fs::write(&path, &text).unwrap();
    let report = session::load_with_report(&path).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    let edited: Vec<_> = report
        .warnings
        .iter()
        .filter(|w| w.contains("changed since it was analysed"))
        .collect();
    assert_eq!(edited.len(), 1, "{:?}", report.warnings);
    assert!(edited[0].contains("seed_pl.txt"), "{}", edited[0]);
    // The shorter text moved the end of the last statement: its decision can't be placed, and is kept.
    assert_eq!(report.session.decisions.len(), 3);
}

#[test]
fn decisions_follow_their_statements() {
    let old = sample_session();
    // The reviewer inserted a sentence at the start and the document was re-segmented: every span
    // moved, and the old decisions point to where their statements used to be.
    let insert = "Nowe zdanie na początku. ";
    let mut new = old.clone();
    let doc = &mut new.documents[0];
    doc.text = format!("{insert}{}", doc.text);
    doc.text_hash = content_hash(&doc.text);
    let shift = |s: Span| span(s.start + insert.len(), s.end + insert.len());
    for paragraph in &mut doc.paragraphs {
        *paragraph = shift(*paragraph);
    }
    doc.paragraphs[0].start = 0;
    for statement in &mut doc.statements {
        statement.span = shift(statement.span);
        statement.id += 1;
        let attribution = &mut statement.attribution;
        attribution.mention = attribution.mention.map(shift);
        attribution.cue = attribution.cue.map(shift);
    }
    doc.statements.insert(
        0,
        Statement {
            id: 0,
            paragraph: 0,
            span: span(0, insert.len() - 1),
            attribution: Attribution::default(),
        },
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("moved.ron");
    session::save(&path, &new).unwrap();
    let report = session::load_with_report(&path).unwrap();
    let moved: Vec<_> = report
        .warnings
        .iter()
        .filter(|w| w.contains("re-attached"))
        .collect();
    assert_eq!(moved.len(), 2, "{:?}", report.warnings);
    let session = report.session;
    assert_eq!(session.decisions.len(), 3);
    // Statement 1 is the old statement 0 (confirmed), statement 3 the old statement 2 (assigned).
    assert!(session.effective(0, 0).is_some_and(|e| !e.reviewed));
    assert!(
        session
            .effective(0, 1)
            .is_some_and(|e| e.reviewed && !e.changed)
    );
    let third = session.effective(0, 3).unwrap();
    assert_eq!(third.source, Some(SourceId::from("nato")));
    assert_eq!(third.via, vec![SourceId::from("nyt")]);
    // The other document's decision did not move.
    assert!(
        session
            .effective(1, 0)
            .is_some_and(|e| e.reviewed && e.changed)
    );
    for decision in &session.decisions {
        let doc = &session.documents[decision.document];
        assert_eq!(doc.slice(decision.span), decision.text);
    }

    // The same in memory, plus a decision whose text is gone: kept and reported.
    let mut in_memory = new.clone();
    in_memory.decisions.push(Decision {
        document: 0,
        span: span(1, 2),
        text: "zdanie, którego już nie ma".into(),
        verdict: Verdict::Confirmed,
    });
    let warnings = session::reanchor_decisions(&mut in_memory);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(warnings[2].contains("not found"), "{}", warnings[2]);
    assert_eq!(in_memory.decisions.len(), 4);
    assert_eq!(in_memory.decisions[3].span, span(1, 2));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 200_000;
    for (name, prefix) in [
        ("header.ron", "(future: "),
        (
            "body.ron",
            "(format: \"ascribe-session\", version: 2, name: ",
        ),
    ] {
        let text = format!("{prefix}{}{})", "[".repeat(depth), "]".repeat(depth));
        let error = load_error(dir.path(), name, &text);
        assert!(error.problem.contains("nested"), "{error}");
        fs::remove_file(dir.path().join(name)).unwrap();
    }
    let text = format!(
        "(format: \"ascribe-session\", version: 2, name: {}",
        "(".repeat(depth)
    );
    assert!(session::from_ron(&text, "parens").is_err());
}

#[test]
fn oversized_and_non_utf8_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(MAX_SESSION_BYTES + 1).unwrap(); // sparse: takes no space
    drop(file);
    let error = session::load(&path).unwrap_err();
    assert!(error.problem.contains("larger than 256 MiB"), "{error}");
    fs::remove_file(&path).unwrap();

    let mut bytes = session::to_ron(&sample_session()).into_bytes();
    let at = bytes.iter().position(|&b| b == b'N').unwrap();
    bytes[at] = 0xFF;
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    let path = dir.path().join("latin.ron");
    fs::write(&path, &bytes).unwrap();
    let error = session::load(&path).unwrap_err();
    assert_eq!(error.line, Some(line), "{error}");
    assert!(error.problem.contains("UTF-8"), "{error}");
    assert_eq!(fs::read(&path).unwrap(), bytes);

    let error = session::load(dir.path()).unwrap_err();
    assert!(error.problem.contains("folder"), "{error}");
    assert!(session::load(&dir.path().join("missing.ron")).is_err());
}

#[test]
fn recovery_is_written_read_and_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let recovery_dir = dir.path().join("data").join("ascribe");
    // SAFETY: the only test of this binary that reads or writes the environment.
    unsafe { std::env::set_var(session::autosave::RECOVERY_DIR_ENV, &recovery_dir) };
    assert_eq!(session::recovery_dir(), recovery_dir);
    assert_eq!(
        session::recovery_path(None),
        recovery_dir.join("recovery.ron")
    );
    let a = session::recovery_path(Some(Path::new("/articles/a.session.ron")));
    let b = session::recovery_path(Some(Path::new("/other/a.session.ron")));
    assert_ne!(a, b);
    assert!(a.starts_with(&recovery_dir) && b.starts_with(&recovery_dir));

    assert_eq!(session::read_recovery(), None);
    session::clear_recovery().unwrap();
    let session = sample_session();
    let written = session::write_recovery(&session).unwrap();
    assert_eq!(written, session::recovery_path(None));
    assert_eq!(session::read_recovery(), Some(session.clone()));

    let for_a = session::recovery_path(Some(&PathBuf::from("/articles/a.session.ron")));
    let mut other = session.clone();
    other.name = "for a".into();
    session::write_recovery_at(&for_a, &other).unwrap();
    assert_eq!(session::read_recovery_at(&for_a), Some(other));
    assert_eq!(session::read_recovery(), Some(session));

    session::clear_recovery().unwrap();
    assert_eq!(session::read_recovery(), None);
    session::clear_recovery_at(&for_a).unwrap();
    assert_eq!(session::read_recovery_at(&for_a), None);
    assert_eq!(file_names(&recovery_dir), Vec::<String>::new());

    // A corrupt recovery file reads as none.
    fs::write(session::recovery_path(None), "(broken").unwrap();
    assert_eq!(session::read_recovery(), None);
    session::clear_recovery().unwrap();
}

#[test]
fn bundled_example_sessions_load() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    let mut found = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "ron") {
            let session = session::load(&path).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !session.documents.is_empty(),
                "{} has no document",
                path.display()
            );
            found += 1;
        }
    }
    assert!(found >= 1, "no example session in {}", dir.display());
}

/// Regenerates `saves/seed_pl.session.ron` from the bundled sample with the built-in engine:
/// `cargo test --test session -- --ignored regenerate_example_session`.
#[test]
#[ignore = "writes saves/seed_pl.session.ron; run after changing the engine"]
fn regenerate_example_session() {
    use ascribe::analysis::{AnalysisInput, Engine};
    let analysis = Engine::builtin().analyze(&AnalysisInput {
        path: Some(ascribe::SAMPLE_NAME.to_string()),
        text: ascribe::SAMPLE_ARTICLE.to_string(),
        title: None,
        language: Language::Pl,
    });
    let mut session = Session::named("seed_pl");
    session.add_document(analysis.document, &analysis.sources);
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saves")
        .join("seed_pl.session.ron");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    session::save(&path, &session).unwrap();
    assert_eq!(session::load(&path).unwrap(), session);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text, title, name and alias survives a save and a load exactly.
        #[test]
        fn any_text_round_trips(
            text in "\\PC*",
            weird in prop::collection::vec(prop::sample::select(vec![
                "\"", "\\", "\"#", "#", "r#\"", "\r", "\n", "\t", "\0", "\u{7f}", "\u{301}",
                "\u{200b}", "\u{feff}", "}", ")", "//", "/*", "ż", "😀",
            ]), 0..12),
            confidence in 0.0f32..=1.0,
        ) {
            let mut text = text;
            for piece in weird {
                text.push_str(piece);
            }
            let mut session = sample_session();
            session.name = text.clone();
            session.sources.sources[0].aliases.push(text.clone());
            let doc = &mut session.documents[1];
            doc.title = text.clone();
            doc.text = text.clone();
            doc.text_hash = content_hash(&text);
            doc.statements[0].attribution.confidence = confidence;
            session.decisions[0].text = text.clone();
            let ron = session::to_ron(&session);
            let back = session::from_ron(&ron, "prop").map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(back, session);
        }
    }
}
