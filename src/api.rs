//! The engine as plain function calls, shared by `ascribe analyze --input` and the Python
//! binding (`python/`), so that both give the same bytes for the same article.
//!
//! * [`parse_language`]: `auto`, `pl` or `en`, as `--lang` takes them.
//! * [`parse_json_record`]: one JSON Lines record of a corpus → a [`CorpusRecord`] (or the
//!   message `ascribe analyze --input jsonl` reports for a bad line).
//! * [`jsonl_value`]: one article → the JSON value of its `--format jsonl` line.
//! * [`load_session_report`]: a saved session → the JSON report `ascribe export` writes.

use std::path::Path;

use serde_json::Value;

use crate::analysis::{AnalysisInput, Engine};
use crate::ingest::{IngestError, MAX_ARTICLE_BYTES, detect_language};
use crate::model::{Language, Session};
use crate::report::{self, ReportFormat, ReportOptions};

/// Which record fields hold the text, the id and (optionally) the title.
#[derive(Clone, Copy, Debug)]
pub struct CorpusFields<'a> {
    /// The field holding the article text (`--text-field`).
    pub text: &'a str,
    /// The field holding the article id (`--id-field`).
    pub id: &'a str,
    /// The field holding the title (`--title-field`), if any.
    pub title: Option<&'a str>,
}

impl Default for CorpusFields<'static> {
    fn default() -> Self {
        CorpusFields {
            text: "text",
            id: "id",
            title: None,
        }
    }
}

/// One article of a corpus file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusRecord {
    /// 1-based line where the record starts.
    pub line: u64,
    /// The record's id, or `line-N` when it has none.
    pub id: String,
    /// The record's title, when a title field was named and present.
    pub title: Option<String>,
    /// The article text.
    pub text: String,
}

/// `auto` (detect per article: `None`), `pl` or `en`; anything else is an error naming the
/// choices.
pub fn parse_language(name: &str) -> Result<Option<Language>, String> {
    match name {
        "auto" => Ok(None),
        "pl" => Ok(Some(Language::Pl)),
        "en" => Ok(Some(Language::En)),
        other => Err(format!(
            "invalid language '{other}' [possible values: auto, pl, en]"
        )),
    }
}

/// Reads one JSON Lines record found at `line` (1-based). Ids may be strings or numbers; a
/// record without one gets `line-N`. Errors read `line N: problem`.
pub fn parse_json_record(
    text: &str,
    line: u64,
    fields: &CorpusFields<'_>,
) -> Result<CorpusRecord, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| format!("line {line}: invalid JSON ({e})"))?;
    let field = |name: &str| -> Option<String> {
        match value.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let text = match value.get(fields.text) {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(format!("line {line}: \"{}\" is not text", fields.text)),
        None => return Err(format!("line {line}: no \"{}\" field", fields.text)),
    };
    make_record(
        line,
        field(fields.id),
        fields.title.and_then(field),
        text,
        fields,
    )
}

/// Checks a record's text (not empty, within the article size limit) and names it.
pub fn make_record(
    line: u64,
    id: Option<String>,
    title: Option<String>,
    text: String,
    fields: &CorpusFields<'_>,
) -> Result<CorpusRecord, String> {
    if text.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(format!(
            "line {line}: the text is larger than the article limit of {} MB",
            MAX_ARTICLE_BYTES / (1024 * 1024)
        ));
    }
    if text.trim().is_empty() {
        return Err(format!("line {line}: \"{}\" is empty", fields.text));
    }
    Ok(CorpusRecord {
        line,
        id: id.unwrap_or_else(|| format!("line-{line}")),
        title,
        text,
    })
}

/// One article analysed into a one-document session; the document's path is `id`, its title
/// `title` when given. `language: None` detects it from the text.
pub fn article_session(
    engine: &Engine,
    text: &str,
    language: Option<Language>,
    title: Option<&str>,
    id: Option<&str>,
) -> Session {
    let input = AnalysisInput {
        path: id.map(str::to_string),
        language: language.unwrap_or_else(|| detect_language(text)),
        text: text.to_string(),
        title: title.map(str::to_string),
    };
    let analysis = engine.analyze(&input);
    let mut session = Session::named("corpus");
    session.add_document(analysis.document, &analysis.sources);
    if let Some(title) = title {
        session.documents[0].title = title.to_string();
    }
    session
}

/// One article's line of `ascribe analyze --input jsonl --format jsonl`, as a JSON value: an
/// `ascribe-report` with one document, whose `id` is `id` (null when `None`) and whose `path` is
/// null.
pub fn jsonl_value(
    engine: &Engine,
    text: &str,
    language: Option<Language>,
    title: Option<&str>,
    id: Option<&str>,
) -> Value {
    let session = article_session(engine, text, language, title, id);
    let mut value = report::report_json(&session, ReportOptions::FULL_PATHS);
    if let Some(document) = value["documents"].get_mut(0).and_then(Value::as_object_mut) {
        let id = id.map_or(Value::Null, |id| Value::String(id.to_string()));
        document.insert("id".into(), id);
        document.insert("path".into(), Value::Null);
    }
    value
}

/// [`jsonl_value`] as compact JSON with a final newline: exactly the CLI's output line.
pub fn jsonl_line(
    engine: &Engine,
    text: &str,
    language: Option<Language>,
    title: Option<&str>,
    id: Option<&str>,
) -> String {
    let value = jsonl_value(engine, text, language, title, id);
    let mut line = serde_json::to_string(&value).unwrap_or_default();
    line.push('\n');
    line
}

/// A saved session's JSON report with the reviewer's decisions applied, exactly as
/// `ascribe export SESSION` writes it (`full_paths` as `--full-paths`), and the warnings
/// `export` prints (edited text, decisions moved). Errors carry the CLI's message (without its
/// `ascribe: ` prefix).
pub fn load_session_report(path: &Path, full_paths: bool) -> Result<(String, Vec<String>), String> {
    let name = path.display().to_string();
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => {
            return Err(IngestError::new(name, "is a directory").to_string());
        }
        Ok(_) => {}
        Err(error) => {
            let problem = crate::ingest::describe_io_error(&error);
            return Err(IngestError::new(name, problem).to_string());
        }
    }
    let loaded = crate::session::load_for_use(path).map_err(|e| e.to_string())?;
    let text = report::render_with(
        &loaded.session,
        ReportFormat::Json,
        ReportOptions { full_paths },
    );
    let warnings = loaded
        .warnings
        .iter()
        .map(|w| format!("{name}: {w}"))
        .collect();
    Ok((text, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_like_the_lang_option() {
        assert_eq!(parse_language("auto"), Ok(None));
        assert_eq!(parse_language("en"), Ok(Some(Language::En)));
        assert!(parse_language("de").unwrap_err().contains("auto, pl, en"));
    }

    #[test]
    fn jsonl_value_keeps_the_id_and_drops_the_path() {
        let engine = Engine::builtin();
        let value = jsonl_value(
            &engine,
            "Minister powiedział, że tak będzie.",
            None,
            Some("Tytuł"),
            Some("a7"),
        );
        let document = &value["documents"][0];
        assert_eq!(document["id"], "a7");
        assert_eq!(document["path"], Value::Null);
        assert_eq!(document["title"], "Tytuł");
        let line = jsonl_line(&engine, "Minister powiedział, że tak.", None, None, None);
        assert!(line.ends_with("}\n") && !line[..line.len() - 1].contains('\n'));
        let parsed: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(parsed["documents"][0]["id"], Value::Null);
    }

    #[test]
    fn records_report_their_line() {
        let fields = CorpusFields::default();
        let record = parse_json_record("{\"id\": 3, \"text\": \"Tekst.\"}", 9, &fields).unwrap();
        assert_eq!((record.id.as_str(), record.line), ("3", 9));
        let error = parse_json_record("{\"text\": \"  \"}", 4, &fields).unwrap_err();
        assert_eq!(error, "line 4: \"text\" is empty");
    }
}
