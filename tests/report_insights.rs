//! The insight parts of the reports: per-document `figures` and `unsourced`, the top-level
//! `comparison` of two or more documents in JSON (from the command line and the library), and
//! the same tables in HTML (`#figures`, `#unsourced`, `#compare`), CSV and Markdown.

use std::path::Path;
use std::process::Command;

use ascribe::model::{
    Attribution, Colour, Document, Language, Session, Source, SourceId, SourceKind, Span,
    Statement, Verdict, content_hash,
};
use ascribe::report::{self, ReportFormat, ReportOptions};
use serde_json::{Value, json};

const REASONS: [&str; 7] = [
    "anonymous",
    "hearsay",
    "figure",
    "superlative",
    "comparison",
    "causal",
    "hedge",
];

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn analyze_two_articles_reports_figures_unsourced_and_comparison() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::copy(root.join("assets/samples/seed_pl.txt"), &a).unwrap();
    std::fs::copy(root.join("assets/screenshots/compare_pl.txt"), &b).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_ascribe"))
        .args(["analyze", "--format", "json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 2);
    for doc in documents {
        let text = doc["text"].as_str().unwrap();
        let statements = doc["statements"].as_array().unwrap();
        let figures = doc["figures"].as_array().unwrap();
        assert!(!figures.is_empty());
        for figure in figures {
            assert_eq!(
                keys(figure),
                [
                    "end",
                    "source",
                    "start",
                    "statement",
                    "text",
                    "unit",
                    "value"
                ]
            );
            let (start, end) = (
                figure["start"].as_u64().unwrap() as usize,
                figure["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], figure["text"].as_str().unwrap());
            let statement = &statements[figure["statement"].as_u64().unwrap() as usize];
            assert!(statement["start"].as_u64().unwrap() as usize <= start);
            assert!(end <= statement["end"].as_u64().unwrap() as usize);
            assert_eq!(figure["source"], statement["source"]);
            let value = &figure["value"];
            assert!(
                value.is_number()
                    || value
                        .as_array()
                        .is_some_and(|r| r.len() == 2 && r.iter().all(Value::is_number)),
                "{value}"
            );
            assert!(figure["unit"].is_string() || figure["unit"].is_null());
        }
        for claim in doc["unsourced"].as_array().unwrap() {
            assert_eq!(keys(claim), ["reasons", "statement"]);
            assert!(claim["statement"].as_u64().unwrap() < statements.len() as u64);
            let reasons = claim["reasons"].as_array().unwrap();
            assert!(!reasons.is_empty());
            assert!(
                reasons
                    .iter()
                    .all(|r| REASONS.contains(&r.as_str().unwrap()))
            );
        }
    }
    // Values with their multipliers, from the reference article.
    let figure = |doc: usize, text: &str| -> Value {
        documents[doc]["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["text"] == text)
            .unwrap_or_else(|| panic!("no figure {text:?}: {}", documents[doc]["figures"]))
            .clone()
    };
    assert_eq!(
        figure(0, "5 miliardów euro")["value"],
        json!(5_000_000_000u64)
    );
    assert_eq!(figure(0, "5 miliardów euro")["unit"], "euro");
    assert_eq!(
        figure(0, "21,7 miliarda złotych")["value"],
        json!(21_700_000_000u64)
    );
    assert_eq!(figure(0, "ponad 20 tys.")["value"], json!(20_000));
    assert_eq!(figure(0, "1,5 tys. żołnierzy")["value"], json!(1500));
    assert_eq!(figure(1, "8 mln")["value"], json!(8_000_000));
    // Dates, years and ranges of days are not amounts.
    for not_figure in ["1990", "1953", "8-13"] {
        assert!(
            documents
                .iter()
                .flat_map(|d| d["figures"].as_array().unwrap())
                .all(|f| !f["text"].as_str().unwrap().contains(not_figure)),
            "{not_figure}"
        );
    }
    // The hearsay statement of the second article is listed.
    assert!(
        documents[1]["unsourced"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["reasons"].as_array().unwrap().contains(&json!("hearsay")))
    );

    let comparison = &json["comparison"];
    assert_eq!(keys(comparison), ["documents", "sources"]);
    assert_eq!(comparison["documents"], json!(["a.txt", "b.txt"]));
    let sources = comparison["sources"].as_array().unwrap();
    for source in sources {
        assert_eq!(keys(source), ["id", "share", "statements"]);
        assert_eq!(source["statements"].as_array().unwrap().len(), 2);
        for share in source["share"].as_array().unwrap() {
            assert!((0.0..=1.0).contains(&share.as_f64().unwrap()));
        }
    }
    for (index, doc) in documents.iter().enumerate() {
        let sourced = doc["statements"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| !s["source"].is_null())
            .count() as u64;
        let counted: u64 = sources
            .iter()
            .map(|s| s["statements"][index].as_u64().unwrap())
            .sum();
        assert_eq!(counted, sourced);
    }
    let nato = sources
        .iter()
        .find(|s| s["id"] == "nato")
        .expect("NATO compared");
    assert!(
        nato["statements"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n.as_u64() > Some(0))
    );
}

/// One article: an author's figure, a source's range, an anonymous source's claim.
fn hand_session() -> (Session, usize) {
    let parts: [(&str, Option<&str>); 4] = [
        ("Bezrobocie wzrosło do 5,2 proc.", None),
        ("GUS podał, że straty to 10–15 mln zł.", Some("gus")),
        ("Źródła twierdzą, że <b>2 mld</b> zniknęło.", Some("anon")),
        ("Minister odwiedził szpital.", None),
    ];
    let mut text = String::new();
    let mut statements = Vec::new();
    for (id, (sentence, source)) in parts.iter().enumerate() {
        if !text.is_empty() {
            text.push(' ');
        }
        let span = Span::new(text.len(), text.len() + sentence.len());
        text.push_str(sentence);
        statements.push(Statement {
            id,
            paragraph: 0,
            span,
            attribution: Attribution {
                source: source.map(SourceId::from),
                mention: None,
                cue: None,
                via: Vec::new(),
                confidence: 0.9,
                rule: if source.is_some() {
                    "verb-that"
                } else {
                    "author"
                }
                .into(),
            },
        });
    }
    let document = Document {
        path: Some("/private/x/hand.txt".into()),
        title: "Ręczny".into(),
        language: Language::Pl,
        text_hash: content_hash(&text),
        paragraphs: vec![Span::new(0, text.len())],
        text,
        statements,
    };
    let source = |id: &str, name: &str, kind| Source {
        id: SourceId::from(id),
        name: name.into(),
        kind,
        aliases: Vec::new(),
        colour: Colour::palette(0),
        hidden: false,
    };
    let mut session = Session::named("hand");
    let index = session.add_document(
        document,
        &[
            source("gus", "GUS", SourceKind::Government),
            source("anon", "Źródła", SourceKind::Anonymous),
        ],
    );
    (session, index)
}

#[test]
fn json_figures_and_claims_follow_the_reviewers_decisions() {
    let (mut session, _) = hand_session();
    let json = report::report_json(&session, ReportOptions::default());
    let doc = &json["documents"][0];
    assert!(
        json.get("comparison").is_none(),
        "one document: no comparison"
    );
    assert_eq!(doc["figures"][0]["value"], json!(5.2));
    assert_eq!(doc["figures"][0]["unit"], "proc.");
    assert!(doc["figures"][0]["source"].is_null());
    assert_eq!(doc["figures"][1]["value"], json!([10_000_000, 15_000_000]));
    assert_eq!(doc["figures"][1]["source"], "gus");
    assert_eq!(doc["figures"][2]["value"], json!(2_000_000_000u64));
    assert_eq!(
        doc["unsourced"],
        json!([
            {"statement": 2, "reasons": ["anonymous", "figure"]},
            {"statement": 0, "reasons": ["figure", "comparison"]},
        ])
    );
    // The reviewer gives the author's figure to GUS: it is sourced now.
    session.decide(
        0,
        0,
        Verdict::Assigned {
            source: Some(SourceId::from("gus")),
            via: vec![],
        },
    );
    let json = report::report_json(&session, ReportOptions::default());
    let doc = &json["documents"][0];
    assert_eq!(doc["figures"][0]["source"], "gus");
    assert_eq!(doc["unsourced"].as_array().unwrap().len(), 1);
}

#[test]
fn comparison_names_documents_like_the_rest_of_the_report() {
    let (mut session, _) = hand_session();
    let mut second = session.documents[0].clone();
    second.path = Some("/private/y/other.txt".into());
    let sources = session.sources.sources.clone();
    session.add_document(second, &sources);
    let json = report::report_json(&session, ReportOptions::default());
    assert_eq!(
        json["comparison"]["documents"],
        json!(["hand.txt", "other.txt"])
    );
    let full = report::report_json(&session, ReportOptions::FULL_PATHS);
    assert_eq!(
        full["comparison"]["documents"],
        json!(["/private/x/hand.txt", "/private/y/other.txt"])
    );
    let gus = &json["comparison"]["sources"][0];
    assert_eq!(gus["id"], "gus");
    assert_eq!(gus["statements"], json!([1, 1]));
    // JSON Lines: each line stands alone, without a comparison.
    for line in report::render_jsonl(&session, ReportOptions::default()).lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        assert!(value.get("comparison").is_none());
        assert!(value["documents"][0]["figures"].is_array());
    }
}

#[test]
fn html_csv_and_markdown_carry_the_insight_tables() {
    let (mut session, _) = hand_session();
    let mut second = session.documents[0].clone();
    second.path = Some("other.txt".into());
    let sources = session.sources.sources.clone();
    session.add_document(second, &sources);

    let html = report::render(&session, ReportFormat::Html);
    for id in ["figures", "unsourced", "compare"] {
        assert!(html.contains(&format!("<section id=\"{id}\"")), "{id}");
        assert!(html.contains(&format!("href=\"#{id}\"")), "{id}");
    }
    assert!(html.contains("<svg class=\"chart\""));
    assert!(html.contains("&lt;b&gt;2 mld&lt;/b&gt;"));
    assert!(!html.contains("<b>2 mld"));
    assert!(!html.to_lowercase().contains("<script"));

    let csv = report::render(&session, ReportFormat::Csv);
    let tables: Vec<&str> = csv.split("\r\n\r\n").collect();
    assert_eq!(tables.len(), 4, "statements, figures, unsourced, compare");
    assert!(tables[1].starts_with(
        "document,statement,start,end,figure,value,value_high,unit,source_id,source_name,unsourced\r\n"
    ));
    assert!(tables[1].contains("hand.txt,1,"));
    assert!(tables[1].contains(",10000000,15000000,zł,gus,GUS,false"));
    assert!(tables[2].starts_with("rank,document,statement,reasons,"));
    assert!(tables[2].contains("anonymous; figure"));
    assert!(tables[3].starts_with(
        "source_id,source_name,hand.txt statements,hand.txt share,other.txt statements,other.txt share"
    ));

    let md = report::render(&session, ReportFormat::Markdown);
    for heading in ["## Figures", "## Unsourced claims", "## Compare"] {
        assert!(md.contains(heading), "{heading}");
    }
    assert!(md.contains("| 10–15 mln zł |") || md.contains("10–15 mln zł"));
    assert!(!md.contains("<b>"));
}
