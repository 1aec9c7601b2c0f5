//! Modal dialogs: errors, unsaved changes, recovery. Only the first pending dialog is shown.

use egui::{Context, Id, Modal, RichText};

use super::super::command::Command;
use super::super::state::{Dialog, Pending};
use super::super::theme::Palette;

/// Draws `dialog` and pushes the command its buttons (or Escape) choose.
pub fn show(ctx: &Context, dialog: &Dialog, palette: Palette, out: &mut Vec<Command>) {
    let mut chosen = Vec::new();
    let response = Modal::new(Id::unique("ascribe-dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        match dialog {
            Dialog::Error { title, message } => {
                ui.heading(RichText::new(title).color(palette.warning));
                ui.add_space(6.0);
                ui.label(RichText::new(message).monospace());
                ui.add_space(8.0);
                if ui.button("OK").clicked() {
                    chosen.push(Command::CloseDialog);
                }
            }
            Dialog::Unsaved(pending) => {
                ui.heading("Unsaved changes");
                let what = match pending {
                    Pending::Quit => "closing",
                    _ => "opening something else",
                };
                ui.label(format!(
                    "The session has changes that are not saved. Save them before {what}?"
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        chosen.push(Command::SaveAndContinue);
                    }
                    if ui.button("Discard changes").clicked() {
                        chosen.push(Command::DiscardAndContinue);
                    }
                    if ui.button("Cancel").clicked() {
                        chosen.push(Command::CloseDialog);
                    }
                });
            }
            Dialog::Recovery { session, .. } => {
                ui.heading("Restore unsaved work?");
                ui.label(format!(
                    "ascribe found work that was not saved when it last closed: session “{}” with {} document(s) and {} reviewer decision(s).",
                    session.name,
                    session.documents.len(),
                    session.decisions.len()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        chosen.push(Command::RestoreRecovery);
                    }
                    if ui.button("Discard").clicked() {
                        chosen.push(Command::DiscardRecovery);
                    }
                });
            }
        }
    });
    if response.should_close() && chosen.is_empty() {
        chosen.push(Command::CloseDialog);
    }
    out.extend(chosen);
}
