//! Finds attribution cues in a sentence: reporting verbs, prepositional and participial cues,
//! pronoun-led cues, hearsay, impersonal and vague cues.

use super::en_frames::{passive_or_opening_participle, takes_infinitive_content};
use super::lexicon::{CueRole, Gender, Lexicon, PhraseList, VerbClass};
use super::text::{Token, TokenKind};

/// What kind of cue was found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CueKind {
    /// A reporting or assessing verb.
    Verb {
        /// How it licenses attribution.
        class: VerbClass,
        /// Gender/number the form agrees with.
        gender: Gender,
        /// "nie powiedział", "did not say".
        negated: bool,
        /// First person plural: the author ("podajemy").
        author: bool,
    },
    /// Hearsay: "miał powiedzieć", "is reported to".
    Hearsay {
        /// Gender of the auxiliary.
        gender: Gender,
    },
    /// A phrase cue with its role.
    Phrase(CueRole),
    /// A pronoun-led cue continuing the current speaker ("jej zdaniem").
    Pronoun(Gender),
    /// "szacuje się": an impersonal estimate.
    Impersonal,
    /// "mówi się", "coraz więcej wskazuje": not attribution.
    Vague,
}

/// A cue occupying tokens `first..end` of the paragraph's token list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cue {
    /// What it is.
    pub kind: CueKind,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
}

/// The first phrase of `list` spelled by the tokens from `at` (ending by `end`): its value and the
/// token after it.
fn match_phrase<T: Copy>(
    tokens: &[Token],
    at: usize,
    end: usize,
    list: &PhraseList<T>,
) -> Option<(T, usize)> {
    let first = &tokens[at].lower;
    'outer: for phrase in list.starting_with(first) {
        if at + phrase.words.len() > end {
            continue;
        }
        for (k, word) in phrase.words.iter().enumerate().skip(1) {
            if tokens[at + k].lower != *word {
                continue 'outer;
            }
        }
        return Some((phrase.value, at + phrase.words.len()));
    }
    None
}

/// Finds cues in the tokens `start..end`, left to right, non-overlapping.
pub fn find_cues(tokens: &[Token], start: usize, end: usize, lexicon: &Lexicon) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut i = start;
    while i < end {
        let cue = if tokens[i].kind == TokenKind::Word {
            listed_cue_at(tokens, i, end, lexicon)
                .or_else(|| verb_cue_at(tokens, start, i, end, lexicon))
        } else {
            None
        };
        match cue {
            Some(cue) => {
                i = cue.end;
                cues.push(cue);
            }
            None => i += 1,
        }
    }
    cues
}

/// A cue from the lexicon's phrase lists starting at word `i`, tried in this order: vague and
/// impersonal phrases, pronoun-led cues, phrase cues (when the next word fits their role) and
/// hearsay.
fn listed_cue_at(tokens: &[Token], i: usize, end: usize, lexicon: &Lexicon) -> Option<Cue> {
    match_phrase(tokens, i, end, &lexicon.vague_cues)
        .map(|((), next)| (CueKind::Vague, next))
        .or_else(|| {
            match_phrase(tokens, i, end, &lexicon.impersonal_cues)
                .map(|((), next)| (CueKind::Impersonal, next))
        })
        .or_else(|| {
            match_phrase(tokens, i, end, &lexicon.pronoun_cues)
                .map(|(gender, next)| (CueKind::Pronoun(gender), next))
        })
        .or_else(|| phrase_cue_at(tokens, i, end, lexicon))
        .or_else(|| hearsay_cue_at(tokens, i, end, lexicon))
        .map(|(kind, next)| Cue {
            kind,
            first: i,
            end: next,
        })
}

/// A phrase cue ("według", "according to", "cytowany przez") at `i` and where it ends, when the
/// word after it fits its role: a capitalised word after a `SourceCapital` cue, no excluded word
/// after a `Basis` cue, any word within the range after the others.
fn phrase_cue_at(
    tokens: &[Token],
    i: usize,
    end: usize,
    lexicon: &Lexicon,
) -> Option<(CueKind, usize)> {
    let (role, next) = match_phrase(tokens, i, end, &lexicon.phrase_cues)?;
    let accepted = match role {
        CueRole::SourceCapital => tokens.get(next).is_some_and(|t| t.capitalized),
        CueRole::Basis => tokens
            .get(next)
            .is_some_and(|t| !lexicon.basis_exclusions.contains(&t.lower)),
        _ => next < end,
    };
    accepted.then_some((CueKind::Phrase(role), next))
}

/// Hearsay at `i` and where it ends: an auxiliary and a reporting infinitive ("miał powiedzieć",
/// "is reported to"), with the auxiliary's gender.
fn hearsay_cue_at(
    tokens: &[Token],
    i: usize,
    end: usize,
    lexicon: &Lexicon,
) -> Option<(CueKind, usize)> {
    if lexicon.hearsay_auxiliaries.contains(&tokens[i].lower)
        && i + 1 < end
        && let Some(((), next)) = match_phrase(tokens, i + 1, end, &lexicon.hearsay_infinitives)
    {
        let gender = lexicon.verb_gender(&tokens[i].lower);
        return Some((CueKind::Hearsay { gender }, next));
    }
    None
}

/// A reporting verb (a single word or a multi-word form) at word `i` of the range `start..end`,
/// with its class, agreement, negation and person; not a capitalised word inside the sentence
/// ("United States", "The Jakarta Post"), which is a name, nor a form that is not reporting here.
fn verb_cue_at(
    tokens: &[Token],
    start: usize,
    i: usize,
    end: usize,
    lexicon: &Lexicon,
) -> Option<Cue> {
    let mid_capital = tokens[i].capitalized
        && i > start
        && !matches!(tokens[i - 1].kind, TokenKind::Quote | TokenKind::Dash);
    if mid_capital {
        return None;
    }
    let verb = match_phrase(tokens, i, end, &lexicon.verb_phrases).or_else(|| {
        lexicon
            .verbs
            .get(&tokens[i].lower)
            .map(|class| (*class, i + 1))
    });
    let after = verb.map_or(i + 1, |(_, next)| next);
    let not_reporting = not_reporting(tokens, start, i, after, lexicon);
    let (class, next) = verb.filter(|_| !not_reporting)?;
    let lower = &tokens[i].lower;
    let negated = is_negated(tokens, start, i, lexicon);
    Some(Cue {
        kind: CueKind::Verb {
            class,
            gender: lexicon.verb_gender(lower),
            negated,
            author: lexicon.is_first_person_plural(lower),
        },
        first: i,
        end: next,
    })
}

/// English: "an estimated 5%", "the reported figure" (a participle after an article) and "is
/// expected to rise" (a verb followed by an infinitive) are not reporting. A particle after a
/// multi-word form ("called for") is checked after the whole form, at `after`.
fn not_reporting(
    tokens: &[Token],
    start: usize,
    i: usize,
    after: usize,
    lexicon: &Lexicon,
) -> bool {
    (i > start && lexicon.participle_markers.contains(&tokens[i - 1].lower))
        || passive_or_opening_participle(tokens, start, i, lexicon)
        || tokens
            .get(after)
            .is_some_and(|t| lexicon.non_reporting_particles.contains(&t.lower))
        || !takes_infinitive_content(tokens, i, lexicon)
            && tokens
                .get(i + 1)
                .is_some_and(|t| lexicon.infinitive_markers.contains(&t.lower))
            && tokens.get(i + 2).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.capitalized
                    && !lexicon.articles.contains(&t.lower)
                    && !lexicon.possessives.contains(&t.lower)
            })
}

/// A negation ("nie", "not", "didn't") just before the verb at `at`: the word before it in Polish,
/// up to three words before it in English.
fn is_negated(tokens: &[Token], start: usize, at: usize, lexicon: &Lexicon) -> bool {
    let lookback = if lexicon.language == crate::model::Language::En {
        3
    } else {
        1
    };
    (at.saturating_sub(lookback).max(start)..at).any(|k| {
        let w = &tokens[k].lower;
        lexicon.negations.contains(w) || w.ends_with("n't")
    })
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{BUNDLED_EN, BUNDLED_PL};
    use super::super::text::tokenize;
    use super::*;

    fn kinds(text: &str, lexicon: &str) -> Vec<(String, CueKind)> {
        let lexicon = Lexicon::parse(lexicon).unwrap();
        let tokens = tokenize(text, 0, text.len());
        find_cues(&tokens, 0, tokens.len(), &lexicon)
            .into_iter()
            .map(|c| {
                (
                    text[tokens[c.first].start..tokens[c.end - 1].end].to_string(),
                    c.kind,
                )
            })
            .collect()
    }

    #[test]
    fn polish_cues() {
        let found = kinds(
            "Według szacunków GUS NATO potwierdziło, a Guseinowa oceniła. Jej zdaniem źle.",
            BUNDLED_PL,
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Według", "potwierdziło", "oceniła", "Jej zdaniem"]
        );
        assert!(matches!(
            found[2].1,
            CueKind::Verb {
                gender: Gender::Fem,
                ..
            }
        ));
        let hearsay = kinds("Worobjow miał powiedzieć, że", BUNDLED_PL);
        assert!(matches!(
            hearsay[0].1,
            CueKind::Hearsay {
                gender: Gender::Masc
            }
        ));
        let vague = kinds("Coraz więcej wskazuje, że", BUNDLED_PL);
        assert_eq!(vague[0].1, CueKind::Vague);
        let neg = kinds("Kreml nie skomentował tych doniesień.", BUNDLED_PL);
        assert!(matches!(neg[0].1, CueKind::Verb { negated: true, .. }));
        let chain = kinds("pisze NYT, powołując się na urzędników", BUNDLED_PL);
        assert_eq!(chain[1].1, CueKind::Phrase(CueRole::Via));
    }

    #[test]
    fn polish_reporting_verbs_in_all_forms() {
        let texts =
            |t: &str| -> Vec<String> { kinds(t, BUNDLED_PL).into_iter().map(|(w, _)| w).collect() };
        assert_eq!(
            texts("Jako powód podała brak pieniędzy."),
            vec!["Jako powód podała"]
        );
        assert_eq!(texts("– Nie wiem – odparł wójt."), vec!["odparł"]);
        assert_eq!(texts("Radna zwraca uwagę, że"), vec!["zwraca uwagę"]);
        assert_eq!(
            texts("Wyraził przekonanie, że"),
            vec!["Wyraził przekonanie"]
        );
        assert_eq!(
            texts("Sołtys przypomniał o zebraniu."),
            vec!["przypomniał o"]
        );
    }

    #[test]
    fn english_cues() {
        let found = kinds(
            "According to Reuters, he said, citing officials. Per cent is not a cue.",
            BUNDLED_EN,
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["According to", "said", "citing"]);
        let neg = kinds("The ministry did not say why.", BUNDLED_EN);
        assert!(matches!(neg[0].1, CueKind::Verb { negated: true, .. }));
    }
}
