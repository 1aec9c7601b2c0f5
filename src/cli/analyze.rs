//! `ascribe analyze`: articles → report (or session) on standard output or in a file.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::output::{AtomicFile, check_output_path, write_text};
use super::{AnalyzeArgs, AnalyzeFormat, EXIT_USAGE, Status, catch_panic, inputs};
use crate::analysis::{Analysis, Engine};
use crate::ingest::{self, IngestError};
use crate::model::{Language, Session};
use crate::report::{self, ReportFormat, ReportOptions};

/// Files analysed in parallel before their results are written (bounds memory for `jsonl`).
pub const CHUNK_FILES: usize = 64;

/// Why one file produced no analysis.
enum FileError {
    /// The file is not a readable article (exit status 2).
    Input(IngestError),
    /// The engine failed on it (exit status 1).
    Internal(String),
}

/// One file's outcome: the analysis and the ingest warnings, or the problem.
type FileResult = Result<(Analysis, Vec<String>), FileError>;

/// What a worker hands back for one file: for `jsonl`, its finished report line (rendered in
/// parallel, so the writer only writes); otherwise the analysis, to join the session.
enum Prepared {
    Line { name: String, line: String },
    Analysis(Analysis),
}

/// Analyses one file and, for `jsonl`, renders its line.
fn prepare_one(
    engine: &Engine,
    path: &Path,
    language: Option<Language>,
    line_of: Option<(&str, ReportOptions)>,
) -> Result<(Prepared, Vec<String>), FileError> {
    let (analysis, warnings) = analyse_one(engine, path, language)?;
    let Some((session_name, options)) = line_of else {
        return Ok((Prepared::Analysis(analysis), warnings));
    };
    let name = analysis.document.path.clone().unwrap_or_default();
    match catch_panic(|| json_line(analysis, session_name, options)) {
        Ok(Ok(line)) => Ok((Prepared::Line { name, line }, warnings)),
        Ok(Err(message)) | Err(message) => Err(FileError::Internal(format!("{name}: {message}"))),
    }
}

fn analyse_one(engine: &Engine, path: &Path, language: Option<Language>) -> FileResult {
    let ingested = ingest::read_file_as(path, language).map_err(FileError::Input)?;
    let name = ingested
        .path
        .clone()
        .unwrap_or_else(|| path.display().to_string());
    let warnings = ingested.warnings.clone();
    let analysis = catch_panic(|| ingest::analyze_ingested(engine, ingested, language)).map_err(
        |message| {
            FileError::Internal(format!(
                "{name}: internal error in the analysis engine: {message}"
            ))
        },
    )?;
    Ok((analysis, warnings))
}

/// Where `jsonl` lines go.
enum Sink {
    Stdout(BufWriter<io::Stdout>),
    File(AtomicFile),
}

impl Sink {
    fn write_line(&mut self, line: &str) -> io::Result<()> {
        let out: &mut dyn Write = match self {
            Sink::Stdout(out) => out,
            Sink::File(file) => file,
        };
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::File(file) => file.flush(),
        }
    }

    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut out) => out.flush(),
            Sink::File(file) => file.commit(),
        }
    }
}

/// A one-document report as a single JSON line (as `ascribe export --format jsonl` writes it:
/// keys in schema order, the sources the document uses), serialised straight from the report.
fn json_line(
    analysis: Analysis,
    session_name: &str,
    options: ReportOptions,
) -> Result<String, String> {
    let mut session = Session::named(session_name);
    session.add_document(analysis.document, &analysis.sources);
    let mut line = report::render_jsonl(&session, options);
    line.truncate(line.trim_end().len());
    if line.is_empty() {
        return Err("internal error: cannot write the JSON report".to_string());
    }
    Ok(line)
}

fn progress_bar(total: usize) -> ProgressBar {
    if total < 2 || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} files  {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// A name for the session: the single input's name, else "analysis".
fn session_name(inputs: &[PathBuf]) -> String {
    match inputs {
        [single] => single
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .filter(|stem| !stem.is_empty())
            .unwrap_or_else(|| "analysis".to_string()),
        _ => "analysis".to_string(),
    }
}

fn report_format(format: AnalyzeFormat) -> Option<ReportFormat> {
    match format {
        AnalyzeFormat::Json => Some(ReportFormat::Json),
        AnalyzeFormat::Csv => Some(ReportFormat::Csv),
        AnalyzeFormat::Md => Some(ReportFormat::Markdown),
        AnalyzeFormat::Html => Some(ReportFormat::Html),
        AnalyzeFormat::Jsonl | AnalyzeFormat::Ron => None,
    }
}

/// Runs `ascribe analyze`; returns the exit status.
pub fn run(args: &AnalyzeArgs) -> u8 {
    if let Some(input) = args.input {
        return super::corpus::run(args, input);
    }
    let mut status = Status::default();
    let options = ReportOptions {
        full_paths: args.full_paths,
    };
    let output = args.output.as_deref();
    if let Some(path) = output
        && let Err(problem) = check_output_path(path)
    {
        status.say(
            &ProgressBar::hidden(),
            &format!("{}: {problem}", path.display()),
        );
        return EXIT_USAGE;
    }

    let (files, problems) = inputs::expand(&args.inputs);
    let hidden = ProgressBar::hidden();
    for problem in &problems {
        status.input_error(&hidden, problem);
    }
    if files.is_empty() {
        return status.code().max(EXIT_USAGE);
    }

    let language = args.lang.language();
    let name = session_name(&args.inputs);
    let mut sink = if args.format == AnalyzeFormat::Jsonl {
        let sink = match output {
            Some(path) => match AtomicFile::create(path) {
                Ok(file) => Sink::File(file),
                Err(error) => {
                    status.failure(&hidden, &write_problem(output, &error));
                    return status.code();
                }
            },
            None => Sink::Stdout(BufWriter::new(io::stdout())),
        };
        Some(sink)
    } else {
        None
    };

    let engine = match catch_panic(Engine::builtin) {
        Ok(engine) => engine,
        Err(message) => {
            status.failure(
                &hidden,
                &format!("internal error: cannot load the analysis engine: {message}"),
            );
            return status.code();
        }
    };
    let bar = progress_bar(files.len());
    let mut session = Session::named(&name);
    let mut analysed = 0usize;
    let mut write_failed = false;
    'chunks: for chunk in files.chunks(CHUNK_FILES) {
        let line_of = sink.is_some().then_some((name.as_str(), options));
        let results: Vec<_> = chunk
            .par_iter()
            .map(|path| {
                let result = prepare_one(&engine, path, language, line_of);
                bar.inc(1);
                result
            })
            .collect();
        for result in results {
            let (prepared, warnings) = match result {
                Ok(done) => done,
                Err(FileError::Input(error)) => {
                    status.input_error(&bar, &error);
                    continue;
                }
                Err(FileError::Internal(message)) => {
                    status.failure(&bar, &message);
                    continue;
                }
            };
            let file_name = match &prepared {
                Prepared::Line { name, .. } => name.clone(),
                Prepared::Analysis(analysis) => analysis.document.path.clone().unwrap_or_default(),
            };
            for warning in warnings {
                status.say(&bar, &format!("{file_name}: warning: {warning}"));
            }
            analysed += 1;
            let line = match prepared {
                Prepared::Line { line, .. } => line,
                Prepared::Analysis(analysis) => {
                    session.add_document(analysis.document, &analysis.sources);
                    continue;
                }
            };
            // Lines are rendered only when there is a sink.
            if let Some(sink) = sink.as_mut()
                && let Err(error) = sink.write_line(&line)
            {
                if error.kind() == io::ErrorKind::BrokenPipe {
                    // The reader went away (`| head`): stop quietly.
                    bar.finish_and_clear();
                    return status.code();
                }
                status.failure(&bar, &write_problem(output, &error));
                write_failed = true;
                break 'chunks;
            }
        }
        if let Some(sink) = sink.as_mut()
            && let Err(error) = sink.flush()
        {
            if error.kind() != io::ErrorKind::BrokenPipe {
                status.failure(&bar, &write_problem(output, &error));
            }
            bar.finish_and_clear();
            return status.code();
        }
    }
    bar.finish_and_clear();

    if let Some(sink) = sink {
        if write_failed || analysed == 0 {
            // Nothing (complete) to keep: the temporary file, if any, is removed on drop.
            return status.code();
        }
        if let Err(error) = sink.finish()
            && error.kind() != io::ErrorKind::BrokenPipe
        {
            status.failure(&hidden, &write_problem(output, &error));
        }
        return status.code();
    }
    if analysed == 0 {
        return status.code();
    }
    if let (AnalyzeFormat::Ron, Some(path)) = (args.format, output) {
        if let Err(error) = crate::session::save(path, &session) {
            status.failure(&hidden, &error.to_string());
        }
        return status.code();
    }
    let text = match report_format(args.format) {
        Some(format) => match catch_panic(|| report::render_with(&session, format, options)) {
            Ok(text) => text,
            Err(message) => {
                status.failure(
                    &hidden,
                    &format!("internal error while rendering the report: {message}"),
                );
                return status.code();
            }
        },
        None => crate::session::to_ron(&session),
    };
    if let Err(error) = write_text(output, &text)
        && error.kind() != io::ErrorKind::BrokenPipe
    {
        status.failure(&hidden, &write_problem(output, &error));
    }
    status.code()
}

/// "out.json: permission denied", or "cannot write to standard output: …".
pub(super) fn write_problem(output: Option<&Path>, error: &io::Error) -> String {
    match output {
        Some(path) => format!("{}: {}", path.display(), ingest::describe_io_error(error)),
        None => format!("cannot write to standard output: {error}"),
    }
}
