//! Reading incident files: TOML text in, checked [`Incident`]s or the errors to fix out.
//!
//! The build (`src/bin/site.rs`) runs it on every file of the seed folders before it writes
//! the widget's data files; the tests run the same code.

mod data_error;
mod glossary;
#[cfg(not(target_family = "wasm"))]
mod hints;
mod locate;
#[cfg(not(target_family = "wasm"))]
mod shape;
mod suggest;
#[cfg(not(target_family = "wasm"))]
mod syntax;
mod validate;

pub use data_error::DataError;
#[cfg(not(target_family = "wasm"))]
pub use glossary::builtin_glossary;
pub use glossary::{check_terms, parse_glossary};

#[cfg(not(target_family = "wasm"))]
use std::collections::HashSet;

use crate::model::Incident;

/// Parses and checks one incident file; `file` names it in every error, and every error in
/// the file is found in one reading, in three steps that each go on after a mistake:
/// the TOML itself (`syntax`: curly quotes, bare words, what was left open), the shape of each
/// value (`shape`: a list, a date, a known field, against the schema), and what the values
/// mean together (`validate`: ids, references, dates, languages). A field one step reported is
/// not reported again by a later one, which sees only the placeholder left in its place.
#[cfg(not(target_family = "wasm"))]
pub fn parse_incident(file: &str, text: &str) -> Result<Incident, Vec<DataError>> {
    use serde::Deserialize;

    let (text, mut errors) = syntax::mend(file, text);
    let (mut document, _) = toml::de::DeTable::parse_recoverable(&text);
    for error in &mut errors {
        shape::name_as_checks_do(document.get_ref(), error);
    }
    let (shape_errors, mut reported) = shape::check(file, &text, &mut document);
    let no_value = errors.iter().filter(|error| syntax::leaves_no_value(error));
    reported
        .extend(no_value.map(|error| (record_key(&error.record), error.field.clone().unwrap_or_default())));
    errors.extend(shape_errors);
    let incident = match Incident::deserialize(toml::de::Deserializer::from(document)) {
        Ok(incident) => incident,
        Err(error) => {
            // The shape check mends whatever the model's reader refuses, so this is a gap in
            // it: the one error still stops the reading, said as plainly as the reader allows.
            errors.push(parse_error(file, &text, &error));
            return Err(in_file_order(errors));
        }
    };
    let mut later = validate::validate(file, &incident);
    for error in &mut later {
        error.line = locate::record_line(&text, &error.record, error.field.as_deref());
    }
    later.extend(check_terms(file, &text, &incident, builtin_glossary()));
    later.retain(|error| !reported.iter().any(|done| repeats(done, error)));
    errors.extend(later);
    if errors.is_empty() {
        Ok(incident)
    } else {
        Err(in_file_order(errors))
    }
}

/// Checks an incident that arrived packed (a reader's own file, opened with `?data=`) as the
/// build checks a file's text: ids, references, dates, and that every link is a web address.
pub fn check(file: &str, incident: &Incident) -> Vec<DataError> {
    validate::validate(file, incident)
}

#[cfg(not(target_family = "wasm"))]
/// Reads a set of (file name, text) pairs into incidents, newest first. One bad file rejects
/// the whole set: a widget that silently dropped an incident would mislead more than one that
/// refuses to build.
pub fn parse_incidents(files: &[(&str, &str)]) -> Result<Vec<Incident>, Vec<DataError>> {
    let mut incidents = Vec::new();
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for (file, text) in files {
        match parse_incident(file, text) {
            Ok(incident) if !ids.insert(incident.id().to_string()) => errors.push(DataError::new(
                file,
                "[incident]",
                Some("id"),
                format!("another file already has the incident id `{}`", incident.id()),
            )),
            Ok(incident) => incidents.push(incident),
            Err(file_errors) => errors.extend(file_errors),
        }
    }
    if files.is_empty() {
        errors.push(DataError::new(
            "seeds/",
            "the folder",
            None,
            "no incident files: add one .toml file per incident".into(),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    incidents.sort_by_key(|incident| std::cmp::Reverse(incident.facts.made_public));
    Ok(incidents)
}

/// The smallest valid incident (`tests/fixtures/minimal.toml`), for the core's unit tests.
#[cfg(test)]
pub(crate) fn minimal() -> Incident {
    parse_incident("minimal.toml", include_str!("../tests/fixtures/minimal.toml"))
        .expect("the fixture is valid")
}

/// An error of the TOML reader, for files of our own (the glossary) and for what the shape
/// check missed: its line, and its words made plain where they are the reader's.
fn parse_error(file: &str, text: &str, error: &toml::de::Error) -> DataError {
    let location = locate::locate(text, error.span().map_or(0, |span| span.start));
    let message = error.message().trim();
    let plain = match message.split_once(", expected") {
        Some((found, _)) if found.starts_with("invalid type") => {
            let key = location.field.as_deref().unwrap_or("this field");
            format!("`{key}` has a value of the wrong kind: text, a list or a table where another is wanted")
        }
        _ => message.to_string(),
    };
    DataError {
        line: Some(location.line),
        ..DataError::new(file, &location.record, location.field.as_deref(), plain)
    }
}

/// The record's part of a name as errors give it: `[[reactions]] #2` of
/// `[[reactions]] #2 (actor eu, 2025-05-28)` and of `[[reactions]] #2, quotes #1`.
#[cfg(not(target_family = "wasm"))]
fn record_key(record: &str) -> String {
    record.split([',', '(']).next().unwrap_or_default().trim().to_string()
}

/// Whether `error` is about a field already reported: the same record, and the same field,
/// or one inside the other (`summary` and `summary.cs`), or named from its line (`source` for
/// `quotes.source`); or any field of a record reported whole (`incident = "…"`).
#[cfg(not(target_family = "wasm"))]
fn repeats((record, field): &(String, String), error: &DataError) -> bool {
    let other = error.field.as_deref().unwrap_or_default();
    let within = |outer: &str, inner: &str| {
        inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('.'))
            || inner.strip_suffix(outer).is_some_and(|rest| rest.ends_with('.'))
    };
    let whole_record = field.is_empty();
    *record == record_key(&error.record)
        && (whole_record || field == other || within(field, other) || within(other, field))
}

/// Errors by line, as the author reads the file; those without a line after.
#[cfg(not(target_family = "wasm"))]
fn in_file_order(mut errors: Vec<DataError>) -> Vec<DataError> {
    errors.sort_by_key(|error| (error.line.is_none(), error.line, error.column));
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packed::{pack, unpack};

    #[test]
    fn a_packed_file_is_checked_again_and_its_bad_links_and_dates_are_named() {
        let mut incident = minimal();
        assert_eq!(check("own.bin", &unpack(&pack(&incident)).unwrap()), []);
        incident.reactions[0].actor = "nobody".into();
        let mut bytes = pack(&incident);
        let from = bytes.windows(29).position(|window| window == b"https://example.org/statement").unwrap();
        bytes[from..from + 29].copy_from_slice(b"javascript:alert(document)///");
        let errors: Vec<String> =
            check("own.bin", &unpack(&bytes).unwrap()).iter().map(ToString::to_string).collect();
        assert!(
            errors
                .iter()
                .any(|error| error
                    .contains("field `url`: `javascript:alert(document)///` is not a web address")),
            "{errors:?}"
        );
        assert!(errors.iter().any(|error| error.contains("unknown actor `nobody`")), "{errors:?}");
        let impossible = postcard::to_allocvec(&(2025u32 << 16 | 2 << 8 | 31)).unwrap();
        incident.reactions[1].date = postcard::from_bytes(&impossible).unwrap();
        let errors: Vec<String> = check("own.bin", &incident).iter().map(ToString::to_string).collect();
        assert!(
            errors.iter().any(|error| error.contains("field `date`: `2025-02-31` is not a date")),
            "{errors:?}"
        );
    }
}
