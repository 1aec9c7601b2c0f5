//! The HTML report's session-wide sections: `#figures`, `#unsourced` and, with two or more
//! articles, `#compare` (a table and an inline SVG chart). Everything is escaped, as in
//! [`super::html`].

use std::fmt::Write;

use super::ReportOptions;
use super::html::{class_of, escape, heading};
use super::stats::percent;
use super::view::source_name;
use crate::insights::{compare, session_figures, unsourced_claims};
use crate::model::Session;

fn source_cell(session: &Session, source: Option<&crate::model::SourceId>) -> String {
    match source {
        Some(id) => format!(
            "<span class=\"sw {}\"></span>{}",
            class_of(session, id),
            escape(source_name(session, id))
        ),
        None => "<span class=\"sw s-author\"></span><em>author</em> <strong class=\"flag\">unsourced</strong>"
            .to_string(),
    }
}

fn statement_text(session: &Session, document: usize, statement: usize) -> String {
    let doc = &session.documents[document];
    escape(doc.slice(doc.statements[statement].span))
}

/// The `#figures` section: every figure with its value, unit, statement and source.
pub fn figures(out: &mut String, session: &Session) {
    let figures = session_figures(session);
    out.push_str("<section id=\"figures\" lang=\"en\">\n<h2>Figures</h2>\n");
    let _ = writeln!(
        out,
        "<p class=\"note\">{} figure(s); figures in the author's own voice are flagged \
         unsourced.</p>",
        figures.len()
    );
    out.push_str("<table>\n<thead><tr><th>Article</th><th>Figure</th><th class=\"num\">Value</th>");
    out.push_str("<th>Unit</th><th>Source</th><th>Statement</th></tr></thead>\n<tbody>\n");
    for f in &figures {
        let doc = &session.documents[f.document];
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&heading(doc)),
            escape(doc.slice(f.figure.span)),
            escape(&f.figure.value.display()),
            escape(f.figure.unit.as_deref().unwrap_or("")),
            source_cell(session, f.source.as_ref()),
            statement_text(session, f.document, f.statement)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// The `#unsourced` section: the claims to check, ranked, with their reasons.
pub fn unsourced(out: &mut String, session: &Session) {
    let claims = unsourced_claims(session);
    out.push_str("<section id=\"unsourced\" lang=\"en\">\n<h2>Unsourced claims</h2>\n");
    let _ = writeln!(
        out,
        "<p class=\"note\">{} statement(s) nobody accountable stands behind: the author's own \
         checkable claims and anonymous or hearsay sources, most in need of checking first.</p>",
        claims.len()
    );
    out.push_str("<table>\n<thead><tr><th class=\"num\">#</th><th>Article</th><th>Reasons</th>");
    out.push_str("<th>Source</th><th>Statement</th></tr></thead>\n<tbody>\n");
    for (rank, claim) in claims.iter().enumerate() {
        let doc = &session.documents[claim.document];
        let source = session
            .effective(claim.document, claim.statement)
            .and_then(|e| e.source);
        let reasons: Vec<&str> = claim.reasons.iter().map(|r| r.as_str()).collect();
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            rank + 1,
            escape(&heading(doc)),
            escape(&reasons.join(", ")),
            source_cell(session, source.as_ref())
                .replace(" <strong class=\"flag\">unsourced</strong>", ""),
            statement_text(session, claim.document, claim.statement)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// The `#compare` section (two or more articles): sources × articles, sources common to all and
/// unique to one, who cites whom, and a chart of each article's shares.
pub fn comparison(out: &mut String, session: &Session, options: ReportOptions) {
    if session.documents.len() < 2 {
        return;
    }
    let c = compare(session);
    let name = |index: usize| {
        let doc = &session.documents[index];
        options
            .document_path(doc)
            .map_or_else(|| heading(doc), str::to_string)
    };
    out.push_str("<section id=\"compare\" lang=\"en\">\n<h2>Compare</h2>\n");
    out.push_str("<table>\n<thead><tr><th>Source</th>");
    for index in 0..session.documents.len() {
        let _ = write!(out, "<th class=\"num\">{}</th>", escape(&name(index)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &c.rows {
        let _ = write!(
            out,
            "<tr><td><span class=\"sw {}\"></span>{}</td>",
            class_of(session, &row.id),
            escape(source_name(session, &row.id))
        );
        for (n, share) in row.statements.iter().zip(&row.share) {
            let _ = write!(out, "<td class=\"num\">{n} · {}</td>", percent(*share));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    let names = |ids: &mut dyn Iterator<Item = &crate::model::SourceId>| {
        ids.map(|id| escape(source_name(session, id)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let common = names(&mut c.common.iter());
    let _ = writeln!(
        out,
        "<p><strong>Common to all articles:</strong> {}</p>",
        if common.is_empty() {
            "none".to_string()
        } else {
            common
        }
    );
    for index in 0..session.documents.len() {
        let only = names(
            &mut c
                .unique
                .iter()
                .filter(|(_, d)| *d == index)
                .map(|(id, _)| id),
        );
        if !only.is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>Only in {}:</strong> {only}</p>",
                escape(&name(index))
            );
        }
    }
    if !c.citations.is_empty() {
        out.push_str("<h3>Who cites whom</h3>\n<ul>\n");
        for edge in &c.citations {
            let _ = writeln!(
                out,
                "<li>{} → {} <span class=\"meta\">({})</span></li>",
                escape(source_name(session, &edge.from)),
                escape(source_name(session, &edge.to)),
                edge.count
            );
        }
        out.push_str("</ul>\n");
    }
    chart(out, session, &c, &name);
    out.push_str("</section>\n");
}

fn chart(
    out: &mut String,
    session: &Session,
    c: &crate::insights::Comparison,
    name: &dyn Fn(usize) -> String,
) {
    let rows = session.documents.len();
    let (label_w, bar_w, row_h) = (160.0, 480.0, 28.0);
    let height = rows as f64 * row_h + 8.0;
    let _ = writeln!(
        out,
        "<svg class=\"chart\" role=\"img\" aria-label=\"Share of text by source in each article\" \
         viewBox=\"0 0 {} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">",
        label_w + bar_w
    );
    for document in 0..rows {
        let y = document as f64 * row_h + 4.0;
        let label: String = name(document).chars().take(22).collect();
        let _ = writeln!(
            out,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"12\" fill=\"currentColor\">{}</text>",
            y + 15.0,
            escape(&label)
        );
        let _ = writeln!(
            out,
            "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{bar_w}\" height=\"20\" fill=\"#8880\" \
             stroke=\"currentColor\" stroke-opacity=\"0.3\"/>"
        );
        let mut x = label_w;
        for row in &c.rows {
            let width = row.share[document] * bar_w;
            if width <= 0.0 {
                continue;
            }
            let colour = session
                .sources
                .get(&row.id)
                .map_or_else(|| "#6e6e6e".to_string(), |s| s.colour.to_hex());
            let _ = writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"20\" fill=\"{colour}\">\
                 <title>{} {}</title></rect>",
                escape(source_name(session, &row.id)),
                percent(row.share[document])
            );
            x += width;
        }
    }
    out.push_str("</svg>\n");
}
