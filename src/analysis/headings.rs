//! Subheadings that quote someone. `Nowak: Nie podpiszę tej ustawy` belongs to Nowak (the words
//! before the colon name the speaker); a subheading quoting a phrase (`„To jest skandal”`) belongs
//! to whoever says that phrase in the article. Headings never speak otherwise.

use super::attribute::{Draft, author, token_span};
use super::discourse::Discourse;
use super::entities::MentionCase;
use super::lexicon::Lexicon;
use super::mentions::{NounPhrase, np_before};
use super::roles;
use super::rule::Rule;
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
    let label = tokens[start..colon]
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if content < 2
        || colon <= start
        || colon - start > 4
        || !tokens[start].capitalized
        || lexicon.heading_labels.contains(&label)
    {
        return None;
    }
    np_before(tokens, start, colon, lexicon)
        .filter(|np| np.first == start && np.end == colon && np.pronoun.is_none())
}

/// Most words before a title's reporting verb that can name its speaker.
const TITLE_SUBJECT_MAX_TOKENS: usize = 5;

/// The speaker of a title built on a reporting verb: `Obama Says Museum Will Tell …`, `Former
/// chairman calls for …`, `…, Lindsey Graham Says.`, `Tusk zapowiada …`. The subject is the short
/// phrase right before the first verb of the lexicon, from the title's start or its last comma.
pub fn title_speaker(tokens: &[Token], lexicon: &Lexicon) -> Option<NounPhrase> {
    (1..tokens.len()).find_map(|k| {
        if tokens[k].kind != TokenKind::Word || !lexicon.verbs.contains_key(&tokens[k].lower) {
            return None;
        }
        let start = (0..k)
            .rev()
            .find(|&j| matches!(tokens[j].lower.as_str(), "," | ":" | ";"))
            .map_or(0, |j| j + 1);
        if k == start || k - start > TITLE_SUBJECT_MAX_TOKENS || !tokens[start].capitalized {
            return None;
        }
        np_before(tokens, start, k, lexicon)
            .filter(|np| np.end == k && np.first <= start + 1 && np.pronoun.is_none())
    })
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

/// The statement of a subheading that quotes someone: the speaker before its colon, or (for a
/// quoted phrase) nobody until [`owners_of_heading_quotes`] finds who says it.
pub(super) fn heading_draft(
    text: &str,
    tokens: &[Token],
    paragraph: usize,
    quote: &HeadingQuote,
    discourse: &mut Discourse<'_>,
) -> Draft {
    let span = token_span(tokens, 0, tokens.len());
    let mut draft = author(paragraph, span, tokens, 0, tokens.len());
    draft.rule = Rule::HeadingQuote;
    if let HeadingQuote::Speaker(np) = quote {
        let case = MentionCase::Subject;
        draft.source = roles::resolve_speaker(text, tokens, np, case, np.end, discourse);
        if draft.source.is_some() {
            draft.mention = Some(token_span(tokens, np.name_first, np.name_end));
            draft.cue = Some(token_span(tokens, np.end, np.end + 1));
            draft.confidence = 0.7;
        }
    }
    draft
}

/// A subheading quoting a phrase belongs to the body statement that says it.
pub(super) fn owners_of_heading_quotes(
    text: &str,
    drafts: &mut [Draft],
    pending: &[(usize, String)],
) {
    for (i, phrase) in pending {
        let paragraph = drafts[*i].paragraph;
        let owner = drafts.iter().find(|d| {
            d.paragraph != paragraph
                && d.source.is_some()
                && d.span.text(text).to_lowercase().contains(phrase.as_str())
        });
        if let Some(source) = owner.and_then(|d| d.source) {
            drafts[*i].source = Some(source);
            drafts[*i].confidence = 0.6;
        }
    }
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

    fn title(text: &str, lexicon: &str) -> Option<String> {
        let lexicon = Lexicon::parse(lexicon).unwrap();
        let tokens = tokenize(text, 0, text.len());
        title_speaker(&tokens, &lexicon)
            .map(|np| text[tokens[np.first].start..tokens[np.end - 1].end].to_string())
    }

    #[test]
    fn a_title_built_on_a_reporting_verb_names_its_speaker() {
        use super::super::lexicon::BUNDLED_EN;
        assert_eq!(
            title("Marlow Says The Bridge Will Reopen In May.", BUNDLED_EN),
            Some("Marlow".into())
        );
        assert_eq!(
            title(
                "The Bridge Will Reopen In May, Mayor Ann Marlow Says.",
                BUNDLED_EN
            ),
            Some("Mayor Ann Marlow".into())
        );
        assert_eq!(
            title("Burmistrz zapowiada remont mostu", BUNDLED_PL),
            Some("Burmistrz".into())
        );
        assert_eq!(title("The Bridge Reopens In May.", BUNDLED_EN), None);
    }
}
