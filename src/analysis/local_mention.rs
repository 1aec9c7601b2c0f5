//! The words in a claim's own clause that name its source when they are a pronoun or a relative
//! pronoun ("he said", "…, who told reporters", "said she"): the statement's `mention` is that local
//! word, while its `source` is the entity it resolves to.

use super::claims::{Claim, ClaimSource};
use super::lexicon::Lexicon;
use super::text::{Token, TokenKind};

/// The token range of the pronoun or relative pronoun that is the subject of the claim's cue, if
/// the subject is one. A named subject keeps its name as the mention unless a relative pronoun
/// stands for it right before the verb ("Smith, who has argued …").
pub fn local_mention(tokens: &[Token], claim: &Claim, lexicon: &Lexicon) -> Option<(usize, usize)> {
    let v = claim.cue.0;
    let before = word_before_verb(tokens, v, lexicon);
    match &claim.source {
        ClaimSource::Continue(_) => before
            .filter(|&k| is_pronoun_subject(&tokens[k], lexicon))
            .or_else(|| pronoun_after(tokens, claim.cue.1, lexicon))
            .map(|k| (k, k + 1)),
        ClaimSource::Named { phrase, .. } => before
            .filter(|&k| k >= phrase.end && lexicon.relative_pronouns.contains(&tokens[k].lower))
            .map(|k| (k, k + 1)),
    }
}

/// The word before the verb at `v`, skipping auxiliaries and adverbs ("he has also said").
fn word_before_verb(tokens: &[Token], v: usize, lexicon: &Lexicon) -> Option<usize> {
    let mut k = v;
    while k > 0 {
        let t = &tokens[k - 1];
        if t.kind != TokenKind::Word {
            return None;
        }
        let skipped = !t.capitalized
            && (lexicon.auxiliaries.contains(&t.lower) || lexicon.subject_skip.contains(&t.lower));
        if !skipped {
            return Some(k - 1);
        }
        k -= 1;
    }
    None
}

fn is_pronoun_subject(t: &Token, lexicon: &Lexicon) -> bool {
    lexicon.subject_pronouns.contains_key(&t.lower) || lexicon.relative_pronouns.contains(&t.lower)
}

/// "…,” said he.": a subject pronoun right after the verb (not a possessive, which starts an object).
fn pronoun_after(tokens: &[Token], end: usize, lexicon: &Lexicon) -> Option<usize> {
    let t = tokens.get(end)?;
    (t.kind == TokenKind::Word
        && lexicon.subject_pronouns.contains_key(&t.lower)
        && !lexicon.possessives.contains(&t.lower))
    .then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::claims::sentence_claims;
    use super::super::cues::find_cues;
    use super::super::lexicon::BUNDLED_EN;
    use super::super::quotes::find_quotes;
    use super::super::text::tokenize;
    use super::*;

    fn mentions(text: &str) -> Vec<Option<String>> {
        let lexicon = Lexicon::parse(BUNDLED_EN).unwrap();
        let tokens = tokenize(text, 0, text.len());
        let cues = find_cues(&tokens, 0, tokens.len(), &lexicon);
        let quotes = find_quotes(&tokens, &lexicon);
        sentence_claims(&tokens, 0, tokens.len(), &cues, &lexicon, &quotes)
            .iter()
            .map(|c| {
                local_mention(&tokens, c, &lexicon)
                    .map(|(a, b)| text[tokens[a].start..tokens[b - 1].end].to_string())
            })
            .collect()
    }

    #[test]
    fn pronoun_subjects_are_the_mention() {
        assert_eq!(
            mentions("She has also said the bridge will reopen in May."),
            vec![Some("She".to_string())]
        );
        assert_eq!(
            mentions("“The bridge will reopen in May,” he said."),
            vec![Some("he".to_string())]
        );
    }

    #[test]
    fn relative_subjects_are_the_mention() {
        assert_eq!(
            mentions("The mayor spoke to Ann Lee, who has argued that the bridge is unsafe."),
            vec![Some("who".to_string())]
        );
        assert_eq!(mentions("Ann Lee said the bridge is unsafe."), vec![None]);
    }
}
