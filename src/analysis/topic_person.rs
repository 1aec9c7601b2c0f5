//! The topic person of an unattributed sentence: a person named as its subject becomes the
//! referent of a later pronoun or dropped subject.

use super::attribute::token_span;
use super::discourse::Discourse;
use super::entities::MentionCase;
use super::mentions::{NounPhrase, is_singular_dative, np_after};
use super::text::{Token, TokenKind};
use crate::model::SourceKind;

/// A person named as the subject at the start of an unattributed sentence becomes the referent of a
/// later "he said" or "– powiedział nam.".
pub(super) fn note_topic_person(
    text: &str,
    tokens: &[Token],
    a: usize,
    b: usize,
    discourse: &mut Discourse<'_>,
) {
    let lexicon = discourse.lexicon();
    if let Some(np) = np_after(tokens, a, b, lexicon).filter(|np| np.first == a)
        && note_person(text, tokens, &np, b, discourse)
    {
        return;
    }
    // Polish also puts the subject last: "Funkcję kierownika budowy pełni Piotr J."
    if lexicon.language != crate::model::Language::Pl {
        return;
    }
    let Some(last) = (a..b).rev().find(|&k| tokens[k].kind == TokenKind::Word) else {
        return;
    };
    let mut first = last + 1;
    while first > a
        && tokens[first - 1].kind == TokenKind::Word
        && tokens[first - 1].capitalized
        && !tokens[first - 1].all_caps
    {
        first -= 1;
    }
    let only_punct_after = tokens[last + 1..b]
        .iter()
        .all(|t| t.kind == TokenKind::Punct);
    if first <= a + 1 {
        return;
    }
    let governed = lexicon.name_stops.contains(&tokens[first - 1].lower)
        || lexicon.name_stops.contains(&tokens[first - 2].lower);
    if last + 1 - first >= 2
        && only_punct_after
        && !governed
        && let Some(np) = np_after(tokens, first, last + 1, lexicon)
    {
        note_person(text, tokens, &np, b, discourse);
    }
}

/// Records a person-like phrase as the most recent salient person; false when it is not one.
fn note_person(
    text: &str,
    tokens: &[Token],
    np: &NounPhrase,
    b: usize,
    discourse: &mut Discourse<'_>,
) -> bool {
    let lexicon = discourse.lexicon();
    if np.generic || np.pronoun.is_some() || np.quoted {
        return false;
    }
    let words = tokens[np.name_first..np.name_end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let next_is_lower = np.end >= b
        || tokens[np.end].is_terminal()
        || (tokens[np.end].kind == TokenKind::Word && !tokens[np.end].capitalized)
        || tokens[np.end].lower == ",";
    if words == 0
        || !next_is_lower
        || tokens[np.name_first..np.name_end]
            .iter()
            .any(|t| t.all_caps || lexicon.roles.contains_key(&t.lower))
        || is_singular_dative(&tokens[np.name_end - 1], lexicon)
    {
        return false;
    }
    // A lone word is only a topic when it names a person already known ("Wong").
    let resolved = if words < 2 {
        discourse.resolve_known(text, tokens, np, MentionCase::Subject)
    } else {
        discourse.resolve(text, tokens, np, MentionCase::Subject)
    };
    match resolved {
        Some(e) if discourse.entity(e).kind == SourceKind::Person => {
            discourse.give_floor(e, token_span(tokens, np.name_first, np.name_end));
            true
        }
        _ => false,
    }
}
