//! Figures: every quantity with its value and unit, the statement it sits in and that
//! statement's source (or the author, flagged unsourced); filter by source; a click jumps.

use egui::{ScrollArea, Ui, WidgetInfo, accesskit::Role};

use super::super::command::Command;
use super::super::insight::FigureFilter;
use super::super::state::ViewState;
use super::insight::{is_selected, place, swatch};
use super::{Shared, preview, source_name, swatch_row};
use crate::insights::SessionFigure;

fn passes(filter: &FigureFilter, figure: &SessionFigure) -> bool {
    match filter {
        FigureFilter::All => true,
        FigureFilter::Author => figure.source.is_none(),
        FigureFilter::Source(id) => figure.source.as_ref() == Some(id),
    }
}

/// Draws the figures view.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, view: &ViewState, out: &mut Vec<Command>) {
    let session = shared.session;
    let figures = &shared.insights.data.figures;
    ui.horizontal_wrapped(|ui| {
        ui.label("Show:");
        let mut choices = vec![
            (FigureFilter::All, "All".to_string()),
            (FigureFilter::Author, "Author (unsourced)".to_string()),
        ];
        for source in session.sources.iter() {
            if figures
                .iter()
                .any(|f| f.source.as_ref() == Some(&source.id))
            {
                choices.push((FigureFilter::Source(source.id.clone()), source.name.clone()));
            }
        }
        for (filter, name) in choices {
            let count = figures.iter().filter(|f| passes(&filter, f)).count();
            let selected = view.figure_filter == filter;
            let response = ui.selectable_label(selected, format!("{name} ({count})"));
            let a11y = format!("Figures of {name}");
            response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &a11y));
            if response.clicked() {
                out.push(Command::FilterFigures(filter));
            }
        }
    });
    ui.add_space(4.0);
    let shown: Vec<&SessionFigure> = figures
        .iter()
        .filter(|f| passes(&view.figure_filter, f))
        .collect();
    if shown.is_empty() {
        ui.weak("No figures here.");
        return;
    }
    ScrollArea::vertical()
        .id_salt("figures")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (k, f) in shown.iter().enumerate() {
                let Some(doc) = session.documents.get(f.document) else {
                    continue;
                };
                let Some(statement) = doc.statements.get(f.statement) else {
                    continue;
                };
                let figure = doc.slice(f.figure.span);
                let unit = f.figure.unit.as_deref().unwrap_or("");
                let value = format!("{} {unit}", f.figure.value.display());
                let label = format!(
                    "{figure}  =  {}   ·   {}: {}",
                    value.trim(),
                    place(shared, f.document, statement.paragraph),
                    preview(doc.slice(statement.span), 160)
                );
                let who = match &f.source {
                    Some(_) => source_name(session, f.source.as_ref()),
                    None => "author · UNSOURCED".to_string(),
                };
                let a11y = format!("Figure {}: {figure} = {} — {who}", k + 1, value.trim());
                let selected = is_selected(view, f.document, f.statement);
                let row = swatch_row(
                    ui,
                    swatch(shared, f.source.as_ref()),
                    &label,
                    &who,
                    selected,
                    &a11y,
                );
                if row.clicked() {
                    out.push(Command::Select {
                        document: f.document,
                        statement: f.statement,
                    });
                }
            }
        });
}
