//! The reviewer window, driven like a user would: clicks, keys and dropped files through
//! egui_kittest, checked through the accessibility tree (no GPU needed).

#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ascribe::analysis::{AnalysisInput, Engine};
use ascribe::gui::{AppOptions, AscribeApp, Command, Recovery, Startup, sample_session};
use ascribe::model::{
    Attribution, Colour, Document, Language, Session, Source, SourceId, SourceKind, Span,
    Statement, Verdict, content_hash,
};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type App<'a> = Harness<'a, AscribeApp>;

fn open(session: Session) -> App<'static> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |_cc| AscribeApp::new_for_test(session));
    harness.run();
    harness
}

/// One document, two paragraphs, five statements: Alpha, Beta, author, Alpha (low confidence),
/// Gamma; sources Alpha (organization), Beta (media), Gamma (person).
fn hand_session() -> Session {
    let parts: [(&str, Option<&str>, f32, usize); 5] = [
        ("Alpha says the sky is green.", Some("alpha"), 0.9, 0),
        ("Beta reports rain tomorrow.", Some("beta"), 0.8, 0),
        ("The author thinks otherwise.", None, 0.7, 1),
        ("Alpha may have said more.", Some("alpha"), 0.4, 1),
        ("Gamma adds a remark.", Some("gamma"), 0.9, 1),
    ];
    let mut text = String::new();
    let mut statements = Vec::new();
    let mut paragraphs: Vec<Span> = Vec::new();
    for (index, (sentence, source, confidence, paragraph)) in parts.into_iter().enumerate() {
        if paragraph == paragraphs.len() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            paragraphs.push(Span::new(text.len(), text.len()));
        } else {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(sentence);
        let span = Span::new(start, text.len());
        paragraphs[paragraph].end = span.end;
        let name = sentence.find(' ').unwrap_or(0);
        statements.push(Statement {
            id: index,
            paragraph,
            span,
            attribution: Attribution {
                source: source.map(SourceId::from),
                mention: source.map(|_| Span::new(start, start + name)),
                cue: source.map(|_| Span::new(start + name + 1, start + name + 5)),
                via: Vec::new(),
                confidence,
                rule: "test".to_string(),
            },
        });
    }
    let document = Document {
        path: Some("hand.txt".to_string()),
        title: String::new(),
        language: Language::En,
        text_hash: content_hash(&text),
        text,
        paragraphs,
        statements,
    };
    let source = |id: &str, name: &str, kind, n| Source {
        id: SourceId::from(id),
        name: name.to_string(),
        kind,
        aliases: Vec::new(),
        colour: Colour::palette(n),
        hidden: false,
    };
    let sources = vec![
        source("alpha", "Alpha", SourceKind::Organization, 0),
        source("beta", "Beta", SourceKind::Media, 1),
        source("gamma", "Gamma", SourceKind::Person, 2),
    ];
    let mut session = Session::named("hand");
    session.add_document(document, &sources);
    session
}

/// The accessible name of the legend row of source `name`.
fn legend(harness: &App<'_>, name: &str) -> String {
    harness
        .get_by_label_contains(&format!("Source {name}:"))
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

fn statements_of(harness: &App<'_>, name: &str) -> usize {
    let label = legend(harness, name);
    let count = label
        .split(", ")
        .find_map(|part| part.strip_suffix(" statements"))
        .unwrap_or_else(|| panic!("no count in {label:?}"));
    count
        .parse()
        .unwrap_or_else(|_| panic!("bad count in {label:?}"))
}

fn press(harness: &mut App<'_>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn press_with(harness: &mut App<'_>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn click(harness: &mut App<'_>, label_contains: &str) {
    harness.get_by_label_contains(label_contains).click();
    harness.run();
}

/// Queues a command, runs a frame, waits for any background work it started, and settles.
fn command(harness: &mut App<'_>, command: Command) {
    harness.state_mut().queue(command);
    harness.step();
    harness.state_mut().wait_for_background_work();
    harness.run();
}

#[test]
fn starts_on_the_sample_with_every_source_in_the_legend() {
    let engine = Engine::builtin();
    let analysis = engine.analyze(&AnalysisInput {
        path: Some(ascribe::SAMPLE_NAME.to_string()),
        text: ascribe::SAMPLE_ARTICLE.to_string(),
        title: None,
        language: ascribe::ingest::detect_language(ascribe::SAMPLE_ARTICLE),
    });
    assert!(
        !analysis.sources.is_empty(),
        "the engine finds sources in the sample"
    );
    let harness = open(sample_session(&engine));
    for source in &analysis.sources {
        harness.get_by_label_contains(&format!("Source {}:", source.name));
    }
    // The reference article's four statement-owning sources, each with statements; the cited
    // officials (a chain link only) are listed apart, under "Other sources".
    for name in [
        "NATO",
        "The New York Times",
        "Olena Guseinowa",
        "Korea Południowa",
    ] {
        let wanted = format!("Source {name}");
        let node = harness.get_by_label_contains(&wanted);
        let label = format!("{:?}", node.accesskit_node().label());
        assert!(!label.contains(" 0 statements"), "{label}");
    }
    harness.get_by_label_contains("Other sources of the session");
    let statements = analysis.document.statements.len();
    harness.get_by_label(&format!(
        "Document {}: 0 of {statements} reviewed",
        ascribe::SAMPLE_NAME
    ));
    harness.get_by_label_contains("Statement 1:");
    assert_eq!(
        harness.state().session().documents[0].path.as_deref(),
        Some("seed_pl.txt")
    );
}

#[test]
fn assigning_another_source_changes_the_legend_and_undo_restores_it() {
    let mut harness = open(hand_session());
    assert_eq!(statements_of(&harness, "Alpha"), 2);
    assert_eq!(statements_of(&harness, "Beta"), 1);

    click(&mut harness, "Statement 1:");
    assert_eq!(harness.state().selection(), (0, Some(0)));
    click(&mut harness, "Assign to Beta");
    assert_eq!(statements_of(&harness, "Alpha"), 1);
    assert_eq!(statements_of(&harness, "Beta"), 2);
    harness.get_by_label("Changed by reviewer");
    assert!(harness.state().is_dirty());

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(statements_of(&harness, "Alpha"), 2);
    assert_eq!(statements_of(&harness, "Beta"), 1);
    assert!(!harness.state().is_dirty());

    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(statements_of(&harness, "Beta"), 2);
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    press_with(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(statements_of(&harness, "Beta"), 2);
}

#[test]
fn merging_two_sources_works_and_undoes() {
    let mut harness = open(hand_session());
    let before = harness.state().session().clone();
    click(&mut harness, "Source Beta:");
    harness.get_by_label_contains("Edit source");
    click(&mut harness, "Merge into");
    harness
        .get_all_by_label("Alpha")
        .last()
        .expect("Alpha is offered as a merge target")
        .click();
    harness.run();
    harness.get_by_label("Merge").click();
    harness.run();
    assert!(harness.query_by_label_contains("Source Beta:").is_none());
    assert_eq!(statements_of(&harness, "Alpha"), 3);
    let alpha = harness
        .state()
        .session()
        .sources
        .get(&SourceId::from("alpha"))
        .cloned()
        .unwrap();
    assert_eq!(alpha.aliases, vec!["Beta".to_string()]);

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().session(), &before);
    assert_eq!(statements_of(&harness, "Beta"), 1);
    assert_eq!(statements_of(&harness, "Alpha"), 2);
}

#[test]
fn rename_recolour_kind_hide_and_add_go_through_the_legend_editor() {
    let mut harness = open(hand_session());
    click(&mut harness, "Source Gamma:");
    let field = harness.get_by_label("Name:");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Name:").type_text("Gamma Person");
    harness.run();
    click(&mut harness, "Rename");
    harness.get_by_label_contains("Source Gamma Person:");
    click(&mut harness, "Hidden (no highlight in the article)");
    assert!(legend(&harness, "Gamma Person").contains("(hidden)"));
    command(
        &mut harness,
        Command::AddSource {
            name: "Delta".into(),
            kind: SourceKind::Data,
        },
    );
    harness.get_by_label_contains("Source Delta: data, 0 statements");
    for _ in 0..3 {
        press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    }
    harness.get_by_label_contains("Source Gamma:");
    assert!(!legend(&harness, "Gamma").contains("hidden"));
    assert_eq!(harness.state().session(), &hand_session());
}

#[test]
fn keyboard_review_loop() {
    let mut harness = open(hand_session());
    press(&mut harness, Key::J);
    assert_eq!(harness.state().selection(), (0, Some(0)));
    press(&mut harness, Key::Enter);
    harness.get_by_label("Reviewed 1 / 5");
    press(&mut harness, Key::J);
    assert_eq!(harness.state().selection(), (0, Some(1)));
    press(&mut harness, Key::Num1);
    assert_eq!(statements_of(&harness, "Alpha"), 3);
    assert_eq!(statements_of(&harness, "Beta"), 0);
    harness.get_by_label("Reviewed 2 / 5");
    press(&mut harness, Key::N);
    assert_eq!(harness.state().selection(), (0, Some(2)));
    press(&mut harness, Key::Num0);
    press(&mut harness, Key::K);
    assert_eq!(harness.state().selection(), (0, Some(1)));
    press(&mut harness, Key::ArrowDown);
    assert_eq!(harness.state().selection(), (0, Some(2)));
    press(&mut harness, Key::ArrowUp);
    assert_eq!(harness.state().selection(), (0, Some(1)));

    // Typing in a text field never fires single-letter shortcuts.
    harness.get_by_label("Find source:").focus();
    harness.run();
    press(&mut harness, Key::J);
    press(&mut harness, Key::Num2);
    assert_eq!(harness.state().selection(), (0, Some(1)));
    assert_eq!(statements_of(&harness, "Alpha"), 3);
}

#[test]
fn search_finds_and_selects_matches() {
    let mut harness = open(hand_session());
    press_with(&mut harness, Modifiers::COMMAND, Key::F);
    harness.get_by_label("Find:").type_text("alpha");
    harness.run();
    harness.get_by_label("2 matches");
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().selection(), (0, Some(0)));
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().selection(), (0, Some(3)));
    press_with(&mut harness, Modifiers::SHIFT, Key::Enter);
    assert_eq!(harness.state().selection(), (0, Some(0)));
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Find:").is_none());
}

#[test]
fn help_lists_every_shortcut() {
    let mut harness = open(hand_session());
    press(&mut harness, Key::F1);
    harness.get_by_label("All keyboard shortcuts");
    for command in ascribe::gui::command::bound_commands() {
        assert!(
            harness
                .query_all_by_label(&command.label())
                .next()
                .is_some(),
            "help lacks {command:?}"
        );
    }
    press(&mut harness, Key::F1);
    assert!(harness.query_by_label("All keyboard shortcuts").is_none());
}

fn saved_and_reopened(dir: &Path, harness: &mut App<'_>) -> Session {
    let path = dir.join("review.ron");
    command(harness, Command::SaveTo(path.clone()));
    assert!(!harness.state().is_dirty());
    assert_eq!(harness.state().session_path(), Some(&path));
    let mut reopened = open(Session::named("empty"));
    command(&mut reopened, Command::Open(vec![path]));
    assert!(reopened.state().dialog_text().is_none());
    reopened.state().session().clone()
}

#[test]
fn save_and_reopen_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = open(hand_session());
    press(&mut harness, Key::J);
    press(&mut harness, Key::Num2);
    press(&mut harness, Key::J);
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::J);
    press(&mut harness, Key::Num3);
    command(
        &mut harness,
        Command::RecolourSource {
            id: SourceId::from("beta"),
            colour: Colour([10, 20, 30]),
        },
    );
    command(
        &mut harness,
        Command::RenameSource {
            id: SourceId::from("gamma"),
            name: "Gamma G.".into(),
        },
    );
    let saved = harness.state().session().clone();
    assert_eq!(saved.decisions.len(), 3);
    let reopened = saved_and_reopened(dir.path(), &mut harness);
    assert_eq!(reopened.documents, saved.documents);
    assert_eq!(reopened.sources, saved.sources);
    assert_eq!(reopened.decisions, saved.decisions);
    assert_eq!(reopened.name, saved.name);
    for index in 0..saved.documents[0].statements.len() {
        assert_eq!(reopened.effective(0, index), saved.effective(0, index));
    }
}

#[test]
fn a_corrupt_session_shows_an_error_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let bytes = b"(\n    format: \"ascribe-session\",\n    version: 2,\n    name: \"x\",\n    documents: [ (oops\n".to_vec();
    std::fs::write(&path, &bytes).unwrap();
    let mut harness = open(hand_session());
    press(&mut harness, Key::J);
    press(&mut harness, Key::Num2);
    let before = harness.state().session().clone();

    command(&mut harness, Command::Open(vec![path.clone()]));
    // Unsaved changes: asked first; discard them to go on.
    harness.get_by_label("Unsaved changes");
    harness.get_by_label("Discard changes").click();
    harness.step();
    harness.step();
    harness.state_mut().wait_for_background_work();
    harness.run();

    harness.get_by_label("Could not open the session");
    let (_, message) = harness.state().dialog_text().unwrap();
    assert!(message.contains("broken.ron"), "{message}");
    assert!(message.contains("Line:"), "{message}");
    assert!(message.contains("Problem:"), "{message}");
    assert_eq!(harness.state().session(), &before);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    click(&mut harness, "OK");
    assert!(harness.state().dialog_text().is_none());
    assert_eq!(harness.state().session(), &before);
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropped_articles_are_analysed_in_the_background_and_added() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dropped.txt");
    std::fs::write(&path, ascribe::SAMPLE_ARTICLE).unwrap();
    let mut harness = open(hand_session());
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
    harness.step();
    harness.state_mut().wait_for_background_work();
    harness.run();
    assert_eq!(harness.state().session().documents.len(), 2);
    assert_eq!(harness.state().selection(), (1, None));
    harness.get_by_label_contains("Document dropped.txt:");
    // Adding documents is one undoable step.
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().session(), &hand_session());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = open(hand_session());
    press(&mut harness, Key::J);
    press(&mut harness, Key::Enter);
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.get_by_label("Unsaved changes");
    click(&mut harness, "Cancel");
    assert!(harness.state().dialog_text().is_none());
    assert!(harness.state().is_dirty());
}

#[test]
fn title_marks_unsaved_changes() {
    let mut harness = open(hand_session());
    assert_eq!(harness.state().title(), "hand — ascribe");
    press(&mut harness, Key::J);
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().title(), "hand • — ascribe");
}

#[test]
fn theme_and_zoom_commands_apply() {
    let mut harness = open(hand_session());
    assert!(harness.ctx.global_style().visuals.dark_mode);
    press_with(&mut harness, Modifiers::COMMAND, Key::T);
    assert!(!harness.ctx.global_style().visuals.dark_mode);
    harness.get_by_label_contains("Dark theme");
    press_with(&mut harness, Modifiers::COMMAND, Key::Plus);
    assert!(harness.ctx.zoom_factor() > 1.0);
    press_with(&mut harness, Modifiers::COMMAND, Key::Num0);
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 1e-6);
}

fn open_with_recovery(session: Session, folder: &Path) -> App<'static> {
    let folder = folder.to_path_buf();
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            AscribeApp::new(
                cc,
                AppOptions {
                    startup: Startup::Session(Box::new(session)),
                    recovery: Recovery::in_folder(folder)
                        .with_delay(std::time::Duration::from_millis(50)),
                },
            )
        });
    harness.run();
    harness
}

#[test]
fn work_left_behind_is_offered_back_at_start() {
    let folder = tempfile::tempdir().unwrap();
    let mut left = hand_session();
    left.decide(0, 1, Verdict::Confirmed);
    let recovery = Recovery::in_folder(folder.path().to_path_buf());
    recovery.write(&left, None).unwrap();

    let mut harness = open_with_recovery(hand_session(), folder.path());
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().session(), &left);
    assert!(harness.state().is_dirty());

    let mut harness = open_with_recovery(hand_session(), folder.path());
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().session(), &hand_session());
    assert!(
        recovery.read(None).is_none(),
        "discarding deletes the recovery file"
    );
}

#[test]
fn unsaved_work_is_autosaved_and_the_recovery_file_goes_after_saving() {
    let folder = tempfile::tempdir().unwrap();
    let recovery = Recovery::in_folder(folder.path().to_path_buf());
    let mut harness = open_with_recovery(hand_session(), folder.path());
    assert!(harness.state().dialog_text().is_none());
    press(&mut harness, Key::J);
    press(&mut harness, Key::Enter);
    std::thread::sleep(std::time::Duration::from_millis(80));
    harness.step();
    let autosaved = recovery.read(None).expect("autosaved");
    assert_eq!(&autosaved, harness.state().session());

    let saved = folder.path().join("saved.ron");
    command(&mut harness, Command::SaveTo(saved.clone()));
    assert!(recovery.read(None).is_none());
    assert!(recovery.read(Some(&saved)).is_none());
}

#[test]
fn the_text_shows_the_review_and_the_legend_explains_the_marks() {
    let mut harness = open(hand_session());
    harness.get_by_label("Mark: dotted: low confidence, not reviewed");
    harness.get_by_label("Mark: bar: confirmed by the reviewer");
    harness.get_by_label("Mark: wide bar: changed by the reviewer");
    harness.get_by_label("Statement 1: Alpha — Alpha says the sky is green.");
    press(&mut harness, Key::J);
    press(&mut harness, Key::Enter);
    // The accessible name carries the review state and the whole statement.
    harness.get_by_label("Statement 1: Alpha, confirmed — Alpha says the sky is green.");
    harness.get_by_label("Done: confirm");
    press(&mut harness, Key::J);
    press(&mut harness, Key::Num3);
    harness.get_by_label_contains("Statement 2: Gamma, changed by reviewer — Beta reports");
}

#[test]
fn a_new_source_joins_the_documents_legend_at_once_and_edits_say_what_they_did() {
    let mut harness = open(hand_session());
    press(&mut harness, Key::J);
    command(
        &mut harness,
        Command::AssignNewSource {
            name: "Delta".into(),
            kind: SourceKind::Person,
        },
    );
    harness.get_by_label("Done: add source Delta");
    assert_eq!(statements_of(&harness, "Delta"), 1);
    assert!(
        harness
            .query_by_label("Other sources of the session (none here)")
            .is_none(),
        "Delta has a statement here"
    );
    let delta = harness
        .state()
        .session()
        .sources
        .iter()
        .find(|s| s.name == "Delta")
        .unwrap()
        .id
        .clone();
    command(
        &mut harness,
        Command::RenameSource {
            id: delta,
            name: "Delta Force".into(),
        },
    );
    harness.get_by_label("Done: rename Delta to Delta Force");
}

const PASTED: &str = "Nowy most\n\nBurmistrz powiedział, że most zostanie otwarty w maju. \
Według radnych koszt wzrósł o jedną trzecią.";

#[test]
fn pasted_text_opens_as_an_article() {
    // Ctrl+V on the empty window.
    let mut harness = open(Session::named("empty"));
    harness.event(egui::Event::Paste(PASTED.to_string()));
    harness.step();
    harness.state_mut().wait_for_background_work();
    harness.run();
    let session = harness.state().session();
    assert_eq!(session.documents.len(), 1);
    assert_eq!(session.documents[0].text, PASTED);
    assert!(session.documents[0].path.is_none());
    assert!(session.sources.iter().any(|s| s.name.contains("Burmistrz")));

    // File → New from clipboard over an open article: the paste that answers it opens.
    let mut harness = open(hand_session());
    harness.event(egui::Event::Paste("ignored: a document is open".into()));
    harness.run();
    assert_eq!(harness.state().session(), &hand_session());
    command(&mut harness, Command::NewFromClipboard);
    harness.event(egui::Event::Paste(PASTED.to_string()));
    harness.step();
    harness.state_mut().wait_for_background_work();
    harness.run();
    assert_eq!(harness.state().session().documents[0].text, PASTED);
}

/// Points the open file picker at `folder` by typing it, as a person would.
fn picker_go_to(harness: &mut App<'_>, folder: &Path) {
    let field = harness.get_by_label("Folder:");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Folder:")
        .type_text(&folder.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn without_a_native_dialog_ascribes_own_picker_opens_saves_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("article.txt"), PASTED).unwrap();
    let mut harness = open(hand_session());
    harness.state_mut().fail_native_dialogs();

    command(
        &mut harness,
        Command::Export(ascribe::report::ReportFormat::Json),
    );
    harness
        .get_by_label("No system file dialog can be shown here; using ascribe's own file picker");
    picker_go_to(&mut harness, dir.path());
    harness.get_by_label("Save").click();
    harness.run();
    let report = dir.path().join("hand-report.json");
    assert!(report.is_file(), "exported through the picker");

    command(&mut harness, Command::SaveAs);
    picker_go_to(&mut harness, dir.path());
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(
        harness.state().session_path(),
        Some(&dir.path().join("hand.ron"))
    );

    command(&mut harness, Command::OpenArticles);
    picker_go_to(&mut harness, dir.path());
    harness.get_by_label("article.txt").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.step();
    harness.state_mut().wait_for_background_work();
    harness.run();
    assert_eq!(harness.state().session().documents[0].text, PASTED);

    // Cancel closes it with nothing done.
    command(&mut harness, Command::OpenSession);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Folder:").is_none());
}

#[test]
fn every_field_and_choice_has_an_accessible_name() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::by;
    let mut harness = open(hand_session());
    press(&mut harness, Key::J);
    click(&mut harness, "Source Gamma:");
    for role in [
        Role::TextInput,
        Role::ComboBox,
        Role::Button,
        Role::CheckBox,
    ] {
        for node in harness.query_all(by().role(role)) {
            let label = node.accesskit_node().label().unwrap_or_default();
            let value = node.accesskit_node().value().unwrap_or_default();
            assert!(
                !label.trim().is_empty() || !value.trim().is_empty(),
                "a {role:?} without a name"
            );
        }
    }
    harness.get_by_label("New source for this statement:");
    harness.get_by_label("Add a source to the session:");
}

/// Lets the autosave delay pass and draws a frame.
fn after_autosave_delay(harness: &mut App<'_>) {
    std::thread::sleep(std::time::Duration::from_millis(80));
    harness.step();
}

#[test]
fn the_recovery_file_follows_undo_and_goes_when_nothing_is_unsaved() {
    let folder = tempfile::tempdir().unwrap();
    let recovery = Recovery::in_folder(folder.path().to_path_buf());
    let mut harness = open_with_recovery(hand_session(), folder.path());
    press(&mut harness, Key::J);
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Num2);
    after_autosave_delay(&mut harness);
    let two_edits = harness.state().session().clone();
    assert_eq!(recovery.read(None).as_ref(), Some(&two_edits));

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    after_autosave_delay(&mut harness);
    assert_ne!(harness.state().session(), &two_edits);
    assert_eq!(
        recovery.read(None).as_ref(),
        Some(harness.state().session()),
        "the recovery file holds the state after the undo, not the undone edit"
    );

    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    after_autosave_delay(&mut harness);
    assert!(!harness.state().is_dirty());
    assert!(
        recovery.read(None).is_none(),
        "undone back to the saved state: nothing to recover"
    );
}

#[test]
fn malformed_sessions_do_not_panic() {
    let text = "Żółw idzie. Ćma leci.\n\nKoniec.".to_string();
    let statement = |id, paragraph, start, end, source: Option<&str>| Statement {
        id,
        paragraph,
        span: Span { start, end },
        attribution: Attribution {
            source: source.map(SourceId::from),
            mention: Some(Span {
                start: 1,
                end: 9999,
            }),
            cue: Some(Span { start: 30, end: 2 }),
            via: vec![SourceId::from("nobody")],
            confidence: f32::NAN,
            rule: String::new(),
        },
    };
    let document = Document {
        path: None,
        title: String::new(),
        language: Language::Pl,
        text_hash: 0,
        paragraphs: vec![
            Span { start: 0, end: 25 },
            Span { start: 40, end: 10 },
            Span { start: 1, end: 3 },
            Span {
                start: 500,
                end: 900,
            },
        ],
        statements: vec![
            statement(0, 0, 0, 1, Some("ghost")),
            statement(1, 0, 1, 13, None),
            statement(2, 7, 20, 5, Some("ghost")),
            statement(3, 1, 25, 4000, None),
        ],
        text,
    };
    let mut session = Session::named("broken");
    session.documents.push(document);
    session.decisions.push(ascribe::model::Decision {
        document: 3,
        span: Span { start: 9, end: 1 },
        text: String::new(),
        verdict: Verdict::Assigned {
            source: Some(SourceId::from("ghost")),
            via: vec![],
        },
    });
    let mut harness = open(session);
    for key in [
        Key::J,
        Key::J,
        Key::Num1,
        Key::Enter,
        Key::Num0,
        Key::N,
        Key::J,
        Key::J,
        Key::J,
        Key::Backspace,
        Key::K,
    ] {
        press(&mut harness, key);
    }
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    press_with(&mut harness, Modifiers::COMMAND, Key::F);
    harness.get_by_label("Find:").type_text("ż");
    harness.run();
    press(&mut harness, Key::Enter);
    command(
        &mut harness,
        Command::AddSource {
            name: "Nowe".into(),
            kind: SourceKind::Group,
        },
    );
    press(&mut harness, Key::Num1);
}
