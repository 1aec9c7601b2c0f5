//! Reporting-verb frames: which claim a reporting verb makes. The frames are an ordered table of
//! small matchers ([`FRAMES`]) over the verb in its sentence ([`Site`]); the first that applies
//! decides, so the table's order is the frames' priority. A new construction is one matcher and one
//! row in the table.

use super::super::rule::Rule;
use std::cell::OnceCell;

use super::super::cues::Cue;
use super::super::en_frames::{
    coordinated_subject, postmodifier_ends_tag, subject_after_opening_adverbial, tag_subject,
};
use super::super::interview;
use super::super::lexicon::{Gender, Lexicon, VerbClass};
use super::super::mentions::{NounPhrase, np_before};
use super::super::text::{Token, TokenKind};
use super::clause::{
    after_quote, clause_follows, clause_start_before, complement_after, coordinate_clause_start,
    ends_after, leads_clause, subordinate_clause_start, verb_clause_start,
};
use super::subject::{
    attach_recipient, named_subject, quote_then_subject, subject_after, subject_between_quote,
    subject_or_continue,
};
use super::{Claim, ClaimSource, claim};
use crate::model::Language;

/// What a frame makes of a verb.
enum Fit {
    /// The frame applies and the verb makes this claim.
    Claim(Claim),
    /// The frame applies but finds no source: the verb makes no claim and no later frame is tried.
    Nothing,
    /// The frame does not apply: the next one is tried.
    Pass,
}

/// A frame matcher: looks at a verb in its sentence.
type Frame = fn(&Site) -> Fit;

/// The verb frames with their names, tried in this order; the first that does not pass decides.
const FRAMES: &[(&str, Frame)] = &[
    ("tag after a quotation", quote_tag),
    ("as X reports", as_reports),
    ("as X reported (English, subject first)", as_subject_reports),
    ("tag after the content", tag_after),
    (
        "tag after the content (English, subject first)",
        subject_tag_after,
    ),
    ("verb with a complementizer or colon", verb_that),
    ("speech verb with a bare clause (English)", verb_bare_clause),
    ("strong verb with an object", verb_object),
];

/// A reporting verb in its sentence `s..e`: what the frames look at. The verb's clause and its
/// subjects before and after it are worked out once, when a frame first asks for them.
struct Site<'a> {
    /// The paragraph's tokens.
    tokens: &'a [Token],
    /// The sentence's first token.
    s: usize,
    /// One past the sentence's last token.
    e: usize,
    /// The verb cue.
    cue: &'a Cue,
    /// How the verb licenses attribution.
    class: VerbClass,
    /// Gender/number the verb agrees with.
    gender: Gender,
    /// The language's lexicon.
    lexicon: &'a Lexicon,
    /// The verb's first token.
    v: usize,
    /// English text.
    english: bool,
    /// The complementizer ("że", "that") or colon after the verb, within its clause.
    complement: Option<usize>,
    /// See [`Site::clause`].
    clause: OnceCell<usize>,
    /// See [`Site::before`].
    before: OnceCell<Option<NounPhrase>>,
    /// See [`Site::after`].
    after: OnceCell<Option<NounPhrase>>,
}

impl Site<'_> {
    /// The start of the clause the verb's subject is looked for in (after a complementizer, and in
    /// Polish after a chain phrase that opens it).
    fn clause(&self) -> usize {
        *self.clause.get_or_init(|| {
            let (tokens, s, v, lexicon) = (self.tokens, self.s, self.v, self.lexicon);
            let clause = clause_start_before(tokens, s, v, lexicon);
            let mut clause = verb_clause_start(tokens, s, v, clause, lexicon);
            if !self.english {
                clause = interview::subject_start_after_chain(tokens, clause, v, lexicon);
            }
            clause
        })
    }

    /// The subject before the verb, within its clause.
    fn before(&self) -> Option<&NounPhrase> {
        self.before
            .get_or_init(|| {
                if let Some(shared) = coordinated_subject(self.tokens, self.s, self.v, self.lexicon)
                {
                    return shared;
                }
                let clause = self.clause();
                subject_after_opening_adverbial(self.tokens, clause, self.v, self.lexicon)
                    .or_else(|| np_before(self.tokens, clause, self.v, self.lexicon))
            })
            .as_ref()
    }

    /// The subject after the verb (inverted order), looked for up to the sentence end.
    fn after(&self) -> Option<&NounPhrase> {
        self.after
            .get_or_init(|| subject_after(self.tokens, self.cue.end, self.e, self.lexicon))
            .as_ref()
    }

    /// No subject before the verb, which leads its clause: a dropped subject.
    fn zero_subject(&self) -> bool {
        let (tokens, clause, v, lexicon) = (self.tokens, self.clause(), self.v, self.lexicon);
        self.before().is_none()
            && (leads_clause(tokens, clause, v, lexicon)
                || (!self.english && fronted_adverbial(tokens, clause, v, lexicon)))
    }

    /// A claim of this verb.
    fn claim(&self, scope: usize, source: ClaimSource, rule: Rule, confidence: f32) -> Claim {
        claim(scope, source, self.cue, rule, confidence)
    }

    /// Adds the recipient of the words found between the verb and `limit` to the claim's chain.
    fn with_recipient(&self, mut claim: Claim, limit: usize) -> Claim {
        attach_recipient(self.tokens, self.cue.end, limit, self.lexicon, &mut claim);
        claim
    }
}

/// The claim of a reporting verb at `cue`, if one of its frames applies. When the verb's subject
/// opens a coordinated clause ("…; TVN24 reported he …", "…, but the commissioner stated …"), the
/// claim governs that clause only.
pub(super) fn verb_claim(
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
        && matches!(claim.rule, Rule::VerbThat | Rule::VerbObject)
        && matches!(claim.source, ClaimSource::Named { .. })
        && let Some(start) = coordinate_clause_start(tokens, s, cue.first, lexicon)
    {
        let subject_inside =
            matches!(&claim.source, ClaimSource::Named { phrase, .. } if phrase.first >= start);
        if subject_inside {
            claim.scope = start;
        }
    }
    // "…, shortly after Trump said he …": the claim governs the subordinate clause only.
    if claim.scope == s
        && matches!(claim.rule, Rule::VerbThat | Rule::VerbObject)
        && let Some(k) = subordinate_clause_start(tokens, s, cue.first, lexicon)
        && matches!(&claim.source, ClaimSource::Named { phrase, .. } if phrase.first > k)
    {
        claim.scope = k;
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
        && matches!(claim.rule, Rule::VerbThat | Rule::VerbObject)
        && r >= s + 2
        && lexicon.relative_pronouns.contains(&tokens[r - 1].lower)
        && tokens[r - 2].lower == ","
    {
        claim.scope = r - 1;
    }
    Some(claim)
}

/// The claim of the verb at `cue` in the sentence `s..e`: the claim of the first frame in
/// [`FRAMES`] that does not pass, if any.
fn verb_claim_in_sentence(
    tokens: &[Token],
    s: usize,
    e: usize,
    cue: &Cue,
    class: VerbClass,
    gender: Gender,
    lexicon: &Lexicon,
) -> Option<Claim> {
    let site = Site {
        tokens,
        s,
        e,
        cue,
        class,
        gender,
        lexicon,
        v: cue.first,
        english: lexicon.language == Language::En,
        complement: complement_after(tokens, cue.end, e, lexicon),
        clause: OnceCell::new(),
        before: OnceCell::new(),
        after: OnceCell::new(),
    };
    for (_, frame) in FRAMES {
        match frame(&site) {
            Fit::Claim(claim) => return Some(claim),
            Fit::Nothing => return None,
            Fit::Pass => {}
        }
    }
    None
}

/// (a) A tag after a quotation or dash speech: "” – powiedziała", "— pisze NYT", ",” said Smith",
/// ",” Smith said". English puts the speaker before the verb more often (`,” Smith said`), and a
/// phrase after "told" is the addressee.
fn quote_tag(site: &Site) -> Fit {
    let &Site {
        tokens,
        s,
        v,
        lexicon,
        english,
        ..
    } = site;
    if !(after_quote(tokens, s, v) || (english && quote_then_subject(tokens, s, v, lexicon))) {
        return Fit::Pass;
    }
    let between = english
        .then(|| subject_between_quote(tokens, s, v, lexicon))
        .flatten();
    let source = between
        .or_else(|| site.after().cloned())
        .map_or(ClaimSource::Continue(site.gender), named_subject);
    let mut c = site.claim(s, source, Rule::QuoteTag, 0.9);
    c.tags_quote = true;
    Fit::Claim(site.with_recipient(c, site.e))
}

/// (b) "Jak podaje X, …" / "As X reported, …": an outer frame. "Jak nieoficjalnie ustaliło RMF FM":
/// an adverb may stand between "jak" and the verb.
fn as_reports(site: &Site) -> Fit {
    let &Site {
        tokens,
        s,
        v,
        lexicon,
        ..
    } = site;
    let as_at = (v.saturating_sub(2).max(s)..v).find(|&k| {
        lexicon.as_words.contains(&tokens[k].lower)
            && tokens[k + 1..v]
                .iter()
                .all(|t| t.kind == TokenKind::Word && !t.capitalized)
    });
    let opens_clause = as_at.is_some_and(|k| {
        k == s || matches!(tokens[k - 1].lower.as_str(), "," | "–" | "—" | "-" | "(")
    });
    if !opens_clause {
        return Fit::Pass;
    }
    let source = if site.english {
        np_before(tokens, v - 1 + 1, v, lexicon).map(named_subject)
    } else {
        site.after().cloned().map(named_subject)
    };
    let source = source.unwrap_or(ClaimSource::Continue(site.gender));
    let mut c = site.claim(s, source, Rule::AsReports, 0.9);
    c.outer = true;
    Fit::Claim(c)
}

/// (b) English "As the minister said, …": "as" opens the sentence and the subject stands between it
/// and the verb.
fn as_subject_reports(site: &Site) -> Fit {
    let &Site {
        tokens,
        s,
        v,
        lexicon,
        ..
    } = site;
    if site.english
        && v >= 2
        && lexicon.as_words.contains(&tokens[s].lower)
        && tokens[s + 1..v].iter().all(|t| t.kind == TokenKind::Word)
        && let Some(np) = np_before(tokens, s + 1, v, lexicon)
    {
        let mut c = site.claim(s, named_subject(np), Rule::AsReports, 0.85);
        c.outer = true;
        return Fit::Claim(c);
    }
    Fit::Pass
}

/// Most words of an apposition after an inverted tag's subject.
const APPOSITION_MAX_WORDS: usize = 24;

/// (c) A tag after the content: "…, twierdzi X." / "…, said X." / "…, X said." — after a comma or
/// dash, with no complement, and after the subject the sentence ends or only an apposition or
/// chain follows ("…, twierdzi X, cytowany przez PAP.").
fn tag_after(site: &Site) -> Fit {
    let &Site {
        tokens,
        s,
        e,
        v,
        cue,
        lexicon,
        ..
    } = site;
    let preceded_by_comma = v > s && matches!(tokens[v - 1].lower.as_str(), "," | "–" | "—");
    let after = site.after();
    let ends_with_tag = match after {
        Some(np) => {
            let rest = &tokens[np.end..e];
            let words = rest.iter().filter(|t| t.kind == TokenKind::Word).count();
            // "…, said Brian Baker, a longtime adviser to the family who runs the campaign."
            let apposition = rest.first().is_some_and(|t| t.lower == ",")
                && rest
                    .get(1)
                    .is_some_and(|t| lexicon.articles.contains(&t.lower))
                && !rest.iter().any(|t| {
                    t.kind == TokenKind::Quote || lexicon.complementizers.contains(&t.lower)
                });
            words <= 2
                || (words <= 10 && rest.first().is_some_and(|t| t.lower == ","))
                || (words <= APPOSITION_MAX_WORDS && apposition)
                || (site.before().is_none() && postmodifier_ends_tag(tokens, np.end, e, lexicon))
        }
        None => ends_after(tokens, cue.end, e, lexicon),
    };
    // An English inverted tag is a speech verb ("…, said the minister"); "The survey, released
    // Monday, showed Trump ahead" has its object after the verb, not its subject.
    let inverted_object = site.english && site.class == VerbClass::Strong && after.is_some();
    if preceded_by_comma
        && site.complement.is_none()
        && ends_with_tag
        && (after.is_some() || site.before().is_none())
        && !inverted_object
    {
        let source = after
            .cloned()
            .map_or(ClaimSource::Continue(site.gender), named_subject);
        return Fit::Claim(site.with_recipient(site.claim(s, source, Rule::TagAfter, 0.85), e));
    }
    Fit::Pass
}

/// (c) English "…, the minister said.": the subject before the verb after a comma, and nothing of
/// substance after the verb.
fn subject_tag_after(site: &Site) -> Fit {
    let &Site {
        tokens,
        s,
        e,
        cue,
        lexicon,
        ..
    } = site;
    // "…, Baker said.", "…, Baker said Friday, as he left."; with a longer postmodifier ("…, Baker
    // said as he left.") the subject must follow the comma directly.
    if site.english
        && site.complement.is_none()
        && let Some(np) = tag_subject(tokens, s, site.v, lexicon).or_else(|| site.before().cloned())
        && (s..np.first).any(|k| tokens[k].lower == ",")
        && (ends_after(tokens, cue.end, e, lexicon)
            || (tokens[np.first - 1].lower == ","
                && postmodifier_ends_tag(tokens, cue.end, e, lexicon)))
    {
        let source = subject_or_continue(np, site.gender);
        return Fit::Claim(site.with_recipient(site.claim(s, source, Rule::TagAfter, 0.85), e));
    }
    Fit::Pass
}

/// (d) Indirect speech: "X powiedział, że …", "X said (that) …", "X: …". The subject stands before
/// the verb or after it; with neither and no dropped subject the verb makes no claim at all.
fn verb_that(site: &Site) -> Fit {
    let Some(k) = site.complement else {
        return Fit::Pass;
    };
    let &Site {
        tokens,
        s,
        cue,
        gender,
        lexicon,
        ..
    } = site;
    let source = match site.before() {
        Some(np) => Some(subject_or_continue(np.clone(), gender)),
        None => subject_after(tokens, cue.end, k, lexicon)
            .map(named_subject)
            .or(site.zero_subject().then_some(ClaimSource::Continue(gender))),
    };
    let Some(source) = source else {
        return Fit::Nothing;
    };
    let rule = if matches!(source, ClaimSource::Continue(_)) {
        Rule::Continuation
    } else {
        Rule::VerbThat
    };
    let confidence = if rule == Rule::Continuation {
        0.75
    } else {
        0.9
    };
    Fit::Claim(site.with_recipient(site.claim(s, source, rule, confidence), k))
}

/// (d) English speech verbs report a clause without "that": "Smith said the company would…", "He
/// told Reuters the plan…"; in ", which state media said were …" the claim governs the relative
/// clause.
fn verb_bare_clause(site: &Site) -> Fit {
    let &Site {
        tokens,
        s,
        e,
        cue,
        lexicon,
        ..
    } = site;
    if site.english
        && site.class == VerbClass::Speech
        && let Some(np) = site.before().cloned()
        && clause_follows(tokens, cue.end, e, lexicon)
    {
        let relative = np.first >= s + 2
            && lexicon
                .relative_pronouns
                .contains(&tokens[np.first - 1].lower)
            && tokens[np.first - 2].lower == ",";
        let scope = if relative { np.first - 1 } else { s };
        let source = subject_or_continue(np, site.gender);
        return Fit::Claim(site.with_recipient(site.claim(scope, source, Rule::VerbThat, 0.8), e));
    }
    Fit::Pass
}

/// (e) Strong verbs take a plain object: "NATO potwierdziło doniesienia o …"; in Polish a dropped
/// subject continues the current speaker.
fn verb_object(site: &Site) -> Fit {
    if site.class != VerbClass::Strong {
        return Fit::Pass;
    }
    if let Some(np) = site.before().cloned() {
        let source = subject_or_continue(np, site.gender);
        return Fit::Claim(site.claim(site.s, source, Rule::VerbObject, 0.8));
    }
    if site.zero_subject() && !site.english {
        let source = ClaimSource::Continue(site.gender);
        return Fit::Claim(site.claim(site.s, source, Rule::Continuation, 0.7));
    }
    Fit::Pass
}

/// Polish adverbial material before a verb with a dropped subject: a question participle phrase
/// ("Pytany o podwyżki, odpowiedział", "Zapytany przez PAP, czy …, odparł") or a short
/// prepositional phrase ("W Sejmie odpowiedział", "Po spotkaniu, w Sejmie, dodał").
fn fronted_adverbial(tokens: &[Token], clause: usize, v: usize, lexicon: &Lexicon) -> bool {
    if clause >= v || tokens[clause].kind != TokenKind::Word {
        return false;
    }
    let first = &tokens[clause].lower;
    if lexicon.question_participles.contains(first) {
        return tokens[v - 1].lower == ",";
    }
    let words = tokens[clause..v]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    super::super::mentions::is_preposition(first, lexicon)
        && words <= 3
        && tokens[clause..v]
            .iter()
            .all(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number) || t.lower == ",")
}
