//! Clause boundaries around a cue: where a clause starts, whether a cue leads it, where a verb's
//! content starts and whether a tag ends the sentence.

use super::super::cues::{Cue, CueKind, find_cues};
use super::super::lexicon::Lexicon;
use super::super::mentions::NounPhrase;
use super::super::quotes::ends_lead_in;
use super::super::text::{Token, TokenKind};
use crate::model::Language;

/// True when only conjunctions, dashes, quotes or "jak" stand between the sentence start and `at`.
pub(super) fn leads_clause(tokens: &[Token], s: usize, at: usize, lexicon: &Lexicon) -> bool {
    tokens[s..at].iter().all(|t| match t.kind {
        TokenKind::Word => {
            lexicon.clause_conjunctions.contains(&t.lower)
                || lexicon.as_words.contains(&t.lower)
                || lexicon.subject_skip.contains(&t.lower) && !t.capitalized
                || matches!(
                    t.lower.as_str(),
                    "i" | "oraz" | "and" | "so" | "but" | "yet" | "to" | "a" | "nieoficjalnie"
                )
        }
        TokenKind::Quote | TokenKind::Dash => true,
        TokenKind::Punct => t.lower == "(" || t.lower == ",",
        TokenKind::Number => false,
    })
}

/// Where a prepositional cue's content starts: the sentence start when the cue opens the sentence or
/// closes it ("…, według NATO."), else the clause that contains it ("…, który, według X, ma …").
pub(super) fn scope_of(
    tokens: &[Token],
    s: usize,
    e: usize,
    cue: &Cue,
    np: &NounPhrase,
    lexicon: &Lexicon,
) -> usize {
    if leads_clause(tokens, s, cue.first, lexicon) {
        return s;
    }
    let rest_is_end = tokens[np.end..e]
        .iter()
        .all(|t| t.kind != TokenKind::Word && t.kind != TokenKind::Number);
    if rest_is_end {
        return s;
    }
    // "The talks failed, according to two people familiar with the matter.": a trailing cue
    // phrase after a comma, with no further clause, governs the whole sentence.
    let trailing = cue.first > s
        && tokens[cue.first - 1].lower == ","
        && !tokens[cue.end..e]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "," | ";" | ":"))
        && lexicon.language == Language::En;
    if trailing {
        return s;
    }
    clause_start_before(tokens, s, cue.first, lexicon)
}

/// The start of the clause containing `at`: the nearest relative pronoun or conjunction after a
/// comma, or the token after the nearest comma or dash; the sentence start when there is none.
pub fn clause_start_before(tokens: &[Token], s: usize, at: usize, lexicon: &Lexicon) -> usize {
    let mut k = at;
    // Skip the punctuation directly before the cue: "…, który, według X".
    while k > s
        && matches!(tokens[k - 1].kind, TokenKind::Punct | TokenKind::Dash)
        && tokens[k - 1].lower != ":"
    {
        k -= 1;
    }
    if k > s {
        let t = &tokens[k - 1];
        if (lexicon.relative_pronouns.contains(&t.lower)
            || lexicon.clause_conjunctions.contains(&t.lower))
            && k >= 2
            && k - 1 > s
            && matches!(tokens[k - 2].lower.as_str(), "," | "–" | "—" | "-")
        {
            return k - 1;
        }
    }
    let mut j = at;
    while j > s {
        let t = &tokens[j - 1];
        if matches!(t.lower.as_str(), "," | ";" | ":" | "–" | "—" | "(") {
            // Prefer the relative pronoun that opens this comma's clause.
            return j;
        }
        j -= 1;
    }
    s
}

/// After a closing quotation mark or a dash that ends dash speech: `” – powiedział`, `" — pisze`, `,” said`.
pub(super) fn after_quote(tokens: &[Token], s: usize, at: usize) -> bool {
    let mut k = at;
    let mut saw_mark = false;
    let mut separated = false;
    while k > s {
        let t = &tokens[k - 1];
        match t.kind {
            TokenKind::Quote => {
                // A quoted title ("cytowana przez „Gazetę Wyborczą”, twierdzi") is not a
                // quotation: few words, no sentence punctuation inside.
                if let Some(open) = (s..k - 1)
                    .rev()
                    .find(|&j| tokens[j].kind == TokenKind::Quote)
                {
                    let inner = &tokens[open + 1..k - 1];
                    let words = inner.iter().filter(|t| t.kind == TokenKind::Word).count();
                    let title = words <= 6
                        && open > s
                        && !matches!(tokens[open - 1].lower.as_str(), ":" | "–" | "—" | "-")
                        && !inner.iter().any(|t| t.is_terminal() || t.lower == ",")
                        && inner.first().is_some_and(|t| t.capitalized);
                    if title {
                        return false;
                    }
                }
                // `„Kurier” napisał`: a quoted title as the subject, not a quotation's tag. A tag
                // is separated from the quote by a dash or comma, or the quote ends a sentence.
                let closes_speech = k >= 2
                    && (tokens[k - 2].is_terminal()
                        || matches!(tokens[k - 2].lower.as_str(), "," | "?" | "!"));
                return separated || closes_speech;
            }
            TokenKind::Dash => {
                saw_mark = true;
                separated = true;
                k -= 1;
            }
            TokenKind::Punct if t.lower == "," => {
                separated = true;
                k -= 1;
            }
            _ => break,
        }
    }
    saw_mark && k > s
}

/// A sentence-ending mark that really ends something: not the period of an abbreviation inside the
/// sentence ("gen. Piotr Lis", "prof. Nowak").
pub(super) fn ends_clause(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if !t.is_terminal() {
        return false;
    }
    let abbreviation = t.lower == "."
        && k > 0
        && !t.space_before
        && tokens[k - 1].kind == TokenKind::Word
        && tokens[k - 1].lower.chars().count() <= 5
        && tokens.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word);
    !abbreviation
}

/// The complementizer ("że", "that") or colon after a verb, within its clause.
pub(super) fn complement_after(
    tokens: &[Token],
    from: usize,
    e: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    // `She adds, “…”`: a comma opening a quotation introduces it as a colon would.
    let opens_quote = |k: usize| {
        tokens[k].lower == ","
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Quote && t.space_before)
    };
    (from..e.min(from + 16))
        .take_while(|&k| !ends_clause(tokens, k))
        .find(|&k| {
            lexicon.complementizers.contains(&tokens[k].lower)
                || tokens[k].lower == ":"
                || opens_quote(k)
        })
}

/// The start of the coordinated clause (after `;` or `, but`/`, ale`…) that contains token `v`.
pub(super) fn coordinate_clause_start(
    tokens: &[Token],
    s: usize,
    v: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let mut start = None;
    for k in s + 1..v {
        let t = &tokens[k];
        if t.lower == ";" {
            start = Some(k + 1);
        } else if (tokens[k - 1].lower == ","
            && lexicon.clause_conjunctions.contains(&t.lower)
            && t.lower != "and"
            && t.lower != "a")
            || lexicon.contrast_conjunctions.contains(&t.lower)
        {
            start = Some(k);
        } else if lexicon.complementizers.contains(&t.lower)
            || t.lower == ":"
            || t.kind == TokenKind::Quote
        {
            start = None;
        }
    }
    start
}

/// Most tokens between a subordinating conjunction and the verb of its clause.
const SUBORDINATE_SUBJECT_MAX_TOKENS: usize = 6;

/// `…, shortly after Trump said he …`, `…, gdy Kowalski powiedział, że …`: the subordinating
/// conjunction inside the sentence whose clause has the verb at `v`, with only its subject between
/// them (no punctuation: `after the vote, Smith said` is a prepositional phrase).
pub(super) fn subordinate_clause_start(
    tokens: &[Token],
    s: usize,
    v: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let k = (s + 1..v)
        .rev()
        .take(SUBORDINATE_SUBJECT_MAX_TOKENS + 1)
        .find(|&k| !tokens[k].capitalized && lexicon.subordinators.contains(&tokens[k].lower))?;
    let subject_only = k + 1 < v
        && tokens[k + 1..v]
            .iter()
            .all(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number) || t.lower == ".");
    subject_only.then_some(k)
}

/// The clause a verb's subject is looked for in: after a complementizer or relative pronoun that
/// opens a subordinate clause containing the verb.
pub(super) fn verb_clause_start(
    tokens: &[Token],
    s: usize,
    v: usize,
    clause: usize,
    lexicon: &Lexicon,
) -> usize {
    // Commas inside the subject phrase (apposition: "Dowódca …, płk X, przekazał") do not end it;
    // only sentence-level boundaries do.
    let mut start = s;
    for k in s..v {
        let t = &tokens[k];
        if matches!(t.lower.as_str(), ":" | ";") || lexicon.complementizers.contains(&t.lower) {
            start = k + 1;
        }
        if t.kind == TokenKind::Quote && k + 1 < v && tokens[k + 1].kind == TokenKind::Dash {
            start = k + 2;
        }
        // "WASHINGTON ― …, lawmakers said": a dateline is never the subject.
        if t.kind == TokenKind::Dash && ends_lead_in(tokens, k) {
            start = k + 1;
        }
        // ", but the commissioner stated …": a coordinated clause has its own subject.
        if k > s && tokens[k - 1].lower == "," && lexicon.clause_conjunctions.contains(&t.lower) {
            start = k + 1;
        }
    }
    let _ = clause;
    match subordinate_clause_start(tokens, s, v, lexicon) {
        Some(k) if k + 1 > start => k + 1,
        _ => start,
    }
}

/// English: does a clause (subject + verb) follow, so "said" reports it without "that"?
pub(super) fn clause_follows(tokens: &[Token], from: usize, e: usize, lexicon: &Lexicon) -> bool {
    let mut k = from;
    loop {
        while k < e
            && (tokens[k].kind == TokenKind::Word
                && lexicon.subject_skip.contains(&tokens[k].lower))
        {
            k += 1;
        }
        // "reported, citing Johns Hopkins University data, there were …": skip the chain phrase.
        if k + 1 < e && tokens[k].lower == "," {
            let cue = find_cues(tokens, k + 1, e, lexicon).into_iter().next();
            if let Some(c) =
                cue.filter(|c| c.first == k + 1 && matches!(c.kind, CueKind::Phrase(_)))
            {
                k = (c.end..e)
                    .find(|&j| tokens[j].lower == ",")
                    .map_or(e, |j| j + 1);
                continue;
            }
        }
        break;
    }
    let rest = tokens[k.min(e)..e]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let opens_quote = k < e && tokens[k].kind == TokenKind::Quote;
    opens_quote
        || rest >= 2
            && k < e
            && matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number)
            && !matches!(
                tokens[k].lower.as_str(),
                "to" | "for" | "by" | "with" | "about" | "of" | "on" | "in" | "at" | "as"
            )
}

pub(super) fn ends_after(tokens: &[Token], from: usize, e: usize, lexicon: &Lexicon) -> bool {
    // A tag in the middle ("…, Maróth said, and …") ends its part of the sentence too.
    let e = (from..e)
        .find(|&k| tokens[k].lower == "," || tokens[k].lower == ";")
        .unwrap_or(e);
    tokens[from..e].iter().all(|t| {
        !matches!(t.kind, TokenKind::Word | TokenKind::Number)
            || lexicon.subject_skip.contains(&t.lower)
            || t.capitalized
    }) && tokens[from..e]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count()
        <= 4
}
