//! Polish or English? Decided from function words and Polish diacritics.
//!
//! Function words are the most frequent words of any text and differ completely between the two
//! languages, so even a headline has a few. Words both languages use ("a", "i", "to", "we", "on",
//! "do", "no", "by", "ten", "go", "one") are left out. A word with a Polish diacritic counts for Polish too, at
//! half weight, so a short Polish text without function words ("Zażółć gęślą jaźń") is still
//! recognised while an English text quoting Polish names stays English.
//!
//! When nothing decides (no function word, no diacritic, or an exact tie) the answer is Polish,
//! the application's primary language and [`Language::default`].

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::model::Language;

/// Frequent Polish function words that are not English words.
pub const POLISH_WORDS: &[&str] = &[
    "w",
    "z",
    "na",
    "się",
    "nie",
    "że",
    "jest",
    "o",
    "od",
    "po",
    "jak",
    "ale",
    "co",
    "przez",
    "dla",
    "oraz",
    "czy",
    "za",
    "tym",
    "jego",
    "ich",
    "już",
    "tak",
    "który",
    "która",
    "które",
    "którzy",
    "być",
    "może",
    "tylko",
    "ze",
    "jej",
    "są",
    "był",
    "była",
    "było",
    "były",
    "także",
    "również",
    "lub",
    "gdy",
    "jako",
    "pod",
    "przed",
    "bez",
    "nad",
    "tego",
    "tej",
    "ta",
    "te",
    "mu",
    "jednak",
    "według",
    "przy",
    "ma",
    "mają",
    "iż",
    "aby",
    "żeby",
    "wraz",
    "tys",
    "roku",
    "lat",
    "jeszcze",
    "bardzo",
    "tych",
    "tam",
    "tu",
    "gdzie",
    "kiedy",
];

/// Frequent English function words that are not Polish words.
pub const ENGLISH_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "in",
    "that",
    "is",
    "was",
    "for",
    "with",
    "as",
    "it",
    "at",
    "from",
    "this",
    "be",
    "are",
    "have",
    "has",
    "said",
    "which",
    "not",
    "but",
    "or",
    "an",
    "were",
    "had",
    "his",
    "her",
    "their",
    "they",
    "will",
    "would",
    "been",
    "who",
    "its",
    "also",
    "after",
    "about",
    "more",
    "than",
    "there",
    "he",
    "she",
    "says",
    "according",
    "what",
    "when",
    "can",
    "could",
    "into",
    "over",
    "our",
    "you",
    "these",
    "those",
    "them",
    "if",
    "all",
    "new",
    "while",
];

/// Polish letters with diacritics (ó excluded: it is common in other languages' names too).
const POLISH_DIACRITICS: &str = "ąćęłńśźżĄĆĘŁŃŚŹŻ";

/// Only the start of a very long text is looked at: a megabyte is far more than needed.
const MAX_SCAN_BYTES: usize = 1 << 20;

/// The longest function word of either list, in bytes (checked by a test).
const MAX_FUNCTION_WORD_BYTES: usize = 12;

/// Both lists as one map from a function word to its language, built once (Polish wins a word
/// on both lists, as the linear lookup it replaces did).
fn function_words() -> &'static HashMap<&'static str, Language> {
    static WORDS: OnceLock<HashMap<&'static str, Language>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = HashMap::default();
        for word in ENGLISH_WORDS {
            words.insert(*word, Language::En);
        }
        for word in POLISH_WORDS {
            words.insert(*word, Language::Pl);
        }
        words
    })
}

/// Polish and English evidence found in a text, in words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LanguageEvidence {
    /// Polish function words.
    pub polish_words: usize,
    /// English function words.
    pub english_words: usize,
    /// Words containing a Polish diacritic.
    pub diacritic_words: usize,
}

impl LanguageEvidence {
    /// Counts the evidence in `text` (its first megabyte).
    pub fn of(text: &str) -> LanguageEvidence {
        let mut end = text.len().min(MAX_SCAN_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut evidence = LanguageEvidence::default();
        let words = function_words();
        let mut lower = String::new();
        for word in text[..end].split(|c: char| !c.is_alphabetic()) {
            if word.is_empty() {
                continue;
            }
            let ascii = word.is_ascii();
            // Longer words are no function word; they can only carry a diacritic.
            if word.len() <= MAX_FUNCTION_WORD_BYTES {
                lower.clear();
                if ascii {
                    lower.push_str(word);
                    lower.make_ascii_lowercase();
                } else {
                    lower.extend(word.chars().flat_map(char::to_lowercase));
                }
                match words.get(lower.as_str()) {
                    Some(Language::Pl) => evidence.polish_words += 1,
                    Some(Language::En) => evidence.english_words += 1,
                    None => {}
                }
            }
            if !ascii && word.chars().any(|c| POLISH_DIACRITICS.contains(c)) {
                evidence.diacritic_words += 1;
            }
        }
        evidence
    }

    /// The language the evidence points to (Polish on a tie).
    pub fn language(self) -> Language {
        // Scores are doubled to keep the half weight of a diacritic word integral.
        let polish = 2 * self.polish_words + self.diacritic_words;
        let english = 2 * self.english_words;
        if english > polish {
            Language::En
        } else {
            Language::Pl
        }
    }
}

/// Guesses Polish or English from the text (Polish when undecidable).
pub fn detect_language(text: &str) -> Language {
    LanguageEvidence::of(text).language()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_function_word_is_longer_than_the_bound() {
        for word in POLISH_WORDS.iter().chain(ENGLISH_WORDS) {
            assert!(word.len() <= MAX_FUNCTION_WORD_BYTES, "{word}");
        }
    }

    #[test]
    fn news_paragraphs() {
        assert_eq!(
            detect_language(
                "NATO potwierdziło, że Korea Północna wysłała swoich żołnierzy do Rosji, co \
                 potwierdza ostatnie doniesienia."
            ),
            Language::Pl
        );
        assert_eq!(
            detect_language(
                "NATO confirmed that North Korea has sent troops to Russia, according to \
                 officials who declined to be named."
            ),
            Language::En
        );
    }

    #[test]
    fn short_texts() {
        assert_eq!(detect_language("Zażółć gęślą jaźń"), Language::Pl);
        assert_eq!(detect_language("Ala ma kota"), Language::Pl);
        assert_eq!(detect_language("The end"), Language::En);
        assert_eq!(detect_language("He said so."), Language::En);
        assert_eq!(detect_language("Polacy nie gęsi"), Language::Pl);
    }

    #[test]
    fn polish_without_diacritics() {
        // Stripped diacritics (old SMS-style text) still reads as Polish.
        assert_eq!(
            detect_language(
                "Rzecznik rzadu powiedzial, ze decyzja zapadnie jeszcze w tym tygodniu."
            ),
            Language::Pl
        );
    }

    #[test]
    fn english_with_polish_names() {
        assert_eq!(
            detect_language(
                "Lech Wałęsa told reporters in Gdańsk and Łódź that the strike was over and \
                 that the shipyard would reopen."
            ),
            Language::En
        );
    }

    #[test]
    fn undecidable_defaults_to_polish() {
        assert_eq!(detect_language(""), Language::Pl);
        assert_eq!(detect_language("12345 — 678"), Language::Pl);
        assert_eq!(detect_language("Putin"), Language::Pl);
        assert_eq!(detect_language("🙂🙂"), Language::Pl);
    }

    #[test]
    fn case_and_punctuation_do_not_matter() {
        assert_eq!(
            detect_language("THE OFFICIALS SAID IT WAS OVER."),
            Language::En
        );
        assert_eq!(detect_language("„Nie”, powiedział. Już."), Language::Pl);
    }
}
