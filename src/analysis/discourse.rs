//! The state of an article's discourse while it is attributed: the entities met so far, the roles
//! people were introduced with, and who has the floor (the recent speakers a pronoun, a dropped
//! subject or a role description may refer back to). Every speaker decision goes through it.

use super::entities::{Entity, EntityTable, KnownSource, MentionCase};
use super::lexicon::{Gender, Lexicon};
use super::mentions::NounPhrase;
use super::role_memory::{RoleKey, RoleMemory};
use super::text::Token;
use crate::model::{SourceKind, Span};

/// The entities, roles and recent speakers of one article.
pub struct Discourse<'a> {
    /// The entities met so far.
    table: EntityTable<'a>,
    /// Which person holds which role.
    roles: RoleMemory,
    /// Recent salient speakers with their last mention, most recent last, each entity once.
    speakers: Vec<(usize, Span)>,
}

impl<'a> Discourse<'a> {
    /// An article's discourse before its first sentence: no entities, no speakers.
    pub fn new(lexicon: &'a Lexicon, known: &'a [KnownSource]) -> Self {
        Discourse {
            table: EntityTable::new(lexicon, known),
            roles: RoleMemory::default(),
            speakers: Vec::new(),
        }
    }

    /// The lexicon of the article's language.
    pub fn lexicon(&self) -> &'a Lexicon {
        self.table.lexicon()
    }

    /// The entity with index `e`.
    pub fn entity(&self, e: usize) -> &Entity {
        &self.table.entities()[e]
    }

    /// Every entity met so far, in order of creation (an entity's index is its position).
    pub fn entities(&self) -> &[Entity] {
        self.table.entities()
    }

    /// The recent speakers with their last mention, most recent last.
    pub fn speakers(&self) -> &[(usize, Span)] {
        &self.speakers
    }

    /// The current speaker (the most recent one) with their last mention.
    pub fn current(&self) -> Option<(usize, Span)> {
        self.speakers.last().copied()
    }

    /// The recent speakers' entities, most recent first.
    pub fn recent(&self) -> Vec<usize> {
        self.speakers.iter().rev().map(|(e, _)| *e).collect()
    }

    /// Records that a person was the subject of a verb of this gender ("Nowacka przekonywała"):
    /// grammatical evidence, which outranks the guess made from the name.
    pub fn note_gender(&mut self, e: usize, gender: Gender) {
        self.table.note_gender(e, gender);
    }

    /// Makes entity `e`, named by `mention`, the current speaker (it leaves its older place).
    pub fn give_floor(&mut self, e: usize, mention: Span) {
        self.speakers.retain(|(x, _)| *x != e);
        self.speakers.push((e, mention));
    }

    /// Resolves a noun phrase to an entity, creating it when new; a description refers back to the
    /// recent speakers. `None` for pronouns and phrases that cannot be a source.
    pub fn resolve(
        &mut self,
        text: &str,
        tokens: &[Token],
        np: &NounPhrase,
        case: MentionCase,
    ) -> Option<usize> {
        let recent = self.recent();
        self.table.resolve(text, tokens, np, case, &recent)
    }

    /// Resolves a noun phrase to an entity already met, never creating one: `None` when the phrase
    /// names somebody new (or nobody).
    pub fn resolve_known(
        &mut self,
        text: &str,
        tokens: &[Token],
        np: &NounPhrase,
        case: MentionCase,
    ) -> Option<usize> {
        let recent = self.recent();
        self.table.resolve_existing(text, tokens, np, case, &recent)
    }

    /// Records that entity `e` was introduced with the role `key`.
    pub fn note_role(&mut self, e: usize, key: RoleKey) {
        self.roles.note(e, key);
    }

    /// True when entity `e` was introduced with some role.
    pub fn has_role(&self, e: usize) -> bool {
        self.roles.has_any(e)
    }

    /// The person holding the role `key`: the most recent speaker among its holders, else the
    /// latest holder.
    pub fn role_holder(&self, key: &RoleKey) -> Option<usize> {
        self.roles.holder(key, &self.recent())
    }

    /// The speaker a continuation ("dodał", "she said") refers to: the most recent speaker that
    /// agrees with the cue's gender; a cue of any or plural gender falls back to the current
    /// speaker.
    pub fn continue_speaker(&self, gender: Gender) -> Option<(usize, Span)> {
        let agrees = |e: usize| {
            let entity = self.entity(e);
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
        let found = self.speakers.iter().rev().find(|(e, _)| agrees(*e));
        match gender {
            Gender::Masc | Gender::Fem => found.copied(),
            _ => found.or_else(|| self.speakers.last()).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::{BUNDLED_GAZETTEER, BUNDLED_PL, parse_gazetteer};
    use super::super::mentions::np_after;
    use super::super::text::tokenize;
    use super::*;

    /// Resolves `mention` (read after "według") in `discourse`, creating it when `create`.
    fn resolve(discourse: &mut Discourse<'_>, mention: &str, create: bool) -> Option<usize> {
        let text = format!("według {mention}");
        let tokens = tokenize(&text, 0, text.len());
        let np = np_after(&tokens, 1, tokens.len(), discourse.lexicon()).unwrap();
        let case = MentionCase::Oblique;
        if create {
            discourse.resolve(&text, &tokens, &np, case)
        } else {
            discourse.resolve_known(&text, &tokens, &np, case)
        }
    }

    fn with_discourse(test: impl FnOnce(&mut Discourse<'_>)) {
        let lexicon = Lexicon::parse(BUNDLED_PL).unwrap();
        let gazetteer = parse_gazetteer(BUNDLED_GAZETTEER).unwrap();
        let known = super::super::entities::index_gazetteer(&gazetteer, &lexicon);
        test(&mut Discourse::new(&lexicon, &known));
    }

    #[test]
    fn the_floor_goes_to_the_latest_speaker_once() {
        with_discourse(|d| {
            assert_eq!(d.current(), None);
            d.give_floor(0, Span::new(0, 1));
            d.give_floor(1, Span::new(2, 3));
            d.give_floor(2, Span::new(4, 5));
            assert_eq!(d.recent(), vec![2, 1, 0]);
            // A speaker given the floor again leaves their older place, with their new mention.
            d.give_floor(0, Span::new(6, 7));
            assert_eq!(d.recent(), vec![0, 2, 1]);
            assert_eq!(
                d.speakers(),
                &[
                    (1, Span::new(2, 3)),
                    (2, Span::new(4, 5)),
                    (0, Span::new(6, 7))
                ]
            );
            assert_eq!(d.current(), Some((0, Span::new(6, 7))));
        });
    }

    #[test]
    fn resolve_known_never_creates_an_entity() {
        with_discourse(|d| {
            // Somebody new, a gazetteer source not met yet: nobody, and nothing added.
            assert_eq!(resolve(d, "Oleny Guseinowej", false), None);
            assert_eq!(resolve(d, "PAP", false), None);
            assert!(d.entities().is_empty());
            // Once met, the same people resolve, by any form, and still nothing is added.
            assert_eq!(resolve(d, "Oleny Guseinowej", true), Some(0));
            assert_eq!(resolve(d, "PAP", true), Some(1));
            assert_eq!(resolve(d, "Guseinowej", false), Some(0));
            assert_eq!(resolve(d, "Polskiej Agencji Prasowej", false), Some(1));
            assert_eq!(resolve(d, "Jana Kowalskiego", false), None);
            assert_eq!(d.entities().len(), 2);
            assert_eq!(d.entity(0).name, "Olena Guseinowa");
        });
    }

    #[test]
    fn a_continuation_finds_the_latest_speaker_of_its_gender() {
        with_discourse(|d| {
            // Mentions in the nominative, so the first names tell the gender.
            let anna = resolve(d, "Anna Nowak", true).unwrap();
            let jerzy = resolve(d, "Jerzy Lis", true).unwrap();
            assert_eq!(d.entity(anna).gender, Gender::Fem);
            assert_eq!(d.entity(jerzy).gender, Gender::Masc);
            assert_eq!(d.continue_speaker(Gender::Any), None);
            d.give_floor(anna, Span::new(0, 1));
            d.give_floor(jerzy, Span::new(2, 3));
            assert_eq!(
                d.continue_speaker(Gender::Fem),
                Some((anna, Span::new(0, 1)))
            );
            assert_eq!(
                d.continue_speaker(Gender::Masc),
                Some((jerzy, Span::new(2, 3)))
            );
            assert_eq!(
                d.continue_speaker(Gender::Any),
                Some((jerzy, Span::new(2, 3)))
            );
            // Nobody plural: a plural cue falls back to the current speaker.
            assert_eq!(d.continue_speaker(Gender::Plural), d.current());
        });
    }
}
