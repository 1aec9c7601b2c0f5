//! Source phrases: the noun phrase a cue licenses, before a verb ("Analityk Olena Guseinowa z
//! Uniwersytetu… oceniła"), after it ("– pisze „The New York Times”"), or after a prepositional cue
//! ("według szacunków Korei Południowej").
//!
//! Parts: `words` (what a single token is: a name word, a stop, a preposition), `runs` (runs of
//! capitalised words and quoted titles), `after` (the phrase after a verb or a prepositional
//! cue), `before` (a verb's subject when it is a pronoun or a name) and `described` (a verb's
//! subject when it is only described: "Urzędnicy ratusza", "analysts at Barclays").

mod after;
mod before;
mod described;
mod runs;
#[cfg(test)]
mod tests;
mod words;

use super::lexicon::Gender;
use crate::model::SourceKind;

pub use after::{np_after, np_until_punct};
pub use before::{np_before, skip_back_adverbials};
pub use words::{before_parenthetical, is_preposition, is_singular_dative};

/// A noun phrase naming (or describing) a source.
#[derive(Clone, Debug, PartialEq)]
pub struct NounPhrase {
    /// First token of the whole phrase.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// First token of the name proper (the capitalised run or quoted title; the phrase itself when generic).
    pub name_first: usize,
    /// One past the name's last token.
    pub name_end: usize,
    /// Kind implied by a role or type noun in the phrase ("analityk" → person, "dziennik" → media).
    pub role_kind: Option<SourceKind>,
    /// Role noun that stands right before the name ("szacunków" in "szacunków GUS").
    pub role_word: Option<usize>,
    /// Only a description, no name ("dziennika", "resortu", "źródła zbliżone do rządu").
    pub generic: bool,
    /// The name was in quotation marks (a title).
    pub quoted: bool,
    /// A pronoun ("he", "ona"): continues the current speaker.
    pub pronoun: Option<Gender>,
}

impl NounPhrase {
    /// The one-token phrase of a subject pronoun at `at` ("he", "ona").
    fn pronoun_at(at: usize, gender: Gender) -> NounPhrase {
        NounPhrase {
            first: at,
            end: at + 1,
            name_first: at,
            name_end: at + 1,
            role_kind: None,
            role_word: None,
            generic: false,
            quoted: false,
            pronoun: Some(gender),
        }
    }

    /// A descriptive phrase `first..end` without a name, whose whole span stands for the name
    /// ("dziennika", "jedna z mieszkanek", "Urzędnicy ratusza").
    fn described(
        first: usize,
        end: usize,
        role_kind: Option<SourceKind>,
        role_word: Option<usize>,
    ) -> NounPhrase {
        NounPhrase {
            first,
            end,
            name_first: first,
            name_end: end,
            role_kind,
            role_word,
            generic: true,
            quoted: false,
            pronoun: None,
        }
    }
}

/// The role noun found so far in a phrase: the kind it implies and its position.
#[derive(Clone, Copy, Debug, Default)]
struct Role {
    /// Kind implied by the role noun ("analityk" → person).
    kind: Option<SourceKind>,
    /// The role noun's token.
    word: Option<usize>,
}
