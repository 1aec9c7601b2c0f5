//! The question views' commands: opening and closing them, the quotes view's source, the
//! figures filter, stepping through unsourced claims and copying citations.

use super::super::app::AscribeApp;
use super::Command;
use crate::insights::quotes::citation;

impl AscribeApp {
    /// Applies a command of the question views (others are ignored).
    pub(crate) fn apply_insight(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::ToggleInsight(view) => {
                self.view.insight = if self.view.insight == Some(view) {
                    None
                } else {
                    Some(view)
                };
                if self.view.insight == Some(super::super::InsightView::Quotes)
                    && self.view.quotes_source.is_none()
                {
                    self.view.quotes_source = self.default_quotes_source();
                }
            }
            Command::CloseInsight => self.view.insight = None,
            Command::QuotesOf(source) => self.view.quotes_source = source,
            Command::FilterFigures(filter) => self.view.figure_filter = filter,
            Command::CopyCitation {
                document,
                statement,
            } => match citation(self.ws.session(), document, statement) {
                Some(text) => {
                    self.view.status = format!("Copied: {text}");
                    ctx.copy_text(text);
                }
                None => self.view.status = "No such statement".to_string(),
            },
            Command::NextUnsourced | Command::PrevUnsourced => {
                self.step_unsourced(command == Command::NextUnsourced);
            }
            _ => {}
        }
    }

    /// The quotes view's first source: the legend filter, else the selected statement's source,
    /// else the first source of the legend.
    fn default_quotes_source(&self) -> Option<crate::model::SourceId> {
        if let Some(id) = &self.view.filter {
            return Some(id.clone());
        }
        let selected = self
            .view
            .selection
            .statement
            .and_then(|s| self.derived.effective.get(s))
            .and_then(|e| e.source.clone());
        selected.or_else(|| {
            self.derived
                .legend
                .first()
                .and_then(|&i| self.ws.session().sources.sources.get(i))
                .map(|s| s.id.clone())
        })
    }

    fn step_unsourced(&mut self, forward: bool) {
        self.insights.refresh(self.ws.session(), self.ws.revision());
        let claims = &self.insights.data.unsourced;
        if claims.is_empty() {
            self.view.status = "No unsourced claims".to_string();
            return;
        }
        let n = claims.len();
        let selection = self.view.selection;
        let here = claims.iter().position(|c| {
            c.document == selection.document && Some(c.statement) == selection.statement
        });
        let current = here.or(self.view.unsourced_cursor.filter(|&i| i < n));
        let next = match (current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        let claim = claims[next].clone();
        self.view.unsourced_cursor = Some(next);
        let reasons: Vec<&str> = claim.reasons.iter().map(|r| r.as_str()).collect();
        self.view.status = format!(
            "Unsourced claim {} of {n}: {}",
            next + 1,
            reasons.join(", ")
        );
        self.select(claim.document, claim.statement);
    }
}
