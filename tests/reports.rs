//! Reports built from hand-made sessions: the JSON schema, HTML and Markdown escaping, CSV quoting
//! and formula neutralisation, shares.

use ascribe::model::{
    Attribution, Colour, Document, Language, Session, Source, SourceId, SourceKind, Span,
    Statement, Verdict, content_hash,
};
use ascribe::report::{self, ReportFormat, ReportOptions, stats};
use serde_json::Value;

/// A statement of `text` from the first occurrence of `from` to the end of `to` (inclusive).
struct Spec<'a> {
    from: &'a str,
    to: &'a str,
    source: Option<&'a str>,
    mention: Option<&'a str>,
    cue: Option<&'a str>,
    via: &'a [&'a str],
}

fn find(text: &str, needle: &str, after: usize) -> Span {
    let start = after
        + text[after..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?}"));
    Span::new(start, start + needle.len())
}

fn document(path: Option<&str>, title: &str, text: &str, specs: &[Spec<'_>]) -> Document {
    // Paragraphs: blank-line separated.
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for part in text.split("\n\n") {
        if !part.trim().is_empty() {
            paragraphs.push(Span::new(offset, offset + part.len()));
        }
        offset += part.len() + 2;
    }
    let statements = specs
        .iter()
        .enumerate()
        .map(|(id, spec)| {
            let start = find(text, spec.from, 0).start;
            let end = find(text, spec.to, start).end;
            let span = Span::new(start, end);
            let inside = |needle: Option<&str>| needle.map(|n| find(text, n, start));
            Statement {
                id,
                paragraph: paragraphs.iter().position(|p| p.contains(start)).unwrap(),
                span,
                attribution: Attribution {
                    source: spec.source.map(SourceId::from),
                    mention: inside(spec.mention),
                    cue: inside(spec.cue),
                    via: spec.via.iter().map(|v| SourceId::from(*v)).collect(),
                    confidence: if spec.source.is_some() { 0.93 } else { 0.6 },
                    rule: if spec.source.is_some() {
                        "verb-that"
                    } else {
                        "author"
                    }
                    .into(),
                },
            }
        })
        .collect();
    Document {
        path: path.map(str::to_string),
        title: title.to_string(),
        language: Language::Pl,
        text: text.to_string(),
        text_hash: content_hash(text),
        paragraphs,
        statements,
    }
}

fn source(id: &str, name: &str, kind: SourceKind, colour: usize) -> Source {
    Source {
        id: SourceId::from(id),
        name: name.to_string(),
        kind,
        aliases: vec![name.to_string()],
        colour: Colour::palette(colour),
        hidden: false,
    }
}

const PL_TEXT: &str = "NATO i Korea\n\nNATO potwierdziło, że Korea wysłała żołnierzy. Według \"The New \
                       York Times\", żołnierze są w Rosji.\n\nTo pierwszy taki przypadek. Analityk \
                       ocenił, że to eskalacja.";

/// Two documents; NATO confirmed by the reviewer, the analyst's statement reassigned.
fn session() -> Session {
    let mut session = Session::named("Przegląd");
    let pl = document(
        Some("/data/seed_pl.txt"),
        "NATO i Korea",
        PL_TEXT,
        &[
            Spec {
                from: "NATO potwierdziło",
                to: "żołnierzy.",
                source: Some("nato"),
                mention: Some("NATO"),
                cue: Some("potwierdziło"),
                via: &[],
            },
            Spec {
                from: "Według",
                to: "w Rosji.",
                source: Some("nyt"),
                mention: Some("The New York Times"),
                cue: Some("Według"),
                via: &["officials"],
            },
            Spec {
                from: "To pierwszy",
                to: "przypadek.",
                source: None,
                mention: None,
                cue: None,
                via: &[],
            },
            Spec {
                from: "Analityk",
                to: "eskalacja.",
                source: None,
                mention: None,
                cue: None,
                via: &[],
            },
        ],
    );
    let en = document(
        None,
        "",
        "Officials said it was over.",
        &[Spec {
            from: "Officials",
            to: "over.",
            source: Some("officials"),
            mention: Some("Officials"),
            cue: Some("said"),
            via: &[],
        }],
    );
    session.documents.push(pl);
    session.documents.push(en);
    session.sources.sources = vec![
        source("nato", "NATO", SourceKind::Organization, 0),
        source("nyt", "The New York Times", SourceKind::Media, 1),
        source("officials", "urzędnicy", SourceKind::Anonymous, 2),
        source("analyst", "Analityk", SourceKind::Person, 3),
    ];
    session.sources.sources[2].hidden = true;
    session.decide(0, 0, Verdict::Confirmed);
    session.decide(
        0,
        3,
        Verdict::Assigned {
            source: Some(SourceId::from("analyst")),
            via: vec![],
        },
    );
    session
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn sorted(mut list: Vec<&str>) -> Vec<&str> {
    list.sort_unstable();
    list
}

#[test]
fn json_follows_the_schema() {
    let session = session();
    let text = report::render(&session, ReportFormat::Json);
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        json,
        report::report_json(&session, ReportOptions::default())
    );
    assert!(
        text.starts_with("{\n  \"format\": \"ascribe-report\",\n  \"version\": 1,"),
        "{text}"
    );

    assert_eq!(
        keys(&json),
        sorted(vec![
            "format",
            "version",
            "documents",
            "sources",
            "comparison"
        ])
    );
    assert_eq!(json["format"], "ascribe-report");
    assert_eq!(json["version"], 1);
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 2);
    for (index, doc) in documents.iter().enumerate() {
        assert_eq!(
            keys(doc),
            sorted(vec![
                "path",
                "title",
                "language",
                "text",
                "statements",
                "figures",
                "unsourced"
            ])
        );
        let original = &session.documents[index];
        assert_eq!(doc["text"], original.text.as_str());
        assert_eq!(doc["language"], "pl");
        assert!(doc["title"].is_string());
        let text = doc["text"].as_str().unwrap();
        for statement in doc["statements"].as_array().unwrap() {
            assert_eq!(
                keys(statement),
                sorted(vec![
                    "id",
                    "paragraph",
                    "start",
                    "end",
                    "text",
                    "source",
                    "mention",
                    "cue",
                    "via",
                    "confidence",
                    "rule",
                    "reviewed"
                ])
            );
            let start = statement["start"].as_u64().unwrap() as usize;
            let end = statement["end"].as_u64().unwrap() as usize;
            assert_eq!(&text[start..end], statement["text"].as_str().unwrap());
            assert!(statement["id"].is_u64() && statement["paragraph"].is_u64());
            assert!(statement["source"].is_string() || statement["source"].is_null());
            for part in ["mention", "cue"] {
                let value = &statement[part];
                if value.is_null() {
                    continue;
                }
                assert_eq!(keys(value), vec!["end", "start", "text"]);
                let s = value["start"].as_u64().unwrap() as usize;
                let e = value["end"].as_u64().unwrap() as usize;
                assert_eq!(&text[s..e], value["text"].as_str().unwrap());
            }
            assert!(
                statement["via"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(Value::is_string)
            );
            let confidence = statement["confidence"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&confidence));
            assert!(statement["rule"].is_string());
            assert!(statement["reviewed"].is_boolean());
        }
    }
    // Reports name articles by file name unless full paths are asked for.
    assert_eq!(documents[0]["path"], "seed_pl.txt");
    assert!(documents[1]["path"].is_null());

    let statements = documents[0]["statements"].as_array().unwrap();
    // Machine output, confirmed: evidence kept.
    assert_eq!(statements[0]["source"], "nato");
    assert_eq!(statements[0]["mention"]["text"], "NATO");
    assert_eq!(statements[0]["cue"]["text"], "potwierdziło");
    assert_eq!(statements[0]["confidence"], 0.93);
    assert_eq!(statements[0]["rule"], "verb-that");
    assert_eq!(statements[0]["reviewed"], true);
    // A chain.
    assert_eq!(statements[1]["via"], serde_json::json!(["officials"]));
    assert_eq!(statements[1]["reviewed"], false);
    // The author's voice.
    assert!(statements[2]["source"].is_null() && statements[2]["mention"].is_null());
    assert_eq!(statements[2]["confidence"], 0.6);
    // Reassigned by the reviewer: the machine's evidence no longer applies.
    assert_eq!(statements[3]["source"], "analyst");
    assert!(statements[3]["mention"].is_null() && statements[3]["cue"].is_null());
    assert_eq!(statements[3]["rule"], "reviewer");
    assert_eq!(statements[3]["confidence"], 1.0);
    assert_eq!(statements[3]["reviewed"], true);

    let sources = json["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 4, "hidden sources are reported too");
    for source in sources {
        assert_eq!(
            keys(source),
            sorted(vec!["id", "name", "kind", "aliases", "colour"])
        );
        let colour = source["colour"].as_str().unwrap();
        assert!(Colour::from_hex(colour).is_some() && colour.starts_with('#') && colour.len() == 7);
        assert!(
            source["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .all(Value::is_string)
        );
    }
    assert_eq!(sources[0]["kind"], "organization");
    assert_eq!(sources[0]["colour"], "#0072B2");
}

#[test]
fn json_lines_carry_one_document_and_its_sources() {
    let session = session();
    let first = report::document_json(&session, 0, ReportOptions::default());
    assert_eq!(first["format"], "ascribe-report");
    assert_eq!(first["documents"].as_array().unwrap().len(), 1);
    let ids: Vec<&str> = first["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["nato", "nyt", "officials", "analyst"]);
    let second = report::document_json(&session, 1, ReportOptions::default());
    assert_eq!(second["sources"].as_array().unwrap().len(), 1);
    assert_eq!(second["sources"][0]["id"], "officials");
    assert_eq!(
        second["documents"][0],
        report::report_json(&session, ReportOptions::default())["documents"][1]
    );
    let missing = report::document_json(&session, 9, ReportOptions::default());
    assert_eq!(missing["documents"], serde_json::json!([]));

    let lines = report::render_jsonl(&session, ReportOptions::default());
    let parsed: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(parsed, vec![first, second]);
}

/// An article written to attack the report.
fn hostile_session() -> Session {
    let text = "Title <script>alert(1)</script>\n\n<b>Evil</b> said <script>alert(1)</script> and \
                <img src=x onerror=alert(1)> too. See <a href=\"javascript:alert(1)\">javascript:alert(1)</a> \
                & 'quotes' \"here\".\n\n=HYPERLINK(\"http://x\",\"y\") *bold* _em_ [link](javascript:alert(2)) \
                # not a heading | pipe ` tick.";
    let mut session = Session::named("<script>alert('name')</script>");
    let doc = document(
        Some("/tmp/<evil>.html"),
        "Title <script>alert(1)</script>",
        text,
        &[
            Spec {
                from: "<b>Evil</b>",
                to: "\"here\".",
                source: Some("evil"),
                mention: Some("<b>Evil</b>"),
                cue: Some("said"),
                via: &["quote"],
            },
            Spec {
                from: "=HYPERLINK",
                to: "tick.",
                source: Some("quote"),
                mention: None,
                cue: None,
                via: &[],
            },
        ],
    );
    session.documents.push(doc);
    session.sources.sources = vec![
        source("evil", "<b>Evil</b>", SourceKind::Person, 0),
        source(
            "quote",
            "Evil\" onmouseover=\"alert(1)' x='",
            SourceKind::Media,
            1,
        ),
    ];
    session.decide(0, 1, Verdict::Confirmed);
    session
}

#[test]
fn html_escapes_everything_from_the_article() {
    let html = report::render(&hostile_session(), ReportFormat::Html);
    for raw in [
        "<script",
        "<img",
        "<b>",
        "</b>",
        "<a href=\"javascript",
        "href=\"javascript",
        "onmouseover=\"",
        "<evil>",
    ] {
        assert!(!html.contains(raw), "raw {raw:?} in the report");
    }
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;b&gt;Evil&lt;/b&gt;",
        "&lt;a href=&quot;javascript:alert(1)&quot;&gt;javascript:alert(1)&lt;/a&gt;",
        "&amp; &#39;quotes&#39; &quot;here&quot;",
        "Evil&quot; onmouseover=&quot;alert(1)&#39; x=&#39;",
        "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;",
        "&lt;evil&gt;.html",
    ] {
        assert!(
            html.contains(escaped),
            "{escaped:?} missing from the report"
        );
    }
    let full = report::render_with(
        &hostile_session(),
        ReportFormat::Html,
        ReportOptions::FULL_PATHS,
    );
    assert!(full.contains("/tmp/&lt;evil&gt;.html") && !full.contains("<evil>"));
    // Standalone: a CSP, inline style, no script, no external resources.
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    ));
    assert!(html.contains("<style>") && html.contains("prefers-color-scheme: dark"));
    for absent in [
        "<script", "<link", "src=\"", "url(", "@import", "=\"http", "=\"//",
    ] {
        assert!(!html.contains(absent), "{absent:?} in the report");
    }
    // Balanced spans, two coloured statements, the confirmed one marked.
    assert_eq!(
        html.matches("<span").count(),
        html.matches("</span>").count()
    );
    assert_eq!(html.matches("<span class=\"st ").count(), 2);
    assert_eq!(html.matches("class=\"st s1 rev\"").count(), 1);
    assert!(html.contains(".s0 { --rgb: 0, 114, 178; }"));
}

#[test]
fn html_shows_sources_shares_and_tooltips() {
    let session = session();
    let html = report::render(&session, ReportFormat::Html);
    // Title paragraph is the heading, not repeated as text.
    assert!(html.contains("<h2>NATO i Korea</h2>"));
    assert_eq!(html.matches("<p class=\"h\">NATO i Korea</p>").count(), 0);
    // The mention and cue are marked inside the statement, and the tooltip tells all.
    assert!(html.contains("<span class=\"m\">NATO</span> <span class=\"q\">potwierdziło</span>"));
    assert!(
        html.contains(
            "title=\"Source: The New York Times (media)&#10;Named as: The New York Times&#10;Cue: \
         Według&#10;Chain: via urzędnicy&#10;Confidence: 93% · rule: verb-that\""
        ),
        "{html}"
    );
    assert!(html.contains("Reviewed: changed by the reviewer"));
    assert!(html.contains("Author (unattributed)"));
    assert!(html.contains("<td>organization</td>"));
    assert!(html.contains("<section id=\"all\">"));
    // Without the markup, every statement's text is there, in order.
    let mut plain = String::new();
    let mut in_tag = false;
    for c in html[html.find("<body>").unwrap()..].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let doc = &session.documents[0];
    let mut at = 0;
    for statement in &doc.statements {
        let text = ascribe::report::html::escape(doc.slice(statement.span));
        let found = plain[at..].find(&text);
        assert!(found.is_some(), "{text:?} not in order in {plain}");
        at += found.unwrap() + text.len();
    }
}

/// The statement table of a CSV report (the insight tables follow an empty line), parsed.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let statements = text.split("\r\n\r\n").next().unwrap_or("");
    parse_csv_table(&format!("{statements}\r\n"))
}

/// A minimal RFC 4180 reader for checking the writer.
fn parse_csv_table(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
        } else {
            match c {
                '"' => {
                    assert!(field.is_empty(), "quote inside an unquoted field");
                    quoted = true;
                }
                ',' => row.push(std::mem::take(&mut field)),
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "bare CR outside quotes");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                '\n' => panic!("bare LF outside quotes"),
                c => field.push(c),
            }
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "unterminated CSV"
    );
    rows
}

#[test]
fn csv_quotes_fields_and_neutralises_formulas() {
    let mut session = hostile_session();
    session.sources.sources[1].name = "+48 Radio, \"Zet\"".into();
    session.documents[0].path = Some("-rf.txt".into());
    let csv = report::render(&session, ReportFormat::Csv);
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0],
        [
            "document",
            "statement",
            "paragraph",
            "start",
            "end",
            "source_id",
            "source_name",
            "kind",
            "via",
            "confidence",
            "rule",
            "reviewed",
            "text"
        ]
    );
    assert!(rows.iter().all(|row| row.len() == 13));
    let doc = &session.documents[0];
    let first = &rows[1];
    assert_eq!(first[0], "'-rf.txt");
    assert_eq!(first[1], "0");
    assert_eq!(first[2], "1");
    assert_eq!(first[3], doc.statements[0].span.start.to_string());
    assert_eq!(first[4], doc.statements[0].span.end.to_string());
    assert_eq!(first[5], "evil");
    assert_eq!(first[6], "<b>Evil</b>");
    assert_eq!(first[7], "person");
    assert_eq!(first[8], "'+48 Radio, \"Zet\"");
    assert_eq!(first[9], "0.93");
    assert_eq!(first[10], "verb-that");
    assert_eq!(first[11], "false");
    assert_eq!(first[12], doc.slice(doc.statements[0].span));
    let second = &rows[2];
    assert_eq!(second[6], "'+48 Radio, \"Zet\"");
    assert_eq!(second[11], "true");
    assert_eq!(
        second[12],
        format!("'{}", doc.slice(doc.statements[1].span))
    );
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")"),
        "{csv}"
    );
    // No cell starts with a formula character.
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn csv_keeps_line_breaks_inside_quotes() {
    let mut session = session();
    session.sources.sources[0].name = "NATO\nHQ".into();
    let rows = parse_csv(&report::render(&session, ReportFormat::Csv));
    assert_eq!(rows.len(), 1 + 5);
    assert_eq!(rows[1][6], "NATO\nHQ");
    assert_eq!(rows[3][5], "");
    assert_eq!(rows[4][10], "reviewer");
    assert_eq!(rows[4][9], "1");
    assert_eq!(rows[2][8], "urzędnicy");
    assert_eq!(rows[5][0], "untitled");
}

#[test]
fn markdown_escapes_the_article() {
    let md = report::render(&hostile_session(), ReportFormat::Markdown);
    for raw in [
        "<script", "<img", "<b>", "[link](", "*bold*", "_em_", "<a href",
    ] {
        assert!(!md.contains(raw), "raw {raw:?} in the Markdown");
    }
    for escaped in [
        "&lt;script&gt;alert\\(1\\)&lt;/script&gt;",
        "&lt;img src=x onerror=alert\\(1\\)&gt;",
        "**\\[&lt;b&gt;Evil&lt;/b&gt;\\]**",
        "\\*bold\\* \\_em\\_ \\[link\\]\\(javascript:alert\\(2\\)\\)",
        "\\# not a heading \\| pipe \\` tick.",
        "# &lt;script&gt;alert\\('name'\\)&lt;/script&gt;",
    ] {
        assert!(md.contains(escaped), "{escaped:?} missing from:\n{md}");
    }
    // Each statement is one list item on one line.
    assert_eq!(md.lines().filter(|l| l.starts_with("- **\\[")).count(), 2);
}

#[test]
fn markdown_has_tables_and_grouped_statements() {
    let md = report::render(&session(), ReportFormat::Markdown);
    assert!(md.contains("## NATO i Korea"));
    assert!(md.contains("| Source | Kind | Statements | Share of text |"));
    assert!(md.contains("| NATO | organization | 1 |"));
    assert!(md.contains("| *Author (unattributed)* | — | 1 |"));
    assert!(
        md.contains("#### ¶ 2\n\n- **\\[NATO\\]** NATO potwierdziło"),
        "{md}"
    );
    assert!(md.contains("*(via urzędnicy)*"));
    assert!(md.contains("*(confirmed by the reviewer)*"));
    assert!(md.contains(
        "- **\\[Analityk\\]** Analityk ocenił, że to eskalacja. *(changed by the reviewer)*"
    ));
    assert!(md.contains("- **\\[author\\]** To pierwszy taki przypadek."));
    assert!(md.contains("## All documents"));
}

#[test]
fn shares_add_up() {
    let session = session();
    let doc = &session.documents[0];
    let stats = stats::document_stats(&session, 0);
    assert_eq!(stats.statements, 4);
    assert_eq!(stats.reviewed, 2);
    let bytes: usize = doc.statements.iter().map(|s| s.span.len()).sum();
    assert_eq!(stats.bytes, bytes);
    let total: f64 = stats.sources.iter().map(|(_, s)| s.share).sum::<f64>() + stats.author.share;
    assert!((total - 1.0).abs() < 1e-9);
    let kinds: f64 = stats.kinds.iter().map(|(_, s)| s.share).sum::<f64>() + stats.author.share;
    assert!((kinds - 1.0).abs() < 1e-9);
    let analyst = stats.source(&SourceId::from("analyst"));
    assert_eq!(analyst.statements, 1);
    assert_eq!(analyst.bytes, doc.statements[3].span.len());
    assert_eq!(stats.author.bytes, doc.statements[2].span.len());
    // Ordered as in the registry; kinds as in SourceKind::ALL.
    let ids: Vec<&str> = stats.sources.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["nato", "nyt", "analyst"]);
    let kinds: Vec<SourceKind> = stats.kinds.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        kinds,
        [
            SourceKind::Person,
            SourceKind::Media,
            SourceKind::Organization
        ]
    );

    let all = stats::session_stats(&session);
    assert_eq!(all.statements, 5);
    assert_eq!(all.source(&SourceId::from("officials")).statements, 1);
    assert_eq!(stats::percent(0.4251), "42.5%");
}

#[test]
fn every_format_survives_odd_sessions() {
    // Spans past the end or inside a character, unknown sources, no paragraphs, empty texts.
    let mut session = session();
    let doc = &mut session.documents[0];
    doc.paragraphs.clear();
    doc.statements[0].span = Span::new(1, 10_000);
    doc.statements[1].attribution.source = Some(SourceId::from("ghost"));
    doc.statements[1].attribution.mention = Some(Span::new(3, 2));
    let at = doc.text.find('ż').unwrap();
    doc.statements[2].span = Span::new(at + 1, at + 5);
    session.documents.push(Document::default());
    session.decisions.push(ascribe::model::Decision {
        document: 7,
        span: Span::new(0, 1),
        text: "x".into(),
        verdict: Verdict::Confirmed,
    });
    for format in ReportFormat::ALL {
        let text = report::render(&session, format);
        assert!(!text.is_empty());
    }
    let json = report::report_json(&session, ReportOptions::default());
    assert_eq!(json["documents"][0]["statements"][0]["text"], "");
    assert_eq!(json["documents"][0]["statements"][1]["source"], "ghost");
    let csv = parse_csv(&report::render(&session, ReportFormat::Csv));
    assert_eq!(csv[2][6], "ghost");
    assert_eq!(csv[2][7], "unknown");
}

#[test]
fn the_example_session_renders() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/seed_pl.session.ron");
    let session = ascribe::session::load(&path).unwrap();
    for format in ReportFormat::ALL {
        assert!(!report::render(&session, format).is_empty());
    }
    let json = report::report_json(&session, ReportOptions::default());
    assert_eq!(json["documents"][0]["text"], ascribe::SAMPLE_ARTICLE);
}
