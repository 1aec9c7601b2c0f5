//! `ascribe export`: a saved session → a report.

use std::io;

use indicatif::ProgressBar;

use super::analyze::write_problem;
use super::output::{check_output_path, write_text};
use super::{EXIT_USAGE, ExportArgs, ExportFormat, Status, catch_panic};
use crate::ingest::IngestError;
use crate::report::{self, ReportFormat, ReportOptions};

fn options(full_paths: bool) -> ReportOptions {
    ReportOptions { full_paths }
}

fn report_format(format: ExportFormat) -> ReportFormat {
    match format {
        ExportFormat::Json => ReportFormat::Json,
        ExportFormat::Csv => ReportFormat::Csv,
        ExportFormat::Md => ReportFormat::Markdown,
        ExportFormat::Html => ReportFormat::Html,
    }
}

/// Runs `ascribe export`; returns the exit status.
pub fn run(args: &ExportArgs) -> u8 {
    let mut status = Status::default();
    let quiet = ProgressBar::hidden();
    let output = args.output.as_deref();
    if let Some(path) = output
        && let Err(problem) = check_output_path(path)
    {
        status.input_error(
            &quiet,
            &IngestError::new(path.display().to_string(), problem),
        );
        return status.code();
    }
    // The same wording as for articles ("no such file", "is a directory") before the session
    // loader gets to say what is wrong inside the file.
    let name = args.session.display().to_string();
    match std::fs::metadata(&args.session) {
        Ok(metadata) if metadata.is_dir() => {
            status.input_error(&quiet, &IngestError::new(name, "is a directory"));
            return EXIT_USAGE;
        }
        Ok(_) => {}
        Err(error) => {
            let problem = crate::ingest::describe_io_error(&error);
            status.input_error(&quiet, &IngestError::new(name, problem));
            return EXIT_USAGE;
        }
    }
    let session = match crate::session::load_for_use(&args.session) {
        Ok(report) => {
            // Edited text, re-analysis, decisions moved: the user is told, the work is kept.
            for warning in &report.warnings {
                eprintln!("ascribe: {}: {warning}", args.session.display());
            }
            report.session
        }
        Err(error) => {
            status.input_error(&quiet, &error);
            return status.code();
        }
    };
    let text = match catch_panic(|| {
        report::render_with(
            &session,
            report_format(args.format),
            options(args.full_paths),
        )
    }) {
        Ok(text) => text,
        Err(message) => {
            status.failure(
                &quiet,
                &format!("internal error while rendering the report: {message}"),
            );
            return status.code();
        }
    };
    if let Err(error) = write_text(output, &text)
        && error.kind() != io::ErrorKind::BrokenPipe
    {
        status.failure(&quiet, &write_problem(output, &error));
    }
    status.code()
}
