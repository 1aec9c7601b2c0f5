//! Figures: every quantity of a text with its value and unit (`1,5 mln` → 1 500 000, `5 miliardów
//! euro`, `21.7 billion`, `ponad 20 tys.`, `10–15%`). Dates, years, clock times, ordinals and
//! numbers inside names (`F-16`, `COVID-19`) are not figures. The words are lexicon data
//! ([`super::lexicon`]).

use crate::model::{Language, Span};

use super::lexicon::{InsightLexicon, LanguageWords};
use super::tokens::{Kind, Token, adjacent, longest_at, match_phrase, tokenize};

/// A figure's value: one number, or the two ends of a range, multipliers applied.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FigureValue {
    /// One number.
    Single(f64),
    /// A range `low`–`high`.
    Range(f64, f64),
}

impl FigureValue {
    /// The value for sorting and display: the number, or the range's low end.
    pub fn low(&self) -> f64 {
        match *self {
            FigureValue::Single(v) | FigureValue::Range(v, _) => v,
        }
    }

    /// "1 500 000" or "10–15": grouped by thousands, at most three decimals.
    pub fn display(&self) -> String {
        match *self {
            FigureValue::Single(v) => format_number(v),
            FigureValue::Range(a, b) => format!("{}–{}", format_number(a), format_number(b)),
        }
    }
}

/// A number with thin groups of thousands and at most three decimals.
pub fn format_number(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    let whole = rounded.trunc().abs() as u128;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    let fraction = rounded.abs().fract();
    let sign = if rounded < 0.0 { "-" } else { "" };
    if fraction == 0.0 {
        format!("{sign}{grouped}")
    } else {
        let decimals = format!("{fraction:.3}");
        let decimals = decimals.trim_start_matches('0').trim_end_matches('0');
        format!("{sign}{grouped}{decimals}")
    }
}

/// One figure found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Where it lies (offsets into the text it was found in).
    pub span: Span,
    /// Its value.
    pub value: FigureValue,
    /// Its unit or currency as written, lowercase (`%`, `euro`, `zł`, `$`), if any.
    pub unit: Option<String>,
}

/// A parsed number: digits as an integer and the count of decimals, or `None` for a date-like
/// or clock-like group pattern.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Parsed {
    mantissa: f64,
    decimals: i32,
    value: f64,
    integer: bool,
    /// Two parts with the non-decimal separator and two digits after it (`12.30` in Polish).
    clock_like: bool,
}

fn parse_number(text: &str, decimal: char) -> Option<Parsed> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let groups: Vec<&str> = compact.split(['.', ',']).collect();
    let separators: Vec<char> = compact.chars().filter(|c| matches!(c, '.' | ',')).collect();
    if separators.len() >= 2 && !groups[1..].iter().all(|g| g.len() == 3) {
        // `12.03.2024`, `1,234.5` (handled below) or a date.
        let last = *separators.last()?;
        let head_ok = separators[..separators.len() - 1]
            .iter()
            .all(|&s| s != last)
            && groups[1..groups.len() - 1].iter().all(|g| g.len() == 3);
        if !head_ok {
            return None;
        }
    }
    let mut digits = String::new();
    let mut decimals = 0u32;
    let mut seen_decimal = false;
    let count = separators.len();
    let mut index = 0;
    let mut clock_like = false;
    for c in compact.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            if seen_decimal {
                decimals += 1;
            }
            continue;
        }
        index += 1;
        let after = groups.get(index).map_or(0, |g| g.len());
        let is_decimal = if c == decimal {
            // A lone decimal separator, or the last one after groups of three.
            !(count > 1 && after == 3 && separators.iter().all(|&s| s == c))
        } else {
            // The other separator groups thousands when three digits follow.
            if count == 1 && after == 2 {
                clock_like = true;
            }
            after != 3 || (count == 1 && groups[0] == "0")
        };
        if is_decimal {
            if seen_decimal {
                return None;
            }
            seen_decimal = true;
        }
    }
    let whole: f64 = digits.parse::<u128>().ok()? as f64;
    Some(Parsed {
        mantissa: whole,
        decimals: decimals as i32,
        value: whole / 10f64.powi(decimals as i32),
        integer: decimals == 0,
        clock_like,
    })
}

/// Finds the figures of `text`, a text in `language`.
pub fn find_figures(text: &str, language: Language) -> Vec<Figure> {
    find_with(text, InsightLexicon::bundled().words(language))
}

/// Finds the figures of `text` with the word lists `words`.
pub fn find_with(text: &str, words: &LanguageWords) -> Vec<Figure> {
    // Every figure starts at a number token, which starts with a digit: most statements have none.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    figures_in(&tokenize(text), words)
}

/// Finds the figures in `tokens` (of [`tokenize`]) with the word lists `words`.
pub fn figures_in(tokens: &[Token], words: &LanguageWords) -> Vec<Figure> {
    let decimal = words.decimal.chars().next().unwrap_or(',');
    let mut figures = Vec::new();
    let mut j = 0;
    while j < tokens.len() {
        if tokens[j].kind != Kind::Number {
            j += 1;
            continue;
        }
        match figure_at(tokens, j, words, decimal) {
            Scan::Figure(figure, next) => {
                figures.push(figure);
                j = next;
            }
            Scan::Skip(next) => j = next.max(j + 1),
        }
    }
    figures
}

enum Scan {
    Figure(Figure, usize),
    Skip(usize),
}

fn is_sign(tokens: &[Token], j: usize, signs: &[&str]) -> bool {
    tokens
        .get(j)
        .is_some_and(|t| t.kind == Kind::Sign && signs.contains(&t.lower.as_str()))
}

/// The multiplier at token `j`, with the index after it; one-letter ones (`5m`) only attached.
fn multiplier_at(tokens: &[Token], j: usize, words: &LanguageWords) -> Option<(f64, usize)> {
    words
        .multipliers
        .iter()
        .filter_map(|(phrase, factor)| {
            let end = match_phrase(tokens, j, phrase)?;
            let short = phrase.trim_end_matches('.').chars().count() == 1;
            (!short || adjacent(tokens, j)).then_some((*factor, end))
        })
        .max_by_key(|(_, end)| *end)
}

fn is_month(tokens: &[Token], j: usize, words: &LanguageWords) -> bool {
    tokens.get(j).is_some_and(|t| t.kind == Kind::Word)
        && longest_at(tokens, j, &words.months).is_some()
}

fn figure_at(tokens: &[Token], j: usize, words: &LanguageWords, decimal: char) -> Scan {
    let number = &tokens[j];
    // Part of a name or code: `F-16`, `COVID-19`, `G7`, `5G`, `1990s`, `2nd`.
    let glued_before = adjacent(tokens, j)
        && (tokens[j - 1].kind == Kind::Word
            || (is_sign(tokens, j - 1, &["-", "/"])
                && adjacent(tokens, j - 1)
                && tokens[j - 2].kind == Kind::Word));
    if glued_before {
        return Scan::Skip(j + 1);
    }
    // Dates and times written with signs: `2024-03-12`, `12/03/2024`, `12:30`.
    if is_sign(tokens, j + 1, &[":", "/"])
        && adjacent(tokens, j + 1)
        && adjacent(tokens, j + 2)
        && tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Number)
    {
        return Scan::Skip(j + 3);
    }
    if is_sign(tokens, j + 1, &["-"])
        && adjacent(tokens, j + 1)
        && adjacent(tokens, j + 2)
        && is_sign(tokens, j + 3, &["-"])
        && adjacent(tokens, j + 3)
        && tokens.get(j + 4).is_some_and(|t| t.kind == Kind::Number)
    {
        return Scan::Skip(j + 5);
    }
    // Ordinals: `21st`, `5-ego`, `5. miejsce`.
    let suffix_at = |k: usize| {
        tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
            && adjacent(tokens, k)
            && words.ordinal_suffixes.iter().any(|s| {
                s.trim_start_matches('-') == tokens[k].lower
                    && (s.starts_with('-') == is_sign(tokens, k - 1, &["-"]))
            })
    };
    if suffix_at(j + 1)
        || (is_sign(tokens, j + 1, &["-"]) && adjacent(tokens, j + 1) && suffix_at(j + 2))
    {
        return Scan::Skip(j + 2);
    }
    // A letter right after the number that is no multiplier or unit: `5G`, `1990s`.
    if tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
        && adjacent(tokens, j + 1)
        && multiplier_at(tokens, j + 1, words).is_none()
        && longest_at(tokens, j + 1, &words.units).is_none()
    {
        return Scan::Skip(j + 2);
    }
    let Some(parsed) = parse_number(&number.lower, decimal) else {
        return Scan::Skip(j + 1);
    };
    if words.dot_ordinals
        && is_sign(tokens, j + 1, &["."])
        && adjacent(tokens, j + 1)
        && tokens
            .get(j + 2)
            .is_some_and(|t| t.kind == Kind::Word && !t.capital)
        && multiplier_at(tokens, j + 2, words).is_none()
    {
        return Scan::Skip(j + 2);
    }
    // A day next to a month: `12 marca`, `March 12`.
    if is_month(tokens, j + 1, words) || (j > 0 && ends_month(tokens, j, words)) {
        return Scan::Skip(j + 1);
    }
    // Years: followed by a year marker, or four digits 1800–2100 with nothing after.
    if let Some((_, end)) = longest_at(tokens, j + 1, &words.year_markers)
        && parsed.integer
    {
        return Scan::Skip(end);
    }
    let mut end_index = j + 1;
    let mut high = None;
    // A range: `10–15`, `10-15 mln`.
    if let Some(t) = tokens.get(j + 1)
        && t.kind == Kind::Sign
        && words.range_connectors.contains(&t.lower)
        && t.start - number.end <= 1
        && tokens
            .get(j + 2)
            .is_some_and(|n| n.kind == Kind::Number && n.start - t.end <= 1)
        && let Some(second) = parse_number(&tokens[j + 2].lower, decimal)
    {
        if is_month(tokens, j + 3, words) {
            // A range of days: `8-13 października`.
            return Scan::Skip(j + 3);
        }
        high = Some(second);
        end_index = j + 3;
    }
    let multiplier = multiplier_at(tokens, end_index, words);
    let mut factor = 1.0;
    if let Some((f, end)) = multiplier {
        factor = f;
        end_index = end;
    }
    let mut unit = None;
    if let Some((phrase, end)) = longest_at(tokens, end_index, &words.units)
        && (phrase.chars().count() > 1
            || phrase == "%"
            || adjacent(tokens, end_index)
            || tokens[end_index].kind == Kind::Word)
    {
        unit = Some(phrase.to_string());
        end_index = end;
    }
    let four_digit_year = parsed.integer
        && high.is_none()
        && number.lower.len() == 4
        && (1800.0..=2100.0).contains(&parsed.value);
    if four_digit_year && multiplier.is_none() && unit.is_none() {
        return Scan::Skip(j + 1);
    }
    // A clock time: `godz. 12.30`, or `12.30` with the non-decimal separator and nothing after.
    let after_time_marker = j > 0 && words.time_markers.iter().any(|m| ends_phrase(tokens, j, m));
    if (parsed.clock_like || after_time_marker)
        && multiplier.is_none()
        && unit.is_none()
        && high.is_none()
    {
        return Scan::Skip(j + 1);
    }
    let mut start = number.start;
    // A currency sign before: `$5`, `€ 20`.
    let mut first = j;
    if j > 0
        && let Some(prefix) = words
            .prefix_units
            .iter()
            .find(|p| ends_phrase(tokens, j, p))
    {
        first = (0..j)
            .rev()
            .find(|&k| match_phrase(tokens, k, prefix) == Some(j))
            .unwrap_or(j - 1);
        start = tokens[first].start;
        if unit.is_none() {
            unit = Some(prefix.clone());
        }
    }
    // An approximation before: `ponad`, `about`.
    if let Some(k) = (0..first).rev().take(3).find(|&k| {
        words
            .approximators
            .iter()
            .any(|a| match_phrase(tokens, k, a) == Some(first))
    }) {
        start = tokens[k].start;
    }
    // Multiply before dividing so that `21.7 billion` is exactly 21 700 000 000.
    let scale = |p: Parsed| p.mantissa * factor / 10f64.powi(p.decimals);
    let value = match high {
        Some(second) => FigureValue::Range(scale(parsed), scale(second)),
        None => FigureValue::Single(scale(parsed)),
    };
    let end = tokens[end_index - 1].end;
    Scan::Figure(
        Figure {
            span: Span::new(start, end),
            value,
            unit,
        },
        end_index,
    )
}

/// True when `phrase` ends right before token `j`.
fn ends_phrase(tokens: &[Token], j: usize, phrase: &str) -> bool {
    (0..j)
        .rev()
        .take(4)
        .any(|k| match_phrase(tokens, k, phrase) == Some(j))
}

fn ends_month(tokens: &[Token], j: usize, words: &LanguageWords) -> bool {
    words.months.iter().any(|m| ends_phrase(tokens, j, m))
}

#[cfg(test)]
mod tests;
