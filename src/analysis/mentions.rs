//! Source phrases: the noun phrase a cue licenses, before a verb ("Analityk Olena Guseinowa z
//! Uniwersytetu… oceniła"), after it ("– pisze „The New York Times”"), or after a prepositional cue
//! ("według szacunków Korei Południowej").

use super::lexicon::{Gender, Lexicon};
use super::text::{Token, TokenKind};
use crate::model::SourceKind;

/// A noun phrase naming (or describing) a source.
#[derive(Clone, Debug, PartialEq)]
pub struct NounPhrase {
    /// First token of the whole phrase.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// First token of the name proper (the capitalised run or quoted title; the phrase itself when generic).
    pub name_first: usize,
    /// One past the name's last token.
    pub name_end: usize,
    /// Kind implied by a role or type noun in the phrase ("analityk" → person, "dziennik" → media).
    pub role_kind: Option<SourceKind>,
    /// Role noun that stands right before the name ("szacunków" in "szacunków GUS").
    pub role_word: Option<usize>,
    /// Only a description, no name ("dziennika", "resortu", "źródła zbliżone do rządu").
    pub generic: bool,
    /// The name was in quotation marks (a title).
    pub quoted: bool,
    /// A pronoun ("he", "ona"): continues the current speaker.
    pub pronoun: Option<Gender>,
}

fn is_name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && (t.capitalized || t.has_capital_part)
        || t.kind == TokenKind::Number && t.lower.chars().any(char::is_alphabetic)
}

fn stops(t: &Token, lexicon: &Lexicon) -> bool {
    t.kind == TokenKind::Word
        && (lexicon.name_stops.contains(&t.lower)
            || lexicon.complementizers.contains(&t.lower)
            || lexicon.verbs.contains_key(&t.lower)
            || lexicon.relative_pronouns.contains(&t.lower))
}

/// A quoted title starting at `open` (a quotation mark): its closing mark's index, when it encloses
/// one to eight words that start with a capital.
fn quoted_title(tokens: &[Token], open: usize, limit: usize) -> Option<usize> {
    if tokens.get(open)?.kind != TokenKind::Quote || !tokens.get(open + 1)?.capitalized {
        return None;
    }
    (open + 2..limit.min(open + 10))
        .find(|&k| tokens[k].kind == TokenKind::Quote)
        .filter(|&close| {
            tokens[open + 1..close]
                .iter()
                .all(|t| !t.is_terminal() && t.lower != ",")
        })
}

/// The noun phrase starting at or after `from` (skipping adverbs and time phrases), ending before
/// `limit`. Used after a verb (inverted subject) and after prepositional cues.
pub fn np_after(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let mut i = from;
    while i < limit {
        let t = &tokens[i];
        let article = lexicon.articles.contains(&t.lower);
        if t.kind == TokenKind::Word
            && lexicon.subject_skip.contains(&t.lower)
            && (!t.capitalized || article)
        {
            i += 1;
            continue;
        }
        if t.kind == TokenKind::Number
            && !t.lower.chars().any(char::is_alphabetic)
            && !next_is_role(tokens, i, limit, lexicon)
        {
            i += 1;
            continue;
        }
        break;
    }
    if i >= limit {
        return None;
    }
    if let Some(&gender) = lexicon.subject_pronouns.get(&tokens[i].lower) {
        return Some(NounPhrase {
            first: i,
            end: i + 1,
            name_first: i,
            name_end: i + 1,
            role_kind: None,
            role_word: None,
            generic: false,
            quoted: false,
            pronoun: Some(gender),
        });
    }
    // "jedna z mieszkanek", "one of the organisers": a member of a described group speaks.
    if lexicon.partitives.contains(&tokens[i].lower)
        && tokens
            .get(i + 1)
            .is_some_and(|t| lexicon.partitive_prepositions.contains(&t.lower))
    {
        let mut end = i + 2;
        while end < limit
            && end < i + 6
            && tokens[end].kind == TokenKind::Word
            && !stops(&tokens[end], lexicon)
        {
            if matches!(
                tokens[end].lower.as_str(),
                "the" | "its" | "his" | "her" | "their"
            ) && end == i + 2
            {
                end += 1;
                continue;
            }
            end += 1;
            if lexicon.roles.contains_key(&tokens[end - 1].lower) {
                break;
            }
        }
        let role = (i + 2..end).find(|&k| lexicon.roles.contains_key(&tokens[k].lower));
        if end > i + 2 {
            let kind = match role.map(|r| lexicon.roles[&tokens[r].lower]) {
                None | Some(SourceKind::Person | SourceKind::Group) => SourceKind::Anonymous,
                Some(other) => other,
            };
            return Some(NounPhrase {
                first: i,
                end,
                name_first: i,
                name_end: end,
                role_kind: Some(kind),
                role_word: role,
                generic: true,
                quoted: false,
                pronoun: None,
            });
        }
    }
    // "jego obrońca", "his lawyer": a possessive before a role noun.
    if lexicon.possessives.contains(&tokens[i].lower)
        && tokens
            .get(i + 1)
            .is_some_and(|t| lexicon.roles.contains_key(&t.lower))
        && i + 1 < limit
    {
        i += 1;
    }
    let first = i;
    let mut role_kind = None;
    let mut role_word = None;
    // Descriptive words (adjectives, numerals, role nouns) before the name.
    let mut k = i;
    while k < limit && k < first + 6 {
        let t = &tokens[k];
        if t.kind == TokenKind::Quote || is_name_word(t) {
            break;
        }
        if t.kind != TokenKind::Word && !(t.kind == TokenKind::Number) && t.lower != "." {
            break;
        }
        if let Some(kind) = lexicon.roles.get(&t.lower) {
            // A role noun wins over a homonymous verb ("the report", "the paper").
            role_kind = Some(*kind);
            role_word = Some(k);
            k += 1;
            continue;
        }
        if t.kind == TokenKind::Word
            && (stops(t, lexicon) || lexicon.not_sources.contains(&t.lower))
        {
            break;
        }
        k += 1;
    }
    // The name: a quoted title or a run of capitalised words.
    if k < limit {
        if let Some(close) = quoted_title(tokens, k, limit) {
            return Some(NounPhrase {
                first,
                end: close + 1,
                name_first: k + 1,
                name_end: close,
                role_kind,
                role_word,
                generic: false,
                quoted: true,
                pronoun: None,
            });
        }
        if is_name_word(&tokens[k]) && !is_function_word(&tokens[k], lexicon) {
            let (mut end, trailing) = run_end(tokens, k, limit, lexicon);
            if trailing.is_some() {
                role_kind = trailing;
            }
            while end > k
                && tokens[end - 1].kind != TokenKind::Word
                && tokens[end - 1].kind != TokenKind::Number
            {
                end -= 1;
            }
            let run = trim_leading_roles(tokens, k, end, lexicon, &mut role_kind, &mut role_word);
            // A generic noun followed by a lone capitalised word that starts the next clause
            // ("Według dziennika Moskwa może…") is not a name.
            let lone = run.1 - run.0 == 1 && !tokens[run.0].all_caps;
            let next_lower_word = run.1 < limit
                && tokens[run.1].kind == TokenKind::Word
                && !tokens[run.1].capitalized;
            let role_before = role_word.is_some_and(|w| w + 1 == run.0);
            let starts_next_clause = lone
                && next_lower_word
                && role_before
                && matches!(
                    role_kind,
                    Some(SourceKind::Media | SourceKind::Government | SourceKind::Organization)
                );
            if !starts_next_clause && run.0 < run.1 {
                return Some(NounPhrase {
                    first,
                    end,
                    name_first: run.0,
                    name_end: run.1,
                    role_kind,
                    role_word,
                    generic: false,
                    quoted: false,
                    pronoun: None,
                });
            }
        }
    }
    // No name: a descriptive phrase around a role noun ("dziennika", "anonimowych urzędników").
    let role = role_word?;
    let mut end = role + 1;
    let extends = matches!(
        role_kind,
        Some(SourceKind::Group | SourceKind::Anonymous | SourceKind::Data | SourceKind::Document)
    );
    while end < limit && end < role + 4 {
        let t = &tokens[end];
        if t.kind != TokenKind::Word
            || t.capitalized
            || stops(t, lexicon)
            || lexicon.verbs.contains_key(&t.lower)
        {
            break;
        }
        // Other type nouns keep only a postposed adjective ("organizacje humanitarne").
        let postposed_adjective = lexicon.language == crate::model::Language::Pl
            && looks_adjectival(&t.lower)
            && end == role + 1;
        if !(extends || postposed_adjective) {
            break;
        }
        if lexicon.subject_skip.contains(&t.lower) {
            break;
        }
        end += 1;
    }
    Some(NounPhrase {
        first,
        end,
        name_first: first,
        name_end: end,
        role_kind,
        role_word,
        generic: true,
        quoted: false,
        pronoun: None,
    })
}

/// A descriptive phrase running to the next punctuation mark (at most eight words), for chain
/// links such as "powołując się na ukraińskich i amerykańskich urzędników państwowych".
pub fn np_until_punct(
    tokens: &[Token],
    from: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> Option<NounPhrase> {
    let mut end = from;
    let mut role_kind = None;
    let mut role_word = None;
    let mut named = false;
    while end < limit && end < from + 8 {
        let t = &tokens[end];
        if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            break;
        }
        if end > from
            && (lexicon.complementizers.contains(&t.lower) || lexicon.verbs.contains_key(&t.lower))
        {
            break;
        }
        if let Some(kind) = lexicon.roles.get(&t.lower) {
            if role_kind != Some(SourceKind::Anonymous) {
                role_kind = Some(*kind);
            }
            role_word = Some(end);
        }
        named |= t.capitalized;
        end += 1;
    }
    (end > from && (role_kind.is_some() || named)).then_some(NounPhrase {
        first: from,
        end,
        name_first: from,
        name_end: end,
        role_kind,
        role_word,
        generic: !named,
        quoted: false,
        pronoun: None,
    })
}

/// Polish and English adjective-like endings ("anonimowe", "zachodnich", "local").
fn looks_adjectival(word: &str) -> bool {
    [
        "y", "i", "e", "a", "ą", "ych", "ich", "ej", "ego", "al", "an", "ish", "ese", "ior",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

fn next_is_role(tokens: &[Token], i: usize, limit: usize, lexicon: &Lexicon) -> bool {
    (i + 1..limit.min(i + 3)).any(|k| lexicon.roles.contains_key(&tokens[k].lower))
}

/// True when a word cannot start a name even when capitalised ("In", "On", "The" at a sentence start
/// are function words; so are listed non-sources).
fn is_function_word(t: &Token, lexicon: &Lexicon) -> bool {
    lexicon.not_sources.contains(&t.lower)
        || lexicon.name_stops.contains(&t.lower)
        || lexicon.subject_skip.contains(&t.lower)
}

/// A capitalised sentence opener that is a participle or adverb ("Regarding", "Speaking",
/// "Previously"), not the start of a name.
fn is_capitalised_opener(t: &Token, lexicon: &Lexicon) -> bool {
    t.capitalized && !t.all_caps && lexicon.sentence_openers.contains(&t.lower)
}

/// One past the end of the capitalised run starting at `start`: name words, inner periods, and
/// connectors ("of", "nad") inside an institution's name; then a lowercase role noun right after
/// it ("Syrian state media", "Saudi officials") joins the run. Returns (end, trailing role kind).
fn run_end(
    tokens: &[Token],
    start: usize,
    limit: usize,
    lexicon: &Lexicon,
) -> (usize, Option<SourceKind>) {
    let institution = |k: usize| {
        lexicon
            .roles
            .get(&tokens[k].lower)
            .is_some_and(|kind| *kind != SourceKind::Person && *kind != SourceKind::Data)
    };
    let mut end = start;
    while end < limit {
        if is_name_word(&tokens[end]) || is_inner_dot(tokens, end, limit) {
            end += 1;
            continue;
        }
        let t = &tokens[end];
        if end > start
            && t.kind == TokenKind::Word
            && lexicon.name_connectors.contains(&t.lower)
            && end + 1 < limit
            && is_name_word(&tokens[end + 1])
        {
            let mut after = end + 1;
            while after < limit && is_name_word(&tokens[after]) {
                after += 1;
            }
            // "Department of State", "Instytut Studiów nad Wojną": the institution comes first;
            // "Bill and Melinda Gates Foundation": with "and", it comes last. "Smith of University
            // College London" is a person and an affiliation, not one name.
            // "Secretary of State Mike Pompeo": a title with its portfolio stays with the name.
            let title_before =
                lexicon.roles.get(&tokens[end - 1].lower) == Some(&SourceKind::Person);
            let joins = if lexicon.coordinators.contains(&t.lower) {
                (end + 1..after).any(institution) || (start..end).any(institution)
            } else {
                (start..end).any(institution) || (title_before && t.lower == "of")
            };
            if joins {
                end = after;
                continue;
            }
        }
        break;
    }
    // A lowercase role noun right after an adjective-like name: "Syrian state media".
    let mut trailing = None;
    if end > start && end - start <= 2 {
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
    }
    (end, trailing)
}

/// "Dr. Smith", "gen. Worobjow": a period glued to a role abbreviation inside a name phrase.
fn is_inner_dot(tokens: &[Token], i: usize, limit: usize) -> bool {
    tokens[i].lower == "."
        && !tokens[i].space_before
        && i + 1 < limit
        && is_name_word(&tokens[i + 1])
        && i > 0
        && tokens[i - 1].kind == TokenKind::Word
        && tokens[i - 1].lower.chars().count() <= 4
}

/// Strips role words ("Analityk", "Prezes", "Dr.") from the front of a capitalised run; splits an
/// acronym from a following person name ("MSZ Ewa Sadowska" → "Ewa Sadowska").
fn trim_leading_roles(
    tokens: &[Token],
    mut start: usize,
    end: usize,
    lexicon: &Lexicon,
    role_kind: &mut Option<SourceKind>,
    role_word: &mut Option<usize>,
) -> (usize, usize) {
    while start + 1 < end {
        let t = &tokens[start];
        if t.lower == "." {
            start += 1;
            continue;
        }
        // "Ex-Prime Minister", "Vice-President": a hyphenated title whose last part is a role.
        let role = lexicon.roles.get(&t.lower).or_else(|| {
            t.lower
                .rsplit('-')
                .next()
                .filter(|_| t.lower.contains('-'))
                .and_then(|last| lexicon.roles.get(last))
        });
        if let Some(kind) = role {
            // Person, data and document nouns describe the source; an institution noun is part of
            // its name ("Ministerstwo Spraw Zagranicznych", "Komisja Europejska").
            if !t.all_caps
                && matches!(
                    kind,
                    SourceKind::Person | SourceKind::Data | SourceKind::Document
                )
            {
                *role_kind = Some(*kind);
                *role_word = Some(start);
                start += 1;
                continue;
            }
        }
        break;
    }
    // An acronym (organisation) followed by a two-word person name: the person speaks.
    if end - start >= 3
        && tokens[start].all_caps
        && !tokens[start + 1].all_caps
        && !tokens[end - 1].all_caps
        && (*role_kind == Some(SourceKind::Person) || role_kind.is_none())
    {
        return (start + 1, end);
    }
    // "Przedstawicielka Izby Zbożowo-Paszowej Monika Czajka", "prezes PKP Polskich Linii
    // Kolejowych Leszek Wrona": after a person's title, an institution then a two-word name.
    let words = tokens[start..end]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    if *role_kind == Some(SourceKind::Person)
        && words >= 4
        && tokens[end - 2..end]
            .iter()
            .all(|t| t.kind == TokenKind::Word && !t.all_caps)
    {
        return (end - 2, end);
    }
    (start, end)
}

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
    // Pronoun right before the verb (allowing adverbs): "he said", "ona dodała".
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
    if k > clause_start
        && let Some(&gender) = lexicon.subject_pronouns.get(&tokens[k - 1].lower)
    {
        return Some(NounPhrase {
            first: k - 1,
            end: k,
            name_first: k - 1,
            name_end: k,
            role_kind: None,
            role_word: None,
            generic: false,
            quoted: false,
            pronoun: Some(gender),
        });
    }
    // "…, told The Jakarta Post, which also reported …", "„NYT”, który powołuje się …": the
    // relative pronoun's antecedent is the subject.
    if k >= clause_start + 3
        && lexicon.relative_pronouns.contains(&tokens[k - 1].lower)
        && tokens[k - 2].lower == ","
    {
        let antecedent_end = k - 2;
        let runs = name_runs(tokens, clause_start, antecedent_end, lexicon);
        if let Some(run) = runs
            .last()
            .filter(|r| r.end == antecedent_end || (r.quoted && r.end + 1 == antecedent_end))
        {
            return Some(NounPhrase {
                first: run.start,
                end: run.end,
                name_first: run.name_start,
                name_end: run.end,
                role_kind: run.role_kind,
                role_word: run.role_word,
                generic: false,
                quoted: run.quoted,
                pronoun: None,
            });
        }
    }
    // "one of the organisers told", "jeden z doradców przekazał": a partitive subject.
    if let Some(p) = (clause_start..k).find(|&p| {
        lexicon.partitives.contains(&tokens[p].lower)
            && tokens[clause_start..p].iter().all(|t| {
                lexicon.subject_skip.contains(&t.lower)
                    || lexicon.sentence_openers.contains(&t.lower)
                    || lexicon.roles.get(&t.lower) == Some(&SourceKind::Anonymous)
            })
            && tokens
                .get(p + 1)
                .is_some_and(|t| lexicon.partitive_prepositions.contains(&t.lower))
    }) && let Some(np) = np_after(tokens, p, k, lexicon).filter(|np| np.first == p)
    {
        return Some(np);
    }
    let runs = name_runs(tokens, clause_start, verb, lexicon);
    let institution = |r: &NameRun| {
        tokens[r.name_start..r.end].iter().any(|t| {
            lexicon
                .roles
                .get(&t.lower)
                .is_some_and(|k| *k != SourceKind::Person)
        })
    };
    // A person's name: two or three capitalised words, not an institution, not after an article
    // ("the United Nations General Assembly" is not a person).
    let after_article = |r: &NameRun| {
        r.start > clause_start && lexicon.articles.contains(&tokens[r.start - 1].lower)
    };
    let person = runs.iter().find(|r| {
        (2..=3).contains(&r.words)
            && !r.all_caps
            && !r.after_preposition
            && !r.quoted
            && !institution(r)
            && !after_article(r)
    });
    // Names inside a relative clause (", which includes the Quds Force,") are not the subject.
    let in_relative = |r: &NameRun| {
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
    };
    let person = person.filter(|r| !in_relative(r));
    // An apposition (", the current President of …,") describes the subject; it is not the subject.
    let appositive = |r: &NameRun| {
        (r.start.saturating_sub(4).max(clause_start)..r.start).any(|j| {
            tokens[j].lower == ","
                && tokens
                    .get(j + 1)
                    .is_some_and(|t| lexicon.articles.contains(&t.lower))
        })
    };
    let eligible = |r: &&NameRun| {
        !in_relative(r)
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
    };
    let choice = person.or_else(|| {
        runs.iter()
            .rev()
            .filter(eligible)
            .find(|r| !appositive(r))
            .or_else(|| runs.iter().rev().find(eligible))
    });
    if let Some(run) = choice {
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
        return Some(NounPhrase {
            first,
            end: run.end,
            name_first: run.name_start,
            name_end: run.end,
            role_kind,
            role_word,
            generic: false,
            quoted: run.quoted,
            pronoun: None,
        });
    }
    // A descriptive subject: the role noun nearest the verb not governed by a preposition, moved
    // back over genitive modifiers ("Urzędnicy ratusza", "Źródła zbliżone do rządu").
    let governed = |j: usize| {
        j > clause_start
            && (is_preposition(&tokens[j - 1].lower, lexicon)
                || lexicon
                    .roles
                    .get(&tokens[j - 1].lower)
                    .is_some_and(|_| j >= 2 && is_preposition(&tokens[j - 2].lower, lexicon)))
    };
    let mut found = None;
    let mut j = k;
    let mut jumps = 0;
    while j > clause_start {
        j -= 1;
        if tokens[j].lower == "," && jumps < 2 {
            // Jump over a parenthetical (", which represents 2,000 workers,", ", speaking on
            // condition of anonymity,") to the subject before it.
            if let Some(p) = (clause_start..j).rev().find(|&p| tokens[p].lower == ",") {
                j = p;
                jumps += 1;
                continue;
            }
        }
        if tokens[j].lower == ")" {
            // Jump over a parenthesis ("(Penn State)").
            if let Some(p) = (clause_start..j).rev().find(|&p| tokens[p].lower == "(") {
                j = p;
                continue;
            }
        }
        if tokens[j].kind == TokenKind::Punct && tokens[j].lower != "." {
            break;
        }
        // Capitalised words inside the clause belong to names ("Pennsylvania State University").
        let in_name = tokens[j].capitalized && j > clause_start;
        if lexicon.roles.contains_key(&tokens[j].lower) && !governed(j) && !in_name {
            found = Some(j);
            break;
        }
    }
    if let Some(mut j) = found {
        while j > clause_start + 1
            && lexicon.roles.contains_key(&tokens[j - 1].lower)
            && !governed(j - 1)
        {
            j -= 1;
        }
        // "Źródła zbliżone do rządu": the head precedes a short participle phrase.
        let head = (clause_start..j)
            .rev()
            .take(3)
            .take_while(|&h| tokens[h].kind == TokenKind::Word)
            .find(|&h| lexicon.roles.contains_key(&tokens[h].lower) && !governed(h));
        if let Some(h) = head {
            j = h;
        }
        let t = &tokens[j];
        if let Some(kind) = lexicon.roles.get(&t.lower) {
            {
                let mut first = j;
                while first > clause_start
                    && tokens[first - 1].kind == TokenKind::Word
                    && !tokens[first - 1].capitalized
                    && !stops(&tokens[first - 1], lexicon)
                    && !lexicon.subject_skip.contains(&tokens[first - 1].lower)
                    && !lexicon.not_sources.contains(&tokens[first - 1].lower)
                    && looks_adjectival(&tokens[first - 1].lower)
                    && first > j.saturating_sub(2)
                {
                    first -= 1;
                }
                if first == j
                    && j > clause_start
                    && tokens[j - 1].kind == TokenKind::Word
                    && tokens[j - 1].capitalized
                    && j - 1 == clause_start
                {
                    first = j - 1;
                }
                let mut end = j + 1;
                // "state media": a compound of type nouns.
                while end < k
                    && !tokens[end].capitalized
                    && lexicon.roles.contains_key(&tokens[end].lower)
                {
                    end += 1;
                }
                while lexicon.language == crate::model::Language::Pl
                    && end < k
                    && end < j + 3
                    && tokens[end].kind == TokenKind::Word
                    && !stops(&tokens[end], lexicon)
                    && !lexicon.negations.contains(&tokens[end].lower)
                    && !lexicon.subject_skip.contains(&tokens[end].lower)
                {
                    end += 1;
                }
                // "Ekolodzy z WWF Polska", "analysts at Barclays": an unnamed group of a named
                // organisation is known by the organisation.
                if matches!(kind, SourceKind::Group | SourceKind::Anonymous)
                    && end + 1 < k
                    && lexicon
                        .affiliation_prepositions
                        .contains(&tokens[end].lower)
                    && tokens[end + 1].capitalized
                {
                    let mut e2 = end + 1;
                    while e2 < k && tokens[e2].kind == TokenKind::Word && tokens[e2].capitalized {
                        e2 += 1;
                    }
                    end = e2;
                }
                return Some(NounPhrase {
                    first,
                    end,
                    name_first: first,
                    name_end: end,
                    role_kind: Some(*kind),
                    role_word: Some(j),
                    generic: true,
                    quoted: false,
                    pronoun: None,
                });
            }
        }
    }
    None
}

/// A preposition among the name stops (not a relative pronoun, complementizer or conjunction), so a
/// noun after it is governed by it ("z Uniwersytetu", "of the company").
pub fn is_preposition(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.name_stops.contains(word)
        && !lexicon.relative_pronouns.contains(word)
        && !lexicon.complementizers.contains(word)
        && !lexicon.clause_conjunctions.contains(word)
        && !lexicon.coordinators.contains(word)
}

/// A run of capitalised words (or a quoted title) in a region.
#[derive(Clone, Debug)]
struct NameRun {
    start: usize,
    name_start: usize,
    end: usize,
    words: usize,
    all_caps: bool,
    quoted: bool,
    after_preposition: bool,
    role_kind: Option<SourceKind>,
    role_word: Option<usize>,
}

fn name_runs(tokens: &[Token], start: usize, end: usize, lexicon: &Lexicon) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut i = start;
    while i < end {
        let article = |k: usize| lexicon.articles.contains(&tokens[k].lower);
        // A name after a preposition is a complement; after "and"/"i" it is the second of
        // coordinated subjects, the first one speaks for both.
        // A coordinator opening the region ("And Smith said") joins clauses, not subjects.
        let coordinated =
            i > start + 1 && lexicon.coordinators.contains(&tokens[i.max(1) - 1].lower);
        let after_preposition = i > start
            && (is_preposition(&tokens[i - 1].lower, lexicon)
                || coordinated
                || (article(i - 1)
                    && i - 1 > start
                    && is_preposition(&tokens[i - 2].lower, lexicon))
                || tokens[i - 1].lower == "(");
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
            let (j, trailing) = run_end(tokens, i, end, lexicon);
            let mut role_kind = trailing;
            let mut role_word = None;
            let (name_start, name_end) =
                trim_leading_roles(tokens, i, j, lexicon, &mut role_kind, &mut role_word);
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
            let is_only_role = role_kind.is_some()
                && name_end - name_start == 1
                && lexicon.roles.contains_key(&tokens[name_start].lower)
                && !after_title;
            // Several all-caps words are a headline fragment or dateline ("CONGRESS ACTS —"),
            // not a name; acronyms are single words.
            let headline = all_caps && words >= 2;
            if !is_only_role && !headline {
                runs.push(NameRun {
                    start: i,
                    name_start,
                    end: name_end,
                    words,
                    all_caps,
                    quoted: false,
                    after_preposition,
                    role_kind,
                    role_word,
                });
            }
            i = j;
            continue;
        }
        i += 1;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{BUNDLED_EN, BUNDLED_PL};
    use super::super::text::tokenize;
    use super::*;

    fn name(text: &str, np: &NounPhrase, tokens: &[Token]) -> String {
        text[tokens[np.name_first].start..tokens[np.name_end - 1].end].to_string()
    }

    fn before(text: &str, lexicon: &str, verb_word: &str) -> Option<String> {
        let lexicon = Lexicon::parse(lexicon).unwrap();
        let tokens = tokenize(text, 0, text.len());
        let verb = tokens.iter().position(|t| t.lower == verb_word).unwrap();
        np_before(&tokens, 0, verb, &lexicon).map(|np| name(text, &np, &tokens))
    }

    fn after(text: &str, lexicon: &str, from_word: &str) -> Option<String> {
        let lexicon = Lexicon::parse(lexicon).unwrap();
        let tokens = tokenize(text, 0, text.len());
        let from = tokens.iter().position(|t| t.lower == from_word).unwrap() + 1;
        np_after(&tokens, from, tokens.len(), &lexicon).map(|np| name(text, &np, &tokens))
    }

    #[test]
    fn chain_phrases_run_to_punctuation() {
        let text = "powołując się na ukraińskich i amerykańskich urzędników państwowych.";
        let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
        let tokens = tokenize(text, 0, text.len());
        let np = np_until_punct(&tokens, 3, tokens.len(), &lexicon).unwrap();
        assert_eq!(
            name(text, &np, &tokens),
            "ukraińskich i amerykańskich urzędników państwowych"
        );
        assert_eq!(np.role_kind, Some(SourceKind::Group));
    }

    #[test]
    fn subjects_before_verbs() {
        let pl = BUNDLED_PL;
        assert_eq!(
            before(
                "Analityk Olena Guseinowa z Uniwersytetu Języków Obcych Hankuk w Seulu oceniła",
                pl,
                "oceniła"
            )
            .as_deref(),
            Some("Olena Guseinowa")
        );
        assert_eq!(
            before("NATO potwierdziło", pl, "potwierdziło").as_deref(),
            Some("NATO")
        );
        assert_eq!(
            before("Guseinowa podkreśla", pl, "podkreśla").as_deref(),
            Some("Guseinowa")
        );
        assert_eq!(
            before(
                "Dowódca jednej z ukraińskich brygad, płk Ołeh Martynenko, przekazał",
                pl,
                "przekazał"
            )
            .as_deref(),
            Some("Ołeh Martynenko")
        );
        assert_eq!(
            before("Jeszcze latem rząd zapowiadał", pl, "zapowiadał").as_deref(),
            Some("rząd")
        );
        assert_eq!(before("Zaznacza także", pl, "zaznacza"), None);
        assert_eq!(
            before(
                "Baslan Damang, a security official from the port, on Tuesday told",
                BUNDLED_EN,
                "told"
            )
            .as_deref(),
            Some("Baslan Damang")
        );
    }

    #[test]
    fn all_caps_fragments_are_not_names() {
        assert_eq!(
            before("MAYOR STEPS DOWN — Lee said", BUNDLED_EN, "said").as_deref(),
            Some("Lee")
        );
        assert_eq!(
            before("BRIDGE CLOSES — critics said", BUNDLED_EN, "said").as_deref(),
            Some("critics")
        );
    }

    #[test]
    fn a_surname_after_a_title_is_a_name() {
        assert_eq!(
            before("Later Mr. Judge said", BUNDLED_EN, "said").as_deref(),
            Some("Judge")
        );
    }

    #[test]
    fn adverbials_and_conjunctions_around_the_subject() {
        assert_eq!(
            before("And Lee said", BUNDLED_EN, "said").as_deref(),
            Some("Lee")
        );
        assert_eq!(
            before("Lee on Friday said", BUNDLED_EN, "said").as_deref(),
            Some("Lee")
        );
    }

    #[test]
    fn auxiliaries_stand_between_subject_and_verb() {
        assert_eq!(
            before("She has repeatedly denied", BUNDLED_EN, "denied").as_deref(),
            Some("She")
        );
    }

    #[test]
    fn phrases_after_cues() {
        let pl = BUNDLED_PL;
        assert_eq!(
            after("pisze \"The New York Times\", powołując", pl, "pisze").as_deref(),
            Some("The New York Times")
        );
        assert_eq!(
            after("według szacunków Korei Południowej, ma", pl, "według").as_deref(),
            Some("Korei Południowej")
        );
        assert_eq!(
            after("Według dziennika Moskwa może rozpocząć", pl, "według").as_deref(),
            Some("dziennika")
        );
        assert_eq!(
            after("– pisze „Financial Times”, powołując", pl, "pisze").as_deref(),
            Some("Financial Times")
        );
    }
}
