//! The shortcut overlay (F1), generated from the command list.

use egui::{Context, Id, Key, Modal, ScrollArea};

use super::super::command::{Command, bound_commands};

/// Draws the overlay; F1, Escape or "Close" closes it.
pub fn show(ctx: &Context, out: &mut Vec<Command>) {
    let modal = Modal::new(Id::unique("ascribe-help")).show(ctx, |ui| {
        ui.set_min_width(600.0);
        ui.set_max_width(640.0);
        ui.heading("All keyboard shortcuts");
        ui.weak("Single-key shortcuts do nothing while a text field has focus.");
        ui.add_space(6.0);
        ScrollArea::vertical().max_height(480.0).show(ui, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    for command in bound_commands() {
                        let keys: Vec<String> = command
                            .shortcuts()
                            .iter()
                            .map(|s| ctx.format_shortcut(s))
                            .collect();
                        ui.monospace(keys.join("  /  "));
                        ui.label(command.label());
                        ui.end_row();
                    }
                });
        });
        ui.add_space(6.0);
        ui.button("Close").clicked()
    });
    let f1 = ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::F1));
    if modal.inner || f1 || modal.should_close() {
        out.push(Command::ToggleHelp);
    }
}
