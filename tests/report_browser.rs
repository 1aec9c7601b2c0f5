//! The HTML report in a real browser: hostile article text and source names must stay text.
//!
//! A session is built by hand whose article, titles, path and source names carry script
//! injections; its HTML report is opened in headless Chromium (`--dump-dom`), and the DOM the
//! browser ends up with must have no script, image or bold element, no event handler, no
//! `javascript:` link, and the title it was given — while the payloads read as literal text.
//! A control page proves the browser does run scripts, so the absence of `pwned` means something.
//! The report is also checked with its Content-Security-Policy removed: escaping alone must hold.
//!
//! Without a Chromium binary (`/usr/bin/chromium`, `chromium` or `chromium-browser` on `PATH`) the
//! tests print a message and pass, unless `ASCRIBE_REQUIRE_CHROMIUM=1` is set (CI).
//!
//! `ASCRIBE_REPORT_SCREENSHOT=/path/shot.png` also screenshots a report of the bundled sample.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ascribe::analysis::{AnalysisInput, Engine};
use ascribe::model::{
    Attribution, Document, Language, Session, SourceKind, Span, Statement, Verdict, content_hash,
};
use ascribe::report::{ReportFormat, render};
use scraper::{Html, Selector};

const SCRIPT: &str = "<script>document.title='pwned'</script>";
const IMG: &str = "<img src=x onerror=\"document.title='pwned'\">";
const LINK: &str = "<a href=\"javascript:document.title='pwned'\">x</a>";
const EVIL: &str = "<b>Evil</b>";
const SESSION_NAME: &str = "Hostile <report> & co";

/// The Chromium binary, if any; `None` (skip) unless `ASCRIBE_REQUIRE_CHROMIUM=1`.
fn chromium() -> Option<PathBuf> {
    let mut candidates = vec![PathBuf::from("/usr/bin/chromium")];
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            for name in ["chromium", "chromium-browser"] {
                candidates.push(dir.join(name));
            }
        }
    }
    let found = candidates.into_iter().find(|p| p.is_file());
    if found.is_none() {
        let required = std::env::var("ASCRIBE_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "ASCRIBE_REQUIRE_CHROMIUM=1 but no chromium binary was found"
        );
        eprintln!("report_browser: no chromium binary found; skipping the browser checks");
    }
    found
}

/// Runs headless Chromium with `extra` arguments on `page`; returns its standard output.
fn run_chromium(chromium: &Path, profile: &Path, extra: &[String], page: &Path) -> String {
    let url = format!("file://{}", page.display());
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 120 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = out.join().unwrap();
    let err = err.join().unwrap();
    assert!(
        status.success(),
        "chromium failed ({status}) on {url}:\n{err}"
    );
    out
}

fn dump_dom(chromium: &Path, dir: &Path, page: &Path) -> String {
    let dom = run_chromium(
        chromium,
        &dir.join("profile"),
        &["--dump-dom".to_string()],
        page,
    );
    assert!(
        dom.contains("<html"),
        "no DOM dumped for {}:\n{dom}",
        page.display()
    );
    dom
}

/// A session whose every piece of text is hostile.
fn hostile_session() -> Session {
    let paragraphs_text = [
        format!("{SCRIPT} title line"),
        format!("Analysts said that {SCRIPT} was harmless at $5 million. {EVIL} agreed."),
        format!("{IMG} appeared on the page, according to {EVIL}."),
        format!("„{LINK} is a link” – dodał {EVIL}. Tags: </p></span><p onclick=x>\"'&amp;"),
    ];
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    for (i, p) in paragraphs_text.iter().enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        paragraphs.push(Span::new(text.len(), text.len() + p.len()));
        text.push_str(p);
    }
    let find = |needle: &str, from: usize| {
        let at = text[from..].find(needle).unwrap() + from;
        Span::new(at, at + needle.len())
    };

    let mut session = Session::named(SESSION_NAME);
    let evil = session.sources.add(
        EVIL,
        SourceKind::Person,
        vec!["<i>alias</i>".to_string(), SCRIPT.to_string()],
    );
    let other = session
        .sources
        .add(&format!("{IMG} Agency"), SourceKind::Media, vec![]);
    let mut statements = Vec::new();
    let mut push = |paragraph: usize, span: Span, attribution: Attribution| {
        statements.push(Statement {
            id: statements.len(),
            paragraph,
            span,
            attribution,
        });
    };
    // Paragraph 1: two statements, the first by Evil (mention and cue inside it).
    let p1 = paragraphs[1];
    let split = find(". ", p1.start).start + 1;
    let mention = find(EVIL, p1.start);
    push(
        1,
        Span::new(p1.start, split),
        Attribution {
            source: Some(evil.clone()),
            mention: Some(find("Analysts", p1.start)),
            cue: Some(find(SCRIPT, p1.start)),
            via: vec![other.clone()],
            confidence: 0.9,
            rule: "<rule onmouseover=x>".to_string(),
        },
    );
    push(
        1,
        Span::new(split + 1, p1.end),
        Attribution {
            source: Some(evil.clone()),
            mention: Some(mention),
            cue: Some(find("agreed", p1.start)),
            via: vec![],
            confidence: 0.8,
            rule: "verb-that".to_string(),
        },
    );
    // Paragraph 2: one statement by the agency, the image payload marked as its cue.
    let p2 = paragraphs[2];
    push(
        2,
        p2,
        Attribution {
            source: Some(other.clone()),
            mention: Some(find(EVIL, p2.start)),
            cue: Some(find(IMG, p2.start)),
            via: vec![evil.clone()],
            confidence: 0.7,
            rule: "according-to".to_string(),
        },
    );
    // Paragraph 3: the author's own voice.
    push(
        3,
        paragraphs[3],
        Attribution {
            confidence: 0.5,
            rule: "author".to_string(),
            ..Attribution::default()
        },
    );
    session.documents.push(Document {
        path: Some(format!("/tmp/{IMG}.txt")),
        title: format!("{SCRIPT} title line"),
        language: Language::En,
        text_hash: content_hash(&text),
        text,
        paragraphs,
        statements,
    });
    session.decide(0, 1, Verdict::Confirmed);
    session.decide(
        0,
        3,
        Verdict::Assigned {
            source: Some(evil),
            via: vec![other],
        },
    );
    // A second document so the navigation (links with document titles) is rendered too.
    session.documents.push(Document {
        path: None,
        title: LINK.to_string(),
        language: Language::Pl,
        text: format!("{LINK}\n\nZwykły akapit."),
        text_hash: 0,
        paragraphs: vec![],
        statements: vec![],
    });
    session
}

/// What is wrong with the DOM a browser built from a report of [`hostile_session`] (nothing:
/// an empty list).
fn dom_problems(dom: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |ok: bool, problem: String| {
        if !ok {
            problems.push(problem);
        }
    };
    let html = Html::parse_document(dom);
    let select = |css: &str| Selector::parse(css).unwrap();

    let title: String = html
        .select(&select("head > title"))
        .flat_map(|t| t.text())
        .collect();
    check(
        title == format!("{SESSION_NAME} — ascribe"),
        format!("the title changed to {title:?}"),
    );

    for tag in [
        "script",
        "img",
        "b",
        "i",
        "iframe",
        "object",
        "embed",
        "svg",
        "rule",
        "foreignObject",
    ] {
        // The compare section's own chart is the one SVG allowed.
        let own = if tag == "svg" {
            html.select(&select("section#compare > svg.chart")).count()
        } else {
            0
        };
        let count = html.select(&select(tag)).count() - own;
        check(
            count == 0,
            format!("the page has {count} <{tag}> element(s)"),
        );
    }
    for element in html
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let tag = element.value().name();
        for (name, value) in element.value().attrs() {
            check(
                !name.to_ascii_lowercase().starts_with("on"),
                format!("<{tag} {name}={value:?}> has an event handler"),
            );
            check(
                !value.trim().to_ascii_lowercase().starts_with("javascript:"),
                format!("<{tag} {name}={value:?}> runs script"),
            );
        }
    }
    // The only links are the report's own navigation.
    for link in html.select(&select("a")) {
        let href = link.value().attr("href").unwrap_or("");
        check(
            href.starts_with("#doc-")
                || ["#all", "#compare", "#figures", "#unsourced"].contains(&href),
            format!("a link to {href:?}"),
        );
    }

    // The payloads are there, as text.
    let text: String = html.root_element().text().collect();
    for payload in [SCRIPT, IMG, LINK, EVIL, "</p></span><p onclick=x>"] {
        check(
            text.contains(payload),
            format!("{payload:?} is not shown as text"),
        );
    }
    check(
        dom.contains("&lt;script&gt;"),
        "<script> is not escaped".to_string(),
    );
    // The source name in the legend; tooltips keep the payloads as attribute text.
    let legend: String = html
        .select(&select(".legend"))
        .flat_map(|l| l.text())
        .collect();
    check(
        legend.contains(EVIL),
        format!("the legend lost the source name: {legend:?}"),
    );
    let tooltips: Vec<&str> = html
        .select(&select("span[title]"))
        .filter_map(|s| s.value().attr("title"))
        .collect();
    check(
        tooltips
            .iter()
            .any(|t| t.contains(EVIL) && t.contains(SCRIPT)),
        format!("tooltips lost their text: {tooltips:?}"),
    );
    problems
}

fn check_dom(dom: &str, what: &str) {
    let problems = dom_problems(dom);
    assert!(
        problems.is_empty(),
        "{what}:\n  {}\nDOM:\n{dom}",
        problems.join("\n  ")
    );
}

#[test]
fn hostile_report_stays_inert_in_chromium() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();

    // Control: the browser runs inline scripts of a page without a policy.
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        format!(
            "<!DOCTYPE html><html><head><title>control</title></head><body>{SCRIPT}</body></html>"
        ),
    )
    .unwrap();
    let dom = dump_dom(&chromium, dir.path(), &control);
    assert!(
        dom.contains("<title>pwned</title>"),
        "control: chromium did not run the script, so this test would prove nothing:\n{dom}"
    );

    let session = hostile_session();
    let report = render(&session, ReportFormat::Html);
    let page = dir.path().join("report.html");
    std::fs::write(&page, &report).unwrap();
    check_dom(&dump_dom(&chromium, dir.path(), &page), "report");

    // Escaping alone, without the Content-Security-Policy, must hold too.
    let csp_line = report
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .expect("the report has a Content-Security-Policy");
    let without_csp = report.replace(csp_line, "");
    assert!(!without_csp.contains("Content-Security-Policy"));
    let page = dir.path().join("report-without-csp.html");
    std::fs::write(&page, &without_csp).unwrap();
    check_dom(
        &dump_dom(&chromium, dir.path(), &page),
        "report without CSP",
    );

    // And the checks themselves catch a report whose escaping is undone.
    let unescaped = without_csp.replacen("&lt;script&gt;", "<script>", 1);
    let page = dir.path().join("report-unescaped.html");
    std::fs::write(&page, &unescaped).unwrap();
    let dom = dump_dom(&chromium, dir.path(), &page);
    let problems = dom_problems(&dom);
    assert!(
        problems.iter().any(|p| p.contains("<script> element")),
        "the checks accepted a report with a live <script>: {problems:?}"
    );
}

/// The report of two real articles (the sample and a second article on the same story) as
/// Chromium builds it: the figures, unsourced-claims and compare sections with their tables and
/// the compare chart, and still no script.
#[test]
fn two_article_report_shows_the_insight_sections() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::builtin();
    let mut session = Session::named("Two articles");
    let second = include_str!("../assets/screenshots/compare_pl.txt");
    for (name, text) in [
        (ascribe::SAMPLE_NAME, ascribe::SAMPLE_ARTICLE),
        ("compare_pl.txt", second),
    ] {
        let analysis = engine.analyze(&AnalysisInput {
            path: Some(name.to_string()),
            text: text.to_string(),
            title: None,
            language: Language::Pl,
        });
        session.add_document(analysis.document, &analysis.sources);
    }
    let page = dir.path().join("two.html");
    std::fs::write(&page, render(&session, ReportFormat::Html)).unwrap();
    let dom = dump_dom(&chromium, dir.path(), &page);
    let html = Html::parse_document(&dom);
    let count = |css: &str| html.select(&Selector::parse(css).unwrap()).count();
    assert!(count("section#figures tbody tr") >= 5, "figures table");
    assert!(count("section#unsourced tbody tr") >= 1, "unsourced table");
    assert!(
        count("section#compare table tbody tr") >= 3,
        "compare table"
    );
    assert_eq!(count("section#compare > svg.chart"), 1);
    assert!(count("section#compare svg rect[fill]") >= 4, "chart bars");
    for id in ["figures", "unsourced", "compare"] {
        assert_eq!(count(&format!("nav a[href=\"#{id}\"]")), 1, "{id}");
    }
    assert_eq!(count("script"), 0);
    let figures: String = html
        .select(&Selector::parse("section#figures").unwrap())
        .flat_map(|s| s.text())
        .collect();
    assert!(figures.contains("5 miliardów euro"), "{figures}");
    assert!(figures.contains("5 000 000 000"), "{figures}");
}

/// With `ASCRIBE_REPORT_SCREENSHOT=/path/shot.png`: a screenshot of the bundled sample's report
/// (for a human to look at). `ASCRIBE_REPORT_SCREENSHOT_DARK=1` renders it in dark mode.
#[test]
fn sample_report_screenshot() {
    let Some(target) = std::env::var_os("ASCRIBE_REPORT_SCREENSHOT") else {
        return;
    };
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let analysis = Engine::builtin().analyze(&AnalysisInput {
        path: Some(ascribe::SAMPLE_NAME.to_string()),
        text: ascribe::SAMPLE_ARTICLE.to_string(),
        title: None,
        language: Language::Pl,
    });
    let mut session = Session::named("Sample report");
    session.add_document(analysis.document, &analysis.sources);
    let page = dir.path().join("sample.html");
    std::fs::write(&page, render(&session, ReportFormat::Html)).unwrap();
    let target = std::path::absolute(PathBuf::from(target)).unwrap();
    let mut args = vec![
        format!("--screenshot={}", target.display()),
        "--window-size=1100,3000".to_string(),
        "--hide-scrollbars".to_string(),
    ];
    if std::env::var("ASCRIBE_REPORT_SCREENSHOT_DARK").is_ok_and(|v| v == "1") {
        args.push("--force-dark-mode".to_string());
        args.push("--blink-settings=preferredColorScheme=0".to_string());
    }
    run_chromium(&chromium, &dir.path().join("profile"), &args, &page);
    assert!(target.is_file(), "no screenshot at {}", target.display());
    println!("screenshot: {}", target.display());
}
