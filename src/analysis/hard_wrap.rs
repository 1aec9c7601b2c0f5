//! Hard-wrapped text without blank lines (e-mails, terminal copies, some PDFs): its lines are
//! not paragraphs.
//!
//! A text without any blank line is normally one paragraph per line (pasted and `.docx` text
//! look like that). It is hard-wrapped when its lines break at a similar width: most lines are
//! close to the widest, the widest is a typical wrap column, and many lines end mid-sentence with
//! the next line continuing it. Its paragraphs are then runs of lines, ended by a line that
//! closes a sentence well short of the wrap width.

use crate::model::Span;

/// The widest wrap column taken for hard wrapping (in characters).
const MAX_WRAP_WIDTH: usize = 110;
/// A line at least this share of the wrap width was broken by the wrap, not by the writer.
const FULL_LINE: f32 = 0.7;

fn width(text: &str, line: Span) -> usize {
    text[line.start..line.end].trim_end().chars().count()
}

fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end();
    let line = line.trim_end_matches(['"', '”', '»', '\'', '’', ')']);
    line.ends_with(['.', '!', '?', '…', ':'])
}

fn continues(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, ',' | ';' | ')'))
}

/// The wrap width when `lines` (the non-empty lines of a text without blank lines) are
/// hard-wrapped, else `None`.
pub fn wrap_width(text: &str, lines: &[Span]) -> Option<usize> {
    if lines.len() < 4 {
        return None;
    }
    let mut widths: Vec<usize> = lines.iter().map(|&l| width(text, l)).collect();
    widths.sort_unstable();
    let wrap = widths[widths.len() * 9 / 10];
    if !(30..=MAX_WRAP_WIDTH).contains(&wrap) {
        return None;
    }
    let body = &lines[..lines.len() - 1];
    let full = body
        .iter()
        .filter(|&&l| width(text, l) as f32 >= FULL_LINE * wrap as f32)
        .count();
    let mid_sentence = body
        .iter()
        .zip(&lines[1..])
        .filter(|(line, next)| {
            !ends_sentence(&text[line.start..line.end]) && continues(&text[next.start..next.end])
        })
        .count();
    (full * 2 >= body.len() && mid_sentence * 4 >= body.len()).then_some(wrap)
}

/// Paragraphs of a hard-wrapped text: consecutive lines joined, a paragraph ending after a line
/// that ends a sentence short of the wrap width (or that the next line visibly does not continue:
/// a short line without final punctuation, such as a title).
pub fn paragraphs(text: &str, lines: &[Span], wrap: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for (index, &line) in lines.iter().enumerate() {
        let span = match current {
            Some(p) => Span::new(p.start, line.end),
            None => line,
        };
        let short = (width(text, line) as f32) < FULL_LINE * wrap as f32;
        let next_continues = lines
            .get(index + 1)
            .is_some_and(|n| continues(&text[n.start..n.end]));
        let ends = short && (ends_sentence(&text[line.start..line.end]) || !next_continues);
        if ends {
            out.push(span);
            current = None;
        } else {
            current = Some(span);
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::segment;

    fn texts(text: &str) -> Vec<String> {
        segment::paragraphs(text)
            .into_iter()
            .map(|p| text[p.start..p.end].replace('\n', " "))
            .collect()
    }

    const WRAPPED: &str = "Nowy most otwarty\n\
        Burmistrz miasta powiedział w poniedziałek, że nowy most zostanie\n\
        otwarty dla ruchu jeszcze przed końcem miesiąca, a prace wykończeniowe\n\
        potrwają do wiosny. Mieszkańcy czekali na tę inwestycję od wielu\n\
        lat.\n\
        Radni opozycji twierdzą jednak, że koszt budowy przekroczył plan o\n\
        jedną trzecią i domagają się kontroli wydatków, zanim most zostanie\n\
        oddany do użytku.\n";

    #[test]
    fn hard_wrapped_lines_are_joined_into_paragraphs() {
        let paragraphs = texts(WRAPPED);
        assert_eq!(paragraphs.len(), 3, "{paragraphs:#?}");
        assert_eq!(paragraphs[0], "Nowy most otwarty");
        assert!(paragraphs[1].starts_with("Burmistrz") && paragraphs[1].ends_with("lat."));
        assert!(paragraphs[2].starts_with("Radni") && paragraphs[2].ends_with("użytku."));
    }

    #[test]
    fn one_paragraph_per_line_stays_so() {
        let text = "Title here\nThe mayor said the bridge would open this month, and that works would \
            go on until spring, when the last lanes are painted.\nShort line.\nCouncillors \
            said the cost was a third over the plan and asked for an audit of the spending.\n";
        assert_eq!(texts(text).len(), 4);
    }
}
