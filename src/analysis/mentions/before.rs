//! The subject before a verb: a pronoun ("he said"), a relative pronoun's antecedent ("„NYT”,
//! który powołuje się"), a partitive ("one of the organisers told") or a name ("Analityk Olena
//! Guseinowa z Uniwersytetu… oceniła"); failing those, a description (see `described`).

use super::super::lexicon::Lexicon;
use super::super::text::{Token, TokenKind};
use super::NounPhrase;
use super::after::np_after;
use super::described::described_subject;
use super::runs::{NameRun, name_runs};
use super::words::{before_parenthetical, is_singular_dative};
use crate::model::SourceKind;

/// The subject of a verb at `verb`, looked for in `clause_start..verb`.
pub fn np_before(
    tokens: &[Token],
    clause_start: usize,
    verb: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    if verb <= clause_start {
        return None;
    }
    let k = skip_back_adverbials(tokens, clause_start, verb, lexicon);
    // "Jan Nowak (PiS) powiedział", "Sen. Claire Dune (D-Mo.) said".
    let inside = before_parenthetical(tokens, clause_start, k);
    let k = if inside == k {
        k
    } else {
        skip_back_adverbials(tokens, clause_start, inside, lexicon)
    };
    if k > clause_start
        && let Some(&gender) = lexicon.subject_pronouns.get(&tokens[k - 1].lower)
    {
        return Some(NounPhrase::pronoun_at(k - 1, gender));
    }
    relative_antecedent(tokens, clause_start, k, lexicon)
        .or_else(|| partitive_before(tokens, clause_start, k, lexicon))
        .or_else(|| named_subject(tokens, clause_start, k, verb, lexicon))
        .or_else(|| described_subject(tokens, clause_start, k, lexicon))
}

/// Where the subject must end: `verb` moved back over adverbs and auxiliaries ("he has repeatedly
/// said", "ona też dodała").
pub fn skip_back_adverbials(
    tokens: &[Token],
    clause_start: usize,
    verb: usize,
    lexicon: &Lexicon,
) -> usize {
    let mut k = verb;
    while k > clause_start {
        let t = &tokens[k - 1];
        // "Smith on Friday said": a capitalised day after a lowercase skipped word is skipped too.
        let dated = t.capitalized
            && k >= 2
            && !tokens[k - 2].capitalized
            && lexicon.subject_skip.contains(&tokens[k - 2].lower);
        if t.kind == TokenKind::Word
            && (lexicon.subject_skip.contains(&t.lower) || lexicon.auxiliaries.contains(&t.lower))
            && (!t.capitalized || dated)
        {
            k -= 1;
            continue;
        }
        break;
    }
    k
}

/// "…, told The Jakarta Post, which also reported …", "„NYT”, który powołuje się …": when a
/// relative pronoun after a comma stands right before `k`, its antecedent is the subject.
fn relative_antecedent(
    tokens: &[Token],
    clause_start: usize,
    k: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let relative = k >= clause_start + 3
        && lexicon.relative_pronouns.contains(&tokens[k - 1].lower)
        && tokens[k - 2].lower == ",";
    if !relative {
        return None;
    }
    let antecedent_end = k - 2;
    let runs = name_runs(tokens, clause_start, antecedent_end, lexicon);
    let Some(run) = runs
        .last()
        .filter(|r| r.end == antecedent_end || (r.quoted && r.end + 1 == antecedent_end))
    else {
        // "The study, which found …", "the senator, who said …": a described antecedent.
        return described_subject(tokens, clause_start, antecedent_end, lexicon)
            .filter(|np| np.end == antecedent_end);
    };
    Some(NounPhrase {
        first: run.start,
        end: run.end,
        name_first: run.name_start,
        name_end: run.end,
        role_kind: run.role_kind,
        role_word: run.role_word,
        generic: false,
        quoted: run.quoted,
        pronoun: None,
    })
}

/// "one of the organisers told", "jeden z doradców przekazał": a partitive subject, preceded only
/// by skipped words, sentence openers and anonymous-source nouns.
fn partitive_before(
    tokens: &[Token],
    clause_start: usize,
    k: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let p = (clause_start..k).find(|&p| {
        lexicon.partitives.contains(&tokens[p].lower)
            && tokens[clause_start..p].iter().all(|t| {
                lexicon.subject_skip.contains(&t.lower)
                    || lexicon.sentence_openers.contains(&t.lower)
                    || lexicon.roles.get(&t.lower) == Some(&SourceKind::Anonymous)
            })
            && tokens
                .get(p + 1)
                .is_some_and(|t| lexicon.partitive_prepositions.contains(&t.lower))
    })?;
    np_after(tokens, p, k, lexicon).filter(|np| np.first == p)
}

/// A named subject: the name run in `clause_start..verb` that most likely speaks, with a person's
/// title shortly before it.
fn named_subject(
    tokens: &[Token],
    clause_start: usize,
    k: usize,
    verb: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let mut runs = name_runs(tokens, clause_start, verb, lexicon);
    // "Zwycięzcy Polakowi pogratulował Sam Altman": a name ending in a singular dative is somebody
    // addressed, never the verb's subject.
    runs.retain(|r| !is_singular_dative(&tokens[r.end - 1], lexicon));
    let run = choose_subject_run(tokens, clause_start, k, &runs, lexicon)?;
    Some(named_phrase(tokens, clause_start, run, lexicon))
}

/// The run that is the subject: the first person's name (unless inside a relative clause), else
/// the last eligible run that is not an apposition, else the last eligible run.
fn choose_subject_run<'a>(
    tokens: &[Token],
    clause_start: usize,
    k: usize,
    runs: &'a [NameRun],
    lexicon: &Lexicon,
) -> Option<&'a NameRun> {
    let person = runs
        .iter()
        .find(|r| looks_like_person(tokens, clause_start, r, lexicon))
        .filter(|r| !in_relative_clause(tokens, clause_start, r, lexicon));
    let eligible = |r: &&NameRun| is_eligible(tokens, clause_start, k, r, lexicon);
    person.or_else(|| {
        runs.iter()
            .rev()
            .filter(eligible)
            .find(|r| !is_appositive(tokens, clause_start, r, lexicon))
            .or_else(|| runs.iter().rev().find(eligible))
    })
}

/// A run naming an institution: a non-person role noun inside its name.
fn is_institution_run(tokens: &[Token], r: &NameRun, lexicon: &Lexicon) -> bool {
    tokens[r.name_start..r.end].iter().any(|t| {
        lexicon
            .roles
            .get(&t.lower)
            .is_some_and(|k| *k != SourceKind::Person)
    })
}

/// A person's name: two or three capitalised words, not an institution, not after an article
/// ("the United Nations General Assembly" is not a person).
fn looks_like_person(
    tokens: &[Token],
    clause_start: usize,
    r: &NameRun,
    lexicon: &Lexicon,
) -> bool {
    let after_article =
        r.start > clause_start && lexicon.articles.contains(&tokens[r.start - 1].lower);
    (2..=3).contains(&r.words)
        && !r.all_caps
        && !r.after_preposition
        && !r.quoted
        && !is_institution_run(tokens, r, lexicon)
        && !after_article
}

/// Names inside a relative clause (", which includes the Quds Force,") are not the subject.
fn in_relative_clause(
    tokens: &[Token],
    clause_start: usize,
    r: &NameRun,
    lexicon: &Lexicon,
) -> bool {
    let mut j = r.start;
    while j > clause_start {
        j -= 1;
        if tokens[j].lower == "," {
            return false;
        }
        if lexicon.relative_pronouns.contains(&tokens[j].lower)
            && j > clause_start
            && tokens[j - 1].lower == ","
        {
            return true;
        }
    }
    false
}

/// An apposition (", the current President of …,") describes the subject; it is not the subject.
fn is_appositive(tokens: &[Token], clause_start: usize, r: &NameRun, lexicon: &Lexicon) -> bool {
    (r.start.saturating_sub(4).max(clause_start)..r.start).any(|j| {
        tokens[j].lower == ","
            && tokens
                .get(j + 1)
                .is_some_and(|t| lexicon.articles.contains(&t.lower))
    })
}

/// A run that can be the subject of a verb whose subject ends at `k`: not in a relative clause, not
/// a complement; a single word opening the clause only when something marks it as a subject
/// (capitals, quotes, a role, standing right before the verb, a comma or coordinator after it).
fn is_eligible(
    tokens: &[Token],
    clause_start: usize,
    k: usize,
    r: &NameRun,
    lexicon: &Lexicon,
) -> bool {
    !in_relative_clause(tokens, clause_start, r, lexicon)
        && !r.after_preposition
        && (r.start != clause_start
            || r.words >= 2
            || r.all_caps
            || r.quoted
            || r.end == k
            || tokens
                .get(r.end)
                .is_some_and(|t| t.lower == "," || lexicon.coordinators.contains(&t.lower))
            || r.role_kind.is_some())
}

/// The phrase of a chosen run, with a person's role noun shortly before it when the run has no
/// role of its own ("rzeczniczka MSZ Ewa Sadowska").
fn named_phrase(
    tokens: &[Token],
    clause_start: usize,
    run: &NameRun,
    lexicon: &Lexicon,
) -> NounPhrase {
    let mut role_kind = run.role_kind;
    let mut role_word = run.role_word;
    if role_kind.is_none() {
        // A role noun shortly before the name ("rzeczniczka MSZ Ewa Sadowska").
        for j in (clause_start..run.start).rev().take(3) {
            if let Some(kind) = lexicon
                .roles
                .get(&tokens[j].lower)
                .filter(|k| **k == SourceKind::Person)
            {
                role_kind = Some(*kind);
                role_word = Some(j);
                break;
            }
        }
    }
    let first = role_word.map_or(run.start, |w| w.min(run.start));
    NounPhrase {
        first,
        end: run.end,
        name_first: run.name_start,
        name_end: run.end,
        role_kind,
        role_word,
        generic: false,
        quoted: run.quoted,
        pronoun: None,
    }
}
