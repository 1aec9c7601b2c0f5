//! The four question views of the reviewer (quotes by source, unsourced claims, figures,
//! compare), driven like a user would through egui_kittest: shortcuts and menus open them, rows
//! are found and clicked through the accessibility tree.

#![cfg(feature = "gui")]

use ascribe::gui::{AscribeApp, Command};
use ascribe::model::{
    Attribution, Colour, Document, Language, Session, Source, SourceId, SourceKind, Span,
    Statement, content_hash,
};
use egui::{Key, Modifiers, OutputCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type App<'a> = Harness<'a, AscribeApp>;

const CTRL_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

/// (sentence, source, rule, via)
type Part<'a> = (&'a str, Option<&'a str>, &'a str, &'a [&'a str]);

fn document(path: &str, title: &str, language: Language, parts: &[Part<'_>]) -> Document {
    let mut text = String::new();
    let mut statements = Vec::new();
    let mut paragraphs = Vec::new();
    for (index, (sentence, source, rule, via)) in parts.iter().enumerate() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let span = Span::new(text.len(), text.len() + sentence.len());
        text.push_str(sentence);
        paragraphs.push(span);
        statements.push(Statement {
            id: index,
            paragraph: index,
            span,
            attribution: Attribution {
                source: source.map(SourceId::from),
                mention: None,
                cue: None,
                via: via.iter().map(|v| SourceId::from(*v)).collect(),
                confidence: 0.9,
                rule: rule.to_string(),
            },
        });
    }
    Document {
        path: Some(path.to_string()),
        title: title.to_string(),
        language,
        text_hash: content_hash(&text),
        text,
        paragraphs,
        statements,
    }
}

/// A Polish and an English article sharing NATO and Reuters; an anonymous source, a hearsay
/// statement, a chain (Reuters citing officials), figures of sources and of the author.
fn two_articles() -> Session {
    let a = document(
        "a.txt",
        "Raport A",
        Language::Pl,
        &[
            (
                "NATO potwierdziło, że w Rosji jest 10 tys. żołnierzy.",
                Some("nato"),
                "verb-that",
                &[],
            ),
            (
                "Reuters podaje, że straty sięgają 5 mln dolarów.",
                Some("reuters"),
                "verb-that",
                &["officials"],
            ),
            (
                "Źródła w rządzie twierdzą, że rozmowy trwają.",
                Some("anon"),
                "verb-that",
                &[],
            ),
            (
                "Minister miał powiedzieć, że to koniec.",
                Some("minister"),
                "hearsay",
                &[],
            ),
            ("To największy kryzys od lat.", None, "author", &[]),
            ("Spotkanie odbyło się w Warszawie.", None, "author", &[]),
        ],
    );
    let b = document(
        "b.txt",
        "Report B",
        Language::En,
        &[
            (
                "NATO said 3,000 troops had arrived.",
                Some("nato"),
                "verb-that",
                &[],
            ),
            (
                "Prices rose by 12% because of the war.",
                None,
                "author",
                &[],
            ),
            (
                "Reuters reported the talks failed.",
                Some("reuters"),
                "verb-that",
                &[],
            ),
        ],
    );
    let source = |id: &str, name: &str, kind, n| Source {
        id: SourceId::from(id),
        name: name.to_string(),
        kind,
        aliases: Vec::new(),
        colour: Colour::palette(n),
        hidden: false,
    };
    let sources = vec![
        source("nato", "NATO", SourceKind::Organization, 0),
        source("reuters", "Reuters", SourceKind::Media, 1),
        source("officials", "Urzędnicy", SourceKind::Group, 2),
        source("anon", "Źródła w rządzie", SourceKind::Anonymous, 3),
        source("minister", "Minister", SourceKind::Person, 4),
    ];
    let mut session = Session::named("views");
    session.add_document(a, &sources);
    session.add_document(b, &sources);
    session
}

fn open() -> App<'static> {
    let session = two_articles();
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |_cc| AscribeApp::new_for_test(session));
    harness.run();
    harness
}

fn press(harness: &mut App<'_>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn click(harness: &mut App<'_>, label_contains: &str) {
    harness.get_by_label_contains(label_contains).click();
    harness.run();
}

fn count(harness: &App<'_>, prefix: &str) -> usize {
    (1..100)
        .take_while(|k| {
            harness
                .query_by_label_contains(&format!("{prefix} {k}:"))
                .is_some()
        })
        .count()
}

fn label(harness: &App<'_>, contains: &str) -> String {
    harness
        .get_by_label_contains(contains)
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

#[test]
fn quotes_list_a_source_across_articles_jump_and_copy_a_citation() {
    let mut harness = open();
    click(&mut harness, "Source NATO:");
    press(&mut harness, CTRL_SHIFT, Key::Q);
    harness.get_by_label("Quotes by source");
    assert_eq!(count(&harness, "Quote"), 2);
    assert!(label(&harness, "Quote 1:").contains("Raport A ¶1: NATO potwierdziło"));
    assert!(label(&harness, "Quote 2:").contains("Report B ¶1: NATO said"));

    click(&mut harness, "Quote 2:");
    assert_eq!(harness.state().selection(), (1, Some(0)));

    harness.get_by_label("Copy citation of quote 1").click();
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        copied,
        ["„NATO potwierdziło, że w Rosji jest 10 tys. żołnierzy.” — NATO, Raport A"]
    );
    harness.run();

    // English articles are cited with English quotation marks.
    harness.get_by_label("Copy citation of quote 2").click();
    harness.step();
    let english = format!("{:?}", harness.output().platform_output.commands);
    assert!(
        english.contains("“NATO said 3,000 troops had arrived.” — NATO, Report B"),
        "{english}"
    );
    harness.run();

    // Another source through the view's own chooser, then the same shortcut closes the view.
    command(
        &mut harness,
        Command::QuotesOf(Some(SourceId::from("reuters"))),
    );
    assert_eq!(count(&harness, "Quote"), 2);
    assert!(label(&harness, "Quote 1:").contains("Reuters podaje"));
    press(&mut harness, CTRL_SHIFT, Key::Q);
    assert!(harness.query_by_label_contains("Quote 1:").is_none());
}

fn command(harness: &mut App<'_>, command: Command) {
    harness.state_mut().queue(command);
    harness.run();
}

#[test]
fn unsourced_claims_are_ranked_with_reasons_and_u_steps_through_them() {
    let mut harness = open();
    press(&mut harness, CTRL_SHIFT, Key::U);
    harness.get_by_label("Unsourced claims");
    assert_eq!(count(&harness, "Unsourced claim"), 4);
    assert!(label(&harness, "Unsourced claim 1:").contains("figure, comparison, causal — author"));
    assert!(label(&harness, "Unsourced claim 2:").contains("anonymous — Źródła w rządzie"));
    assert!(label(&harness, "Unsourced claim 3:").contains("hearsay — Minister"));
    assert!(label(&harness, "Unsourced claim 4:").contains("superlative — author"));

    press(&mut harness, Modifiers::NONE, Key::U);
    assert_eq!(harness.state().selection(), (1, Some(1)));
    press(&mut harness, Modifiers::NONE, Key::U);
    assert_eq!(harness.state().selection(), (0, Some(2)));
    press(&mut harness, Modifiers::SHIFT, Key::U);
    assert_eq!(harness.state().selection(), (1, Some(1)));
    press(&mut harness, Modifiers::SHIFT, Key::U);
    assert_eq!(
        harness.state().selection(),
        (0, Some(4)),
        "wraps to the last"
    );
    // N stays "next unreviewed".
    press(&mut harness, Modifiers::NONE, Key::N);
    assert_eq!(harness.state().selection(), (0, Some(5)));

    click(&mut harness, "Unsourced claim 3:");
    assert_eq!(harness.state().selection(), (0, Some(3)));

    // A reviewer naming an accountable source takes the claim off the list.
    command(&mut harness, Command::AssignSource(SourceId::from("nato")));
    assert_eq!(count(&harness, "Unsourced claim"), 3);
}

#[test]
fn figures_show_values_units_and_sources_and_filter_by_source() {
    let mut harness = open();
    press(&mut harness, CTRL_SHIFT, Key::F);
    harness.get_by_label("Figures");
    assert_eq!(count(&harness, "Figure"), 4);
    assert!(label(&harness, "Figure 1:").contains("10 tys. żołnierzy = 10 000 żołnierzy — NATO"));
    assert!(label(&harness, "Figure 2:").contains("5 mln dolarów = 5 000 000 dolarów — Reuters"));
    assert!(label(&harness, "Figure 4:").contains("12% = 12 % — author · UNSOURCED"));

    click(&mut harness, "Figures of Author (unsourced)");
    assert_eq!(count(&harness, "Figure"), 1);
    assert!(label(&harness, "Figure 1:").contains("12%"));

    click(&mut harness, "Figures of NATO");
    assert_eq!(count(&harness, "Figure"), 2);
    click(&mut harness, "Figure 2:");
    assert_eq!(harness.state().selection(), (1, Some(0)));

    click(&mut harness, "Figures of All");
    assert_eq!(count(&harness, "Figure"), 4);
}

#[test]
fn compare_opens_from_the_view_menu_with_matrix_common_sources_and_citations() {
    let mut harness = open();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("Compare articles").click();
    harness.run();
    harness.get_by_label("Common to all articles: NATO, Reuters");
    harness.get_by_label("Only in Raport A: Źródła w rządzie, Minister");
    harness.get_by_label("Citation graph: Reuters → Urzędnicy (1)");
    // The matrix: NATO has one statement in each article.
    assert!(harness.query_all_by_label_contains("1 · ").count() >= 4);

    click(&mut harness, "Close view");
    assert!(harness.query_by_label_contains("Common to all").is_none());
    press(&mut harness, CTRL_SHIFT, Key::M);
    harness.get_by_label_contains("Common to all");
}
