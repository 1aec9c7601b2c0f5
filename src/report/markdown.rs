//! Markdown (CommonMark with GFM tables): per document a title, a table of sources with their
//! share of the text, then the statements grouped by paragraph, each led by its source in bold
//! brackets.
//!
//! Article text and source names are escaped so that nothing in an article can become markup:
//! Markdown punctuation gets a backslash, `<`, `>` and `&` become entities (no raw HTML, no
//! autolinks), and line breaks inside a statement become spaces (nothing starts a line but the
//! report's own markup).

use std::fmt::Write;

use super::ReportOptions;
use super::stats::{Stats, document_stats, percent, session_stats};
use super::view::{source_kind, source_name, statement_views};
use crate::model::Session;

/// Escapes text for use inline in Markdown (paragraphs, headings, table cells).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn sources_table(out: &mut String, session: &Session, stats: &Stats) {
    out.push_str("| Source | Kind | Statements | Share of text |\n");
    out.push_str("| --- | --- | ---: | ---: |\n");
    for (id, share) in &stats.sources {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(source_name(session, id)),
            source_kind(session, id),
            share.statements,
            percent(share.share)
        );
    }
    let _ = writeln!(
        out,
        "| *Author (unattributed)* | — | {} | {} |",
        stats.author.statements,
        percent(stats.author.share)
    );
    out.push('\n');
}

fn kinds_table(out: &mut String, stats: &Stats) {
    out.push_str("| Kind | Statements | Share of text |\n| --- | ---: | ---: |\n");
    for (kind, share) in &stats.kinds {
        let _ = writeln!(
            out,
            "| {kind} | {} | {} |",
            share.statements,
            percent(share.share)
        );
    }
    let _ = writeln!(
        out,
        "| *author* | {} | {} |",
        stats.author.statements,
        percent(stats.author.share)
    );
    out.push('\n');
}

/// The session as Markdown.
pub fn render(session: &Session, options: ReportOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&session.name));
    let _ = writeln!(
        out,
        "*Source attribution by ascribe {} — {} document(s).*\n",
        env!("CARGO_PKG_VERSION"),
        session.documents.len()
    );
    for (index, doc) in session.documents.iter().enumerate() {
        let title = if doc.title.trim().is_empty() {
            doc.display_name()
        } else {
            doc.title.clone()
        };
        let stats = document_stats(session, index);
        let _ = writeln!(out, "## {}\n", escape(title.trim()));
        let mut meta = Vec::new();
        if let Some(path) = options.document_path(doc) {
            meta.push(format!("`{}`", path.replace('`', "'")));
        }
        meta.push(format!("language: {}", doc.language.code()));
        meta.push(format!("{} statements", stats.statements));
        meta.push(format!("{} reviewed", stats.reviewed));
        let _ = writeln!(out, "{}\n", meta.join(" · "));

        out.push_str("### Sources\n\n");
        sources_table(&mut out, session, &stats);
        out.push_str("### By kind\n\n");
        kinds_table(&mut out, &stats);

        out.push_str("### Statements\n\n");
        let views = statement_views(session, index);
        let mut paragraph = None;
        for view in &views {
            if paragraph != Some(view.statement.paragraph) {
                if paragraph.is_some() {
                    out.push('\n');
                }
                paragraph = Some(view.statement.paragraph);
                let _ = writeln!(out, "#### ¶ {}\n", view.statement.paragraph + 1);
            }
            let who = match &view.source {
                Some(id) => escape(source_name(session, id)),
                None => "author".to_string(),
            };
            let _ = write!(out, "- **\\[{who}\\]** {}", escape(view.text.trim()));
            let mut notes = Vec::new();
            if !view.via.is_empty() {
                let via: Vec<String> = view
                    .via
                    .iter()
                    .map(|id| escape(source_name(session, id)))
                    .collect();
                notes.push(format!("via {}", via.join("; ")));
            }
            if view.changed {
                notes.push("changed by the reviewer".to_string());
            } else if view.reviewed {
                notes.push("confirmed by the reviewer".to_string());
            }
            if !notes.is_empty() {
                let _ = write!(out, " *({})*", notes.join(", "));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    if session.documents.len() > 1 {
        let stats = session_stats(session);
        out.push_str("## All documents\n\n");
        sources_table(&mut out, session, &stats);
        kinds_table(&mut out, &stats);
    }
    for table in super::tables::all(session, options) {
        insight_table(&mut out, &table);
    }
    out
}

fn insight_table(out: &mut String, table: &super::tables::Table) {
    let _ = writeln!(out, "## {}\n", table.title);
    if table.rows.is_empty() {
        out.push_str("*None.*\n\n");
        return;
    }
    let cells = |row: &[String]| {
        row.iter()
            .map(|c| escape(c.trim()))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let _ = writeln!(out, "| {} |", cells(&table.header));
    let _ = writeln!(out, "|{}", "---|".repeat(table.header.len()));
    for row in &table.rows {
        let _ = writeln!(out, "| {} |", cells(row));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a*b*_c_"), "a\\*b\\*\\_c\\_");
        assert_eq!(escape("[x](javascript:y)"), "\\[x\\]\\(javascript:y\\)");
        assert_eq!(escape("<b>&</b>"), "&lt;b&gt;&amp;&lt;/b&gt;");
        assert_eq!(escape("a\r\nb\nc|d"), "a b c\\|d");
        assert_eq!(escape("Zażółć 1. # x"), "Zażółć 1. \\# x");
    }
}
