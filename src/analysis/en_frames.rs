//! English frames whose content is not a clause: a to-infinitive ("vowed to repeal the law",
//! "declined to comment", "urged Congress to act").

use super::lexicon::Lexicon;
use super::mentions::{NounPhrase, is_preposition, np_before, skip_back_adverbials};
use super::text::{Token, TokenKind};
use crate::model::Language;

/// True when the verb at `at` reports through its to-infinitive ("pledged to", "refused to"), so
/// "to" after it starts the content instead of making the verb non-reporting ("is expected to rise").
pub fn takes_infinitive_content(tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
    tokens
        .get(at)
        .is_some_and(|t| lexicon.infinitive_verbs.contains(&t.lower))
}

/// True when the verb at `at` is not its subject's own report: a passive participle ("Smith was
/// asked about it", "he has been described as") or a participle opening the sentence ("Asked about
/// the vote, Smith said …"), whose subject speaks through the sentence's main verb.
pub fn passive_or_opening_participle(
    tokens: &[Token],
    start: usize,
    at: usize,
    lexicon: &Lexicon,
) -> bool {
    let t = &tokens[at];
    if at == start && t.capitalized && lexicon.sentence_openers.contains(&t.lower) {
        return true;
    }
    if t.lower.ends_with("ing") {
        return false;
    }
    let mut k = at;
    while k > start {
        let w = &tokens[k - 1];
        if w.kind != TokenKind::Word {
            return false;
        }
        if lexicon.passive_auxiliaries.contains(&w.lower) {
            return true;
        }
        if !lexicon.auxiliaries.contains(&w.lower) {
            return false;
        }
        k -= 1;
    }
    false
}

/// English: the subject of a verb whose clause opens with an adverbial before a comma ("In a swipe
/// at Trump, Clinton said", "Speaking on a radio show, Kiedis said", "Significantly, the judge
/// said"): the phrase between the last comma and the verb, not a name inside the adverbial.
pub fn subject_after_opening_adverbial(
    tokens: &[Token],
    clause: usize,
    verb: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    if lexicon.language != Language::En {
        return None;
    }
    let comma = (clause..verb).rev().find(|&k| tokens[k].lower == ",")?;
    let opener = &tokens[clause];
    let adverbial = opener.kind == TokenKind::Word
        && (is_preposition(&opener.lower, lexicon)
            || lexicon.sentence_openers.contains(&opener.lower)
            || lexicon.subject_skip.contains(&opener.lower)
            || ["ly", "ing", "ed"]
                .iter()
                .any(|e| opener.lower.ends_with(e)));
    // `Asked whether …,” 72 percent said`: the comma may stand inside a closing quotation mark.
    let after = if tokens
        .get(comma + 1)
        .is_some_and(|t| t.kind == TokenKind::Quote)
    {
        comma + 2
    } else {
        comma + 1
    };
    if !adverbial || after >= verb {
        return None;
    }
    let np = np_before(tokens, after, verb, lexicon)?;
    let adjacent = tokens[np.end..verb]
        .iter()
        .all(|t| t.kind == TokenKind::Word && lexicon.auxiliaries.contains(&t.lower));
    (np.first <= after + 1 && adjacent).then_some(np)
}

/// English: the subject of a tag after the content (`…, her aides said.`, `…, an aide said.`):
/// the phrase filling the stretch between the last comma and the verb, even when a name opens the
/// sentence (`Mrs. Ruiz met voters, her aides said.`).
pub fn tag_subject(
    tokens: &[Token],
    s: usize,
    verb: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    if lexicon.language != Language::En {
        return None;
    }
    let comma = (s..verb).rev().find(|&k| tokens[k].lower == ",")?;
    let np = np_before(tokens, comma + 1, verb, lexicon)?;
    let adjacent = tokens[np.end..verb].iter().all(|t| {
        t.kind == TokenKind::Word
            && (lexicon.auxiliaries.contains(&t.lower) || lexicon.subject_skip.contains(&t.lower))
    });
    (np.first <= comma + 2 && adjacent).then_some(np)
}

/// English: a verb coordinated with an earlier one (`Erdoğan cited Article 5 and said, “…”`,
/// `Smith backed the bill, and later said …`) shares that verb's subject, the phrase opening the
/// sentence; the object of the first verb is not its subject. `Some(None)` when the verb is
/// coordinated but the sentence opens with no subject; `None` when it is not coordinated.
pub fn coordinated_subject(
    tokens: &[Token],
    s: usize,
    verb: usize,
    lexicon: &Lexicon,
) -> Option<Option<NounPhrase>> {
    if lexicon.language != Language::En {
        return None;
    }
    let k = skip_back_adverbials(tokens, s, verb, lexicon);
    let coordinated = k > s + 1 && lexicon.coordinators.contains(&tokens[k - 1].lower);
    if !coordinated {
        return None;
    }
    // The first verb is the first lowercase word that cannot belong to the opening phrase.
    let and = k - 1;
    let first_verb = (s + 1..and).find(|&j| {
        let t = &tokens[j];
        t.kind == TokenKind::Word
            && !t.capitalized
            && !lexicon.articles.contains(&t.lower)
            && !lexicon.roles.contains_key(&t.lower)
            && !lexicon.name_connectors.contains(&t.lower)
            && !lexicon.possessives.contains(&t.lower)
    });
    let subject = first_verb
        .and_then(|j| np_before(tokens, s, j, lexicon))
        .filter(|np| np.first <= s + 1);
    Some(subject)
}

/// English: after the subject of a tag (`…, said two people familiar with the talks.`, `…, says a
/// strategist who asked not to be named.`) only a postmodifier of that subject follows — a relative
/// clause, a prepositional phrase or an adjective like "familiar" — up to the sentence's end.
pub fn postmodifier_ends_tag(tokens: &[Token], from: usize, e: usize, lexicon: &Lexicon) -> bool {
    if lexicon.language != Language::En || from >= e {
        return false;
    }
    let first = &tokens[from];
    let opens = first.kind == TokenKind::Word
        && (lexicon.relative_pronouns.contains(&first.lower)
            || is_preposition(&first.lower, lexicon)
            || lexicon.tag_postmodifiers.contains(&first.lower));
    let rest = &tokens[from..e];
    let words = rest.iter().filter(|t| t.kind == TokenKind::Word).count();
    // No second clause of the sentence: no semicolon, colon or quotation after the tag.
    opens
        && words <= 14
        && !rest
            .iter()
            .any(|t| matches!(t.lower.as_str(), ";" | ":") || t.kind == TokenKind::Quote)
}

#[cfg(test)]
mod tests {
    use super::super::cues::{CueKind, find_cues};
    use super::super::lexicon::{BUNDLED_EN, Lexicon};
    use super::super::text::tokenize;
    use super::{coordinated_subject, subject_after_opening_adverbial, tag_subject};

    fn cue_words(text: &str) -> Vec<String> {
        let lexicon = Lexicon::parse(BUNDLED_EN).unwrap();
        let tokens = tokenize(text, 0, text.len());
        find_cues(&tokens, 0, tokens.len(), &lexicon)
            .into_iter()
            .filter(|c| matches!(c.kind, CueKind::Verb { .. }))
            .map(|c| {
                tokens[c.first..c.end]
                    .iter()
                    .map(|t| t.lower.clone())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn infinitive_content_verbs_are_cues() {
        assert_eq!(
            cue_words("The mayor vowed to close the bridge."),
            vec!["vowed"]
        );
        assert_eq!(
            cue_words("A spokeswoman declined to comment."),
            vec!["declined to"]
        );
        assert_eq!(
            cue_words("The union refused to sign the deal."),
            vec!["refused to"]
        );
    }

    #[test]
    fn passive_participles_are_not_the_subjects_report() {
        assert!(cue_words("The senator was asked about the vote.").is_empty());
        assert!(cue_words("He has repeatedly been described as a moderate.").is_empty());
        assert_eq!(
            cue_words("She was calling for a recount."),
            vec!["calling for"]
        );
    }

    #[test]
    fn an_opening_participle_is_not_a_cue() {
        assert_eq!(
            cue_words("Asked about the vote, the senator said it was close."),
            vec!["said"]
        );
    }

    fn subject(text: &str) -> Option<String> {
        let lexicon = Lexicon::parse(BUNDLED_EN).unwrap();
        let tokens = tokenize(text, 0, text.len());
        let verb = tokens.iter().position(|t| t.lower == "said").unwrap();
        subject_after_opening_adverbial(&tokens, 0, verb, &lexicon)
            .map(|np| text[tokens[np.first].start..tokens[np.end - 1].end].to_string())
    }

    #[test]
    fn the_subject_follows_an_opening_adverbial() {
        assert_eq!(
            subject("In a jab at Governor Jane Doe, Mayor Lee said").as_deref(),
            Some("Mayor Lee")
        );
        assert_eq!(
            subject("Speaking on Radio Four, the minister said").as_deref(),
            Some("minister")
        );
        assert_eq!(subject("Notably, the judge said").as_deref(), Some("judge"));
        assert_eq!(subject("Jane Doe, a lawyer, said"), None);
        assert_eq!(
            subject("Asked if Lee is \"ready,\" most voters said").as_deref(),
            Some("voters")
        );
    }

    fn sources(text: &str) -> Vec<String> {
        let engine = crate::analysis::Engine::builtin();
        let input = crate::analysis::AnalysisInput {
            text: format!("Title\n\n{text}\n"),
            language: crate::model::Language::En,
            ..Default::default()
        };
        let analysis = engine.analyze(&input);
        analysis
            .document
            .statements
            .iter()
            .map(|st| {
                st.attribution
                    .source
                    .as_ref()
                    .and_then(|id| analysis.sources.iter().find(|s| &s.id == id))
                    .map_or_else(|| "-".to_string(), |s| s.name.clone())
            })
            .collect()
    }

    #[test]
    fn a_tag_subject_with_a_postmodifier() {
        assert_eq!(
            sources("The deal is off, said two people familiar with the talks."),
            vec!["two people familiar"]
        );
        assert_eq!(
            sources("The mayor will lose, says a veteran strategist who asked not to be named."),
            vec!["veteran strategist"]
        );
    }

    #[test]
    fn other_verbs_before_an_infinitive_are_not() {
        assert!(cue_words("Prices are expected to rise.").is_empty());
    }

    fn shared(text: &str, verb: &str) -> Option<Option<String>> {
        let lexicon = Lexicon::parse(BUNDLED_EN).unwrap();
        let tokens = tokenize(text, 0, text.len());
        let v = tokens.iter().position(|t| t.lower == verb).unwrap();
        coordinated_subject(&tokens, 0, v, &lexicon)
            .map(|np| np.map(|np| text[tokens[np.first].start..tokens[np.end - 1].end].to_string()))
    }

    #[test]
    fn a_coordinated_verb_shares_the_opening_subject() {
        assert_eq!(
            shared("Hale cited Article 5 and said, “We stay.”", "said"),
            Some(Some("Hale".into()))
        );
        assert_eq!(
            shared(
                "The senator backed the bill, and later said it failed.",
                "said"
            ),
            Some(Some("The senator".into()))
        );
        assert_eq!(shared("Hale and Lind said it failed.", "said"), None);
        assert_eq!(
            shared("Last year the fund grew and said nothing.", "said"),
            Some(None),
            "no subject opens the sentence"
        );
    }

    #[test]
    fn a_tags_subject_follows_the_last_comma() {
        let lexicon = Lexicon::parse(BUNDLED_EN).unwrap();
        let subject = |text: &str| {
            let tokens = tokenize(text, 0, text.len());
            let v = tokens.iter().position(|t| t.lower == "said").unwrap();
            tag_subject(&tokens, 0, v, &lexicon)
                .map(|np| text[tokens[np.first].start..tokens[np.end - 1].end].to_string())
        };
        assert_eq!(
            subject("Mrs. Ana Ruiz met voters on Monday, her aides said."),
            Some("aides".into())
        );
        assert_eq!(
            subject("Mr. Hale stayed home, an aide to the mayor later said."),
            None,
            "a postmodified subject is left to the general reader"
        );
    }
}
