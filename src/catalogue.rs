//! The incidents the widget ships with: every file of `seeds/`, embedded at compile time.

use std::collections::HashSet;
use std::rc::Rc;

use crate::load::{parse_incident, DataError};
use crate::model::Incident;

include!(concat!(env!("OUT_DIR"), "/seed_files.rs"));

/// The checked incidents, newest first.
#[derive(Debug, PartialEq)]
pub struct Catalogue {
    incidents: Vec<Rc<Incident>>,
}

impl Catalogue {
    /// The incidents built into this binary.
    pub fn embedded() -> Result<Catalogue, Vec<DataError>> {
        Catalogue::from_files(SEED_FILES)
    }

    /// Reads a set of (file name, text) pairs; one bad file rejects the whole set, since a widget
    /// that silently drops an incident would mislead more than one that refuses to start.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Catalogue, Vec<DataError>> {
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
                Ok(incident) => incidents.push(Rc::new(incident)),
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
        Ok(Catalogue { incidents })
    }

    pub fn incidents(&self) -> &[Rc<Incident>] {
        &self.incidents
    }

    pub fn find(&self, id: &str) -> Option<&Rc<Incident>> {
        self.incidents.iter().find(|incident| incident.id() == id)
    }

    /// The incident a visitor sees first: the most recently made public.
    pub fn default_incident(&self) -> &Rc<Incident> {
        &self.incidents[0]
    }
}
