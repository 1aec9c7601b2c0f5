//! Phrase lists: multi-word lexicon entries grouped by their first word, so matching at a token is
//! one hash lookup.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::words;

/// A multi-word phrase (lowercase words) with a payload.
#[derive(Clone, Debug)]
pub struct Phrase<T> {
    /// The lowercase words.
    pub words: Vec<String>,
    /// What the phrase means.
    pub value: T,
}

/// Phrases grouped by their first word, longest first within a group, with an index from a first
/// word to its group, so matching at a token is one hash lookup. Derefs to the phrases in that
/// order.
#[derive(Clone, Debug)]
pub struct PhraseList<T> {
    phrases: Vec<Phrase<T>>,
    groups: HashMap<String, (usize, usize)>,
}

impl<T> PhraseList<T> {
    /// The phrases whose first word is `first`, longest first.
    pub fn starting_with(&self, first: &str) -> &[Phrase<T>] {
        match self.groups.get(first) {
            Some(&(from, to)) => &self.phrases[from..to],
            None => &[],
        }
    }
}

impl<T> std::ops::Deref for PhraseList<T> {
    type Target = [Phrase<T>];
    fn deref(&self) -> &[Phrase<T>] {
        &self.phrases
    }
}

/// Groups phrases by first word, longest first within a group ("jak wynika z" before "jak
/// wynika").
pub(super) fn phrases<T: Clone>(items: impl IntoIterator<Item = (String, T)>) -> PhraseList<T> {
    let mut out: Vec<Phrase<T>> = items
        .into_iter()
        .map(|(phrase, value)| Phrase {
            words: words(&phrase),
            value,
        })
        .collect();
    out.retain(|p| !p.words.is_empty());
    // Grouped by first word; longest first within a group, so "jak wynika z" wins over "jak wynika".
    out.sort_by(|a, b| {
        a.words[0]
            .cmp(&b.words[0])
            .then(b.words.len().cmp(&a.words.len()))
    });
    let mut groups = HashMap::default();
    let mut from = 0;
    for to in 1..=out.len() {
        if to == out.len() || out[to].words[0] != out[from].words[0] {
            groups.insert(out[from].words[0].clone(), (from, to));
            from = to;
        }
    }
    PhraseList {
        phrases: out,
        groups,
    }
}
