//! File bytes → decoded text, title and language, ready for analysis.
//!
//! * [`decode`]: byte-order marks, UTF-8, UTF-16, legacy Polish/English encodings, binary files.
//! * [`html`]: the article's title and paragraphs out of an HTML page.
//! * [`docx`]: the paragraphs of a Word document (other ZIP files stay refused as binary).
//! * [`language`]: Polish or English.
//!
//! Plain text (`.txt`, `.md`, anything that is not HTML) is kept exactly as decoded — no
//! re-wrapping, no quote or line-ending normalisation — so offsets point at what the author wrote.
//! Files that are not articles (empty, blank, binary, too large, unreadable) are refused with an
//! [`IngestError`] naming the file and the problem.

pub mod decode;
pub mod docx;
pub mod html;
pub mod language;

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use crate::analysis::{Analysis, AnalysisInput, Engine};
use crate::model::Language;

pub use language::detect_language;

/// The largest file accepted as an article (8 MiB: hundreds of times a long news article). Larger
/// files are refused from their metadata, before anything is read, which also bounds the memory an
/// analysis and its report can take (about 170× the text at worst, measured on one-line files).
pub const MAX_ARTICLE_BYTES: u64 = 8 * 1024 * 1024;

/// File extensions (lowercase, without the dot) that are articles when a folder is searched.
pub const ARTICLE_EXTENSIONS: [&str; 5] = ["txt", "md", "html", "htm", "docx"];

/// How a file's text was obtained.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text or Markdown, kept as decoded.
    #[default]
    Text,
    /// An HTML page whose title and paragraphs were extracted.
    Html,
    /// A Word document whose paragraphs were extracted.
    Docx,
}

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
    /// Whether the text is the file's text or was extracted from HTML.
    pub format: InputFormat,
    /// Problems that did not stop ingest, one sentence each (e.g. invalid bytes replaced by U+FFFD).
    pub warnings: Vec<String>,
}

impl Ingested {
    /// The engine's input for this article; `language` overrides the detected one.
    pub fn into_input(self, language: Option<Language>) -> AnalysisInput {
        AnalysisInput {
            path: self.path,
            language: language.unwrap_or(self.language),
            text: self.text,
            title: self.title,
        }
    }
}

/// Why a file could not be opened as an article. Its message names the file and the problem.
#[derive(Debug)]
pub struct IngestError {
    /// The file.
    pub path: String,
    /// What is wrong with it.
    pub problem: String,
}

impl IngestError {
    /// An error about `path`.
    pub fn new(path: impl Into<String>, problem: impl Into<String>) -> Self {
        IngestError {
            path: path.into(),
            problem: problem.into(),
        }
    }
}

impl std::fmt::Display for IngestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

impl std::error::Error for IngestError {}

/// A short description of an I/O error, as in "missing.txt: no such file".
pub fn describe_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "no such file".to_string(),
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        ErrorKind::IsADirectory => "is a directory".to_string(),
        ErrorKind::NotADirectory => "no such file (part of the path is not a folder)".to_string(),
        _ => {
            // "Invalid argument (os error 22)" → "invalid argument (os error 22)".
            let text = error.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => "cannot be read".to_string(),
            }
        }
    }
}

/// "200 MB", "64 MB", "64.5 MB", "812 KB" (binary units, as file managers show them).
fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        if bytes.is_multiple_of(MIB) {
            format!("{} MB", bytes / MIB)
        } else {
            format!("{:.1} MB", bytes as f64 / MIB as f64)
        }
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

fn too_large(name: &str, size: u64) -> IngestError {
    IngestError::new(
        name,
        format!(
            "file is {}; the limit is {}",
            human_size(size),
            human_size(MAX_ARTICLE_BYTES)
        ),
    )
}

/// True when the path's extension is one of [`ARTICLE_EXTENSIONS`] (any case).
pub fn is_article_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// Reads and decodes an article file (.txt, .md, .html, .htm; other names are sniffed).
///
/// The size is checked from the file's metadata before anything is read, and reading stops at
/// [`MAX_ARTICLE_BYTES`] in case the file grows meanwhile, so a huge file never fills memory.
pub fn read_file(path: &Path) -> Result<Ingested, IngestError> {
    read_file_as(path, None)
}

/// [`read_file`] for a caller that already knows the article's language (`--lang`): `Some`
/// skips language detection.
pub fn read_file_as(path: &Path, language: Option<Language>) -> Result<Ingested, IngestError> {
    let name = path.display().to_string();
    let fail = |error: std::io::Error| IngestError::new(&name, describe_io_error(&error));
    let metadata = std::fs::metadata(path).map_err(fail)?;
    if metadata.is_dir() {
        return Err(IngestError::new(&name, "is a directory"));
    }
    if !metadata.is_file() {
        return Err(IngestError::new(&name, "not a regular file"));
    }
    if metadata.len() > MAX_ARTICLE_BYTES {
        return Err(too_large(&name, metadata.len()));
    }
    let file = File::open(path).map_err(fail)?;
    let capacity = usize::try_from(metadata.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(too_large(&name, bytes.len() as u64));
    }
    let mut ingested = from_bytes_as(&bytes, &name, language)?;
    ingested.path = Some(name);
    Ok(ingested)
}

/// The format a file name's extension announces, if it announces one.
fn format_by_name(name: &str) -> Option<InputFormat> {
    let extension = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "html" | "htm" | "xhtml" | "shtml" => Some(InputFormat::Html),
        "txt" | "text" | "md" | "markdown" => Some(InputFormat::Text),
        "docx" => Some(InputFormat::Docx),
        _ => None,
    }
}

/// Decodes an article from bytes; `name` (a file name) tells the format and names the file in errors.
///
/// `.html`/`.htm` files, and files of other unknown extensions that start like an HTML document,
/// are HTML; everything else is text.
pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Ingested, IngestError> {
    from_bytes_as(bytes, name, None)
}

/// [`from_bytes`] with the language known in advance (`Some` skips detection).
pub fn from_bytes_as(
    bytes: &[u8],
    name: &str,
    language: Option<Language>,
) -> Result<Ingested, IngestError> {
    let by_name = format_by_name(name);
    if docx::is_zip(bytes) {
        match docx::extract(bytes) {
            Ok(text) => return docx_article(text, name, language),
            Err(docx::DocxError::Unreadable(problem)) => {
                return Err(IngestError::new(name, problem));
            }
            Err(docx::DocxError::Damaged(problem)) if by_name == Some(InputFormat::Docx) => {
                return Err(IngestError::new(name, problem));
            }
            // Any other ZIP is refused as binary below, with the usual message.
            Err(docx::DocxError::NotWord | docx::DocxError::Damaged(_)) => {}
        }
    } else if by_name == Some(InputFormat::Docx) {
        return Err(IngestError::new(
            name,
            "not a Word document (a .docx file is a ZIP archive; this one is not)",
        ));
    }
    let looks_html = || {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]);
        html::sniff_html(&head)
    };
    let html_hint = match by_name {
        Some(format) => format == InputFormat::Html,
        None => looks_html(),
    };
    let declared = if html_hint {
        decode::html_declared_encoding(bytes)
    } else {
        None
    };
    let decoded =
        decode::decode(bytes, declared).map_err(|e| IngestError::new(name, e.to_string()))?;
    let format = match by_name {
        Some(format) => format,
        None if html_hint || html::sniff_html(&decoded.text) => InputFormat::Html,
        None => InputFormat::Text,
    };
    let (text, title) = match format {
        InputFormat::Text => {
            if decoded.text.trim().is_empty() {
                return Err(IngestError::new(name, "contains only whitespace"));
            }
            (decoded.text, None)
        }
        // A .docx name on a ZIP that is not a Word document (binary ZIPs are refused above).
        InputFormat::Docx => return Err(IngestError::new(name, "not a Word document")),
        InputFormat::Html => {
            let extracted = html::extract(&decoded.text);
            let text = extracted.text();
            if text.trim().is_empty() {
                return Err(IngestError::new(
                    name,
                    "no article text found in the HTML page",
                ));
            }
            (text, extracted.title)
        }
    };
    Ok(Ingested {
        path: (!name.is_empty()).then(|| name.to_string()),
        language: language.unwrap_or_else(|| detect_language(&text)),
        text,
        title,
        encoding: decoded.encoding,
        format,
        warnings: decoded.warnings,
    })
}

fn docx_article(
    text: String,
    name: &str,
    language: Option<Language>,
) -> Result<Ingested, IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::new(name, "the Word document has no text"));
    }
    Ok(Ingested {
        path: (!name.is_empty()).then(|| name.to_string()),
        language: language.unwrap_or_else(|| detect_language(&text)),
        text,
        title: None,
        encoding: "UTF-8",
        format: InputFormat::Docx,
        warnings: Vec::new(),
    })
}

/// Analyses an ingested article; `language` overrides the detected one.
pub fn analyze_ingested(
    engine: &Engine,
    ingested: Ingested,
    language: Option<Language>,
) -> Analysis {
    engine.analyze(&ingested.into_input(language))
}

/// Reads, decodes and analyses a file; `language` overrides detection.
pub fn analyze_file(
    engine: &Engine,
    path: &Path,
    language: Option<Language>,
) -> Result<Analysis, IngestError> {
    Ok(analyze_ingested(
        engine,
        read_file_as(path, language)?,
        language,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_readable() {
        assert_eq!(human_size(200 * 1024 * 1024), "200 MB");
        assert_eq!(human_size(MAX_ARTICLE_BYTES), "8 MB");
        assert_eq!(human_size(MAX_ARTICLE_BYTES + 512 * 1024), "8.5 MB");
        assert_eq!(human_size(1000), "1 KB");
    }

    #[test]
    fn formats_by_name_and_content() {
        let html = b"<!doctype html><title>T</title><p>Body text.</p>";
        let as_html = from_bytes(html, "page.HTM").unwrap();
        assert_eq!(as_html.format, InputFormat::Html);
        assert_eq!(as_html.text, "T\n\nBody text.");
        assert_eq!(as_html.title.as_deref(), Some("T"));
        let sniffed = from_bytes(html, "download.php").unwrap();
        assert_eq!(sniffed.format, InputFormat::Html);
        let as_text = from_bytes(html, "notes.txt").unwrap();
        assert_eq!(as_text.format, InputFormat::Text);
        assert_eq!(as_text.text.as_bytes(), html);
        let markdown = from_bytes(b"# Title\n\nSome *text*.\n", "a.md").unwrap();
        assert_eq!(markdown.text, "# Title\n\nSome *text*.\n");
        assert_eq!(markdown.title, None);
    }

    #[test]
    fn refusals_name_the_problem() {
        let error = from_bytes(b"", "empty.txt").unwrap_err();
        assert_eq!(error.to_string(), "empty.txt: empty file");
        let error = from_bytes(b" \r\n\t \n", "blank.txt").unwrap_err();
        assert_eq!(error.to_string(), "blank.txt: contains only whitespace");
        let error = from_bytes(b"\x89PNG\r\n\x1a\n\0\0", "x.txt").unwrap_err();
        assert_eq!(
            error.to_string(),
            "x.txt: binary file (PNG image), not an article"
        );
        let error = from_bytes(b"<html><script>x()</script></html>", "s.html").unwrap_err();
        assert!(error.problem.contains("no article text"), "{error}");
    }

    #[test]
    fn html_declared_charset_is_honoured() {
        let (bytes, _, _) = encoding_rs::ISO_8859_2.encode(
            "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Zażółć gęślą jaźń</p></body></html>",
        );
        let ingested = from_bytes(&bytes, "old.html").unwrap();
        assert_eq!(ingested.encoding, "ISO-8859-2");
        assert_eq!(ingested.text, "Zażółć gęślą jaźń");
    }

    #[test]
    fn language_override() {
        let ingested = from_bytes("Ala ma kota.".as_bytes(), "a.txt").unwrap();
        assert_eq!(ingested.language, Language::Pl);
        assert_eq!(ingested.clone().into_input(None).language, Language::Pl);
        assert_eq!(
            ingested.into_input(Some(Language::En)).language,
            Language::En
        );
    }

    #[test]
    fn article_extensions() {
        assert!(is_article_path(Path::new("a/b.TXT")));
        assert!(is_article_path(Path::new("x.htm")));
        assert!(!is_article_path(Path::new("x.ron")));
        assert!(!is_article_path(Path::new("README")));
    }
}
