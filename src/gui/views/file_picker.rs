//! The window of ascribe's own file picker ([`crate::gui::picker`]): folder field, listing,
//! file name (when saving), and the buttons that emit the choice as a command.

use egui::{Key, ScrollArea, TextEdit, Ui};

use super::super::command::Command;
use super::super::picker::FilePicker;

/// Draws the picker. Navigation and selection change the picker itself (like typing in a
/// field); confirming or cancelling emits [`Command::PickerChosen`] or [`Command::PickerCancel`].
pub fn show(ctx: &egui::Context, picker: &mut FilePicker, out: &mut Vec<Command>) {
    let mut open = true;
    egui::Window::new(picker.purpose.title())
        .collapsible(false)
        .resizable(true)
        .default_size([560.0, 420.0])
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .open(&mut open)
        .show(ctx, |ui| body(ui, picker, out));
    if !open || ctx.input(|i| i.key_pressed(Key::Escape)) {
        out.push(Command::PickerCancel);
    }
}

fn body(ui: &mut Ui, picker: &mut FilePicker, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.label("Folder:");
        let field = ui
            .add(TextEdit::singleline(&mut picker.folder_field).desired_width(380.0))
            .labelled_by(label.id);
        if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            let target = picker.folder_field.clone().into();
            picker.go_to(target);
        }
        if ui.button("Up").on_hover_text("The parent folder").clicked() {
            picker.up();
        }
    });
    if let Some(problem) = &picker.problem {
        ui.colored_label(ui.visuals().warn_fg_color, problem);
    }
    ui.separator();
    let mut go_to = None;
    let mut toggle = None;
    let mut chosen_now = None;
    ScrollArea::vertical()
        .max_height(260.0)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if picker.entries.is_empty() {
                ui.weak("(no folders or matching files here)");
            }
            for entry in &picker.entries {
                let label = if entry.folder {
                    format!("{}/", entry.name)
                } else {
                    entry.name.clone()
                };
                let selected = picker.selected.contains(&entry.path);
                let response = ui.selectable_label(selected, label);
                if entry.folder && (response.double_clicked() || response.clicked()) {
                    go_to = Some(entry.path.clone());
                } else if response.double_clicked() && !picker.purpose.saves() {
                    chosen_now = Some(entry.path.clone());
                } else if response.clicked() {
                    toggle = Some(entry.path.clone());
                }
            }
        });
    if let Some(folder) = go_to {
        picker.go_to(folder);
    }
    if let Some(path) = toggle {
        picker.toggle(&path);
    }
    if let Some(path) = chosen_now {
        out.push(Command::PickerChosen(vec![path]));
        return;
    }
    ui.separator();
    if picker.purpose.saves() {
        ui.horizontal(|ui| {
            let label = ui.label("File name:");
            ui.add(TextEdit::singleline(&mut picker.file_name).desired_width(380.0))
                .labelled_by(label.id);
        });
    } else if picker.purpose.many() {
        ui.weak("Click files to choose them (several at once are fine).");
    }
    let choice = picker.choice();
    ui.horizontal(|ui| {
        let verb = if picker.purpose.saves() {
            "Save"
        } else {
            "Open"
        };
        if ui
            .add_enabled(!choice.is_empty(), egui::Button::new(verb))
            .clicked()
        {
            out.push(Command::PickerChosen(choice.clone()));
        }
        if ui.button("Cancel").clicked() {
            out.push(Command::PickerCancel);
        }
    });
}
