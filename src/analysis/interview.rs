//! Interview and broadcast frames: the medium that carried a speaker's words.
//!
//! `– powiedział w Radiu Zet`, `mówił w „Gościu Wydarzeń”`, `Na antenie Polsat News mówił o …`:
//! a medium governed by a preposition (`medium_prepositions` in the lexicon) near the reporting
//! verb joins the claim's chain, and a chain phrase before the verb (`Na antenie X`, `W rozmowie z
//! X`) is never the verb's subject.

use super::cues::{CueKind, find_cues};
use super::lexicon::{CueRole, Lexicon};
use super::mentions::{NounPhrase, np_after};
use super::text::{Token, TokenKind};
use crate::model::SourceKind;

/// How far after the verb a medium is looked for (a subject and its apposition may stand between).
const MEDIUM_WINDOW: usize = 14;

/// True for a phrase cue that links a chain (recipient, via, channel, basis), not a source.
fn is_chain_role(kind: CueKind) -> bool {
    matches!(
        kind,
        CueKind::Phrase(CueRole::Via | CueRole::Recipient | CueRole::Channel | CueRole::Basis)
    )
}

/// When a chain phrase cue (`na antenie`, `w rozmowie z`, `cytowany przez`) starts at `at`, one
/// past its cue words.
pub fn chain_cue_at(tokens: &[Token], at: usize, limit: usize, lexicon: &Lexicon) -> Option<usize> {
    let end = limit.min(at + 5);
    find_cues(tokens, at, end, lexicon)
        .into_iter()
        .next()
        .filter(|c| c.first == at && is_chain_role(c.kind))
        .map(|c| c.end)
}

/// Where the subject of a verb at `v` may start, after a chain phrase that opens the clause (`Na
/// antenie Polsat News mówił …`, `W rozmowie z PAP minister powiedział …`): the medium the words
/// were told to is not the subject.
pub fn subject_start_after_chain(
    tokens: &[Token],
    clause: usize,
    v: usize,
    lexicon: &Lexicon,
) -> usize {
    let recipient = find_cues(tokens, clause, v.min(clause + 5), lexicon)
        .into_iter()
        .next()
        .filter(|c| c.first == clause && c.kind == CueKind::Phrase(CueRole::Recipient));
    let Some(cue) = recipient else {
        return clause;
    };
    let end = np_after(tokens, cue.end, v, lexicon)
        .filter(|np| np.first == cue.end)
        .map_or(cue.end, |np| np.end);
    // "W rozmowie z dziennikarzami marszałek Sejmu Jan Lis": a person's role noun starts the subject.
    let person = |k: &usize| lexicon.roles.get(&tokens[*k].lower) == Some(&SourceKind::Person);
    (cue.end + 1..end).find(person).unwrap_or(end)
}

/// A medium governed by a preposition shortly after a reporting verb that ends at `from`: `w Radiu
/// Zet`, `w „Gościu Wydarzeń”`, `na antenie TVN24` is handled as a phrase cue; this finds the
/// bare preposition + medium name or quoted programme title, within the clause.
pub fn medium_after(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    if lexicon.medium_prepositions.is_empty() {
        return None;
    }
    let end = limit.min(from + MEDIUM_WINDOW);
    let mut k = from;
    while k + 1 < end {
        let t = &tokens[k];
        if t.is_terminal()
            || matches!(t.lower.as_str(), ";" | ":")
            || lexicon.complementizers.contains(&t.lower)
            || t.kind == TokenKind::Dash
        {
            return None;
        }
        if t.kind == TokenKind::Word
            && !t.capitalized
            && lexicon.medium_prepositions.contains(&t.lower)
            && let Some(np) = np_after(tokens, k + 1, end, lexicon)
            && np.first == k + 1
            && is_medium(tokens, &np, lexicon)
        {
            return Some(np);
        }
        k += 1;
    }
    None
}

/// A named medium: a quoted programme title or a name headed by a medium noun (`Radiu Zet`).
fn is_medium(tokens: &[Token], np: &NounPhrase, lexicon: &Lexicon) -> bool {
    let headed = |k: usize| lexicon.roles.get(&tokens[k].lower) == Some(&SourceKind::Media);
    np.pronoun.is_none()
        && !np.generic
        && (np.quoted
            || np.role_kind == Some(SourceKind::Media)
            || (np.first..np.name_end).any(headed))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::BUNDLED_PL;
    use super::super::text::tokenize;
    use super::*;

    fn medium(text: &str, verb: &str) -> Option<String> {
        let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
        let tokens = tokenize(text, 0, text.len());
        let v = tokens.iter().position(|t| t.lower == verb).unwrap();
        medium_after(&tokens, v + 1, tokens.len(), &lexicon)
            .map(|np| text[tokens[np.name_first].start..tokens[np.name_end - 1].end].to_string())
    }

    #[test]
    fn a_medium_after_the_verb_is_found() {
        assert_eq!(
            medium("– Nie wiem – powiedział w Radiu Zet.", "powiedział"),
            Some("Radiu Zet".to_string())
        );
        assert_eq!(
            medium(
                "– Nie wiem – mówił w „Kwadransie Politycznym” wiceminister Jan Lis.",
                "mówił"
            ),
            Some("Kwadransie Politycznym".to_string())
        );
        assert_eq!(medium("– Nie wiem – mówił w Krakowie.", "mówił"), None);
        assert_eq!(
            medium("Powiedział, że w Radiu Zet nic nie słyszał.", "powiedział"),
            None
        );
    }

    #[test]
    fn a_fronted_chain_phrase_is_not_the_subject() {
        let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
        let text = "Na antenie Polsat News mówił o tym, jak wygrał.";
        let tokens = tokenize(text, 0, text.len());
        let v = tokens.iter().position(|t| t.lower == "mówił").unwrap();
        assert_eq!(subject_start_after_chain(&tokens, 0, v, &lexicon), v);
        let text = "W rozmowie z PAP minister Jan Lis powiedział, że tak.";
        let tokens = tokenize(text, 0, text.len());
        let v = tokens.iter().position(|t| t.lower == "powiedział").unwrap();
        assert_eq!(subject_start_after_chain(&tokens, 0, v, &lexicon), 4);
        assert_eq!(chain_cue_at(&tokens, 0, v, &lexicon), Some(3));
        let text = "W rozmowie z dziennikarzami marszałek Jan Lis powiedział, że tak.";
        let tokens = tokenize(text, 0, text.len());
        let v = tokens.iter().position(|t| t.lower == "powiedział").unwrap();
        assert_eq!(subject_start_after_chain(&tokens, 0, v, &lexicon), 4);
        let text = "Minister Jan Lis, cytowany przez PAP, powiedział, że tak.";
        let tokens = tokenize(text, 0, text.len());
        let v = tokens.iter().position(|t| t.lower == "powiedział").unwrap();
        assert_eq!(subject_start_after_chain(&tokens, 0, v, &lexicon), 0);
    }
}
