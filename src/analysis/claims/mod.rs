//! Cues → claims: for each sentence, which part of it is governed by which source phrase, through
//! which frame ("X powiedział, że …", "– pisze X", "według X", "Jak podaje X, …", "X said …").

mod clause;
mod subject;
mod verb_frames;

use super::cues::{Cue, CueKind};
use super::lexicon::{CueRole, Gender, Lexicon, VerbClass};
use super::mentions::{NounPhrase, np_after, np_before, np_until_punct};
use super::quotes::Quote;
use super::rule::Rule;
use super::text::Token;
use crate::model::SourceKind;
pub use clause::clause_start_before;
use clause::{after_quote, complement_after, leads_clause, scope_of};
use subject::attach_recipient;
use verb_frames::verb_claim;

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
    pub rule: Rule,
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
    let cues = framing_cues(tokens, cues, quotes);
    if cues
        .iter()
        .any(|c| c.kind == CueKind::Vague && leads_clause(tokens, s, c.first, lexicon))
    {
        return Vec::new();
    }
    let mut sentence = Sentence {
        tokens,
        s,
        e,
        lexicon,
        claims: Vec::new(),
        pending_via: Vec::new(),
        covered_from: None,
    };
    for cue in &cues {
        sentence.read(cue);
    }
    let Sentence {
        mut claims,
        pending_via,
        ..
    } = sentence;
    attach_chain_links(&mut claims, pending_via);
    merge_outer_frames(claims)
}

/// The cues of the article's framing: cues inside a quotation belong to the quoted speaker's words.
fn framing_cues(tokens: &[Token], cues: &[Cue], quotes: &[Quote]) -> Vec<Cue> {
    let inside_speech = |k: usize| {
        quotes
            .iter()
            .any(|q| q.speech && q.open < k && k < q.close && q.close < tokens.len())
    };
    cues.iter()
        .copied()
        .filter(|c| !inside_speech(c.first))
        .collect()
}

/// Chain links go to the claim they follow (or the first one after them).
fn attach_chain_links(claims: &mut [Claim], pending_via: Vec<(usize, NounPhrase)>) {
    for (at, np) in pending_via {
        let target = claims
            .iter()
            .rposition(|c| c.cue.0 < at)
            .or(if claims.is_empty() { None } else { Some(0) });
        if let Some(t) = target {
            claims[t].via.push(np);
        }
    }
}

/// A sentence's claims as its cues are read left to right.
struct Sentence<'a> {
    /// The paragraph's tokens.
    tokens: &'a [Token],
    /// The sentence's first token.
    s: usize,
    /// One past the sentence's last token.
    e: usize,
    /// The language's lexicon.
    lexicon: &'a Lexicon,
    /// The claims found so far.
    claims: Vec<Claim>,
    /// Chain phrases, each with the first token of its cue, attached to claims at the end.
    pending_via: Vec<(usize, NounPhrase)>,
    /// Where the content governed by the last reporting verb or hearsay starts: later verbs in it
    /// are part of the reported words.
    covered_from: Option<usize>,
}

impl Sentence<'_> {
    /// Reads the next cue.
    fn read(&mut self, cue: &Cue) {
        match cue.kind {
            CueKind::Vague | CueKind::Impersonal => {}
            CueKind::Phrase(CueRole::Channel) => {}
            CueKind::Phrase(CueRole::Via | CueRole::Recipient | CueRole::Basis) => {
                self.chain_phrase(cue)
            }
            CueKind::Phrase(CueRole::Source | CueRole::SourceCapital | CueRole::SourceMedia) => {
                self.source_phrase(cue)
            }
            CueKind::Pronoun(gender) => self.pronoun(cue, gender),
            CueKind::Hearsay { gender } => self.hearsay(cue, gender),
            CueKind::Verb {
                class,
                gender,
                negated,
                author,
            } => {
                if !(negated || author) {
                    self.verb(cue, class, gender);
                }
            }
        }
    }

    /// A chain phrase ("cytowany przez X", "w rozmowie z X", "citing X"): the phrase it names waits
    /// for its claim.
    fn chain_phrase(&mut self, cue: &Cue) {
        let (tokens, e, lexicon) = (self.tokens, self.e, self.lexicon);
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
            self.pending_via.push((cue.first, np));
        }
    }

    /// A source phrase ("według X", "according to X"): an outer frame naming the source, or a
    /// pronoun continuing the current speaker ("według niego").
    fn source_phrase(&mut self, cue: &Cue) {
        let (tokens, s, e, lexicon) = (self.tokens, self.s, self.e, self.lexicon);
        // "according to one global index": a phrase the noun-phrase reader declines still names
        // the source when a role noun or a name stands in it.
        let Some(np) = np_after(tokens, cue.end, e, lexicon)
            .or_else(|| np_until_punct(tokens, cue.end, e, lexicon))
        else {
            return;
        };
        if np.pronoun.is_some() {
            self.claims.push(claim(
                scope_of(tokens, s, e, cue, &np, lexicon),
                ClaimSource::Continue(np.pronoun.unwrap_or(Gender::Any)),
                cue,
                Rule::PronounCue,
                0.8,
            ));
            return;
        }
        if own_finding(tokens, cue.end, &np, lexicon) {
            return;
        }
        let scope = scope_of(tokens, s, e, cue, &np, lexicon);
        let mut c = claim(
            scope,
            ClaimSource::Named {
                phrase: np,
                subject: false,
            },
            cue,
            Rule::AccordingTo,
            0.9,
        );
        c.outer = true;
        self.claims.push(c);
    }

    /// A pronoun-led cue ("jej zdaniem"): the current speaker continues, over the whole sentence
    /// when the cue leads it, else over the cue's clause.
    fn pronoun(&mut self, cue: &Cue, gender: Gender) {
        let (tokens, s, lexicon) = (self.tokens, self.s, self.lexicon);
        let scope = if leads_clause(tokens, s, cue.first, lexicon) {
            s
        } else {
            clause_start_before(tokens, s, cue.first, lexicon)
        };
        self.claims.push(claim(
            scope,
            ClaimSource::Continue(gender),
            cue,
            Rule::PronounCue,
            0.8,
        ));
    }

    /// Hearsay ("X miał powiedzieć"): the subject before it is the source; the rest of the sentence
    /// is its content.
    fn hearsay(&mut self, cue: &Cue, gender: Gender) {
        let (tokens, s, e, lexicon) = (self.tokens, self.s, self.e, self.lexicon);
        let clause = clause_start_before(tokens, s, cue.first, lexicon);
        let source = match np_before(tokens, clause, cue.first, lexicon) {
            Some(np) if np.pronoun.is_none() => ClaimSource::Named {
                phrase: np,
                subject: true,
            },
            Some(np) => ClaimSource::Continue(np.pronoun.unwrap_or(gender)),
            None => ClaimSource::Continue(gender),
        };
        let mut c = claim(s, source, cue, Rule::Hearsay, 0.75);
        attach_recipient(tokens, cue.end, e, lexicon, &mut c);
        self.claims.push(c);
        self.covered_from = Some(cue.end);
    }

    /// A reporting verb, unless it stands inside the content of an earlier one (and does not tag a
    /// quotation); its claim covers what follows its complementizer, or everything after it.
    fn verb(&mut self, cue: &Cue, class: VerbClass, gender: Gender) {
        let (tokens, s, e, lexicon) = (self.tokens, self.s, self.e, self.lexicon);
        // A semicolon ends the reported content: "…; TVN24 reported he …".
        if self.covered_from.is_some_and(|from| {
            tokens[from.min(cue.first)..cue.first]
                .iter()
                .any(|t| t.lower == ";")
        }) {
            self.covered_from = None;
        }
        if self.covered_from.is_some_and(|from| cue.first >= from)
            && !after_quote(tokens, s, cue.first)
        {
            return;
        }
        if let Some(c) = verb_claim(tokens, s, e, cue, class, gender, lexicon) {
            if let Some(k) = complement_after(tokens, cue.end, e, lexicon) {
                self.covered_from = Some(k);
            } else if c.rule != Rule::QuoteTag {
                self.covered_from = Some(cue.end);
            }
            self.claims.push(c);
        }
    }
}

/// A claim with no chain links, not tagging a quotation, not an outer frame.
fn claim(scope: usize, source: ClaimSource, cue: &Cue, rule: Rule, confidence: f32) -> Claim {
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
                && matches!(claims[j].rule, Rule::Hearsay)
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

/// "Według naszych nieoficjalnych ustaleń", "according to our calculations": the author's own
/// findings or figures (a first-person possessive before a document, data or unknown noun) are the
/// author's voice; "naszych źródeł", "our sources" still name somebody else.
fn own_finding(tokens: &[Token], at: usize, np: &NounPhrase, lexicon: &Lexicon) -> bool {
    let head = tokens[at.min(np.end)..np.end]
        .iter()
        .find_map(|t| lexicon.roles.get(&t.lower));
    tokens
        .get(at)
        .is_some_and(|t| lexicon.author_possessives.contains(&t.lower))
        && matches!(head, None | Some(SourceKind::Document | SourceKind::Data))
}
