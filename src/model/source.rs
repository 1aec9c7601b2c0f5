use serde::{Deserialize, Serialize};

use super::colour::Colour;

/// What kind of thing a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A named individual (analyst, minister, spokeswoman).
    Person,
    /// A newspaper, broadcaster, agency or portal.
    Media,
    /// A company, alliance, NGO, university, party.
    Organization,
    /// A state, ministry, office, army, police.
    Government,
    /// A report, study, statement or other document.
    Document,
    /// Estimates, statistics, polls, measurements.
    Data,
    /// Unnamed people ("sources close to the government", "officials who declined to be named").
    Anonymous,
    /// A named collective of people (protesters, economists, residents).
    Group,
}

impl SourceKind {
    /// Every kind, in display order.
    pub const ALL: [SourceKind; 8] = [
        SourceKind::Person,
        SourceKind::Media,
        SourceKind::Organization,
        SourceKind::Government,
        SourceKind::Document,
        SourceKind::Data,
        SourceKind::Anonymous,
        SourceKind::Group,
    ];

    /// The lowercase name used in reports and sessions.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Media => "media",
            SourceKind::Organization => "organization",
            SourceKind::Government => "government",
            SourceKind::Document => "document",
            SourceKind::Data => "data",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Group => "group",
        }
    }

    /// Parses the lowercase name.
    pub fn parse(name: &str) -> Option<SourceKind> {
        SourceKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

impl std::fmt::Display for SourceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A source's identifier: a short lowercase slug, unique within a session (`"nato"`, `"olena_guseinowa"`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceId(pub String);

impl SourceId {
    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SourceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for SourceId {
    fn from(id: &str) -> Self {
        SourceId(id.to_string())
    }
}

/// One real-world source: every mention of it, in any inflected form, resolves here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Unique id within the session.
    pub id: SourceId,
    /// Display name (the fullest, preferably nominative, form seen).
    pub name: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// Other names and forms it appears under ("NYT", "Guseinowej").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Its colour in the article view and reports.
    pub colour: Colour,
    /// Hidden from the article view by the reviewer (still counted in reports).
    #[serde(default)]
    pub hidden: bool,
}

/// The sources of a session (or of one analysis), in order of first appearance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceRegistry {
    /// The sources, in order of first appearance.
    pub sources: Vec<Source>,
}

impl SourceRegistry {
    /// The source with this id.
    pub fn get(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|source| &source.id == id)
    }

    /// The source with this id, mutably.
    pub fn get_mut(&mut self, id: &SourceId) -> Option<&mut Source> {
        self.sources.iter_mut().find(|source| &source.id == id)
    }

    /// Position of the source with this id.
    pub fn index_of(&self, id: &SourceId) -> Option<usize> {
        self.sources.iter().position(|source| &source.id == id)
    }

    /// Number of sources.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// True when there are no sources.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// Iterates over the sources in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Source> {
        self.sources.iter()
    }

    /// The first source whose name or one of whose aliases equals `name` (case-insensitive).
    pub fn find_by_name(&self, name: &str) -> Option<&Source> {
        let wanted = name.trim().to_lowercase();
        self.sources.iter().find(|source| {
            source.name.to_lowercase() == wanted
                || source
                    .aliases
                    .iter()
                    .any(|alias| alias.to_lowercase() == wanted)
        })
    }

    /// An id derived from `name` that no source uses yet (`"olena_guseinowa"`, `"olena_guseinowa_2"`).
    pub fn fresh_id(&self, name: &str) -> SourceId {
        let mut slug = String::new();
        for ch in name.chars().flat_map(char::to_lowercase) {
            if ch.is_alphanumeric() {
                slug.push(fold_diacritic(ch));
            } else if !slug.is_empty() && !slug.ends_with('_') {
                slug.push('_');
            }
            if slug.len() >= 40 {
                break;
            }
        }
        let slug = slug.trim_end_matches('_');
        let base = if slug.is_empty() { "source" } else { slug };
        let mut candidate = base.to_string();
        let mut n = 2;
        while self.get(&SourceId(candidate.clone())).is_some() {
            candidate = format!("{base}_{n}");
            n += 1;
        }
        SourceId(candidate)
    }

    /// The next palette colour not yet used by a source (or cycling when all are used).
    pub fn next_colour(&self) -> Colour {
        super::colour::PALETTE
            .iter()
            .copied()
            .find(|colour| self.sources.iter().all(|source| source.colour != *colour))
            .unwrap_or_else(|| Colour::palette(self.sources.len()))
    }

    /// Adds a source with a fresh id and the next free colour; returns its id.
    pub fn add(&mut self, name: &str, kind: SourceKind, aliases: Vec<String>) -> SourceId {
        let id = self.fresh_id(name);
        let colour = self.next_colour();
        self.sources.push(Source {
            id: id.clone(),
            name: name.to_string(),
            kind,
            aliases,
            colour,
            hidden: false,
        });
        id
    }
}

fn fold_diacritic(ch: char) -> char {
    match ch {
        'ą' => 'a',
        'ć' => 'c',
        'ę' => 'e',
        'ł' => 'l',
        'ń' => 'n',
        'ó' => 'o',
        'ś' => 's',
        'ź' | 'ż' => 'z',
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
        'ö' | 'ô' | 'ò' | 'õ' => 'o',
        'č' => 'c',
        'š' => 's',
        'ž' => 'z',
        'ř' => 'r',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_are_slugs_and_unique() {
        let mut registry = SourceRegistry::default();
        let a = registry.add("Olena Guseinowa", SourceKind::Person, vec![]);
        let b = registry.add("Olena Guseinowa", SourceKind::Person, vec![]);
        let c = registry.add("„The New York Times”", SourceKind::Media, vec![]);
        let d = registry.add("Główny Urząd Statystyczny", SourceKind::Government, vec![]);
        assert_eq!(a.as_str(), "olena_guseinowa");
        assert_eq!(b.as_str(), "olena_guseinowa_2");
        assert_eq!(c.as_str(), "the_new_york_times");
        assert_eq!(d.as_str(), "glowny_urzad_statystyczny");
        assert_ne!(
            registry.get(&a).unwrap().colour,
            registry.get(&b).unwrap().colour
        );
    }

    #[test]
    fn kinds_round_trip_through_names() {
        for kind in SourceKind::ALL {
            assert_eq!(SourceKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(SourceKind::parse("alien"), None);
    }
}
