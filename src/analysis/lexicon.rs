//! The cue lexicons (`assets/lexicon/<lang>.ron`) and the gazetteer (`assets/gazetteer.ron`), loaded
//! once into lookup tables. Everything language-specific lives in those files, not in code.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Deserialize;

use super::lexicon_file::{LexiconFile, role_table, verb_tables};
use super::nominative::{Nominative, NominativeForms};
use super::phrase_list::phrases;
pub use super::phrase_list::{Phrase, PhraseList};
use crate::model::{Language, SourceKind};

/// Grammatical gender/number of a speaker, used for agreement ("powiedziała", "jej zdaniem").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Gender {
    /// Masculine singular.
    Masc,
    /// Feminine singular.
    Fem,
    /// Plural.
    Plural,
    /// Unknown or any.
    Any,
}

/// How a reporting verb licenses attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum VerbClass {
    /// Needs a speech frame (że/that, colon, quotation, "jak …", a tag after a quote).
    Speech,
    /// Also attributes with a plain object ("NATO confirmed the reports").
    Strong,
}

/// What the phrase after a cue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum CueRole {
    /// The source of the content ("według X").
    Source,
    /// The source, only when it starts with a capital ("per Reuters", not "per cent").
    SourceCapital,
    /// A medium the text was taken from ("za agencją PAP").
    SourceMedia,
    /// The next link of the chain ("powołując się na X", "cytowany przez X", "citing X").
    Via,
    /// A medium the words were told to ("w rozmowie z Radiem ZET").
    Recipient,
    /// Data the source worked from ("na podstawie danych BIK").
    Basis,
    /// The channel of the words ("w komunikacie", "in a statement"): no source of its own.
    Channel,
}

/// One entry of the gazetteer: a well-known source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerEntry {
    /// Canonical display name.
    pub name: String,
    /// Its kind.
    pub kind: SourceKind,
    /// Acronyms and other names.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Display names in other languages, by language code (`{"en": "United Nations"}`), used when
    /// the article is in that language.
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, String>,
}

/// A loaded lexicon for one language, in lookup-friendly form.
#[derive(Clone, Debug)]
pub struct Lexicon {
    /// The language it is for.
    pub language: Language,
    /// Abbreviations (lowercase, with final period) after which a period never ends a sentence.
    pub abbreviations: HashSet<String>,
    /// Abbreviations that end a sentence when a capital follows.
    pub terminal_abbreviations: HashSet<String>,
    /// Single-word verb forms → class.
    pub verbs: HashMap<String, VerbClass>,
    /// Multi-word verb forms ("zwrócił uwagę", "obawia się").
    pub verb_phrases: PhraseList<VerbClass>,
    /// Impersonal cues ("szacuje się").
    pub impersonal_cues: PhraseList<()>,
    /// Vague cues that are not attribution.
    pub vague_cues: PhraseList<()>,
    /// Hearsay auxiliaries ("miał").
    pub hearsay_auxiliaries: HashSet<String>,
    /// Hearsay infinitives ("powiedzieć") or, in English, phrases like "reported to".
    pub hearsay_infinitives: PhraseList<()>,
    /// "że", "iż", "that".
    pub complementizers: HashSet<String>,
    /// Prepositional / participial cues.
    pub phrase_cues: PhraseList<CueRole>,
    /// First words after "na podstawie" that make it a legal basis.
    pub basis_exclusions: HashSet<String>,
    /// Pronoun-led cues ("jej zdaniem").
    pub pronoun_cues: PhraseList<Gender>,
    /// Subject pronouns ("he", "ona").
    pub subject_pronouns: HashMap<String, Gender>,
    /// "jak", "as".
    pub as_words: HashSet<String>,
    /// Negations.
    pub negations: HashSet<String>,
    /// Words skipped when looking for a subject after a verb.
    pub subject_skip: HashSet<String>,
    /// Lowercase words allowed inside an institution's name ("Department of State", "Instytut Studiów nad Wojną").
    pub name_connectors: HashSet<String>,
    /// Capitalised words that open a sentence but never start a name ("Regarding", "Retired").
    pub sentence_openers: HashSet<String>,
    /// Quantifiers of a partitive phrase ("jedna z mieszkanek", "one of the organisers").
    pub partitives: HashSet<String>,
    /// Conjunctions that open a contrasting clause with its own subject even without a comma
    /// ("… while The Jakarta Post reports …").
    pub contrast_conjunctions: HashSet<String>,
    /// Conjunctions opening an adverbial clause with its own subject ("after", "because", "gdy"):
    /// in "…, shortly after Trump said he …" Trump is the verb's subject, not the sentence's.
    pub subordinators: HashSet<String>,
    /// Type nouns that refer back to the latest source of their kind ("dziennik", "resort", "the
    /// paper"), unlike nouns that name an institution of their own ("policja", "the police").
    pub anaphoric_nouns: HashSet<String>,
    /// Possessive pronouns that may precede a role noun ("jego obrońca", "his lawyer").
    pub possessives: HashSet<String>,
    /// Articles, never part of a name ("the", "a").
    pub articles: HashSet<String>,
    /// Determiners that make a role description definite, so it refers back to the person who
    /// holds the role ("the senator" after "Senator Mary Blake"; "a senator" is somebody new).
    pub definite_determiners: HashSet<String>,
    /// Coordinating words between subjects ("and", "i", "oraz").
    pub coordinators: HashSet<String>,
    /// Prepositions of a partitive phrase ("jedna z …", "one of …").
    pub partitive_prepositions: HashSet<String>,
    /// Prepositions linking an unnamed group to its organisation ("ekolodzy z WWF", "analysts at").
    pub affiliation_prepositions: HashSet<String>,
    /// Verbs whose object is the addressee ("told Reuters").
    pub addressing_verbs: HashSet<String>,
    /// Endings of dative forms (an addressee after a verb: "reporterom", "dziennikowi").
    pub dative_endings: Vec<String>,
    /// Dative forms of medium nouns that no ending reveals ("agencji", "rozgłośni").
    pub dative_nouns: HashSet<String>,
    /// Words after which a verb form is a participle or noun ("an estimated", "of alleged").
    pub participle_markers: HashSet<String>,
    /// The infinitive marker after which a reporting verb is not reporting ("expected to rise").
    pub infinitive_markers: HashSet<String>,
    /// Verbs whose to-infinitive is the reported content ("vowed to", "declined to").
    pub infinitive_verbs: HashSet<String>,
    /// Forms of "be" that make a following participle passive ("was asked", "has been described").
    pub passive_auxiliaries: HashSet<String>,
    /// Words that open a postmodifier of a tag's subject ("two people familiar with the talks").
    pub tag_postmodifiers: HashSet<String>,
    /// Particles after which a reporting verb means something else ("called for", "asked for").
    pub non_reporting_particles: HashSet<String>,
    /// Auxiliaries and adverbs that stand between a subject and its reporting verb ("has denied",
    /// "he also said", "X on Friday said").
    pub auxiliaries: HashSet<String>,
    /// Prepositions that put a medium after a reporting verb ("powiedział w Radiu Zet").
    pub medium_prepositions: HashSet<String>,
    /// Words that end a name.
    pub name_stops: HashSet<String>,
    /// Relative pronouns.
    pub relative_pronouns: HashSet<String>,
    /// Clause-opening conjunctions.
    pub clause_conjunctions: HashSet<String>,
    /// Endings of first-person-plural verbs (the author speaking: "podajemy").
    pub first_person_plural_endings: Vec<String>,
    /// Case endings, longest first.
    pub case_endings: Vec<String>,
    /// Role and type nouns → kind.
    pub roles: HashMap<String, SourceKind>,
    /// Oblique → nominative forms for display.
    pub nominatives: HashMap<String, String>,
    /// Endings that turn an oblique name into the nominative (empty: names are shown as met).
    pub nominative_forms: NominativeForms,
    /// Words after which a name stands in the genitive (or a form like it): "według", "zdaniem".
    pub genitive_governors: HashSet<String>,
    /// Stemmed names of states: a state's statements and estimates come from its government.
    pub state_keys: Vec<Vec<String>>,
    /// Words that are never a source.
    pub not_sources: HashSet<String>,
    /// Endings of feminine first names.
    pub feminine_name_endings: Vec<String>,
    /// First names that end like feminine ones but are masculine.
    pub masculine_name_exceptions: HashSet<String>,
    /// Endings of genitive names after a role noun ("prezydenta Finlandii", "doradca Kowalskiego").
    pub genitive_endings: Vec<String>,
    /// Genitive endings that surnames share, telling the case of a lone word only ("Litwy").
    pub genitive_endings_lone: Vec<String>,
    /// Descriptions that fit any person, so they continue the current speaker ("polityk", "rozmówca").
    pub general_person_nouns: HashSet<String>,
    /// Abbreviated role nouns → the role noun they stand for ("sen" → "senator", "prof" →
    /// "profesor"), so "Sen. Mary Blake" is the one "the senator" refers back to.
    pub role_abbreviations: HashMap<String, String>,
    /// Descriptions of a relation to someone ("współpracownik prezydenta", "an aide to
    /// Clinton"): a person known by another role can hold one too, so they may refer back to the
    /// current speaker whatever role introduced them.
    pub relational_person_nouns: HashSet<String>,
    /// Oblique forms of state names that stemming does not bring back to the name ("węgier",
    /// "niemiec"), lowercase.
    pub state_genitives: HashSet<String>,
    /// First-person possessives ("naszych", "our"): "według naszych ustaleń" is the author's own
    /// finding, not somebody else's.
    pub author_possessives: HashSet<String>,
    /// Participles that open a question frame before the answer ("Pytany o …, odpowiedział").
    pub question_participles: HashSet<String>,
    /// Labels that head a line before a colon without naming a speaker ("watch", "update",
    /// "wideo"), lowercase: `WATCH: …` is not somebody's words.
    pub heading_labels: HashSet<String>,
    /// Endings of verbs and participles that end a role description ("Kobieta zadzwoniła").
    pub description_stop_endings: Vec<String>,
    /// Verb endings → gender, longest first.
    pub gender_endings: Vec<(String, Gender)>,
}

/// Errors in a lexicon or gazetteer file.
#[derive(Debug)]
pub struct LexiconError(pub String);

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LexiconError {}

/// Expands `"powiedzia{ł,ła}"` into `["powiedział", "powiedziała"]` (one brace group per form,
/// possibly with an empty alternative: `"mówi{,ą}"`).
pub fn expand_braces(form: &str) -> Vec<String> {
    match (form.find('{'), form.find('}')) {
        (Some(open), Some(close)) if open < close => {
            let (head, rest) = (&form[..open], &form[close + 1..]);
            form[open + 1..close]
                .split(',')
                .flat_map(|alt| expand_braces(&format!("{head}{}{rest}", alt.trim())))
                .collect()
        }
        _ => vec![form.trim().to_string()],
    }
}

/// The lowercase words of a phrase.
pub(super) fn words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

fn set(items: Vec<String>) -> HashSet<String> {
    items.into_iter().map(|s| s.to_lowercase()).collect()
}

impl Lexicon {
    /// Parses a lexicon file's RON text.
    pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        let file: LexiconFile =
            ron::from_str(text).map_err(|e| LexiconError(format!("lexicon: {e}")))?;
        let language = Language::parse(&file.language).ok_or_else(|| {
            LexiconError(format!("lexicon: unknown language {:?}", file.language))
        })?;
        Ok(Lexicon::from_file(language, file))
    }

    /// The lookup tables of a parsed lexicon file.
    fn from_file(language: Language, file: LexiconFile) -> Lexicon {
        let (verbs, verb_phrases) = verb_tables(&file.verbs);
        let mut case_endings: Vec<String> =
            file.case_endings.iter().map(|s| s.to_lowercase()).collect();
        case_endings.sort_by_key(|e| std::cmp::Reverse(e.chars().count()));
        let mut gender_endings = file.gender_endings;
        gender_endings.sort_by_key(|(e, _)| std::cmp::Reverse(e.chars().count()));
        let roles = role_table(file.roles);
        Lexicon {
            language,
            abbreviations: set(file.abbreviations),
            terminal_abbreviations: set(file.terminal_abbreviations),
            verbs,
            verb_phrases: phrases(verb_phrases),
            impersonal_cues: phrases(file.impersonal_cues.into_iter().map(|p| (p, ()))),
            vague_cues: phrases(file.vague_cues.into_iter().map(|p| (p, ()))),
            hearsay_auxiliaries: set(file.hearsay_auxiliaries),
            hearsay_infinitives: phrases(file.hearsay_infinitives.into_iter().map(|p| (p, ()))),
            complementizers: set(file.complementizers),
            phrase_cues: phrases(file.phrase_cues.into_iter().map(|c| (c.phrase, c.role))),
            basis_exclusions: set(file.basis_exclusions),
            pronoun_cues: phrases(file.pronoun_cues.into_iter().map(|c| (c.phrase, c.gender))),
            subject_pronouns: file
                .subject_pronouns
                .into_iter()
                .map(|(w, g)| (w.to_lowercase(), g))
                .collect(),
            as_words: set(file.as_words),
            negations: set(file.negations),
            subject_skip: set(file.subject_skip),
            name_connectors: set(file.name_connectors),
            sentence_openers: set(file.sentence_openers),
            partitives: set(file.partitives),
            contrast_conjunctions: set(file.contrast_conjunctions),
            subordinators: set(file.subordinators),
            anaphoric_nouns: set(file.anaphoric_nouns),
            possessives: set(file.possessives),
            articles: set(file.articles),
            definite_determiners: set(file.definite_determiners),
            coordinators: set(file.coordinators),
            partitive_prepositions: set(file.partitive_prepositions),
            affiliation_prepositions: set(file.affiliation_prepositions),
            addressing_verbs: set(file.addressing_verbs),
            dative_endings: file.dative_endings,
            dative_nouns: set(file.dative_nouns),
            participle_markers: set(file.participle_markers),
            infinitive_markers: set(file.infinitive_markers),
            infinitive_verbs: set(file.infinitive_verbs),
            passive_auxiliaries: set(file.passive_auxiliaries),
            tag_postmodifiers: set(file.tag_postmodifiers),
            non_reporting_particles: set(file.non_reporting_particles),
            auxiliaries: set(file.auxiliaries),
            medium_prepositions: set(file.medium_prepositions),
            name_stops: set(file.name_stops),
            relative_pronouns: set(file.relative_pronouns),
            clause_conjunctions: set(file.clause_conjunctions),
            first_person_plural_endings: file.first_person_plural_endings,
            case_endings,
            roles,
            nominatives: file.nominatives.into_iter().collect(),
            not_sources: set(file.not_sources),
            feminine_name_endings: file.feminine_name_endings,
            masculine_name_exceptions: set(file.masculine_name_exceptions),
            genitive_endings: file.genitive_endings,
            genitive_endings_lone: file.genitive_endings_lone,
            general_person_nouns: set(file.general_person_nouns),
            role_abbreviations: file.role_abbreviations.into_iter().collect(),
            relational_person_nouns: set(file.relational_person_nouns),
            state_genitives: set(file.state_genitives),
            author_possessives: set(file.author_possessives),
            heading_labels: set(file.heading_labels),
            question_participles: set(file.question_participles),
            description_stop_endings: file.description_stop_endings,
            gender_endings,
            nominative_forms: file.nominative_forms,
            genitive_governors: set(file.genitive_governors),
            state_keys: Vec::new(),
        }
        .with_state_names(&file.state_names)
    }

    /// Stems the names of states so a mention in any inflected form finds them.
    fn with_state_names(mut self, names: &[String]) -> Self {
        self.state_keys = names
            .iter()
            .map(|name| {
                name.split_whitespace()
                    .filter(|w| !self.articles.contains(&w.to_lowercase()))
                    .map(|w| self.stem(w))
                    .collect()
            })
            .collect();
        self
    }

    /// True when the stemmed words `key` name a state ("Korei Południowej", "Russia").
    pub fn is_state(&self, key: &[String]) -> bool {
        self.state_keys.iter().any(|k| k.as_slice() == key)
    }

    /// The nominative rules of this language with its irregular forms.
    pub fn nominative(&self) -> Nominative<'_> {
        Nominative {
            forms: &self.nominative_forms,
            irregular: &self.nominatives,
        }
    }

    /// The gender a verb form agrees with ("powiedziała" → Fem), or Any.
    pub fn verb_gender(&self, lower: &str) -> Gender {
        self.gender_endings
            .iter()
            .find(|(ending, _)| lower.ends_with(ending.as_str()))
            .map_or(Gender::Any, |(_, g)| *g)
    }

    /// True for first-person-plural verb forms (the author: "podajemy", "rozmawialiśmy").
    pub fn is_first_person_plural(&self, lower: &str) -> bool {
        self.first_person_plural_endings
            .iter()
            .any(|e| lower.ends_with(e.as_str()))
    }

    /// The gender a person's first name suggests.
    pub fn name_gender(&self, first_name_lower: &str) -> Gender {
        if self.feminine_name_endings.is_empty() {
            return Gender::Any;
        }
        if self.masculine_name_exceptions.contains(first_name_lower) {
            return Gender::Masc;
        }
        if self
            .feminine_name_endings
            .iter()
            .any(|e| first_name_lower.ends_with(e.as_str()))
        {
            Gender::Fem
        } else {
            Gender::Masc
        }
    }

    /// The role noun a (lowercase) role word stands for: itself, or the full form of an
    /// abbreviation ("sen" → "senator").
    pub fn role_noun<'w>(&'w self, word: &'w str) -> &'w str {
        self.role_abbreviations
            .get(word)
            .map_or(word, String::as_str)
    }

    /// A matching key for a word: lowercase, case ending stripped (keeping at least 3 characters).
    pub fn stem(&self, word: &str) -> String {
        let word = word
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches(['\'', '’']);
        let lower: String = word
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .flat_map(char::to_lowercase)
            .collect();
        let count = lower.chars().count();
        if count <= 3 {
            return lower;
        }
        for ending in &self.case_endings {
            if lower.ends_with(ending.as_str()) && count - ending.chars().count() >= 3 {
                return lower[..lower.len() - ending.len()].to_string();
            }
        }
        lower
    }
}

/// The gazetteer of well-known sources.
pub fn parse_gazetteer(text: &str) -> Result<Vec<GazetteerEntry>, LexiconError> {
    ron::from_str(text).map_err(|e| LexiconError(format!("gazetteer: {e}")))
}

/// The Polish lexicon bundled with the program.
pub const BUNDLED_PL: &str = include_str!("../../assets/lexicon/pl.ron");
/// The English lexicon bundled with the program.
pub const BUNDLED_EN: &str = include_str!("../../assets/lexicon/en.ron");
/// The gazetteer bundled with the program.
pub const BUNDLED_GAZETTEER: &str = include_str!("../../assets/gazetteer.ron");

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "lexicon_checks.rs"]
mod checks;
