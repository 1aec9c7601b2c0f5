//! The `ascribe` Python module: the engine of the `ascribe` crate (without its GUI) as
//! `analyze`, `analyze_many`, `parse_record` and `load_session`.
//!
//! Every result is built by the same library function as the command line's output
//! ([`ascribe::api::jsonl_line`], [`ascribe::api::load_session_report`]) and handed to Python
//! through `json.loads`, so a dict here equals the CLI's JSON line for the same article. The
//! analysis runs with the GIL released; `analyze_many` spreads the texts over rayon threads.

use std::ffi::CString;
use std::path::PathBuf;
use std::sync::OnceLock;

use ascribe::analysis::Engine;
use ascribe::api::{self, CorpusFields};
use ascribe::ingest::MAX_ARTICLE_BYTES;
use ascribe::model::Language;
use pyo3::create_exception;
use pyo3::exceptions::{PyUserWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;

create_exception!(
    ascribe,
    AscribeError,
    PyValueError,
    "An unusable input (a missing or malformed session, a bad corpus record, an unknown \
     language…); the message is the one the `ascribe` command prints."
);

/// The built-in engine, built once per process.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::builtin)
}

fn language(lang: &str) -> PyResult<Option<Language>> {
    api::parse_language(lang).map_err(AscribeError::new_err)
}

fn check_size(text: &str) -> PyResult<()> {
    if text.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(AscribeError::new_err(format!(
            "the text is larger than the article limit of {} MB",
            MAX_ARTICLE_BYTES / (1024 * 1024)
        )));
    }
    Ok(())
}

fn json_loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}

/// One article → the dict of its `ascribe analyze --input jsonl --format jsonl` line.
#[pyfunction]
#[pyo3(signature = (text, lang = "auto", title = None, id = None))]
fn analyze<'py>(
    py: Python<'py>,
    text: String,
    lang: &str,
    title: Option<String>,
    id: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let language = language(lang)?;
    check_size(&text)?;
    let line =
        py.detach(|| api::jsonl_line(engine(), &text, language, title.as_deref(), id.as_deref()));
    json_loads(py, &line)
}

/// Many articles at once, in parallel with the GIL released; the results keep the input order.
#[pyfunction]
#[pyo3(signature = (texts, lang = "auto", threads = None, ids = None, titles = None))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    lang: &str,
    threads: Option<usize>,
    ids: Option<Vec<Option<String>>>,
    titles: Option<Vec<Option<String>>>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let language = language(lang)?;
    for (name, list) in [("ids", &ids), ("titles", &titles)] {
        if let Some(list) = list
            && list.len() != texts.len()
        {
            return Err(AscribeError::new_err(format!(
                "{name} has {} items for {} texts",
                list.len(),
                texts.len()
            )));
        }
    }
    if threads == Some(0) {
        return Err(AscribeError::new_err("threads must be at least 1"));
    }
    for text in &texts {
        check_size(text)?;
    }
    let field = |list: &Option<Vec<Option<String>>>, i: usize| -> Option<String> {
        list.as_ref().and_then(|l| l[i].clone())
    };
    let work = || -> Vec<String> {
        (0..texts.len())
            .into_par_iter()
            .map(|i| {
                let (id, title) = (field(&ids, i), field(&titles, i));
                api::jsonl_line(
                    engine(),
                    &texts[i],
                    language,
                    title.as_deref(),
                    id.as_deref(),
                )
            })
            .collect()
    };
    let lines = py.detach(|| match threads {
        None => Ok(work()),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(work))
            .map_err(|e| e.to_string()),
    });
    let lines = lines.map_err(|e| AscribeError::new_err(format!("cannot start threads: {e}")))?;
    lines.iter().map(|line| json_loads(py, line)).collect()
}

/// One JSON Lines record of a corpus, read as `ascribe analyze --input jsonl` reads it:
/// `{"line", "id", "title", "text"}`, or `AscribeError("line N: …")` for a record the command
/// would skip.
#[pyfunction]
#[pyo3(signature = (line, line_number, text_field = "text", id_field = "id", title_field = None))]
fn parse_record<'py>(
    py: Python<'py>,
    line: &str,
    line_number: u64,
    text_field: &str,
    id_field: &str,
    title_field: Option<&str>,
) -> PyResult<Bound<'py, PyDict>> {
    let fields = CorpusFields {
        text: text_field,
        id: id_field,
        title: title_field,
    };
    let record =
        api::parse_json_record(line, line_number, &fields).map_err(AscribeError::new_err)?;
    let dict = PyDict::new(py);
    dict.set_item("line", record.line)?;
    dict.set_item("id", record.id)?;
    dict.set_item("title", record.title)?;
    dict.set_item("text", record.text)?;
    Ok(dict)
}

/// A saved session → its JSON report with the reviewer's decisions applied, as
/// `ascribe export SESSION` writes it. What `export` prints as warnings (edited text, decisions
/// moved) comes as `UserWarning`s.
#[pyfunction]
#[pyo3(signature = (path, full_paths = false))]
fn load_session<'py>(
    py: Python<'py>,
    path: PathBuf,
    full_paths: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let (text, warnings) = py
        .detach(|| api::load_session_report(&path, full_paths))
        .map_err(AscribeError::new_err)?;
    let category = py.get_type::<PyUserWarning>();
    for warning in warnings {
        let message = CString::new(warning.replace('\0', " "))?;
        PyErr::warn(py, &category, &message, 1)?;
    }
    json_loads(py, &text)
}

/// The module.
#[pymodule]
#[pyo3(name = "ascribe")]
fn ascribe_py(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("AscribeError", m.py().get_type::<AscribeError>())?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_record, m)?)?;
    m.add_function(wrap_pyfunction!(load_session, m)?)?;
    Ok(())
}
