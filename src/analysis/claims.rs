//! Cues → claims: for each sentence, which part of it is governed by which source phrase, through
//! which frame ("X powiedział, że …", "– pisze X", "według X", "Jak podaje X, …", "X said …").

use super::cues::{Cue, CueKind, find_cues};
use super::en_frames::{postmodifier_ends_tag, subject_after_opening_adverbial};
use super::governed::governed_name_end;
use super::interview;
use super::lexicon::{CueRole, Gender, Lexicon, VerbClass};
use super::mentions::{NounPhrase, np_after, np_before, np_until_punct};
use super::quotes::Quote;
use super::text::{Token, TokenKind};
use crate::model::{Language, SourceKind};

/// Who a claim says stands behind the content.
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimSource {
    /// A named (or described) source.
    Named {
        /// The phrase naming it.
        phrase: NounPhrase,
        /// True when the phrase is the verb's subject (nominative form).
        subject: bool,
    },
    /// The current speaker, continued (zero subject, pronoun); with the gender the cue agrees with.
    Continue(Gender),
}

/// One attribution found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// First token of the content it governs (the statement starts here); the sentence start when
    /// it governs the whole sentence.
    pub scope: usize,
    /// The source.
    pub source: ClaimSource,
    /// The cue's tokens.
    pub cue: (usize, usize),
    /// Chain links: phrases naming who the source cites or who relayed the words.
    pub via: Vec<NounPhrase>,
    /// The rule that fired.
    pub rule: &'static str,
    /// Confidence, 0..=1.
    pub confidence: f32,
    /// Tags a quotation that closes right before the cue (`” – powiedział`).
    pub tags_quote: bool,
    /// An outer frame ("Jak podaje X", "według X") that yields to an inner named speaker.
    pub outer: bool,
}

/// Finds the claims of the sentence `s..e` of a paragraph's tokens.
pub fn sentence_claims(
    tokens: &[Token],
    s: usize,
    e: usize,
    cues: &[Cue],
    lexicon: &Lexicon,
    quotes: &[Quote],
) -> Vec<Claim> {
    // Cues inside a quotation belong to the quoted speaker's words, not to the article's framing.
    let inside_speech = |k: usize| {
        quotes
            .iter()
            .any(|q| q.speech && q.open < k && k < q.close && q.close < tokens.len())
    };
    let cues: Vec<Cue> = cues
        .iter()
        .copied()
        .filter(|c| !inside_speech(c.first))
        .collect();
    let cues = cues.as_slice();
    if cues
        .iter()
        .any(|c| c.kind == CueKind::Vague && leads_clause(tokens, s, c.first, lexicon))
    {
        return Vec::new();
    }
    let mut claims: Vec<Claim> = Vec::new();
    let mut pending_via: Vec<(usize, NounPhrase)> = Vec::new();
    let mut covered_from: Option<usize> = None;
    for cue in cues {
        match cue.kind {
            CueKind::Vague | CueKind::Impersonal => {}
            CueKind::Phrase(CueRole::Channel) => {}
            CueKind::Phrase(CueRole::Via | CueRole::Recipient | CueRole::Basis) => {
                let np = np_after(tokens, cue.end, e, lexicon)
                    .filter(|np| !np.generic || np.end - np.first > 1 || np.role_kind.is_some())
                    .map(|np| {
                        if np.generic {
                            np_until_punct(tokens, cue.end, e, lexicon).unwrap_or(np)
                        } else {
                            np
                        }
                    })
                    .or_else(|| np_until_punct(tokens, cue.end, e, lexicon));
                if let Some(np) = np {
                    pending_via.push((cue.first, np));
                }
            }
            CueKind::Phrase(CueRole::Source | CueRole::SourceCapital | CueRole::SourceMedia) => {
                let Some(np) = np_after(tokens, cue.end, e, lexicon) else {
                    continue;
                };
                if np.pronoun.is_some() {
                    claims.push(claim(
                        scope_of(tokens, s, e, cue, &np, lexicon),
                        ClaimSource::Continue(np.pronoun.unwrap_or(Gender::Any)),
                        cue,
                        "pronoun-cue",
                        0.8,
                    ));
                    continue;
                }
                let scope = scope_of(tokens, s, e, cue, &np, lexicon);
                let mut c = claim(
                    scope,
                    ClaimSource::Named {
                        phrase: np,
                        subject: false,
                    },
                    cue,
                    "according-to",
                    0.9,
                );
                c.outer = true;
                claims.push(c);
            }
            CueKind::Pronoun(gender) => {
                let scope = if leads_clause(tokens, s, cue.first, lexicon) {
                    s
                } else {
                    clause_start_before(tokens, s, cue.first, lexicon)
                };
                claims.push(claim(
                    scope,
                    ClaimSource::Continue(gender),
                    cue,
                    "pronoun-cue",
                    0.8,
                ));
            }
            CueKind::Hearsay { gender } => {
                let clause = clause_start_before(tokens, s, cue.first, lexicon);
                let source = match np_before(tokens, clause, cue.first, lexicon) {
                    Some(np) if np.pronoun.is_none() => ClaimSource::Named {
                        phrase: np,
                        subject: true,
                    },
                    Some(np) => ClaimSource::Continue(np.pronoun.unwrap_or(gender)),
                    None => ClaimSource::Continue(gender),
                };
                let mut c = claim(s, source, cue, "hearsay", 0.75);
                attach_recipient(tokens, cue.end, e, lexicon, &mut c);
                claims.push(c);
                covered_from = Some(cue.end);
            }
            CueKind::Verb {
                class,
                gender,
                negated,
                author,
            } => {
                if negated || author {
                    continue;
                }
                // A semicolon ends the reported content: "…; TVN24 reported he …".
                if covered_from.is_some_and(|from| {
                    tokens[from.min(cue.first)..cue.first]
                        .iter()
                        .any(|t| t.lower == ";")
                }) {
                    covered_from = None;
                }
                if covered_from.is_some_and(|from| cue.first >= from)
                    && !after_quote(tokens, s, cue.first)
                {
                    continue;
                }
                if let Some(c) = verb_claim(tokens, s, e, cue, class, gender, lexicon) {
                    if let Some(k) = complement_after(tokens, cue.end, e, lexicon) {
                        covered_from = Some(k);
                    } else if c.rule != "quote-tag" {
                        covered_from = Some(cue.end);
                    }
                    claims.push(c);
                }
            }
        }
    }
    // Chain links go to the claim they follow (or the first one after them).
    for (at, np) in pending_via {
        let target = claims
            .iter()
            .rposition(|c| c.cue.0 < at)
            .or(if claims.is_empty() { None } else { Some(0) });
        if let Some(t) = target {
            claims[t].via.push(np);
        }
    }
    merge_outer_frames(claims)
}

fn claim(
    scope: usize,
    source: ClaimSource,
    cue: &Cue,
    rule: &'static str,
    confidence: f32,
) -> Claim {
    Claim {
        scope,
        source,
        cue: (cue.first, cue.end),
        via: Vec::new(),
        rule,
        confidence,
        tags_quote: false,
        outer: false,
    }
}

/// When an outer frame ("Jak podał portal Meduza, …", "Według mediów …") and an inner named speaker
/// ("… Worobjow miał powiedzieć") govern the same part, the speaker is the source and the outer
/// source joins the chain.
fn merge_outer_frames(mut claims: Vec<Claim>) -> Vec<Claim> {
    let mut i = 0;
    while i < claims.len() {
        let inner = (0..claims.len()).find(|&j| {
            j != i
                && claims[j].scope == claims[i].scope
                && claims[i].outer
                && !claims[j].outer
                && claims[j].cue.0 > claims[i].cue.0
                && matches!(claims[j].source, ClaimSource::Named { .. })
                && matches!(claims[j].rule, "hearsay")
        });
        if let Some(j) = inner {
            let outer = claims.remove(i);
            let j = if j > i { j - 1 } else { j };
            if let ClaimSource::Named { phrase, .. } = outer.source {
                claims[j].via.insert(0, phrase);
            }
            claims[j].via.extend(outer.via);
            continue;
        }
        i += 1;
    }
    // Same scope, several claims: the first wins; later ones that only repeat the scope are dropped.
    let mut seen = Vec::new();
    claims.retain(|c| {
        if seen.contains(&c.scope) {
            false
        } else {
            seen.push(c.scope);
            true
        }
    });
    claims.sort_by_key(|c| c.scope);
    claims
}

/// True when only conjunctions, dashes, quotes or "jak" stand between the sentence start and `at`.
fn leads_clause(tokens: &[Token], s: usize, at: usize, lexicon: &Lexicon) -> bool {
    tokens[s..at].iter().all(|t| match t.kind {
        TokenKind::Word => {
            lexicon.clause_conjunctions.contains(&t.lower)
                || lexicon.as_words.contains(&t.lower)
                || lexicon.subject_skip.contains(&t.lower) && !t.capitalized
                || matches!(
                    t.lower.as_str(),
                    "i" | "oraz" | "and" | "so" | "but" | "yet" | "to" | "a" | "nieoficjalnie"
                )
        }
        TokenKind::Quote | TokenKind::Dash => true,
        TokenKind::Punct => t.lower == "(" || t.lower == ",",
        TokenKind::Number => false,
    })
}

/// Where a prepositional cue's content starts: the sentence start when the cue opens the sentence or
/// closes it ("…, według NATO."), else the clause that contains it ("…, który, według X, ma …").
fn scope_of(
    tokens: &[Token],
    s: usize,
    e: usize,
    cue: &Cue,
    np: &NounPhrase,
    lexicon: &Lexicon,
) -> usize {
    if leads_clause(tokens, s, cue.first, lexicon) {
        return s;
    }
    let rest_is_end = tokens[np.end..e]
        .iter()
        .all(|t| t.kind != TokenKind::Word && t.kind != TokenKind::Number);
    if rest_is_end {
        return s;
    }
    // "The talks failed, according to two people familiar with the matter.": a trailing cue
    // phrase after a comma, with no further clause, governs the whole sentence.
    let trailing = cue.first > s
        && tokens[cue.first - 1].lower == ","
        && !tokens[cue.end..e]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "," | ";" | ":"))
        && lexicon.language == Language::En;
    if trailing {
        return s;
    }
    clause_start_before(tokens, s, cue.first, lexicon)
}

/// The start of the clause containing `at`: the nearest relative pronoun or conjunction after a
/// comma, or the token after the nearest comma or dash; the sentence start when there is none.
pub fn clause_start_before(tokens: &[Token], s: usize, at: usize, lexicon: &Lexicon) -> usize {
    let mut k = at;
    // Skip the punctuation directly before the cue: "…, który, według X".
    while k > s
        && matches!(tokens[k - 1].kind, TokenKind::Punct | TokenKind::Dash)
        && tokens[k - 1].lower != ":"
    {
        k -= 1;
    }
    if k > s {
        let t = &tokens[k - 1];
        if (lexicon.relative_pronouns.contains(&t.lower)
            || lexicon.clause_conjunctions.contains(&t.lower))
            && k >= 2
            && k - 1 > s
            && matches!(tokens[k - 2].lower.as_str(), "," | "–" | "—" | "-")
        {
            return k - 1;
        }
    }
    let mut j = at;
    while j > s {
        let t = &tokens[j - 1];
        if matches!(t.lower.as_str(), "," | ";" | ":" | "–" | "—" | "(") {
            // Prefer the relative pronoun that opens this comma's clause.
            return j;
        }
        j -= 1;
    }
    s
}

/// After a closing quotation mark or a dash that ends dash speech: `” – powiedział`, `" — pisze`, `,” said`.
fn after_quote(tokens: &[Token], s: usize, at: usize) -> bool {
    let mut k = at;
    let mut saw_mark = false;
    let mut separated = false;
    while k > s {
        let t = &tokens[k - 1];
        match t.kind {
            TokenKind::Quote => {
                // A quoted title ("cytowana przez „Gazetę Wyborczą”, twierdzi") is not a
                // quotation: few words, no sentence punctuation inside.
                if let Some(open) = (s..k - 1)
                    .rev()
                    .find(|&j| tokens[j].kind == TokenKind::Quote)
                {
                    let inner = &tokens[open + 1..k - 1];
                    let words = inner.iter().filter(|t| t.kind == TokenKind::Word).count();
                    let title = words <= 6
                        && open > s
                        && !matches!(tokens[open - 1].lower.as_str(), ":" | "–" | "—" | "-")
                        && !inner.iter().any(|t| t.is_terminal() || t.lower == ",")
                        && inner.first().is_some_and(|t| t.capitalized);
                    if title {
                        return false;
                    }
                }
                // `„Kurier” napisał`: a quoted title as the subject, not a quotation's tag. A tag
                // is separated from the quote by a dash or comma, or the quote ends a sentence.
                let closes_speech = k >= 2
                    && (tokens[k - 2].is_terminal()
                        || matches!(tokens[k - 2].lower.as_str(), "," | "?" | "!"));
                return separated || closes_speech;
            }
            TokenKind::Dash => {
                saw_mark = true;
                separated = true;
                k -= 1;
            }
            TokenKind::Punct if t.lower == "," => {
                separated = true;
                k -= 1;
            }
            _ => break,
        }
    }
    saw_mark && k > s
}

/// A sentence-ending mark that really ends something: not the period of an abbreviation inside the
/// sentence ("gen. Piotr Lis", "prof. Nowak").
fn ends_clause(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if !t.is_terminal() {
        return false;
    }
    let abbreviation = t.lower == "."
        && k > 0
        && !t.space_before
        && tokens[k - 1].kind == TokenKind::Word
        && tokens[k - 1].lower.chars().count() <= 5
        && tokens.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word);
    !abbreviation
}

/// The complementizer ("że", "that") or colon after a verb, within its clause.
fn complement_after(tokens: &[Token], from: usize, e: usize, lexicon: &Lexicon) -> Option<usize> {
    (from..e.min(from + 16))
        .take_while(|&k| !ends_clause(tokens, k))
        .find(|&k| lexicon.complementizers.contains(&tokens[k].lower) || tokens[k].lower == ":")
}

/// The claim of a reporting verb at `cue`, if one of its frames applies. When the verb's subject
/// opens a coordinated clause ("…; TVN24 reported he …", "…, but the commissioner stated …"), the
/// claim governs that clause only.
fn verb_claim(
    tokens: &[Token],
    s: usize,
    e: usize,
    cue: &Cue,
    class: VerbClass,
    gender: Gender,
    lexicon: &Lexicon,
) -> Option<Claim> {
    let mut claim = verb_claim_in_sentence(tokens, s, e, cue, class, gender, lexicon)?;
    if claim.scope == s
        && matches!(claim.rule, "verb-that" | "verb-object")
        && matches!(claim.source, ClaimSource::Named { .. })
        && let Some(start) = coordinate_clause_start(tokens, s, cue.first, lexicon)
    {
        let subject_inside =
            matches!(&claim.source, ClaimSource::Named { phrase, .. } if phrase.first >= start);
        if subject_inside {
            claim.scope = start;
        }
    }
    // "…, which also today reported …": the claim governs the relative clause only.
    let mut r = cue.first;
    while r > s
        && tokens[r - 1].kind == TokenKind::Word
        && lexicon.subject_skip.contains(&tokens[r - 1].lower)
    {
        r -= 1;
    }
    if claim.scope == s
        && matches!(claim.rule, "verb-that" | "verb-object")
        && r >= s + 2
        && lexicon.relative_pronouns.contains(&tokens[r - 1].lower)
        && tokens[r - 2].lower == ","
    {
        claim.scope = r - 1;
    }
    Some(claim)
}

/// The start of the coordinated clause (after `;` or `, but`/`, ale`…) that contains token `v`.
fn coordinate_clause_start(
    tokens: &[Token],
    s: usize,
    v: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let mut start = None;
    for k in s + 1..v {
        let t = &tokens[k];
        if t.lower == ";" {
            start = Some(k + 1);
        } else if (tokens[k - 1].lower == ","
            && lexicon.clause_conjunctions.contains(&t.lower)
            && t.lower != "and"
            && t.lower != "a")
            || lexicon.contrast_conjunctions.contains(&t.lower)
        {
            start = Some(k);
        } else if lexicon.complementizers.contains(&t.lower)
            || t.lower == ":"
            || t.kind == TokenKind::Quote
        {
            start = None;
        }
    }
    start
}

fn verb_claim_in_sentence(
    tokens: &[Token],
    s: usize,
    e: usize,
    cue: &Cue,
    class: VerbClass,
    gender: Gender,
    lexicon: &Lexicon,
) -> Option<Claim> {
    let v = cue.first;
    let english = lexicon.language == Language::En;
    let complement = complement_after(tokens, cue.end, e, lexicon);
    // (a) A tag after a quotation or dash speech: "” – powiedziała", "— pisze NYT", ",” said Smith", ",” Smith said".
    if after_quote(tokens, s, v) || (english && quote_then_subject(tokens, s, v, lexicon)) {
        // English puts the speaker before the verb more often (`,” Smith said`), and a phrase
        // after "told" is the addressee.
        let between = english
            .then(|| subject_between_quote(tokens, s, v, lexicon))
            .flatten();
        let source = between
            .or_else(|| subject_after(tokens, cue.end, e, lexicon))
            .map_or(ClaimSource::Continue(gender), named_subject);
        let mut c = claim(s, source, cue, "quote-tag", 0.9);
        c.tags_quote = true;
        attach_recipient(tokens, cue.end, e, lexicon, &mut c);
        return Some(c);
    }
    // (b) "Jak podaje X, …" / "As X reported, …".
    // "Jak nieoficjalnie ustaliło RMF FM": an adverb may stand between "jak" and the verb.
    let as_at = (v.saturating_sub(2).max(s)..v).find(|&k| {
        lexicon.as_words.contains(&tokens[k].lower)
            && tokens[k + 1..v]
                .iter()
                .all(|t| t.kind == TokenKind::Word && !t.capitalized)
    });
    if let Some(as_at) = as_at
        .filter(|&k| k == s || matches!(tokens[k - 1].lower.as_str(), "," | "–" | "—" | "-" | "("))
    {
        let _ = as_at;
        let source = if english {
            np_before(tokens, v - 1 + 1, v, lexicon).map(named_subject)
        } else {
            subject_after(tokens, cue.end, e, lexicon).map(named_subject)
        };
        let source = source.unwrap_or(ClaimSource::Continue(gender));
        let mut c = claim(s, source, cue, "as-reports", 0.9);
        c.outer = true;
        return Some(c);
    }
    if english
        && v >= 2
        && lexicon.as_words.contains(&tokens[s].lower)
        && tokens[s + 1..v].iter().all(|t| t.kind == TokenKind::Word)
        && let Some(np) = np_before(tokens, s + 1, v, lexicon)
    {
        let mut c = claim(s, named_subject(np), cue, "as-reports", 0.85);
        c.outer = true;
        return Some(c);
    }
    let clause = clause_start_before(tokens, s, v, lexicon);
    let mut clause = verb_clause_start(tokens, s, v, clause, lexicon);
    if !english {
        clause = interview::subject_start_after_chain(tokens, clause, v, lexicon);
    }
    let before = subject_after_opening_adverbial(tokens, clause, v, lexicon)
        .or_else(|| np_before(tokens, clause, v, lexicon));
    // (c) A tag after the content: "…, twierdzi X." / "…, said X." / "…, X said."
    let preceded_by_comma = v > s && matches!(tokens[v - 1].lower.as_str(), "," | "–" | "—");
    let after = subject_after(tokens, cue.end, e, lexicon);
    let ends_with_tag = match &after {
        // "…, said John Smith." / "…, twierdzi X, cytowany przez PAP." — after the subject the
        // sentence ends or only an apposition or chain follows.
        Some(np) => {
            let rest = &tokens[np.end..e];
            let words = rest.iter().filter(|t| t.kind == TokenKind::Word).count();
            words <= 2
                || (words <= 10 && rest.first().is_some_and(|t| t.lower == ","))
                || (before.is_none() && postmodifier_ends_tag(tokens, np.end, e, lexicon))
        }
        None => ends_after(tokens, cue.end, e, lexicon),
    };
    if preceded_by_comma
        && complement.is_none()
        && ends_with_tag
        && (after.is_some() || before.is_none())
    {
        let source = after.map_or(ClaimSource::Continue(gender), named_subject);
        let mut c = claim(s, source, cue, "tag-after", 0.85);
        attach_recipient(tokens, cue.end, e, lexicon, &mut c);
        return Some(c);
    }
    if english
        && complement.is_none()
        && ends_after(tokens, cue.end, e, lexicon)
        && let Some(np) = before.clone()
        && (s..np.first).any(|k| tokens[k].lower == ",")
    {
        let mut c = claim(s, subject_or_continue(np, gender), cue, "tag-after", 0.85);
        attach_recipient(tokens, cue.end, e, lexicon, &mut c);
        return Some(c);
    }
    // (d) Indirect speech: "X powiedział, że …", "X said (that) …", "X: …".
    let zero_subject = before.is_none() && leads_clause(tokens, clause, v, lexicon);
    if let Some(k) = complement {
        let source = match before {
            Some(np) => Some(subject_or_continue(np, gender)),
            None => subject_after(tokens, cue.end, k, lexicon)
                .map(named_subject)
                .or(zero_subject.then_some(ClaimSource::Continue(gender))),
        }?;
        let rule = if matches!(source, ClaimSource::Continue(_)) {
            "continuation"
        } else {
            "verb-that"
        };
        let mut c = claim(
            s,
            source,
            cue,
            rule,
            if rule == "continuation" { 0.75 } else { 0.9 },
        );
        attach_recipient(tokens, cue.end, k, lexicon, &mut c);
        return Some(c);
    }
    if english
        && class == VerbClass::Speech
        && let Some(np) = before.clone()
    {
        // "Smith said the company would…", "He told Reuters the plan…"; ", which state media said were …"
        if clause_follows(tokens, cue.end, e, lexicon) {
            let relative = np.first >= s + 2
                && lexicon
                    .relative_pronouns
                    .contains(&tokens[np.first - 1].lower)
                && tokens[np.first - 2].lower == ",";
            let scope = if relative { np.first - 1 } else { s };
            let mut c = claim(
                scope,
                subject_or_continue(np, gender),
                cue,
                "verb-that",
                0.8,
            );
            attach_recipient(tokens, cue.end, e, lexicon, &mut c);
            return Some(c);
        }
    }
    // (e) Strong verbs take a plain object: "NATO potwierdziło doniesienia o …".
    if class == VerbClass::Strong {
        if let Some(np) = before {
            return Some(claim(
                s,
                subject_or_continue(np, gender),
                cue,
                "verb-object",
                0.8,
            ));
        }
        if zero_subject && !english {
            return Some(claim(
                s,
                ClaimSource::Continue(gender),
                cue,
                "continuation",
                0.7,
            ));
        }
    }
    None
}

/// The clause a verb's subject is looked for in: after a complementizer or relative pronoun that
/// opens a subordinate clause containing the verb.
fn verb_clause_start(
    tokens: &[Token],
    s: usize,
    v: usize,
    clause: usize,
    lexicon: &Lexicon,
) -> usize {
    // Commas inside the subject phrase (apposition: "Dowódca …, płk X, przekazał") do not end it;
    // only sentence-level boundaries do.
    let mut start = s;
    for k in s..v {
        let t = &tokens[k];
        if matches!(t.lower.as_str(), ":" | ";") || lexicon.complementizers.contains(&t.lower) {
            start = k + 1;
        }
        if t.kind == TokenKind::Quote && k + 1 < v && tokens[k + 1].kind == TokenKind::Dash {
            start = k + 2;
        }
        // ", but the commissioner stated …": a coordinated clause has its own subject.
        if k > s && tokens[k - 1].lower == "," && lexicon.clause_conjunctions.contains(&t.lower) {
            start = k + 1;
        }
    }
    let _ = clause;
    start
}

fn named_subject(np: NounPhrase) -> ClaimSource {
    match np.pronoun {
        Some(g) => ClaimSource::Continue(g),
        None => ClaimSource::Named {
            phrase: np,
            subject: true,
        },
    }
}

fn subject_or_continue(np: NounPhrase, gender: Gender) -> ClaimSource {
    match np.pronoun {
        Some(g) => ClaimSource::Continue(if g == Gender::Any { gender } else { g }),
        None => ClaimSource::Named {
            phrase: np,
            subject: true,
        },
    }
}

/// The subject after a verb (inverted order), skipping recipients: in "powiedzieli reporterom TVN24
/// organizatorzy protestu" the organisers speak; a lone medium ("– pisze „Rzeczpospolita”") is the subject.
fn subject_after(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let limit = (from..limit)
        .find(|&k| ends_clause(tokens, k) || lexicon.complementizers.contains(&tokens[k].lower))
        .unwrap_or(limit);
    let limit = limit.min(from + 16);
    let mut at = from;
    let mut first: Option<NounPhrase> = None;
    while at < limit {
        let t = &tokens[at];
        // A chain phrase between verb and subject (", cytowany za agencją PAP,", "w rozmowie z Radiem ZET") is skipped.
        let chain_cue = find_cues(tokens, at, limit, lexicon)
            .into_iter()
            .next()
            .filter(|c| {
                c.first == at
                    && matches!(
                        c.kind,
                        CueKind::Phrase(
                            CueRole::Via | CueRole::Recipient | CueRole::Channel | CueRole::Basis
                        )
                    )
            });
        if let Some(cue) = chain_cue {
            let cue_end = cue.end;
            // A channel ("w komunikacie", "in a statement") names nobody: only its words are skipped.
            if cue.kind == CueKind::Phrase(CueRole::Channel) {
                at = cue_end;
                continue;
            }
            at = match np_after(tokens, cue_end, limit, lexicon) {
                Some(np) if np.first == cue_end => np.end,
                _ => {
                    let mut k = cue_end;
                    while k < limit && tokens[k].lower != "," {
                        k += 1;
                    }
                    k
                }
            };
            continue;
        }
        if let Some(end) = governed_name_end(tokens, at, limit, lexicon) {
            at = end;
            continue;
        }
        if t.lower == ","
            || (t.kind == TokenKind::Word
                && lexicon.subject_skip.contains(&t.lower)
                && !t.capitalized)
        {
            at += 1;
            continue;
        }
        let Some(np) = np_after(tokens, at, limit, lexicon) else {
            if first.is_none() && at > from + 2 {
                break;
            }
            at += 1;
            continue;
        };
        if is_recipient(tokens, &np, lexicon) {
            if first.is_none() {
                first = Some(np.clone());
            }
            at = np.end.max(at + 1);
            continue;
        }
        // "jego obrońca, mecenas Adam Żak": a description followed by the name in apposition.
        if np.generic
            && tokens.get(np.end).is_some_and(|t| t.lower == ",")
            && let Some(named) = np_after(tokens, np.end + 1, limit, lexicon)
            && named.first == np.end + 1
            && !named.generic
            && named.pronoun.is_none()
        {
            return Some(named);
        }
        return Some(np);
    }
    // Only a recipient: the subject is dropped ("– przekazał rozgłośni.") and the speaker continues.
    let _ = first;
    None
}

/// A dative medium after a verb ("agencji Reutera", "reporterom TVN24", "Dziennikowi Wschodniemu").
fn is_recipient(tokens: &[Token], np: &NounPhrase, lexicon: &Lexicon) -> bool {
    let words = &tokens[np.first..np.end];
    // A nominative role noun that merely ends like a dative ("astronom") is not one.
    let dative_ending = |t: &Token| {
        lexicon
            .dative_endings
            .iter()
            .any(|e| t.lower.ends_with(e.as_str()))
            && !lexicon.roles.contains_key(&t.lower)
    };
    let dative = words
        .iter()
        .any(|t| dative_ending(t) || lexicon.dative_nouns.contains(&t.lower));
    // A medium in the dative, or a lowercase plural dative ("reporterom TVN24").
    dative
        && (np.role_kind == Some(SourceKind::Media)
            || words
                .iter()
                .any(|t| !t.capitalized && dative_ending(t) && t.lower.ends_with('m')))
}

/// Adds the recipient of the words ("przekazał agencji Reutera", "told The Jakarta Post") to the chain.
fn attach_recipient(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
    claim: &mut Claim,
) {
    if let Some(medium) = interview::medium_after(tokens, from, limit, lexicon) {
        claim.via.push(medium);
        return;
    }
    let limit = limit.min(from + 6);
    if from >= limit {
        return;
    }
    let Some(np) = np_after(tokens, from, limit, lexicon) else {
        return;
    };
    if np.first > from + 1 {
        return;
    }
    let is_subject =
        matches!(&claim.source, ClaimSource::Named { phrase, .. } if phrase.first == np.first);
    if is_subject {
        return;
    }
    let media =
        np.role_kind == Some(SourceKind::Media) || np.quoted || is_recipient(tokens, &np, lexicon);
    let english_object = lexicon.language == Language::En
        && !np.generic
        && np.pronoun.is_none()
        && np.name_end > np.name_first
        && tokens[np.name_first].capitalized;
    // "Rzecznik … przekazał PAP, że …": a name between a verb with its subject before it and the
    // complementizer is the addressee.
    let subject_before =
        matches!(&claim.source, ClaimSource::Named { phrase, .. } if phrase.end <= claim.cue.0);
    let before_complement = {
        let mut k = np.end;
        if tokens.get(k).is_some_and(|t| t.lower == ",") {
            k += 1;
        }
        tokens
            .get(k)
            .is_some_and(|t| lexicon.complementizers.contains(&t.lower))
    };
    let addressee = lexicon.language == Language::Pl
        && subject_before
        && before_complement
        && !np.generic
        && np.pronoun.is_none();
    let told = tokens
        .get(from - 1)
        .is_some_and(|t| lexicon.addressing_verbs.contains(&t.lower));
    if media || addressee || (english_object && told) {
        // "told NPR Hamza bin Laden had …": the addressee is the acronym, not the clause after it.
        let mut np = np;
        if np.name_end - np.name_first > 1
            && tokens[np.name_first].all_caps
            && !tokens[np.name_first + 1].all_caps
        {
            np.name_end = np.name_first + 1;
            np.end = np.name_end;
        }
        claim.via.push(np);
    }
}

/// English: does a clause (subject + verb) follow, so "said" reports it without "that"?
fn clause_follows(tokens: &[Token], from: usize, e: usize, lexicon: &Lexicon) -> bool {
    let mut k = from;
    loop {
        while k < e
            && (tokens[k].kind == TokenKind::Word
                && lexicon.subject_skip.contains(&tokens[k].lower))
        {
            k += 1;
        }
        // "reported, citing Johns Hopkins University data, there were …": skip the chain phrase.
        if k + 1 < e && tokens[k].lower == "," {
            let cue = find_cues(tokens, k + 1, e, lexicon).into_iter().next();
            if let Some(c) =
                cue.filter(|c| c.first == k + 1 && matches!(c.kind, CueKind::Phrase(_)))
            {
                k = (c.end..e)
                    .find(|&j| tokens[j].lower == ",")
                    .map_or(e, |j| j + 1);
                continue;
            }
        }
        break;
    }
    let rest = tokens[k.min(e)..e]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let opens_quote = k < e && tokens[k].kind == TokenKind::Quote;
    opens_quote
        || rest >= 2
            && k < e
            && matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number)
            && !matches!(
                tokens[k].lower.as_str(),
                "to" | "for" | "by" | "with" | "about" | "of" | "on" | "in" | "at" | "as"
            )
}

fn ends_after(tokens: &[Token], from: usize, e: usize, lexicon: &Lexicon) -> bool {
    // A tag in the middle ("…, Maróth said, and …") ends its part of the sentence too.
    let e = (from..e)
        .find(|&k| tokens[k].lower == "," || tokens[k].lower == ";")
        .unwrap_or(e);
    tokens[from..e].iter().all(|t| {
        !matches!(t.kind, TokenKind::Word | TokenKind::Number)
            || lexicon.subject_skip.contains(&t.lower)
            || t.capitalized
    }) && tokens[from..e]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count()
        <= 4
}

fn quote_then_subject(tokens: &[Token], s: usize, v: usize, lexicon: &Lexicon) -> bool {
    subject_between_quote(tokens, s, v, lexicon).is_some()
}

/// `,” Smith said` / `," he said`: the subject between a closing quote and the verb.
fn subject_between_quote(
    tokens: &[Token],
    s: usize,
    v: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let q = (s..v).rev().find(|&k| tokens[k].kind == TokenKind::Quote)?;
    // `”, Saree said`: a comma may follow the closing mark.
    let first = if tokens.get(q + 1).is_some_and(|t| t.lower == ",") {
        q + 2
    } else {
        q + 1
    };
    if v - q > 7
        || tokens[first..v]
            .iter()
            .any(|t| t.kind != TokenKind::Word && t.lower != ".")
    {
        return None;
    }
    if q == s
        || !(tokens[q - 1].lower == ","
            || tokens[q - 1].is_terminal()
            || tokens[q - 1].lower == "?"
            || first == q + 2)
    {
        return None;
    }
    np_before(tokens, first, v, lexicon)
}
