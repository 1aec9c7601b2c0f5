//! The canonical view of a text: what the engine reads, with a map back to the text as opened.
//!
//! Text arrives decomposed (`o` + combining acute from macOS, PDFs and some newsroom systems),
//! with invisible characters inside words (soft hyphens, zero-width spaces and joiners, byte-order
//! marks), with every kind of space and a few rare dash and quotation-mark variants. Lexicon
//! matching, name stems and case endings compare characters, so the engine reads one canonical
//! view instead:
//!
//! - each grapheme cluster in Unicode NFC;
//! - invisible format characters dropped (see [`INVISIBLE`]);
//! - space variants (no-break, thin, figure, ideographic…) as a plain space;
//! - a line break inside a paragraph (a hard wrap) as a space, so a wrapped copy reads like the
//!   original (paragraphs themselves come from [`super::segment::paragraphs`]);
//! - hyphen variants (`‐`, `‑`) as `-`, the minus sign `−` as `-`, figure and horizontal-bar
//!   dashes as `–`, rare quotation marks as their common forms (`‟` → `“`, `‹` → `«`, `›` → `»`).
//!
//! The view is built one grapheme cluster of the original at a time, so the map is a list of
//! cluster boundaries: every offset the engine reports maps back to a cluster boundary of the
//! text as opened, never inside a cluster.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Document, Span};

/// Characters that carry no text and are dropped from the canonical view.
pub const INVISIBLE: [char; 7] = [
    '\u{00AD}', // soft hyphen
    '\u{200B}', // zero-width space
    '\u{200C}', // zero-width non-joiner
    '\u{200D}', // zero-width joiner
    '\u{2060}', // word joiner
    '\u{FEFF}', // byte-order mark / zero-width no-break space
    '\u{180E}', // Mongolian vowel separator (formerly a space)
];

/// The canonical form of one character, or `None` to drop it.
fn fold(ch: char) -> Option<char> {
    Some(match ch {
        c if INVISIBLE.contains(&c) => return None,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
        '\u{2012}' | '\u{2015}' => '–',
        '\u{201F}' => '“',
        '\u{2039}' => '«',
        '\u{203A}' => '»',
        other => other,
    })
}

/// True when `ch` may change in the canonical view (folded, dropped, or part of a decomposed
/// sequence). A text without such characters is its own canonical view.
fn may_change(ch: char) -> bool {
    // No ASCII character is folded, dropped or combining.
    !ch.is_ascii() && (fold(ch) != Some(ch) || unicode_normalization::char::is_combining_mark(ch))
}

/// Offsets of the line breaks (`\n`, `\r\n` or `\r`) inside paragraphs, in order.
fn wrapped_line_breaks(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for paragraph in super::segment::paragraphs(text) {
        for at in paragraph.start..paragraph.end {
            let crlf_tail = bytes[at] == b'\n' && at > 0 && bytes[at - 1] == b'\r';
            if matches!(bytes[at], b'\n' | b'\r') && !crlf_tail {
                out.push(at);
            }
        }
    }
    out
}

/// A text's canonical view and the map from its offsets back to the original's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CanonicalText {
    /// The canonical text the engine reads.
    pub text: String,
    /// Cluster boundaries, increasing in both texts, first at `(0, 0)` and last at the two texts'
    /// lengths. Long stretches of plain ASCII, where every byte is a boundary and both texts are
    /// the same, are one entry with their length instead of one entry per byte.
    map: Vec<Boundary>,
}

/// A cluster boundary of the map, possibly starting a run of identical bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Boundary {
    /// Offset in the canonical text.
    canonical: usize,
    /// Offset in the original text.
    original: usize,
    /// Bytes from here that are the same in both texts, each byte a boundary of its own.
    identical: usize,
}

/// True for an ASCII byte after which, and before which, another such byte always has a cluster
/// boundary: everything ASCII but the line breaks (`\r\n` is one cluster).
fn plain(byte: u8) -> bool {
    byte.is_ascii() && byte != b'\r' && byte != b'\n'
}

/// Where the run of plain bytes starting at `at` ends, leaving out its last byte when a
/// non-plain byte follows (a combining mark may join it).
fn plain_run_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at;
    while end < bytes.len() && plain(bytes[end]) {
        end += 1;
    }
    if end < bytes.len() && end > at {
        end - 1
    } else {
        end
    }
}

/// Where the stretch that needs cluster segmentation, starting at `at`, ends: at the first
/// boundary between two plain bytes.
fn complex_run_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at + 1;
    while end < bytes.len() && !(plain(bytes[end - 1]) && plain(bytes[end])) {
        end += 1;
    }
    end
}

impl CanonicalText {
    /// The canonical view of `original`, or `None` when `original` is its own canonical view
    /// (the common case: one scan, no copy).
    pub fn of(original: &str) -> Option<CanonicalText> {
        let wraps = wrapped_line_breaks(original);
        if wraps.is_empty() && (original.is_ascii() || !original.chars().any(may_change)) {
            return None;
        }
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::new();
        let mut wraps = wraps.into_iter().peekable();
        let mut at = 0;
        while at < bytes.len() {
            let plain_end = plain_run_end(bytes, at);
            if plain_end > at {
                map.push(Boundary {
                    canonical: text.len(),
                    original: at,
                    identical: plain_end - at,
                });
                text.push_str(&original[at..plain_end]);
                at = plain_end;
                continue;
            }
            let end = complex_run_end(bytes, at);
            for (offset, cluster) in original[at..end].grapheme_indices(true) {
                let offset = at + offset;
                map.push(Boundary {
                    canonical: text.len(),
                    original: offset,
                    identical: 0,
                });
                if wraps.next_if_eq(&offset).is_some() {
                    text.push(' ');
                } else if cluster.chars().any(may_change) {
                    text.extend(cluster.nfc().filter_map(fold));
                } else {
                    text.push_str(cluster);
                }
            }
            at = end;
        }
        map.push(Boundary {
            canonical: text.len(),
            original: original.len(),
            identical: 0,
        });
        Some(CanonicalText { text, map })
    }

    /// The original offset of a span's start at canonical offset `offset`: after any dropped
    /// characters there, so a statement starts at its first visible character; an offset inside
    /// a cluster's canonical form rounds up to its end, as [`Self::end_in_original`] does, so two
    /// spans that meet there never overlap in the original.
    pub fn start_in_original(&self, offset: usize) -> usize {
        // The last boundary at or before `offset`.
        let index = self.map.partition_point(|b| b.canonical <= offset);
        let before = self.map[index.saturating_sub(1)];
        match offset.checked_sub(before.canonical) {
            Some(0) | None => before.original,
            Some(inside) if inside < before.identical => before.original + inside,
            _ => self.map[index.min(self.map.len() - 1)].original,
        }
    }

    /// The original offset of a span's end at canonical offset `offset`: before any dropped
    /// characters there; an offset inside a cluster's canonical form rounds up to its end.
    pub fn end_in_original(&self, offset: usize) -> usize {
        // The first boundary at or after `offset`.
        let index = self.map.partition_point(|b| b.canonical < offset);
        let after = self.map[index.min(self.map.len() - 1)];
        if after.canonical == offset || index == 0 {
            return after.original;
        }
        let before = self.map[index - 1];
        match offset.checked_sub(before.canonical) {
            Some(inside) if inside < before.identical => before.original + inside,
            _ => after.original,
        }
    }

    /// A span of the canonical text as a span of the original.
    pub fn span_in_original(&self, span: Span) -> Span {
        let start = self.start_in_original(span.start);
        let end = self.end_in_original(span.end).max(start);
        Span::new(start, end)
    }

    /// Moves every offset of a document analysed on the canonical view into `original`, and
    /// makes `original` its text.
    pub fn map_document(&self, document: &mut Document, original: &str) {
        for paragraph in &mut document.paragraphs {
            *paragraph = self.span_in_original(*paragraph);
        }
        for statement in &mut document.statements {
            statement.span = self.span_in_original(statement.span);
            let attribution = &mut statement.attribution;
            attribution.mention = attribution.mention.map(|s| self.span_in_original(s));
            attribution.cue = attribution.cue.map(|s| self.span_in_original(s));
        }
        document.text = original.to_string();
        document.text_hash = crate::model::content_hash(original);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_text_is_left_alone() {
        for text in ["plain ASCII", "Zażółć gęślą jaźń – „cytat”"] {
            assert!(CanonicalText::of(text).is_none());
        }
    }

    #[test]
    fn decomposed_letters_are_composed_and_map_back_to_cluster_bounds() {
        let nfd = "Kro\u{301}l powiedzia\u{142}.";
        let view = CanonicalText::of(nfd).unwrap();
        assert_eq!(view.text, "Król powiedział.");
        // "Król" is 5 bytes canonical (ó is 2), 6 bytes in the original.
        assert_eq!(view.span_in_original(Span::new(0, 5)), Span::new(0, 6));
        assert_eq!(&nfd[view.start_in_original(6)..], "powiedzia\u{142}.");
    }

    #[test]
    fn invisible_characters_vanish_and_spans_skip_them() {
        let text = "po\u{AD}wiedział\u{200B} to. \u{FEFF}Tak";
        let view = CanonicalText::of(text).unwrap();
        assert_eq!(view.text, "powiedział to. Tak");
        let tak = view.text.find("Tak").unwrap();
        assert_eq!(&text[view.start_in_original(tak)..], "Tak");
        let word_end = view.text.find(' ').unwrap();
        assert_eq!(&text[..view.end_in_original(word_end)], "po\u{AD}wiedział");
    }

    #[test]
    fn spaces_hyphens_minus_and_rare_marks_are_folded() {
        let view =
            CanonicalText::of("1\u{202F}000\u{A0}zł, \u{2212}5, a\u{2011}b, \u{2039}x\u{203A}")
                .unwrap();
        assert_eq!(view.text, "1 000 zł, -5, a-b, «x»");
    }

    #[test]
    fn line_breaks_inside_paragraphs_read_as_spaces() {
        let text = "Tytuł\r\n\r\nPierwsza linia\r\nciąg dalszy.\n\nDruga\nlinia.";
        let view = CanonicalText::of(text).unwrap();
        assert_eq!(
            view.text,
            "Tytuł\r\n\r\nPierwsza linia ciąg dalszy.\n\nDruga linia."
        );
        let druga = view.text.find("Druga").unwrap();
        assert_eq!(&text[view.start_in_original(druga)..], "Druga\nlinia.");
    }

    /// The map as one boundary per cluster, the simple way, to check the compact one against.
    fn reference_boundaries(original: &str) -> Vec<(usize, usize)> {
        let wraps = wrapped_line_breaks(original);
        let mut text = String::new();
        let mut out = Vec::new();
        for (offset, cluster) in original.grapheme_indices(true) {
            out.push((text.len(), offset));
            if wraps.contains(&offset) {
                text.push(' ');
            } else if cluster.chars().any(may_change) {
                text.extend(cluster.nfc().filter_map(fold));
            } else {
                text.push_str(cluster);
            }
        }
        out.push((text.len(), original.len()));
        out
    }

    proptest::proptest! {
        #[test]
        fn compact_map_answers_like_one_boundary_per_cluster(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Kto", " ", ".", "\n", "\r\n", "\n\n", "e\u{301}", "\u{301}", "ł", "\u{AD}",
                "\u{200B}", "\u{A0}", "\u{2212}", "„", "x\u{323}\u{301}", "\u{FEFF}", "1",
            ]), 0..40)
        ) {
            let original: String = parts.concat();
            let reference = reference_boundaries(&original);
            if let Some(view) = CanonicalText::of(&original) {
                for offset in 0..=view.text.len() {
                    let index = reference.partition_point(|&(c, _)| c <= offset);
                    let before = reference[index.saturating_sub(1)];
                    let start = if before.0 == offset { before.1 } else { reference[index].1 };
                    let index = reference.partition_point(|&(c, _)| c < offset);
                    let end = reference[index.min(reference.len() - 1)].1;
                    proptest::prop_assert_eq!(view.start_in_original(offset), start, "start {}", offset);
                    proptest::prop_assert_eq!(view.end_in_original(offset), end, "end {}", offset);
                }
            }
        }
    }

    #[test]
    fn spans_cut_inside_a_cluster_do_not_overlap() {
        // `;` + combining acute stays two characters in NFC: a cut between them is inside
        // one cluster of the original.
        let text = "amp;\u{301} Tom declined";
        let view = CanonicalText::of(text).unwrap();
        let cut = view.text.find('\u{301}').unwrap();
        let first = view.span_in_original(Span::new(0, cut));
        let second = view.span_in_original(Span::new(cut, view.text.len()));
        assert_eq!(first, Span::new(0, "amp;\u{301}".len()));
        assert_eq!(second.start, first.end);
    }

    #[test]
    fn offsets_never_land_inside_a_cluster() {
        let text = "e\u{301}\u{323}x"; // e + acute + dot below: one cluster, NFC keeps a mark
        let view = CanonicalText::of(text).unwrap();
        for offset in 0..=view.text.len() {
            let start = view.start_in_original(offset);
            let end = view.end_in_original(offset);
            assert!([0, text.len() - 1, text.len()].contains(&start));
            assert!([0, text.len() - 1, text.len()].contains(&end));
        }
    }
}
