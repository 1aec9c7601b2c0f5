//! Claims → statements: quotations inherit their tag's claim, zero subjects and pronouns continue
//! the current speaker, mentions become entities, and each sentence is cut where its parts have
//! different sources.

use super::claims::{Claim, ClaimSource, sentence_claims};
use super::cues::find_cues;
use super::entities::{EntityTable, KnownSource, MentionCase};
use super::headings::{self, HeadingQuote};
use super::lexicon::{Gender, Lexicon};
use super::local_mention::local_mention;
use super::mentions::np_after;
use super::quotes::{Quote, find_quotes};
use super::roles;
use super::segment::{is_heading, paragraphs, sentences};
use super::text::{Token, TokenKind, tokenize};
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
    pub(super) rule: &'static str,
}

/// Analyses a document with one language's lexicon.
pub fn analyze(input: &AnalysisInput, lexicon: &Lexicon, known: &[KnownSource]) -> Analysis {
    let text = input.text.as_str();
    let paragraph_spans = paragraphs(text);
    let mut table = EntityTable::new(lexicon, known);
    let mut speakers: Vec<(usize, Span)> = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut title = input.title.clone().unwrap_or_default();
    let mut pending: Vec<(usize, String)> = Vec::new();
    for (pi, &para) in paragraph_spans.iter().enumerate() {
        let tokens = tokenize(text, para.start, para.end);
        let hinted_title = input
            .title
            .as_deref()
            .is_some_and(|t| pi == 0 && para.text(text).trim() == t.trim());
        let heading = hinted_title
            || if pi == 0 {
                paragraph_spans.len() > 1 && is_heading(text, para, &tokens, TITLE_MAX_WORDS)
            } else {
                is_heading(text, para, &tokens, HEADING_MAX_WORDS)
            };
        let quoted = (pi > 0 && !hinted_title)
            .then(|| headings::heading_quote(text, &tokens, lexicon))
            .flatten()
            .filter(|q| heading || matches!(q, HeadingQuote::Speaker(_)));
        if let Some(q) = quoted {
            let draft = headings::heading_draft(text, &tokens, pi, &q, &mut table, &speakers);
            if let HeadingQuote::Phrase(phrase) = q {
                pending.push((drafts.len(), phrase));
            }
            drafts.push(draft);
            continue;
        }
        if heading {
            if pi == 0 && title.is_empty() {
                title = para.text(text).trim().to_string();
            }
            continue;
        }
        let sents = sentences(text, &tokens, lexicon);
        let quotes = find_quotes(&tokens);
        let mut per_sentence: Vec<Vec<Claim>> = sents
            .iter()
            .map(|&(a, b)| {
                let cues = find_cues(&tokens, a, b, lexicon);
                sentence_claims(&tokens, a, b, &cues, lexicon, &quotes)
            })
            .collect();
        let prev_attributed = drafts
            .last()
            .is_some_and(|d| d.source.is_some() && d.paragraph + 1 >= pi);
        propagate_quotes(
            &tokens,
            &quotes,
            &sents,
            &mut per_sentence,
            lexicon,
            prev_attributed,
        );
        for (si, &(a, b)) in sents.iter().enumerate() {
            let claims = &per_sentence[si];
            let mut parts: Vec<(usize, Option<&Claim>)> = Vec::new();
            if claims.first().is_none_or(|c| c.scope > a) {
                parts.push((a, None));
            }
            for c in claims {
                parts.push((c.scope.max(a), Some(c)));
            }
            let salient = claims.is_empty();
            roles::note_introductions(text, &tokens, (a, b), salient, &mut table, &mut speakers);
            if claims.is_empty() {
                note_topic_person(text, &tokens, a, b, lexicon, &mut table, &mut speakers);
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
                let mut draft = match claim {
                    None => author(pi, Span::new(start, end), &tokens, a, b),
                    Some(c) => resolve_claim(
                        text,
                        &tokens,
                        c,
                        pi,
                        Span::new(start, end),
                        &mut table,
                        &mut speakers,
                    ),
                };
                // The mention is the word in the statement's own clause ("he", "who") when the
                // subject is a pronoun; the source stays the entity it resolves to.
                if let Some(c) = claim
                    && draft.source.is_some()
                    && let Some((m0, m1)) = local_mention(&tokens, c, lexicon)
                {
                    draft.mention = Some(token_span(&tokens, m0, m1));
                }
                // A continuation keeps the chain of the speaker's last statement (the same
                // interview: "He added …" after "X told The Jakarta Post …"); so does any later
                // statement of a person interviewed ("w rozmowie z PAP", "told Reuters").
                let continues = claim.is_some_and(|c| matches!(c.source, ClaimSource::Continue(_)));
                let person = draft
                    .source
                    .is_some_and(|e| table.entities[e].kind == SourceKind::Person);
                if (continues || person)
                    && draft.via.is_empty()
                    && let Some(previous) = drafts.iter().rev().find(|d| {
                        d.source.is_some() && d.source == draft.source && d.rule != "heading-quote"
                    })
                    && !super::interview::outer_report_rule(previous.rule)
                {
                    draft.via = previous.via.clone();
                }
                drafts.push(draft);
            }
        }
    }
    headings::owners_of_heading_quotes(text, &mut drafts, &pending);
    build(input, title, paragraph_spans, drafts, &table)
}

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
        rule: "author",
    }
}

/// Sentences inside a speech quotation take the claim of the quotation's tag ("…” – powiedziała")
/// or intro ("X said: “…”"); an untagged quotation continues the current speaker.
fn propagate_quotes(
    tokens: &[Token],
    quotes: &[Quote],
    sents: &[(usize, usize)],
    per_sentence: &mut [Vec<Claim>],
    lexicon: &Lexicon,
    prev_attributed: bool,
) {
    for q in quotes.iter().copied().filter(|q| q.speech) {
        let inside: Vec<usize> = (0..sents.len())
            .filter(|&i| sents[i].0 <= q.close && sents[i].1 > q.open)
            .collect();
        if inside.is_empty() {
            continue;
        }
        let tag = inside.iter().rev().find_map(|&i| {
            per_sentence[i]
                .iter()
                .find(|c| c.tags_quote && c.cue.0 > q.open)
                .cloned()
        });
        let intro = || {
            let first = inside[0];
            per_sentence[first]
                .iter()
                .filter(|c| c.cue.0 < q.open && !c.tags_quote)
                .max_by_key(|c| c.cue.0)
                .cloned()
        };
        let local_speaker = prev_attributed || (0..inside[0]).any(|i| !per_sentence[i].is_empty());
        let fallback = intro_subject(tokens, sents[inside[0]].0, q.open, lexicon);
        if tag.is_none() && fallback.is_none() && !local_speaker {
            continue;
        }
        let claim = tag
            .or_else(intro)
            .or_else(|| previous_tag(per_sentence, inside[0]))
            .unwrap_or_else(|| Claim {
                scope: 0,
                source: fallback
                    .clone()
                    .unwrap_or(ClaimSource::Continue(Gender::Any)),
                cue: (q.open, q.open + 1),
                via: Vec::new(),
                rule: "quote-continuation",
                confidence: 0.55,
                tags_quote: false,
                outer: false,
            });
        for &i in &inside {
            if per_sentence[i].is_empty() {
                per_sentence[i].push(Claim {
                    scope: sents[i].0,
                    ..claim.clone()
                });
            }
        }
    }
}

/// `“…,” she said. “…”`: an untagged quotation right after a sentence that tags a quotation
/// continues that tag's speaker, with its cue and mention.
fn previous_tag(per_sentence: &[Vec<Claim>], first: usize) -> Option<Claim> {
    let previous = per_sentence.get(first.checked_sub(1)?)?;
    previous.iter().rev().find(|c| c.tags_quote).cloned()
}

/// The subject of the clause that introduces an untagged quotation ("Co-developer Jing Wang
/// recounted, “…”", "In his message, he appreciated …: “…”").
fn intro_subject(
    tokens: &[Token],
    s: usize,
    open: usize,
    lexicon: &Lexicon,
) -> Option<ClaimSource> {
    let words = tokens[s..open]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    if words < 2 {
        return None;
    }
    // Skip a leading adverbial ("In his message, …").
    let mut start = s;
    if lexicon.name_stops.contains(&tokens[s].lower)
        && let Some(comma) = (s..open).find(|&k| tokens[k].lower == ",")
    {
        start = comma + 1;
    }
    let np = np_after(tokens, start, open, lexicon)?;
    if np.first > start + 1 {
        return None;
    }
    Some(match np.pronoun {
        Some(g) => ClaimSource::Continue(g),
        None => ClaimSource::Named {
            phrase: np,
            subject: true,
        },
    })
}

pub(super) fn token_span(tokens: &[Token], first: usize, end: usize) -> Span {
    Span::new(tokens[first].start, tokens[end - 1].end)
}

fn resolve_claim(
    text: &str,
    tokens: &[Token],
    claim: &Claim,
    paragraph: usize,
    span: Span,
    table: &mut EntityTable<'_>,
    speakers: &mut Vec<(usize, Span)>,
) -> Draft {
    let (source, mention) = match &claim.source {
        ClaimSource::Named { phrase, subject } => {
            let case = if *subject {
                MentionCase::Subject
            } else {
                MentionCase::Oblique
            };
            let resolved =
                roles::resolve_speaker(text, tokens, phrase, case, claim.cue.0, table, speakers);
            (
                resolved,
                resolved.map(|_| token_span(tokens, phrase.name_first, phrase.name_end)),
            )
        }
        ClaimSource::Continue(gender) => match continue_speaker(table, speakers, *gender) {
            Some((e, m)) => (Some(e), Some(m)),
            None => (None, None),
        },
    };
    let mut via = Vec::new();
    for np in &claim.via {
        let recent: Vec<usize> = speakers.iter().rev().map(|(e, _)| *e).collect();
        if let Some(v) = table.resolve(text, tokens, np, MentionCase::Oblique, &recent)
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
            rule: "author",
        };
    };
    if let Some(m) = mention {
        speakers.retain(|(e, _)| *e != entity);
        speakers.push((entity, m));
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

/// A person named as the subject at the start of an unattributed sentence becomes the referent of a
/// later "he said" or "– powiedział nam.".
fn note_topic_person(
    text: &str,
    tokens: &[Token],
    a: usize,
    b: usize,
    lexicon: &Lexicon,
    table: &mut EntityTable<'_>,
    speakers: &mut Vec<(usize, Span)>,
) {
    if let Some(np) = np_after(tokens, a, b, lexicon).filter(|np| np.first == a)
        && note_person(text, tokens, &np, b, lexicon, table, speakers)
    {
        return;
    }
    // Polish also puts the subject last: "Funkcję kierownika budowy pełni Piotr J."
    if lexicon.language != crate::model::Language::Pl {
        return;
    }
    let Some(last) = (a..b).rev().find(|&k| tokens[k].kind == TokenKind::Word) else {
        return;
    };
    let mut first = last + 1;
    while first > a
        && tokens[first - 1].kind == TokenKind::Word
        && tokens[first - 1].capitalized
        && !tokens[first - 1].all_caps
    {
        first -= 1;
    }
    let only_punct_after = tokens[last + 1..b]
        .iter()
        .all(|t| t.kind == TokenKind::Punct);
    if first <= a + 1 {
        return;
    }
    let governed = lexicon.name_stops.contains(&tokens[first - 1].lower)
        || lexicon.name_stops.contains(&tokens[first - 2].lower);
    if last + 1 - first >= 2
        && only_punct_after
        && !governed
        && let Some(np) = np_after(tokens, first, last + 1, lexicon)
    {
        note_person(text, tokens, &np, b, lexicon, table, speakers);
    }
}

/// Records a person-like phrase as the most recent salient person; false when it is not one.
fn note_person(
    text: &str,
    tokens: &[Token],
    np: &super::mentions::NounPhrase,
    b: usize,
    lexicon: &Lexicon,
    table: &mut EntityTable<'_>,
    speakers: &mut Vec<(usize, Span)>,
) -> bool {
    if np.generic || np.pronoun.is_some() || np.quoted {
        return false;
    }
    let words = tokens[np.name_first..np.name_end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let next_is_lower = np.end >= b
        || tokens[np.end].is_terminal()
        || (tokens[np.end].kind == TokenKind::Word && !tokens[np.end].capitalized)
        || tokens[np.end].lower == ",";
    if words == 0
        || !next_is_lower
        || tokens[np.name_first..np.name_end]
            .iter()
            .any(|t| t.all_caps || lexicon.roles.contains_key(&t.lower))
    {
        return false;
    }
    let recent: Vec<usize> = speakers.iter().rev().map(|(e, _)| *e).collect();
    let known = table.entities.len();
    let resolved = table.resolve(text, tokens, np, MentionCase::Subject, &recent);
    // A lone word is only a topic when it names a person already known ("Wong").
    if words < 2 && table.entities.len() > known {
        table.entities.truncate(known);
        return false;
    }
    match resolved {
        Some(e) if table.entities[e].kind == SourceKind::Person => {
            speakers.retain(|(x, _)| *x != e);
            speakers.push((e, token_span(tokens, np.name_first, np.name_end)));
            true
        }
        _ => false,
    }
}

/// The most recent speaker that agrees with the cue's gender (falling back to the most recent one).
fn continue_speaker(
    table: &EntityTable<'_>,
    speakers: &[(usize, Span)],
    gender: Gender,
) -> Option<(usize, Span)> {
    let agrees = |e: usize| {
        let entity = &table.entities[e];
        match gender {
            Gender::Any => true,
            Gender::Plural => {
                entity.gender == Gender::Plural
                    || matches!(entity.kind, SourceKind::Group | SourceKind::Anonymous)
            }
            g => {
                entity.kind == SourceKind::Person
                    && (entity.gender == g || entity.gender == Gender::Any)
            }
        }
    };
    let found = speakers.iter().rev().find(|(e, _)| agrees(*e));
    match gender {
        Gender::Masc | Gender::Fem => found.copied(),
        _ => found.or_else(|| speakers.last()).copied(),
    }
}

fn build(
    input: &AnalysisInput,
    title: String,
    paragraphs: Vec<Span>,
    drafts: Vec<Draft>,
    table: &EntityTable<'_>,
) -> Analysis {
    let mut registry = SourceRegistry::default();
    let mut ids: Vec<Option<SourceId>> = vec![None; table.entities.len()];
    let mut id_of = |e: usize, registry: &mut SourceRegistry| -> SourceId {
        if let Some(id) = &ids[e] {
            return id.clone();
        }
        let entity = &table.entities[e];
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
                rule: d.rule.to_string(),
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
