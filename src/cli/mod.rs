//! The command line: `analyze`, `export`, and (no subcommand) the GUI.
//!
//! ```text
//! ascribe analyze FILE_OR_DIR... [--lang auto|pl|en] [--format json|jsonl|csv|md|html|ron] [-o OUT] [--full-paths]
//! ascribe export SESSION.ron [--format json|csv|md|html] [-o OUT] [--full-paths]
//! ascribe [FILE|SESSION.ron]...        (opens the reviewer)
//! ```
//!
//! Problems go to standard error, one line each (`ascribe: missing.txt: no such file`); the exit
//! status is 0 on success, [`EXIT_USAGE`] (2) for usage and input errors and [`EXIT_FAILURE`] (1)
//! for other failures. With several files the good ones are analysed and the bad ones reported.
//! Nothing panics: an engine failure on one file is reported as an internal error for that file.

mod analyze;
mod corpus;
mod export;
pub mod inputs;
pub mod output;

use std::cell::RefCell;
use std::ffi::OsString;
use std::fmt::Display;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::ProgressBar;

use crate::model::Language;

/// Exit status for success.
pub const EXIT_OK: u8 = 0;
/// Exit status for failures other than bad input (writing the output, internal errors).
pub const EXIT_FAILURE: u8 = 1;
/// Exit status for usage errors and unusable inputs (missing, empty, binary files…).
pub const EXIT_USAGE: u8 = 2;

/// Source attribution for news articles: who stands behind every statement.
#[derive(Debug, Parser)]
#[command(name = "ascribe", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without a command the reviewer (GUI) opens the given files.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles or session files (.ron) to open in the reviewer.
    #[arg(value_name = "FILE|SESSION.ron")]
    pub paths: Vec<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse articles and write a report (JSON on standard output by default).
    Analyze(AnalyzeArgs),
    /// Render a report from a saved session.
    Export(ExportArgs),
}

/// Arguments of `ascribe analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Article files (.txt, .md, .html, .htm, .docx) or folders to search for them; with
    /// `--input`, one corpus file or `-` for standard input.
    #[arg(required = true, value_name = "FILE_OR_DIR")]
    pub inputs: Vec<PathBuf>,
    /// Read a corpus in one file, one article per record (JSON Lines or CSV with a header row),
    /// streamed; output with `--format jsonl` or `csv`.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input: Option<CorpusFormat>,
    /// The record field holding the article text (`--input`).
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_field: String,
    /// The record field holding the article id, kept in the output (`--input`; default: the
    /// record's line number).
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,
    /// The record field holding the article title (`--input`).
    #[arg(long, value_name = "NAME")]
    pub title_field: Option<String>,
    /// The articles' language; `auto` detects it per file.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub lang: LangArg,
    /// Output format: a report (json, csv, md, html), one JSON line per article (jsonl), or a
    /// session file (ron).
    #[arg(short, long, value_enum, default_value_t = AnalyzeFormat::Json)]
    pub format: AnalyzeFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Show each article's full path in the report; by default reports name articles by file
    /// name, so they can be shared without revealing your folders.
    #[arg(long)]
    pub full_paths: bool,
}

/// Arguments of `ascribe export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A session file written by the reviewer or by `ascribe analyze --format ron`.
    #[arg(value_name = "SESSION.ron")]
    pub session: PathBuf,
    /// Report format.
    #[arg(short, long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Show each article's full path in the report; by default reports name articles by file
    /// name, so they can be shared without revealing your folders.
    #[arg(long)]
    pub full_paths: bool,
}

/// The `--input` choices: how a corpus file holds its articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CorpusFormat {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// The `--lang` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Detect each article's language.
    Auto,
    /// Polish.
    Pl,
    /// English.
    En,
}

impl LangArg {
    /// The forced language, or `None` to detect.
    pub fn language(self) -> Option<Language> {
        match self {
            LangArg::Auto => None,
            LangArg::Pl => Some(Language::Pl),
            LangArg::En => Some(Language::En),
        }
    }
}

/// The `analyze --format` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AnalyzeFormat {
    /// The JSON report.
    Json,
    /// One compact JSON report per article, one per line, streamed.
    Jsonl,
    /// CSV, one row per statement.
    Csv,
    /// Markdown.
    #[value(alias = "markdown")]
    Md,
    /// A standalone HTML page.
    Html,
    /// The session file (RON), to review or export later.
    Ron,
}

/// The `export --format` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The JSON report.
    Json,
    /// CSV, one row per statement.
    Csv,
    /// Markdown.
    #[value(alias = "markdown")]
    Md,
    /// A standalone HTML page.
    Html,
}

/// Tracks the exit status while problems are reported.
#[derive(Debug, Default)]
pub(crate) struct Status {
    code: u8,
}

impl Status {
    /// Prints `ascribe: message` on standard error (above the progress bar, if one is shown).
    pub(crate) fn say(&self, bar: &ProgressBar, message: &str) {
        bar.suspend(|| eprintln!("ascribe: {message}"));
    }

    /// Reports an unusable input (exit status 2).
    pub(crate) fn input_error(&mut self, bar: &ProgressBar, error: &impl Display) {
        self.say(bar, &error.to_string());
        self.code = self.code.max(EXIT_USAGE);
    }

    /// Reports another failure (exit status 1 unless an input error was seen).
    pub(crate) fn failure(&mut self, bar: &ProgressBar, message: &str) {
        self.say(bar, message);
        self.code = self.code.max(EXIT_FAILURE);
    }

    /// The exit status so far.
    pub(crate) fn code(&self) -> u8 {
        self.code
    }
}

thread_local! {
    /// The message of the last panic on this thread, recorded by the quiet panic hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the panic hook with one that records the message (for [`catch_panic`] to report on
/// one line) instead of printing a backtrace notice.
fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = payload_message(info.payload());
        let message = match info.location() {
            Some(location) => format!("{message} (at {}:{})", location.file(), location.line()),
            None => message,
        };
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(message));
    }));
}

fn payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Runs `f`, turning a panic into its message.
pub(crate) fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    LAST_PANIC.with(|last| last.borrow_mut().take());
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        LAST_PANIC
            .with(|last| last.borrow_mut().take())
            .unwrap_or_else(|| payload_message(payload.as_ref()))
    })
}

/// The program: parses `std::env::args_os()`, runs, and never panics.
pub fn main() -> ExitCode {
    install_quiet_panic_hook();
    let code = match catch_panic(|| run(std::env::args_os())) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("ascribe: internal error: {message}");
            EXIT_FAILURE
        }
    };
    ExitCode::from(code)
}

/// Parses the arguments (the first is the program name) and runs the command; returns the exit
/// status.
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to standard output with status 0; usage errors to standard
            // error with status 2.
            let _ = error.print();
            return u8::try_from(error.exit_code()).unwrap_or(EXIT_USAGE);
        }
    };
    match cli.command {
        Some(Command::Analyze(args)) => analyze::run(&args),
        Some(Command::Export(args)) => export::run(&args),
        None => run_gui(cli.paths),
    }
}

#[cfg(feature = "gui")]
fn run_gui(paths: Vec<PathBuf>) -> u8 {
    match crate::gui::run(paths) {
        Ok(()) => EXIT_OK,
        Err(message) => {
            eprintln!("ascribe: {message}");
            EXIT_FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn run_gui(_paths: Vec<PathBuf>) -> u8 {
    eprintln!("ascribe: this build has no GUI; use `ascribe analyze`");
    EXIT_USAGE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_parse() {
        let cli = Cli::try_parse_from([
            "ascribe",
            "analyze",
            "a.txt",
            "dir",
            "--lang",
            "en",
            "-f",
            "jsonl",
            "-o",
            "out.jsonl",
        ])
        .unwrap();
        let Some(Command::Analyze(args)) = cli.command else {
            panic!("not analyze: {cli:?}");
        };
        assert_eq!(args.inputs, [PathBuf::from("a.txt"), PathBuf::from("dir")]);
        assert_eq!(args.lang.language(), Some(Language::En));
        assert_eq!(args.format, AnalyzeFormat::Jsonl);
        assert_eq!(args.output, Some(PathBuf::from("out.jsonl")));

        let cli =
            Cli::try_parse_from(["ascribe", "export", "s.ron", "--format", "markdown"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Export(ExportArgs {
                format: ExportFormat::Md,
                ..
            }))
        ));

        let cli = Cli::try_parse_from(["ascribe", "a.txt", "b.ron"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.paths.len(), 2);

        assert!(Cli::try_parse_from(["ascribe", "analyze"]).is_err());
        assert!(Cli::try_parse_from(["ascribe", "analyze", "a.txt", "--format", "pdf"]).is_err());
        assert!(Cli::try_parse_from(["ascribe", "export", "s.ron", "--format", "ron"]).is_err());
    }

    #[test]
    fn usage_errors_exit_2() {
        assert_eq!(
            run(["ascribe", "analyze", "--lang", "de", "x.txt"]),
            EXIT_USAGE
        );
        assert_eq!(run(["ascribe", "--version"]), EXIT_OK);
    }

    #[test]
    fn panics_become_messages() {
        let result: Result<(), String> = catch_panic(|| panic!("boom {}", 1));
        assert!(result.unwrap_err().contains("boom 1"));
        assert_eq!(catch_panic(|| 5), Ok(5));
    }
}
