//! File bytes → decoded text, title and language, ready for analysis.
//! (Stub signatures; the ingest helper fills them in.)

use std::path::Path;

use crate::analysis::{Analysis, AnalysisInput, Engine};
use crate::model::Language;

/// A decoded article, ready for analysis.
#[derive(Clone, Debug, Default)]
pub struct Ingested {
    /// The file it came from.
    pub path: Option<String>,
    /// The decoded text (for HTML: the extracted title and paragraphs, separated by blank lines).
    pub text: String,
    /// The title when the format names one (HTML); it is then the text's first paragraph.
    pub title: Option<String>,
    /// The detected language.
    pub language: Language,
    /// The encoding the bytes were decoded from ("UTF-8", "windows-1250", …).
    pub encoding: &'static str,
}

/// Why a file could not be opened as an article. Its message names the file and the problem.
#[derive(Debug)]
pub struct IngestError {
    /// The file.
    pub path: String,
    /// What is wrong with it.
    pub problem: String,
}

impl std::fmt::Display for IngestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

impl std::error::Error for IngestError {}

/// Reads and decodes an article file (.txt, .md, .html, .htm).
pub fn read_file(path: &Path) -> Result<Ingested, IngestError> {
    let bytes = std::fs::read(path).map_err(|e| IngestError {
        path: path.display().to_string(),
        problem: e.to_string(),
    })?;
    let mut ingested = from_bytes(&bytes, &path.display().to_string())?;
    ingested.path = Some(path.display().to_string());
    Ok(ingested)
}

/// Decodes an article from bytes; `name` (a file name) tells the format and names the file in errors.
pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Ingested, IngestError> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    Ok(Ingested {
        path: None,
        language: detect_language(&text),
        text,
        title: None,
        encoding: "UTF-8",
    })
    .map(|i| Ingested {
        path: Some(name.to_string()),
        ..i
    })
}

/// Guesses Polish or English from the text.
pub fn detect_language(text: &str) -> Language {
    if text.chars().any(|c| "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c)) {
        Language::Pl
    } else {
        Language::En
    }
}

/// Reads, decodes and analyses a file; `language` overrides detection.
pub fn analyze_file(
    engine: &Engine,
    path: &Path,
    language: Option<Language>,
) -> Result<Analysis, IngestError> {
    let ingested = read_file(path)?;
    Ok(engine.analyze(&AnalysisInput {
        path: ingested.path,
        language: language.unwrap_or(ingested.language),
        text: ingested.text,
        title: ingested.title,
    }))
}
