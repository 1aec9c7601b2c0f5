//! The noun phrase after a cue: an inverted subject ("– pisze „The New York Times”"), the
//! complement of a prepositional cue ("według szacunków Korei Południowej"), a chain link
//! ("powołując się na ukraińskich urzędników").

use super::super::lexicon::Lexicon;
use super::super::text::{Token, TokenKind};
use super::runs::{run_end, trim_leading_roles};
use super::words::{
    is_function_word, is_name_word, looks_adjectival, next_is_role, quoted_title, stops,
};
use super::{NounPhrase, Role};
use crate::model::SourceKind;

/// The noun phrase starting at or after `from` (skipping adverbs and time phrases), ending before
/// `limit`. Used after a verb (inverted subject) and after prepositional cues.
pub fn np_after(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let mut i = skip_adverbials(tokens, from, limit, lexicon);
    if i >= limit {
        return None;
    }
    if let Some(&gender) = lexicon.subject_pronouns.get(&tokens[i].lower) {
        return Some(NounPhrase::pronoun_at(i, gender));
    }
    if let Some(np) = partitive_after(tokens, i, limit, lexicon) {
        return Some(np);
    }
    // "jego obrońca", "his lawyer": a possessive before a role noun.
    if lexicon.possessives.contains(&tokens[i].lower)
        && tokens
            .get(i + 1)
            .is_some_and(|t| lexicon.roles.contains_key(&t.lower))
        && i + 1 < limit
    {
        i += 1;
    }
    let first = i;
    let (k, mut role) = descriptive_words(tokens, first, limit, lexicon);
    if k < limit
        && let Some(np) = name_after(tokens, first, k, limit, lexicon, &mut role)
    {
        return Some(np);
    }
    described_after(tokens, first, limit, lexicon, role)
}

/// The first token at or after `from` that is not a skipped adverb or time word, nor a bare number
/// (unless a role noun follows it: "3 analysts").
fn skip_adverbials(tokens: &[Token], from: usize, limit: usize, lexicon: &Lexicon) -> usize {
    let mut i = from;
    while i < limit {
        let t = &tokens[i];
        let article = lexicon.articles.contains(&t.lower);
        if t.kind == TokenKind::Word
            && lexicon.subject_skip.contains(&t.lower)
            && (!t.capitalized || article)
        {
            i += 1;
            continue;
        }
        if t.kind == TokenKind::Number
            && !t.lower.chars().any(char::is_alphabetic)
            && !next_is_role(tokens, i, limit, lexicon)
        {
            i += 1;
            continue;
        }
        break;
    }
    i
}

/// "jedna z mieszkanek", "one of the organisers": a member of a described group speaks. The phrase
/// when a partitive at `i` and its preposition are followed by at least one word.
fn partitive_after(
    tokens: &[Token],
    i: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let partitive = lexicon.partitives.contains(&tokens[i].lower)
        && tokens
            .get(i + 1)
            .is_some_and(|t| lexicon.partitive_prepositions.contains(&t.lower));
    if !partitive {
        return None;
    }
    let end = partitive_end(tokens, i, limit, lexicon);
    let role = (i + 2..end).find(|&k| lexicon.roles.contains_key(&tokens[k].lower));
    if end <= i + 2 {
        return None;
    }
    let kind = match role.map(|r| lexicon.roles[&tokens[r].lower]) {
        None | Some(SourceKind::Person | SourceKind::Group) => SourceKind::Anonymous,
        Some(other) => other,
    };
    Some(NounPhrase::described(i, end, Some(kind), role))
}

/// One past the group described after the partitive at `i` ("of the organisers"): up to four
/// words, ending at the first role noun.
fn partitive_end(tokens: &[Token], i: usize, limit: usize, lexicon: &Lexicon) -> usize {
    let mut end = i + 2;
    while end < limit
        && end < i + 6
        && tokens[end].kind == TokenKind::Word
        && !stops(&tokens[end], lexicon)
    {
        if matches!(
            tokens[end].lower.as_str(),
            "the" | "its" | "his" | "her" | "their"
        ) && end == i + 2
        {
            end += 1;
            continue;
        }
        end += 1;
        if lexicon.roles.contains_key(&tokens[end - 1].lower) {
            break;
        }
    }
    end
}

/// Descriptive words (adjectives, numerals, role nouns) before the name, from `first`: where they
/// stop, and the last role noun among them.
fn descriptive_words(
    tokens: &[Token],
    first: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> (usize, Role) {
    let mut role = Role::default();
    let mut k = first;
    while k < limit && k < first + 6 {
        let t = &tokens[k];
        if t.kind == TokenKind::Quote || is_name_word(t) {
            break;
        }
        if t.kind != TokenKind::Word && !(t.kind == TokenKind::Number) && t.lower != "." {
            break;
        }
        if let Some(kind) = lexicon.roles.get(&t.lower) {
            // A role noun wins over a homonymous verb ("the report", "the paper").
            role.kind = Some(*kind);
            role.word = Some(k);
            k += 1;
            continue;
        }
        if t.kind == TokenKind::Word
            && (stops(t, lexicon) || lexicon.not_sources.contains(&t.lower))
        {
            break;
        }
        k += 1;
    }
    (k, role)
}

/// The name at `k` (after the descriptive words from `first`): a quoted title or a run of
/// capitalised words. A role word stripped from the run, or a type noun after it, updates `role`
/// even when no name is found.
fn name_after(
    tokens: &[Token],
    first: usize,
    k: usize,
    limit: usize,
    lexicon: &Lexicon,
    role: &mut Role,
) -> Option<NounPhrase> {
    if let Some(close) = quoted_title(tokens, k, limit) {
        return Some(NounPhrase {
            first,
            end: close + 1,
            name_first: k + 1,
            name_end: close,
            role_kind: role.kind,
            role_word: role.word,
            generic: false,
            quoted: true,
            pronoun: None,
        });
    }
    if !is_name_word(&tokens[k]) || is_function_word(&tokens[k], lexicon) {
        return None;
    }
    let (mut end, trailing) = run_end(tokens, k, limit, lexicon);
    if trailing.is_some() {
        role.kind = trailing;
    }
    while end > k
        && tokens[end - 1].kind != TokenKind::Word
        && tokens[end - 1].kind != TokenKind::Number
    {
        end -= 1;
    }
    let run = trim_leading_roles(tokens, k, end, lexicon, role);
    if starts_next_clause(tokens, run, limit, *role) || run.0 >= run.1 {
        return None;
    }
    Some(NounPhrase {
        first,
        end,
        name_first: run.0,
        name_end: run.1,
        role_kind: role.kind,
        role_word: role.word,
        generic: false,
        quoted: false,
        pronoun: None,
    })
}

/// A generic noun followed by a lone capitalised word that starts the next clause ("Według
/// dziennika Moskwa może…"): the word is not a name.
fn starts_next_clause(tokens: &[Token], run: (usize, usize), limit: usize, role: Role) -> bool {
    let lone = run.1 - run.0 == 1 && !tokens[run.0].all_caps;
    let next_lower_word =
        run.1 < limit && tokens[run.1].kind == TokenKind::Word && !tokens[run.1].capitalized;
    let role_before = role.word.is_some_and(|w| w + 1 == run.0);
    lone && next_lower_word
        && role_before
        && matches!(
            role.kind,
            Some(SourceKind::Media | SourceKind::Government | SourceKind::Organization)
        )
}

/// No name: a descriptive phrase from `first` around the role noun ("dziennika", "anonimowych
/// urzędników"), when there is one.
fn described_after(
    tokens: &[Token],
    first: usize,
    limit: usize,
    lexicon: &Lexicon,
    role: Role,
) -> Option<NounPhrase> {
    let role_word = role.word?;
    let end = described_end(tokens, role_word, limit, lexicon, role.kind);
    Some(NounPhrase::described(first, end, role.kind, role.word))
}

/// One past the words that describe the role noun at `role` with them: up to three lowercase words
/// after a group, anonymous, data or document noun; for other type nouns only a postposed Polish
/// adjective ("organizacje humanitarne").
fn described_end(
    tokens: &[Token],
    role: usize,
    limit: usize,
    lexicon: &Lexicon,
    role_kind: Option<SourceKind>,
) -> usize {
    let mut end = role + 1;
    let extends = matches!(
        role_kind,
        Some(SourceKind::Group | SourceKind::Anonymous | SourceKind::Data | SourceKind::Document)
    );
    while end < limit && end < role + 4 {
        let t = &tokens[end];
        if t.kind != TokenKind::Word
            || t.capitalized
            || stops(t, lexicon)
            || lexicon.verbs.contains_key(&t.lower)
        {
            break;
        }
        // Other type nouns keep only a postposed adjective ("organizacje humanitarne").
        let postposed_adjective = lexicon.language == crate::model::Language::Pl
            && looks_adjectival(&t.lower)
            && end == role + 1;
        if !(extends || postposed_adjective) {
            break;
        }
        if lexicon.subject_skip.contains(&t.lower) {
            break;
        }
        end += 1;
    }
    end
}

/// A descriptive phrase running to the next punctuation mark (at most eight words), for chain
/// links such as "powołując się na ukraińskich i amerykańskich urzędników państwowych".
pub fn np_until_punct(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let mut end = from;
    let mut role_kind = None;
    let mut role_word = None;
    let mut named = false;
    while end < limit && end < from + 8 {
        let t = &tokens[end];
        if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            break;
        }
        if end > from
            && (lexicon.complementizers.contains(&t.lower) || lexicon.verbs.contains_key(&t.lower))
        {
            break;
        }
        if let Some(kind) = lexicon.roles.get(&t.lower) {
            if role_kind != Some(SourceKind::Anonymous) {
                role_kind = Some(*kind);
            }
            role_word = Some(end);
        }
        named |= t.capitalized;
        end += 1;
    }
    (end > from && (role_kind.is_some() || named)).then_some(NounPhrase {
        first: from,
        end,
        name_first: from,
        name_end: end,
        role_kind,
        role_word,
        generic: !named,
        quoted: false,
        pronoun: None,
    })
}
