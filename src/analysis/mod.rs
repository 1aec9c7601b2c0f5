//! Text → attributed statements. Pure: same input, same output, no I/O.
//!
//! Stages: [`segment`] (paragraphs, headings, sentences) → [`cues`] (reporting verbs, prepositional
//! cues) → [`claims`] (which part of a sentence each cue governs, and its source phrase, see
//! [`mentions`]) → [`quotes`] (quotations inherit their tag's source) → [`entities`] (one entity per
//! real-world source, kept with the roles and recent speakers in [`discourse`]) → [`attribute`] (continuation of the current speaker, statements).

mod attribute;
pub mod canonical;
pub mod claims;
pub mod cues;
pub mod discourse;
pub mod en_frames;
pub mod entities;
pub mod governed;
mod hard_wrap;
pub mod headings;
pub mod interview;
pub mod lexicon;
mod lexicon_file;
pub mod local_mention;
pub mod mentions;
pub mod nominative;
mod phrase_list;
mod quote_claims;
pub mod quotes;
pub mod role_memory;
pub mod roles;
pub mod rule;
pub mod segment;
pub mod speaker_label;
pub mod text;
mod topic_person;

use crate::model::{Document, Language, Source};

use entities::KnownSource;
use lexicon::{BUNDLED_EN, BUNDLED_GAZETTEER, BUNDLED_PL, Lexicon, LexiconError, parse_gazetteer};

/// What the engine needs to analyse one article.
#[derive(Clone, Debug, Default)]
pub struct AnalysisInput {
    /// The file it came from, if any (copied into the document).
    pub path: Option<String>,
    /// The decoded text, exactly as it will be shown; every offset points into it.
    pub text: String,
    /// The title when the ingest step knows it (HTML `<title>`/`<h1>`); it is the text's first paragraph.
    pub title: Option<String>,
    /// The language whose lexicon to use.
    pub language: Language,
}

/// The result of analysing one article: the document and the sources its statements refer to.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// The analysed document.
    pub document: Document,
    /// The sources the document's statements refer to, in order of first appearance.
    pub sources: Vec<Source>,
}

/// The attribution engine with its lexicons and gazetteer loaded.
#[derive(Clone, Debug)]
pub struct Engine {
    polish: Lexicon,
    english: Lexicon,
    known_polish: Vec<KnownSource>,
    known_english: Vec<KnownSource>,
}

impl Engine {
    /// The engine with the lexicons and gazetteer bundled in `assets/` (checked by tests, so this
    /// cannot fail on a released build).
    pub fn builtin() -> Engine {
        Engine::from_sources(BUNDLED_PL, BUNDLED_EN, BUNDLED_GAZETTEER)
            .expect("bundled lexicons are valid")
    }

    /// An engine from lexicon and gazetteer texts (RON), e.g. edited copies of the bundled ones.
    pub fn from_sources(
        polish: &str,
        english: &str,
        gazetteer: &str,
    ) -> Result<Engine, LexiconError> {
        let polish = Lexicon::parse(polish)?;
        let english = Lexicon::parse(english)?;
        let gazetteer = parse_gazetteer(gazetteer)?;
        Ok(Engine {
            known_polish: entities::index_gazetteer(&gazetteer, &polish),
            known_english: entities::index_gazetteer(&gazetteer, &english),
            polish,
            english,
        })
    }

    /// Analyses one article. The engine reads the text's canonical view
    /// ([`canonical::CanonicalText`]: NFC, invisible characters dropped, spaces folded); every
    /// offset of the result points into `input.text` as given, which is the document's text.
    pub fn analyze(&self, input: &AnalysisInput) -> Analysis {
        let (lexicon, known) = match input.language {
            Language::Pl => (&self.polish, &self.known_polish),
            Language::En => (&self.english, &self.known_english),
        };
        let Some(view) = canonical::CanonicalText::of(&input.text) else {
            return attribute::analyze(input, lexicon, known);
        };
        let canonical_input = AnalysisInput {
            path: input.path.clone(),
            text: view.text.clone(),
            title: input.title.clone(),
            language: input.language,
        };
        let mut analysis = attribute::analyze(&canonical_input, lexicon, known);
        view.map_document(&mut analysis.document, &input.text);
        analysis
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::builtin()
    }
}
