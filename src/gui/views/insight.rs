//! The panel below the article that shows the open question view, with its title and a close
//! button, and the row helpers the views share.

use egui::{Color32, Ui};

use super::super::command::Command;
use super::super::insight::InsightView;
use super::super::state::ViewState;
use super::Shared;
use crate::model::SourceId;

/// Draws the open view.
pub fn show(
    ui: &mut Ui,
    insight: InsightView,
    shared: &Shared<'_>,
    view: &ViewState,
    out: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading(insight.title());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let close = Command::ToggleInsight(insight);
            let shortcut = close
                .shortcuts()
                .first()
                .map(|s| ui.ctx().format_shortcut(s))
                .unwrap_or_default();
            if ui
                .button("Close view")
                .on_hover_text(format!("Close this view ({shortcut})"))
                .clicked()
            {
                out.push(Command::CloseInsight);
            }
        });
    });
    ui.separator();
    match insight {
        InsightView::Quotes => super::quotes::show(ui, shared, view, out),
        InsightView::Unsourced => super::unsourced::show(ui, shared, view, out),
        InsightView::Figures => super::figures::show(ui, shared, view, out),
        InsightView::Compare => super::compare::show(ui, shared, out),
    }
}

/// The swatch colour of a source (`None`: the author's own voice).
pub fn swatch(shared: &Shared<'_>, source: Option<&SourceId>) -> Color32 {
    source
        .and_then(|id| shared.session.sources.get(id))
        .map_or(shared.palette.author_swatch, |s| {
            shared.palette.swatch(s.colour)
        })
}

/// "Article title ¶3": where a statement sits.
pub fn place(shared: &Shared<'_>, document: usize, paragraph: usize) -> String {
    format!(
        "{} ¶{}",
        crate::insights::quotes::article_title(shared.session, document),
        paragraph + 1
    )
}

/// True when this statement is the selected one.
pub fn is_selected(view: &ViewState, document: usize, statement: usize) -> bool {
    view.selection.document == document && view.selection.statement == Some(statement)
}
