//! Tests of lexicon loading: brace expansion, the bundled files, stemming.

use super::*;

#[test]
fn braces_expand() {
    assert_eq!(
        expand_braces("powiedzia{ł,ła}"),
        vec!["powiedział", "powiedziała"]
    );
    assert_eq!(expand_braces("mówi{,ą}"), vec!["mówi", "mówią"]);
    assert_eq!(expand_braces("said"), vec!["said"]);
}

#[test]
fn bundled_files_parse() {
    let pl = Lexicon::parse(BUNDLED_PL).unwrap();
    assert_eq!(pl.language, Language::Pl);
    assert!(pl.verbs.contains_key("potwierdziło"));
    assert!(pl.verbs.contains_key("zaznacza"));
    let en = Lexicon::parse(BUNDLED_EN).unwrap();
    assert!(en.verbs.contains_key("said"));
    assert!(
        parse_gazetteer(BUNDLED_GAZETTEER)
            .unwrap()
            .iter()
            .any(|e| e.name == "NATO")
    );
}

#[test]
fn polish_stems_match_inflections() {
    let pl = Lexicon::parse(BUNDLED_PL).unwrap();
    assert_eq!(pl.stem("Guseinowa"), pl.stem("Guseinowej"));
    assert_eq!(pl.stem("Korea"), pl.stem("Korei"));
    assert_eq!(pl.stem("Południowa"), pl.stem("Południowej"));
    assert_eq!(pl.stem("Zielińska"), pl.stem("Zielińskiej"));
    assert_eq!(pl.stem("NYT"), "nyt");
    assert_eq!(pl.verb_gender("powiedziała"), Gender::Fem);
    assert_eq!(pl.verb_gender("dodał"), Gender::Masc);
}
