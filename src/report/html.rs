//! A standalone HTML page: one file, inline CSS, no script, no external resources, and a
//! Content-Security-Policy that forbids everything but the inline styles.
//!
//! Each statement with a source is a span tinted with the source's colour, underlined in full
//! colour so the text stays readable in light and in dark mode; its tooltip names the source,
//! the cue, the chain, the confidence and the rule. Statements a reviewer confirmed or changed are
//! marked with a check mark. Per document there is a legend, a table of sources (kind, statements,
//! share of the text, the author's own share) and a table of shares per kind.
//!
//! Every piece of article text, title, path and source name goes through [`escape`]; colours are
//! written from their `#RRGGBB` bytes, and class names are generated (`s0`, `s1`, …), never taken
//! from the session.

use std::fmt::Write;

use super::ReportOptions;
use super::stats::{Share, Stats, document_stats, percent, session_stats};
use super::view::{StatementView, slice, source_kind, source_name, statement_views};
use crate::model::{Document, Session, SourceId, Span, chain_of};

/// Escapes text for HTML element content and quoted attribute values: `& < > " '`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a multi-line tooltip for a `title` attribute (line breaks as `&#10;`).
fn escape_title(text: &str) -> String {
    escape(text).replace("\r\n", "&#10;").replace('\n', "&#10;")
}

const STYLE: &str = r#"
:root { color-scheme: light dark; --bg: #fbfaf7; --fg: #1f1f1d; --muted: #65635d; --rule: #dcd8cf;
  --panel: #f2efe8; --alpha: 0.16; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #161719; --fg: #e6e3dc; --muted: #a29f97; --rule: #393a3e; --panel: #202124;
    --alpha: 0.30; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 18px/1.7 Charter, "Bitstream Charter", "Iowan Old Style", Georgia,
  "Noto Serif", serif; }
main { max-width: 44rem; margin: 0 auto; padding: 2.5rem 1.25rem 5rem; }
h1, h2, h3, .meta, .legend, table, .note, nav { font-family: system-ui, -apple-system, "Segoe UI",
  Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .3rem; }
h2 { font-size: 1.45rem; line-height: 1.3; margin: 3.5rem 0 .3rem; padding-top: 1.5rem;
  border-top: 1px solid var(--rule); }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted);
  margin: 2rem 0 .5rem; }
.meta, .note { color: var(--muted); font-size: .85rem; margin: 0 0 1rem; }
nav ol { font-size: .9rem; padding-left: 1.2rem; }
a { color: inherit; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem .9rem; padding: .6rem .8rem;
  margin: 1rem 0 1.5rem; font-size: .82rem; background: var(--panel); border-radius: 6px; }
.legend li { white-space: nowrap; }
.sw { display: inline-block; width: .85em; height: .85em; margin-right: .35em; vertical-align: -.08em;
  border-radius: 2px; background: rgba(var(--rgb), var(--alpha)); border: 2px solid rgb(var(--rgb)); }
.article p { margin: 0 0 1.1em; white-space: pre-line; overflow-wrap: break-word; }
.article p.h { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-weight: 650; }
.st { background: rgba(var(--rgb), var(--alpha)); border-bottom: 2px solid rgb(var(--rgb));
  border-radius: 2px; padding: 0 .08em; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.st .m { font-weight: 650; }
.st .q { font-style: italic; }
.rev::after { content: "\2713"; font: 700 .75em system-ui, sans-serif; vertical-align: super;
  margin-left: .15em; color: var(--fg); opacity: .75; }
table { width: 100%; border-collapse: collapse; font-size: .85rem; margin: 0 0 1rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--rule);
  vertical-align: middle; }
th { font-weight: 600; color: var(--muted); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.barcell { width: 28%; }
.bar { height: .45rem; border-radius: 3px; background: rgb(var(--rgb)); min-width: 2px; }
tr.author td:first-child { font-style: italic; }
.flag { font: 600 .7rem system-ui, sans-serif; text-transform: uppercase; color: #b3261e; }
.chart { display: block; margin: 1rem 0; font-family: system-ui, sans-serif; }
.s-author { --rgb: 128, 128, 128; }
.s-unknown { --rgb: 110, 110, 110; }
@media print { body { font-size: 11pt; } h2 { break-before: page; } .legend { break-inside: avoid; } }
"#;

/// The CSS class of a source id: `s<registry index>`, or `s-unknown`.
pub(super) fn class_of(session: &Session, id: &SourceId) -> String {
    session
        .sources
        .index_of(id)
        .map_or_else(|| "s-unknown".to_string(), |index| format!("s{index}"))
}

fn head(out: &mut String, session: &Session) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"ascribe {}\">",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(out, "<title>{} — ascribe</title>", escape(&session.name));
    out.push_str("<style>");
    out.push_str(STYLE);
    for (index, source) in session.sources.iter().enumerate() {
        let [r, g, b] = source.colour.0;
        let _ = writeln!(out, ".s{index} {{ --rgb: {r}, {g}, {b}; }}");
    }
    out.push_str("</style>\n</head>\n");
}

fn tooltip(session: &Session, doc: &Document, view: &StatementView<'_>) -> String {
    let mut lines = Vec::new();
    match &view.source {
        Some(id) => lines.push(format!(
            "Source: {} ({})",
            source_name(session, id),
            source_kind(session, id)
        )),
        None => lines.push("Author's own voice (no source)".to_string()),
    }
    if let Some(mention) = view.mention {
        lines.push(format!("Named as: {}", slice(&doc.text, mention)));
    }
    if let Some(cue) = view.cue {
        lines.push(format!("Cue: {}", slice(&doc.text, cue)));
    }
    let chain = chain_of(view.source.as_ref(), &view.via);
    if !chain.is_empty() {
        let chain: Vec<&str> = chain
            .into_iter()
            .map(|id| source_name(session, id))
            .collect();
        lines.push(format!("Chain: via {}", chain.join(" ← ")));
    }
    lines.push(format!(
        "Confidence: {:.0}% · rule: {}",
        view.confidence * 100.0,
        view.rule
    ));
    if view.changed {
        lines.push("Reviewed: changed by the reviewer".to_string());
    } else if view.reviewed {
        lines.push("Reviewed: confirmed".to_string());
    }
    escape_title(&lines.join("\n"))
}

/// Writes `text[from..to]` of the document, escaped, with the mention and cue (when they lie
/// inside) marked.
fn statement_body(
    out: &mut String,
    doc: &Document,
    view: &StatementView<'_>,
    from: usize,
    to: usize,
) {
    let mut marks: Vec<(Span, &str)> = [(view.mention, "m"), (view.cue, "q")]
        .into_iter()
        .filter_map(|(span, class)| span.map(|s| (s, class)))
        .filter(|(s, _)| {
            from <= s.start
                && s.end <= to
                && !s.is_empty()
                && doc.text.get(s.start..s.end).is_some()
        })
        .collect();
    marks.sort_by_key(|(s, _)| s.start);
    let mut cursor = from;
    for (span, class) in marks {
        if span.start < cursor {
            continue; // overlaps the previous mark
        }
        out.push_str(&escape(&doc.text[cursor..span.start]));
        let _ = write!(
            out,
            "<span class=\"{class}\">{}</span>",
            escape(slice(&doc.text, span))
        );
        cursor = span.end;
    }
    out.push_str(&escape(&doc.text[cursor..to]));
}

fn article(out: &mut String, session: &Session, doc: &Document, views: &[StatementView<'_>]) {
    let text = &doc.text;
    let fits = |s: &Span| s.start < s.end && text.get(s.start..s.end).is_some();
    let mut paragraphs: Vec<Span> = doc.paragraphs.iter().copied().filter(fits).collect();
    if paragraphs.is_empty() && !text.is_empty() {
        paragraphs.push(Span::new(0, text.len()));
    }
    let mut order: Vec<&StatementView<'_>> = views.iter().filter(|v| fits(&v.span())).collect();
    order.sort_by_key(|v| v.span().start);

    out.push_str("<div class=\"article\">\n");
    for (number, paragraph) in paragraphs.iter().enumerate() {
        let inside: Vec<&&StatementView<'_>> = order
            .iter()
            .filter(|v| v.span().overlaps(*paragraph))
            .collect();
        let own = slice(text, *paragraph);
        if number == 0 && inside.is_empty() && own.trim() == doc.title.trim() {
            continue; // the title, already the heading
        }
        out.push_str(if inside.is_empty() {
            "<p class=\"h\">"
        } else {
            "<p>"
        });
        let mut cursor = paragraph.start;
        for view in inside {
            let from = view.span().start.max(cursor);
            let to = view.span().end.min(paragraph.end);
            if from >= to || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
                continue;
            }
            out.push_str(&escape(&text[cursor..from]));
            let mut classes = match &view.source {
                Some(id) => format!("st {}", class_of(session, id)),
                None => "au".to_string(),
            };
            if view.reviewed {
                classes.push_str(" rev");
            }
            let _ = write!(
                out,
                "<span class=\"{classes}\" title=\"{}\">",
                tooltip(session, doc, view)
            );
            statement_body(out, doc, view, from, to);
            out.push_str("</span>");
            cursor = to;
        }
        out.push_str(&escape(&text[cursor..paragraph.end]));
        out.push_str("</p>\n");
    }
    out.push_str("</div>\n");
}

fn bar(out: &mut String, class: &str, share: f64) {
    let _ = write!(
        out,
        "<td class=\"barcell\"><div class=\"bar {class}\" style=\"width: {:.1}%\"></div></td>",
        (share * 100.0).clamp(0.0, 100.0)
    );
}

fn share_cells(out: &mut String, share: &Share) {
    let _ = write!(
        out,
        "<td class=\"num\">{}</td><td class=\"num\">{}</td>",
        share.statements,
        percent(share.share)
    );
}

fn tables(out: &mut String, session: &Session, stats: &Stats) {
    out.push_str("<h3>Sources</h3>\n<table>\n<thead><tr><th>Source</th><th>Kind</th>");
    out.push_str("<th class=\"num\">Statements</th><th class=\"num\">Share of text</th><th></th>");
    out.push_str("</tr></thead>\n<tbody>\n");
    for (id, share) in &stats.sources {
        let class = class_of(session, id);
        let _ = write!(
            out,
            "<tr><td><span class=\"sw {class}\"></span>{}</td><td>{}</td>",
            escape(source_name(session, id)),
            source_kind(session, id)
        );
        share_cells(out, share);
        bar(out, &class, share.share);
        out.push_str("</tr>\n");
    }
    out.push_str("<tr class=\"author\"><td><span class=\"sw s-author\"></span>Author (unattributed)</td><td>—</td>");
    share_cells(out, &stats.author);
    bar(out, "s-author", stats.author.share);
    out.push_str("</tr>\n</tbody>\n</table>\n");

    out.push_str("<h3>By kind</h3>\n<table>\n<thead><tr><th>Kind</th>");
    out.push_str("<th class=\"num\">Statements</th><th class=\"num\">Share of text</th><th></th>");
    out.push_str("</tr></thead>\n<tbody>\n");
    for (kind, share) in &stats.kinds {
        let _ = write!(out, "<tr><td>{kind}</td>");
        share_cells(out, share);
        bar(out, "s-author", share.share);
        out.push_str("</tr>\n");
    }
    out.push_str("<tr class=\"author\"><td>author</td>");
    share_cells(out, &stats.author);
    bar(out, "s-author", stats.author.share);
    out.push_str("</tr>\n</tbody>\n</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"note\">Shares are of the statements' text, in bytes; {} of {} statements \
         reviewed.</p>",
        stats.reviewed, stats.statements
    );
}

fn legend(out: &mut String, session: &Session, stats: &Stats) {
    out.push_str("<ul class=\"legend\" aria-label=\"Legend\">\n");
    for (id, share) in &stats.sources {
        let _ = writeln!(
            out,
            "<li><span class=\"sw {}\"></span>{} <span class=\"meta\">{} · {}</span></li>",
            class_of(session, id),
            escape(source_name(session, id)),
            source_kind(session, id),
            share.statements
        );
    }
    let _ = writeln!(
        out,
        "<li><span class=\"sw s-author\"></span>Author (unattributed) <span class=\"meta\">own voice · {}</span></li>",
        stats.author.statements
    );
    out.push_str("<li><span class=\"rev\"></span> reviewed</li>\n</ul>\n");
}

/// The session as a standalone HTML page.
pub fn render(session: &Session, options: ReportOptions) -> String {
    let mut out = String::new();
    head(&mut out, session);
    out.push_str("<body>\n<main>\n<header>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&session.name));
    let _ = writeln!(
        out,
        "<p class=\"meta\">Source attribution by ascribe {} · {} document(s)</p>",
        env!("CARGO_PKG_VERSION"),
        session.documents.len()
    );
    if session.documents.len() > 1 {
        out.push_str("<nav><ol>\n");
        for (index, doc) in session.documents.iter().enumerate() {
            let _ = writeln!(
                out,
                "<li><a href=\"#doc-{}\">{}</a></li>",
                index + 1,
                escape(&heading(doc))
            );
        }
        out.push_str("<li><a href=\"#all\">All documents</a></li>\n");
        out.push_str("<li><a href=\"#compare\">Compare</a></li>\n");
        out.push_str("<li><a href=\"#figures\">Figures</a></li>\n");
        out.push_str("<li><a href=\"#unsourced\">Unsourced claims</a></li>\n");
        out.push_str("</ol></nav>\n");
    }
    out.push_str("</header>\n");

    for (index, doc) in session.documents.iter().enumerate() {
        let stats = document_stats(session, index);
        let views = statement_views(session, index);
        let _ = writeln!(
            out,
            "<section id=\"doc-{}\" lang=\"{}\">",
            index + 1,
            doc.language.code()
        );
        let _ = writeln!(out, "<h2>{}</h2>", escape(&heading(doc)));
        let mut meta = Vec::new();
        if let Some(path) = options.document_path(doc) {
            meta.push(escape(path));
        }
        meta.push(format!("language: {}", doc.language.code()));
        meta.push(format!("{} statements", stats.statements));
        meta.push(format!("{} reviewed", stats.reviewed));
        let _ = writeln!(
            out,
            "<p class=\"meta\" lang=\"en\">{}</p>",
            meta.join(" · ")
        );
        let _ = writeln!(out, "<div lang=\"en\">");
        legend(&mut out, session, &stats);
        out.push_str("</div>\n");
        article(&mut out, session, doc, &views);
        out.push_str("<div lang=\"en\">\n");
        tables(&mut out, session, &stats);
        out.push_str("</div>\n</section>\n");
    }
    if session.documents.len() > 1 {
        let stats = session_stats(session);
        out.push_str("<section id=\"all\">\n<h2>All documents</h2>\n");
        tables(&mut out, session, &stats);
        out.push_str("</section>\n");
        super::html_insights::comparison(&mut out, session, options);
    }
    if !session.documents.is_empty() {
        super::html_insights::figures(&mut out, session);
        super::html_insights::unsourced(&mut out, session);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

pub(super) fn heading(doc: &Document) -> String {
    if doc.title.trim().is_empty() {
        doc.display_name()
    } else {
        doc.title.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_five() {
        assert_eq!(
            escape(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape_title("a\nb"), "a&#10;b");
    }
}
