//! `ascribe analyze --input jsonl|csv FILE|-`: a corpus in one file (one article per JSON line or
//! CSV row, CC-News style), streamed.
//!
//! Records are read in chunks of [`CHUNK_RECORDS`], analysed in parallel and written in input
//! order, so memory does not grow with the corpus. Each output line (JSON Lines) or row (CSV)
//! keeps the record's id. A bad record (invalid JSON, a missing or non-text field, an over-size
//! text) is reported on standard error with its line number and skipped; the run goes on and
//! exits with status 2 at the end.

use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::output::AtomicFile;
use super::{AnalyzeArgs, AnalyzeFormat, CorpusFormat, EXIT_USAGE, Status, catch_panic};
use crate::analysis::Engine;
use crate::api::{self, CorpusFields as Fields, CorpusRecord as Record};
use crate::report::{self, ReportFormat, ReportOptions};

/// Records analysed in parallel before their results are written.
pub const CHUNK_RECORDS: usize = 256;

/// Runs `analyze --input`; returns the exit status.
pub fn run(args: &AnalyzeArgs, input: CorpusFormat) -> u8 {
    let mut status = Status::default();
    let quiet = ProgressBar::hidden();
    if !matches!(args.format, AnalyzeFormat::Jsonl | AnalyzeFormat::Csv) {
        status.say(
            &quiet,
            "--input streams a corpus: use --format jsonl or --format csv",
        );
        return EXIT_USAGE;
    }
    let [source] = args.inputs.as_slice() else {
        status.say(
            &quiet,
            "--input reads one corpus file (or - for standard input)",
        );
        return EXIT_USAGE;
    };
    let reader: Box<dyn Read> = if source.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        match std::fs::File::open(source) {
            Ok(file) => Box::new(file),
            Err(error) => {
                let problem = crate::ingest::describe_io_error(&error);
                status.input_error(&quiet, &format!("{}: {problem}", source.display()));
                return status.code();
            }
        }
    };
    let fields = Fields {
        text: &args.text_field,
        id: &args.id_field,
        title: args.title_field.as_deref(),
    };
    let mut out: Box<dyn Write> = match args.output.as_deref() {
        Some(path) => match AtomicFile::create(path) {
            Ok(file) => Box::new(CommitOnFlush(Some(file))),
            Err(error) => {
                status.failure(&quiet, &super::analyze::write_problem(Some(path), &error));
                return status.code();
            }
        },
        None => Box::new(BufWriter::new(io::stdout())),
    };
    let bar = spinner();
    let engine = Engine::builtin();
    let language = args.lang.language();
    let mut records = Records::new(reader, input, &fields);
    let mut header_written = false;
    loop {
        let mut chunk = Vec::with_capacity(CHUNK_RECORDS);
        while chunk.len() < CHUNK_RECORDS {
            match records.next() {
                Some(Ok(record)) => chunk.push(record),
                Some(Err(problem)) => status.input_error(&bar, &problem),
                None => break,
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Result<String, String>> = chunk
            .par_iter()
            .map(|record| {
                catch_panic(|| render(&engine, record, language, args.format))
                    .map_err(|m| format!("line {}: internal error: {m}", record.line))
            })
            .collect();
        for result in results {
            match result {
                Ok(mut text) => {
                    if args.format == AnalyzeFormat::Csv {
                        text = csv_rows(&text, &mut header_written);
                    }
                    if let Err(error) = out.write_all(text.as_bytes()) {
                        if error.kind() == io::ErrorKind::BrokenPipe {
                            return status.code();
                        }
                        status.failure(&bar, &format!("cannot write the output: {error}"));
                        return status.code();
                    }
                    bar.inc(1);
                }
                Err(problem) => status.failure(&bar, &problem),
            }
        }
    }
    bar.finish_and_clear();
    if let Err(error) = out.flush()
        && error.kind() != io::ErrorKind::BrokenPipe
    {
        status.failure(&quiet, &format!("cannot write the output: {error}"));
    }
    status.code()
}

/// A record's report: its `--format jsonl` line (see [`api::jsonl_line`]), or CSV rows whose
/// `document` column is the id.
fn render(
    engine: &Engine,
    record: &Record,
    language: Option<crate::model::Language>,
    format: AnalyzeFormat,
) -> String {
    let (text, title, id) = (
        &record.text,
        record.title.as_deref(),
        Some(record.id.as_str()),
    );
    if format == AnalyzeFormat::Csv {
        let session = api::article_session(engine, text, language, title, id);
        return report::render_with(&session, ReportFormat::Csv, ReportOptions::FULL_PATHS);
    }
    api::jsonl_line(engine, text, language, title, id)
}

/// The CSV rows of one record's report: its header row only for the first record.
fn csv_rows(report: &str, header_written: &mut bool) -> String {
    if *header_written {
        let body = report.split_once("\r\n").map_or("", |(_, rest)| rest);
        return body.to_string();
    }
    *header_written = true;
    report.to_string()
}

fn spinner() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

/// Records of a JSON Lines or CSV corpus, with their line numbers.
struct Records<'a> {
    fields: &'a Fields<'a>,
    kind: RecordsKind,
}

enum RecordsKind {
    Jsonl {
        lines: io::Lines<BufReader<Box<dyn Read>>>,
        line: u64,
    },
    Csv {
        reader: csv::Reader<Box<dyn Read>>,
        headers: Option<csv::StringRecord>,
    },
}

impl<'a> Records<'a> {
    fn new(reader: Box<dyn Read>, format: CorpusFormat, fields: &'a Fields<'a>) -> Records<'a> {
        let kind = match format {
            CorpusFormat::Jsonl => RecordsKind::Jsonl {
                lines: BufReader::new(reader).lines(),
                line: 0,
            },
            CorpusFormat::Csv => RecordsKind::Csv {
                reader: csv::ReaderBuilder::new().flexible(true).from_reader(reader),
                headers: None,
            },
        };
        Records { fields, kind }
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, String>;

    fn next(&mut self) -> Option<Self::Item> {
        let fields = self.fields;
        match &mut self.kind {
            RecordsKind::Jsonl { lines, line } => loop {
                *line += 1;
                let text = match lines.next()? {
                    Ok(text) => text,
                    Err(error) => return Some(Err(format!("line {line}: cannot read: {error}"))),
                };
                if text.trim().is_empty() {
                    continue;
                }
                return Some(api::parse_json_record(&text, *line, fields));
            },
            RecordsKind::Csv { reader, headers } => {
                if headers.is_none() {
                    match reader.headers() {
                        Ok(found) => *headers = Some(found.clone()),
                        Err(error) => return Some(Err(format!("line 1: {error}"))),
                    }
                }
                let mut row = csv::StringRecord::new();
                match reader.read_record(&mut row) {
                    Ok(false) => None,
                    Ok(true) => {
                        let line = row.position().map_or(0, csv::Position::line);
                        Some(csv_record(headers.as_ref()?, &row, line, fields))
                    }
                    Err(error) => {
                        let line = error.position().map_or(0, csv::Position::line);
                        Some(Err(format!("line {line}: not a CSV record ({error})")))
                    }
                }
            }
        }
    }
}

fn csv_record(
    headers: &csv::StringRecord,
    row: &csv::StringRecord,
    line: u64,
    fields: &Fields<'_>,
) -> Result<Record, String> {
    let field = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .and_then(|i| row.get(i))
            .map(str::to_string)
    };
    let Some(text) = field(fields.text) else {
        return Err(format!("line {line}: no \"{}\" column", fields.text));
    };
    api::make_record(
        line,
        field(fields.id),
        fields.title.and_then(field),
        text,
        fields,
    )
}

/// An atomic output file committed when the run flushes at its end.
struct CommitOnFlush(Option<AtomicFile>);

impl Write for CommitOnFlush {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.0 {
            Some(file) => file.write(buf),
            None => Err(io::Error::other("the output is already complete")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.0.take() {
            Some(file) => file.commit(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields<'static> {
        Fields {
            text: "text",
            id: "id",
            title: Some("title"),
        }
    }

    #[test]
    fn jsonl_records_keep_ids_and_report_bad_lines_by_number() {
        let corpus = "{\"id\": 7, \"text\": \"Minister powiedział, że tak.\"}\n\n\
            not json\n{\"id\": \"b\"}\n{\"text\": \"Bez id.\", \"title\": \"T\"}\n";
        let fields = fields();
        let records: Vec<Result<Record, String>> =
            Records::new(Box::new(corpus.as_bytes()), CorpusFormat::Jsonl, &fields).collect();
        assert_eq!(records.len(), 4);
        assert_eq!(records[0].as_ref().unwrap().id, "7");
        assert!(
            records[1]
                .as_ref()
                .unwrap_err()
                .starts_with("line 3: invalid JSON")
        );
        assert_eq!(
            records[2].as_ref().unwrap_err(),
            "line 4: no \"text\" field"
        );
        let last = records[3].as_ref().unwrap();
        assert_eq!(
            (last.id.as_str(), last.title.as_deref()),
            ("line-5", Some("T"))
        );
    }

    #[test]
    fn csv_records_may_span_lines() {
        let corpus = "id,title,text\na1,T,\"Pierwsza linia\ndruga linia.\"\na2,U,Krótki tekst.\n";
        let fields = fields();
        let records: Vec<Record> =
            Records::new(Box::new(corpus.as_bytes()), CorpusFormat::Csv, &fields)
                .map(Result::unwrap)
                .collect();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].text, "Pierwsza linia\ndruga linia.");
        assert_eq!((records[1].id.as_str(), records[1].line), ("a2", 4));
    }
}
