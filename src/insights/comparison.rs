//! How the articles of a session compare: a matrix of sources × articles (statements and share
//! of statement text), the sources common to all articles and unique to one, and who cites whom
//! (the `via` chains).

use crate::model::{Session, SourceId};

/// One source's row of the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRow {
    /// The source.
    pub id: SourceId,
    /// Statements per document.
    pub statements: Vec<usize>,
    /// Bytes of statement text per document.
    pub bytes: Vec<usize>,
    /// Share of each document's statement text, 0–1.
    pub share: Vec<f64>,
}

impl SourceRow {
    /// The number of documents it has statements in.
    pub fn documents(&self) -> usize {
        self.statements.iter().filter(|&&n| n > 0).count()
    }
}

/// One edge of the citation graph: `from` cites (or is quoted through) `to`, `count` times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The citing source (the statement's source, or an earlier link of its chain).
    pub from: SourceId,
    /// The cited source (the next link of the chain).
    pub to: SourceId,
    /// Statements with this link.
    pub count: usize,
}

/// The comparison of a session's documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// Bytes of statement text per document.
    pub totals: Vec<usize>,
    /// Sources with at least one statement, in registry order.
    pub rows: Vec<SourceRow>,
    /// Statements of the author's own voice per document.
    pub author: Vec<usize>,
    /// Sources with statements in every document (needs two documents or more).
    pub common: Vec<SourceId>,
    /// Sources with statements in exactly one document, with that document (two or more).
    pub unique: Vec<(SourceId, usize)>,
    /// The citation graph, in order of first appearance.
    pub citations: Vec<Citation>,
}

/// Compares the documents of `session` (effective attributions).
pub fn compare(session: &Session) -> Comparison {
    let n = session.documents.len();
    let mut comparison = Comparison {
        totals: vec![0; n],
        author: vec![0; n],
        ..Comparison::default()
    };
    let mut rows: Vec<SourceRow> = Vec::new();
    for (document, doc) in session.documents.iter().enumerate() {
        for (index, statement) in doc.statements.iter().enumerate() {
            let Some(effective) = session.effective(document, index) else {
                continue;
            };
            let bytes = statement.span.len();
            comparison.totals[document] += bytes;
            let Some(source) = effective.source else {
                comparison.author[document] += 1;
                continue;
            };
            let row = match rows.iter().position(|r| r.id == source) {
                Some(i) => &mut rows[i],
                None => {
                    rows.push(SourceRow {
                        id: source.clone(),
                        statements: vec![0; n],
                        bytes: vec![0; n],
                        share: vec![0.0; n],
                    });
                    rows.last_mut().expect("just pushed")
                }
            };
            row.statements[document] += 1;
            row.bytes[document] += bytes;
            let mut from = source;
            for to in effective.via {
                if to == from {
                    continue;
                }
                match comparison
                    .citations
                    .iter_mut()
                    .find(|c| c.from == from && c.to == to)
                {
                    Some(edge) => edge.count += 1,
                    None => comparison.citations.push(Citation {
                        from: from.clone(),
                        to: to.clone(),
                        count: 1,
                    }),
                }
                from = to;
            }
        }
    }
    rows.sort_by_key(|r| session.sources.index_of(&r.id).unwrap_or(usize::MAX));
    for row in &mut rows {
        for document in 0..n {
            let total = comparison.totals[document];
            row.share[document] = if total == 0 {
                0.0
            } else {
                row.bytes[document] as f64 / total as f64
            };
        }
    }
    if n >= 2 {
        comparison.common = rows
            .iter()
            .filter(|r| r.documents() == n)
            .map(|r| r.id.clone())
            .collect();
        comparison.unique = rows
            .iter()
            .filter(|r| r.documents() == 1)
            .filter_map(|r| Some((r.id.clone(), r.statements.iter().position(|&c| c > 0)?)))
            .collect();
    }
    comparison.rows = rows;
    comparison
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::fixture::{document, session, source};
    use crate::model::{Language, SourceKind, Verdict};

    #[test]
    fn matrix_common_unique_and_citations() {
        let mut a = document(
            "a.txt",
            Language::Pl,
            &[
                ("NATO potwierdziło raporty.", Some("nato"), "verb-object"),
                ("PAP podaje, że jest źle.", Some("pap"), "verb-that"),
                ("Autor.", None, "author"),
            ],
        );
        a.statements[1].attribution.via = vec![SourceId::from("nato")];
        let b = document(
            "b.txt",
            Language::En,
            &[
                ("NATO confirmed it.", Some("nato"), "verb-object"),
                ("Reuters said so.", Some("reuters"), "verb-that"),
            ],
        );
        let sources = [
            source("nato", "NATO", SourceKind::Organization, 0),
            source("pap", "PAP", SourceKind::Media, 1),
            source("reuters", "Reuters", SourceKind::Media, 2),
        ];
        let mut session = session(vec![a, b], &sources);
        let c = compare(&session);
        let ids: Vec<&str> = c.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["nato", "pap", "reuters"]);
        assert_eq!(c.rows[0].statements, vec![1, 1]);
        let share: f64 = c.rows.iter().map(|r| r.share[1]).sum();
        assert!((share - 1.0).abs() < 1e-9, "b has no author text");
        assert_eq!(c.common, vec![SourceId::from("nato")]);
        assert_eq!(
            c.unique,
            vec![(SourceId::from("pap"), 0), (SourceId::from("reuters"), 1)]
        );
        assert_eq!(c.citations.len(), 1);
        assert_eq!(c.citations[0].from.as_str(), "pap");
        assert_eq!(c.author, vec![1, 0]);
        // Reviewer decisions count: Reuters' statement given to NATO.
        session.decide(
            1,
            1,
            Verdict::Assigned {
                source: Some(SourceId::from("nato")),
                via: vec![],
            },
        );
        let c = compare(&session);
        assert_eq!(c.rows[0].statements, vec![1, 2]);
        assert!(c.rows.iter().all(|r| r.id.as_str() != "reuters"));
    }
}
