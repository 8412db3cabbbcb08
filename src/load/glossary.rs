//! Reading the glossary (`seeds/glossary/terms.toml`) and checking that every term a text marks
//! is in it: a story that marks an unknown term fails the build, with its file, line and step.

use crate::model::{terms, Glossary, Incident, Text, Url};

use super::{locate, parse_error, DataError};

/// Parses and checks the glossary: ids unique and well formed, both languages, a source that a
/// reader can follow.
pub fn parse_glossary(file: &str, text: &str) -> Result<Glossary, Vec<DataError>> {
    let glossary: Glossary = toml::from_str(text).map_err(|error| vec![parse_error(file, text, &error)])?;
    let mut errors = Vec::new();
    let mut error = |index: usize, id: &str, field: &str, message: String| {
        let record = format!("[[terms]] #{} ({id})", index + 1);
        let line = locate::record_line(text, &record, Some(field));
        errors.push(DataError { line, ..DataError::new(file, &record, Some(field), message) });
    };
    for (index, term) in glossary.terms.iter().enumerate() {
        let id = term.id.as_str();
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            error(index, id, "id", format!("`{id}` is not a term id: use small letters and -"));
        }
        if glossary.terms[..index].iter().any(|earlier| earlier.id == id) {
            error(index, id, "id", format!("duplicate term `{id}`"));
        }
        for (field, words) in [("term", &term.term), ("definition", &term.definition)] {
            // The built-in glossary is the site's own: unlike a reader's file, never English only.
            if words.is_blank() || words.untranslated() {
                error(index, id, field, "give the text in both en and cs".into());
            }
            if words.cs.contains('"') {
                error(index, id, field, "Czech quotes are „…“, not \"…\"".into());
            }
        }
        if let Err(message) = Url::parse(term.source.url.as_str()) {
            error(index, id, "source.url", message);
        }
        if term.source.publisher.trim().is_empty() {
            error(index, id, "source.publisher", "name the publisher".into());
        }
    }
    if errors.is_empty() {
        Ok(glossary)
    } else {
        Err(errors)
    }
}

/// Every term the incident's marked texts (its summary, the reactions' summaries, the story and
/// the questions) name, checked against the glossary.
pub fn check_terms(file: &str, text: &str, incident: &Incident, glossary: &Glossary) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut prose: Vec<(String, &str, &Text)> =
        vec![("[incident]".into(), "summary", &incident.facts.summary)];
    prose.extend(incident.reactions.iter().enumerate().map(|(at, reaction)| {
        (
            format!("[[reactions]] #{} (actor {}, {})", at + 1, reaction.actor, reaction.date),
            "summary",
            &reaction.summary,
        )
    }));
    prose.extend(
        incident
            .story
            .iter()
            .enumerate()
            .map(|(at, step)| (format!("[[story]] #{} ({})", at + 1, step.title.en), "text", &step.text)),
    );
    prose.extend(
        incident
            .questions
            .iter()
            .enumerate()
            .map(|(at, question)| (format!("[[questions]] #{} ({})", at + 1, at + 1), "question", question)),
    );
    for (record, field, words) in prose {
        for (lang, words) in [("en", &words.en), ("cs", &words.cs)] {
            for id in terms(words).into_iter().filter(|id| glossary.term(id).is_none()) {
                let field = format!("{field}.{lang}");
                let line = locate::record_line(text, &record, Some(&field));
                let message =
                    format!("unknown glossary term `{id}`: seeds/glossary/terms.toml has no such id");
                errors.push(DataError { line, ..DataError::new(file, &record, Some(&field), message) });
            }
        }
    }
    errors
}

/// The glossary the build and the command line check against, read once.
#[cfg(not(target_family = "wasm"))]
pub fn builtin_glossary() -> &'static Glossary {
    static GLOSSARY: std::sync::OnceLock<Glossary> = std::sync::OnceLock::new();
    GLOSSARY.get_or_init(|| {
        parse_glossary("seeds/glossary/terms.toml", include_str!("../../seeds/glossary/terms.toml"))
            .expect("seeds/glossary/terms.toml is valid (tests/glossary.rs)")
    })
}
