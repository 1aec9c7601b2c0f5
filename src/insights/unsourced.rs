//! Unsourced claims: statements a fact-checker must verify because nobody accountable stands
//! behind them. The author's own statements that carry a checkable claim (a figure, a comparison,
//! a superlative, a causal link, a hedge), and statements whose source is anonymous
//! ([`SourceKind::Anonymous`]) or hearsay (the engine's `hearsay` rule, `miał powiedzieć`), ranked
//! by the lexicon's reason weights.

use crate::model::{Language, Session, SourceKind};

use super::figures::figures_in;
use super::lexicon::{InsightLexicon, LanguageWords, MarkerList};
use super::tokens::{Kind, Token, match_phrase, tokenize};

/// Why a statement needs checking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// The source is anonymous.
    Anonymous,
    /// The source is reported second-hand (`miał powiedzieć`).
    Hearsay,
    /// It contains a figure.
    Figure,
    /// It contains a superlative (`największy`, `largest`, `record`).
    Superlative,
    /// It compares (`niż`, `more than`, `wzrost`).
    Comparison,
    /// It claims a cause (`ponieważ`, `because`, `due to`).
    Causal,
    /// It is hedged (`prawdopodobnie`, `reportedly`).
    Hedge,
}

impl Reason {
    /// The name used in reports and the view.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Anonymous => "anonymous",
            Reason::Hearsay => "hearsay",
            Reason::Figure => "figure",
            Reason::Superlative => "superlative",
            Reason::Comparison => "comparison",
            Reason::Causal => "causal",
            Reason::Hedge => "hedge",
        }
    }
}

/// The rule name the engine gives hearsay statements.
pub const HEARSAY_RULE: &str = "hearsay";

/// One statement to check.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Document index.
    pub document: usize,
    /// Statement index in the document.
    pub statement: usize,
    /// Why, in [`Reason`] order.
    pub reasons: Vec<Reason>,
    /// The sum of the reasons' weights (higher first).
    pub score: f64,
}

fn has_superlative(tokens: &[Token], words: &LanguageWords) -> bool {
    if words
        .find_marker(MarkerList::Superlatives, tokens)
        .is_some()
    {
        return true;
    }
    tokens.iter().enumerate().any(|(j, t)| {
        t.kind == Kind::Word
            && words.superlative_prefixes.iter().any(|p| {
                t.lower.starts_with(p.as_str()) && t.lower.chars().count() > p.chars().count() + 2
            })
            && !words
                .superlative_exceptions
                .iter()
                .any(|e| match_phrase(tokens, j, e).is_some())
    })
}

/// The checkable-claim reasons of a text (figure, superlative, comparison, causal, hedge).
pub fn claim_reasons(text: &str, language: Language) -> Vec<Reason> {
    let words = InsightLexicon::bundled().words(language);
    let tokens = tokenize(text);
    let mut reasons = Vec::new();
    if !figures_in(&tokens, words).is_empty() {
        reasons.push(Reason::Figure);
    }
    if has_superlative(&tokens, words) {
        reasons.push(Reason::Superlative);
    }
    if words
        .find_marker(MarkerList::Comparisons, &tokens)
        .is_some()
    {
        reasons.push(Reason::Comparison);
    }
    if words.find_marker(MarkerList::Causal, &tokens).is_some() {
        reasons.push(Reason::Causal);
    }
    if words.find_marker(MarkerList::Hedges, &tokens).is_some() {
        reasons.push(Reason::Hedge);
    }
    reasons
}

/// The claim of statement `statement` of document `document`, if it needs checking.
pub fn claim_of(session: &Session, document: usize, statement: usize) -> Option<Claim> {
    let doc = session.documents.get(document)?;
    let st = doc.statements.get(statement)?;
    let effective = session.effective(document, statement)?;
    let mut reasons = Vec::new();
    if let Some(id) = &effective.source {
        if session
            .sources
            .get(id)
            .is_some_and(|s| s.kind == SourceKind::Anonymous)
        {
            reasons.push(Reason::Anonymous);
        }
        if st.attribution.rule == HEARSAY_RULE && st.attribution.source.as_ref() == Some(id) {
            reasons.push(Reason::Hearsay);
        }
        if reasons.is_empty() {
            return None;
        }
    }
    reasons.extend(claim_reasons(doc.slice(st.span), doc.language));
    if reasons.is_empty() {
        return None;
    }
    reasons.sort();
    reasons.dedup();
    let lexicon = InsightLexicon::bundled();
    let score = reasons.iter().map(|r| lexicon.weight(r.as_str())).sum();
    Some(Claim {
        document,
        statement,
        reasons,
        score,
    })
}

fn rank(claims: &mut [Claim]) {
    claims.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.document.cmp(&b.document))
            .then(a.statement.cmp(&b.statement))
    });
}

/// The claims of one document, ranked (highest score first, then text order).
pub fn document_claims(session: &Session, document: usize) -> Vec<Claim> {
    let count = session
        .documents
        .get(document)
        .map_or(0, |d| d.statements.len());
    let mut claims: Vec<Claim> = (0..count)
        .filter_map(|s| claim_of(session, document, s))
        .collect();
    rank(&mut claims);
    claims
}

/// The claims of the whole session, ranked.
pub fn unsourced_claims(session: &Session) -> Vec<Claim> {
    let mut claims: Vec<Claim> = (0..session.documents.len())
        .flat_map(|d| document_claims(session, d))
        .collect();
    rank(&mut claims);
    claims
}

#[cfg(test)]
mod tests;
