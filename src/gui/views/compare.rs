//! Compare articles: a matrix of sources × articles (statements and share of text), the sources
//! common to all articles and unique to one, and who cites whom (the `via` chains) as a small
//! graph drawn with the egui painter.

use egui::{
    Align2, FontId, Grid, Pos2, ScrollArea, Sense, Stroke, Ui, WidgetInfo, accesskit::Role, vec2,
};

use super::super::command::Command;
use super::Shared;
use crate::insights::Comparison;
use crate::model::SourceId;

/// Draws the compare view.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, out: &mut Vec<Command>) {
    let session = shared.session;
    let c = &shared.insights.data.comparison;
    if session.documents.len() < 2 {
        ui.weak("Open two or more articles (File → Add articles to session) to compare them.");
    }
    let name = |id: &SourceId| super::source_name(session, Some(id));
    ui.horizontal_top(|ui| {
        let matrix_width = (ui.available_width() - 380.0).max(320.0);
        ui.vertical(|ui| {
            ui.set_width(matrix_width);
            ScrollArea::both()
                .id_salt("compare")
                .auto_shrink([false, false])
                .max_height((ui.available_height() - 60.0).max(60.0))
                .show(ui, |ui| matrix(ui, shared, c, out));
            ui.add_space(4.0);
            let common: Vec<String> = c.common.iter().map(name).collect();
            ui.label(format!(
                "Common to all articles: {}",
                if common.is_empty() {
                    "none".to_string()
                } else {
                    common.join(", ")
                }
            ));
            for (index, _) in session.documents.iter().enumerate() {
                let only: Vec<String> = c
                    .unique
                    .iter()
                    .filter(|(_, d)| *d == index)
                    .map(|(id, _)| name(id))
                    .collect();
                if !only.is_empty() && session.documents.len() > 1 {
                    ui.label(format!(
                        "Only in {}: {}",
                        crate::insights::quotes::article_title(session, index),
                        only.join(", ")
                    ));
                }
            }
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.strong("Who cites whom");
            graph(ui, shared, c);
        });
    });
}

fn matrix(ui: &mut Ui, shared: &Shared<'_>, c: &Comparison, out: &mut Vec<Command>) {
    let session = shared.session;
    Grid::new("compare-matrix")
        .striped(true)
        .spacing(vec2(16.0, 4.0))
        .show(ui, |ui| {
            ui.strong("Source");
            for (index, doc) in session.documents.iter().enumerate() {
                ui.strong(super::preview(&doc.display_name(), 28))
                    .on_hover_text(crate::insights::quotes::article_title(session, index));
            }
            ui.end_row();
            for row in &c.rows {
                let source = session.sources.get(&row.id);
                let label = source.map_or(row.id.to_string(), |s| s.name.clone());
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
                    ui.painter().rect_filled(
                        rect,
                        2.0,
                        super::insight::swatch(shared, Some(&row.id)),
                    );
                    let response = ui
                        .link(&label)
                        .on_hover_text("Filter the article by this source");
                    if response.clicked() {
                        out.push(Command::FilterSource(Some(row.id.clone())));
                    }
                });
                for (n, share) in row.statements.iter().zip(&row.share) {
                    if *n == 0 {
                        ui.weak("—");
                    } else {
                        ui.label(format!("{n} · {:.0}%", share * 100.0));
                    }
                }
                ui.end_row();
            }
            ui.label("Author (unattributed)");
            for n in &c.author {
                ui.weak(format!("{n}"));
            }
            ui.end_row();
        });
}

fn graph(ui: &mut Ui, shared: &Shared<'_>, c: &Comparison) {
    let size = vec2(360.0, (ui.available_height() - 8.0).clamp(140.0, 320.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let summary: Vec<String> = c
        .citations
        .iter()
        .map(|e| {
            format!(
                "{} → {} ({})",
                super::source_name(shared.session, Some(&e.from)),
                super::source_name(shared.session, Some(&e.to)),
                e.count
            )
        })
        .collect();
    let described = if summary.is_empty() {
        "no source cites another".to_string()
    } else {
        summary.join(", ")
    };
    response.widget_info(|| {
        WidgetInfo::labeled(Role::Image, true, format!("Citation graph: {described}"))
    });
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    if c.citations.is_empty() {
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            "No source cites another",
            FontId::proportional(13.0),
            ui.visuals().weak_text_color(),
        );
        return;
    }
    let mut nodes: Vec<&SourceId> = Vec::new();
    for edge in &c.citations {
        for id in [&edge.from, &edge.to] {
            if !nodes.contains(&id) {
                nodes.push(id);
            }
        }
    }
    let centre = rect.center();
    let radius = vec2(rect.width() / 2.0 - 70.0, rect.height() / 2.0 - 24.0);
    let position = |i: usize| -> Pos2 {
        if nodes.len() == 1 {
            return centre;
        }
        let angle =
            std::f32::consts::TAU * i as f32 / nodes.len() as f32 - std::f32::consts::FRAC_PI_2;
        centre + vec2(radius.x * angle.cos(), radius.y * angle.sin())
    };
    let node_radius = 7.0;
    for edge in &c.citations {
        let (Some(a), Some(b)) = (
            nodes.iter().position(|id| *id == &edge.from),
            nodes.iter().position(|id| *id == &edge.to),
        ) else {
            continue;
        };
        let (from, to) = (position(a), position(b));
        let direction = (to - from).normalized();
        let start = from + direction * node_radius;
        let end = to - direction * (node_radius + 2.0);
        let width = 1.0 + (edge.count as f32).min(4.0) * 0.5;
        let stroke = Stroke::new(width, text.gamma_multiply(0.7));
        painter.line_segment([start, end], stroke);
        // A fixed-size head, whatever the length of the edge.
        let back = -direction * 9.0;
        let side = vec2(-direction.y, direction.x) * 5.0;
        painter.line_segment([end, end + back + side], stroke);
        painter.line_segment([end, end + back - side], stroke);
        if edge.count > 1 {
            painter.text(
                start + (end - start) / 2.0 + side * 1.6,
                Align2::CENTER_CENTER,
                format!("×{}", edge.count),
                FontId::proportional(11.0),
                text,
            );
        }
    }
    for (i, id) in nodes.iter().enumerate() {
        let p = position(i);
        painter.circle(
            p,
            node_radius,
            super::insight::swatch(shared, Some(id)),
            Stroke::new(1.0, text),
        );
        let label = super::preview(&super::source_name(shared.session, Some(id)), 22);
        let (anchor, offset) = if p.y < centre.y - 1.0 {
            (Align2::CENTER_BOTTOM, vec2(0.0, -node_radius - 2.0))
        } else {
            (Align2::CENTER_TOP, vec2(0.0, node_radius + 2.0))
        };
        painter.text(p + offset, anchor, label, FontId::proportional(12.0), text);
    }
}
