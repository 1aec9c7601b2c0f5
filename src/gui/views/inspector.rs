//! The statement inspector (right): the selected statement, who stands behind it, the evidence,
//! Confirm / Revert, and a searchable source picker ("author", any source, a new source).

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::model::{Document, EffectiveAttribution, Session, Statement};

use super::super::command::Command;
use super::super::derived::LOW_CONFIDENCE;
use super::super::state::ViewState;
use super::sources::kind_combo;
use super::{Shared, chain_text, command_button, preview, review_text, source_name, swatch_row};

/// Draws the inspector.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, view: &mut ViewState, out: &mut Vec<Command>) {
    ui.heading("Statement");
    let session = shared.session;
    let selection = view.selection;
    let Some(doc) = session.documents.get(selection.document) else {
        ui.weak("No document");
        return;
    };
    let found = selection.statement.and_then(|index| {
        Some((
            index,
            doc.statements.get(index)?,
            shared.derived.effective.get(index)?,
        ))
    });
    let Some((index, statement, effective)) = found else {
        ui.weak("No statement selected.\nClick one in the article, or press J (or Down).");
        return;
    };
    ScrollArea::vertical()
        .id_salt("inspector")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            details(ui, shared, doc, index, statement, effective);
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                command_button(ui, Command::Confirm, !effective.reviewed, out);
                command_button(ui, Command::Revert, effective.reviewed, out);
            });
            ui.separator();
            picker(ui, shared, view, effective, out);
        });
}

fn details(
    ui: &mut Ui,
    shared: &Shared<'_>,
    doc: &Document,
    index: usize,
    statement: &Statement,
    effective: &EffectiveAttribution,
) {
    let session = shared.session;
    let palette = shared.palette;
    ui.weak(format!("{} of {}", index + 1, doc.statements.len()));
    ui.label(RichText::new(format!("“{}”", doc.slice(statement.span))).italics());
    ui.add_space(6.0);
    ui.label(format!(
        "Source: {}",
        source_name(session, effective.source.as_ref())
    ));
    if let Some(source) = effective
        .source
        .as_ref()
        .and_then(|id| session.sources.get(id))
    {
        ui.label(format!("Kind: {}", source.kind));
    }
    if let Some(chain) = chain_text(session, effective) {
        ui.label(format!("Chain: {chain}"));
    }
    let review = review_text(effective);
    if effective.reviewed {
        ui.colored_label(palette.reviewer, review);
    } else {
        ui.weak(review);
    }
    if effective.changed {
        let machine = &statement.attribution;
        let before = EffectiveAttribution {
            source: machine.source.clone(),
            via: machine.via.clone(),
            reviewed: false,
            changed: false,
        };
        let machine = chain_text(session, &before)
            .unwrap_or_else(|| source_name(session, before.source.as_ref()));
        ui.weak(format!("Machine said: {machine}"));
    }
    ui.add_space(6.0);
    ui.strong("Evidence");
    evidence(ui, session, doc, statement, palette.warning);
}

fn evidence(
    ui: &mut Ui,
    _session: &Session,
    doc: &Document,
    statement: &Statement,
    warning: egui::Color32,
) {
    let attribution = &statement.attribution;
    egui::Grid::new("evidence")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            ui.label("Cue");
            ui.label(attribution.cue.map_or_else(
                || "—".to_string(),
                |cue| format!("“{}”", preview(doc.slice(cue), 40)),
            ));
            ui.end_row();
            ui.label("Mention");
            ui.label(attribution.mention.map_or_else(
                || "—".to_string(),
                |mention| format!("“{}”", preview(doc.slice(mention), 40)),
            ));
            ui.end_row();
            ui.label("Rule");
            ui.label(&attribution.rule);
            ui.end_row();
            ui.label("Confidence");
            let text = format!("{:.2}", attribution.confidence);
            if attribution.confidence < LOW_CONFIDENCE {
                ui.colored_label(warning, format!("{text} (low)"));
            } else {
                ui.label(text);
            }
            ui.end_row();
        });
}

fn picker(
    ui: &mut Ui,
    shared: &Shared<'_>,
    view: &mut ViewState,
    effective: &EffectiveAttribution,
    out: &mut Vec<Command>,
) {
    let session = shared.session;
    let palette = shared.palette;
    ui.strong("Assign to");
    ui.horizontal(|ui| {
        let label = ui.label("Find source:");
        ui.add(
            TextEdit::singleline(&mut view.picker_query)
                .hint_text("name or alias")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    let query = view.picker_query.trim().to_lowercase();
    let author_selected = effective.source.is_none();
    if query.is_empty() || "author unattributed".contains(&query) {
        let response = swatch_row(
            ui,
            palette.author_swatch,
            "Author / unattributed",
            "0",
            author_selected,
            "Assign to author (unattributed)",
        );
        if response.clicked() {
            out.push(Command::AssignUnattributed);
        }
    }
    // Same order and numbers as the legend (keys 1–9).
    let legend = shared
        .derived
        .legend
        .iter()
        .filter_map(|&i| session.sources.sources.get(i));
    for (k, source) in legend.enumerate() {
        let matches = query.is_empty()
            || source.name.to_lowercase().contains(&query)
            || source
                .aliases
                .iter()
                .any(|a| a.to_lowercase().contains(&query));
        if !matches {
            continue;
        }
        let key = if k < 9 {
            (k + 1).to_string()
        } else {
            String::new()
        };
        let selected = effective.source.as_ref() == Some(&source.id);
        let response = swatch_row(
            ui,
            palette.swatch(source.colour),
            &source.name,
            &key,
            selected,
            &format!("Assign to {}", source.name),
        );
        if response.clicked() {
            out.push(Command::AssignSource(source.id.clone()));
        }
    }
    ui.add_space(6.0);
    let label = ui.label("New source for this statement:");
    ui.add(
        TextEdit::singleline(&mut view.new_source_name)
            .hint_text("Name of the new source")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    ui.horizontal(|ui| {
        let kind = view.new_source_kind;
        kind_combo(ui, "new-kind", "", kind, |kind| {
            view.new_source_kind = kind;
        });
        let name = view.new_source_name.trim().to_string();
        if ui
            .add_enabled(!name.is_empty(), egui::Button::new("Create and assign"))
            .clicked()
        {
            out.push(Command::AssignNewSource {
                name,
                kind: view.new_source_kind,
            });
        }
    });
}
