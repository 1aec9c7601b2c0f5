//! The verb's subject: after the verb (inverted order), between a closing quote and the verb, and
//! the recipient of the words that joins the chain.

use super::super::cues::{CueKind, find_cues};
use super::super::governed::governed_name_end;
use super::super::interview;
use super::super::lexicon::{CueRole, Gender, Lexicon};
use super::super::mentions::{NounPhrase, before_parenthetical, np_after, np_before};
use super::super::text::{Token, TokenKind};
use super::clause::ends_clause;
use super::{Claim, ClaimSource};
use crate::model::{Language, SourceKind};

pub(super) fn named_subject(np: NounPhrase) -> ClaimSource {
    match np.pronoun {
        Some(g) => ClaimSource::Continue(g),
        None => ClaimSource::Named {
            phrase: np,
            subject: true,
        },
    }
}

pub(super) fn subject_or_continue(np: NounPhrase, gender: Gender) -> ClaimSource {
    match np.pronoun {
        Some(g) => ClaimSource::Continue(if g == Gender::Any { gender } else { g }),
        None => ClaimSource::Named {
            phrase: np,
            subject: true,
        },
    }
}

/// The subject after a verb (inverted order), skipping recipients: in "powiedzieli reporterom TVN24
/// organizatorzy protestu" the organisers speak; a lone medium ("– pisze „Rzeczpospolita”") is the subject.
pub(super) fn subject_after(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let limit = subject_search_limit(tokens, from, limit, lexicon);
    let mut at = from;
    let mut recipient_seen = false;
    while at < limit {
        let t = &tokens[at];
        if let Some(end) = chain_phrase_end(tokens, at, limit, lexicon)
            .or_else(|| governed_name_end(tokens, at, limit, lexicon))
        {
            at = end;
            continue;
        }
        if t.lower == ","
            || (t.kind == TokenKind::Word
                && lexicon.subject_skip.contains(&t.lower)
                && !t.capitalized)
        {
            at += 1;
            continue;
        }
        let Some(np) = np_after(tokens, at, limit, lexicon) else {
            if !recipient_seen && at > from + 2 {
                break;
            }
            at += 1;
            continue;
        };
        if is_recipient(tokens, &np, lexicon) {
            recipient_seen = true;
            at = np.end.max(at + 1);
            continue;
        }
        return Some(named_apposition(tokens, &np, limit, lexicon).unwrap_or(np));
    }
    // Only a recipient: the subject is dropped ("– przekazał rozgłośni.") and the speaker continues.
    None
}

/// How far after the verb at `from` its subject is looked for: to the end of the clause (a
/// sentence end or a complementizer) within `limit`, and at most 16 tokens.
fn subject_search_limit(tokens: &[Token], from: usize, limit: usize, lexicon: &Lexicon) -> usize {
    let limit = (from..limit)
        .find(|&k| ends_clause(tokens, k) || lexicon.complementizers.contains(&tokens[k].lower))
        .unwrap_or(limit);
    limit.min(from + 16)
}

/// Where a chain phrase between verb and subject that starts at `at` ends (", cytowany za agencją
/// PAP,", "w rozmowie z Radiem ZET"): after the phrase it names, or at the next comma. A channel
/// ("w komunikacie", "in a statement") names nobody: only its words are skipped.
fn chain_phrase_end(tokens: &[Token], at: usize, limit: usize, lexicon: &Lexicon) -> Option<usize> {
    let cue = find_cues(tokens, at, limit, lexicon)
        .into_iter()
        .next()
        .filter(|c| {
            c.first == at
                && matches!(
                    c.kind,
                    CueKind::Phrase(
                        CueRole::Via | CueRole::Recipient | CueRole::Channel | CueRole::Basis
                    )
                )
        })?;
    let cue_end = cue.end;
    if cue.kind == CueKind::Phrase(CueRole::Channel) {
        return Some(cue_end);
    }
    Some(match np_after(tokens, cue_end, limit, lexicon) {
        Some(np) if np.first == cue_end => np.end,
        _ => {
            let mut k = cue_end;
            while k < limit && tokens[k].lower != "," {
                k += 1;
            }
            k
        }
    })
}

/// "jego obrońca, mecenas Adam Żak": a description followed by the name in apposition; the name.
fn named_apposition(
    tokens: &[Token],
    np: &NounPhrase,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    if np.generic
        && tokens.get(np.end).is_some_and(|t| t.lower == ",")
        && let Some(named) = np_after(tokens, np.end + 1, limit, lexicon)
        && named.first == np.end + 1
        && !named.generic
        && named.pronoun.is_none()
    {
        return Some(named);
    }
    None
}

/// A dative medium after a verb ("agencji Reutera", "reporterom TVN24", "Dziennikowi Wschodniemu").
pub(super) fn is_recipient(tokens: &[Token], np: &NounPhrase, lexicon: &Lexicon) -> bool {
    let words = &tokens[np.first..np.end];
    // A nominative role noun that merely ends like a dative ("astronom") is not one.
    let dative_ending = |t: &Token| {
        lexicon
            .dative_endings
            .iter()
            .any(|e| t.lower.ends_with(e.as_str()))
            && !lexicon.roles.contains_key(&t.lower)
    };
    let dative = words
        .iter()
        .any(|t| dative_ending(t) || lexicon.dative_nouns.contains(&t.lower));
    // A medium in the dative, or a lowercase plural dative ("reporterom TVN24").
    dative
        && (np.role_kind == Some(SourceKind::Media)
            || words
                .iter()
                .any(|t| !t.capitalized && dative_ending(t) && t.lower.ends_with('m')))
}

/// Adds the recipient of the words ("przekazał agencji Reutera", "told The Jakarta Post") to the chain.
pub(super) fn attach_recipient(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
    claim: &mut Claim,
) {
    if let Some(medium) = interview::medium_after(tokens, from, limit, lexicon) {
        claim.via.push(medium);
        return;
    }
    let limit = limit.min(from + 6);
    if from >= limit {
        return;
    }
    let Some(np) = np_after(tokens, from, limit, lexicon) else {
        return;
    };
    if np.first > from + 1 {
        return;
    }
    let is_subject =
        matches!(&claim.source, ClaimSource::Named { phrase, .. } if phrase.first == np.first);
    if is_subject {
        return;
    }
    let media =
        np.role_kind == Some(SourceKind::Media) || np.quoted || is_recipient(tokens, &np, lexicon);
    let english_object = lexicon.language == Language::En
        && !np.generic
        && np.pronoun.is_none()
        && np.name_end > np.name_first
        && tokens[np.name_first].capitalized;
    // "Rzecznik … przekazał PAP, że …": a name between a verb with its subject before it and the
    // complementizer is the addressee.
    let subject_before =
        matches!(&claim.source, ClaimSource::Named { phrase, .. } if phrase.end <= claim.cue.0);
    let before_complement = {
        let mut k = np.end;
        if tokens.get(k).is_some_and(|t| t.lower == ",") {
            k += 1;
        }
        tokens
            .get(k)
            .is_some_and(|t| lexicon.complementizers.contains(&t.lower))
    };
    let addressee = lexicon.language == Language::Pl
        && subject_before
        && before_complement
        && !np.generic
        && np.pronoun.is_none()
        && !person_named(tokens, &np);
    let told = tokens
        .get(from - 1)
        .is_some_and(|t| lexicon.addressing_verbs.contains(&t.lower));
    if media || addressee || (english_object && told) {
        // "told NPR Hamza bin Laden had …": the addressee is the acronym, not the clause after it.
        let mut np = np;
        if np.name_end - np.name_first > 1
            && tokens[np.name_first].all_caps
            && !tokens[np.name_first + 1].all_caps
        {
            np.name_end = np.name_first + 1;
            np.end = np.name_end;
        }
        claim.via.push(np);
    }
}

/// A person's name (`Adamowi Kowalskiemu`, `prezesowi Janowi Nowakowi`): told something in
/// private, a person is the addressee, not a medium that carried the words to the article.
fn person_named(tokens: &[Token], np: &NounPhrase) -> bool {
    let name = &tokens[np.name_first..np.name_end];
    np.role_kind == Some(SourceKind::Person)
        || (name.len() >= 2
            && name
                .iter()
                .all(|t| t.kind == TokenKind::Word && t.capitalized && !t.all_caps))
}

pub(super) fn quote_then_subject(tokens: &[Token], s: usize, v: usize, lexicon: &Lexicon) -> bool {
    subject_between_quote(tokens, s, v, lexicon).is_some()
}

/// `,” Smith said` / `," he said`: the subject between a closing quote and the verb.
pub(super) fn subject_between_quote(
    tokens: &[Token],
    s: usize,
    v: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let q = (s..v).rev().find(|&k| tokens[k].kind == TokenKind::Quote)?;
    // `”, Saree said`: a comma may follow the closing mark.
    let first = if tokens.get(q + 1).is_some_and(|t| t.lower == ",") {
        q + 2
    } else {
        q + 1
    };
    let v = before_parenthetical(tokens, first, v);
    if v - q > 7
        || tokens[first..v]
            .iter()
            .any(|t| t.kind != TokenKind::Word && t.lower != ".")
    {
        return None;
    }
    if q == s
        || !(tokens[q - 1].lower == ","
            || tokens[q - 1].is_terminal()
            || tokens[q - 1].lower == "?"
            || first == q + 2)
    {
        return None;
    }
    np_before(tokens, first, v, lexicon)
}
