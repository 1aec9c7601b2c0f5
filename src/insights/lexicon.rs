//! The word lists of the insight views (`assets/lexicon/insights.ron`): multipliers, units,
//! date words, hedges, superlative, comparison and causal markers, per language. Data, not code.

use std::sync::OnceLock;

use serde::Deserialize;

use super::tokens::{PhraseIndex, Token};
use crate::model::Language;

/// The insight lexicon bundled with the program.
pub const BUNDLED_INSIGHTS: &str = include_str!("../../assets/lexicon/insights.ron");

/// The word lists of one language (all entries lowercase).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageWords {
    /// ISO 639-1 code.
    pub language: String,
    /// The decimal separator (`","` in Polish, `"."` in English).
    pub decimal: String,
    /// Words that multiply the number before them (`mln` → 1e6).
    pub multipliers: Vec<(String, f64)>,
    /// Units, currencies and counted nouns after a number (`%`, `zł`, `people`).
    pub units: Vec<String>,
    /// Currency signs before a number (`$`, `€`).
    pub prefix_units: Vec<String>,
    /// Words before a number that belong to the figure (`ponad`, `about`).
    pub approximators: Vec<String>,
    /// Signs between the two ends of a range (`10–15`).
    pub range_connectors: Vec<String>,
    /// Month names: a number next to one is a day of a date.
    pub months: Vec<String>,
    /// Words after a year (`r.`, `roku`).
    pub year_markers: Vec<String>,
    /// Words before a clock time (`godz.`).
    pub time_markers: Vec<String>,
    /// Endings that make a number an ordinal (`-ego`, `th`).
    pub ordinal_suffixes: Vec<String>,
    /// A number followed by "." and a lowercase word is an ordinal.
    pub dot_ordinals: bool,
    /// Words that hedge a claim (`prawdopodobnie`, `reportedly`).
    pub hedges: Vec<String>,
    /// Word beginnings that make a superlative (`naj`).
    pub superlative_prefixes: Vec<String>,
    /// Words with a superlative beginning that are not superlatives (`najpierw`).
    pub superlative_exceptions: Vec<String>,
    /// Superlative words and phrases (`largest`, `rekordowy`).
    pub superlatives: Vec<String>,
    /// Comparison markers (`niż`, `more than`, `wzrost`).
    pub comparisons: Vec<String>,
    /// Causal connectives (`ponieważ`, `because`, `due to`).
    pub causal: Vec<String>,
    /// The marker lists indexed for search, built on first use.
    #[serde(skip)]
    indexes: OnceLock<[PhraseIndex; 4]>,
}

/// A list of marker phrases a statement is searched for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerList {
    /// [`LanguageWords::superlatives`].
    Superlatives = 0,
    /// [`LanguageWords::comparisons`].
    Comparisons = 1,
    /// [`LanguageWords::causal`].
    Causal = 2,
    /// [`LanguageWords::hedges`].
    Hedges = 3,
}

impl LanguageWords {
    fn marker_list(&self, which: MarkerList) -> &[String] {
        match which {
            MarkerList::Superlatives => &self.superlatives,
            MarkerList::Comparisons => &self.comparisons,
            MarkerList::Causal => &self.causal,
            MarkerList::Hedges => &self.hedges,
        }
    }

    /// The first phrase of a marker list (in list order) found anywhere in `tokens`.
    pub fn find_marker(&self, which: MarkerList, tokens: &[Token]) -> Option<&str> {
        let indexes = self.indexes.get_or_init(|| {
            [
                MarkerList::Superlatives,
                MarkerList::Comparisons,
                MarkerList::Causal,
                MarkerList::Hedges,
            ]
            .map(|list| PhraseIndex::new(self.marker_list(list)))
        });
        indexes[which as usize].find_any(tokens, self.marker_list(which))
    }
}

/// The whole insight lexicon.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InsightLexicon {
    /// One entry per language.
    pub languages: Vec<LanguageWords>,
    /// Ranking weight of each unsourced-claim reason.
    pub weights: Vec<(String, f64)>,
}

impl InsightLexicon {
    /// Parses a lexicon file.
    pub fn parse(text: &str) -> Result<InsightLexicon, String> {
        ron::from_str(text).map_err(|e| format!("insights lexicon: {e}"))
    }

    /// The bundled lexicon, parsed once.
    pub fn bundled() -> &'static InsightLexicon {
        static LEXICON: OnceLock<InsightLexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            InsightLexicon::parse(BUNDLED_INSIGHTS).expect("the bundled insights lexicon parses")
        })
    }

    /// The words of `language` (the first language when it has none).
    pub fn words(&self, language: Language) -> &LanguageWords {
        self.languages
            .iter()
            .find(|w| w.language == language.code())
            .unwrap_or(&self.languages[0])
    }

    /// The ranking weight of a reason (1 when not listed).
    pub fn weight(&self, reason: &str) -> f64 {
        self.weights
            .iter()
            .find(|(name, _)| name == reason)
            .map_or(1.0, |(_, w)| *w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicon_parses_with_both_languages() {
        let lexicon = InsightLexicon::parse(BUNDLED_INSIGHTS).unwrap();
        assert_eq!(lexicon.words(Language::Pl).language, "pl");
        assert_eq!(lexicon.words(Language::En).language, "en");
        assert!(lexicon.weight("anonymous") > lexicon.weight("comparison"));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let text = BUNDLED_INSIGHTS.replacen("weights:", "wieghts:", 1);
        assert!(InsightLexicon::parse(&text).is_err());
    }
}
