//! What a single token is to a source phrase: a name word, a stop, a function word, a preposition,
//! the start of a quoted title.

use super::super::lexicon::Lexicon;
use super::super::text::{Token, TokenKind};

/// A word that can belong to a name: capitalised (or with a capital inside, "iPhone"), or a
/// number with letters ("G7").
pub(super) fn is_name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && (t.capitalized || t.has_capital_part)
        || t.kind == TokenKind::Number && t.lower.chars().any(char::is_alphabetic)
}

/// A word that ends a phrase: a name stop, complementizer, verb or relative pronoun.
pub(super) fn stops(t: &Token, lexicon: &Lexicon) -> bool {
    t.kind == TokenKind::Word
        && (lexicon.name_stops.contains(&t.lower)
            || lexicon.complementizers.contains(&t.lower)
            || lexicon.verbs.contains_key(&t.lower)
            || lexicon.relative_pronouns.contains(&t.lower))
}

/// A quoted title starting at `open` (a quotation mark): its closing mark's index, when it encloses
/// one to eight words that start with a capital.
pub(super) fn quoted_title(tokens: &[Token], open: usize, limit: usize) -> Option<usize> {
    if tokens.get(open)?.kind != TokenKind::Quote || !tokens.get(open + 1)?.capitalized {
        return None;
    }
    (open + 2..limit.min(open + 10))
        .find(|&k| tokens[k].kind == TokenKind::Quote)
        .filter(|&close| {
            tokens[open + 1..close]
                .iter()
                .all(|t| !t.is_terminal() && t.lower != ",")
        })
}

/// Polish and English adjective-like endings ("anonimowe", "zachodnich", "local").
pub(super) fn looks_adjectival(word: &str) -> bool {
    [
        "y", "i", "e", "a", "ą", "ych", "ich", "ej", "ego", "al", "an", "ish", "ese", "ior",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// A role noun within the two tokens after `i` ("3 analysts", "two officials").
pub(super) fn next_is_role(tokens: &[Token], i: usize, limit: usize, lexicon: &Lexicon) -> bool {
    (i + 1..limit.min(i + 3)).any(|k| lexicon.roles.contains_key(&tokens[k].lower))
}

/// True when a word cannot start a name even when capitalised ("In", "On", "The" at a sentence start
/// are function words; so are listed non-sources).
pub(super) fn is_function_word(t: &Token, lexicon: &Lexicon) -> bool {
    lexicon.not_sources.contains(&t.lower)
        || lexicon.name_stops.contains(&t.lower)
        || lexicon.subject_skip.contains(&t.lower)
}

/// A capitalised sentence opener that is a participle or adverb ("Regarding", "Speaking",
/// "Previously"), not the start of a name.
pub(super) fn is_capitalised_opener(t: &Token, lexicon: &Lexicon) -> bool {
    t.capitalized && !t.all_caps && lexicon.sentence_openers.contains(&t.lower)
}

/// "Dr. Smith", "gen. Worobjow": a period glued to a role abbreviation inside a name phrase.
pub(super) fn is_inner_dot(tokens: &[Token], i: usize, limit: usize) -> bool {
    tokens[i].lower == "."
        && !tokens[i].space_before
        && i + 1 < limit
        && is_name_word(&tokens[i + 1])
        && i > 0
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i - 1].lower.chars().count() <= 4
}

/// A preposition among the name stops (not a relative pronoun, complementizer or conjunction), so a
/// noun after it is governed by it ("z Uniwersytetu", "of the company").
pub fn is_preposition(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.name_stops.contains(word)
        && !lexicon.relative_pronouns.contains(word)
        && !lexicon.complementizers.contains(word)
        && !lexicon.clause_conjunctions.contains(word)
        && !lexicon.coordinators.contains(word)
}

/// A word with a singular dative ending (`Polakowi`, `Kowalskiemu`: the lexicon's dative endings
/// of three letters or more, after a stem of three letters or more); all-caps acronyms are not.
pub fn is_singular_dative(t: &Token, lexicon: &Lexicon) -> bool {
    t.kind == TokenKind::Word
        && !t.all_caps
        && lexicon.dative_endings.iter().any(|e| {
            e.chars().count() >= 3
                && t.lower.ends_with(e.as_str())
                && t.lower.chars().count() > e.chars().count() + 2
        })
}

/// Most tokens of a parenthetical between a name and its verb (`(D-Mo.)`, `(PiS)`).
const PARENTHETICAL_MAX_TOKENS: usize = 8;

/// `Sen. Claire Dune (D-Mo.) said`, `Jan Nowak (PiS) powiedział`, `Ana Ruiz, 25, said`: where the
/// subject ends when a short parenthetical or an age stands between it and the verb at `v` (else `v`).
pub fn before_parenthetical(tokens: &[Token], from: usize, v: usize) -> usize {
    // An age in commas: `Quina Ruiz, 25, said`.
    if v >= from + 4
        && tokens[v - 1].lower == ","
        && tokens[v - 2].kind == TokenKind::Number
        && tokens[v - 3].lower == ","
    {
        return v - 3;
    }
    if v == 0 || v <= from || tokens[v - 1].lower != ")" {
        return v;
    }
    (from..v - 1)
        .rev()
        .take(PARENTHETICAL_MAX_TOKENS)
        .find(|&k| tokens[k].lower == "(")
        .filter(|&open| open > from)
        .unwrap_or(v)
}
