//! Tokens: words, numbers, quotation marks, dashes and other punctuation, with byte offsets.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, inner hyphens, apostrophes or dots as in "Onet.pl").
    Word,
    /// Digits (possibly with inner `,` `.` `-`, as in "1,5" or "8-13").
    Number,
    /// A quotation mark.
    Quote,
    /// A dash used as punctuation ("–", "—", or a spaced "-").
    Dash,
    /// Any other punctuation character.
    Punct,
}

/// One token of a text.
#[derive(Clone, Debug)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Its kind.
    pub kind: TokenKind,
    /// Lowercase form (words), or the character itself.
    pub lower: String,
    /// Starts with an uppercase letter.
    pub capitalized: bool,
    /// Two or more letters, all uppercase ("NATO", "MSZ").
    pub all_caps: bool,
    /// A lowercase particle joined to a capitalised name ("al-Assadi", "bin-Salman").
    pub has_capital_part: bool,
    /// Whitespace (or the start of the text) directly before it.
    pub space_before: bool,
}

impl Token {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for this punctuation character.
    pub fn is_punct(&self, ch: char) -> bool {
        matches!(
            self.kind,
            TokenKind::Punct | TokenKind::Dash | TokenKind::Quote
        ) && self.lower.starts_with(ch)
    }

    /// True for a sentence-ending punctuation mark.
    pub fn is_terminal(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.lower.as_str(), "." | "!" | "?" | "…")
    }
}

/// True for characters used as quotation marks.
pub fn is_quote_char(ch: char) -> bool {
    matches!(
        ch,
        '"' | '„' | '”' | '“' | '«' | '»' | '‚' | '‘' | '’' | '\'' | '‟' | '″'
    )
}

/// True for dash characters.
pub fn is_dash_char(ch: char) -> bool {
    matches!(ch, '–' | '—' | '‒' | '―' | '-' | '−')
}

/// Letter counts of a word, in one pass.
struct WordShape {
    /// Alphabetic characters.
    letters: usize,
    /// Uppercase alphabetic characters.
    upper_letters: usize,
    /// The first character is uppercase.
    first_upper: bool,
}

impl WordShape {
    fn of(word: &str) -> WordShape {
        let mut shape = WordShape {
            letters: 0,
            upper_letters: 0,
            first_upper: false,
        };
        for (k, c) in word.chars().enumerate() {
            let upper = if c.is_ascii() {
                c.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            };
            if k == 0 {
                shape.first_upper = upper;
            }
            if c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic()) {
                shape.letters += 1;
                shape.upper_letters += usize::from(upper);
            }
        }
        shape
    }
}

/// The characters of a paragraph being tokenized, with their byte offsets.
type Chars<'s> = std::iter::Peekable<std::str::CharIndices<'s>>;

/// Splits `text[range]` into tokens with absolute offsets.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let slice = &text[start..end];
    let mut tokens = Vec::with_capacity(slice.len() / 5 + 4);
    let mut chars = slice.char_indices().peekable();
    let mut space_before = true;
    while let Some((i, ch)) = chars.next() {
        if ch.is_whitespace() || ch == '\u{0}' || ch == '\u{feff}' {
            space_before = true;
            continue;
        }
        // A hyphen (or a minus sign, folded to one by the canonical view) before a digit after a
        // space is the number's sign, not a dash: "-5", "od -3 do 2".
        let signed =
            ch == '-' && space_before && slice[i + 1..].starts_with(|c: char| c.is_ascii_digit());
        let token = if ch.is_alphanumeric() || signed {
            let numeric = ch.is_ascii_digit() || signed;
            let last = word_end(slice, i + ch.len_utf8(), numeric, &mut chars);
            word_token(
                &slice[i..last],
                start + i,
                start + last,
                numeric,
                space_before,
            )
        } else {
            symbol_token(ch, start, i, &mut chars, space_before)
        };
        tokens.push(token);
        space_before = false;
    }
    tokens
}

/// The end (byte offset in `slice`) of a word or number whose first character ends at `last`:
/// letters and digits, with inner joiners between them.
fn word_end(slice: &str, mut last: usize, numeric: bool, chars: &mut Chars<'_>) -> usize {
    while let Some(&(j, c)) = chars.peek() {
        if c.is_alphanumeric() {
            last = j + c.len_utf8();
            chars.next();
            continue;
        }
        if joins(slice, j, c, numeric) {
            chars.next();
            continue;
        }
        break;
    }
    last
}

/// Whether `c` at byte `j` of `slice` joins two parts of one word: "Su-35", "1,5", "Onet.pl",
/// "don't", "m.in" (only when a letter or digit follows).
fn joins(slice: &str, j: usize, c: char, numeric: bool) -> bool {
    let joiner = matches!(c, '-' | '\'' | '’' | '.' | ',' | '‑' | '/' | '_' | '&');
    if !joiner {
        return false;
    }
    let mut ahead = slice[j + c.len_utf8()..].chars();
    let next = ahead.next();
    match (c, next) {
        (',', Some(n)) => numeric && n.is_ascii_digit(),
        ('.', Some(n)) => {
            (numeric && n.is_ascii_digit())
                || (!numeric
                    && n.is_lowercase()
                    && slice[..j]
                        .chars()
                        .rev()
                        .take_while(|x| x.is_alphanumeric())
                        .count()
                        > 1
                    && ahead.clone().next().is_some_and(|x| x.is_alphanumeric()))
        }
        (_, Some(n)) => n.is_alphanumeric(),
        _ => false,
    }
}

/// The token of a word or number `word` at `start..end` (absolute offsets).
fn word_token(word: &str, start: usize, end: usize, numeric: bool, space_before: bool) -> Token {
    let shape = WordShape::of(word);
    let first_alpha = shape.first_upper;
    let all_caps = shape.letters >= 2 && shape.upper_letters == shape.letters;
    let is_number = numeric && shape.letters == 0;
    let has_capital_part = !first_alpha
        && word.contains('-')
        && word
            .rsplit('-')
            .next()
            .is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase));
    Token {
        start,
        end,
        kind: if is_number {
            TokenKind::Number
        } else {
            TokenKind::Word
        },
        lower: if word.is_ascii() {
            word.to_ascii_lowercase()
        } else {
            word.to_lowercase()
        },
        capitalized: first_alpha,
        all_caps,
        has_capital_part,
        space_before,
    }
}

/// The token of a quotation mark, dash or other punctuation `ch` at byte `i` of the slice that
/// starts at `start`; "''" and "..." are one token each.
fn symbol_token(
    ch: char,
    start: usize,
    i: usize,
    chars: &mut Chars<'_>,
    space_before: bool,
) -> Token {
    let kind = if is_quote_char(ch) {
        TokenKind::Quote
    } else if is_dash_char(ch) {
        TokenKind::Dash
    } else {
        TokenKind::Punct
    };
    let mut last = i + ch.len_utf8();
    let mut lower = ch.to_string();
    // "''" (two apostrophes, a typewriter double quotation mark) is one quotation mark.
    if ch == '\'' && chars.peek().is_some_and(|&(_, c)| c == '\'') {
        chars.next();
        last += 1;
        lower = "\"".to_string();
    }
    // "..." is one ellipsis token.
    if ch == '.' {
        while let Some(&(j, '.')) = chars.peek() {
            last = j + 1;
            lower = "…".to_string();
            chars.next();
        }
    }
    Token {
        start: start + i,
        end: start + last,
        kind,
        lower,
        capitalized: false,
        all_caps: false,
        has_capital_part: false,
        space_before,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, 0, text.len())
            .into_iter()
            .map(|t| text[t.start..t.end].to_string())
            .collect()
    }

    #[test]
    fn joins_numbers_hyphens_and_domains() {
        assert_eq!(words("1,5 tys. Su-35"), vec!["1,5", "tys", ".", "Su-35"]);
        assert_eq!(
            words("w dniach 8-13 października."),
            vec!["w", "dniach", "8-13", "października", "."]
        );
        assert_eq!(words("Bankier.pl podał"), vec!["Bankier.pl", "podał"]);
        assert_eq!(
            words("„NATO” – pisze"),
            vec!["„", "NATO", "”", "–", "pisze"]
        );
        assert_eq!(words("it's 4.5%"), vec!["it's", "4.5", "%"]);
        assert_eq!(words("wait... Now"), vec!["wait", "...", "Now"]);
    }

    #[test]
    fn a_sign_before_a_digit_belongs_to_the_number() {
        let text = "od -3 do 5-7 – 2";
        let tokens = tokenize(text, 0, text.len());
        let kinds: Vec<(String, TokenKind)> =
            tokens.iter().map(|t| (t.lower.clone(), t.kind)).collect();
        assert_eq!(kinds[1], ("-3".to_string(), TokenKind::Number));
        assert_eq!(kinds[3], ("5-7".to_string(), TokenKind::Number));
        assert_eq!(kinds[4].1, TokenKind::Dash);
    }

    #[test]
    fn two_apostrophes_are_one_quotation_mark() {
        let text = "''The road is open,'' she said.";
        let t = tokenize(text, 0, text.len());
        assert_eq!(t[0].kind, TokenKind::Quote);
        assert_eq!(t[0].lower, "\"");
        assert_eq!(&text[t[0].start..t[0].end], "''");
        assert_eq!(t[6].kind, TokenKind::Quote);
    }

    #[test]
    fn flags() {
        let text = "NATO potwierdziło Olena";
        let t = tokenize(text, 0, text.len());
        assert!(t[0].all_caps && t[0].capitalized);
        assert!(!t[1].capitalized);
        assert!(t[2].capitalized && !t[2].all_caps);
    }
}
