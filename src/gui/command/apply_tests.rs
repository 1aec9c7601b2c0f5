//! Undo and redo of every kind of edit, through the same `apply` the GUI uses.

use crate::analysis::Analysis;
use crate::gui::app::AscribeApp;
use crate::gui::testing::two_source_session;
use crate::gui::worker::{Loaded, Outcome, Target};
use crate::gui::workspace::Selection;
use crate::model::{Colour, Session, SourceId, SourceKind, Verdict};

use super::Command;

fn app_at(statement: usize) -> (AscribeApp, egui::Context) {
    let mut app = AscribeApp::new_for_test(two_source_session());
    app.view.selection = Selection {
        document: 0,
        statement: Some(statement),
    };
    app.prepare();
    (app, egui::Context::default())
}

fn run(app: &mut AscribeApp, ctx: &egui::Context, command: Command) {
    app.apply(ctx, command);
    app.prepare();
}

/// Applies `command`, checks it changed the session and made it dirty, then that undo restores
/// the session exactly (and clean), and redo brings the change back.
fn round_trip(app: &mut AscribeApp, ctx: &egui::Context, command: Command) -> Session {
    let before = app.session().clone();
    assert!(!app.is_dirty());
    run(app, ctx, command.clone());
    let after = app.session().clone();
    assert_ne!(before, after, "{command:?} changed nothing");
    assert!(app.is_dirty(), "{command:?} left the session clean");
    run(app, ctx, Command::Undo);
    assert_eq!(app.session(), &before, "undo of {command:?}");
    assert!(
        !app.is_dirty(),
        "undo of {command:?} should be back at the saved state"
    );
    run(app, ctx, Command::Redo);
    assert_eq!(app.session(), &after, "redo of {command:?}");
    assert!(app.is_dirty());
    run(app, ctx, Command::Undo);
    assert_eq!(app.session(), &before);
    after
}

fn alpha() -> SourceId {
    SourceId::from("alpha")
}

fn beta() -> SourceId {
    SourceId::from("beta")
}

#[test]
fn assignments_undo_and_redo() {
    let (mut app, ctx) = app_at(0);
    let after = round_trip(&mut app, &ctx, Command::AssignLegend(1));
    assert_eq!(after.effective(0, 0).unwrap().source, Some(beta()));
    round_trip(&mut app, &ctx, Command::AssignSource(beta()));
    let after = round_trip(&mut app, &ctx, Command::AssignUnattributed);
    assert_eq!(after.effective(0, 0).unwrap().source, None);
    assert!(after.effective(0, 0).unwrap().changed);
    let after = round_trip(&mut app, &ctx, Command::Confirm);
    assert_eq!(after.decisions[0].verdict, Verdict::Confirmed);
    let after = round_trip(
        &mut app,
        &ctx,
        Command::AssignNewSource {
            name: "Gamma".into(),
            kind: SourceKind::Person,
        },
    );
    let gamma = after.sources.find_by_name("Gamma").unwrap().id.clone();
    assert_eq!(after.effective(0, 0).unwrap().source, Some(gamma));
}

#[test]
fn revert_undoes_and_redoes() {
    let (mut app, ctx) = app_at(1);
    run(&mut app, &ctx, Command::AssignUnattributed);
    let reviewed = app.session().clone();
    run(&mut app, &ctx, Command::Revert);
    assert!(app.session().decisions.is_empty());
    run(&mut app, &ctx, Command::Undo);
    assert_eq!(app.session(), &reviewed);
    run(&mut app, &ctx, Command::Redo);
    assert!(app.session().decisions.is_empty());
}

#[test]
fn source_edits_undo_and_redo() {
    let (mut app, ctx) = app_at(0);
    let after = round_trip(
        &mut app,
        &ctx,
        Command::RenameSource {
            id: alpha(),
            name: "Alpha Agency".into(),
        },
    );
    let renamed = after.sources.get(&alpha()).unwrap();
    assert_eq!(renamed.name, "Alpha Agency");
    assert_eq!(renamed.aliases, vec!["Alpha".to_string()]);
    round_trip(
        &mut app,
        &ctx,
        Command::RecolourSource {
            id: alpha(),
            colour: Colour([1, 2, 3]),
        },
    );
    round_trip(
        &mut app,
        &ctx,
        Command::SetSourceKind {
            id: alpha(),
            kind: SourceKind::Government,
        },
    );
    round_trip(
        &mut app,
        &ctx,
        Command::SetSourceHidden {
            id: beta(),
            hidden: true,
        },
    );
    let after = round_trip(
        &mut app,
        &ctx,
        Command::AddSource {
            name: "Delta".into(),
            kind: SourceKind::Data,
        },
    );
    assert_eq!(after.sources.len(), 3);
}

#[test]
fn merges_undo_and_redo_including_statements_and_decisions() {
    let (mut app, ctx) = app_at(0);
    // A decision that names the merged source must follow the merge, and come back on undo.
    run(&mut app, &ctx, Command::AssignSource(beta()));
    let assigned = app.session().clone();
    run(
        &mut app,
        &ctx,
        Command::MergeSource {
            from: beta(),
            into: alpha(),
        },
    );
    let merged = app.session().clone();
    assert!(merged.sources.get(&beta()).is_none());
    assert_eq!(merged.sources.get(&alpha()).unwrap().aliases, vec!["Beta"]);
    for index in 0..merged.documents[0].statements.len() {
        assert_ne!(merged.effective(0, index).unwrap().source, Some(beta()));
    }
    assert_eq!(merged.effective(0, 1).unwrap().source, Some(alpha()));
    assert_eq!(merged.effective(0, 0).unwrap().source, Some(alpha()));
    run(&mut app, &ctx, Command::Undo);
    assert_eq!(app.session(), &assigned);
    run(&mut app, &ctx, Command::Redo);
    assert_eq!(app.session(), &merged);
}

#[test]
fn recolouring_while_dragging_is_one_step() {
    let (mut app, ctx) = app_at(0);
    let before = app.session().clone();
    for shade in 0..10 {
        run(
            &mut app,
            &ctx,
            Command::RecolourSource {
                id: alpha(),
                colour: Colour([shade, shade, shade]),
            },
        );
    }
    run(&mut app, &ctx, Command::Undo);
    assert_eq!(app.session(), &before);
}

#[test]
fn adding_documents_undoes() {
    let (mut app, ctx) = app_at(0);
    let before = app.session().clone();
    let other = two_source_session();
    let analysis = Analysis {
        document: other.documents[0].clone(),
        sources: other.sources.sources.clone(),
    };
    app.apply_outcome(Outcome::Finished(Box::new(Loaded {
        target: Target::AddToSession,
        session: None,
        analyses: vec![analysis],
        failures: Vec::new(),
    })));
    app.prepare();
    assert_eq!(app.session().documents.len(), 2);
    assert_eq!(app.selection(), (1, None));
    run(&mut app, &ctx, Command::Undo);
    assert_eq!(app.session(), &before);
    assert_eq!(app.selection().0, 0);
}

#[test]
fn edits_that_cannot_apply_change_nothing() {
    let (mut app, ctx) = app_at(0);
    let before = app.session().clone();
    for command in [
        Command::AssignLegend(8),
        Command::AssignSource(SourceId::from("nobody")),
        Command::MergeSource {
            from: alpha(),
            into: alpha(),
        },
        Command::MergeSource {
            from: SourceId::from("nobody"),
            into: alpha(),
        },
        Command::RenameSource {
            id: alpha(),
            name: "   ".into(),
        },
        Command::AddSource {
            name: String::new(),
            kind: SourceKind::Person,
        },
        Command::Select {
            document: 5,
            statement: 0,
        },
        Command::ShowDocument(9),
        Command::Undo,
        Command::Redo,
    ] {
        run(&mut app, &ctx, command.clone());
        assert_eq!(app.session(), &before, "{command:?}");
        assert!(!app.is_dirty(), "{command:?}");
    }
    // Confirming twice records one decision, and confirming a reviewed statement keeps its verdict.
    run(&mut app, &ctx, Command::AssignLegend(1));
    let assigned = app.session().clone();
    run(&mut app, &ctx, Command::Confirm);
    assert_eq!(app.session(), &assigned);
}

#[test]
fn navigation_moves_the_selection() {
    let (mut app, ctx) = app_at(0);
    run(&mut app, &ctx, Command::SelectNext);
    assert_eq!(app.selection(), (0, Some(1)));
    run(&mut app, &ctx, Command::SelectPrev);
    assert_eq!(app.selection(), (0, Some(0)));
    run(&mut app, &ctx, Command::FilterSource(Some(alpha())));
    run(&mut app, &ctx, Command::SelectNext);
    assert_eq!(app.selection(), (0, Some(3)));
    run(&mut app, &ctx, Command::FilterSource(None));
    run(&mut app, &ctx, Command::Confirm);
    run(&mut app, &ctx, Command::NextUnreviewed);
    assert_eq!(app.selection(), (0, Some(0)));
    run(&mut app, &ctx, Command::NextLowConfidence);
    assert_eq!(app.selection(), (0, Some(2)));
}

#[test]
fn search_selects_the_statement_of_the_match() {
    let (mut app, ctx) = app_at(0);
    run(&mut app, &ctx, Command::Find);
    app.view.search.query = "rain".into();
    app.prepare();
    run(&mut app, &ctx, Command::FindNext);
    assert_eq!(app.selection(), (0, Some(1)));
    run(&mut app, &ctx, Command::CloseFind);
    assert!(!app.view.search.open);
}
