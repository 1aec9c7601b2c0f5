//! Name runs: capitalised words (with inner periods and connectors, "Department of State") or a
//! quoted title, with the role words in front of them stripped ("Analityk Olena Guseinowa").

use super::super::lexicon::Lexicon;
use super::super::text::{Token, TokenKind};
use super::Role;
use super::words::{
    is_capitalised_opener, is_function_word, is_inner_dot, is_name_word, is_preposition,
    quoted_title,
};
use crate::model::SourceKind;

/// One past the end of the capitalised run starting at `start`: name words, inner periods, and
/// connectors ("of", "nad") inside an institution's name; then a lowercase role noun right after
/// it ("Syrian state media", "Saudi officials") joins the run. Returns (end, trailing role kind).
pub(super) fn run_end(
    tokens: &[Token],
    start: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> (usize, Option<SourceKind>) {
    let mut end = start;
    while end < limit {
        if is_name_word(&tokens[end]) || is_inner_dot(tokens, end, limit) {
            end += 1;
            continue;
        }
        match connected_name_end(tokens, start, end, limit, lexicon) {
            Some(after) => end = after,
            None => break,
        }
    }
    // A lowercase role noun right after an adjective-like name: "Syrian state media".
    if end > start && end - start <= 2 {
        trailing_role_nouns(tokens, end, limit, lexicon)
    } else {
        (end, None)
    }
}

/// A role noun for an institution (not a person, not data) at `k` ("Department", "Instytut").
fn is_institution_noun(tokens: &[Token], k: usize, lexicon: &Lexicon) -> bool {
    lexicon
        .roles
        .get(&tokens[k].lower)
        .is_some_and(|kind| *kind != SourceKind::Person && *kind != SourceKind::Data)
}

/// When a connector at `end` ("of", "nad", "and") joins the run `start..end` and the name words
/// after it into one name: one past those name words.
fn connected_name_end(
    tokens: &[Token],
    start: usize,
    end: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let t = &tokens[end];
    let connector = end > start
        && t.kind == TokenKind::Word
        && lexicon.name_connectors.contains(&t.lower)
        && end + 1 < limit
        && is_name_word(&tokens[end + 1]);
    if !connector {
        return None;
    }
    let mut after = end + 1;
    while after < limit && is_name_word(&tokens[after]) {
        after += 1;
    }
    let institution = |k: usize| is_institution_noun(tokens, k, lexicon);
    // "Department of State", "Instytut Studiów nad Wojną": the institution comes first;
    // "Bill and Melinda Gates Foundation": with "and", it comes last. "Smith of University
    // College London" is a person and an affiliation, not one name.
    // "Secretary of State Mike Pompeo": a title with its portfolio stays with the name.
    let title_before = lexicon.roles.get(&tokens[end - 1].lower) == Some(&SourceKind::Person);
    let joins = if lexicon.coordinators.contains(&t.lower) {
        (end + 1..after).any(institution) || (start..end).any(institution)
    } else {
        (start..end).any(institution) || (title_before && t.lower == "of")
    };
    joins.then_some(after)
}

/// Lowercase type nouns right after a short name that end at `end` ("Syrian state media",
/// "Saudi officials"; English only): the new end and the last type noun's kind, the head.
fn trailing_role_nouns(
    tokens: &[Token],
    end: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> (usize, Option<SourceKind>) {
    let mut end = end;
    let mut trailing = None;
    let window = end..(end + 2).min(limit);
    for (k, t) in tokens
        .iter()
        .enumerate()
        .take(window.end)
        .skip(window.start)
    {
        if t.kind != TokenKind::Word || t.capitalized || lexicon.name_stops.contains(&t.lower) {
            break;
        }
        if let Some(kind) = lexicon.roles.get(&t.lower) {
            if matches!(
                kind,
                SourceKind::Group
                    | SourceKind::Media
                    | SourceKind::Government
                    | SourceKind::Anonymous
                    | SourceKind::Organization
            ) && lexicon.language == crate::model::Language::En
            {
                // "Syrian state media": consecutive type nouns, the last one is the head.
                trailing = Some(*kind);
                end = k + 1;
                continue;
            }
            break;
        }
        if trailing.is_some() || lexicon.verbs.contains_key(&t.lower) {
            break;
        }
    }
    (end, trailing)
}

/// Strips role words ("Analityk", "Prezes", "Dr.") from the front of a capitalised run; splits an
/// acronym from a following person name ("MSZ Ewa Sadowska" → "Ewa Sadowska").
pub(super) fn trim_leading_roles(
    tokens: &[Token],
    start: usize,
    end: usize,
    lexicon: &Lexicon,
    role: &mut Role,
) -> (usize, usize) {
    let start = strip_role_words(tokens, start, end, lexicon, role);
    let (start, end) = person_after_institution(tokens, start, end, role.kind);
    (
        after_state_complement(tokens, start, end, lexicon, role.kind),
        end,
    )
}

/// "premier Węgier Viktor Orban", "prezydenta Francji Emmanuela Macrona": after a person's title,
/// the state it is the title of, then a two-word name; the name starts after the state.
fn after_state_complement(
    tokens: &[Token],
    start: usize,
    end: usize,
    lexicon: &Lexicon,
    role_kind: Option<SourceKind>,
) -> usize {
    let first = &tokens[start];
    let state = end - start == 3
        && tokens[start..end]
            .iter()
            .all(|t| t.kind == TokenKind::Word && t.capitalized && !t.all_caps)
        && (lexicon.is_state(&[lexicon.stem(&first.lower)])
            || lexicon.state_genitives.contains(&first.lower));
    if role_kind == Some(SourceKind::Person) && state {
        start + 1
    } else {
        start
    }
}

/// The role noun a word is, also as the last part of a hyphenated title ("Ex-Prime Minister",
/// "Vice-President").
fn role_of<'a>(t: &Token, lexicon: &'a Lexicon) -> Option<&'a SourceKind> {
    lexicon.roles.get(&t.lower).or_else(|| {
        t.lower
            .rsplit('-')
            .next()
            .filter(|_| t.lower.contains('-'))
            .and_then(|last| lexicon.roles.get(last))
    })
}

/// The first token of `start..end` after the leading person, data and document nouns and
/// periods; the last such noun is recorded in `role`.
fn strip_role_words(
    tokens: &[Token],
    mut start: usize,
    end: usize,
    lexicon: &Lexicon,
    role: &mut Role,
) -> usize {
    while start + 1 < end {
        let t = &tokens[start];
        if t.lower == "." {
            start += 1;
            continue;
        }
        if let Some(kind) = role_of(t, lexicon) {
            // Person, data and document nouns describe the source; an institution noun is part of
            // its name ("Ministerstwo Spraw Zagranicznych", "Komisja Europejska").
            if !t.all_caps
                && matches!(
                    kind,
                    SourceKind::Person | SourceKind::Data | SourceKind::Document
                )
            {
                role.kind = Some(*kind);
                role.word = Some(start);
                start += 1;
                continue;
            }
        }
        break;
    }
    start
}

/// The name proper in `start..end`: a person's two-word name when it follows an acronym or a
/// person's title with an institution, else the whole run.
fn person_after_institution(
    tokens: &[Token],
    start: usize,
    end: usize,
    role_kind: Option<SourceKind>,
) -> (usize, usize) {
    // An acronym (organisation) followed by a two-word person name: the person speaks.
    if end - start >= 3
        && tokens[start].all_caps
        && !tokens[start + 1].all_caps
        && !tokens[end - 1].all_caps
        && (role_kind == Some(SourceKind::Person) || role_kind.is_none())
    {
        return (start + 1, end);
    }
    // "Przedstawicielka Izby Zbożowo-Paszowej Monika Czajka", "prezes PKP Polskich Linii
    // Kolejowych Leszek Wrona": after a person's title, an institution then a two-word name.
    let words = tokens[start..end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    if role_kind == Some(SourceKind::Person)
        && words >= 4
        && tokens[end - 2..end]
            .iter()
            .all(|t| t.kind == TokenKind::Word && !t.all_caps)
    {
        return (end - 2, end);
    }
    (start, end)
}

/// A run of capitalised words (or a quoted title) in a region.
#[derive(Clone, Debug)]
pub(super) struct NameRun {
    /// First token of the run, with its leading role words (or the opening quotation mark).
    pub(super) start: usize,
    /// First token of the name proper.
    pub(super) name_start: usize,
    /// One past the name's last token (the closing quotation mark of a title).
    pub(super) end: usize,
    /// Words in the name.
    pub(super) words: usize,
    /// Every word of the name is in capitals.
    pub(super) all_caps: bool,
    /// A quoted title.
    pub(super) quoted: bool,
    /// Governed by a preposition, or the second of coordinated subjects.
    pub(super) after_preposition: bool,
    /// Kind implied by a role noun in or right after the run.
    pub(super) role_kind: Option<SourceKind>,
    /// The role noun stripped from the run's front.
    pub(super) role_word: Option<usize>,
}

/// The name runs in `start..end`, in order.
pub(super) fn name_runs(
    tokens: &[Token],
    start: usize,
    end: usize,
    lexicon: &Lexicon,
) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut i = start;
    while i < end {
        let after_preposition = is_complement(tokens, start, i, lexicon);
        if let Some(close) = quoted_title(tokens, i, end) {
            runs.push(NameRun {
                start: i,
                name_start: i + 1,
                end: close,
                words: close - i - 1,
                all_caps: false,
                quoted: true,
                after_preposition,
                role_kind: None,
                role_word: None,
            });
            i = close + 1;
            continue;
        }
        if i == start && is_capitalised_opener(&tokens[i], lexicon) {
            i += 1;
            continue;
        }
        if is_name_word(&tokens[i]) && !is_function_word(&tokens[i], lexicon) {
            let (j, run) = capitalised_run(tokens, i, end, lexicon, after_preposition);
            runs.extend(run);
            i = j;
            continue;
        }
        i += 1;
    }
    runs
}

/// A name starting at `i` (in a region from `start`) is a complement, not a subject: it follows a
/// preposition (with or without an article) or an opening parenthesis, or it is the second of
/// coordinated subjects (the first one speaks for both).
fn is_complement(tokens: &[Token], start: usize, i: usize, lexicon: &Lexicon) -> bool {
    let article = |k: usize| lexicon.articles.contains(&tokens[k].lower);
    // A coordinator opening the region ("And Smith said") joins clauses, not subjects.
    let coordinated = i > start + 1 && lexicon.coordinators.contains(&tokens[i.max(1) - 1].lower);
    i > start
        && (is_preposition(&tokens[i - 1].lower, lexicon)
            || coordinated
            || (article(i - 1) && i - 1 > start && is_preposition(&tokens[i - 2].lower, lexicon))
            || tokens[i - 1].lower == "(")
}

/// The capitalised run starting at `i` (a name word), ending before `end`: one past its last
/// token, and the run unless it is only a role word or an all-caps headline fragment.
fn capitalised_run(
    tokens: &[Token],
    i: usize,
    end: usize,
    lexicon: &Lexicon,
    after_preposition: bool,
) -> (usize, Option<NameRun>) {
    let (j, trailing) = run_end(tokens, i, end, lexicon);
    let mut role = Role {
        kind: trailing,
        word: None,
    };
    let (name_start, name_end) = trim_leading_roles(tokens, i, j, lexicon, &mut role);
    let name_tokens = &tokens[name_start..name_end];
    let words = name_tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let all_caps = name_tokens
        .iter()
        .all(|t| t.all_caps || t.kind != TokenKind::Word);
    // "Mr. King", "Dr. Judge": after a title's abbreviation the word is a surname.
    let after_title = name_start > i && tokens[name_start - 1].lower == ".";
    let is_only_role = role.kind.is_some()
        && name_end - name_start == 1
        && lexicon.roles.contains_key(&tokens[name_start].lower)
        && !after_title;
    // Several all-caps words are a headline fragment or dateline ("CONGRESS ACTS —"),
    // not a name; acronyms are single words.
    let headline = all_caps && words >= 2;
    let run = (!is_only_role && !headline).then_some(NameRun {
        start: i,
        name_start,
        end: name_end,
        words,
        all_caps,
        quoted: false,
        after_preposition,
        role_kind: role.kind,
        role_word: role.word,
    });
    (j, run)
}
