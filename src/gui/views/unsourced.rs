//! Unsourced claims: the statements a fact-checker must verify, ranked, with their reasons; a
//! click jumps to one, U / Shift+U step through them.

use egui::{ScrollArea, Ui};

use super::super::command::Command;
use super::super::state::ViewState;
use super::insight::{is_selected, place, swatch};
use super::{Shared, preview, source_name, swatch_row};

/// Draws the unsourced-claims view.
pub fn show(ui: &mut Ui, shared: &Shared<'_>, view: &ViewState, out: &mut Vec<Command>) {
    let claims = &shared.insights.data.unsourced;
    let step = |command: Command| {
        command
            .shortcuts()
            .first()
            .map(|s| shared_format(ui, s))
            .unwrap_or_default()
    };
    ui.weak(format!(
        "{} claim(s) nobody accountable stands behind, most in need of checking first · {} / {} \
         step through them",
        claims.len(),
        step(Command::NextUnsourced),
        step(Command::PrevUnsourced)
    ));
    ui.add_space(4.0);
    if claims.is_empty() {
        ui.weak("No unsourced claims: every checkable statement has an accountable source.");
        return;
    }
    ScrollArea::vertical()
        .id_salt("unsourced")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (k, claim) in claims.iter().enumerate() {
                let session = shared.session;
                let Some(doc) = session.documents.get(claim.document) else {
                    continue;
                };
                let Some(statement) = doc.statements.get(claim.statement) else {
                    continue;
                };
                let source = session
                    .effective(claim.document, claim.statement)
                    .and_then(|e| e.source);
                let reasons: Vec<&str> = claim.reasons.iter().map(|r| r.as_str()).collect();
                let text = preview(doc.slice(statement.span), 220);
                let label = format!(
                    "[{}] {}: {text}",
                    reasons.join(", "),
                    place(shared, claim.document, statement.paragraph)
                );
                let who = match &source {
                    Some(_) => source_name(session, source.as_ref()),
                    None => "author".to_string(),
                };
                let selected = is_selected(view, claim.document, claim.statement);
                let a11y = format!(
                    "Unsourced claim {}: {} — {who} — {text}",
                    k + 1,
                    reasons.join(", ")
                );
                let row = swatch_row(
                    ui,
                    swatch(shared, source.as_ref()),
                    &label,
                    &who,
                    selected,
                    &a11y,
                );
                if selected && view.scroll_to_selection {
                    row.scroll_to_me(None);
                }
                if row.clicked() {
                    out.push(Command::Select {
                        document: claim.document,
                        statement: claim.statement,
                    });
                }
            }
        });
}

fn shared_format(ui: &Ui, shortcut: &egui::KeyboardShortcut) -> String {
    ui.ctx().format_shortcut(shortcut)
}
