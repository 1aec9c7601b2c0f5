//! Display names in the nominative from a name met only in an oblique case: "według Korei
//! Południowej" → Korea Południowa, "zdaniem Jana Kowalskiego" → Jan Kowalski, "powołując się na
//! ukraińskich urzędników" → ukraińscy urzędnicy. The endings and the irregular forms are lexicon
//! data (`nominative_endings`, `nominatives`); this module only decides which words of the phrase
//! inflect.
//!
//! A person's name inflects in every word. Any other name inflects up to its head noun and the
//! adjectives right after it; a noun after the head is a genitive complement and keeps its form
//! ("Instytutu Pamięci Narodowej" → Instytut Pamięci Narodowej).

use rustc_hash::FxHashMap as HashMap;

use serde::Deserialize;

/// Oblique → nominative endings of Polish names, as lexicon data (`nominative_forms` in `pl.ron`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NominativeForms {
    /// Noun endings: (oblique, nominative), the longest matching one wins ("ei" → "ea": Korei).
    #[serde(default)]
    pub nouns: Vec<(String, String)>,
    /// Noun endings of people's names ("a" → "": Jana → Jan; no "u", which ends indeclinable names).
    #[serde(default)]
    pub person_nouns: Vec<(String, String)>,
    /// Adjective endings, masculine and feminine singular ("ego" → "y", "ej" → "a").
    #[serde(default)]
    pub adjectives: Vec<(String, String)>,
    /// Adjective endings with a neuter head ("ego" → "e": Polskiego Stronnictwa → Polskie Stronnictwo).
    #[serde(default)]
    pub neuter_adjectives: Vec<(String, String)>,
    /// Plural adjective endings in a group of people ("skich" → "scy": ukraińskich urzędników).
    #[serde(default)]
    pub personal_plural_adjectives: Vec<(String, String)>,
    /// Plural adjective endings otherwise ("ych" → "e": Stanów Zjednoczonych).
    #[serde(default)]
    pub plural_adjectives: Vec<(String, String)>,
    /// Nominative endings of neuter nouns ("o", "e", "um").
    #[serde(default)]
    pub neuter_heads: Vec<String>,
    /// Words that join two agreeing words and never inflect ("i", "oraz").
    #[serde(default)]
    pub joiners: Vec<String>,
}

/// Which words of a name inflect and how their agreement is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameShape {
    /// A person: every word inflects (first name and surname).
    Person,
    /// A group of people described by role ("ukraińskich urzędników"): plural adjectives are personal.
    Group,
    /// Anything else: inflection stops at the first noun after the head.
    Other,
}

impl NameShape {
    /// The shape of a name of this kind.
    pub fn of(kind: crate::model::SourceKind) -> Self {
        use crate::model::SourceKind;
        match kind {
            SourceKind::Person => NameShape::Person,
            SourceKind::Group | SourceKind::Anonymous => NameShape::Group,
            _ => NameShape::Other,
        }
    }
}

/// The longest `(oblique, nominative)` pair whose oblique ending `lower` ends with, leaving a stem
/// of at least two letters.
fn best_ending<'a>(lower: &str, table: &'a [(String, String)]) -> Option<&'a (String, String)> {
    table
        .iter()
        .filter(|(oblique, _)| {
            lower.ends_with(oblique.as_str())
                && lower.chars().count() >= oblique.chars().count() + 2
        })
        .max_by_key(|(oblique, _)| oblique.len())
}

fn replace_ending(word: &str, lower: &str, (oblique, nominative): &(String, String)) -> String {
    let stem = &lower[..lower.len() - oblique.len()];
    with_case_of(word, &format!("{stem}{nominative}"))
}

/// The nominative forms of a language with its irregular words.
#[derive(Clone, Copy, Debug)]
pub struct Nominative<'a> {
    /// The ending tables.
    pub forms: &'a NominativeForms,
    /// Whole oblique words with an irregular nominative ("urzędników" → "urzędnicy").
    pub irregular: &'a HashMap<String, String>,
}

impl Nominative<'_> {
    fn is_adjective(&self, lower: &str) -> bool {
        if self.irregular.contains_key(lower) {
            return false;
        }
        let f = self.forms;
        [
            &f.adjectives,
            &f.personal_plural_adjectives,
            &f.plural_adjectives,
        ]
        .iter()
        .any(|table| best_ending(lower, table).is_some())
    }

    fn is_plural_adjective(&self, lower: &str) -> bool {
        best_ending(lower, &self.forms.plural_adjectives).is_some()
            || best_ending(lower, &self.forms.personal_plural_adjectives).is_some()
    }

    /// A noun's nominative: irregular first, then the noun endings; acronyms stay.
    fn noun(&self, word: &str, shape: NameShape) -> String {
        let lower = word.to_lowercase();
        if word.chars().filter(|c| c.is_uppercase()).count() > 1 {
            return word.to_string();
        }
        if let Some(nominative) = self.irregular.get(&lower) {
            return with_case_of(word, nominative);
        }
        let table = match shape {
            NameShape::Person => &self.forms.person_nouns,
            _ => &self.forms.nouns,
        };
        best_ending(&lower, table)
            .map_or_else(|| word.to_string(), |e| replace_ending(word, &lower, e))
    }

    /// An adjective's nominative agreeing with a head that is `neuter`, in a phrase of `shape`.
    fn adjective(&self, word: &str, neuter: bool, shape: NameShape) -> String {
        let lower = word.to_lowercase();
        let f = self.forms;
        let tables: [&[(String, String)]; 2] = if self.is_plural_adjective(&lower) {
            match shape {
                NameShape::Group => [&f.personal_plural_adjectives, &f.plural_adjectives],
                _ => [&f.plural_adjectives, &f.personal_plural_adjectives],
            }
        } else if neuter {
            [&f.neuter_adjectives, &f.adjectives]
        } else {
            [&f.adjectives, &f.adjectives]
        };
        tables
            .iter()
            .find_map(|table| best_ending(&lower, table))
            .map_or_else(|| word.to_string(), |e| replace_ending(word, &lower, e))
    }

    /// The nominative of a name met in an oblique case, word by word.
    pub fn phrase(&self, words: &[&str], shape: NameShape) -> Vec<String> {
        let lowers: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let inflects = |k: usize| {
            words[k].chars().any(char::is_alphabetic) && !self.forms.joiners.contains(&lowers[k])
        };
        let head = (0..words.len()).find(|&k| inflects(k) && !self.is_adjective(&lowers[k]));
        let head_nominative = head.map(|h| self.noun(words[h], shape).to_lowercase());
        // A head no rule knows ("ustaleń") would leave adjectives agreeing with nothing: keep
        // the phrase as written rather than half-inflected.
        if shape != NameShape::Person
            && let Some(h) = head
            && head_nominative.as_deref() == Some(lowers[h].as_str())
        {
            return words.iter().map(|w| (*w).to_string()).collect();
        }
        let neuter = head_nominative.as_deref().is_some_and(|h| {
            self.forms
                .neuter_heads
                .iter()
                .any(|e| h.ends_with(e.as_str()))
        });
        let mut frozen = false;
        let mut out = Vec::with_capacity(words.len());
        for (k, word) in words.iter().enumerate() {
            let adjective = self.is_adjective(&lowers[k]);
            // After the head, a noun, or an adjective before a noun ("przedstawicieli rosyjskiego
            // wojska"), opens a genitive complement that keeps its form.
            let before_noun = (k + 1..words.len())
                .find(|&j| inflects(j))
                .is_some_and(|j| !self.is_adjective(&lowers[j]));
            if shape != NameShape::Person
                && head.is_some_and(|h| k > h)
                && inflects(k)
                && (!adjective || before_noun)
            {
                frozen = true;
            }
            out.push(if frozen || !inflects(k) {
                (*word).to_string()
            } else if adjective && shape != NameShape::Person {
                self.adjective(word, neuter, shape)
            } else if adjective {
                self.adjective(word, false, shape)
            } else {
                self.noun(word, shape)
            });
        }
        out
    }
}

/// `lower` spelled with the capitalisation of `model` (first letter, or all caps).
fn with_case_of(model: &str, lower: &str) -> String {
    let mut chars = lower.chars();
    match (model.chars().next(), chars.next()) {
        (Some(m), Some(first)) if m.is_uppercase() => first.to_uppercase().chain(chars).collect(),
        _ => lower.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// A small rule set written for the test (the bundled one lives in `pl.ron`).
    fn check(phrase: &str, shape: NameShape, expect: &str) {
        let irregular: HashMap<String, String> = pairs(&[
            ("urzędników", "urzędnicy"),
            ("stanów", "stany"),
            ("przedstawicieli", "przedstawiciele"),
            ("radnych", "radni"),
        ])
        .into_iter()
        .collect();
        let forms = NominativeForms {
            nouns: pairs(&[
                ("ei", "ea"),
                ("ki", "ka"),
                ("a", ""),
                ("stwa", "stwo"),
                ("ctwa", "ctwo"),
                ("y", "a"),
                ("u", ""),
            ]),
            person_nouns: pairs(&[("a", ""), ("y", "a")]),
            adjectives: pairs(&[("kiej", "ka"), ("ej", "a"), ("skiego", "ski"), ("ego", "y")]),
            neuter_adjectives: pairs(&[("skiego", "skie"), ("ego", "e")]),
            personal_plural_adjectives: pairs(&[("skich", "scy"), ("wych", "wi")]),
            plural_adjectives: pairs(&[("ych", "e"), ("ich", "ie")]),
            neuter_heads: strings(&["o"]),
            joiners: strings(&["i"]),
        };
        let rules = Nominative {
            forms: &forms,
            irregular: &irregular,
        };
        let words: Vec<&str> = phrase.split(' ').collect();
        assert_eq!(rules.phrase(&words, shape).join(" "), expect, "{phrase}");
    }

    #[test]
    fn place_and_organisation_names_inflect_up_to_their_complement() {
        check("Korei Południowej", NameShape::Other, "Korea Południowa");
        check(
            "Polskiego Stronnictwa Ludowego",
            NameShape::Other,
            "Polskie Stronnictwo Ludowe",
        );
        check(
            "Instytutu Pamięci Narodowej",
            NameShape::Other,
            "Instytut Pamięci Narodowej",
        );
        check("Republiki Czeskiej", NameShape::Other, "Republika Czeska");
        check(
            "Stanów Zjednoczonych",
            NameShape::Other,
            "Stany Zjednoczone",
        );
    }

    #[test]
    fn every_word_of_a_person_inflects() {
        check("Jana Kowalskiego", NameShape::Person, "Jan Kowalski");
        check("Andrzeja Dudy", NameShape::Person, "Andrzej Duda");
    }

    #[test]
    fn groups_agree_through_joiners_and_acronyms_stay() {
        check(
            "ukraińskich i amerykańskich urzędników państwowych",
            NameShape::Group,
            "ukraińscy i amerykańscy urzędnicy państwowi",
        );
        check("MSZ", NameShape::Other, "MSZ");
        check(
            "przedstawicieli rosyjskiego wojska",
            NameShape::Group,
            "przedstawiciele rosyjskiego wojska",
        );
        check("radnych opozycji", NameShape::Group, "radni opozycji");
        check(
            "naszych nieoficjalnych ustaleń",
            NameShape::Group,
            "naszych nieoficjalnych ustaleń",
        );
    }
}
