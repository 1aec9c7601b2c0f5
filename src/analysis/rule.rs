//! The rules that attribute a statement, as a type. Their names (`"verb-that"`, `"quote-tag"`…) are
//! what sessions and reports store in `Attribution::rule`, so the names never change; the engine
//! itself only handles the enum.

use std::fmt;

/// The frame or discourse step that gave a statement its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// No cue: the author's own voice.
    Author,
    /// A reporting verb with its content clause ("NATO potwierdziło, że…", "officials said that…").
    VerbThat,
    /// A reporting verb with a nominal object ("NATO potwierdziło doniesienia o…").
    VerbObject,
    /// A tag after the content ("…, powiedział Kowalski", "…, she said").
    TagAfter,
    /// A quotation with its speech tag or intro (`„…” – powiedziała`, `X said: “…”`).
    QuoteTag,
    /// A later sentence of the same quotation.
    QuoteContinuation,
    /// A prepositional source ("według NYT", "according to Reuters", "zdaniem analityka").
    AccordingTo,
    /// "Jak podaje X", "as X reported".
    AsReports,
    /// Unnamed hearsay ("podobno", "reportedly", "mówi się").
    Hearsay,
    /// A possessive or pronoun cue ("Jej zdaniem", "in his view").
    PronounCue,
    /// A dropped or pronoun subject continuing the current speaker ("Zaznacza także, że…").
    Continuation,
    /// A subheading quoting someone the body quotes.
    HeadingQuote,
    /// A speaker's label opening a paragraph (`WALLACE: …`, `Kowalski: …`), as in transcripts.
    SpeakerLabel,
    /// A name signing a quotation after a dash (`“…” ― Anna Ruiz`).
    Signature,
}

impl Rule {
    /// Every rule, in the order of the list above.
    pub const ALL: [Rule; 14] = [
        Rule::Author,
        Rule::VerbThat,
        Rule::VerbObject,
        Rule::TagAfter,
        Rule::QuoteTag,
        Rule::QuoteContinuation,
        Rule::AccordingTo,
        Rule::AsReports,
        Rule::Hearsay,
        Rule::PronounCue,
        Rule::Continuation,
        Rule::HeadingQuote,
        Rule::SpeakerLabel,
        Rule::Signature,
    ];

    /// The stored name (sessions, reports, the inspector).
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Author => "author",
            Rule::VerbThat => "verb-that",
            Rule::VerbObject => "verb-object",
            Rule::TagAfter => "tag-after",
            Rule::QuoteTag => "quote-tag",
            Rule::QuoteContinuation => "quote-continuation",
            Rule::AccordingTo => "according-to",
            Rule::AsReports => "as-reports",
            Rule::Hearsay => "hearsay",
            Rule::PronounCue => "pronoun-cue",
            Rule::Continuation => "continuation",
            Rule::HeadingQuote => "heading-quote",
            Rule::SpeakerLabel => "speaker-label",
            Rule::Signature => "signature",
        }
    }

    /// The rule with this stored name.
    pub fn parse(name: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Rules whose source reports about others, so a later statement of the person it reports
    /// about does not inherit its chain ("według NYT, Kowalski…", hearsay, "jak podaje").
    pub fn is_outer_report(self) -> bool {
        matches!(self, Rule::Hearsay | Rule::AccordingTo | Rule::AsReports)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_stored_strings_and_round_trip() {
        assert_eq!(Rule::VerbThat.as_str(), "verb-that");
        assert_eq!(Rule::QuoteContinuation.to_string(), "quote-continuation");
        for rule in Rule::ALL {
            assert_eq!(Rule::parse(rule.as_str()), Some(rule));
        }
        assert_eq!(Rule::parse("no-such-rule"), None);
    }

    #[test]
    fn reports_about_a_speaker_are_not_interviews() {
        assert!(Rule::Hearsay.is_outer_report());
        assert!(Rule::AccordingTo.is_outer_report());
        assert!(!Rule::QuoteTag.is_outer_report());
        assert!(!Rule::VerbThat.is_outer_report());
    }

    #[test]
    fn names_are_distinct() {
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
    }
}
