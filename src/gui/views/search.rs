//! The search bar (Ctrl+F): a field, the match count, previous / next, close.
//! Enter goes to the next match, Shift+Enter to the previous one.

use egui::{Key, TextEdit, Ui};

use super::super::command::Command;
use super::super::state::ViewState;
use super::command_button_labelled;

/// Draws the search bar.
pub fn show(ui: &mut Ui, view: &mut ViewState, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.label("Find:");
        let field = TextEdit::singleline(&mut view.search.query)
            .hint_text("Search the article")
            .return_key(None)
            .desired_width(260.0);
        let response = ui.add(field).labelled_by(label.id);
        if std::mem::take(&mut view.search.focus) {
            response.request_focus();
        }
        if response.has_focus() {
            let (enter, shift) = ui.input(|i| (i.key_pressed(Key::Enter), i.modifiers.shift));
            if enter {
                out.push(if shift {
                    Command::FindPrev
                } else {
                    Command::FindNext
                });
            }
        }
        let count = view.search.matches.len();
        let status = match (count, view.search.current) {
            (0, _) if view.search.query.trim().is_empty() => String::new(),
            (0, _) => "no matches".to_string(),
            (n, Some(i)) => format!("{} / {n}", i + 1),
            (n, None) => format!("{n} matches"),
        };
        ui.label(status);
        command_button_labelled(
            ui,
            "Previous match".into(),
            Command::FindPrev,
            count > 0,
            out,
        );
        command_button_labelled(ui, "Next match".into(), Command::FindNext, count > 0, out);
        if ui.button("×").on_hover_text("Close search (Esc)").clicked() {
            out.push(Command::CloseFind);
        }
    });
}
