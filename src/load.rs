//! Reading incident files: TOML text in, checked [`Incident`]s or the errors to fix out.
//!
//! The build (`src/bin/site.rs`) runs it on every file of the seed folders before it writes
//! the widget's data files; the tests run the same code.

mod data_error;
mod glossary;
mod locate;
mod validate;

pub use data_error::DataError;
#[cfg(not(target_family = "wasm"))]
pub use glossary::builtin_glossary;
pub use glossary::{check_terms, parse_glossary};

use std::collections::HashSet;

use crate::model::Incident;

/// Parses and checks one incident file; `file` names it in every error.
pub fn parse_incident(file: &str, text: &str) -> Result<Incident, Vec<DataError>> {
    let incident: Incident = toml::from_str(text).map_err(|error| vec![parse_error(file, text, &error)])?;
    let mut errors = validate::validate(file, &incident);
    for error in &mut errors {
        error.line = locate::record_line(text, &error.record, error.field.as_deref());
    }
    #[cfg(not(target_family = "wasm"))]
    errors.extend(check_terms(file, text, &incident, builtin_glossary()));
    if errors.is_empty() {
        Ok(incident)
    } else {
        Err(errors)
    }
}

/// Checks an incident that arrived packed (a reader's own file, opened with `?data=`) as the
/// build checks a file's text: ids, references, dates, and that every link is a web address.
pub fn check(file: &str, incident: &Incident) -> Vec<DataError> {
    validate::validate(file, incident)
}

/// Reads a set of (file name, text) pairs into incidents, newest first. One bad file rejects
/// the whole set: a widget that silently dropped an incident would mislead more than one that
/// refuses to build.
pub fn parse_incidents(files: &[(&str, &str)]) -> Result<Vec<Incident>, Vec<DataError>> {
    let mut incidents = Vec::new();
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for (file, text) in files {
        match parse_incident(file, text) {
            Ok(incident) if !ids.insert(incident.id().to_string()) => errors.push(DataError {
                file: file.to_string(),
                record: "[incident]".into(),
                field: Some("id".into()),
                message: format!("another file already has the incident id `{}`", incident.id()),
                line: None,
            }),
            Ok(incident) => incidents.push(incident),
            Err(file_errors) => errors.extend(file_errors),
        }
    }
    if files.is_empty() {
        errors.push(DataError {
            file: "seeds/".into(),
            record: "the folder".into(),
            field: None,
            message: "no incident files: add one .toml file per incident".into(),
            line: None,
        });
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

fn parse_error(file: &str, text: &str, error: &toml::de::Error) -> DataError {
    let location = locate::locate(text, error.span().map_or(0, |span| span.start));
    DataError {
        file: file.to_string(),
        record: location.record,
        field: location.field,
        message: error.message().trim().to_string(),
        line: Some(location.line),
    }
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
