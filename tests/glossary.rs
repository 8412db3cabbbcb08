//! The glossary holds together, every term a story marks is in it, and every term a student
//! meets in the codebook (each response kind) has an entry.

use demarche::load::{builtin_glossary, parse_glossary};
use demarche::model::{terms, ResponseKind};

mod support;

#[test]
fn the_glossary_is_valid_and_covers_the_codebook() {
    let glossary = builtin_glossary();
    assert!(glossary.terms.len() >= 20);
    for kind in ResponseKind::ALL {
        assert!(glossary.term(kind.id()).is_some(), "no glossary entry for `{}`", kind.id());
    }
    for id in [
        "attribution",
        "apt",
        "demarche",
        "eu-toolbox",
        "high-representative",
        "north-atlantic-council",
        "alignment",
    ] {
        assert!(glossary.term(id).is_some(), "{id}");
    }
}

#[test]
fn a_broken_glossary_names_the_term_and_field() {
    let text = "[[terms]]\nid = \"apt\"\nterm.en = \"APT\"\nterm.cs = \"\"\ndefinition.en = \"x\"\ndefinition.cs = \"y\"\nsource.url = \"javascript:x\"\nsource.publisher = \"p\"\nsource.lang = \"en\"\nsource.read = \"2026-12-02\"\n";
    let errors: Vec<String> =
        parse_glossary("g.toml", text).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(errors, ["g.toml:7: [[terms]] #1, field `source.url`: `javascript:x` is not a web address: write it as https://host/path"]);
    let blank = text.replace("javascript:x", "https://example.org/apt");
    let errors: Vec<String> =
        parse_glossary("g.toml", &blank).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(errors, ["g.toml:3: [[terms]] #1 (apt), field `term`: give the text in both en and cs"]);
}

#[test]
fn every_story_has_six_to_eight_steps_and_marks_only_known_terms() {
    for incident in support::seeds() {
        assert!((6..=8).contains(&incident.story.len()), "{}: {} steps", incident.id(), incident.story.len());
        for step in &incident.story {
            for id in terms(&step.text.en).into_iter().chain(terms(&step.text.cs)) {
                assert!(builtin_glossary().term(id).is_some(), "{}: {id}", incident.id());
            }
        }
    }
}
