//! A small tokeniser for the insight rules: numbers, words and single signs with their byte
//! spans, and phrase matching over adjacent tokens (so `tys.`, `°c` and `możliwe, że` match).

use rustc_hash::FxHashMap as HashMap;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Digits, with the separators inside the number (`1,5`, `20 000`, `12.03.2024`).
    Number,
    /// Letters (a hyphen between letters included).
    Word,
    /// Any other single character that is not a space.
    Sign,
}

/// One token of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after its last character.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Its text, lowercased.
    pub lower: String,
    /// It starts with a capital letter.
    pub capital: bool,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// Splits `text` into tokens. A space followed by exactly three digits continues a number whose
/// groups have at most three digits (`20 000`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if is_space(c) {
            i += 1;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            i += 1;
            let mut group = 1;
            let mut first_group = true;
            loop {
                match at(i) {
                    Some(d) if d.is_ascii_digit() => {
                        i += 1;
                        group += 1;
                    }
                    Some('.' | ',') if at(i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                        i += 1;
                        first_group = false;
                        group = 0;
                    }
                    Some(s)
                        if is_space(s)
                            && group <= 3
                            && (first_group || group == 3)
                            && (1..=3).all(|k| at(i + k).is_some_and(|d| d.is_ascii_digit()))
                            && !at(i + 4).is_some_and(|d| d.is_ascii_digit()) =>
                    {
                        i += 4;
                        group = 3;
                        first_group = false;
                    }
                    _ => break,
                }
            }
            Kind::Number
        } else if c.is_alphabetic() {
            i += 1;
            while let Some(d) = at(i) {
                let letter = d.is_alphabetic() || d == '²';
                let inner_hyphen = d == '-' && at(i + 1).is_some_and(char::is_alphabetic);
                if letter || inner_hyphen {
                    i += 1;
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            i += 1;
            Kind::Sign
        };
        let (s, e) = (offset(start), offset(i));
        tokens.push(Token {
            start: s,
            end: e,
            kind,
            lower: if text[s..e].is_ascii() {
                text[s..e].to_ascii_lowercase()
            } else {
                text[s..e].to_lowercase()
            },
            capital: c.is_uppercase(),
        });
    }
    tokens
}

/// True when token `j` directly follows token `j - 1` (no space between).
pub fn adjacent(tokens: &[Token], j: usize) -> bool {
    j > 0 && j < tokens.len() && tokens[j - 1].end == tokens[j].start
}

/// Matches one space-free part of a phrase at token `j` by joining adjacent tokens; returns the
/// index after the match.
fn match_part(tokens: &[Token], j: usize, part: &str) -> Option<usize> {
    // Token by token, without building the joined text: most calls fail on the first token.
    let mut rest = part;
    let mut k = j;
    while !rest.is_empty() {
        if k >= tokens.len() || (k > j && !adjacent(tokens, k)) {
            return None;
        }
        rest = rest.strip_prefix(tokens[k].lower.as_str())?;
        k += 1;
    }
    Some(k)
}

/// Matches `phrase` (lowercase, parts separated by spaces) starting at token `j`; returns the
/// index of the token after it.
pub fn match_phrase(tokens: &[Token], j: usize, phrase: &str) -> Option<usize> {
    let mut k = j;
    let mut any = false;
    for part in phrase.split_whitespace() {
        k = match_part(tokens, k, part)?;
        any = true;
    }
    any.then_some(k)
}

/// The longest phrase of `list` matching at token `j`: (phrase, index after it).
pub fn longest_at<'a>(tokens: &[Token], j: usize, list: &'a [String]) -> Option<(&'a str, usize)> {
    list.iter()
        .filter_map(|p| match_phrase(tokens, j, p).map(|end| (p.as_str(), end)))
        .max_by_key(|(_, end)| *end)
}

/// A phrase list indexed by the first token of each phrase, so finding any of its phrases in a
/// text costs one lookup per token instead of one scan of the text per phrase.
#[derive(Clone, Debug, Default)]
pub struct PhraseIndex {
    /// First token of a phrase → the phrases' positions in the list, ascending.
    by_first: HashMap<String, Vec<usize>>,
}

impl PhraseIndex {
    /// The index of `list`.
    pub fn new(list: &[String]) -> Self {
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, phrase) in list.iter().enumerate() {
            if let Some(first) = tokenize(phrase).into_iter().next() {
                by_first.entry(first.lower).or_default().push(i);
            }
        }
        PhraseIndex { by_first }
    }

    /// The first phrase of `list` (the list this index was built from), in list order, found
    /// anywhere in `tokens`.
    pub fn find_any<'a>(&self, tokens: &[Token], list: &'a [String]) -> Option<&'a str> {
        let mut best: Option<usize> = None;
        for j in 0..tokens.len() {
            let Some(candidates) = self.by_first.get(tokens[j].lower.as_str()) else {
                continue;
            };
            for &i in candidates {
                if best.is_some_and(|b| b <= i) {
                    break;
                }
                if match_phrase(tokens, j, &list[i]).is_some() {
                    best = Some(i);
                    break;
                }
            }
        }
        best.map(|i| list[i].as_str())
    }
}

/// The first phrase of `list` found anywhere in `tokens`, by scanning: the reference
/// [`PhraseIndex::find_any`] is checked against.
#[cfg(test)]
pub fn find_any<'a>(tokens: &[Token], list: &'a [String]) -> Option<&'a str> {
    list.iter()
        .find(|p| {
            // A match starts with the token's first byte: a cheap test before the real one.
            let first = p.trim_start().as_bytes().first();
            tokens.iter().enumerate().any(|(j, t)| {
                t.lower.as_bytes().first() == first && match_phrase(tokens, j, p).is_some()
            })
        })
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.lower).collect()
    }

    #[test]
    fn numbers_keep_their_separators_and_groups() {
        assert_eq!(texts("1,5 mln zł"), ["1,5", "mln", "zł"]);
        assert_eq!(texts("ponad 20 000 osób"), ["ponad", "20 000", "osób"]);
        assert_eq!(texts("w 2023 150 osób"), ["w", "2023", "150", "osób"]);
        assert_eq!(texts("21.7 billion."), ["21.7", "billion", "."]);
        assert_eq!(
            texts("F-16 i COVID-19"),
            ["f", "-", "16", "i", "covid", "-", "19"]
        );
    }

    #[test]
    fn the_phrase_index_finds_what_a_scan_finds() {
        let list: Vec<String> = [
            "due to",
            "because",
            "ok.",
            "możliwe, że",
            "tys",
            "1,5",
            "more than",
        ]
        .map(String::from)
        .to_vec();
        let index = PhraseIndex::new(&list);
        for text in [
            "ok. 5 tys. osób, możliwe, że due to",
            "It rose more than because of 1,5 mln",
            "nothing here at all",
            "Because. DUE TO ok",
            "",
        ] {
            let tokens = tokenize(text);
            assert_eq!(
                index.find_any(&tokens, &list),
                find_any(&tokens, &list),
                "{text}"
            );
        }
    }

    #[test]
    fn phrases_join_adjacent_tokens() {
        let tokens = tokenize("ok. 5 tys. osób, możliwe, że due to");
        assert_eq!(match_phrase(&tokens, 0, "ok."), Some(2));
        assert_eq!(match_phrase(&tokens, 3, "tys."), Some(5));
        assert_eq!(match_phrase(&tokens, 3, "tys"), Some(4));
        assert!(find_any(&tokens, &["możliwe, że".to_string()]).is_some());
        assert!(find_any(&tokens, &["due to".to_string()]).is_some());
        assert!(find_any(&tokens, &["due by".to_string()]).is_none());
    }
}
