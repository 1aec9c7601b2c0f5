//! The legend (left): every source with its colour, kind, statement count and share of the text.
//! Clicking a source filters the article to it and opens its editor: rename, recolour, change
//! kind, hide, merge into another. Below: add a source.

use egui::{ComboBox, TextEdit, Ui, color_picker};

use crate::model::{Session, Source, SourceId, SourceKind};

use super::super::command::Command;
use super::super::state::ViewState;
use super::{Shared, share_bar, swatch_row};

/// Draws the legend, the editor of the filtered source and the "add source" row.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, view: &mut ViewState, out: &mut Vec<Command>) {
    ui.heading("Sources");
    let session = shared.session;
    let derived = shared.derived;
    let total = derived.total_bytes;
    if session.sources.is_empty() {
        ui.weak("No sources found");
    }
    for (k, &index) in derived.legend.iter().enumerate() {
        let Some(source) = session.sources.sources.get(index) else {
            continue;
        };
        if k == derived.legend_here && k > 0 {
            ui.separator();
            ui.weak("Other sources of the session (none here)");
        }
        let share = derived.sources.get(index).copied().unwrap_or_default();
        let percent = share.fraction(total) * 100.0;
        let key = if k < 9 {
            format!("{}  ", k + 1)
        } else {
            String::new()
        };
        let hidden = if source.hidden { " (hidden)" } else { "" };
        let text = format!("{key}{}{hidden}", source.name);
        let right = format!("{} · {} · {percent:.0}%", source.kind, share.statements);
        let a11y = format!(
            "Source {}: {}, {} statements, {percent:.0}% of text{hidden}",
            source.name, source.kind, share.statements
        );
        let filtered = view.filter.as_ref() == Some(&source.id);
        let mut swatch = shared.palette.swatch(source.colour);
        if source.hidden {
            swatch = swatch.gamma_multiply(0.35);
        }
        let response = swatch_row(ui, swatch, &text, &right, filtered, &a11y)
            .on_hover_text(format!(
                "{} ({})\nAlso called: {}\nClick to show only this source; click again to show all.",
                source.name,
                source.kind,
                if source.aliases.is_empty() {
                    "—".to_string()
                } else {
                    source.aliases.join(", ")
                }
            ));
        if response.clicked() {
            out.push(Command::FilterSource(if filtered {
                None
            } else {
                Some(source.id.clone())
            }));
        }
        share_bar(
            ui,
            share.fraction(total),
            swatch,
            shared.palette.chart_track,
            3.0,
        );
    }
    let author = derived.author;
    ui.horizontal(|ui| {
        ui.weak(format!(
            "Author (unattributed): {} · {:.0}%",
            author.statements,
            author.fraction(total) * 100.0
        ));
    });
    marks_legend(ui, &shared.palette);

    if let Some(source) = view
        .editor
        .id
        .as_ref()
        .and_then(|id| session.sources.get(id))
        .cloned()
    {
        ui.separator();
        editor(ui, session, &source, view, out);
    }
    ui.separator();
    add_source(ui, view, out);
}

/// What the marks in the text mean: the dotted underline of low confidence and the margin bars
/// of reviewed statements.
fn marks_legend(ui: &mut Ui, palette: &super::super::theme::Palette) {
    use egui::{Shape, Stroke, pos2, vec2};
    let entries: [(&str, u8); 3] = [
        ("dotted: low confidence, not reviewed", 0),
        ("bar: confirmed by the reviewer", 1),
        ("wide bar: changed by the reviewer", 2),
    ];
    ui.add_space(4.0);
    for (label, mark) in entries {
        ui.horizontal(|ui| {
            let (rect, response) = ui.allocate_exact_size(vec2(22.0, 14.0), egui::Sense::hover());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Image, true, format!("Mark: {label}"))
            });
            let painter = ui.painter();
            match mark {
                0 => painter.extend(Shape::dotted_line(
                    &[
                        pos2(rect.left(), rect.bottom() - 2.0),
                        pos2(rect.right(), rect.bottom() - 2.0),
                    ],
                    palette.low_confidence,
                    4.0,
                    1.2,
                )),
                _ => {
                    let width = if mark == 2 { 4.0 } else { 2.5 };
                    let x = rect.left() + 5.0;
                    painter.line_segment(
                        [pos2(x, rect.top() + 1.0), pos2(x, rect.bottom() - 1.0)],
                        Stroke::new(width, palette.reviewer),
                    );
                    if mark == 2 {
                        painter.rect_filled(
                            egui::Rect::from_center_size(pos2(x, rect.top() + 2.5), vec2(6.0, 3.0)),
                            0.0,
                            palette.reviewer,
                        );
                    }
                }
            }
            ui.weak(label);
        });
    }
}

fn editor(
    ui: &mut Ui,
    session: &Session,
    source: &Source,
    view: &mut ViewState,
    out: &mut Vec<Command>,
) {
    let id = source.id.clone();
    ui.strong(format!("Edit source “{}”", source.name));
    ui.horizontal(|ui| {
        let label = ui.label("Name:");
        let field = ui
            .add(
                TextEdit::singleline(&mut view.editor.name)
                    .desired_width((ui.available_width() - 80.0).max(60.0))
                    .hint_text("Source name"),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let changed = view.editor.name.trim() != source.name && !view.editor.name.trim().is_empty();
        if (ui
            .add_enabled(changed, egui::Button::new("Rename"))
            .clicked()
            || enter)
            && changed
        {
            out.push(Command::RenameSource {
                id: id.clone(),
                name: view.editor.name.trim().to_string(),
            });
        }
    });
    ui.horizontal(|ui| {
        ui.label("Colour:");
        let mut rgb = source.colour.0;
        color_picker::color_edit_button_srgb(ui, &mut rgb)
            .on_hover_text(format!("Colour of {}", source.name));
        if rgb != source.colour.0 {
            out.push(Command::RecolourSource {
                id: id.clone(),
                colour: crate::model::Colour(rgb),
            });
        }
        kind_combo(ui, ("kind", &id), "Kind", source.kind, |kind| {
            out.push(Command::SetSourceKind {
                id: id.clone(),
                kind,
            });
        });
    });
    let mut hidden = source.hidden;
    if ui
        .checkbox(&mut hidden, "Hidden (no highlight in the article)")
        .changed()
    {
        out.push(Command::SetSourceHidden {
            id: id.clone(),
            hidden,
        });
    }
    ui.horizontal(|ui| {
        let chosen = view
            .editor
            .merge_into
            .as_ref()
            .and_then(|target| session.sources.get(target));
        let text = chosen.map_or_else(|| "choose…".to_string(), |s| s.name.clone());
        ComboBox::new(("merge", &id), "Merge into")
            .selected_text(text)
            .show_ui(ui, |ui| {
                for other in session.sources.iter().filter(|s| s.id != id) {
                    let selected = view.editor.merge_into.as_ref() == Some(&other.id);
                    if ui.selectable_label(selected, &other.name).clicked() {
                        view.editor.merge_into = Some(other.id.clone());
                    }
                }
            });
        let target: Option<SourceId> = chosen.map(|s| s.id.clone());
        if ui
            .add_enabled(target.is_some(), egui::Button::new("Merge"))
            .on_hover_text(
                "Move every statement, decision and name of this source into the chosen one",
            )
            .clicked()
            && let Some(into) = target
        {
            out.push(Command::MergeSource {
                from: id.clone(),
                into,
            });
            view.editor.merge_into = None;
        }
    });
}

fn add_source(ui: &mut Ui, view: &mut ViewState, out: &mut Vec<Command>) {
    let label = ui.label("Add a source to the session:");
    let field = ui
        .add(
            TextEdit::singleline(&mut view.add_source_name)
                .hint_text("New source name")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        let kind = view.add_source_kind;
        kind_combo(ui, "add-kind", "", kind, |kind| view.add_source_kind = kind);
        let name = view.add_source_name.trim().to_string();
        if (ui
            .add_enabled(!name.is_empty(), egui::Button::new("Add source"))
            .clicked()
            || enter)
            && !name.is_empty()
        {
            out.push(Command::AddSource {
                name,
                kind: view.add_source_kind,
            });
        }
    });
}

/// A combo box of source kinds; calls `pick` with a newly chosen kind.
pub fn kind_combo(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    label: &str,
    current: SourceKind,
    mut pick: impl FnMut(SourceKind),
) {
    let combo = if label.is_empty() {
        ComboBox::from_id_salt(id_salt)
    } else {
        ComboBox::new(id_salt, label)
    };
    let response = combo
        .selected_text(current.as_str())
        .width(110.0)
        .show_ui(ui, |ui| {
            for kind in SourceKind::ALL {
                if ui
                    .selectable_label(kind == current, kind.as_str())
                    .clicked()
                    && kind != current
                {
                    pick(kind);
                }
            }
        });
    // Named for screen readers even where no visible label stands beside it.
    let response = response.response;
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::ComboBox,
            true,
            format!("Kind of source: {}", current.as_str()),
        )
    });
    response.on_hover_text("Kind of source");
}
