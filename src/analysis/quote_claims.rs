//! Quotations take a claim: a speech quotation's sentences inherit the claim of its tag or intro,
//! or continue the current speaker.

use super::claims::{Claim, ClaimSource};
use super::lexicon::{Gender, Lexicon};
use super::mentions::np_after;
use super::quotes::Quote;
use super::rule::Rule;
use super::text::{Token, TokenKind};

/// Sentences inside a speech quotation take the claim of the quotation's tag ("…” – powiedziała")
/// or intro ("X said: “…”"); an untagged quotation continues the current speaker.
pub(super) fn propagate_quotes(
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
                rule: Rule::QuoteContinuation,
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
