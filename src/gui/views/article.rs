//! The article (centre): paragraphs with every statement tinted in its source's colour.
//!
//! Only the paragraphs in (and a little around) the visible part are laid out and drawn; the
//! others take their cached (or estimated) height, so a long article costs no more per frame than
//! a short one.

use std::sync::Arc;

use egui::{
    Align2, FontId, Rect, ScrollArea, Sense, Shape, Stroke, StrokeKind, TextStyle, Ui, WidgetInfo,
    accesskit::Role, pos2, vec2,
};

use crate::model::{Document, Session};

use super::super::command::Command;
use super::super::state::ViewState;
use super::article_layout::{ArticleCache, Laid, Look, statement_at};
use super::{Shared, chain_text, preview, review_text, source_name};

const MARGIN: f32 = 12.0;

/// Draws the article of the shown document.
pub fn show(
    ui: &mut Ui,
    shared: &Shared<'_>,
    view: &mut ViewState,
    cache: &mut ArticleCache,
    out: &mut Vec<Command>,
) {
    cache.begin_frame();
    let session = shared.session;
    let document = view.selection.document;
    let Some(doc) = session.documents.get(document) else {
        empty(ui, shared);
        return;
    };
    ui.horizontal(|ui| {
        ui.heading(doc.display_name());
        if !doc.title.is_empty() && doc.title != doc.display_name() {
            ui.weak(preview(&doc.title, 80));
        }
    });
    ui.weak("Click a statement · J/K move · 1–9 assign · 0 author · Enter confirm · N next unreviewed · F1 help");
    ui.add_space(4.0);

    let body = ui
        .style()
        .text_styles
        .get(&TextStyle::Body)
        .map_or(14.0, |f| f.size);
    let width = (ui.available_width() - ui.spacing().scroll.bar_width - 2.0 * MARGIN - 8.0)
        .max(120.0)
        .round();
    let look = Look {
        revision: shared.revision,
        document,
        selected: view.selection.statement,
        filter: view.filter.clone(),
        matches: Arc::clone(&view.search.matches),
        current_match: view.search.current,
        palette: shared.palette,
        font: FontId::proportional((body * 1.15).round()),
        width,
        pixels_per_point: ui.ctx().pixels_per_point(),
    };
    let gap = (look.font.size * 0.9).round();
    let painter = ui.painter().clone();

    let mut scroll = ScrollArea::vertical()
        .id_salt(("article", document))
        .auto_shrink([false, false]);
    if std::mem::take(&mut view.scroll_to_selection)
        && let Some(offset) = scroll_target(cache, &painter, shared, doc, &look, gap)
    {
        scroll = scroll.vertical_scroll_offset(offset);
    }

    let output = scroll.show_viewport(ui, |ui, viewport| {
        let tops = tops(cache.heights(&painter, doc, &look), gap);
        let n = doc.paragraphs.len();
        let overscan = viewport.height() * 0.5;
        let (lo, hi) = (viewport.min.y - overscan, viewport.max.y + overscan);
        let first = tops.partition_point(|t| *t <= lo).saturating_sub(1).min(n);
        let origin = ui.max_rect().min + vec2(MARGIN, 0.0);
        let mut y = tops[first];
        let mut changed = false;
        for index in first..n {
            if y > hi {
                break;
            }
            let Some(laid) = cache
                .paragraph(&painter, session, &shared.derived.effective, &look, index)
                .cloned()
            else {
                continue;
            };
            let size = laid.galley.size();
            changed |= cache.set_height(index, size.y);
            let rect = Rect::from_min_size(pos2(origin.x, origin.y + y), size);
            if ui.is_rect_visible(rect) {
                paragraph(ui, shared, view, &laid, rect, index, out);
            }
            y += size.y + gap;
        }
        let heights = cache.heights(&painter, doc, &look);
        let total = heights.iter().sum::<f32>() + gap * heights.len() as f32;
        ui.set_min_height(total);
        ui.set_min_width(width + MARGIN);
        if changed {
            ui.ctx().request_repaint();
        }
        viewport
    });
    cache.last_viewport = Some(output.inner);
}

/// The y of each paragraph's top (content coordinates), and the total height last.
fn tops(heights: &[f32], gap: f32) -> Vec<f32> {
    let mut tops = Vec::with_capacity(heights.len() + 1);
    let mut y = 0.0;
    for height in heights {
        tops.push(y);
        y += height + gap;
    }
    tops.push(y);
    tops
}

/// The scroll offset that brings the selected statement into view, if it is not in view.
fn scroll_target(
    cache: &mut ArticleCache,
    painter: &egui::Painter,
    shared: &Shared<'_>,
    doc: &Document,
    look: &Look,
    gap: f32,
) -> Option<f32> {
    let statement = doc.statements.get(look.selected?)?;
    let paragraph = doc
        .paragraphs
        .partition_point(|p| p.end <= statement.span.start)
        .min(doc.paragraphs.len().checked_sub(1)?);
    let tops = tops(cache.heights(painter, doc, look), gap);
    let laid = cache.paragraph(
        painter,
        shared.session,
        &shared.derived.effective,
        look,
        paragraph,
    )?;
    let rows = laid
        .statements
        .iter()
        .find(|(i, _)| Some(*i) == look.selected)
        .map(|(_, rects)| rects.clone())
        .unwrap_or_default();
    let top = tops[paragraph] + rows.first().map_or(0.0, |r| r.min.y);
    let bottom = tops[paragraph] + rows.last().map_or(0.0, |r| r.max.y);
    let viewport = cache.last_viewport?;
    if top >= viewport.min.y && bottom <= viewport.max.y {
        return None;
    }
    Some((top - viewport.height() * 0.3).max(0.0))
}

/// Paints one paragraph and handles its clicks and tooltips.
fn paragraph(
    ui: &mut Ui,
    shared: &Shared<'_>,
    view: &ViewState,
    laid: &Laid,
    rect: Rect,
    index: usize,
    out: &mut Vec<Command>,
) {
    let session = shared.session;
    let document = view.selection.document;
    let palette = shared.palette;
    let painter = ui.painter();
    painter.galley(rect.min, Arc::clone(&laid.galley), palette.text);
    let offset = rect.min.to_vec2();
    for ([from, to], stroke) in &laid.underlines {
        painter.line_segment([*from + offset, *to + offset], *stroke);
    }
    for row in &laid.low_confidence {
        let row = row.translate(offset);
        let y = row.max.y - 1.0;
        painter.extend(Shape::dotted_line(
            &[pos2(row.min.x, y), pos2(row.max.x, y)],
            palette.low_confidence,
            4.0,
            1.2,
        ));
    }
    review_marks(painter, &palette, laid, offset);
    for row in &laid.current_match {
        painter.rect_stroke(
            row.translate(offset).expand(1.0),
            2.0,
            Stroke::new(1.5, palette.search_current),
            StrokeKind::Outside,
        );
    }
    if let Some((_, rows)) = laid
        .statements
        .iter()
        .find(|(i, _)| Some(*i) == view.selection.statement)
    {
        for row in rows {
            painter.rect_stroke(
                row.translate(offset).expand(1.5),
                3.0,
                Stroke::new(1.5, palette.selection),
                StrokeKind::Outside,
            );
        }
    }

    // The paragraph handles clicks anywhere on it; each statement also gets an accessible node
    // (a button over its first row) that screen readers and tests can find by name.
    let id = ui.scope_id().with(("paragraph", document, index));
    let response = ui.interact(rect, id, Sense::click());
    response.widget_info(|| {
        WidgetInfo::labeled(Role::Paragraph, true, format!("Paragraph {}", index + 1))
    });
    let hovered = response
        .hover_pos()
        .and_then(|p| statement_at(laid, p - offset));
    if response.clicked()
        && let Some(statement) = response
            .interact_pointer_pos()
            .and_then(|p| statement_at(laid, p - offset))
    {
        out.push(Command::Select {
            document,
            statement,
        });
    }
    if let Some(statement) = hovered {
        response.on_hover_ui_at_pointer(|ui| tooltip(ui, session, document, statement, shared));
    }
    let Some(doc) = session.documents.get(document) else {
        return;
    };
    for (statement, rows) in &laid.statements {
        let Some(first) = rows.first() else {
            continue;
        };
        let selected = Some(*statement) == view.selection.statement;
        let node = ui.interact(
            first.translate(offset),
            ui.scope_id().with(("statement", document, *statement)),
            Sense::click(),
        );
        let label = statement_label(session, doc, shared, *statement);
        node.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &label));
        if node.has_focus() {
            let ring = super::super::theme::focus_stroke(palette.dark);
            for row in rows {
                ui.painter().rect_stroke(
                    row.translate(offset).expand(2.5),
                    3.0,
                    ring,
                    StrokeKind::Outside,
                );
            }
        }
        if node.clicked() {
            out.push(Command::Select {
                document,
                statement: *statement,
            });
        }
        node.on_hover_ui_at_pointer(|ui| tooltip(ui, session, document, *statement, shared));
    }
}

/// Reviewed statements get a solid bar in the left margin beside each of their rows: confirmed
/// ones in the reviewer's colour, changed ones wider with a square cap, so a reviewed article can
/// be told from an unreviewed one at a glance (and without relying on colour alone).
fn review_marks(
    painter: &egui::Painter,
    palette: &super::super::theme::Palette,
    laid: &Laid,
    offset: egui::Vec2,
) {
    let x = offset.x - MARGIN * 0.55;
    for (row, changed) in &laid.reviewed {
        let row = row.translate(offset);
        let (top, bottom) = (row.min.y + 2.0, row.max.y - 2.0);
        let width = if *changed { 4.0 } else { 2.5 };
        painter.line_segment(
            [pos2(x, top), pos2(x, bottom)],
            Stroke::new(width, palette.reviewer),
        );
        if *changed {
            painter.rect_filled(
                Rect::from_center_size(pos2(x, top + 1.5), egui::vec2(6.0, 3.0)),
                0.0,
                palette.reviewer,
            );
        }
    }
}

/// "Statement 3: NATO (confirmed) — NATO potwierdziło, że…" (the accessible name of a
/// statement: its source, its review state and its whole text).
fn statement_label(session: &Session, doc: &Document, shared: &Shared<'_>, index: usize) -> String {
    let effective = shared.derived.effective.get(index);
    let source = effective.and_then(|e| e.source.as_ref());
    let state = match effective.map(|e| (e.reviewed, e.changed)) {
        Some((true, true)) => ", changed by reviewer",
        Some((true, false)) => ", confirmed",
        _ => "",
    };
    let text = doc
        .statements
        .get(index)
        .map(|s| doc.slice(s.span))
        .unwrap_or_default();
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "Statement {}: {}{state} — {text}",
        index + 1,
        source_name(session, source),
    )
}

/// The hover card of a statement.
fn tooltip(ui: &mut Ui, session: &Session, document: usize, index: usize, shared: &Shared<'_>) {
    let Some(doc) = session.documents.get(document) else {
        return;
    };
    let (Some(statement), Some(effective)) = (
        doc.statements.get(index),
        shared.derived.effective.get(index),
    ) else {
        return;
    };
    let source = effective
        .source
        .as_ref()
        .and_then(|id| session.sources.get(id));
    ui.strong(source_name(session, effective.source.as_ref()));
    if let Some(source) = source {
        ui.label(format!("Kind: {}", source.kind));
    }
    let attribution = &statement.attribution;
    if let Some(cue) = attribution.cue {
        ui.label(format!("Cue: “{}”", preview(doc.slice(cue), 60)));
    }
    if let Some(mention) = attribution.mention {
        ui.label(format!("Mention: “{}”", preview(doc.slice(mention), 60)));
    }
    if let Some(chain) = chain_text(session, effective) {
        ui.label(format!("Chain: {chain}"));
    }
    ui.label(format!(
        "Confidence: {:.2} · rule: {}",
        attribution.confidence, attribution.rule
    ));
    ui.label(review_text(effective));
}

/// The centre when there is no document.
fn empty(ui: &mut Ui, shared: &Shared<'_>) {
    let rect = ui.available_rect_before_wrap();
    let text = if shared.busy.is_some() {
        "Opening…"
    } else {
        "No document. Open articles (Ctrl+O), a session (Ctrl+Shift+O), or drop files here."
    };
    ui.painter().text(
        rect.center(),
        Align2::CENTER_CENTER,
        text,
        FontId::proportional(16.0),
        ui.visuals().weak_text_color(),
    );
    ui.allocate_rect(rect, Sense::hover());
}
