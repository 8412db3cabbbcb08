//! Reading incident files: TOML text in, a checked [`Incident`] or the errors to fix out.

mod data_error;
mod locate;
mod validate;

pub use data_error::DataError;

use crate::model::Incident;

/// Parses and checks one incident file; `file` names it in every error.
pub fn parse_incident(file: &str, text: &str) -> Result<Incident, Vec<DataError>> {
    let incident: Incident = toml::from_str(text).map_err(|error| vec![parse_error(file, text, &error)])?;
    let errors = validate::validate(file, &incident);
    if errors.is_empty() {
        Ok(incident)
    } else {
        Err(errors)
    }
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
