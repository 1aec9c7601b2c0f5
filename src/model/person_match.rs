//! Whether two person sources from different articles of a session are the same person: "Trump"
//! in one article and "Donald Trump" in another, "Nowak" and "Jarosława Nowaka". Within one
//! article the engine's entity table already joins a surname to its full name; across articles
//! only the registry's names and aliases are left, so the test works on those.

use super::source::{Source, SourceKind};

/// The words of a name, lowercased, without punctuation ("Donald J. Trump" → donald, j, trump).
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Two forms of one name word: equal, or one is the other plus a short inflectional ending
/// ("nowak" / "nowaka", "jarosław" / "jarosława"); a different last letter is a different word
/// ("kaczyński" / "kaczyńska").
fn same_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    let extra = long.chars().count() - short.chars().count();
    long.starts_with(short) && extra <= 2 && short.chars().count() >= 3
}

/// True when the two names can name one person: the same surname (last word), and every other word
/// of the shorter name matches a word of the longer one ("Trump" ~ "Donald Trump", "D. Trump" is
/// not checked against initials and stays apart).
fn names_agree(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    let (Some(last_a), Some(last_b)) = (a.last(), b.last()) else {
        return false;
    };
    if !same_word(last_a, last_b) {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    short[..short.len() - 1]
        .iter()
        .all(|w| long[..long.len() - 1].iter().any(|l| same_word(w, l)))
}

/// True when `incoming` and `known` are people whose names (display name or any alias) agree.
pub fn same_person(incoming: &Source, known: &Source) -> bool {
    if incoming.kind != SourceKind::Person || known.kind != SourceKind::Person {
        return false;
    }
    let names = |s: &Source| -> Vec<String> {
        std::iter::once(s.name.clone())
            .chain(s.aliases.iter().cloned())
            .collect()
    };
    let known_names = names(known);
    names(incoming)
        .iter()
        .any(|a| known_names.iter().any(|b| names_agree(a, b)))
}

/// The one known person `incoming` can be; `None` when there is none or more than one (two
/// Kowalskis in the session stay apart rather than being guessed).
pub fn unique_match<'a>(
    incoming: &Source,
    known: impl Iterator<Item = &'a Source>,
) -> Option<&'a Source> {
    let mut found = known.filter(|k| same_person(incoming, k));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The fuller of two display names of one person: more words wins, then the longer.
pub fn fuller_name<'a>(a: &'a str, b: &'a str) -> &'a str {
    let key = |s: &str| (words(s).len(), s.chars().count());
    if key(b) > key(a) { b } else { a }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Colour, SourceId};

    fn person(name: &str) -> Source {
        Source {
            id: SourceId(name.to_lowercase()),
            name: name.to_string(),
            kind: SourceKind::Person,
            aliases: Vec::new(),
            colour: Colour([0, 0, 0]),
            hidden: false,
        }
    }

    #[test]
    fn a_surname_and_its_full_name_are_one_person() {
        assert!(same_person(&person("Trump"), &person("Donald Trump")));
        assert!(same_person(&person("Donald Trump"), &person("Trump")));
        assert!(same_person(&person("Nowak"), &person("Jarosława Nowaka")));
        assert!(same_person(
            &person("Jarosław Nowak"),
            &person("Jarosława Nowaka")
        ));
    }

    #[test]
    fn different_first_names_or_surnames_are_different_people() {
        assert!(!same_person(
            &person("Jarosław Kaczyński"),
            &person("Lech Kaczyński")
        ));
        assert!(!same_person(
            &person("Kaczyński"),
            &person("Marta Kaczyńska")
        ));
        assert!(!same_person(&person("Nowak"), &person("Nowakowski")));
        let mut party = person("Trump");
        party.kind = SourceKind::Organization;
        assert!(!same_person(&party, &person("Donald Trump")));
    }

    #[test]
    fn an_ambiguous_surname_joins_nobody() {
        let known = [person("Jan Nowak"), person("Anna Nowak")];
        assert!(unique_match(&person("Nowak"), known.iter()).is_none());
        assert_eq!(
            unique_match(&person("Jan Nowak"), known.iter()).map(|s| s.name.as_str()),
            Some("Jan Nowak")
        );
    }

    #[test]
    fn the_fuller_name_is_shown() {
        assert_eq!(fuller_name("Trump", "Donald Trump"), "Donald Trump");
        assert_eq!(fuller_name("Donald Trump", "Trump"), "Donald Trump");
    }
}
