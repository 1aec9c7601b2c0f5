//! Quotes by source: every statement of one source across the session's articles, in order,
//! with its article and paragraph; a click jumps to it, "Copy citation" copies it as
//! `„…” — Name, Article title`.

use egui::{ScrollArea, Ui, WidgetInfo, accesskit::Role};

use super::super::command::Command;
use super::super::state::ViewState;
use super::insight::{is_selected, place, swatch};
use super::{Shared, preview, source_name, swatch_row};

/// Draws the quotes view.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, view: &ViewState, out: &mut Vec<Command>) {
    let session = shared.session;
    let chosen = view.quotes_source.as_ref();
    let quotes = &shared.insights.quotes;
    ui.horizontal(|ui| {
        ui.label("Source:");
        let combo = egui::ComboBox::from_id_salt("quotes-source")
            .selected_text(source_name(session, chosen))
            .width(260.0)
            .show_ui(ui, |ui| {
                let choices =
                    std::iter::once(None).chain(shared.derived.legend.iter().filter_map(|&i| {
                        session.sources.sources.get(i).map(|s| Some(s.id.clone()))
                    }));
                for choice in choices {
                    let name = source_name(session, choice.as_ref());
                    if ui
                        .selectable_label(choice.as_ref() == chosen, name)
                        .clicked()
                    {
                        out.push(Command::QuotesOf(choice));
                    }
                }
            });
        let quoted = source_name(session, chosen);
        combo.response.widget_info(|| {
            WidgetInfo::labeled(Role::ComboBox, true, format!("Quoted source: {quoted}"))
        });
        let articles = {
            let mut docs: Vec<usize> = quotes.iter().map(|q| q.document).collect();
            docs.dedup();
            docs.len()
        };
        ui.weak(format!(
            "{} statement(s) in {articles} article(s) · click to jump",
            quotes.len()
        ));
    });
    ui.add_space(4.0);
    if quotes.is_empty() {
        ui.weak("This source has no statements.");
        return;
    }
    let colour = swatch(shared, chosen);
    ScrollArea::vertical()
        .id_salt("quotes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (k, quote) in quotes.iter().enumerate() {
                let Some(doc) = session.documents.get(quote.document) else {
                    continue;
                };
                let Some(statement) = doc.statements.get(quote.statement) else {
                    continue;
                };
                let text = preview(doc.slice(statement.span), 240);
                let label = format!("{}: {text}", place(shared, quote.document, quote.paragraph));
                ui.horizontal(|ui| {
                    let copy = ui
                        .button("Copy citation")
                        .on_hover_text("Copy as „…” — Name, Article title (English articles: “…”)");
                    let name = format!("Copy citation of quote {}", k + 1);
                    copy.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
                    if copy.clicked() {
                        out.push(Command::CopyCitation {
                            document: quote.document,
                            statement: quote.statement,
                        });
                    }
                    let selected = is_selected(view, quote.document, quote.statement);
                    let a11y = format!("Quote {}: {label}", k + 1);
                    if swatch_row(ui, colour, &label, "", selected, &a11y).clicked() {
                        out.push(Command::Select {
                            document: quote.document,
                            statement: quote.statement,
                        });
                    }
                });
            }
        });
}
