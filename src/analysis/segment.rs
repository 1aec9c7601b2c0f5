//! Paragraphs → sentences. Blank lines separate paragraphs; sentence ends survive abbreviations,
//! initials, numbers, quotations and dash-introduced speech.

use super::hard_wrap;
use super::lexicon::Lexicon;
use super::speaker_label::signature_dash;
use super::text::{Token, TokenKind};
use crate::model::Span;

/// Paragraph spans: blocks separated by blank lines (any of `\n`, `\r\n`, `\r`). When the text has
/// no blank line at all, every non-empty line is a paragraph, unless the lines are hard-wrapped
/// ([`hard_wrap`]). Spans exclude surrounding whitespace.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines = line_spans(text);
    let has_blank = lines.iter().any(|l| text[l.start..l.end].trim().is_empty());
    if !has_blank {
        let filled: Vec<Span> = lines.iter().filter_map(|&l| trim_span(text, l)).collect();
        if let Some(wrap) = hard_wrap::wrap_width(text, &filled) {
            return hard_wrap::paragraphs(text, &filled, wrap);
        }
    }
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines {
        let blank = text[line.start..line.end].trim().is_empty();
        if blank || !has_blank {
            if let Some(p) = current.take() {
                out.push(p);
            }
            if blank {
                continue;
            }
        }
        current = Some(match current {
            Some(p) => Span::new(p.start, line.end),
            None => Span::new(line.start, line.end),
        });
    }
    if let Some(p) = current {
        out.push(p);
    }
    out.into_iter()
        .flat_map(|p| unwrapped_lines(text, p))
        .filter_map(|p| trim_span(text, p))
        .collect()
}

/// Longest line of a hard-wrapped text; a block with a longer line is not wrapped.
const WRAPPED_LINE_MAX: usize = 100;

/// A block whose lines are not hard-wrapped (one of them is longer than any wrapped line) has one
/// paragraph per line: texts that separate paragraphs by single line breaks after a blank line
/// under the title.
fn unwrapped_lines(text: &str, block: Span) -> Vec<Span> {
    let lines: Vec<Span> = line_spans(block.text(text))
        .into_iter()
        .map(|l| Span::new(block.start + l.start, block.start + l.end))
        .filter(|l| !text[l.start..l.end].trim().is_empty())
        .collect();
    let long = lines
        .iter()
        .any(|l| text[l.start..l.end].chars().count() > WRAPPED_LINE_MAX);
    if lines.len() > 1 && long {
        lines
    } else {
        vec![block]
    }
}

fn line_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(Span::new(start, i));
                start = i + 1;
            }
            b'\r' => {
                out.push(Span::new(start, i));
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(Span::new(start, bytes.len()));
    }
    out
}

/// The span without leading and trailing whitespace; `None` when nothing is left.
pub fn trim_span(text: &str, span: Span) -> Option<Span> {
    let slice = span.text(text);
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed_end = slice.trim_end().len();
    (trimmed_start < trimmed_end)
        .then(|| Span::new(span.start + trimmed_start, span.start + trimmed_end))
}

/// True when a paragraph is a heading (title, dateline, subheading): short, one line, and either
/// not ended by sentence punctuation or written in headline case.
pub fn is_heading(text: &str, span: Span, tokens: &[Token], max_words: usize) -> bool {
    let slice = span.text(text);
    if slice.contains('\n') || slice.contains('\r') {
        return false;
    }
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    if words == 0 || words > max_words {
        return words == 0;
    }
    if headline_case(tokens) {
        return true;
    }
    if signature_dash(tokens).is_some() {
        return false;
    }
    let mut last = tokens
        .iter()
        .rev()
        .filter(|t| t.kind != TokenKind::Quote || !t.space_before);
    match last.next() {
        Some(t) if t.is_terminal() => false,
        Some(t) if t.kind == TokenKind::Quote => !last.next().is_some_and(Token::is_terminal),
        _ => true,
    }
}

/// Fewest words for a line to count as written in headline case.
const HEADLINE_CASE_MIN_WORDS: usize = 6;

/// True for a line in headline case ("Fighting Against Smith, Jones Vows To Close The Tax
/// Breaks."): every word of letters starts with a capital, short words included. Running text
/// always has a lowercase word among six (a preposition, a verb, a conjunction), so a final
/// period does not make such a line a sentence. A headline that quotes someone (`Warren Hammers
/// CEO: ‘You Should Be Investigated.’`) stays a sentence, so its speaker is found.
fn headline_case(tokens: &[Token]) -> bool {
    if tokens.iter().any(|t| t.kind == TokenKind::Quote) {
        return false;
    }
    let mut words = 0;
    for token in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        if !token.lower.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        if !token.capitalized {
            return false;
        }
        words += 1;
    }
    words >= HEADLINE_CASE_MIN_WORDS
}

/// Sentences of a paragraph, as half-open token index ranges.
pub fn sentences(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].is_terminal() {
            // Closing quotes and brackets stuck to the mark belong to this sentence.
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].space_before
                && (tokens[j].kind == TokenKind::Quote
                    || tokens[j].is_punct(')')
                    || tokens[j].is_terminal())
            {
                j += 1;
            }
            if j < tokens.len() && ends_sentence(text, tokens, i, j, lexicon) {
                out.push((start, j));
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// Does the terminal mark at `mark` (with its closing quotes up to `next`) end a sentence?
fn ends_sentence(
    text: &str,
    tokens: &[Token],
    mark: usize,
    next: usize,
    lexicon: &Lexicon,
) -> bool {
    let following = &tokens[next];
    if !following.space_before {
        return false;
    }
    let opens = opens_sentence(tokens, next);
    if !opens {
        return false;
    }
    if tokens[mark].lower != "." || next != mark + 1 {
        return true;
    }
    // A period right after a word: abbreviation or initial?
    let Some(abbreviation) = abbreviation_before(text, tokens, mark) else {
        return true;
    };
    if lexicon.abbreviations.contains(&abbreviation) {
        return false;
    }
    // A single capital letter is an initial ("R. Ciomek", "Piotr J. Kowalski").
    let letters: Vec<char> = abbreviation.trim_end_matches('.').chars().collect();
    if letters.len() == 1 && letters[0].is_alphabetic() && tokens[mark - 1].capitalized {
        // …unless dash speech starts right after it ("pełni Piotr J. -Ja nie byłem").
        return following.kind == TokenKind::Dash;
    }
    if lexicon.terminal_abbreviations.contains(&abbreviation) {
        return true;
    }
    // Dotted acronyms ("U.S.") are abbreviations.
    !(abbreviation.matches('.').count() >= 2
        && letters.iter().filter(|c| c.is_alphabetic()).count() <= 4)
}

/// Does a new sentence start at token `i`? A capital, a digit, an opening quotation mark or dash
/// followed by one, or an opening bracket.
fn opens_sentence(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Word => t.capitalized,
        TokenKind::Number => true,
        TokenKind::Quote | TokenKind::Dash => tokens
            .get(i + 1)
            .is_some_and(|n| n.kind != TokenKind::Word || n.capitalized),
        TokenKind::Punct => t.lower == "(" || t.lower == "[" || t.lower == "•" || t.lower == "*",
    }
}

/// The lowercase abbreviation ending with the period at `mark` ("m.in.", "tys.", "u.s."), if a word
/// is glued to it.
fn abbreviation_before(text: &str, tokens: &[Token], mark: usize) -> Option<String> {
    if mark == 0 || tokens[mark].space_before {
        return None;
    }
    let mut first = mark - 1;
    if !matches!(tokens[first].kind, TokenKind::Word | TokenKind::Number) {
        return None;
    }
    while first >= 2
        && !tokens[first].space_before
        && tokens[first - 1].lower == "."
        && !tokens[first - 1].space_before
        && tokens[first - 2].kind == TokenKind::Word
    {
        first -= 2;
    }
    Some(text[tokens[first].start..tokens[mark].end].to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{BUNDLED_EN, BUNDLED_PL, Lexicon};
    use super::super::text::tokenize;
    use super::*;

    fn split(text: &str, lexicon: &str) -> Vec<String> {
        let lexicon = Lexicon::parse(lexicon).unwrap();
        let tokens = tokenize(text, 0, text.len());
        sentences(text, &tokens, &lexicon)
            .into_iter()
            .map(|(a, b)| text[tokens[a].start..tokens[b - 1].end].to_string())
            .collect()
    }

    #[test]
    fn polish_abbreviations_and_numbers() {
        let s = split(
            "Trwa szkolenie 1,5 tys. żołnierzy. Przybyło 20 tys. północnokoreańskich żołnierzy, m.in. saperów. \
             Według prof. Kowalskiego i dr. Nowaka to mało. Inflacja wyniosła 4,3 proc. Coraz więcej wskazuje na wzrost.",
            BUNDLED_PL,
        );
        assert_eq!(s.len(), 5, "{s:#?}");
        assert!(s[3].ends_with("4,3 proc."));
        assert!(s[4].starts_with("Coraz"));
    }

    #[test]
    fn initials_do_not_end_sentences() {
        let s = split(
            "Jak podał R. Ciomek, Piotr J. Nowak wyjechał. Potem wrócił.",
            BUNDLED_PL,
        );
        assert_eq!(s.len(), 2, "{s:#?}");
        let e = split(
            "Mr. Smith met U.S. officials on Monday. They agreed.",
            BUNDLED_EN,
        );
        assert_eq!(e.len(), 2, "{e:#?}");
    }

    #[test]
    fn quotes_and_dash_speech() {
        let s = split(
            "„Tracimy ludzi. Brakuje amunicji” – dodał. Zauważył też, że jest źle.",
            BUNDLED_PL,
        );
        assert_eq!(
            s,
            vec![
                "„Tracimy ludzi.",
                "Brakuje amunicji” – dodał.",
                "Zauważył też, że jest źle."
            ]
        );
        let d = split(
            "– Woda przyszła w nocy. – powiedział sołtys. – Nie zdążyliśmy – dodał.",
            BUNDLED_PL,
        );
        assert_eq!(
            d,
            vec![
                "– Woda przyszła w nocy. – powiedział sołtys.",
                "– Nie zdążyliśmy – dodał."
            ]
        );
        let q = split(
            "\"Kilka tysięcy żołnierzy przybyło.\" Potem wyjechali.",
            BUNDLED_PL,
        );
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn long_lines_are_paragraphs() {
        let long =
            "The council met on Monday and voted to close the old bridge for repairs until May.";
        let text = format!("A title\n\n{long} It was a long meeting.\nA short line.\n");
        assert_eq!(paragraphs(&text).len(), 3);
        let wrapped = "A title\n\nThe council met on Monday and voted\nto close the old bridge.\n";
        assert_eq!(paragraphs(wrapped).len(), 2);
    }

    #[test]
    fn paragraphs_and_headings() {
        let text = "Tytuł artykułu\r\n\r\nPierwszy akapit. Drugie zdanie.\r\n\r\nDrugi akapit.\n";
        let ps = paragraphs(text);
        assert_eq!(ps.len(), 3);
        let t = tokenize(text, ps[0].start, ps[0].end);
        assert!(is_heading(text, ps[0], &t, 30));
        let t = tokenize(text, ps[1].start, ps[1].end);
        assert!(!is_heading(text, ps[1], &t, 30));
        assert_eq!(paragraphs("jedna linia\ndruga linia").len(), 2);
    }

    #[test]
    fn a_title_in_headline_case_is_a_heading_even_with_a_period() {
        let heading = |text: &str| {
            let t = tokenize(text, 0, text.len());
            is_heading(text, Span::new(0, text.len()), &t, 30)
        };
        assert!(heading(
            "Fighting Against Smith, Jones Vows To Close The Tax Loopholes."
        ));
        assert!(heading("Poll: Wealthy Voters Abandon The Party"));
        assert!(!heading(
            "Sanders vows to eliminate tax breaks used by developers."
        ));
        assert!(!heading(
            "Donald Tusk, Radosław Sikorski i Władysław Kosiniak-Kamysz."
        ));
        assert!(!heading("Jan Kowalski Powiedział."));
        assert!(!heading(
            "Warren Hammers The Bank Chief: ‘You Should Be Investigated.’"
        ));
    }
}
