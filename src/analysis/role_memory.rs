//! The roles people were introduced with ("premier Jan Kowalski" → premier), so a later role
//! description ("Premier powiedział") finds its holder.

use super::lexicon::Lexicon;
use super::text::{Token, TokenKind};

/// A role as a description names it: the role noun's stem and the stems of the capitalised words
/// that qualify it ("prezydent Litwy" → prezydent, [litw]).
#[derive(Clone, Debug, PartialEq)]
pub struct RoleKey {
    stem: String,
    marks: Vec<String>,
}

impl RoleKey {
    /// The key of the role noun at `role` qualified by the capitalised words in `first..end`.
    pub fn of(
        tokens: &[Token],
        role: usize,
        (first, end): (usize, usize),
        lexicon: &Lexicon,
    ) -> Self {
        // Qualifiers follow the role noun ("prezydent Litwy"); a capital before it only opens the
        // sentence ("Były ambasador").
        let marks = (first..end)
            .filter(|&k| k > role && tokens[k].kind == TokenKind::Word && tokens[k].capitalized)
            .map(|k| lexicon.stem(&tokens[k].lower))
            .collect();
        RoleKey {
            stem: lexicon.stem(lexicon.role_noun(&tokens[role].lower)),
            marks,
        }
    }

    /// Same role noun, and no conflicting qualifiers ("prezydent USA" is not "prezydent Litwy").
    fn fits(&self, other: &RoleKey) -> bool {
        self.stem == other.stem
            && (self.marks.is_empty()
                || other.marks.is_empty()
                || self.marks.iter().any(|m| other.marks.contains(m)))
    }
}

/// Which person holds which role in the article so far ("premier Jan Kowalski" → premier).
#[derive(Clone, Debug, Default)]
pub struct RoleMemory {
    held: Vec<(usize, RoleKey)>,
}

impl RoleMemory {
    /// Records that `entity` was introduced with the role `key`.
    pub fn note(&mut self, entity: usize, key: RoleKey) {
        self.held.retain(|(e, k)| !(*e == entity && *k == key));
        self.held.push((entity, key));
    }

    /// True when the entity was introduced with some role.
    pub fn has_any(&self, entity: usize) -> bool {
        self.held.iter().any(|(e, _)| *e == entity)
    }

    /// The person holding the role: the most recent speaker among its holders, else the latest holder.
    pub fn holder(&self, key: &RoleKey, recent: &[usize]) -> Option<usize> {
        let holders: Vec<usize> = self
            .held
            .iter()
            .filter(|(_, k)| k.fits(key))
            .map(|(e, _)| *e)
            .collect();
        recent
            .iter()
            .copied()
            .find(|e| holders.contains(e))
            .or_else(|| holders.last().copied())
    }
}
