//! The engine against the shared evaluation set (`../shared/eval`), scored by its own `score.py`.
//! Skips cleanly when the evaluation data or python3 is absent (a user's clone has neither).

use std::path::{Path, PathBuf};
use std::process::Command;

use ascribe::analysis::Engine;
use ascribe::model::Session;
use ascribe::report::{ReportFormat, render};

fn eval_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    (dir.join("score.py").is_file() && python).then_some(dir)
}

/// Analyses the dev texts matching `prefix`, scores them, returns (accuracy, source precision, output).
fn score(dir: &Path, prefix: &str) -> (f64, f64, String) {
    let engine = Engine::builtin();
    let mut session = Session::named("eval");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join("dev/texts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    paths.sort();
    for path in &paths {
        let analysis = ascribe::ingest::analyze_file(&engine, path, None).unwrap();
        session.add_document(analysis.document, &analysis.sources);
    }
    let report = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(report.path(), render(&session, ReportFormat::Json)).unwrap();
    let out = Command::new("python3")
        .arg(dir.join("score.py"))
        .arg(report.path())
        .arg(dir.join("dev/gold"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let overall = stdout
        .lines()
        .find(|l| l.starts_with("OVERALL"))
        .unwrap_or_else(|| panic!("no score: {stdout}"));
    let field = |name: &str| -> f64 {
        overall
            .split_whitespace()
            .find_map(|w| w.strip_prefix(name))
            .unwrap()
            .parse()
            .unwrap()
    };
    (field("acc="), field("src_p="), stdout)
}

#[test]
fn reference_article_is_fully_right() {
    let Some(dir) = eval_dir() else {
        eprintln!("skipped: ../shared/eval or python3 not available");
        return;
    };
    let (accuracy, precision, out) = score(&dir, "seed_pl");
    assert_eq!((accuracy, precision), (1.0, 1.0), "{out}");
    assert!(out.contains("via 2/2"), "{out}");
}

#[test]
fn dev_set_meets_the_accuracy_bar() {
    let Some(dir) = eval_dir() else {
        eprintln!("skipped: ../shared/eval or python3 not available");
        return;
    };
    let (accuracy, precision, out) = score(&dir, "");
    assert!(accuracy >= 0.85 && precision >= 0.85, "{out}");
}
