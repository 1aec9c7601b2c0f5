//! Checks of the bundled lexicon files as data: no list repeats an entry (after brace expansion
//! and lowercasing), and no form is given two meanings (a verb form in two classes, a phrase cue
//! with two roles). A repeat is harmless to the engine but hides which entry an editor meant.

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use ron::Value;

    use super::super::{BUNDLED_EN, BUNDLED_PL, LexiconFile, expand_braces};

    /// Every list of strings in `value`, with the path of field names leading to it.
    fn string_lists(value: &Value, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        match value {
            Value::Seq(items) => {
                let strings: Vec<String> = items
                    .iter()
                    .filter_map(|item| match item {
                        Value::String(s) => Some(s.clone()),
                        _ => None,
                    })
                    .collect();
                if !strings.is_empty() && strings.len() == items.len() {
                    out.push((path.to_string(), strings));
                } else {
                    for (i, item) in items.iter().enumerate() {
                        string_lists(item, &format!("{path}[{i}]"), out);
                    }
                }
            }
            Value::Map(map) => {
                for (key, item) in map.iter() {
                    let key = match key {
                        Value::String(s) => s.clone(),
                        other => format!("{other:?}"),
                    };
                    string_lists(item, &format!("{path}.{key}"), out);
                }
            }
            Value::Option(Some(inner)) => string_lists(inner, path, out),
            _ => {}
        }
    }

    /// Entries of one list that occur more than once, as "path: entry".
    fn repeats(path: &str, list: &[String]) -> Vec<String> {
        let mut seen = BTreeMap::new();
        for entry in list.iter().flat_map(|e| expand_braces(e)) {
            *seen.entry(entry.to_lowercase()).or_insert(0) += 1;
        }
        seen.into_iter()
            .filter(|&(_, n)| n > 1)
            .map(|(entry, _)| format!("{path}: {entry}"))
            .collect()
    }

    fn conflicts(pairs: Vec<(String, String)>, what: &str) -> Vec<String> {
        let mut by_form: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (form, meaning) in pairs {
            let meanings = by_form.entry(form).or_default();
            if !meanings.contains(&meaning) {
                meanings.push(meaning);
            }
        }
        by_form
            .into_iter()
            .filter(|(_, m)| m.len() > 1)
            .map(|(form, m)| format!("{what} {form:?} has {} meanings", m.len()))
            .collect()
    }

    fn problems(text: &str) -> Vec<String> {
        let value: Value = ron::from_str(text).expect("bundled lexicon is RON");
        let mut lists = Vec::new();
        string_lists(&value, "", &mut lists);
        let mut out: Vec<String> = lists
            .iter()
            .flat_map(|(path, list)| repeats(path, list))
            .collect();
        // Meanings need the typed file: RON values drop enum variant names.
        let file: LexiconFile = ron::from_str(text).expect("bundled lexicon parses");
        let verbs = file.verbs.iter().flat_map(|g| {
            let class = format!("{:?}", g.class);
            g.forms
                .iter()
                .flat_map(|f| expand_braces(f))
                .map(move |f| (f.to_lowercase(), class.clone()))
        });
        out.extend(conflicts(verbs.collect(), "verb form"));
        let roles = file.roles.iter().flat_map(|g| {
            let kind = format!("{:?}", g.kind);
            g.forms
                .iter()
                .flat_map(|f| expand_braces(f))
                .map(move |f| (f.to_lowercase(), kind.clone()))
        });
        out.extend(conflicts(roles.collect(), "role form"));
        let cues = file
            .phrase_cues
            .iter()
            .map(|c| (c.phrase.to_lowercase(), format!("{:?}", c.role)));
        out.extend(conflicts(cues.collect(), "phrase cue"));
        out
    }

    #[test]
    fn bundled_lexicons_have_no_repeated_or_conflicting_entries() {
        for (name, text) in [("pl.ron", BUNDLED_PL), ("en.ron", BUNDLED_EN)] {
            let found = problems(text);
            assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
        }
    }

    #[test]
    fn the_check_finds_a_repeat_and_a_conflict() {
        let text = BUNDLED_PL
            .replacen(
                "abbreviations: [",
                r#"abbreviations: ["np.", "tzw.", "np.", "#,
                1,
            )
            .replacen(
                "verbs: [",
                r#"verbs: [
                (class: Speech, forms: ["zażartowa{ł,ła}"]),
                (class: Strong, forms: ["zażartował"]),"#,
                1,
            );
        let found = problems(&text);
        assert!(
            found.iter().any(|p| p.contains("abbreviations: np.")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.contains("verb form \"zażartował\"")),
            "{found:?}"
        );
    }
}
