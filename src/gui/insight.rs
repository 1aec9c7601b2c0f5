//! The four question views (quotes by source, unsourced claims, figures, compare): which one is
//! open, their choices, and the session's insights cached per revision so the panels only draw.

use crate::insights::SessionInsights;
use crate::insights::quotes::{Quote, quotes_of};
use crate::model::{Session, SourceId};

/// A question view, shown in the panel below the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InsightView {
    /// Every statement of one source across the articles.
    Quotes,
    /// Statements nobody accountable stands behind, ranked.
    Unsourced,
    /// Every figure with its unit, statement and source.
    Figures,
    /// Sources × articles, common and unique sources, who cites whom.
    Compare,
}

impl InsightView {
    /// Every view, in menu order.
    pub const ALL: [InsightView; 4] = [
        InsightView::Quotes,
        InsightView::Unsourced,
        InsightView::Figures,
        InsightView::Compare,
    ];

    /// Its title.
    pub fn title(self) -> &'static str {
        match self {
            InsightView::Quotes => "Quotes by source",
            InsightView::Unsourced => "Unsourced claims",
            InsightView::Figures => "Figures",
            InsightView::Compare => "Compare articles",
        }
    }
}

/// Which figures the figures view lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum FigureFilter {
    /// All of them.
    #[default]
    All,
    /// Only the author's own (unsourced) figures.
    Author,
    /// Only this source's.
    Source(SourceId),
}

/// The session's insights for one revision, and the quotes of the chosen source.
#[derive(Clone, Debug, Default)]
pub struct InsightCache {
    key: Option<u64>,
    quotes_key: Option<(u64, Option<SourceId>)>,
    /// Figures, unsourced claims, comparison.
    pub data: SessionInsights,
    /// The statements of the quotes view's source.
    pub quotes: Vec<Quote>,
}

impl InsightCache {
    /// Recomputes the insights when the session changed.
    pub fn refresh(&mut self, session: &Session, revision: u64) {
        if self.key != Some(revision) {
            self.data = SessionInsights::of(session);
            self.key = Some(revision);
        }
    }

    /// Recomputes the quotes when the session or the source changed.
    pub fn refresh_quotes(&mut self, session: &Session, revision: u64, source: Option<&SourceId>) {
        let key = (revision, source.cloned());
        if self.quotes_key.as_ref() != Some(&key) {
            self.quotes = quotes_of(session, source);
            self.quotes_key = Some(key);
        }
    }
}
