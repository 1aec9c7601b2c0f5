//! The on-disk lexicon format: what a lexicon file holds, before it becomes lookup tables, and the
//! tables of its verb and role groups.

use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;

use super::lexicon::{CueRole, Gender, VerbClass, expand_braces, words};
use super::nominative::NominativeForms;
use crate::model::SourceKind;

/// Reporting verb forms of one class.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VerbGroup {
    pub(super) class: VerbClass,
    pub(super) forms: Vec<String>,
}

/// A prepositional or phrasal cue and what the phrase after it is.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PhraseCueEntry {
    pub(super) phrase: String,
    pub(super) role: CueRole,
}

/// A pronoun cue ("jej zdaniem") and the gender it agrees with.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PronounCueEntry {
    pub(super) phrase: String,
    pub(super) gender: Gender,
}

/// Role nouns of one source kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoleGroup {
    pub(super) kind: SourceKind,
    pub(super) forms: Vec<String>,
}

/// A lexicon file (`assets/lexicon/<lang>.ron`) as written: lists of words and phrases.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LexiconFile {
    pub(super) language: String,
    pub(super) abbreviations: Vec<String>,
    pub(super) terminal_abbreviations: Vec<String>,
    pub(super) verbs: Vec<VerbGroup>,
    pub(super) impersonal_cues: Vec<String>,
    pub(super) vague_cues: Vec<String>,
    pub(super) hearsay_auxiliaries: Vec<String>,
    pub(super) hearsay_infinitives: Vec<String>,
    pub(super) complementizers: Vec<String>,
    pub(super) phrase_cues: Vec<PhraseCueEntry>,
    pub(super) basis_exclusions: Vec<String>,
    pub(super) pronoun_cues: Vec<PronounCueEntry>,
    pub(super) subject_pronouns: Vec<(String, Gender)>,
    pub(super) as_words: Vec<String>,
    pub(super) negations: Vec<String>,
    pub(super) subject_skip: Vec<String>,
    #[serde(default)]
    pub(super) name_connectors: Vec<String>,
    #[serde(default)]
    pub(super) sentence_openers: Vec<String>,
    #[serde(default)]
    pub(super) partitives: Vec<String>,
    #[serde(default)]
    pub(super) contrast_conjunctions: Vec<String>,
    #[serde(default)]
    pub(super) subordinators: Vec<String>,
    #[serde(default)]
    pub(super) anaphoric_nouns: Vec<String>,
    #[serde(default)]
    pub(super) possessives: Vec<String>,
    #[serde(default)]
    pub(super) articles: Vec<String>,
    #[serde(default)]
    pub(super) definite_determiners: Vec<String>,
    #[serde(default)]
    pub(super) coordinators: Vec<String>,
    #[serde(default)]
    pub(super) partitive_prepositions: Vec<String>,
    #[serde(default)]
    pub(super) affiliation_prepositions: Vec<String>,
    #[serde(default)]
    pub(super) addressing_verbs: Vec<String>,
    #[serde(default)]
    pub(super) dative_endings: Vec<String>,
    #[serde(default)]
    pub(super) dative_nouns: Vec<String>,
    #[serde(default)]
    pub(super) participle_markers: Vec<String>,
    #[serde(default)]
    pub(super) infinitive_markers: Vec<String>,
    #[serde(default)]
    pub(super) infinitive_verbs: Vec<String>,
    #[serde(default)]
    pub(super) passive_auxiliaries: Vec<String>,
    #[serde(default)]
    pub(super) tag_postmodifiers: Vec<String>,
    #[serde(default)]
    pub(super) non_reporting_particles: Vec<String>,
    #[serde(default)]
    pub(super) auxiliaries: Vec<String>,
    #[serde(default)]
    pub(super) medium_prepositions: Vec<String>,
    pub(super) name_stops: Vec<String>,
    pub(super) relative_pronouns: Vec<String>,
    pub(super) clause_conjunctions: Vec<String>,
    pub(super) first_person_plural_endings: Vec<String>,
    pub(super) case_endings: Vec<String>,
    pub(super) roles: Vec<RoleGroup>,
    pub(super) nominatives: Vec<(String, String)>,
    pub(super) not_sources: Vec<String>,
    pub(super) feminine_name_endings: Vec<String>,
    pub(super) masculine_name_exceptions: Vec<String>,
    #[serde(default)]
    pub(super) genitive_endings: Vec<String>,
    #[serde(default)]
    pub(super) genitive_endings_lone: Vec<String>,
    #[serde(default)]
    pub(super) general_person_nouns: Vec<String>,
    #[serde(default)]
    pub(super) role_abbreviations: Vec<(String, String)>,
    #[serde(default)]
    pub(super) relational_person_nouns: Vec<String>,
    #[serde(default)]
    pub(super) state_genitives: Vec<String>,
    #[serde(default)]
    pub(super) author_possessives: Vec<String>,
    #[serde(default)]
    pub(super) question_participles: Vec<String>,
    #[serde(default)]
    pub(super) heading_labels: Vec<String>,
    #[serde(default)]
    pub(super) description_stop_endings: Vec<String>,
    pub(super) gender_endings: Vec<(String, Gender)>,
    #[serde(default)]
    pub(super) nominative_forms: NominativeForms,
    #[serde(default)]
    pub(super) state_names: Vec<String>,
    #[serde(default)]
    pub(super) genitive_governors: Vec<String>,
}

/// Single-word verb forms → class (the first class listed wins) and multi-word verb forms, with
/// their brace groups expanded.
pub(super) fn verb_tables(
    groups: &[VerbGroup],
) -> (HashMap<String, VerbClass>, Vec<(String, VerbClass)>) {
    let mut verbs = HashMap::default();
    let mut verb_phrases = Vec::new();
    for group in groups {
        for form in group.forms.iter().flat_map(|f| expand_braces(f)) {
            let ws = words(&form);
            match ws.len() {
                0 => {}
                1 => {
                    verbs.entry(ws[0].clone()).or_insert(group.class);
                }
                _ => verb_phrases.push((form, group.class)),
            }
        }
    }
    (verbs, verb_phrases)
}

/// Role nouns (lowercase) → the kind of source they describe; the first kind listed wins.
pub(super) fn role_table(groups: Vec<RoleGroup>) -> HashMap<String, SourceKind> {
    let mut roles = HashMap::default();
    for group in groups {
        for form in group.forms {
            roles.entry(form.to_lowercase()).or_insert(group.kind);
        }
    }
    roles
}
