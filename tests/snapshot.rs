//! A committed snapshot of every statement's source, rule and via for the texts in the repository
//! (the bundled sample and `tests/texts/`), so a change to the engine shows exactly which
//! attributions it moves, without `../shared`.
//!
//! After an intended change, review the diff and refresh the snapshots:
//! `ASCRIBE_UPDATE_SNAPSHOTS=1 cargo test --test snapshot`.

use std::path::{Path, PathBuf};

use ascribe::analysis::Engine;
use ascribe::ingest;
use ascribe::model::Source;

fn texts() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("assets/samples/seed_pl.txt")];
    let mut own: Vec<PathBuf> = std::fs::read_dir(root.join("tests/texts"))
        .expect("tests/texts")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    own.sort();
    paths.extend(own);
    paths
}

/// One line per statement: number, source, rule, via, and the statement's start.
fn render(path: &Path) -> String {
    let analysis = ingest::analyze_file(&Engine::builtin(), path, None).expect("analysed");
    let name = |id: &ascribe::model::SourceId| {
        analysis
            .sources
            .iter()
            .find(|s| &s.id == id)
            .map_or_else(|| id.to_string(), |s: &Source| s.name.clone())
    };
    let doc = &analysis.document;
    let mut out = String::new();
    for (index, statement) in doc.statements.iter().enumerate() {
        let attribution = &statement.attribution;
        let source = attribution.source.as_ref().map_or("-".to_string(), name);
        let via: Vec<String> = attribution.via.iter().map(name).collect();
        let text: String = doc
            .slice(statement.span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(60)
            .collect();
        out.push_str(&format!(
            "{index:>3} | {source} | {} | via [{}] | {text}\n",
            attribution.rule,
            via.join(", ")
        ));
    }
    out
}

#[test]
fn attributions_match_the_committed_snapshots() {
    let update = std::env::var("ASCRIBE_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut changed = Vec::new();
    for path in texts() {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let snapshot = dir.join(format!("{stem}.snap"));
        let now = render(&path);
        if update {
            std::fs::write(&snapshot, &now).unwrap();
            continue;
        }
        let before = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if before != now {
            let first = before
                .lines()
                .zip(now.lines())
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("\n  was: {a}\n  now: {b}"))
                .unwrap_or_else(|| " (statements added or removed)".to_string());
            changed.push(format!("{stem}{first}"));
        }
    }
    assert!(
        changed.is_empty(),
        "attributions changed; review, then ASCRIBE_UPDATE_SNAPSHOTS=1 cargo test --test snapshot:\n{}",
        changed.join("\n")
    );
}
