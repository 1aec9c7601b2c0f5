//! Who a role description is. "szef polskiego MSZ", "prezydent Finlandii", "doradca prezydenta",
//! "Minister", "były ambasador" name a person by role: the head of the phrase (the role noun) is the
//! speaker, not the genitive complement inside it. A name in apposition after the description is
//! that person ("rzeczniczka Białego Domu, Anna Nowak,"); otherwise the description refers back to
//! the person the article introduced with that role, or to the current speaker, or is its own source.

use super::discourse::Discourse;
use super::entities::MentionCase;
use super::lexicon::{Gender, Lexicon};
use super::mentions::NounPhrase;
use super::text::{Token, TokenKind};
use crate::model::{Language, SourceKind, Span};

pub use super::role_memory::{RoleKey, RoleMemory};

/// The speaker named by a subject phrase.
#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    /// A person's name (possibly found in apposition after a role description).
    Name(NounPhrase),
    /// A role description without a name; `role` is the role noun's token.
    Role {
        /// The description ("szef polskiego MSZ").
        phrase: NounPhrase,
        /// The role noun.
        role: usize,
    },
}

fn person_role(t: &Token, lexicon: &Lexicon) -> bool {
    t.kind == TokenKind::Word && lexicon.roles.get(&t.lower) == Some(&SourceKind::Person)
}

/// Two or more capital letters in a short word: an acronym ("MSZ", "PiS", "USA").
fn acronym(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.lower.chars().count() <= 6
        && text[t.start..t.end]
            .chars()
            .filter(|c| c.is_uppercase())
            .count()
            >= 2
}

/// True when the capitalised words `first..end` after a role noun are its genitive complement
/// ("Finlandii", "Karola Nawrockiego", "MSZ", "Putina" after a masculine verb), not a name in
/// apposition ("Karol Nawrocki").
pub fn is_genitive_complement(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    gender: Gender,
    lexicon: &Lexicon,
) -> bool {
    let words: Vec<&Token> = tokens[first..end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    if words.iter().all(|t| acronym(text, t)) {
        return true;
    }
    let genitive = |t: &&Token| {
        lexicon
            .genitive_endings
            .iter()
            .any(|e| t.lower.ends_with(e.as_str()))
    };
    // The last word carries the case ("Karola Nawrockiego"; "Jerzy Nowak" is nominative); a long
    // ending tells it on any word ("Białego Domu").
    if genitive(last)
        || words.iter().any(|t| {
            lexicon
                .genitive_endings
                .iter()
                .any(|e| e.chars().count() >= 3 && t.lower.ends_with(e.as_str()))
        })
    {
        return true;
    }
    // Endings that surnames share ("Litwy" but "Jan Biały") count for a lone word only.
    if words.len() == 1
        && lexicon
            .genitive_endings_lone
            .iter()
            .any(|e| last.lower.ends_with(e.as_str()))
    {
        return true;
    }
    // A lone "-a" word after a masculine verb is not a feminine name: "doradca Putina wyraził".
    words.len() == 1
        && gender == Gender::Masc
        && last.lower.ends_with('a')
        && !lexicon.masculine_name_exceptions.contains(&last.lower)
}

/// The speaker a subject phrase names, looking past a role description's genitive complement to a
/// name in apposition. `limit` ends the search for that name (the clause end).
pub fn speaker_of(
    text: &str,
    tokens: &[Token],
    np: &NounPhrase,
    limit: usize,
    gender: Gender,
    lexicon: &Lexicon,
) -> Speaker {
    if np.pronoun.is_some() || np.quoted {
        return Speaker::Name(np.clone());
    }
    // A capitalised role noun alone ("Minister podkreślił") is a description, not a name.
    let lone_role = (np.name_end == np.name_first + 1
        && person_role(&tokens[np.name_first], lexicon))
    .then_some(np.name_first);
    // "ekspert banku": a person's role noun heads a description that ends in an institution noun.
    let person_head = (np.generic
        && np.role_kind != Some(SourceKind::Person)
        && person_role(&tokens[np.first], lexicon))
    .then_some(np.first);
    let Some(role) = np
        .role_word
        .filter(|&w| np.role_kind == Some(SourceKind::Person) && person_role(&tokens[w], lexicon))
        .or(lone_role)
        .or(person_head)
    else {
        return Speaker::Name(np.clone());
    };
    let described = if np.generic || lone_role.is_some() {
        true
    } else {
        role < np.name_first
            && is_genitive_complement(text, tokens, np.name_first, np.name_end, gender, lexicon)
    };
    if !described {
        return Speaker::Name(np.clone());
    }
    if let Some(name) = name_after(text, tokens, np.end, limit, lexicon) {
        return Speaker::Name(NounPhrase {
            role_kind: Some(SourceKind::Person),
            role_word: Some(role),
            ..name
        });
    }
    let first = np.first.min(role);
    // "Kobieta zadzwoniła …", "Ekspert zajmujący się …": a verb or participle ends the description.
    let end = (role + 1..np.end)
        .find(|&k| {
            lexicon
                .description_stop_endings
                .iter()
                .any(|e| tokens[k].lower.ends_with(e.as_str()))
        })
        .unwrap_or(np.end);
    Speaker::Role {
        phrase: NounPhrase {
            first,
            end,
            name_first: first,
            name_end: end,
            role_kind: Some(SourceKind::Person),
            role_word: Some(role),
            generic: true,
            quoted: false,
            pronoun: None,
        },
        role,
    }
}

/// A person's name shortly after a role description, in apposition ("…, Anna Nowak,") or after its
/// complements ("pełnomocnik rządu ds. współpracy z Litwą Jan Nowak").
pub fn name_after(
    text: &str,
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let stop = |t: &Token| {
        t.is_terminal()
            || matches!(t.kind, TokenKind::Quote | TokenKind::Dash)
            || matches!(t.lower.as_str(), ":" | ";" | "(" | ")")
            || lexicon.complementizers.contains(&t.lower)
            || lexicon.relative_pronouns.contains(&t.lower)
            || lexicon.verbs.contains_key(&t.lower)
    };
    let mut k = from;
    let mut commas = 0;
    while k < limit.min(from + 12) {
        let t = &tokens[k];
        // "… na antenie Kanału Zero": the medium of a chain phrase is not a name in apposition.
        if (stop(t) && !is_abbreviation_dot(tokens, k))
            || super::interview::chain_cue_at(tokens, k, limit, lexicon).is_some()
        {
            return None;
        }
        if t.lower == "," {
            commas += 1;
            if commas > 1 {
                return None;
            }
        }
        if t.kind == TokenKind::Word && t.capitalized && !acronym(text, t) {
            let mut end = k;
            while end < limit
                && tokens[end].kind == TokenKind::Word
                && tokens[end].capitalized
                && !acronym(text, &tokens[end])
            {
                end += 1;
            }
            let governed = k > from && lexicon.name_stops.contains(&tokens[k - 1].lower);
            // "ambasador w Izraelu Marek Nowak": the preposition governs one word; a name follows.
            let (start, governed) = if governed && end - k >= 3 {
                (k + 1, false)
            } else {
                (k, governed)
            };
            let words = end - start;
            let first = if words > 3 { end - 2 } else { start };
            let genitive =
                is_genitive_complement(text, tokens, first, end, Gender::Any, lexicon) || words < 2;
            if !governed && !genitive && (end - first) >= 2 {
                return Some(NounPhrase {
                    first,
                    end,
                    name_first: first,
                    name_end: end,
                    role_kind: Some(SourceKind::Person),
                    role_word: None,
                    generic: false,
                    quoted: false,
                    pronoun: None,
                });
            }
            k = end;
            continue;
        }
        k += 1;
    }
    None
}

/// "ds." or "gen." inside a description: the period of an abbreviation.
fn is_abbreviation_dot(tokens: &[Token], k: usize) -> bool {
    tokens[k].lower == "."
        && !tokens[k].space_before
        && k > 0
        && tokens[k - 1].kind == TokenKind::Word
        && tokens[k - 1].lower.chars().count() <= 4
        && tokens.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word)
}

/// The person a role description refers to: the holder of that role, else the most recent
/// person speaker agreeing in gender; `None` when nobody fits (the description is its own source).
pub fn refer_back(
    discourse: &Discourse<'_>,
    tokens: &[Token],
    phrase: &NounPhrase,
    role: usize,
    gender: Gender,
) -> Option<usize> {
    let lexicon = discourse.lexicon();
    let key = RoleKey::of(tokens, role, (phrase.first, phrase.end), lexicon);
    if let Some(e) = discourse.role_holder(&key) {
        return Some(e);
    }
    // A person known by another role is not this one ("Minister X" is not "Prezydent"), unless
    // the description is a general one ("polityk", "rozmówca") that fits anybody, or a relation
    // ("współpracownik prezydenta") that the current speaker can hold beside their role.
    let general = lexicon.general_person_nouns.contains(&tokens[role].lower);
    let relational = lexicon
        .relational_person_nouns
        .contains(&tokens[role].lower);
    let recent = discourse.recent();
    let current = recent.first().copied();
    recent.into_iter().find(|&e| {
        let entity = discourse.entity(e);
        entity.kind == SourceKind::Person
            && (general || !discourse.has_role(e) || (relational && Some(e) == current))
            && (gender == Gender::Any || entity.gender == gender || entity.gender == Gender::Any)
    })
}

/// Resolves a claim's subject phrase to an entity and the words that name it: a role description
/// refers back to its holder or the current speaker; a named person's role is remembered.
pub fn resolve_speaker(
    text: &str,
    tokens: &[Token],
    phrase: &NounPhrase,
    case: MentionCase,
    cue: usize,
    discourse: &mut Discourse<'_>,
) -> Option<usize> {
    let lexicon = discourse.lexicon();
    if lexicon.language != Language::Pl {
        return resolve_titled_speaker(text, tokens, phrase, case, discourse);
    }
    let gender = lexicon.verb_gender(&tokens[cue].lower);
    match speaker_of(text, tokens, phrase, tokens.len(), gender, lexicon) {
        Speaker::Name(np) => {
            let e = discourse.resolve(text, tokens, &np, case)?;
            if let Some(role) = np.role_word.filter(|&w| person_role(&tokens[w], lexicon))
                && discourse.entity(e).kind == SourceKind::Person
            {
                let key = RoleKey::of(tokens, role, (role, np.name_first), lexicon);
                discourse.note_role(e, key);
            }
            Some(e)
        }
        Speaker::Role { phrase, role } => {
            if let Some(e) = refer_back(discourse, tokens, &phrase, role, gender) {
                return Some(e);
            }
            // Nobody holds the role: the description is its own source, and holds the role.
            let e = discourse.resolve(text, tokens, &phrase, case)?;
            Some(e)
        }
    }
}

/// English role descriptions: a title before a name is remembered ("Senator Mary Blake"), and a
/// definite description ("the senator") refers back to the person who holds that title. An
/// indefinite one ("a senator") is somebody new, and so is a description nobody holds.
fn resolve_titled_speaker(
    text: &str,
    tokens: &[Token],
    phrase: &NounPhrase,
    case: MentionCase,
    discourse: &mut Discourse<'_>,
) -> Option<usize> {
    let lexicon = discourse.lexicon();
    let Some(role) = phrase
        .role_word
        .filter(|&w| person_role(&tokens[w], lexicon))
    else {
        return discourse.resolve(text, tokens, phrase, case);
    };
    if phrase.generic {
        let definite = lexicon
            .definite_determiners
            .contains(&tokens[phrase.first].lower);
        let key = RoleKey::of(tokens, role, (phrase.first, phrase.end), lexicon);
        if definite && let Some(e) = discourse.role_holder(&key) {
            return Some(e);
        }
        return discourse.resolve(text, tokens, phrase, case);
    }
    let e = discourse.resolve(text, tokens, phrase, case)?;
    if role < phrase.name_first && discourse.entity(e).kind == SourceKind::Person {
        let key = RoleKey::of(tokens, role, (role, phrase.name_first), lexicon);
        discourse.note_role(e, key);
    }
    Some(e)
}

/// Records the roles people are introduced with anywhere in a sentence ("premier Jan Kowalski",
/// "rzecznik resortu, Anna Nowak,"), so a later "Premier powiedział" finds them. In a sentence
/// without attribution (`salient`), the person introduced becomes the current speaker candidate
/// ("Głos zabrała przewodnicząca komisji Anna Nowak.").
pub fn note_introductions(
    text: &str,
    tokens: &[Token],
    (a, b): (usize, usize),
    salient: bool,
    discourse: &mut Discourse<'_>,
) {
    let lexicon = discourse.lexicon();
    // Only Polish makes the person introduced the current speaker; every language remembers roles.
    let salient = salient && lexicon.language == Language::Pl;
    for k in a..b {
        if !person_role(&tokens[k], lexicon) {
            continue;
        }
        let Some(name) = name_after(text, tokens, k + 1, b, lexicon) else {
            continue;
        };
        // A name (never a description, so the recent speakers play no part in resolving it).
        let case = MentionCase::Oblique;
        if let Some(e) = discourse.resolve(text, tokens, &name, case)
            && discourse.entity(e).kind == SourceKind::Person
        {
            discourse.note_role(e, RoleKey::of(tokens, k, (k, name.first), lexicon));
            // The person opens the sentence or closes it ("…, mówiła jej przewodnicząca Anna Nowak.").
            // A leading adjective may stand before the role ("Polski programista Jan Nowak").
            let opens = k == a
                || (k == a + 1 && lexicon.possessives.contains(&tokens[a].lower))
                || (k == a + 1
                    && tokens[a].kind == TokenKind::Word
                    && !lexicon.verbs.contains_key(&tokens[a].lower)
                    && !lexicon.roles.contains_key(&tokens[a].lower));
            let closes = tokens
                .get(name.end)
                .is_some_and(|t| t.is_terminal() || t.lower == "(");
            if salient && (opens || closes) {
                let span = Span::new(tokens[name.first].start, tokens[name.end - 1].end);
                discourse.give_floor(e, span);
            }
        }
    }
}

#[cfg(test)]
#[path = "roles_tests.rs"]
mod tests;
