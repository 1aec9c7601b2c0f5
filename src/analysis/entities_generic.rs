//! Descriptions as sources: generic nouns ("dziennik", "resort", "the union") resolve to the latest
//! source of their kind or to one entity per description.

use super::{Entity, EntityTable, MentionCase, governed_genitive, key_of_words};
use crate::analysis::lexicon::Gender;
use crate::analysis::mentions::NounPhrase;
use crate::analysis::nominative::NameShape;
use crate::analysis::text::Token;
use crate::model::SourceKind;

impl EntityTable<'_> {
    /// Resolves a description ("dziennik", "the union"): a lone type noun refers back to the latest
    /// source of its kind, data of a generic owner to the latest owner of that kind; otherwise one
    /// entity per description (created only when `create`).
    pub(super) fn resolve_generic(
        &mut self,
        np: &NounPhrase,
        tokens: &[Token],
        surface: &str,
        (case, recent): (MentionCase, &[usize]),
        create: bool,
    ) -> Option<usize> {
        // A description's article is not part of its name ("The union" → "union").
        let surface = ["The ", "the ", "A ", "a ", "An ", "an "]
            .iter()
            .find_map(|article| surface.strip_prefix(article))
            .unwrap_or(surface);
        let kind = np.role_kind.unwrap_or(SourceKind::Anonymous);
        let single = np.name_end - np.name_first == 1;
        // A lone type noun ("dziennika", "resortu") refers back to the latest source of that kind.
        if single
            && matches!(
                kind,
                SourceKind::Media | SourceKind::Government | SourceKind::Organization
            )
            && self
                .lexicon
                .anaphoric_nouns
                .contains(&tokens[np.name_first].lower)
        {
            let word = &tokens[np.name_first].lower;
            if let Some(&index) = recent.iter().find(|&&i| {
                self.entities[i].kind == kind && self.entities[i].generic_word.is_none()
            }) {
                let e = &mut self.entities[index];
                if !e.aliases.iter().any(|a| a.to_lowercase() == *word) {
                    e.aliases.push(surface.to_string());
                }
                return Some(index);
            }
            let nominative = self
                .lexicon
                .nominatives
                .get(word)
                .cloned()
                .unwrap_or_else(|| word.clone());
            return self.find_or_add_generic(&nominative, surface, kind, create);
        }
        // "wyliczeń urzędu", "dane resortu": data of an institution named by a generic noun are the
        // latest source of that kind.
        if matches!(kind, SourceKind::Data | SourceKind::Document) {
            let owner_kind = tokens[np.name_first + 1..np.name_end].iter().find_map(|t| {
                self.lexicon.roles.get(&t.lower).copied().filter(|k| {
                    matches!(
                        k,
                        SourceKind::Media | SourceKind::Government | SourceKind::Organization
                    )
                })
            });
            if let Some(owner_kind) = owner_kind
                && let Some(&index) = recent.iter().find(|&&i| {
                    self.entities[i].kind == owner_kind && self.entities[i].generic_word.is_none()
                })
            {
                return Some(index);
            }
        }
        let genitive = governed_genitive(tokens, np, case, self.lexicon);
        let mut name = self.display_form(surface, genitive, NameShape::of(kind));
        if single && let Some(nom) = self.lexicon.nominatives.get(&tokens[np.name_first].lower) {
            name = nom.clone();
        }
        self.find_or_add_generic(&name, surface, kind, create)
    }

    /// The entity of a description by its display name, created when new (and `create`).
    fn find_or_add_generic(
        &mut self,
        name: &str,
        surface: &str,
        kind: SourceKind,
        create: bool,
    ) -> Option<usize> {
        let key = key_of_words(name.split_whitespace(), self.lexicon);
        if let Some(index) = self
            .entities
            .iter()
            .position(|e| e.generic_word.is_some() && e.keys.contains(&key))
        {
            return Some(index);
        }
        if !create {
            return None;
        }
        self.entities.push(Entity {
            name: name.to_string(),
            kind,
            aliases: vec![surface.to_string()],
            gender: if matches!(kind, SourceKind::Group | SourceKind::Anonymous) {
                Gender::Plural
            } else {
                Gender::Any
            },
            keys: vec![key],
            name_nominative: true,
            gazetteer: None,
            generic_word: Some(name.to_string()),
        });
        Some(self.entities.len() - 1)
    }
}
