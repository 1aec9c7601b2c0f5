//! `ascribe analyze --input jsonl|csv`, the built binary end to end: bad records are reported
//! with their line number and skipped, the others keep their ids and the input order.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const ARTICLES: [&str; 3] = [
    "Minister finansów powiedział, że budżet zostanie przyjęty w przyszłym tygodniu.",
    "The mayor said the council would vote on the budget next week.",
    "Według rzecznika rządu decyzja zapadnie jutro.",
];

fn ascribe(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ascribe"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().expect("the binary finishes")
}

fn stderr_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The `id` of each output line's document.
fn ids(output: &Output) -> Vec<String> {
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|line| {
            let report: Value = serde_json::from_str(line).expect("each line is JSON");
            assert_eq!(report["documents"].as_array().map(Vec::len), Some(1));
            report["documents"][0]["id"]
                .as_str()
                .expect("an id")
                .to_string()
        })
        .collect()
}

fn record(id: Option<Value>, text: &str) -> String {
    let mut object = serde_json::Map::new();
    if let Some(id) = id {
        object.insert("id".into(), id);
    }
    object.insert("text".into(), Value::String(text.into()));
    Value::Object(object).to_string()
}

#[test]
fn broken_lines_are_reported_by_number_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "a".repeat(8 * 1024 * 1024 + 1);
    let lines = [
        record(Some("first".into()), ARTICLES[0]),
        "{\"id\": \"broken\", \"text\": ".to_string(),
        record(Some(42.into()), ARTICLES[1]),
        String::new(),
        "{\"id\": \"no-text\", \"body\": \"x\"}".to_string(),
        record(None, ARTICLES[2]),
        record(Some("huge".into()), &huge),
        record(Some("last".into()), ARTICLES[1]),
    ];
    let corpus = dir.path().join("corpus.jsonl");
    std::fs::write(&corpus, lines.join("\n") + "\n").unwrap();
    let path = corpus.to_str().unwrap();
    let output = ascribe(
        &["analyze", "--input", "jsonl", "--format", "jsonl", path],
        None,
    );
    assert_eq!(output.status.code(), Some(2), "bad records give status 2");
    assert_eq!(ids(&output), ["first", "42", "line-6", "last"]);
    let errors = stderr_lines(&output);
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].starts_with("ascribe: line 2: invalid JSON"),
        "{errors:?}"
    );
    assert_eq!(errors[1], "ascribe: line 5: no \"text\" field");
    assert_eq!(
        errors[2],
        "ascribe: line 7: the text is larger than the article limit of 8 MB"
    );
}

#[test]
fn standard_input_and_an_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = [
        record(Some("a".into()), ARTICLES[0]),
        record(Some("b".into()), ARTICLES[1]),
    ]
    .join("\n");
    let out = dir.path().join("out.jsonl");
    let output = ascribe(
        &[
            "analyze",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "-o",
            out.to_str().unwrap(),
            "-",
        ],
        Some(corpus.as_bytes()),
    );
    assert_eq!(output.status.code(), Some(0), "{:?}", stderr_lines(&output));
    assert!(output.stdout.is_empty());
    let written = Output {
        stdout: std::fs::read(&out).unwrap(),
        ..output
    };
    assert_eq!(ids(&written), ["a", "b"]);
}

#[test]
fn csv_rows_keep_their_ids() {
    let corpus = format!(
        "key,body\nk1,\"{}\"\nk2,\n\"k3\",\"{}\"\n",
        ARTICLES[0], ARTICLES[1]
    );
    let output = ascribe(
        &[
            "analyze",
            "--input",
            "csv",
            "--text-field",
            "body",
            "--id-field",
            "key",
            "--format",
            "jsonl",
            "-",
        ],
        Some(corpus.as_bytes()),
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(ids(&output), ["k1", "k3"]);
    assert_eq!(
        stderr_lines(&output),
        ["ascribe: line 3: \"body\" is empty"]
    );
}
