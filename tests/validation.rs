//! Each mistake a person can make in an incident file is caught, and the message names the
//! file, the record and the field, so it can be fixed without reading code.

use demarche::load::{parse_incident, parse_incidents};
use demarche::model::Lang;

const MINIMAL: &str = include_str!("fixtures/minimal.toml");
const FILE: &str = "broken.toml";

/// Applies one edit to the valid fixture and returns every error message.
fn errors_after(find: &str, replace: &str) -> Vec<String> {
    assert!(MINIMAL.contains(find), "the fixture has no `{find}`");
    let text = MINIMAL.replacen(find, replace, 1);
    match parse_incident(FILE, &text) {
        Ok(_) => panic!("`{find}` → `{replace}` was accepted"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_one_error(find: &str, replace: &str, expected: &str) {
    let errors = errors_after(find, replace);
    assert_eq!(errors, [expected.to_string()], "after `{find}` → `{replace}`");
}

#[test]
fn the_fixture_itself_is_valid() {
    let incident = parse_incident(FILE, MINIMAL).unwrap();
    assert_eq!(incident.reactions.len(), 3);
    assert_eq!(incident.facts.attributed_to.aliases, ["Zero Panda"]);
}

#[test]
fn unknown_actor_in_a_reaction() {
    assert_one_error(
        "actor = \"eu\"",
        "actor = \"nato\"",
        "broken.toml:87: [[reactions]] #2 (actor nato, 2025-05-28), field `actor`: unknown actor `nato`: no [[actors]] has this id; the file's [[actors]] ids are: cz-government, eu, cn-embassy",
    );
}

#[test]
fn unknown_source_in_a_reaction() {
    assert_one_error(
        "responses = [\"solidarity\"]\nsummary.en = \"Stood with Czechia.\"\nsummary.cs = \"Vyjádřila solidaritu.\"\nsources = [\"statement\"]",
        "responses = [\"solidarity\"]\nsummary.en = \"Stood with Czechia.\"\nsummary.cs = \"Vyjádřila solidaritu.\"\nsources = [\"tweet\"]",
        "broken.toml:92: [[reactions]] #2 (actor eu, 2025-05-28), field `sources`: unknown source `tweet`: no [[sources]] has this id; the file's [[sources]] ids are: statement, members",
    );
}

#[test]
fn reaction_without_sources() {
    assert_one_error(
        "summary.cs = \"Vyjádřila solidaritu.\"\nsources = [\"statement\"]",
        "summary.cs = \"Vyjádřila solidaritu.\"\nsources = []",
        "broken.toml:92:11: [[reactions]] #2 (actor eu, 2025-05-28), field `sources`: `sources` is not filled in; write sources = [\"…\"]",
    );
}

#[test]
fn reaction_missing_its_sources_field() {
    assert_one_error(
        "summary.cs = \"Vyjádřila solidaritu.\"\nsources = [\"statement\"]",
        "summary.cs = \"Vyjádřila solidaritu.\"",
        "broken.toml:86:1: [[reactions]] #2 (actor eu, 2025-05-28), field `sources`: missing field `sources`; add sources = [\"…\"]",
    );
}

#[test]
fn bad_date_names_the_line_record_and_field() {
    assert_one_error(
        "date = \"2025-05-29\"",
        "date = \"2025-02-30\"",
        "broken.toml:96:8: [[reactions]] #3 (actor cn-embassy, 2025-02-30), field `date`: `2025-02-30` is not a date: month 2 of 2025 has days 1 to 28; write a day that exists",
    );
}

#[test]
fn bad_url() {
    assert_one_error(
        "url = \"https://example.org/members\"",
        "url = \"example.org/members\"",
        "broken.toml:39:7: [[sources]] #2 (members), field `url`: `example.org/members` is not a web address; write the whole address: url = \"https://example.org/members\"",
    );
}

#[test]
fn duplicate_actor_id() {
    let errors = errors_after("id = \"cn-embassy\"", "id = \"eu\"");
    assert!(errors.contains(
        &"broken.toml:68: [[actors]] #3 (eu), field `id`: duplicate id `eu`: ids must be unique in a file; was this copy meant to be `cn-embassy`? The file names it, but no [[actors]] has that id"
            .to_string()
    ));
}

#[test]
fn duplicate_source_id() {
    let errors = errors_after("id = \"members\"", "id = \"statement\"");
    assert!(errors.contains(
        &"broken.toml:38: [[sources]] #2 (statement), field `id`: duplicate id `statement`: ids must be unique in a file; was this copy meant to be `members`? The file names it, but no [[sources]] has that id".to_string()
    ));
}

#[test]
fn unknown_response_kind_lists_the_codebook() {
    let errors = errors_after("responses = [\"solidarity\"]", "responses = [\"support\"]");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with(
            "broken.toml:89:14: [[reactions]] #2 (actor eu, 2025-05-28), field `responses`: unknown response kind `support`; the codebook has: concern, solidarity,"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn unknown_bloc_and_part_of() {
    assert_one_error(
        "speaks_for = \"EU\"",
        "speaks_for = \"NATO\"",
        "broken.toml:65: [[actors]] #2 (eu), field `speaks_for`: unknown bloc `NATO`: no [[blocs]] has this id; the file's [[blocs]] ids are: EU",
    );
    assert_one_error(
        "country = \"CN\"",
        "country = \"CN\"\npart_of = \"cn-government\"",
        "broken.toml:73: [[actors]] #3 (cn-embassy), field `part_of`: unknown actor `cn-government`: name another [[actors]] id; did you mean `cz-government`?",
    );
}

#[test]
fn actor_needs_exactly_one_of_country_and_bloc() {
    assert_one_error(
        "speaks_for = \"EU\"",
        "speaks_for = \"EU\"\ncountry = \"BE\"",
        "broken.toml:65: [[actors]] #2 (eu), field `speaks_for`: give either country or speaks_for, not both",
    );
}

#[test]
fn bad_country_code() {
    assert_one_error(
        "country = \"CN\"",
        "country = \"China\"",
        "broken.toml:72:11: [[actors]] #3 (cn-embassy), field `country`: `China` is not an ISO 3166-1 alpha-2 country code such as CZ; did you mean `CN` (China)?",
    );
}

#[test]
fn unassigned_country_codes() {
    assert_one_error(
        "country = \"CN\"",
        "country = \"QQ\"",
        "broken.toml:72:11: [[actors]] #3 (cn-embassy), field `country`: `QQ` is not an assigned ISO 3166-1 country code; the nearest assigned codes are `QA` (Qatar)",
    );
    assert_one_error(
        "members = [\"CZ\", \"DE\"]",
        "members = [\"CZ\", \"XX\"]",
        "broken.toml:50:18: [[blocs]] #1 (EU), field `members`: `XX` is not an assigned ISO 3166-1 country code; the nearest assigned codes are `XK` (Kosovo)",
    );
}

#[test]
fn quote_must_come_from_one_of_the_reactions_sources() {
    assert_one_error(
        "lang = \"en\"\nsource = \"statement\"",
        "lang = \"en\"\nsource = \"members\"",
        "broken.toml:84: [[reactions]] #1 (actor cz-government, 2025-05-28), field `quotes.source`: the quote's source `members` is not among the reaction's sources",
    );
}

#[test]
fn a_quote_is_translated_into_the_other_language_only() {
    assert_one_error(
        "lang = \"en\"\nsource = \"statement\"",
        "lang = \"en\"\nsource = \"statement\"\ntranslation.en = \"We condemn it.\"",
        "broken.toml:85: [[reactions]] #1 (actor cz-government, 2025-05-28), field `quotes.translation.en`: the quote is in `en` already: translate it into the other language",
    );
    assert_one_error(
        "lang = \"en\"\nsource = \"statement\"",
        "lang = \"en\"\nsource = \"statement\"\ntranslation.cs = \"Odsuzujeme \\\"to\\\".\"",
        "broken.toml:85: [[reactions]] #1 (actor cz-government, 2025-05-28), field `quotes.translation.cs`: Czech quotes are „…“, not \"…\"",
    );
}

#[test]
fn a_translation_reaches_the_reader_of_its_language_typeset() {
    let text = MINIMAL.replacen(
        "lang = \"en\"\nsource = \"statement\"",
        "lang = \"en\"\nsource = \"statement\"\ntranslation.cs = \"Odsuzujeme to v plném rozsahu.\"",
        1,
    );
    let incident = parse_incident(FILE, &text).unwrap();
    let quote = |lang| incident.in_language(lang).reactions[0].quotes[0].clone();
    assert_eq!(quote(Lang::Cs).translated(Lang::Cs), Some("Odsuzujeme to v\u{a0}plném rozsahu."));
    assert_eq!(quote(Lang::En).translated(Lang::En), None);
    assert_eq!(quote(Lang::En).translation, None);
}

#[test]
fn misspelt_field_is_named() {
    let errors = errors_after("summary.en = \"Denied.\"", "sumary.en = \"Denied.\"");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("broken.toml:98:1: [[reactions]] #3 (actor cn-embassy, 2025-05-29), field `sumary`: unknown field `sumary`; did you mean `summary`?"),
        "{}",
        errors[0]
    );
}

#[test]
fn every_error_in_a_file_is_reported_at_once() {
    let text = MINIMAL.replace("sources = [\"statement\"]", "sources = [\"nowhere\"]");
    let errors = parse_incident(FILE, &text).unwrap_err();
    // The incident, three reactions, the disagreement, and the quote now citing a source its
    // reaction no longer lists.
    assert_eq!(errors.len(), 6, "{errors:#?}");
}

#[test]
fn catalogue_rejects_two_files_with_one_incident_id() {
    let errors = parse_incidents(&[("a.toml", MINIMAL), ("b.toml", MINIMAL)]).unwrap_err();
    assert_eq!(
        errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["b.toml: [incident], field `id`: another file already has the incident id `minimal`"]
    );
}

#[test]
fn catalogue_of_no_files_is_an_error_not_an_empty_widget() {
    let errors = parse_incidents(&[]).unwrap_err();
    assert!(errors[0].to_string().contains("no incident files"));
}

#[test]
fn catalogue_lists_newest_first() {
    let older = MINIMAL
        .replace("id = \"minimal\"", "id = \"older\"")
        .replace("made_public = \"2025-05-28\"", "made_public = \"2024-01\"");
    let incidents = parse_incidents(&[("older.toml", &older), ("minimal.toml", MINIMAL)]).unwrap();
    let ids: Vec<&str> = incidents.iter().map(|incident| incident.id()).collect();
    assert_eq!(ids, ["minimal", "older"]);
}

#[test]
fn a_text_without_its_english_form_is_named_with_its_line() {
    let errors = errors_after("summary.en = \"Denied.\"\n", "");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("broken.toml:9"), "{errors:?}");
    assert!(errors[0].contains("missing field `en`"), "{errors:?}");
    let empty = errors_after("summary.en = \"Denied.\"", "summary.en = \" \"");
    assert!(
        empty[0].contains("field `summary.en`: `summary.en` is not filled in; write the English words"),
        "{empty:?}"
    );
}

/// The fixture with every Czech text left out, as an English-only team writes its file.
fn english_only() -> String {
    MINIMAL.lines().filter(|line| !line.contains(".cs = ")).collect::<Vec<_>>().join("\n")
}

#[test]
fn czech_is_optional_and_the_czech_view_shows_the_english_marked_as_english() {
    let incident = parse_incident(FILE, &english_only()).unwrap();
    assert_eq!(incident.english_only(), 12, "every text of the fixture");
    let czech = incident.in_language(Lang::Cs);
    let title = &czech.facts.title;
    assert_eq!((title.get(Lang::Cs), title.lang(Lang::Cs)), ("A minimal incident", Some("en")));
    assert!(
        czech.untranslated && !incident.in_language(Lang::En).untranslated,
        "the Czech view knows to say so"
    );
    let translated = parse_incident(FILE, MINIMAL).unwrap().in_language(Lang::Cs);
    assert_eq!(
        (translated.facts.title.get(Lang::Cs), translated.untranslated),
        ("Minimální incident", false)
    );
    // One text in Czech and the rest in English: each shown in its own language.
    let partly = english_only().replacen(
        "title.en = \"A minimal incident\"",
        "title.en = \"A minimal incident\"\ntitle.cs = \"Minimální incident\"",
        1,
    );
    let partly = parse_incident(FILE, &partly).unwrap().in_language(Lang::Cs);
    assert_eq!((partly.facts.title.lang(Lang::Cs), partly.facts.summary.lang(Lang::Cs)), (None, Some("en")));
}

#[test]
fn words_in_another_language_are_marked_well() {
    assert_one_error(
        "summary.cs = \"Popřelo.\"",
        "summary.cs = \"Popřelo: {en denied}.\"",
        "broken.toml:99: [[reactions]] #3 (actor cn-embassy, 2025-05-29), field `summary.cs`: a `{` or `}` that is not a mark: write other-language words as {en:words}",
    );
}

#[test]
fn czech_takes_czech_quotation_marks() {
    assert_one_error(
        "summary.cs = \"Popřelo.\"",
        "summary.cs = \"Popřelo \\\"útok\\\".\"",
        "broken.toml:99: [[reactions]] #3 (actor cn-embassy, 2025-05-29), field `summary.cs`: Czech quotes are „…“, not \"…\"",
    );
}

#[test]
fn a_source_names_its_language() {
    let errors = errors_after("lang = \"en\"\nread", "lang = \"English\"\nread");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("field `lang`: `English` is not a language code"), "{errors:?}");
}

#[test]
fn invisible_characters_that_reorder_or_hide_text_are_refused() {
    assert_one_error(
        "summary.en = \"Denied.\"",
        "summary.en = \"Denied \u{202e}.detaerc\"",
        "broken.toml:98: [[reactions]] #3 (actor cn-embassy, 2025-05-29), field `summary.en`: contains the invisible character U+202E; delete it",
    );
    assert_one_error(
        "publisher = \"Example Union\"",
        "publisher = \"Example\\u0007 Union\"",
        "broken.toml:40: [[sources]] #2 (members), field `publisher`: contains the invisible character U+0007; delete it",
    );
    let hebrew = MINIMAL.replacen("name.en = \"A ministry\"", "name.en = \"מערך הסייבר הלאומי\"", 1);
    assert!(parse_incident(FILE, &hebrew).is_ok(), "right-to-left script is text, not a control");
}

/// A story step is appended to the fixture: its view is read as a link would be, and the terms
/// it marks must be in the glossary.
fn with_step(view: &str, text: &str) -> Vec<String> {
    let step = format!(
        "\n[[story]]\ntitle.en = \"Step\"\ntitle.cs = \"Krok\"\ntext.en = \"{text}\"\ntext.cs = \"{text}\"\nview = \"{view}\"\nsources = [\"statement\"]\n"
    );
    match parse_incident(FILE, &format!("{MINIMAL}{step}")) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_story_steps_view_is_checked_like_a_link() {
    assert_eq!(
        with_step("map=europe&country=CZ&view=timeline", "The {#attribution:attribution}."),
        Vec::<String>::new()
    );
    assert_eq!(
        with_step("actor=nobody&lang=cs&sort=size", "Text."),
        [
            "broken.toml:112: [[story]] #1 (Step), field `view`: `lang=cs` cannot be shown: a step shows a view of its own incident, in the reader's language and presentation",
            "broken.toml:112: [[story]] #1 (Step), field `view`: `actor=nobody` cannot be shown: the file has no such record",
            "broken.toml:112: [[story]] #1 (Step), field `view`: `sort=size` cannot be shown: not a parameter a link understands, or not one of its values",
        ]
    );
}

#[test]
fn a_story_that_marks_an_unknown_term_is_an_error() {
    assert_eq!(
        with_step("", "The {#atribution:attribution}."),
        [
            "broken.toml:110: [[story]] #1 (Step), field `text.en`: unknown glossary term `atribution`: seeds/glossary/terms.toml has no such id",
            "broken.toml:111: [[story]] #1 (Step), field `text.cs`: unknown glossary term `atribution`: seeds/glossary/terms.toml has no such id",
        ]
    );
}

/// The codebook's sides: the state held responsible may only deny, accuse back or retaliate.
#[test]
fn the_accused_state_climbs_no_rung_of_the_ladder_and_attributes_nothing() {
    let open = "the codebook gives it only denial, counter-accusation, counter-summons, retaliatory-expulsion, counter-sanctions";
    assert_one_error(
        "responses = [\"denial\"]",
        "responses = [\"denial\", \"sanctions\"]",
        &format!("broken.toml:97: [[reactions]] #3 (actor cn-embassy, 2025-05-29), field `responses`: `sanctions` is not open to an actor of the accused state (CN): {open}"),
    );
    assert_one_error(
        "responses = [\"denial\"]",
        "responses = [\"attribution\"]",
        &format!("broken.toml:97: [[reactions]] #3 (actor cn-embassy, 2025-05-29), field `responses`: `attribution` is not open to an actor of the accused state (CN): {open}"),
    );
    let hits_back = MINIMAL.replacen(
        "responses = [\"denial\"]",
        "responses = [\"denial\", \"counter-summons\", \"retaliatory-expulsion\", \"counter-sanctions\"]",
        1,
    );
    assert!(parse_incident(FILE, &hits_back).is_ok(), "its retaliation is its own family");
}

#[test]
fn only_the_accused_state_retaliates() {
    assert_one_error(
        "responses = [\"solidarity\"]",
        "responses = [\"counter-sanctions\"]",
        "broken.toml:89: [[reactions]] #2 (actor eu, 2025-05-28), field `responses`: `counter-sanctions` is the accused state's retaliation: only an actor of CN can make it; code another state's measure on the ladder (summons, expulsion, sanctions…)",
    );
}

/// Every error of an edited fixture, the edits applied in turn.
fn errors_after_all(edits: &[(&str, &str)]) -> Vec<String> {
    let mut text = MINIMAL.to_string();
    for (find, replace) in edits {
        assert!(text.contains(find), "the fixture has no `{find}`");
        text = text.replacen(find, replace, 1);
    }
    match parse_incident(FILE, &text) {
        Ok(_) => panic!("{edits:?} was accepted"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_slip_of_the_keyboard_gets_a_did_you_mean() {
    let errors = errors_after_all(&[
        ("country = \"CN\"", "country = \"UK\""),
        ("responses = [\"solidarity\"]", "responses = [\"solidarty\"]"),
        ("actor = \"cn-embassy\"", "actor = \"cn-embasy\""),
        ("summary.cs = \"Popřelo.\"\nsources", "summary.cs = \"Popřelo.\"\nsorces"),
    ]);
    assert_eq!(
        errors,
        [
            "broken.toml:72:11: [[actors]] #3 (cn-embassy), field `country`: `UK` is not an assigned ISO 3166-1 country code; did you mean `GB` (United Kingdom)?",
            "broken.toml:89:14: [[reactions]] #2 (actor eu, 2025-05-28), field `responses`: unknown response kind `solidarty`; did you mean `solidarity`?",
            "broken.toml:95: [[reactions]] #3 (actor cn-embasy, 2025-05-29), field `actor`: unknown actor `cn-embasy`: no [[actors]] has this id; did you mean `cn-embassy`?",
            "broken.toml:100:1: [[reactions]] #3 (actor cn-embasy, 2025-05-29), field `sorces`: unknown field `sorces`; did you mean `sources`?",
        ],
        "the misspelt field is read as the field it meant: no `sources` is called missing"
    );
    let quote = errors_after("[[reactions.quotes]]", "[[reactions.quote]]");
    assert_eq!(
        quote,
        ["broken.toml:81:13: [[reactions]] #1 (actor cz-government, 2025-05-28), field `quote`: unknown field `quote`; did you mean `quotes`?"]
    );
}

#[test]
fn a_duplicated_id_is_reported_once_as_a_duplicate() {
    // The second actor copied from the first, its id not changed: the reactions and the
    // `part_of` that name the id find a record with it, so nothing is called unknown.
    let errors = errors_after_all(&[
        ("id = \"eu\"", "id = \"cz-government\""),
        ("speaks_for = \"EU\"", "speaks_for = \"EU\"\npart_of = \"cz-government\""),
        ("actor = \"eu\"", "actor = \"cz-government\""),
    ]);
    assert_eq!(
        errors,
        ["broken.toml:61: [[actors]] #2 (cz-government), field `id`: duplicate id `cz-government`: ids must be unique in a file; give one of the two another id"]
    );
    let errors = errors_after("id = \"members\"", "id = \"statement\"");
    assert_eq!(
        errors,
        ["broken.toml:38: [[sources]] #2 (statement), field `id`: duplicate id `statement`: ids must be unique in a file; was this copy meant to be `members`? The file names it, but no [[sources]] has that id"],
        "the bloc's source `members`, whose record became the copy, is not also called unknown"
    );
}

#[test]
fn syntax_and_type_mistakes_do_not_stop_the_checks_after_them() {
    let errors = errors_after_all(&[
        ("title.en = \"A minimal incident\"", "title.en = “A minimal incident”"),
        ("date = \"2025-05-29\"", "date = 2025-05-29"),
        ("actor = \"eu\"", "actor = \"nato\""),
    ]);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].starts_with(
        "broken.toml:6:12: [incident], field `title.en`: “A minimal incident” is in typographic quotes"
    ));
    assert!(errors[1]
        .contains(":87: [[reactions]] #2 (actor nato, 2025-05-28), field `actor`: unknown actor `nato`"));
    assert!(errors[2].starts_with("broken.toml:96:8: [[reactions]] #3 (actor cn-embassy, 2025-05-29), field `date`: `2025-05-29` without quotes is a TOML date"));
}
