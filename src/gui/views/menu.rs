//! The menu bar. Every item is a [`Command`] with the label and shortcut the command list gives.

use egui::Ui;

use super::super::command::{Command, REPORT_FORMATS};
use super::super::insight::InsightView;
use super::{Shared, command_button, command_button_labelled};

/// Draws the menu bar.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu(ui, shared, out));
        ui.menu_button("Edit", |ui| edit_menu(ui, shared, out));
        ui.menu_button("Review", |ui| review_menu(ui, shared, out));
        ui.menu_button("View", |ui| {
            for command in [
                Command::ToggleTheme,
                Command::ZoomIn,
                Command::ZoomOut,
                Command::ZoomReset,
            ] {
                command_button(ui, command, true, out);
            }
            ui.separator();
            for view in InsightView::ALL {
                command_button(ui, Command::ToggleInsight(view), true, out);
            }
        });
        ui.menu_button("Help", |ui| {
            command_button(ui, Command::ToggleHelp, true, out);
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let theme = if shared.palette.dark {
                "Light theme"
            } else {
                "Dark theme"
            };
            if ui
                .button(theme)
                .on_hover_text("Switch between the dark and the light theme (Ctrl+T)")
                .clicked()
            {
                out.push(Command::ToggleTheme);
            }
            if ui
                .button("Shortcuts")
                .on_hover_text("Keyboard shortcuts (F1)")
                .clicked()
            {
                out.push(Command::ToggleHelp);
            }
        });
    });
}

fn file_menu(ui: &mut Ui, shared: &Shared<'_>, out: &mut Vec<Command>) {
    let idle = shared.busy.is_none();
    command_button(ui, Command::OpenArticles, idle, out);
    command_button(ui, Command::AddArticles, idle, out);
    command_button(ui, Command::OpenSession, idle, out);
    command_button(ui, Command::NewFromClipboard, idle, out)
        .on_hover_text("Paste an article's text (Ctrl+V also works on an empty window)");
    ui.menu_button("Recent files", |ui| {
        if shared.prefs.recent.is_empty() {
            ui.weak("(none)");
        }
        for path in &shared.prefs.recent {
            let name = path.display().to_string();
            if ui.add_enabled(idle, egui::Button::new(&name)).clicked() {
                out.push(Command::Open(vec![path.clone()]));
            }
        }
        ui.separator();
        command_button(
            ui,
            Command::ClearRecent,
            !shared.prefs.recent.is_empty(),
            out,
        );
    });
    ui.separator();
    command_button(ui, Command::Save, true, out);
    command_button(ui, Command::SaveAs, true, out);
    ui.menu_button("Export report", |ui| {
        for format in REPORT_FORMATS {
            command_button(ui, Command::Export(format), true, out);
        }
        ui.separator();
        let mut full = shared.prefs.full_paths_in_reports;
        let label = Command::ToggleFullPathsInReports.label();
        if ui
            .checkbox(&mut full, label)
            .on_hover_text("Off: reports name each article by its file name, not your folders")
            .clicked()
        {
            out.push(Command::ToggleFullPathsInReports);
        }
    });
    ui.separator();
    command_button(ui, Command::Quit, true, out);
}

fn edit_menu(ui: &mut Ui, shared: &Shared<'_>, out: &mut Vec<Command>) {
    let undo = shared.workspace.undo_label();
    let redo = shared.workspace.redo_label();
    command_button_labelled(
        ui,
        undo.map_or_else(|| "Undo".to_string(), |l| format!("Undo {l}")),
        Command::Undo,
        undo.is_some(),
        out,
    );
    command_button_labelled(
        ui,
        redo.map_or_else(|| "Redo".to_string(), |l| format!("Redo {l}")),
        Command::Redo,
        redo.is_some(),
        out,
    );
    ui.separator();
    for command in [Command::Find, Command::FindNext, Command::FindPrev] {
        command_button(ui, command, true, out);
    }
}

fn review_menu(ui: &mut Ui, shared: &Shared<'_>, out: &mut Vec<Command>) {
    for command in [
        Command::SelectNext,
        Command::SelectPrev,
        Command::NextUnreviewed,
        Command::NextLowConfidence,
        Command::NextUnsourced,
        Command::PrevUnsourced,
    ] {
        command_button(ui, command, true, out);
    }
    ui.separator();
    for command in [
        Command::Confirm,
        Command::AssignUnattributed,
        Command::Revert,
    ] {
        command_button(ui, command, true, out);
    }
    ui.menu_button("Assign legend source", |ui| {
        let legend = shared
            .derived
            .legend
            .iter()
            .filter_map(|&i| shared.session.sources.sources.get(i));
        for (k, source) in legend.enumerate().take(9) {
            let label = format!("{} {}", k + 1, source.name);
            command_button_labelled(ui, label, Command::AssignLegend(k), true, out);
        }
    });
}
