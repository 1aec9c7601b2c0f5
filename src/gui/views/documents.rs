//! The document list (left): one row per document with its review progress.

use egui::{ScrollArea, Ui};

use super::super::command::Command;
use super::super::state::ViewState;
use super::{Shared, share_bar, swatch_row};

/// Draws the document list.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, view: &ViewState, out: &mut Vec<Command>) {
    ui.heading("Documents");
    let documents = &shared.session.documents;
    if documents.is_empty() {
        ui.weak("None yet");
        return;
    }
    ScrollArea::vertical()
        .id_salt("documents")
        .max_height(160.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (index, doc) in documents.iter().enumerate() {
                let (reviewed, total) = shared
                    .derived
                    .progress
                    .get(index)
                    .copied()
                    .unwrap_or((0, 0));
                let name = doc.display_name();
                let a11y = format!("Document {name}: {reviewed} of {total} reviewed");
                let selected = index == view.selection.document;
                let colour = if total > 0 && reviewed == total {
                    shared.palette.reviewer
                } else {
                    shared.palette.author_swatch
                };
                let response = swatch_row(
                    ui,
                    colour,
                    &name,
                    &format!("{reviewed}/{total}"),
                    selected,
                    &a11y,
                );
                if response.clicked() {
                    out.push(Command::ShowDocument(index));
                }
                let fraction = if total == 0 {
                    0.0
                } else {
                    reviewed as f32 / total as f32
                };
                share_bar(
                    ui,
                    fraction,
                    shared.palette.reviewer,
                    shared.palette.chart_track,
                    3.0,
                );
            }
        });
}
