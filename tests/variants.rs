//! Text as it really arrives: decomposed accents, hard wraps, no-break spaces, invisible
//! characters and dash or quotation-mark variants must not change a single attribution. Every
//! copy of the bundled sample gives the same source, rule and via for every statement as the
//! original, with offsets that point into the copy as opened.

use ascribe::analysis::{AnalysisInput, Engine};
use ascribe::model::{Document, Language};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const SAMPLE: &str = include_str!("../assets/samples/seed_pl.txt");

fn analyse(text: &str) -> Document {
    Engine::builtin()
        .analyze(&AnalysisInput {
            path: Some("sample.txt".into()),
            text: text.to_string(),
            title: None,
            language: Language::Pl,
        })
        .document
}

/// The visible words of a span, whatever the spaces, wraps, invisible characters, dashes and
/// quotation marks.
fn words(text: &str) -> String {
    let visible: String = text
        .nfc()
        .filter(|c| {
            !matches!(
                c,
                '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
            )
        })
        .map(|c| match c {
            c if c.is_whitespace() => ' ',
            '–' | '—' | '―' | '‒' => '-',
            '„' | '”' | '“' | '‟' | '«' | '»' | '‹' | '›' => '"',
            c => c,
        })
        .collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Same statements (by their visible words), sources, rules, chains and mentions.
fn assert_same(original: &Document, copy: &Document, what: &str) {
    assert_eq!(
        original.statements.len(),
        copy.statements.len(),
        "{what}: statement count"
    );
    for (a, b) in original.statements.iter().zip(&copy.statements) {
        let (ta, tb) = (original.slice(a.span), copy.slice(b.span));
        assert_eq!(words(ta), words(tb), "{what}: statement text");
        assert!(copy.text.is_char_boundary(b.span.start) && copy.text.is_char_boundary(b.span.end));
        let (x, y) = (&a.attribution, &b.attribution);
        assert_eq!(x.source, y.source, "{what}: source of {tb:?}");
        assert_eq!(x.rule, y.rule, "{what}: rule of {tb:?}");
        assert_eq!(x.via, y.via, "{what}: via of {tb:?}");
        let mention = |d: &Document, s: Option<ascribe::model::Span>| {
            s.map(|s| words(&d.text[s.start..s.end]))
        };
        assert_eq!(
            mention(original, x.mention),
            mention(copy, y.mention),
            "{what}: mention of {tb:?}"
        );
    }
}

fn check(copy: &str, what: &str) {
    let original = analyse(SAMPLE);
    let document = analyse(copy);
    assert_eq!(
        document.text, copy,
        "{what}: the document keeps the text as opened"
    );
    assert_same(&original, &document, what);
}

#[test]
fn decomposed_accents() {
    let nfd: String = SAMPLE.nfd().collect();
    assert_ne!(nfd, SAMPLE);
    check(&nfd, "NFD");
}

#[test]
fn hard_wrapped_at_72_columns() {
    let mut out = String::new();
    for line in SAMPLE.split('\n') {
        let mut column = 0;
        for (index, word) in line.split(' ').enumerate() {
            let width = word.chars().count();
            if index > 0 {
                if column + 1 + width > 72 {
                    out.push('\n');
                    column = 0;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            out.push_str(word);
            column += width;
        }
        out.push('\n');
    }
    out.pop();
    check(&out, "wrapped");
}

#[test]
fn no_break_and_thin_spaces() {
    let mut out = String::new();
    let mut previous_len = usize::MAX;
    for (index, word) in SAMPLE.split(' ').enumerate() {
        if index > 0 {
            // After one-letter words a no-break space, after numbers a narrow one.
            out.push(match previous_len {
                1 => '\u{A0}',
                _ if out.ends_with(|c: char| c.is_ascii_digit()) => '\u{202F}',
                _ => ' ',
            });
        }
        out.push_str(word);
        previous_len = word.chars().count();
    }
    check(&out, "nbsp");
}

#[test]
fn soft_hyphens_and_zero_width_characters_inside_words() {
    let mut out = String::from("\u{FEFF}");
    for (index, ch) in SAMPLE.chars().enumerate() {
        out.push(ch);
        if ch.is_alphabetic() {
            match index % 7 {
                0 => out.push('\u{AD}'),
                3 => out.push('\u{200B}'),
                5 => out.push('\u{200D}'),
                _ => {}
            }
        }
    }
    check(&out, "invisible");
}

/// The sample with its straight quotation marks replaced, alternately, by `open` and `close`.
fn requoted(open: char, close: char) -> String {
    let mut opening = true;
    SAMPLE
        .chars()
        .map(|c| {
            if c != '"' {
                return c;
            }
            opening = !opening;
            if opening { close } else { open }
        })
        .collect()
}

#[test]
fn dash_and_quotation_mark_variants() {
    assert!(SAMPLE.contains('—') && SAMPLE.contains('"'));
    for dash in ['–', '―', '‒'] {
        check(
            &SAMPLE.replace('—', &dash.to_string()),
            &format!("dash {dash}"),
        );
    }
    for (open, close) in [('„', '”'), ('“', '”'), ('«', '»'), ('‹', '›'), ('‟', '”')]
    {
        check(&requoted(open, close), &format!("quotes {open}…{close}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Invisible characters at random places change nothing.
    #[test]
    fn invisible_characters_anywhere(
        positions in proptest::collection::vec((0usize..10_000, 0usize..5), 1..40)
    ) {
        const MARKS: [char; 5] = ['\u{AD}', '\u{200B}', '\u{200C}', '\u{2060}', '\u{FEFF}'];
        let boundaries: Vec<usize> = SAMPLE.char_indices().map(|(i, _)| i).collect();
        let mut inserts: Vec<(usize, char)> = positions
            .iter()
            .map(|&(p, m)| (boundaries[p % boundaries.len()], MARKS[m]))
            .collect();
        inserts.sort();
        let mut out = String::with_capacity(SAMPLE.len() + 3 * inserts.len());
        let mut last = 0;
        for (at, mark) in inserts {
            out.push_str(&SAMPLE[last..at]);
            out.push(mark);
            last = at;
        }
        out.push_str(&SAMPLE[last..]);
        check(&out, "random invisible characters");
    }
}
