//! Claims → statements: quotations inherit their tag's claim, zero subjects and pronouns continue
//! the current speaker, mentions become entities, and each sentence is cut where its parts have
//! different sources.

use super::claims::{Claim, ClaimSource, sentence_claims};
use super::cues::find_cues;
use super::discourse::Discourse;
use super::entities::{Entity, KnownSource, MentionCase};
use super::headings::{self, HeadingQuote};
use super::lexicon::Lexicon;
use super::local_mention::local_mention;
use super::quote_claims::propagate_quotes;
use super::quotes::find_quotes;
use super::roles;
use super::rule::Rule;
use super::segment::{is_heading, paragraphs, sentences};
use super::speaker_label;
use super::text::{Token, TokenKind, tokenize};
use super::topic_person::note_topic_person;
use super::{Analysis, AnalysisInput};
use crate::model::{
    Attribution, Document, Source, SourceId, SourceKind, SourceRegistry, Span, Statement,
    content_hash,
};

/// Longest first paragraph treated as a title.
const TITLE_MAX_WORDS: usize = 30;
/// Longest later paragraph treated as a subheading.
const HEADING_MAX_WORDS: usize = 15;

/// A statement before its entities get ids.
pub(super) struct Draft {
    pub(super) paragraph: usize,
    pub(super) span: Span,
    pub(super) source: Option<usize>,
    pub(super) mention: Option<Span>,
    pub(super) cue: Option<Span>,
    pub(super) via: Vec<usize>,
    pub(super) confidence: f32,
    pub(super) rule: Rule,
}

/// Analyses a document with one language's lexicon.
pub fn analyze(input: &AnalysisInput, lexicon: &Lexicon, known: &[KnownSource]) -> Analysis {
    let text = input.text.as_str();
    let paragraph_spans = paragraphs(text);
    let mut walk = Walk {
        text,
        lexicon,
        discourse: Discourse::new(lexicon, known),
        drafts: Vec::new(),
        pending: Vec::new(),
    };
    let mut title = input.title.clone().unwrap_or_default();
    for (pi, &para) in paragraph_spans.iter().enumerate() {
        let tokens = tokenize(text, para.start, para.end);
        let hinted_title = input
            .title
            .as_deref()
            .is_some_and(|t| pi == 0 && para.text(text).trim() == t.trim());
        let heading = hinted_title || is_heading_paragraph(text, &paragraph_spans, pi, &tokens);
        if heading && pi == 0 && title.is_empty() {
            title = para.text(text).trim().to_string();
        }
        if walk.heading_quote(pi, &tokens, heading, hinted_title) {
            continue;
        }
        let title_line = pi == 0 && is_title_line(text, &paragraph_spans, &tokens);
        let before = walk.drafts.len();
        if !heading {
            walk.paragraph(pi, &tokens);
        }
        if title_line {
            walk.title_speaker(pi, &tokens, before);
        }
    }
    headings::owners_of_heading_quotes(text, &mut walk.drafts, &walk.pending);
    let entities = walk.discourse.entities();
    build(input, title, paragraph_spans, walk.drafts, entities)
}

/// The first paragraph as a title: one line, at most [`TITLE_MAX_WORDS`] words, more paragraphs
/// after it.
fn is_title_line(text: &str, paragraph_spans: &[Span], tokens: &[Token]) -> bool {
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word).count();
    paragraph_spans.len() > 1
        && words <= TITLE_MAX_WORDS
        && !paragraph_spans[0].text(text).contains('\n')
}

/// Whether paragraph `pi` looks like a heading: the first paragraph may be a longer title (when
/// more paragraphs follow), a later one a short subheading.
fn is_heading_paragraph(text: &str, paragraph_spans: &[Span], pi: usize, tokens: &[Token]) -> bool {
    let para = paragraph_spans[pi];
    if pi == 0 {
        paragraph_spans.len() > 1 && is_heading(text, para, tokens, TITLE_MAX_WORDS)
    } else {
        is_heading(text, para, tokens, HEADING_MAX_WORDS)
    }
}

/// The state carried from paragraph to paragraph while an article is attributed.
struct Walk<'t, 'l> {
    /// The article's text.
    text: &'t str,
    /// The language's lexicon.
    lexicon: &'l Lexicon,
    /// The entities, roles and speakers met so far.
    discourse: Discourse<'l>,
    /// The statements so far.
    drafts: Vec<Draft>,
    /// Heading quotations whose owner is named later: (draft index, phrase).
    pending: Vec<(usize, String)>,
}

impl Walk<'_, '_> {
    /// A paragraph that quotes someone as a heading (or a speaker's line) becomes one statement;
    /// true when paragraph `pi` was one.
    fn heading_quote(
        &mut self,
        pi: usize,
        tokens: &[Token],
        heading: bool,
        hinted_title: bool,
    ) -> bool {
        // A short line may name its speaker before a colon (`Nowak: Nie podpiszę`), the title
        // too; a quoted phrase only in a subheading (in the title it is the article's theme).
        let quoted = headings::heading_quote(self.text, tokens, self.lexicon).filter(|q| {
            let speaker = matches!(q, HeadingQuote::Speaker(_));
            speaker || (heading && pi > 0 && !hinted_title)
        });
        let Some(q) = quoted else {
            return false;
        };
        let draft = headings::heading_draft(self.text, tokens, pi, &q, &mut self.discourse);
        if let HeadingQuote::Phrase(phrase) = q {
            self.pending.push((self.drafts.len(), phrase));
        }
        self.drafts.push(draft);
        true
    }

    /// A title that no frame attributed but that is built on a reporting verb (`Obama Says …`,
    /// `…, Graham Says.`) becomes one statement of its subject, replacing the drafts made for it
    /// since `before`.
    fn title_speaker(&mut self, pi: usize, tokens: &[Token], before: usize) {
        // A frame that read the title's own words wins; a quotation's fallback speaker or a label
        // read in headline case (`Obama Says Museum Will Tell of '…'`) does not.
        let weak = |rule: Rule| matches!(rule, Rule::QuoteContinuation | Rule::SpeakerLabel);
        if self.drafts[before..]
            .iter()
            .any(|d| d.source.is_some() && !weak(d.rule))
        {
            return;
        }
        let Some(np) = headings::title_speaker(tokens, self.lexicon) else {
            return;
        };
        let quote = HeadingQuote::Speaker(np);
        let draft = headings::heading_draft(self.text, tokens, pi, &quote, &mut self.discourse);
        if draft.source.is_some() {
            self.drafts.truncate(before);
            self.drafts.push(draft);
        }
    }

    /// Attributes the sentences of a body paragraph.
    fn paragraph(&mut self, pi: usize, tokens: &[Token]) {
        let lexicon = self.lexicon;
        let sents = sentences(self.text, tokens, lexicon);
        let quotes = find_quotes(tokens, lexicon);
        let mut per_sentence: Vec<Vec<Claim>> = sents
            .iter()
            .map(|&(a, b)| {
                let cues = find_cues(tokens, a, b, lexicon);
                sentence_claims(tokens, a, b, &cues, lexicon, &quotes)
            })
            .collect();
        speaker_label::claim_labelled_turn(tokens, &sents, &mut per_sentence, lexicon);
        speaker_label::claim_signed_quote(tokens, &sents, &quotes, &mut per_sentence, lexicon);
        let prev_attributed = self
            .drafts
            .last()
            .is_some_and(|d| d.source.is_some() && d.paragraph + 1 >= pi);
        propagate_quotes(
            tokens,
            &quotes,
            &sents,
            &mut per_sentence,
            lexicon,
            prev_attributed,
        );
        for (si, &(a, b)) in sents.iter().enumerate() {
            self.sentence(pi, tokens, (a, b), &per_sentence[si]);
        }
    }

    /// Cuts sentence `a..b` where its claims begin and adds one statement per part.
    fn sentence(&mut self, pi: usize, tokens: &[Token], (a, b): (usize, usize), claims: &[Claim]) {
        let text = self.text;
        let mut parts: Vec<(usize, Option<&Claim>)> = Vec::new();
        if claims.first().is_none_or(|c| c.scope > a) {
            parts.push((a, None));
        }
        for c in claims {
            parts.push((c.scope.max(a), Some(c)));
        }
        let salient = claims.is_empty();
        roles::note_introductions(text, tokens, (a, b), salient, &mut self.discourse);
        if claims.is_empty() {
            note_topic_person(text, tokens, a, b, &mut self.discourse);
        }
        for (k, &(from, claim)) in parts.iter().enumerate() {
            let start = if k == 0 {
                tokens[a].start
            } else {
                tokens[from].start
            };
            let end = parts
                .get(k + 1)
                .map_or(tokens[b - 1].end, |&(next, _)| tokens[next].start);
            if start >= end {
                continue;
            }
            let span = Span::new(start, end);
            let draft = match claim {
                None => author(pi, span, tokens, a, b),
                Some(c) => self.claimed(pi, span, tokens, c),
            };
            self.drafts.push(draft);
        }
    }

    /// The statement of a part of a sentence that a claim governs.
    fn claimed(&mut self, pi: usize, span: Span, tokens: &[Token], c: &Claim) -> Draft {
        let mut draft = resolve_claim(self.text, tokens, c, pi, span, &mut self.discourse);
        // The mention is the word in the statement's own clause ("he", "who") when the
        // subject is a pronoun; the source stays the entity it resolves to.
        if draft.source.is_some()
            && let Some((m0, m1)) = local_mention(tokens, c, self.lexicon)
        {
            draft.mention = Some(token_span(tokens, m0, m1));
        }
        self.inherit_via(&mut draft, c);
        draft
    }

    /// A continuation keeps the chain of the speaker's last statement (the same interview: "He
    /// added …" after "X told The Jakarta Post …"); so does any later statement of a person
    /// interviewed ("w rozmowie z PAP", "told Reuters").
    fn inherit_via(&self, draft: &mut Draft, claim: &Claim) {
        let continues = matches!(claim.source, ClaimSource::Continue(_));
        let person = draft
            .source
            .is_some_and(|e| self.discourse.entity(e).kind == SourceKind::Person);
        if (continues || person)
            && draft.via.is_empty()
            && let Some(previous) = self.drafts.iter().rev().find(|d| {
                d.source.is_some() && d.source == draft.source && d.rule != Rule::HeadingQuote
            })
            && !previous.rule.is_outer_report()
        {
            draft.via = previous.via.clone();
        }
    }
}

/// An unattributed statement: the author's own text.
pub(super) fn author(paragraph: usize, span: Span, tokens: &[Token], a: usize, b: usize) -> Draft {
    // Unattributed text with quotation marks is less certain to be the author's.
    let quoted = tokens[a..b].iter().any(|t| t.kind == TokenKind::Quote);
    Draft {
        paragraph,
        span,
        source: None,
        mention: None,
        cue: None,
        via: Vec::new(),
        confidence: if quoted { 0.5 } else { 0.7 },
        rule: Rule::Author,
    }
}

/// The span from token `first` to the end of token `end - 1`.
pub(super) fn token_span(tokens: &[Token], first: usize, end: usize) -> Span {
    Span::new(tokens[first].start, tokens[end - 1].end)
}

/// The statement a claim makes: its source resolved to an entity (or the author when it names
/// nobody known), its cue and its chain of intermediaries.
fn resolve_claim(
    text: &str,
    tokens: &[Token],
    claim: &Claim,
    paragraph: usize,
    span: Span,
    discourse: &mut Discourse<'_>,
) -> Draft {
    let (source, mention) = match &claim.source {
        ClaimSource::Named { phrase, subject } => {
            let case = if *subject {
                MentionCase::Subject
            } else {
                MentionCase::Oblique
            };
            let resolved =
                roles::resolve_speaker(text, tokens, phrase, case, claim.cue.0, discourse);
            if let Some(e) = resolved.filter(|_| *subject) {
                let gender = discourse.lexicon().verb_gender(&tokens[claim.cue.0].lower);
                discourse.note_gender(e, gender);
            }
            (
                resolved,
                resolved.map(|_| token_span(tokens, phrase.name_first, phrase.name_end)),
            )
        }
        ClaimSource::Continue(gender) => match discourse.continue_speaker(*gender) {
            Some((e, m)) => (Some(e), Some(m)),
            None => (None, None),
        },
    };
    let mut via = Vec::new();
    for np in &claim.via {
        if let Some(v) = discourse.resolve(text, tokens, np, MentionCase::Oblique)
            && Some(v) != source
            && !via.contains(&v)
        {
            via.push(v);
        }
    }
    let Some(entity) = source else {
        return Draft {
            paragraph,
            span,
            source: None,
            mention: None,
            cue: None,
            via: Vec::new(),
            confidence: 0.4,
            rule: Rule::Author,
        };
    };
    if let Some(m) = mention {
        discourse.give_floor(entity, m);
    }
    // A continuation with a dropped subject names nobody in its own clause: no mention (a
    // pronoun subject is added by the caller as the local mention).
    let continues = matches!(claim.source, ClaimSource::Continue(_));
    Draft {
        paragraph,
        span,
        source: Some(entity),
        mention: mention.filter(|_| !continues),
        cue: Some(token_span(tokens, claim.cue.0, claim.cue.1)),
        via,
        confidence: claim.confidence,
        rule: claim.rule,
    }
}

/// The document and its sources from the drafts, entities getting ids in order of first use.
fn build(
    input: &AnalysisInput,
    title: String,
    paragraphs: Vec<Span>,
    drafts: Vec<Draft>,
    entities: &[Entity],
) -> Analysis {
    let mut registry = SourceRegistry::default();
    let mut ids: Vec<Option<SourceId>> = vec![None; entities.len()];
    let mut id_of = |e: usize, registry: &mut SourceRegistry| -> SourceId {
        if let Some(id) = &ids[e] {
            return id.clone();
        }
        let entity = &entities[e];
        // Every name the source goes by, its display name first (as in the report schema).
        let mut aliases: Vec<String> = vec![entity.name.clone()];
        for alias in &entity.aliases {
            if !aliases.contains(alias) {
                aliases.push(alias.clone());
            }
        }
        let id = registry.add(&entity.name, entity.kind, aliases);
        ids[e] = Some(id.clone());
        id
    };
    let mut statements = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.into_iter().enumerate() {
        let source = d.source.map(|e| id_of(e, &mut registry));
        let via = d.via.iter().map(|&e| id_of(e, &mut registry)).collect();
        statements.push(Statement {
            id: i,
            paragraph: d.paragraph,
            span: d.span,
            attribution: Attribution {
                source,
                mention: d.mention,
                cue: d.cue,
                via,
                confidence: d.confidence,
                rule: d.rule.as_str().to_string(),
            },
        });
    }
    let sources: Vec<Source> = registry.sources;
    Analysis {
        document: Document {
            path: input.path.clone(),
            title,
            language: input.language,
            text: input.text.clone(),
            text_hash: content_hash(&input.text),
            paragraphs,
            statements,
        },
        sources,
    }
}

#[cfg(test)]
#[path = "attribute_tests.rs"]
mod tests;
