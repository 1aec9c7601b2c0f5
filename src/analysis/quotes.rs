//! Quotations and dash-introduced speech within a paragraph.

use super::lexicon::Lexicon;
use super::text::{Token, TokenKind};

/// A quotation or a stretch of dash speech, as token indices of its delimiters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The opening mark (or dash).
    pub open: usize,
    /// The closing mark (or the dash before the speech tag); `tokens.len()` when unclosed.
    pub close: usize,
    /// Long enough to be speech, not a title or a scare-quoted phrase.
    pub speech: bool,
}

fn opening(ch: &str) -> bool {
    matches!(ch, "„" | "“" | "«" | "‚" | "‘")
}

fn closing(ch: &str) -> bool {
    matches!(ch, "”" | "»" | "’")
}

/// Finds quotations (typographic and straight marks, Polish „…”, French «…» and »…«) and dash speech
/// ("– Woda przyszła w nocy – powiedział sołtys.") in a paragraph's tokens.
pub fn find_quotes(tokens: &[Token], lexicon: &Lexicon) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Quote {
            continue;
        }
        let mark = t.lower.as_str();
        match open {
            None => {
                let straight = matches!(mark, "\"" | "'" | "″");
                let next_glued = tokens.get(i + 1).is_some_and(|n| !n.space_before);
                // An apostrophe glued to a word is not a quotation mark.
                if mark == "'" && !(t.space_before && next_glued) {
                    continue;
                }
                if opening(mark) || mark == "»" && next_glued || (straight && next_glued) {
                    open = Some((i, mark));
                }
            }
            Some((start, opener)) => {
                let closes = match opener {
                    "„" => matches!(mark, "”" | "“" | "\""),
                    "“" => matches!(mark, "”" | "\""),
                    "«" => mark == "»",
                    "»" => mark == "«",
                    "‚" | "‘" => matches!(mark, "’" | "‘"),
                    other => mark == other || closing(mark),
                };
                if closes {
                    quotes.push(make_quote(tokens, start, i));
                    open = None;
                }
            }
        }
    }
    if let Some((start, _)) = open {
        quotes.push(make_quote(tokens, start, tokens.len()));
    }
    quotes.extend(dash_speech(tokens, lexicon));
    quotes.sort_by_key(|q| q.open);
    quotes
}

fn make_quote(tokens: &[Token], open: usize, close: usize) -> Quote {
    let inner = &tokens[open + 1..close.min(tokens.len())];
    let words = inner.iter().filter(|t| t.kind == TokenKind::Word).count();
    let terminal = inner.iter().any(Token::is_terminal);
    Quote {
        open,
        close,
        speech: words >= 6 || (terminal && words >= 3),
    }
}

/// Dash speech: a paragraph (or sentence after a sentence end) that opens with a dash, running to
/// the next dash that opens a speech tag, or to the paragraph's end.
fn dash_speech(tokens: &[Token], lexicon: &Lexicon) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let starts = tokens[i].kind == TokenKind::Dash
            && (i == 0 || (tokens[i - 1].is_terminal() && tokens[i].space_before))
            && !ends_lead_in(tokens, i)
            && tokens.get(i + 1).is_some_and(|n| {
                // "– (Cena – red.) biletu …": an editor's insert may open the speech.
                n.capitalized
                    || n.kind == TokenKind::Quote
                    || n.kind == TokenKind::Number
                    || n.lower == "("
            });
        if !starts {
            i += 1;
            continue;
        }
        let close = (i + 1..tokens.len())
            .find(|&k| opens_speech_tag(tokens, k, lexicon))
            .unwrap_or(tokens.len());
        out.push(Quote {
            open: i,
            close,
            speech: true,
        });
        i = close + 1;
    }
    out
}

/// True for a dash inside dash speech that opens its tag (`– powiedział sołtys.`, `– dodała
/// z uśmiechem`): a lowercase word follows, and a reporting verb comes before the sentence ends. A
/// dash that only marks a pause in the speech (`…zawyżone – nad tym będziemy pracowali.`)
/// leaves the speech open.
fn opens_speech_tag(tokens: &[Token], k: usize, lexicon: &Lexicon) -> bool {
    tokens[k].kind == TokenKind::Dash
        && tokens[k].space_before
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && !n.capitalized)
        && tokens[k + 1..]
            .iter()
            .take_while(|t| !t.is_terminal() && t.kind != TokenKind::Dash)
            .any(|t| lexicon.verbs.contains_key(&t.lower))
}

/// Longest all-caps lead-in (dateline or run-in heading) before a dash, in tokens.
const LEAD_IN_MAX_TOKENS: usize = 12;

/// `WASHINGTON, D.C. — The bill…`, `NEW RULES — The council…`: a dash after an all-caps lead-in at
/// the paragraph's start ends the lead-in; it does not open speech.
pub fn ends_lead_in(tokens: &[Token], dash: usize) -> bool {
    dash > 0
        && dash <= LEAD_IN_MAX_TOKENS
        && tokens[0].all_caps
        && tokens[..dash]
            .iter()
            .all(|t| t.kind != TokenKind::Word || t.capitalized)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::BUNDLED_PL;
    use super::super::text::tokenize;
    use super::*;

    fn spans(text: &str) -> Vec<(String, bool)> {
        let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
        let tokens = tokenize(text, 0, text.len());
        find_quotes(&tokens, &lexicon)
            .into_iter()
            .map(|q| {
                let end = if q.close < tokens.len() {
                    tokens[q.close].end
                } else {
                    text.len()
                };
                (text[tokens[q.open].start..end].to_string(), q.speech)
            })
            .collect()
    }

    #[test]
    fn finds_speech_and_titles() {
        let q = spans(
            "\"Kilka tysięcy żołnierzy przybyło. Wezmą udział\" — pisze \"The New York Times\", powołując się.",
        );
        assert_eq!(q.len(), 2);
        assert!(q[0].1);
        assert_eq!(q[1], ("\"The New York Times\"".to_string(), false));
        let pl = spans(
            "„Presja płacowa wciąż jest bardzo silna. Firmy przerzucają koszty” – powiedziała.",
        );
        assert_eq!(pl.len(), 1);
        assert!(pl[0].1);
    }

    #[test]
    fn finds_dash_speech() {
        let q = spans(
            "– Woda przyszła w nocy. Nie zdążyliśmy – powiedział sołtys. – Nie mamy nic – dodał.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q[0].0.starts_with("– Woda"));
        assert!(q[0].0.ends_with("zdążyliśmy –"));
    }

    #[test]
    fn a_pause_dash_does_not_end_dash_speech() {
        let q =
            spans("– Gdzie koszty są zawyżone – nad tym będziemy pracowali. Mamy tyle środków.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.ends_with("środków."), "{q:?}");
    }

    #[test]
    fn an_editors_insert_may_open_dash_speech() {
        let q = spans("– (Cena – red.) biletu łatwo policzyć po trasie – powiedziała kasjerka.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.ends_with("trasie –"), "{q:?}");
    }

    #[test]
    fn a_dash_after_a_dateline_is_not_speech() {
        assert!(spans("SPRINGFIELD, Ill. — The council met. Later it voted.").is_empty());
        assert!(spans("NEW RULES — The council met. Later it voted.").is_empty());
    }

    #[test]
    fn a_hyphen_after_an_abbreviation_is_not_speech() {
        assert!(spans("Traffic on the U.S.-Canada border grew. Many waited for hours.").is_empty());
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(spans("Marine Traffic's AIS data and the crew's logs").is_empty());
    }
}
