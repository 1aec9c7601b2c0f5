//! The status bar: document, statement k/n, reviewed count, unsaved marker, background progress
//! (with Cancel) and the last message.

use egui::{ProgressBar, Ui};

use super::super::command::Command;
use super::super::state::ViewState;
use super::Shared;

/// Draws the status bar.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, view: &ViewState, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let session = shared.session;
        let document = view.selection.document;
        if let Some(doc) = session.documents.get(document) {
            let total = doc.statements.len();
            ui.label(format!("Document: {}", doc.display_name()));
            ui.separator();
            let position = view
                .selection
                .statement
                .map_or_else(|| "–".to_string(), |s| (s + 1).to_string());
            ui.label(format!("Statement {position} / {total}"));
            ui.separator();
            let reviewed = shared.derived.progress.get(document).map_or(0, |p| p.0);
            ui.label(format!("Reviewed {reviewed} / {total}"));
            ui.separator();
        }
        if shared.workspace.is_dirty() {
            ui.colored_label(shared.palette.warning, "• Unsaved changes");
        } else {
            ui.weak("Saved");
        }
        if let Some(progress) = &shared.busy {
            ui.separator();
            let fraction = if progress.total == 0 {
                0.0
            } else {
                progress.done as f32 / progress.total as f32
            };
            let name = std::path::Path::new(&progress.current)
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            ui.add(
                ProgressBar::new(fraction)
                    .desired_width(180.0)
                    .animate(true)
                    .text(format!(
                        "Analysing {name} ({}/{})",
                        progress.done, progress.total
                    )),
            );
            if ui.button("Cancel").clicked() {
                out.push(Command::CancelWork);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.add(egui::Label::new(&view.status).truncate());
        });
    });
}
