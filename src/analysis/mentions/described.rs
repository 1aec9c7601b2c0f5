//! A descriptive subject before a verb, when no name speaks: the role noun nearest the verb
//! ("Urzędnicy ratusza", "Źródła zbliżone do rządu", "analysts at Barclays").

use super::super::lexicon::Lexicon;
use super::super::text::{Token, TokenKind};
use super::NounPhrase;
use super::words::{is_preposition, looks_adjectival, stops};
use crate::model::SourceKind;

/// A descriptive subject ending before `k`: the role noun nearest the verb not governed by a
/// preposition, moved back over genitive modifiers ("Urzędnicy ratusza", "Źródła zbliżone do
/// rządu"), with its adjectives and modifiers.
pub(super) fn described_subject(
    tokens: &[Token],
    clause_start: usize,
    k: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let found = nearest_role_noun(tokens, clause_start, k, lexicon)?;
    let j = head_noun(tokens, clause_start, found, lexicon);
    let kind = *lexicon.roles.get(&tokens[j].lower)?;
    let first = described_first(tokens, clause_start, j, lexicon);
    let end = modifiers_end(tokens, j, k, lexicon);
    let end = affiliation_end(tokens, end, k, kind, lexicon);
    Some(NounPhrase::described(first, end, Some(kind), Some(j)))
}

/// A noun at `j` governed by a preposition, directly or through a role noun ("z Uniwersytetu",
/// "od przedstawicieli resortu").
fn is_governed(tokens: &[Token], clause_start: usize, j: usize, lexicon: &Lexicon) -> bool {
    j > clause_start
        && (is_preposition(&tokens[j - 1].lower, lexicon)
            || lexicon
                .roles
                .get(&tokens[j - 1].lower)
                .is_some_and(|_| j >= 2 && is_preposition(&tokens[j - 2].lower, lexicon)))
}

/// The role noun nearest `k`, looking back, that is not governed by a preposition and not part of
/// a name; parentheticals and parentheses are jumped over, other punctuation ends the search.
fn nearest_role_noun(
    tokens: &[Token],
    clause_start: usize,
    k: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let mut j = k;
    let mut jumps = 0;
    while j > clause_start {
        j -= 1;
        if tokens[j].lower == "," && jumps < 2 {
            // Jump over a parenthetical (", which represents 2,000 workers,", ", speaking on
            // condition of anonymity,") to the subject before it.
            if let Some(p) = (clause_start..j).rev().find(|&p| tokens[p].lower == ",") {
                j = p;
                jumps += 1;
                continue;
            }
        }
        if tokens[j].lower == ")" {
            // Jump over a parenthesis ("(Penn State)").
            if let Some(p) = (clause_start..j).rev().find(|&p| tokens[p].lower == "(") {
                j = p;
                continue;
            }
        }
        if tokens[j].kind == TokenKind::Punct && tokens[j].lower != "." {
            break;
        }
        // Capitalised words inside the clause belong to names ("Pennsylvania State University").
        let in_name = tokens[j].capitalized && j > clause_start;
        if lexicon.roles.contains_key(&tokens[j].lower)
            && !is_governed(tokens, clause_start, j, lexicon)
            && !in_name
        {
            return Some(j);
        }
    }
    None
}

/// The head of the role noun at `j`: moved back over preceding role nouns (genitive modifiers
/// follow their head), then to a role noun up to three words earlier that a short participle
/// phrase follows ("Źródła zbliżone do rządu").
fn head_noun(tokens: &[Token], clause_start: usize, mut j: usize, lexicon: &Lexicon) -> usize {
    while j > clause_start + 1
        && lexicon.roles.contains_key(&tokens[j - 1].lower)
        && !is_governed(tokens, clause_start, j - 1, lexicon)
    {
        j -= 1;
    }
    let head = (clause_start..j)
        .rev()
        .take(3)
        .take_while(|&h| tokens[h].kind == TokenKind::Word)
        .find(|&h| {
            lexicon.roles.contains_key(&tokens[h].lower)
                && !is_governed(tokens, clause_start, h, lexicon)
        });
    head.unwrap_or(j)
}

/// The first token of the phrase headed at `j`: up to two lowercase adjectives before it, or a
/// capitalised word opening the clause right before it.
fn described_first(tokens: &[Token], clause_start: usize, j: usize, lexicon: &Lexicon) -> usize {
    let mut first = j;
    while first > clause_start
        && tokens[first - 1].kind == TokenKind::Word
        && !tokens[first - 1].capitalized
        && !stops(&tokens[first - 1], lexicon)
        && !lexicon.subject_skip.contains(&tokens[first - 1].lower)
        && !lexicon.not_sources.contains(&tokens[first - 1].lower)
        && looks_adjectival(&tokens[first - 1].lower)
        && first > j.saturating_sub(2)
    {
        first -= 1;
    }
    if first == j
        && j > clause_start
        && tokens[j - 1].kind == TokenKind::Word
        && tokens[j - 1].capitalized
        && j - 1 == clause_start
    {
        first = j - 1;
    }
    first
}

/// One past the modifiers after the head at `j`, before `k`: compounded type nouns ("state
/// media"), then in Polish up to two more words ("zbliżone do").
fn modifiers_end(tokens: &[Token], j: usize, k: usize, lexicon: &Lexicon) -> usize {
    let mut end = j + 1;
    // "state media": a compound of type nouns.
    while end < k && !tokens[end].capitalized && lexicon.roles.contains_key(&tokens[end].lower) {
        end += 1;
    }
    while lexicon.language == crate::model::Language::Pl
        && end < k
        && end < j + 3
        && tokens[end].kind == TokenKind::Word
        && !stops(&tokens[end], lexicon)
        && !lexicon.negations.contains(&tokens[end].lower)
        && !lexicon.subject_skip.contains(&tokens[end].lower)
    {
        end += 1;
    }
    end
}

/// "Ekolodzy z WWF Polska", "analysts at Barclays": an unnamed group of a named organisation is
/// known by the organisation, whose capitalised name after `end` joins the phrase.
fn affiliation_end(
    tokens: &[Token],
    end: usize,
    k: usize,
    kind: SourceKind,
    lexicon: &Lexicon,
) -> usize {
    if matches!(kind, SourceKind::Group | SourceKind::Anonymous)
        && end + 1 < k
        && lexicon
            .affiliation_prepositions
            .contains(&tokens[end].lower)
        && tokens[end + 1].capitalized
    {
        let mut e2 = end + 1;
        while e2 < k && tokens[e2].kind == TokenKind::Word && tokens[e2].capitalized {
            e2 += 1;
        }
        return e2;
    }
    end
}
