//! Evidence where it is and sources a reader recognises (issue 7, items 5 and 6):
//! - a statement's `mention` is the words of its own clause that name the source (a pronoun, a
//!   relative pronoun, a role, a name), and a zero-subject continuation has none;
//! - display names are nominative and kinds follow the guidelines, for the reference article and
//!   for Polish sentences written for this test;
//! - one person is one source across the articles of a session;
//! - the inspector's "Chain" line never repeats the statement's own source and never appears for
//!   the author's voice;
//! - the speaker classes found on real news (headlines, titles, relations, question frames, datives,
//!   the outlet's own findings, English relative clauses and inverted tags).
//!
//! All texts here were written for these tests, except the bundled sample article.

use ascribe::analysis::{Analysis, AnalysisInput, Engine};
use ascribe::model::{Language, Session, SourceId, SourceKind, Span, chain_of};

fn analyze(text: &str, language: Language) -> Analysis {
    Engine::builtin().analyze(&AnalysisInput {
        path: None,
        text: text.to_string(),
        title: None,
        language,
    })
}

/// The statement whose span contains the middle of `needle`.
fn statement<'a>(a: &'a Analysis, needle: &str) -> &'a ascribe::model::Statement {
    let at = a
        .document
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
        + needle.len() / 2;
    a.document
        .statements
        .iter()
        .find(|s| s.span.start <= at && at < s.span.end)
        .expect("a statement covers every sentence")
}

/// (source display name, source kind, local mention text) of the statement containing `needle`.
fn evidence(a: &Analysis, needle: &str) -> (Option<String>, Option<SourceKind>, Option<String>) {
    let st = statement(a, needle);
    let source = st
        .attribution
        .source
        .as_ref()
        .map(|id| a.sources.iter().find(|s| &s.id == id).expect("known id"));
    (
        source.map(|s| s.name.clone()),
        source.map(|s| s.kind),
        st.attribution
            .mention
            .map(|m: Span| a.document.text[m.start..m.end].to_string()),
    )
}

fn owned(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn pronoun_and_relative_subjects_are_the_local_mention() {
    let a = analyze(
        "Laura Finch runs the city's bridges. She said on Monday that the repairs were late. \
         The council later heard from Tom Reyes, who argued that the contract was too small.",
        Language::En,
    );
    let (source, _, mention) = evidence(&a, "repairs were late");
    assert_eq!(source, owned("Laura Finch"));
    assert_eq!(mention, owned("She"));
    let (source, _, mention) = evidence(&a, "contract was too small");
    assert_eq!(source, owned("Tom Reyes"));
    assert_eq!(mention, owned("who"));

    let a = analyze(
        "Minister Adam Wiśniewski odwiedził w poniedziałek Gdańsk. \
         On powiedział, że port będzie rozbudowany.",
        Language::Pl,
    );
    let (source, _, mention) = evidence(&a, "port będzie rozbudowany");
    assert_eq!(source, owned("Adam Wiśniewski"));
    assert_eq!(mention, owned("On"));
}

#[test]
fn a_role_subject_is_the_local_mention_of_the_person_it_refers_to() {
    let a = analyze(
        "Senator Mary Blake visited the plant on Friday. \
         Workers there were worried about their jobs. \
         The senator said the plant would stay open.",
        Language::En,
    );
    let (source, kind, mention) = evidence(&a, "plant would stay open");
    assert_eq!(source, owned("Mary Blake"));
    assert_eq!(kind, Some(SourceKind::Person));
    let mention = mention.expect("a mention");
    assert!(mention.to_lowercase().contains("senator"), "{mention:?}");
}

#[test]
fn an_abbreviated_title_is_a_role_and_not_part_of_the_name() {
    let a = analyze(
        "Vermont Sen. Mary Blake visited the plant on Friday.\n\n\
         Blake on Tuesday said she wants to keep it open.\n\n\
         The senator said the workers would be paid.",
        Language::En,
    );
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert!(
        names.iter().all(|n| !n.contains("Sen")),
        "the title stays out of the name: {names:?}"
    );
    let (source, _, mention) = evidence(&a, "workers would be paid");
    let source = source.expect("the senator is somebody");
    assert!(source.ends_with("Blake"), "{source}");
    assert_eq!(mention.as_deref(), Some("The senator"));
}

#[test]
fn a_zero_subject_continuation_has_no_mention() {
    let a = analyze(
        "Ekonomistka Ewa Lis uważa, że inflacja spadnie jesienią. \
         Zaznacza także, że ceny energii pozostaną wysokie.",
        Language::Pl,
    );
    let (source, _, mention) = evidence(&a, "inflacja spadnie");
    assert_eq!(source, owned("Ewa Lis"));
    assert!(mention.is_some_and(|m| m.contains("Lis")));
    let (source, _, mention) = evidence(&a, "ceny energii");
    assert_eq!(source, owned("Ewa Lis"));
    assert_eq!(mention, None, "no word of this clause names the source");
}

/// Name and kind of every source of the analysis, in order of appearance.
fn legend(a: &Analysis) -> Vec<(String, SourceKind)> {
    a.sources.iter().map(|s| (s.name.clone(), s.kind)).collect()
}

#[test]
fn the_reference_article_legend_reads_in_the_nominative_with_guideline_kinds() {
    let a = analyze(ascribe::SAMPLE_ARTICLE, Language::Pl);
    let legend = legend(&a);
    let expect = [
        ("NATO", SourceKind::Organization),
        ("The New York Times", SourceKind::Media),
        ("Olena Guseinowa", SourceKind::Person),
        ("Korea Południowa (szacunki)", SourceKind::Government),
    ];
    for (name, kind) in expect {
        assert!(
            legend.contains(&(name.to_string(), kind)),
            "{name} ({kind:?}) missing from {legend:?}"
        );
    }
    let officials = legend
        .iter()
        .find(|(name, _)| name.contains("urzędni"))
        .unwrap_or_else(|| panic!("the officials are a source: {legend:?}"));
    assert_eq!(officials.1, SourceKind::Group);
    for word in ["ukraińscy", "amerykańscy", "urzędnicy"] {
        assert!(
            officials.0.contains(word),
            "{:?} is not nominative",
            officials.0
        );
    }
}

#[test]
fn polish_oblique_mentions_get_nominative_names_and_guideline_kinds() {
    // A country's estimate in the genitive: the producer's kind, in the nominative.
    let a = analyze(
        "Według danych Republiki Czeskiej eksport wzrósł o trzy procent.",
        Language::Pl,
    );
    assert_eq!(
        legend(&a),
        vec![(
            "Republika Czeska (dane)".to_string(),
            SourceKind::Government
        )]
    );
    // A group described by role in the genitive plural after a citing cue.
    let a = analyze(
        "Dziennik napisał, powołując się na niemieckich dyplomatów, że rozmowy utknęły.",
        Language::Pl,
    );
    let names: Vec<String> = legend(&a).into_iter().map(|(n, _)| n).collect();
    assert!(
        legend(&a).contains(&("niemieccy dyplomaci".to_string(), SourceKind::Group)),
        "{names:?}"
    );
    // A party is an organization, a portal is media; the person keeps the nominative name
    // although first met in the genitive.
    let a = analyze(
        "Zdaniem Jana Kowalskiego z Polskiego Stronnictwa Ludowego reforma jest spóźniona. \
         Portal wPolityce.pl podał, że głosowanie przełożono. \
         Jan Kowalski dodał, że klub poprze projekt.",
        Language::Pl,
    );
    let legend = legend(&a);
    assert!(
        legend.contains(&("Jan Kowalski".to_string(), SourceKind::Person)),
        "{legend:?}"
    );
    assert!(
        legend
            .iter()
            .any(|(name, kind)| name.contains("wPolityce") && *kind == SourceKind::Media),
        "{legend:?}"
    );
}

#[test]
fn every_inflected_form_of_a_name_is_one_source() {
    let a = analyze(
        "Radna Ewa Wróblewska twierdzi, że most jest za drogi. \
         Według Wróblewskiej miasto powinno najpierw naprawić drogi. \
         Poseł Adam Nowakowski uważa, że budowa ruszy w maju. \
         Zdaniem Nowakowskiego przetarg jest gotowy.",
        Language::Pl,
    );
    assert_eq!(
        legend(&a),
        vec![
            ("Ewa Wróblewska".to_string(), SourceKind::Person),
            ("Adam Nowakowski".to_string(), SourceKind::Person),
        ]
    );
}

#[test]
fn a_headline_in_title_case_names_no_source() {
    let a = analyze(
        "Fighting Against Smith, Jones Vows To Close The Loopholes.\n\n\
         Senator Mary Jones said she would act next week.\n\n\
         “The laws are unfair,” Smith said on Monday.\n",
        Language::En,
    );
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert!(
        names.iter().all(|n| !n.contains("Against")),
        "a headline fragment became a source: {names:?}"
    );
    assert_eq!(
        evidence(&a, "The laws are unfair").0.as_deref(),
        Some("Smith")
    );
    // The title is built on a reporting verb: it is the statement of its subject, Jones.
    let (title_source, _, _) = evidence(&a, "Vows To Close");
    assert!(
        title_source.as_deref().is_some_and(|n| n.contains("Jones")),
        "{title_source:?}"
    );
}

#[test]
fn one_person_is_one_source_across_the_articles_of_a_session() {
    let first = analyze(
        "Donald Trump said on Monday that tariffs would rise. The markets fell.",
        Language::En,
    );
    let second = analyze(
        "Trump told reporters the tariffs were working.",
        Language::En,
    );
    let third = analyze(
        "Według Jarosława Nowaka rząd przygotował nową ustawę.",
        Language::Pl,
    );
    let fourth = analyze(
        "Nowak powiedział, że ustawa wejdzie w życie w maju.",
        Language::Pl,
    );
    let mut session = Session::named("two articles");
    for a in [&first, &second, &third, &fourth] {
        session.add_document(a.document.clone(), &a.sources);
    }
    let source_of = |document: usize, needle: &str| -> SourceId {
        let doc = &session.documents[document];
        let at = doc.text.find(needle).expect("needle");
        doc.statements
            .iter()
            .find(|s| s.span.start <= at && at < s.span.end)
            .and_then(|s| s.attribution.source.clone())
            .unwrap_or_else(|| panic!("{needle:?} has a source"))
    };
    assert_eq!(
        source_of(0, "tariffs would rise"),
        source_of(1, "tariffs were working")
    );
    assert_eq!(
        source_of(2, "rząd przygotował"),
        source_of(3, "ustawa wejdzie")
    );
    let trump = session
        .sources
        .get(&source_of(1, "tariffs were working"))
        .expect("in the registry");
    assert_eq!(
        trump.name, "Donald Trump",
        "the fuller name is the display name"
    );
    let people = session
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Person)
        .count();
    assert_eq!(
        people,
        2,
        "{:?}",
        session.sources.iter().collect::<Vec<_>>()
    );
}

#[test]
fn the_chain_line_never_repeats_the_source_nor_appears_for_the_author() {
    // The one rule every view uses (inspector, hover card, report tooltip).
    let nyt = SourceId("nyt".into());
    let officials = SourceId("officials".into());
    assert!(chain_of(None, std::slice::from_ref(&nyt)).is_empty());
    assert!(chain_of(Some(&nyt), std::slice::from_ref(&nyt)).is_empty());
    assert_eq!(
        chain_of(Some(&nyt), &[nyt.clone(), officials.clone()]),
        vec![&officials]
    );

    // The exported report's tooltips of the sample: a chain line only where a source cites
    // someone else, never naming that source again.
    let a = analyze(ascribe::SAMPLE_ARTICLE, Language::Pl);
    let mut session = Session::named("sample");
    session.add_document(a.document.clone(), &a.sources);
    let html = ascribe::report::render(&session, ascribe::report::ReportFormat::Html);
    let titles: Vec<&str> = html
        .split("title=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|t| t.starts_with("Source:") || t.starts_with("Author"))
        .collect();
    assert!(!titles.is_empty());
    let mut chain_lines = 0;
    for title in titles {
        let Some(chain) = title.split("&#10;").find(|l| l.starts_with("Chain:")) else {
            continue;
        };
        chain_lines += 1;
        assert!(!title.starts_with("Author"), "{title}");
        let source = title
            .trim_start_matches("Source: ")
            .split(" (")
            .next()
            .expect("a source name");
        assert!(!chain.contains(source), "{title}");
    }
    assert!(chain_lines >= 2, "the officials' chain is shown");

    // And in the engine's own output: no statement lists its own source in `via`, and the
    // author's voice has no chain.
    let mut chains = 0;
    for s in &a.document.statements {
        match &s.attribution.source {
            None => assert!(s.attribution.via.is_empty(), "author with a chain: {s:?}"),
            Some(source) => {
                assert!(!s.attribution.via.contains(source), "{s:?}");
                chains += usize::from(!s.attribution.via.is_empty());
            }
        }
    }
    assert!(chains >= 2, "the sample has the officials' chain");
}

#[test]
fn a_person_told_in_private_is_not_a_chain_but_a_medium_is() {
    let a = analyze(
        "Jan Kowalski powiedział Adamowi Nowakowi, że ma tydzień na decyzję.\n\n\
         Rzeczniczka resortu Anna Lis przekazała PAP, że rozmowy trwają.\n",
        Language::Pl,
    );
    let told = statement(&a, "tydzień na decyzję");
    assert!(
        told.attribution.via.is_empty(),
        "the addressee did not carry the words: {:?}",
        told.attribution.via
    );
    let to_medium = statement(&a, "rozmowy trwają");
    let via: Vec<&str> = to_medium
        .attribution
        .via
        .iter()
        .filter_map(|id| a.sources.iter().find(|s| &s.id == id))
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(via, ["Polska Agencja Prasowa"]);
}

#[test]
fn a_relation_refers_back_to_the_current_speaker_whatever_their_role() {
    let a = analyze(
        "Szef Kancelarii Prezydenta Jan Nowak ocenił w piątek w radiu przesunięcie szczytu \
         Karola Wiśniewskiego z kanclerzem. – Szczytu nie będzie, bo kanclerz zachorował – \
         powiedział współpracownik Karola Wiśniewskiego.\n",
        Language::Pl,
    );
    let (source, kind, _) = evidence(&a, "kanclerz zachorował");
    assert_eq!(source.as_deref(), Some("Jan Nowak"));
    assert_eq!(kind, Some(SourceKind::Person));
}

#[test]
fn gender_for_continuation_comes_from_the_verb_not_the_first_name() {
    // "Nicola" ends like a feminine Polish first name; the verb says he is a man.
    let a = analyze(
        "Nicola Rossi powiedział w środę, że rynek się uspokoi.\n\n\
         Dodał też, że ceny spadną w przyszłym roku.\n",
        Language::Pl,
    );
    let (source, _, mention) = evidence(&a, "ceny spadną");
    assert_eq!(source.as_deref(), Some("Nicola Rossi"));
    assert_eq!(mention, None, "a zero subject has no mention");
}

#[test]
fn a_relative_clause_speaks_for_its_antecedent_and_a_naming_verb_is_a_cue() {
    let a = analyze(
        "Wśród krytyków projektu jest Adam Nowak, który nazwał reformę „katastrofą”, a we \
         wtorek powiedział, że rząd powinien odejść.\n",
        Language::Pl,
    );
    for needle in ["reformę „katastrofą”", "rząd powinien odejść"] {
        let (source, kind, _) = evidence(&a, needle);
        assert_eq!(source.as_deref(), Some("Adam Nowak"), "{needle}");
        assert_eq!(kind, Some(SourceKind::Person));
    }
}

#[test]
fn the_state_a_title_belongs_to_is_not_part_of_the_name() {
    let a = analyze(
        "Premier Węgier Viktor Orban powiedział, że pokój jest blisko.\n\n\
         Zdaniem prezydenta Francji Emmanuela Macrona to błąd.\n",
        Language::Pl,
    );
    assert_eq!(
        evidence(&a, "pokój jest blisko").0.as_deref(),
        Some("Viktor Orban")
    );
    assert_eq!(
        evidence(&a, "to błąd").0.as_deref(),
        Some("Emmanuel Macron")
    );
}

#[test]
fn the_outlets_own_findings_are_the_authors_voice_but_its_sources_are_not() {
    let a = analyze(
        "Według naszych nieoficjalnych ustaleń prezydent przystanie na to rozwiązanie.\n\n\
         Według naszych źródeł w rządzie decyzja już zapadła.\n",
        Language::Pl,
    );
    assert_eq!(evidence(&a, "przystanie na to").0, None);
    assert_eq!(
        evidence(&a, "decyzja już zapadła").1,
        Some(SourceKind::Anonymous)
    );
}

#[test]
fn a_dropped_subject_after_a_question_frame_or_a_place_continues_the_speaker() {
    let a = analyze(
        "Jan Nowak powiedział, że rząd przetrwa.\n\n\
         Pytany o podwyżki, odpowiedział, że nie będzie ich w tym roku.\n\n\
         W Sejmie dodał, że budżet jest gotowy.\n",
        Language::Pl,
    );
    for needle in ["nie będzie ich", "budżet jest gotowy"] {
        let (source, _, mention) = evidence(&a, needle);
        assert_eq!(source.as_deref(), Some("Jan Nowak"), "{needle}");
        assert_eq!(mention, None, "{needle}: a zero subject has no mention");
    }
}

#[test]
fn a_persons_title_heads_its_description_though_an_institution_ends_it() {
    let a = analyze(
        "„Chcemy godnego pomnika” – powiedział pełnomocnik rządu Niemiec ds. współpracy z Polską \
         Jan Abraham.\n\n\
         Marek Kowal, szef sekcji analiz w banku, wyjaśnił, że grupy są zorganizowane.\n\n\
         – To nie są hakerzy z piwnic – mówił ekspert banku.\n",
        Language::Pl,
    );
    assert_eq!(
        evidence(&a, "godnego pomnika").0.as_deref(),
        Some("Jan Abraham")
    );
    let (source, _, mention) = evidence(&a, "hakerzy z piwnic");
    assert_eq!(source.as_deref(), Some("Marek Kowal"));
    assert_eq!(mention.as_deref(), Some("ekspert banku"));
}

#[test]
fn a_dative_name_and_an_anaphoric_quantifier_are_not_sources() {
    let a = analyze(
        "Zwycięzcy Polakowi pogratulował w sieci Adam Wiśniewski.\n\n„Dobra robota” – napisał.\n\n\
         Część ekspertów spodziewa się spadków. Pozostali przewidywali podwyżki.\n",
        Language::Pl,
    );
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("Polakowi") && *n != "Pozostali"),
        "{names:?}"
    );
}

#[test]
fn a_described_antecedent_is_the_source_of_its_relative_clause() {
    let a = analyze(
        "The study, which found that wages fell, was published on Monday.\n",
        Language::En,
    );
    let (source, _, _) = evidence(&a, "wages fell");
    assert!(
        source.as_deref().is_some_and(|n| n.contains("study")),
        "{source:?}"
    );
    assert_eq!(statement(&a, "wages fell").attribution.rule, "verb-that");
}

#[test]
fn a_strong_verb_with_its_object_after_a_parenthetical_is_not_an_inverted_tag() {
    let a = analyze(
        "The ministry, in a statement on Monday, confirmed Smith.\n",
        Language::En,
    );
    let (source, _, _) = evidence(&a, "confirmed Smith");
    assert_ne!(
        source.as_deref(),
        Some("Smith"),
        "the object is not the speaker"
    );
}

#[test]
fn a_transcript_label_gives_the_turn_to_its_speaker() {
    let a = analyze(
        "Moderator Chris Dorn opened the debate.\n\n\
         DORN: Do you really see those two as equal? Answer me, please.\n\n\
         PRICE: Well, look, we have been everywhere this week, in the rain and in the heat. \
         The truth is that Jane Holt said we will win. People care about the issues.\n\n\
         WATCH: The council votes on the budget tonight.\n",
        Language::En,
    );
    let name = |needle: &str| evidence(&a, needle).0.map(|n| n.to_lowercase());
    assert!(name("Answer me").is_some_and(|n| n.contains("dorn")));
    assert!(name("Well, look").is_some_and(|n| n.contains("price")));
    assert!(
        name("we will win").is_some_and(|n| n.contains("price")),
        "words inside a turn are the labelled speaker's"
    );
    assert_eq!(statement(&a, "The truth").attribution.rule, "speaker-label");
    assert_eq!(name("budget tonight"), None, "WATCH names nobody");
}

#[test]
fn a_name_after_a_dash_signs_the_quotation() {
    let a = analyze(
        "Readers told us what they think of the new timetable.\n\n\
         “The buses never come on time. We wait for hours.” ― Lena Ortiz\n\n\
         „Pociągi jeżdżą dobrze.” – Tom Reyes.\n",
        Language::En,
    );
    let (source, _, mention) = evidence(&a, "We wait for hours");
    assert_eq!(source.as_deref(), Some("Lena Ortiz"));
    assert_eq!(mention.as_deref(), Some("Lena Ortiz"));
    assert_eq!(evidence(&a, "buses never").0.as_deref(), Some("Lena Ortiz"));
    assert_eq!(evidence(&a, "jeżdżą").0.as_deref(), Some("Tom Reyes"));
    assert_eq!(statement(&a, "buses never").attribution.rule, "signature");
}

#[test]
fn a_title_that_names_its_speaker_before_a_colon_is_theirs() {
    let a = analyze(
        "Marlow: We Will Not Raise Taxes This Year.\n\n\
         The mayor spoke to reporters on Monday.\n",
        Language::En,
    );
    assert!(
        evidence(&a, "Raise Taxes")
            .0
            .is_some_and(|n| n.contains("Marlow"))
    );
    assert_eq!(
        a.document.title,
        "Marlow: We Will Not Raise Taxes This Year."
    );
}

#[test]
fn a_dateline_is_never_the_subject_of_a_tag() {
    let a = analyze(
        "BRIDGETON ― The new toll is an insult to every commuter, local lawmakers said Friday.\n\n\
         The first bus could run this week, Brian Baker said as he left the depot.\n\n\
         The depot licensed Czech bus technology, then agreed with a supplier to open a plant in the town.\n",
        Language::En,
    );
    assert!(
        evidence(&a, "insult to every")
            .0
            .is_some_and(|n| n.contains("lawmakers"))
    );
    assert_eq!(
        evidence(&a, "first bus could").0.as_deref(),
        Some("Brian Baker")
    );
    assert_eq!(
        evidence(&a, "open a plant").0,
        None,
        "an object is not a tag's subject"
    );
}

#[test]
fn a_comma_before_a_quotation_introduces_it_and_a_coordinated_verb_shares_the_subject() {
    let a = analyze(
        "Mayor Ana Ruiz spoke at the depot on Monday.\n\n\
         She adds, “Nobody will pay more for a ticket this year.”\n\n\
         Governor Tom Hale cited Article 5 of the transport law and said, “We need the line.”\n\n\
         Councillor Eva Lind backed the budget in March, and later said she regretted the vote.\n",
        Language::En,
    );
    let (source, _, mention) = evidence(&a, "Nobody will pay");
    assert!(source.is_some_and(|n| n.contains("Ruiz")));
    assert_eq!(
        mention.as_deref(),
        Some("She"),
        "the intro's pronoun is the mention"
    );
    let (source, _, _) = evidence(&a, "We need the line");
    assert!(
        source.as_deref().is_some_and(|n| n.contains("Hale")),
        "the object of the first verb is not the speaker: {source:?}"
    );
    assert!(
        evidence(&a, "she regretted")
            .0
            .is_some_and(|n| n.contains("Lind"))
    );
}

#[test]
fn a_title_built_on_a_reporting_verb_is_its_subjects() {
    let a = analyze(
        "Marlow Says The Bridge Will Reopen In May.\n\n\
         The council met on Monday to discuss the repairs.\n",
        Language::En,
    );
    assert_eq!(
        evidence(&a, "Bridge Will Reopen").0.as_deref(),
        Some("Marlow")
    );
    assert_eq!(
        evidence(&a, "council met").0,
        None,
        "the body is still the author's"
    );
}

#[test]
fn a_party_an_age_or_a_long_apposition_does_not_hide_the_tag() {
    let a = analyze(
        "The council voted on Monday.\n\n\
         “The toll is unfair to every driver,” Sen. Claire Dune (D-Mo.) said.\n\n\
         “We will keep marching,” Lena Ortiz, 25, said as she walked past the depot.\n\n\
         The first bus could run this week, said Tom Hale, a longtime adviser to the family who \
         runs the company that owns the depot.\n",
        Language::En,
    );
    assert_eq!(
        evidence(&a, "unfair to every").0.as_deref(),
        Some("Claire Dune")
    );
    assert_eq!(
        evidence(&a, "keep marching").0.as_deref(),
        Some("Lena Ortiz")
    );
    assert_eq!(
        evidence(&a, "first bus could").0.as_deref(),
        Some("Tom Hale")
    );
    let pl = analyze(
        "Rada obradowała w poniedziałek.\n\nJan Nowak (PiS) powiedział, że plan jest zły.\n",
        Language::Pl,
    );
    assert_eq!(
        evidence(&pl, "plan jest zły").0.as_deref(),
        Some("Jan Nowak")
    );
}

#[test]
fn a_subordinate_clause_has_its_own_speaker() {
    let a = analyze(
        "The council met on Friday.\n\n\
         Members of the council held a press conference on Friday, shortly after Mayor Tom Hale \
         said the depot would close.\n\n\
         Smith, who spoke after the vote, stayed silent.\n",
        Language::En,
    );
    assert_eq!(
        evidence(&a, "press conference").0,
        None,
        "the main clause is the author's"
    );
    assert!(
        evidence(&a, "depot would close")
            .0
            .is_some_and(|n| n.contains("Hale"))
    );
    assert_eq!(evidence(&a, "stayed silent").0, None);
    let pl = analyze(
        "Rada obradowała w piątek.\n\n\
         Radni opuścili salę, gdy burmistrz Jan Nowak powiedział, że zajezdnia zostanie zamknięta.\n",
        Language::Pl,
    );
    assert_eq!(evidence(&pl, "opuścili salę").0, None);
    assert!(
        evidence(&pl, "zostanie zamknięta")
            .0
            .is_some_and(|n| n.contains("Nowak"))
    );
}
