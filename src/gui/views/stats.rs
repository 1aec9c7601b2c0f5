//! Charts (left, below the legend): one stacked bar of the text's shares per source, and one bar
//! per source kind. Painted with the egui painter.

use egui::{Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, accesskit::Role, vec2};

use super::super::theme::kind_colour;
use super::{Shared, share_bar};

/// Draws the charts.
pub fn show(ui: &mut Ui, shared: &Shared<'_>) {
    let derived = shared.derived;
    let total = derived.total_bytes;
    if total == 0 {
        return;
    }
    ui.strong("Share of text by source");
    stacked_bar(ui, shared);
    ui.add_space(6.0);
    ui.strong("Share of text by kind");
    egui::Grid::new("kinds")
        .num_columns(3)
        .spacing(vec2(6.0, 2.0))
        .show(ui, |ui| {
            for (kind, share) in &derived.kinds {
                if share.statements == 0 {
                    continue;
                }
                let fraction = share.fraction(total);
                ui.label(kind.as_str());
                ui.scope(|ui| {
                    ui.set_width(90.0);
                    share_bar(
                        ui,
                        fraction,
                        kind_colour(*kind),
                        shared.palette.chart_track,
                        10.0,
                    );
                });
                ui.label(format!("{:.0}%", fraction * 100.0));
                ui.end_row();
            }
            let author = derived.author.fraction(total);
            ui.label("author");
            ui.scope(|ui| {
                ui.set_width(90.0);
                share_bar(
                    ui,
                    author,
                    shared.palette.author_swatch,
                    shared.palette.chart_track,
                    10.0,
                );
            });
            ui.label(format!("{:.0}%", author * 100.0));
            ui.end_row();
        });
}

fn stacked_bar(ui: &mut Ui, shared: &Shared<'_>) {
    let derived = shared.derived;
    let total = derived.total_bytes as f32;
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), 14.0), Sense::hover());
    let mut parts: Vec<String> = Vec::new();
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect_filled(rect, 2.0, shared.palette.chart_track);
        let mut x = rect.left();
        let segments = shared
            .session
            .sources
            .iter()
            .zip(&derived.sources)
            .map(|(source, share)| {
                (
                    shared.palette.swatch(source.colour),
                    share.bytes,
                    source.name.as_str(),
                )
            })
            .chain(std::iter::once((
                shared.palette.author_swatch,
                derived.author.bytes,
                "author",
            )));
        for (colour, bytes, name) in segments {
            if bytes == 0 {
                continue;
            }
            let width = rect.width() * bytes as f32 / total;
            let segment =
                Rect::from_min_size(egui::pos2(x, rect.top()), vec2(width, rect.height()));
            painter.rect_filled(segment, 0.0, colour);
            x += width;
            parts.push(format!("{name} {:.0}%", bytes as f32 / total * 100.0));
        }
        painter.rect_stroke(
            rect,
            2.0,
            Stroke::new(1.0, ui.visuals().weak_text_color()),
            StrokeKind::Inside,
        );
    }
    let summary = parts.join(", ");
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, format!("Shares: {summary}")));
    response.on_hover_text(summary);
}
