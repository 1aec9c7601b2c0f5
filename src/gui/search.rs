//! Case-insensitive search in a document's text, returning byte spans.

use std::sync::Arc;

use crate::model::Span;

/// Every non-overlapping occurrence of `query` in `text`, ignoring case, as byte spans of `text`.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    let needle: Vec<char> = query.chars().map(fold).collect();
    if needle.is_empty() || needle.iter().all(|c| c.is_whitespace()) {
        return Vec::new();
    }
    let hay: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, fold(c))).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()]
            .iter()
            .zip(&needle)
            .all(|((_, h), n)| h == n)
        {
            let start = hay[i].0;
            let end = hay
                .get(i + needle.len())
                .map_or(text.len(), |(offset, _)| *offset);
            found.push(Span::new(start, end));
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

/// One char, lower-cased when that gives one char (so byte offsets stay those of the text).
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// The state of the search bar for the shown document.
#[derive(Clone, Debug, Default)]
pub struct Search {
    /// The bar is shown.
    pub open: bool,
    /// The text searched for.
    pub query: String,
    /// Matches in the shown document.
    pub matches: Arc<Vec<Span>>,
    /// The match the reviewer is on.
    pub current: Option<usize>,
    /// Focus the field on the next frame.
    pub focus: bool,
    computed_for: Option<(usize, String, bool)>,
}

impl Search {
    /// Recomputes the matches when the query or the document changed.
    pub fn refresh(&mut self, document: usize, text: &str) {
        let key = (document, self.query.clone(), self.open);
        if self.computed_for.as_ref() == Some(&key) {
            return;
        }
        self.matches = Arc::new(if self.open {
            find_all(text, &self.query)
        } else {
            Vec::new()
        });
        self.current = None;
        self.computed_for = Some(key);
    }

    /// Forgets the matches (the bar was closed or the document replaced).
    pub fn invalidate(&mut self) {
        self.computed_for = None;
        self.matches = Arc::default();
        self.current = None;
    }

    /// Moves to the next (`forward`) or previous match after/before byte `from`; returns it.
    pub fn step(&mut self, forward: bool, from: Option<usize>) -> Option<Span> {
        if self.matches.is_empty() {
            return None;
        }
        let n = self.matches.len();
        let next = match (self.current, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            (None, true) => from.map_or(0, |f| self.matches.partition_point(|m| m.start < f)) % n,
            (None, false) => from.map_or(n - 1, |f| {
                (self.matches.partition_point(|m| m.start < f) + n - 1) % n
            }),
        };
        self.current = Some(next);
        self.matches.get(next).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitively_with_byte_offsets() {
        let text = "Żołnierze NATO. nato potwierdziło — ŻOŁNIERZE";
        let found = find_all(text, "żołnierze");
        assert_eq!(found.len(), 2);
        for span in &found {
            assert_eq!(span.text(text).to_lowercase(), "żołnierze");
        }
        assert_eq!(find_all(text, "nato").len(), 2);
        assert!(find_all(text, "").is_empty());
        assert!(find_all("", "x").is_empty());
    }

    #[test]
    fn steps_wrap_around() {
        let mut search = Search {
            open: true,
            query: "a".into(),
            ..Search::default()
        };
        search.refresh(0, "a b a b a");
        assert_eq!(search.matches.len(), 3);
        assert_eq!(search.step(true, None).map(|s| s.start), Some(0));
        assert_eq!(search.step(false, None).map(|s| s.start), Some(8));
        assert_eq!(search.step(true, None).map(|s| s.start), Some(0));
        search.current = None;
        assert_eq!(search.step(true, Some(3)).map(|s| s.start), Some(4));
    }
}
