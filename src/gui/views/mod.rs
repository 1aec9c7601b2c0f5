//! The panels. Each reads the session and the view state and pushes [`Command`]s; none changes
//! the session.

pub mod article;
pub mod article_layout;
pub mod compare;
pub mod dialogs;
pub mod documents;
pub mod figures;
pub mod file_picker;
pub mod help;
pub mod insight;
pub mod inspector;
pub mod menu;
pub mod quotes;
pub mod search;
pub mod sources;
pub mod stats;
pub mod status;
pub mod unsourced;

use egui::{Color32, Response, Sense, Stroke, StrokeKind, Ui, WidgetInfo, accesskit::Role, vec2};

use crate::model::{EffectiveAttribution, Session, SourceId, chain_of};

use super::command::Command;
use super::derived::Derived;
use super::insight::InsightCache;
use super::prefs::Prefs;
use super::theme::Palette;
use super::worker::Progress;
use super::workspace::Workspace;

/// What every panel may read.
pub struct Shared<'a> {
    /// The session.
    pub session: &'a Session,
    /// Figures derived from it.
    pub derived: &'a Derived,
    /// The question views' insights (current while a view is open).
    pub insights: &'a InsightCache,
    /// The session's revision (keys caches).
    pub revision: u64,
    /// Undo labels, dirty flag, file.
    pub workspace: &'a Workspace,
    /// Preferences (recent files).
    pub prefs: &'a Prefs,
    /// Colours.
    pub palette: Palette,
    /// Progress of the background job, if one runs.
    pub busy: Option<Progress>,
}

/// A menu item or button for `command`, with its shortcut shown; pushes the command when clicked.
pub fn command_button(
    ui: &mut Ui,
    command: Command,
    enabled: bool,
    out: &mut Vec<Command>,
) -> Response {
    command_button_labelled(ui, command.label(), command, enabled, out)
}

/// Like [`command_button`] with another label.
pub fn command_button_labelled(
    ui: &mut Ui,
    label: String,
    command: Command,
    enabled: bool,
    out: &mut Vec<Command>,
) -> Response {
    let mut button = egui::Button::new(label);
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    let response = ui.add_enabled(enabled, button);
    if response.clicked() {
        out.push(command);
    }
    response
}

/// A clickable row: a colour swatch, then `text` (wrapped onto more lines when long, never cut),
/// and `right` at the right; `a11y` is its accessible name.
pub fn swatch_row(
    ui: &mut Ui,
    swatch: Color32,
    text: &str,
    right: &str,
    selected: bool,
    a11y: &str,
) -> Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let right_galley = ui.painter().layout_no_wrap(
        right.to_string(),
        font.clone(),
        ui.visuals().weak_text_color(),
    );
    let width = ui.available_width();
    let text_width = (width - right_galley.size().x - 32.0).max(40.0);
    let text_galley = ui.painter().layout(
        text.to_string(),
        font,
        ui.visuals().text_color(),
        text_width,
    );
    let line = ui.spacing().interact_size.y;
    let height = line.max(text_galley.size().y + 4.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, a11y));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() {
            ui.painter().rect_filled(rect, 3.0, visuals.weak_bg_fill);
        }
        if response.has_focus() {
            let dark = ui.visuals().dark_mode;
            ui.painter().rect_stroke(
                rect.shrink(1.0),
                3.0,
                super::theme::focus_stroke(dark),
                StrokeKind::Inside,
            );
        }
        let first_line = rect.left_top() + vec2(10.0, line / 2.0);
        let swatch_rect = egui::Rect::from_center_size(first_line, vec2(12.0, 12.0));
        ui.painter().rect_filled(swatch_rect, 2.0, swatch);
        ui.painter().rect_stroke(
            swatch_rect,
            2.0,
            Stroke::new(1.0, visuals.fg_stroke.color.gamma_multiply(0.5)),
            StrokeKind::Inside,
        );
        let right_pos = egui::pos2(
            rect.right() - right_galley.size().x - 4.0,
            first_line.y - right_galley.size().y / 2.0,
        );
        let text_pos = egui::pos2(
            rect.left() + 22.0,
            rect.top() + ((height - text_galley.size().y) / 2.0).max(2.0),
        );
        ui.painter()
            .with_clip_rect(rect.intersect(ui.clip_rect()))
            .galley(text_pos, text_galley, visuals.text_color());
        ui.painter()
            .galley(right_pos, right_galley, visuals.text_color());
    }
    response
}

/// A source's name, or "Author (unattributed)" for none.
pub fn source_name(session: &Session, id: Option<&SourceId>) -> String {
    match id {
        None => "Author (unattributed)".to_string(),
        Some(id) => session
            .sources
            .get(id)
            .map_or_else(|| format!("unknown source {id}"), |s| s.name.clone()),
    }
}

/// "The New York Times, citing: officials" — the source and the other participants of its chain;
/// `None` when there is no chain (no via other than the source itself) or no source.
pub fn chain_text(session: &Session, effective: &EffectiveAttribution) -> Option<String> {
    let source = effective.source.as_ref()?;
    let via: Vec<String> = chain_of(Some(source), &effective.via)
        .into_iter()
        .map(|id| source_name(session, Some(id)))
        .collect();
    if via.is_empty() {
        return None;
    }
    let head = source_name(session, Some(source));
    Some(format!("{head}, citing: {}", via.join(", ")))
}

/// "reviewed", "changed by reviewer" or "not reviewed".
pub fn review_text(effective: &EffectiveAttribution) -> &'static str {
    match (effective.reviewed, effective.changed) {
        (true, true) => "Changed by reviewer",
        (true, false) => "Reviewed (confirmed)",
        (false, _) => "Not reviewed (machine)",
    }
}

/// The first `chars` characters of `text` on one line, with "…" when cut.
pub fn preview(text: &str, chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= chars {
        flat
    } else {
        let cut: String = flat.chars().take(chars).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A horizontal bar: `fraction` of the width filled with `colour`.
pub fn share_bar(ui: &mut Ui, fraction: f32, colour: Color32, track: Color32, height: f32) {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, 2.0, track);
        let mut filled = rect;
        filled.set_width(rect.width() * fraction.clamp(0.0, 1.0));
        ui.painter().rect_filled(filled, 2.0, colour);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_cut_on_characters() {
        assert_eq!(preview("żółw  idzie\n", 20), "żółw idzie");
        assert_eq!(preview("abcdef", 3), "abc…");
    }
}
