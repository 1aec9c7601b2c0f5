//! Mentions → entities: one entity per real-world source, whatever the inflected form, acronym or
//! generic noun ("dziennik", "resort") it is mentioned by.

use super::lexicon::{GazetteerEntry, Gender, Lexicon};
use super::mentions::NounPhrase;
use super::nominative::NameShape;
use super::text::{Token, TokenKind};
use crate::model::SourceKind;

#[path = "entities_generic.rs"]
mod generic;

/// A gazetteer entry with its precomputed matching keys.
#[derive(Clone, Debug)]
pub struct KnownSource {
    /// The entry.
    pub entry: GazetteerEntry,
    /// Stem sequences of its name and aliases.
    keys: Vec<Vec<String>>,
    /// Acronyms, matched case-sensitively as whole tokens.
    acronyms: Vec<String>,
}

/// Precomputes the gazetteer's keys with a lexicon's stemmer.
pub fn index_gazetteer(entries: &[GazetteerEntry], lexicon: &Lexicon) -> Vec<KnownSource> {
    entries
        .iter()
        .map(|entry| {
            let mut keys = Vec::new();
            let mut acronyms = Vec::new();
            for name in std::iter::once(&entry.name).chain(entry.aliases.iter()) {
                let is_acronym = !name.contains(' ')
                    && name.chars().filter(|c| c.is_alphabetic()).count() <= 6
                    && name
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase);
                if is_acronym {
                    acronyms.push(name.clone());
                } else {
                    let key = key_of_words(name.split_whitespace(), lexicon);
                    if !key.is_empty() {
                        keys.push(key);
                    }
                }
            }
            KnownSource {
                entry: entry.clone(),
                keys,
                acronyms,
            }
        })
        .collect()
}

fn key_of_words<'a>(words: impl Iterator<Item = &'a str>, lexicon: &Lexicon) -> Vec<String> {
    words
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .filter(|w| !lexicon.articles.contains(&w.to_lowercase()))
        .map(|w| lexicon.stem(w))
        .collect()
}

/// One source found in a document.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: SourceKind,
    /// Surface forms seen (and gazetteer aliases).
    pub aliases: Vec<String>,
    /// Speaker gender, for agreement.
    pub gender: Gender,
    keys: Vec<Vec<String>>,
    name_nominative: bool,
    gazetteer: Option<usize>,
    generic_word: Option<String>,
}

/// How a mention was used, which tells whether its form is nominative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionCase {
    /// Subject of a verb: the form is nominative.
    Subject,
    /// After a preposition or participle: an oblique form.
    Oblique,
}

/// The entities of one document, in order of creation.
pub struct EntityTable<'a> {
    lexicon: &'a Lexicon,
    known: &'a [KnownSource],
    entities: Vec<Entity>,
}

impl<'a> EntityTable<'a> {
    /// An empty table.
    pub fn new(lexicon: &'a Lexicon, known: &'a [KnownSource]) -> Self {
        EntityTable {
            lexicon,
            known,
            entities: Vec::new(),
        }
    }

    /// The lexicon the table stems with.
    pub fn lexicon(&self) -> &'a Lexicon {
        self.lexicon
    }

    /// The entities, in order of creation (an entity's index is its position).
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Sets a person's gender from grammatical evidence (a verb agreeing with them as its
    /// subject), which outranks the guess made from their name; other kinds keep theirs.
    pub fn note_gender(&mut self, index: usize, gender: Gender) {
        let entity = &mut self.entities[index];
        if entity.kind == SourceKind::Person && matches!(gender, Gender::Masc | Gender::Fem) {
            entity.gender = gender;
        }
    }

    /// Resolves a noun phrase to an entity (creating it when new); `None` for pronouns and phrases
    /// that cannot be a source. `recent` lists entity indices from most to least recently used.
    pub fn resolve(
        &mut self,
        text: &str,
        tokens: &[Token],
        np: &NounPhrase,
        case: MentionCase,
        recent: &[usize],
    ) -> Option<usize> {
        self.resolve_with(text, tokens, np, (case, recent), true)
    }

    /// Resolves a noun phrase to an entity the table already has, never creating one: `None` also
    /// when the phrase would name a new source. A known entity still learns the surface form.
    pub fn resolve_existing(
        &mut self,
        text: &str,
        tokens: &[Token],
        np: &NounPhrase,
        case: MentionCase,
        recent: &[usize],
    ) -> Option<usize> {
        self.resolve_with(text, tokens, np, (case, recent), false)
    }

    /// [`EntityTable::resolve`], creating a new entity only when `create`.
    fn resolve_with(
        &mut self,
        text: &str,
        tokens: &[Token],
        np: &NounPhrase,
        (case, recent): (MentionCase, &[usize]),
        create: bool,
    ) -> Option<usize> {
        let (name_tokens, surface) = self.name_surface(text, tokens, np)?;
        if np.generic {
            return self.resolve_generic(np, tokens, &surface, (case, recent), create);
        }
        let key = key_of_words(
            name_tokens
                .iter()
                .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
                .map(|t| &text[t.start..t.end]),
            self.lexicon,
        );
        if key.is_empty() {
            return None;
        }
        let acronym = name_tokens
            .iter()
            .find(|t| t.all_caps)
            .map(|t| text[t.start..t.end].to_string());
        // "Portal Onet", "Agencja Reuters": a type noun in front of a known name.
        let leading_role =
            name_tokens.len() > 1 && self.lexicon.roles.contains_key(&name_tokens[0].lower);
        let hit = self
            .known_hit(&key, acronym.as_deref(), name_tokens.len())
            .or_else(|| {
                leading_role
                    .then(|| self.known_hit(&key[1..], acronym.as_deref(), name_tokens.len() - 1))
                    .flatten()
            });
        if let Some(hit) = hit {
            let index = match self.entities.iter().position(|e| e.gazetteer == Some(hit)) {
                Some(index) => index,
                None if create => self.add_known(hit),
                None => return None,
            };
            self.note_alias(index, &surface, case);
            return Some(index);
        }
        if let Some(index) = self.find_existing(&key) {
            self.note_alias(index, &surface, case);
            if !data_like(np) {
                self.note_fuller_name(index, key, &surface, case);
            }
            return Some(index);
        }
        if !create {
            return None;
        }
        let (name, kind) = self.new_name_and_kind(tokens, np, &surface, &key, case);
        let gender = self.guess_gender(kind, name_tokens);
        self.entities.push(Entity {
            name,
            kind,
            aliases: vec![surface],
            gender,
            keys: vec![key],
            name_nominative: case == MentionCase::Subject,
            gazetteer: None,
            generic_word: None,
        });
        Some(self.entities.len() - 1)
    }

    /// The tokens of a phrase's name and its cleaned surface text; `None` for pronouns and for
    /// phrases with no name or only words that are never sources.
    fn name_surface<'t>(
        &self,
        text: &str,
        tokens: &'t [Token],
        np: &NounPhrase,
    ) -> Option<(&'t [Token], String)> {
        if np.pronoun.is_some() || np.name_first >= np.name_end {
            return None;
        }
        let name_tokens = &tokens[np.name_first..np.name_end];
        let surface =
            clean_surface(&text[name_tokens[0].start..name_tokens[name_tokens.len() - 1].end]);
        if surface.is_empty() {
            return None;
        }
        if name_tokens
            .iter()
            .all(|t| t.kind != TokenKind::Word || self.lexicon.not_sources.contains(&t.lower))
        {
            return None;
        }
        Some((name_tokens, surface))
    }

    /// A fuller name for a person first seen by surname becomes the person's first key, and their
    /// display name unless a nominative name is already known and this one is not.
    fn note_fuller_name(
        &mut self,
        index: usize,
        key: Vec<String>,
        surface: &str,
        case: MentionCase,
    ) {
        let entity = &mut self.entities[index];
        if key.len() > entity.keys[0].len() && entity.kind == SourceKind::Person {
            entity.keys.insert(0, key);
            if case == MentionCase::Subject || !entity.name_nominative {
                entity.name = surface.to_string();
                entity.name_nominative = case == MentionCase::Subject;
            }
        }
    }

    /// The display name and kind of a new entity: data named after its owner ("GUS (szacunki)"),
    /// a state (government), or a name in the nominative with a guessed kind.
    fn new_name_and_kind(
        &self,
        tokens: &[Token],
        np: &NounPhrase,
        surface: &str,
        key: &[String],
        case: MentionCase,
    ) -> (String, SourceKind) {
        let state = self.lexicon.is_state(key);
        if data_like(np) {
            let role = np
                .role_word
                .map(|w| tokens[w].lower.clone())
                .unwrap_or_default();
            let head = self.lexicon.nominatives.get(&role).cloned().unwrap_or(role);
            let owner = self.display_form(surface, case != MentionCase::Subject, NameShape::Other);
            // An estimate named after its producer has the producer's kind ("szacunki Korei
            // Południowej": a state's, so government).
            let kind = if state {
                SourceKind::Government
            } else {
                np.role_kind.unwrap_or(SourceKind::Data)
            };
            return (format!("{owner} ({head})"), kind);
        }
        let kind = if state {
            SourceKind::Government
        } else {
            self.guess_kind(np, &tokens[np.name_first..np.name_end])
        };
        let name = if np.quoted {
            surface.to_string()
        } else {
            let genitive = governed_genitive(tokens, np, case, self.lexicon);
            self.display_form(surface, genitive, NameShape::of(kind))
        };
        (name, kind)
    }

    /// The gazetteer entry a name's key (or acronym) matches.
    fn known_hit(
        &self,
        key: &[String],
        acronym: Option<&str>,
        token_count: usize,
    ) -> Option<usize> {
        self.known.iter().position(|k| {
            acronym.is_some_and(|a| token_count <= 2 && k.acronyms.iter().any(|x| x == a))
                || k.keys.iter().any(|alias| {
                    alias.as_slice() == key || (alias.len() >= 2 && contains_seq(key, alias))
                })
        })
    }

    /// Adds the entity of gazetteer entry `hit`, named in the table's language.
    fn add_known(&mut self, hit: usize) -> usize {
        let entry = &self.known[hit].entry;
        let mut aliases = entry.aliases.clone();
        aliases.insert(0, entry.name.clone());
        let mut keys = self.known[hit].keys.clone();
        keys.extend(
            self.known[hit]
                .acronyms
                .iter()
                .map(|a| vec![a.to_lowercase()]),
        );
        let name = entry
            .names
            .get(self.lexicon.language.code())
            .unwrap_or(&entry.name)
            .clone();
        self.entities.push(Entity {
            name,
            kind: entry.kind,
            aliases,
            gender: Gender::Any,
            keys,
            name_nominative: true,
            gazetteer: Some(hit),
            generic_word: None,
        });
        self.entities.len() - 1
    }

    fn find_existing(&self, key: &[String]) -> Option<usize> {
        if let Some(i) = self
            .entities
            .iter()
            .position(|e| e.generic_word.is_none() && e.keys.iter().any(|k| k.as_slice() == key))
        {
            return Some(i);
        }
        // Surname alone ↔ full name of a person, in either order of appearance.
        let last = key.last()?;
        self.entities.iter().position(|e| {
            e.kind == SourceKind::Person
                && e.keys.iter().any(|k| {
                    (key.len() == 1 && k.len() >= 2 && k.last() == Some(last))
                        || (k.len() == 1 && key.len() >= 2 && k[0] == *last)
                })
        })
    }

    fn note_alias(&mut self, index: usize, surface: &str, case: MentionCase) {
        let e = &mut self.entities[index];
        if !e.aliases.iter().any(|a| a == surface) && e.name != surface {
            e.aliases.push(surface.to_string());
        }
        if case == MentionCase::Subject
            && !e.name_nominative
            && e.gazetteer.is_none()
            && e.generic_word.is_none()
            && e.kind != SourceKind::Data
        {
            e.name = surface.to_string();
            e.name_nominative = true;
        }
    }

    /// The display form of a name: the nominative when it stands in the genitive (`genitive`) and
    /// the language has rules for it ("Korei Południowej" → Korea Południowa), else as written.
    fn display_form(&self, surface: &str, genitive: bool, shape: NameShape) -> String {
        if !genitive || self.lexicon.nominative_forms.nouns.is_empty() {
            return surface.to_string();
        }
        let words: Vec<&str> = surface.split(' ').collect();
        self.lexicon.nominative().phrase(&words, shape).join(" ")
    }

    fn guess_kind(&self, np: &NounPhrase, name_tokens: &[Token]) -> SourceKind {
        if let Some(kind) = np.role_kind {
            return kind;
        }
        if np.quoted {
            return SourceKind::Media;
        }
        let words: Vec<&Token> = name_tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .collect();
        if words.iter().any(|t| {
            self.lexicon
                .roles
                .get(&t.lower)
                .is_some_and(|k| *k != SourceKind::Person)
        }) {
            return words
                .iter()
                .find_map(|t| {
                    self.lexicon
                        .roles
                        .get(&t.lower)
                        .copied()
                        .filter(|k| *k != SourceKind::Person)
                })
                .unwrap_or(SourceKind::Organization);
        }
        if words.iter().all(|t| t.all_caps) {
            return SourceKind::Organization;
        }
        SourceKind::Person
    }

    fn guess_gender(&self, kind: SourceKind, name_tokens: &[Token]) -> Gender {
        match kind {
            SourceKind::Person => {
                let words: Vec<&Token> = name_tokens
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .collect();
                match words.first() {
                    Some(first) => self.lexicon.name_gender(&first.lower),
                    None => Gender::Any,
                }
            }
            SourceKind::Group | SourceKind::Anonymous => Gender::Plural,
            _ => Gender::Any,
        }
    }
}

/// True when a non-subject phrase stands right after a word that governs the genitive ("według",
/// "zdaniem", "powołując się na"), so its words are in an oblique form worth putting back into
/// the nominative; a name in apposition or after another word keeps its form.
fn governed_genitive(
    tokens: &[Token],
    np: &NounPhrase,
    case: MentionCase,
    lexicon: &Lexicon,
) -> bool {
    case != MentionCase::Subject
        && np
            .first
            .checked_sub(1)
            .is_some_and(|k| lexicon.genitive_governors.contains(&tokens[k].lower))
}

fn contains_seq(haystack: &[String], needle: &[String]) -> bool {
    needle.len() <= haystack.len() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Strips quotation marks and stray punctuation from a mention's text.
fn clean_surface(text: &str) -> String {
    text.trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// A name of a data or document owner: "szacunków GUS" → GUS; unknown owners keep the data noun.
fn data_like(np: &NounPhrase) -> bool {
    matches!(np.role_kind, Some(SourceKind::Data | SourceKind::Document))
}

#[cfg(test)]
#[path = "entities_tests.rs"]
mod tests;
