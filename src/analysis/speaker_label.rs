//! Speaker labels and signatures: the two ways a text names a speaker outside any sentence.
//!
//! - A label opens a paragraph, as in transcripts and headlines: `WALLACE: If I may…`,
//!   `Kowalski: Nie podpiszę`. The whole paragraph is the labelled speaker's turn.
//! - A signature closes a quotation after a dash, as under readers' or witnesses' words:
//!   `“…” ― Anna Ruiz`, `„…” – Jan Nowak.` The quotation is the signer's.

use super::claims::{Claim, ClaimSource};
use super::lexicon::Lexicon;
use super::mentions::{NounPhrase, np_after, np_before, np_until_punct};
use super::quotes::Quote;
use super::rule::Rule;
use super::text::{Token, TokenKind};

/// Most words a label may have (`Sen. Mary Ann Blake`); a longer run before a colon is a
/// headline (`Warren Hammers Bank Chief Over Fees: …`).
const MAX_LABEL_WORDS: usize = 4;

/// Most tokens a label or a signature may have (`Sen. Mary Ann Blake`, `Edwin G. Monroy`).
const MAX_NAME_TOKENS: usize = 6;

/// The speaker a paragraph opens with, before a colon (`WALLACE: …`, `“PENCE: …`), when the label
/// names somebody (not `WATCH:` or `Update:`) and at least two words follow it.
pub fn label_at_start(tokens: &[Token], lexicon: &Lexicon) -> Option<(NounPhrase, usize)> {
    let start = usize::from(tokens.first()?.kind == TokenKind::Quote);
    let colon =
        (start..tokens.len().min(start + MAX_NAME_TOKENS + 1)).find(|&k| tokens[k].lower == ":")?;
    let content = tokens[colon + 1..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let label: Vec<&str> = tokens[start..colon]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.lower.as_str())
        .collect();
    let first = tokens.get(start)?;
    if content < 2
        || label.is_empty()
        || label.len() > MAX_LABEL_WORDS
        || !first.capitalized
        || first.lower.chars().count() < 2
        || lexicon.heading_labels.contains(&label.join(" "))
        || label.iter().any(|w| lexicon.heading_labels.contains(*w))
    {
        return None;
    }
    // One capitalised word opening a paragraph may be any noun (`Kwestia: płacić czy nie…`); a
    // label is written in capitals, has a first name, or is a role.
    let names = tokens[start..colon]
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.capitalized)
        .count();
    let role = label.iter().any(|w| lexicon.roles.contains_key(*w));
    if !(first.all_caps || names >= 2 || role) {
        return None;
    }
    np_before(tokens, start, colon, lexicon)
        .filter(|np| np.first == start && np.end == colon && np.pronoun.is_none())
        .map(|np| (np, colon))
}

/// Gives every sentence of a paragraph that opens with a speaker label to the labelled speaker:
/// the turn is their words, as a quotation is (cues inside it are part of what they say).
pub(super) fn claim_labelled_turn(
    tokens: &[Token],
    sents: &[(usize, usize)],
    per_sentence: &mut [Vec<Claim>],
    lexicon: &Lexicon,
) {
    let Some((phrase, colon)) = label_at_start(tokens, lexicon) else {
        return;
    };
    let label = speaker_claim(phrase, (colon, colon + 1), Rule::SpeakerLabel, 0.75);
    for (claims, &(a, _)) in per_sentence.iter_mut().zip(sents) {
        *claims = vec![Claim {
            scope: a,
            ..label.clone()
        }];
    }
}

/// The dash of a signature ending the paragraph: a dash right after a closing quotation mark,
/// followed only by capitalised words (and initials) up to the end or a final period.
pub fn signature_dash(tokens: &[Token]) -> Option<usize> {
    let end = name_end(tokens);
    let dash = (end.saturating_sub(MAX_NAME_TOKENS + 1)..end)
        .rev()
        .find(|&k| tokens[k].kind == TokenKind::Dash)?;
    let name = &tokens[dash + 1..end];
    let signs = dash > 0
        && tokens[dash - 1].kind == TokenKind::Quote
        && name.first().is_some_and(|t| t.capitalized)
        && name
            .iter()
            .all(|t| (t.kind == TokenKind::Word && t.capitalized) || t.lower == ".");
    signs.then_some(dash)
}

/// One past a paragraph's last name token: before a final period, if there is one.
fn name_end(tokens: &[Token]) -> usize {
    match tokens.last() {
        Some(t) if t.lower == "." => tokens.len() - 1,
        _ => tokens.len(),
    }
}

/// Gives the sentences of a signed quotation (from its opening mark, or the paragraph's start when
/// the opening mark is missing, to the signature) to the signer.
pub(super) fn claim_signed_quote(
    tokens: &[Token],
    sents: &[(usize, usize)],
    quotes: &[Quote],
    per_sentence: &mut [Vec<Claim>],
    lexicon: &Lexicon,
) {
    let Some(dash) = signature_dash(tokens) else {
        return;
    };
    let end = name_end(tokens);
    let Some(phrase) = np_after(tokens, dash + 1, end, lexicon)
        .filter(|np| np.first == dash + 1 && np.pronoun.is_none())
        .or_else(|| np_until_punct(tokens, dash + 1, end, lexicon))
    else {
        return;
    };
    let open = quotes
        .iter()
        .find(|q| q.close == dash - 1)
        .map_or(0, |q| q.open);
    let signed = speaker_claim(phrase, (dash, dash + 1), Rule::Signature, 0.8);
    for (claims, &(a, b)) in per_sentence.iter_mut().zip(sents) {
        if b > open && a <= dash {
            *claims = vec![Claim {
                scope: a,
                ..signed.clone()
            }];
        }
    }
}

/// A claim naming `phrase` as the speaker of whole sentences.
fn speaker_claim(phrase: NounPhrase, cue: (usize, usize), rule: Rule, confidence: f32) -> Claim {
    Claim {
        scope: 0,
        source: ClaimSource::Named {
            phrase,
            subject: true,
        },
        cue,
        via: Vec::new(),
        rule,
        confidence,
        tags_quote: true,
        outer: false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{BUNDLED_EN, BUNDLED_PL};
    use super::super::text::tokenize;
    use super::*;

    fn label(text: &str, lexicon: &str) -> Option<String> {
        let lexicon = Lexicon::parse(lexicon).unwrap();
        let tokens = tokenize(text, 0, text.len());
        label_at_start(&tokens, &lexicon)
            .map(|(np, _)| text[tokens[np.first].start..tokens[np.end - 1].end].to_string())
    }

    fn signer(text: &str) -> Option<String> {
        let tokens = tokenize(text, 0, text.len());
        signature_dash(&tokens).map(|d| text[tokens[d + 1].start..].trim_end_matches('.').into())
    }

    #[test]
    fn a_transcript_label_names_the_speaker() {
        assert_eq!(
            label(
                "MORGAN: We will not raise taxes. Not this year.",
                BUNDLED_EN
            ),
            Some("MORGAN".into())
        );
        assert_eq!(
            label("\"HARPER: Let me finish, please.", BUNDLED_EN),
            Some("HARPER".into())
        );
        assert_eq!(
            label("Anna Wiśniewska: Nie zgodzimy się na to", BUNDLED_PL),
            Some("Anna Wiśniewska".into())
        );
        assert_eq!(
            label("Rzecznik ratusza: Nie zgodzimy się na to", BUNDLED_PL),
            Some("Rzecznik ratusza".into())
        );
    }

    #[test]
    fn labels_that_name_nobody_and_plain_sentences_are_not_speakers() {
        assert_eq!(
            label("WATCH: The council votes on the budget.", BUNDLED_EN),
            None
        );
        assert_eq!(
            label("Editor's note: This story was updated.", BUNDLED_EN),
            None
        );
        assert_eq!(label("WIDEO: Tak wyglądała powódź", BUNDLED_PL), None);
        assert_eq!(
            label(
                "The mayor gave one reason: the budget is empty.",
                BUNDLED_EN
            ),
            None
        );
        assert_eq!(label("Q: What happens next?", BUNDLED_EN), None);
        assert_eq!(
            label("Mayor Slams Bus Operator Over Fares: ‘Pay Up.’", BUNDLED_EN),
            None,
            "a headline before a colon"
        );
        assert_eq!(
            label("Pytanie: płacić czy nie, oto jest kwestia.", BUNDLED_PL),
            None
        );
    }

    #[test]
    fn a_name_after_a_dash_signs_the_quotation_before_it() {
        assert_eq!(
            signer("“The bus never comes on time.” ― Lena Ortiz"),
            Some("Lena Ortiz".into())
        );
        assert_eq!(
            signer("„Autobus nigdy nie przyjeżdża.” – Jan G. Nowak."),
            Some("Jan G. Nowak".into())
        );
        assert_eq!(signer("“The bus never comes,” – she said."), None);
        assert_eq!(signer("The bus came late ― Tuesday."), None);
    }
}
