//! The `ascribe` binary end to end: exit statuses, error lines, encodings, formats, export.
//!
//! Report contents are checked loosely (valid JSON containing the article's words, a `language`
//! field somewhere) so that these tests stay about the command line, not the report schema.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use encoding_rs::{Encoding, ISO_8859_2, WINDOWS_1250};
use serde_json::Value;

/// Polish text with every Polish diacritic, encodable in Windows-1250 and ISO-8859-2 alike.
const POLISH: &str = "NATO potwierdziło, że Korea Północna wysłała swoich żołnierzy do Rosji. \
Według analityczki Oleny Guseinowej z Uniwersytetu Hankuk w Seulu Putin chce pokazać, że ma \
sojusznika.\r\n\r\nŹródło zbliżone do rządu oceniło, że to poważna eskalacja. Zażółć gęślą jaźń, \
powiedział Ślązak z Łodzi.\r\n";

const ENGLISH: &str = "NATO confirmed that North Korea has sent troops to Russia, \
according to officials who spoke to The New York Times.\n";

fn ascribe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ascribe"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn ascribe_paths(first: &[&str], paths: &[&Path], rest: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ascribe"));
    command.args(first).args(paths).args(rest);
    command.output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn no_panic(output: &Output) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "panic: {err}");
    assert!(!err.contains("RUST_BACKTRACE"), "panic: {err}");
}

/// Every string anywhere in a JSON value.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Every value stored under `key` anywhere in a JSON value.
fn fields<'a>(value: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| fields(v, key, out)),
        Value::Object(map) => {
            for (k, v) in map {
                if k == key {
                    out.push(v);
                }
                fields(v, key, out);
            }
        }
        _ => {}
    }
}

fn json_contains(value: &Value, needle: &str) -> bool {
    let mut all = Vec::new();
    strings(value, &mut all);
    all.iter().any(|s| s.contains(needle))
}

/// Checks that the report names the language, and only `expected`.
fn assert_language(report: &Value, expected: &str) {
    let mut found = Vec::new();
    fields(report, "language", &mut found);
    assert!(!found.is_empty(), "no language field in {report}");
    for value in found {
        assert_eq!(value.as_str(), Some(expected), "in {report}");
    }
}

/// Runs `analyze FILE` (JSON), expects success, returns the parsed report.
fn analyze_json(path: &Path, extra: &[&str]) -> Value {
    let output = ascribe_paths(&["analyze"], &[path], extra);
    no_panic(&output);
    assert!(
        output.status.success(),
        "{}: {}",
        path.display(),
        stderr(&output)
    );
    serde_json::from_str(&stdout(&output)).expect("the report is JSON")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    if bom {
        bytes.extend_from_slice(if little_endian {
            &[0xff, 0xfe]
        } else {
            &[0xfe, 0xff]
        });
    }
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

fn assert_polish_decoded(report: &Value) {
    for word in [
        "żołnierzy",
        "Guseinowej",
        "Zażółć gęślą jaźń",
        "Źródło",
        "Ślązak",
        "Łodzi",
    ] {
        assert!(json_contains(report, word), "{word} missing from {report}");
    }
    assert!(
        !json_contains(report, "\u{fffd}"),
        "replacement characters in {report}"
    );
}

fn assert_input_error(output: &Output, expected: &str) {
    no_panic(output);
    assert_eq!(output.status.code(), Some(2), "stderr: {}", stderr(output));
    let err = stderr(output);
    assert!(err.starts_with("ascribe: "), "{err}");
    assert!(err.contains(expected), "expected {expected:?} in {err:?}");
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let output = ascribe_paths(&["analyze"], &[&missing], &[]);
    assert_input_error(
        &output,
        &format!("ascribe: {}: no such file", missing.display()),
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn folder_without_articles() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "photo.png", b"\x89PNG\r\n\x1a\n");
    let output = ascribe_paths(&["analyze"], &[dir.path()], &[]);
    assert_input_error(&output, "folder has no .txt, .md, .html, .htm, .docx files");
}

#[test]
fn export_of_a_directory_or_missing_session() {
    let dir = tempfile::tempdir().unwrap();
    let output = ascribe_paths(&["export"], &[dir.path()], &[]);
    assert_input_error(
        &output,
        &format!("{}: is a directory", dir.path().display()),
    );
    let output = ascribe_paths(&["export"], &[&dir.path().join("none.ron")], &[]);
    assert_input_error(&output, "none.ron: no such file");
}

#[test]
fn binary_png() {
    let dir = tempfile::tempdir().unwrap();
    let png = write(
        dir.path(),
        "article.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    );
    let output = ascribe_paths(&["analyze"], &[&png], &[]);
    assert_input_error(
        &output,
        "article.txt: binary file (PNG image), not an article",
    );
}

#[test]
fn empty_and_blank_files() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.txt", b"");
    assert_input_error(
        &ascribe_paths(&["analyze"], &[&empty], &[]),
        "empty.txt: empty file",
    );
    let blank = write(dir.path(), "blank.md", b"  \r\n\t\n \n");
    assert_input_error(
        &ascribe_paths(&["analyze"], &[&blank], &[]),
        "blank.md: contains only whitespace",
    );
}

#[test]
fn good_files_are_analysed_and_bad_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", POLISH.as_bytes());
    let empty = write(dir.path(), "empty.txt", b"");
    let missing = dir.path().join("missing.txt");
    let output = ascribe_paths(&["analyze"], &[&empty, &good, &missing], &[]);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(err.contains("missing.txt: no such file"), "{err}");
    let report: Value = serde_json::from_str(&stdout(&output)).expect("a report of the good file");
    assert!(json_contains(&report, "żołnierzy"));
}

#[test]
fn windows_1250() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "cp1250.txt", &encode(POLISH, WINDOWS_1250));
    assert_polish_decoded(&analyze_json(&path, &[]));
}

#[test]
fn iso_8859_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "latin2.txt", &encode(POLISH, ISO_8859_2));
    assert_polish_decoded(&analyze_json(&path, &[]));
}

#[test]
fn utf8_with_bom() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(POLISH.as_bytes());
    let path = write(dir.path(), "bom.txt", &bytes);
    let report = analyze_json(&path, &[]);
    assert_polish_decoded(&report);
    assert!(!json_contains(&report, "\u{feff}"));
}

#[test]
fn utf16_with_and_without_bom() {
    let dir = tempfile::tempdir().unwrap();
    for (name, little, bom) in [
        ("le-bom.txt", true, true),
        ("be-bom.txt", false, true),
        ("le.txt", true, false),
        ("be.txt", false, false),
    ] {
        let path = write(dir.path(), name, &utf16(POLISH, little, bom));
        assert_polish_decoded(&analyze_json(&path, &[]));
    }
}

#[test]
fn every_format() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", POLISH.as_bytes());
    let b = write(dir.path(), "b.txt", ENGLISH.as_bytes());
    let run = |format: &str| {
        let output = ascribe_paths(&["analyze"], &[&a, &b], &["--format", format]);
        no_panic(&output);
        assert!(output.status.success(), "{format}: {}", stderr(&output));
        let text = stdout(&output);
        assert!(!text.trim().is_empty(), "{format}: empty output");
        text
    };

    let json: Value = serde_json::from_str(&run("json")).expect("json is JSON");
    assert!(json_contains(&json, "żołnierzy") && json_contains(&json, "troops"));

    let jsonl = run("jsonl");
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(lines.len(), 2, "{jsonl}");
    for line in &lines {
        serde_json::from_str::<Value>(line).expect("each jsonl line is JSON");
    }

    let csv = run("csv");
    assert!(
        serde_json::from_str::<Value>(&csv).is_err(),
        "csv is not JSON"
    );
    assert!(
        csv.lines().count() >= 2 && csv.lines().next().unwrap().contains(','),
        "{csv}"
    );

    let md = run("md");
    assert!(md.lines().any(|line| line.starts_with('#')), "{md}");
    assert_eq!(run("markdown"), md);

    let html = run("html").to_ascii_lowercase();
    assert!(html.contains("<html") && html.contains("</html>"), "{html}");

    let ron = run("ron");
    let session = ascribe::session::from_ron(&ron, "stdout").expect("ron is a session");
    assert_eq!(session.documents.len(), 2);
    assert!(session.documents[0].text.contains("żołnierzy"));
    assert!(session.documents[1].text.contains("troops"));
}

#[test]
fn unknown_format_is_a_usage_error() {
    let output = ascribe(&["analyze", "x.txt", "--format", "pdf"]);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("pdf"));
    let output = ascribe(&["analyze"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn export_of_an_analysed_session() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", POLISH.as_bytes());
    let session = dir.path().join("review.ron");
    let output = ascribe_paths(&["analyze"], &[&article], &["--format", "ron", "-o"]);
    assert_eq!(output.status.code(), Some(2), "-o needs a value");
    let mut command = Command::new(env!("CARGO_BIN_EXE_ascribe"));
    let output = command
        .arg("analyze")
        .arg(&article)
        .args(["--format", "ron", "-o"])
        .arg(&session)
        .output()
        .unwrap();
    no_panic(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    assert!(ascribe::session::load(&session).is_ok());

    let output = ascribe_paths(&["export"], &[&session], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: Value = serde_json::from_str(&stdout(&output)).expect("export defaults to JSON");
    assert_polish_decoded(&report);

    for (format, marker) in [("md", "#"), ("html", "<"), ("csv", ","), ("json", "{")] {
        let out = dir.path().join(format!("report.{format}"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_ascribe"));
        let output = command
            .arg("export")
            .arg(&session)
            .args(["--format", format, "--output"])
            .arg(&out)
            .output()
            .unwrap();
        no_panic(&output);
        assert!(output.status.success(), "{format}: {}", stderr(&output));
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.contains(marker), "{format}: {written}");
    }
    // Only the session, the article and the reports: no temporary files left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn jsonl_streams_one_line_per_document_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["c.txt", "a.txt", "b.txt", "d.md"];
    let paths: Vec<PathBuf> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            write(
                dir.path(),
                name,
                format!("Artykuł numer {i}. {POLISH}").as_bytes(),
            )
        })
        .collect();
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let output = ascribe_paths(&["analyze", "--format", "jsonl"], &refs, &[]);
    no_panic(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), names.len());
    for (i, line) in lines.iter().enumerate() {
        assert!(
            json_contains(line, &format!("Artykuł numer {i}.")),
            "line {i}: {line}"
        );
    }
}

#[test]
fn jsonl_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", POLISH.as_bytes());
    let out = dir.path().join("out.jsonl");
    let output = ascribe_paths(
        &["analyze", "-f", "jsonl"],
        &[&a, &a, &a],
        &["-o", out.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 3);
    // When no file can be analysed no output file is created.
    let empty = write(dir.path(), "empty.txt", b"");
    let none = dir.path().join("none.jsonl");
    let output = ascribe_paths(
        &["analyze", "-f", "jsonl"],
        &[&empty],
        &["-o", none.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(!none.exists());
}

#[test]
fn folders_are_searched_recursively() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "b/two.md",
        "Drugi tekst. To jest Polska.".as_bytes(),
    );
    write(
        dir.path(),
        "a/one.txt",
        "Pierwszy tekst, że tak powiem.".as_bytes(),
    );
    write(
        dir.path(),
        "c/three.html",
        b"<html><body><p>Trzeci tekst jest w HTML.</p></body></html>",
    );
    write(dir.path(), "c/ignored.pdf", b"%PDF-1.4");
    write(dir.path(), ".hidden/secret.txt", b"Nie czytaj tego.");
    let output = ascribe_paths(&["analyze", "--format", "jsonl"], &[dir.path()], &[]);
    no_panic(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(json_contains(&lines[0], "Pierwszy"));
    assert!(json_contains(&lines[1], "Drugi"));
    assert!(json_contains(&lines[2], "Trzeci"));
}

#[test]
fn language_override_and_detection() {
    let dir = tempfile::tempdir().unwrap();
    let polish = write(dir.path(), "pl.txt", POLISH.as_bytes());
    let english = write(dir.path(), "en.txt", ENGLISH.as_bytes());
    assert_language(&analyze_json(&polish, &[]), "pl");
    assert_language(&analyze_json(&english, &[]), "en");
    assert_language(&analyze_json(&polish, &["--lang", "en"]), "en");
    assert_language(&analyze_json(&english, &["--lang", "pl"]), "pl");
    assert_language(&analyze_json(&english, &["--lang", "auto"]), "en");
}

#[test]
fn html_is_extracted_without_scripts() {
    let dir = tempfile::tempdir().unwrap();
    let page = r#"<!DOCTYPE html>
<html><head><title>Portal | Wiadomości</title>
<script>document.write("<p>tracking</p>")</script><style>.x{}</style></head>
<body><nav><a href="/">Strona główna</a></nav>
<article><h1>Korea &amp; Rosja</h1>
<p>NATO potwierdziło &quot;doniesienia&quot; o &#261;&#x119; żołnierzach.<script>alert(1)</script></p>
<iframe src="https://ads.example/"><p>ramka reklamowa</p></iframe>
<p>Drugi akapit <b>bez <i>zamknięcia</b> tagów
<p>Trzeci    akapit,
   w wielu liniach.
<div><p>Czwarty
</article><footer>Stopka</footer>"#;
    let path = write(dir.path(), "page.html", page.as_bytes());
    let report = analyze_json(&path, &[]);
    for expected in [
        "Korea & Rosja",
        "NATO potwierdziło \"doniesienia\" o ąę żołnierzach.",
        "Drugi akapit bez zamknięcia tagów",
        "Trzeci akapit, w wielu liniach.",
        "Czwarty",
    ] {
        assert!(
            json_contains(&report, expected),
            "{expected:?} missing from {report}"
        );
    }
    for absent in [
        "alert",
        "tracking",
        "ramka",
        "Strona główna",
        "Stopka",
        "&amp;",
        "&#261;",
    ] {
        assert!(
            !json_contains(&report, absent),
            "{absent:?} leaked into {report}"
        );
    }
}

#[test]
fn output_file_problems() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", POLISH.as_bytes());
    let out = dir.path().join("no/such/folder/out.json");
    let output = ascribe_paths(&["analyze"], &[&a], &["-o", out.to_str().unwrap()]);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("out.json"), "{}", stderr(&output));
    let output = ascribe_paths(&["analyze"], &[&a], &["-o", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("is a directory"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn output_file_is_replaced_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", POLISH.as_bytes());
    let out = write(dir.path(), "out.json", b"old contents");
    let output = ascribe_paths(&["analyze"], &[&a], &["-o", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(json_contains(&written, "żołnierzy"));
    // A failed run leaves the old file alone.
    let empty = write(dir.path(), "empty.txt", b"");
    let output = ascribe_paths(&["analyze"], &[&empty], &["-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let still: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(still, written);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn nul_bytes_rtl_and_emoji_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let odd = write(
        dir.path(),
        "odd.txt",
        "Rzecznik powiedział\0 coś. שלום עולם — مرحبا بالعالم 👩‍👩‍👧 🇵🇱 ẞ\u{200f}.\n\nKoniec."
            .as_bytes(),
    );
    let output = ascribe_paths(&["analyze"], &[&odd], &[]);
    no_panic(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert!(json_contains(&report, "👩‍👩‍👧"));
}

#[cfg(not(feature = "gui"))]
#[test]
fn no_gui_in_this_build() {
    let output = ascribe(&["some.txt"]);
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("this build has no GUI; use `ascribe analyze`"));
}

#[test]
fn help_and_version() {
    let output = ascribe(&["--help"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("analyze") && stdout(&output).contains("export"));
    let output = ascribe(&["analyze", "--help"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains("--lang"));
    let output = ascribe(&["--version"]);
    assert!(output.status.success());
    assert!(stdout(&output).contains(env!("CARGO_PKG_VERSION")));
}

/// A file the user may not read: refused with the file named and exit code 2. As root (where
/// permissions deny nothing) the binary runs as the unprivileged `nobody` through `setpriv`, so
/// the test exercises the real error path instead of skipping.
#[test]
fn unreadable_file_is_refused_with_its_name() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = write(
        dir.path(),
        "locked.txt",
        "NATO potwierdziło, że…".as_bytes(),
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let output = if is_root {
        let bin = env!("CARGO_BIN_EXE_ascribe");
        let setpriv = Command::new("setpriv")
            .args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                bin,
                "analyze",
            ])
            .arg(&path)
            .output();
        match setpriv {
            Ok(output) if !String::from_utf8_lossy(&output.stderr).contains("setpriv:") => output,
            _ => {
                eprintln!("skipped: running as root without a usable setpriv");
                return;
            }
        }
    } else {
        ascribe_paths(&["analyze"], &[&path], &[])
    };
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("locked.txt") && err.contains("permission denied"),
        "{err}"
    );
}

/// `-o` never replaces what it does not own: a symbolic link is written through (the link stays),
/// a special file such as `/dev/null` or a named pipe is written into, not replaced.
#[test]
fn output_through_symlinks_and_into_special_files() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(
        dir.path(),
        "a.txt",
        "NATO potwierdziło, że ćwiczenia się odbędą.".as_bytes(),
    );
    let real = dir.path().join("real.json");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let output = ascribe_paths(&["analyze"], &[&article], &["-o", link.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("ascribe-report")
    );

    // A named pipe with a reader on the other end.
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped the pipe case: no mkfifo");
        return;
    }
    let mut reader = Command::new("cat")
        .arg(&fifo)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let output = ascribe_paths(&["analyze"], &[&article], &["-o", fifo.to_str().unwrap()]);
    let still_fifo = {
        use std::os::unix::fs::FileTypeExt;
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    };
    // The reader ends at the writer's end of file; if the pipe was bypassed it would wait forever.
    for _ in 0..100 {
        if reader.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = reader.kill();
    let read = reader.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(still_fifo, "the named pipe was replaced by a regular file");
    assert!(String::from_utf8_lossy(&read.stdout).contains("ascribe-report"));
}

/// A session whose article text was edited by hand: export tells the user, analyses the text again
/// and reports statements that match the edited text; the file itself is left as it was.
#[test]
fn export_of_a_session_with_edited_text_reanalyses_and_warns() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(
        dir.path(),
        "a.txt",
        "NATO potwierdziło, że ćwiczenia się odbędą. Pogoda była ładna.".as_bytes(),
    );
    let session = dir.path().join("s.ron");
    let output = ascribe_paths(
        &["analyze"],
        &[&article],
        &["--format", "ron", "-o", session.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let ron = std::fs::read_to_string(&session).unwrap();
    let edited = ron.replacen(
        "NATO potwierdziło",
        "Wstęp od redakcji. NATO potwierdziło",
        1,
    );
    assert_ne!(ron, edited, "the session file holds the article text");
    std::fs::write(&session, &edited).unwrap();
    let output = ascribe_paths(&["export"], &[&session], &["--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("analysed again"),
        "{}",
        stderr(&output)
    );
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let doc = &report["documents"][0];
    let text = doc["text"].as_str().unwrap();
    assert!(text.starts_with("Wstęp od redakcji."));
    for st in doc["statements"].as_array().unwrap() {
        let (start, end) = (
            st["start"].as_u64().unwrap() as usize,
            st["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], st["text"].as_str().unwrap());
    }
    assert_eq!(
        std::fs::read_to_string(&session).unwrap(),
        edited,
        "loading never modifies the file"
    );
}
