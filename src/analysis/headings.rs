//! Subheadings that quote someone. `Nowak: Nie podpiszę tej ustawy` belongs to Nowak (the words
//! before the colon name the speaker); a subheading quoting a phrase (`„To jest skandal”`) belongs
//! to whoever says that phrase in the article. Headings never speak otherwise.

use super::lexicon::Lexicon;
use super::mentions::{NounPhrase, np_before};
use super::text::{Token, TokenKind};

/// Longest subheading that can quote someone.
const MAX_WORDS: usize = 15;

/// What a subheading quotes.
#[derive(Clone, Debug, PartialEq)]
pub enum HeadingQuote {
    /// `Speaker: words`: the phrase naming the speaker.
    Speaker(NounPhrase),
    /// A quoted phrase, lowercase, to be found in the body.
    Phrase(String),
}

/// The quotation of a short one-line paragraph, if it has one.
pub fn heading_quote(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Option<HeadingQuote> {
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    let (first, last) = (tokens.first()?, tokens.last()?);
    if words > MAX_WORDS || text[first.start..last.end].contains('\n') {
        return None;
    }
    speaker_before_colon(tokens, lexicon)
        .map(HeadingQuote::Speaker)
        .or_else(|| quoted_phrase(text, tokens).map(HeadingQuote::Phrase))
}

/// `Nowak: …`, `Prezes banku: …`, `Wybory. Nowak: …`: a name or role filling the segment before
/// the first colon.
fn speaker_before_colon(tokens: &[Token], lexicon: &Lexicon) -> Option<NounPhrase> {
    let colon = tokens.iter().position(|t| t.lower == ":")?;
    let content = tokens[colon + 1..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let start = (0..colon)
        .rev()
        .find(|&k| tokens[k].is_terminal())
        .map_or(0, |k| k + 1);
    if content < 2 || colon <= start || colon - start > 4 || !tokens[start].capitalized {
        return None;
    }
    np_before(tokens, start, colon, lexicon)
        .filter(|np| np.first == start && np.end == colon && np.pronoun.is_none())
}

/// The longest quoted stretch of at least two words (`„Pogorszyłaby stan prawny”`).
fn quoted_phrase(text: &str, tokens: &[Token]) -> Option<String> {
    let marks: Vec<usize> = (0..tokens.len())
        .filter(|&k| tokens[k].kind == TokenKind::Quote)
        .collect();
    marks
        .chunks(2)
        .filter(|pair| pair.len() == 2 && pair[1] > pair[0] + 2)
        .map(|pair| (pair[0] + 1, pair[1]))
        .filter(|&(a, b)| {
            tokens[a..b]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .count()
                >= 2
        })
        .max_by_key(|&(a, b)| b - a)
        .map(|(a, b)| {
            let inner = &text[tokens[a].start..tokens[b - 1].end];
            inner
                .trim_end_matches(['.', '!', '?', '…', ','])
                .to_lowercase()
        })
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::BUNDLED_PL;
    use super::super::text::tokenize;
    use super::*;

    fn quote(text: &str) -> Option<String> {
        let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
        let tokens = tokenize(text, 0, text.len());
        heading_quote(text, &tokens, &lexicon).map(|q| match q {
            HeadingQuote::Speaker(np) => {
                format!(
                    "speaker {}",
                    &text[tokens[np.first].start..tokens[np.end - 1].end]
                )
            }
            HeadingQuote::Phrase(p) => format!("phrase {p}"),
        })
    }

    #[test]
    fn subheadings_that_quote() {
        assert_eq!(
            quote("Kowalczyk: Nie zagłosujemy za tą ustawą"),
            Some("speaker Kowalczyk".to_string())
        );
        assert_eq!(
            quote("Budżet miasta. Skarbnik gminy: Zabraknie pieniędzy na drogi"),
            Some("speaker Skarbnik gminy".to_string())
        );
        assert_eq!(
            quote("Radni o remoncie. „Miasto nie ma na to środków”"),
            Some("phrase miasto nie ma na to środków".to_string())
        );
        assert_eq!(quote("Co dalej z linią tramwajową"), None);
    }
}
