//! Reports are made to be shared: no report reveals the folders an article was opened from
//! unless full paths are asked for (`--full-paths`, the GUI export's checkbox). Checked for every
//! format, through `analyze`, `export` and the GUI's export command.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FOLDER: &str = "Private-Folder-Qx7";
const SAMPLE: &str = include_str!("../assets/samples/seed_pl.txt");

fn ascribe(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_ascribe"))
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(
        output.status.success(),
        "ascribe {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A temporary folder holding `Private-Folder-Qx7/article.txt`.
fn article() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join(FOLDER);
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("article.txt");
    std::fs::write(&path, SAMPLE).unwrap();
    (dir, path)
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

const ANALYZE_FORMATS: [&str; 5] = ["json", "jsonl", "csv", "md", "html"];
const EXPORT_FORMATS: [&str; 4] = ["json", "csv", "md", "html"];

#[test]
fn analyze_reports_name_the_file_not_its_folders() {
    let (dir, path) = article();
    let path = path.to_str().unwrap();
    for format in ANALYZE_FORMATS {
        let out = dir.path().join(format!("report.{format}"));
        ascribe(&[
            "analyze",
            path,
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ]);
        let report = text(&out);
        assert!(report.contains("article.txt"), "{format}: file name kept");
        assert!(!report.contains(FOLDER), "{format} reveals the folder");

        ascribe(&[
            "analyze",
            path,
            "--format",
            format,
            "--full-paths",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(
            text(&out).contains(FOLDER),
            "{format}: --full-paths shows it"
        );
    }
    // Standard output too.
    let stdout = ascribe(&["analyze", path]).stdout;
    let stdout = String::from_utf8(stdout).unwrap();
    assert!(stdout.contains("\"path\": \"article.txt\""));
    assert!(!stdout.contains(FOLDER));
}

#[test]
fn export_reports_name_the_file_not_its_folders() {
    let (dir, path) = article();
    // The session lives elsewhere, so it must keep a path through the private folder.
    let session = dir.path().join("session.ron");
    ascribe(&[
        "analyze",
        path.to_str().unwrap(),
        "--format",
        "ron",
        "-o",
        session.to_str().unwrap(),
    ]);
    let ron = text(&session);
    assert!(
        ron.contains(&format!("\"./{FOLDER}/article.txt\"")),
        "the session keeps a path relative to itself: {}",
        &ron[..ron.len().min(400)]
    );
    for format in EXPORT_FORMATS {
        let out = dir.path().join(format!("export.{format}"));
        let (session, out_str) = (session.to_str().unwrap(), out.to_str().unwrap());
        ascribe(&["export", session, "--format", format, "-o", out_str]);
        let report = text(&out);
        assert!(report.contains("article.txt"), "{format}: file name kept");
        assert!(!report.contains(FOLDER), "{format} reveals the folder");

        ascribe(&[
            "export",
            session,
            "--format",
            format,
            "--full-paths",
            "-o",
            out_str,
        ]);
        assert!(
            text(&out).contains(FOLDER),
            "{format}: --full-paths shows it"
        );
    }
}

#[cfg(feature = "gui")]
#[test]
fn gui_exports_name_the_file_not_its_folders() {
    use ascribe::gui::{AscribeApp, Command as GuiCommand};
    use ascribe::report::ReportFormat;
    use egui_kittest::Harness;

    let (dir, path) = article();
    let mut harness = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(|_cc| AscribeApp::new_for_test(ascribe::model::Session::named("t")));
    harness.run();
    harness
        .state_mut()
        .queue(GuiCommand::Open(vec![path.clone()]));
    harness.step();
    harness.state_mut().wait_for_background_work();
    harness.run();
    assert_eq!(harness.state().session().documents.len(), 1);

    let export_all = |harness: &mut Harness<'_, AscribeApp>, tag: &str| -> Vec<String> {
        ReportFormat::ALL
            .into_iter()
            .map(|format| {
                let out = dir.path().join(format!("{tag}.{}", format.extension()));
                harness
                    .state_mut()
                    .queue(GuiCommand::ExportTo(format, out.clone()));
                harness.run();
                text(&out)
            })
            .collect()
    };
    for report in export_all(&mut harness, "gui") {
        assert!(report.contains("article.txt"));
        assert!(!report.contains(FOLDER), "GUI export reveals the folder");
    }
    harness
        .state_mut()
        .queue(GuiCommand::ToggleFullPathsInReports);
    harness.run();
    for report in export_all(&mut harness, "gui-full") {
        assert!(report.contains(FOLDER), "the checkbox shows full paths");
    }
}
