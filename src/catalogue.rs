//! The incidents the widget ships with: every file of `seeds/`, checked and encoded by
//! `build.rs`, so the widget carries neither a TOML parser nor a validator.

use std::rc::Rc;

use crate::load::{parse_incidents, DataError};
use crate::model::Incident;

include!(concat!(env!("OUT_DIR"), "/seed_files.rs"));

/// The checked incidents of `seeds/`, encoded with postcard at build time.
const EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/incidents.postcard"));

/// The checked incidents, newest first.
#[derive(Debug, PartialEq)]
pub struct Catalogue {
    incidents: Vec<Rc<Incident>>,
}

impl Catalogue {
    /// The incidents built into this binary.
    pub fn embedded() -> Result<Catalogue, Vec<DataError>> {
        match postcard::from_bytes::<Vec<Incident>>(EMBEDDED) {
            Ok(incidents) if !incidents.is_empty() => Ok(Catalogue::new(incidents)),
            Ok(_) => Err(unreadable("it holds no incident")),
            Err(error) => Err(unreadable(&error.to_string())),
        }
    }

    /// Reads incident files as `seeds/` holds them: (file name, text) pairs.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Catalogue, Vec<DataError>> {
        parse_incidents(files).map(Catalogue::new)
    }

    /// Built only from a non-empty list: both readers above refuse to produce an empty one.
    fn new(incidents: Vec<Incident>) -> Catalogue {
        Catalogue { incidents: incidents.into_iter().map(Rc::new).collect() }
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

fn unreadable(why: &str) -> Vec<DataError> {
    vec![DataError {
        file: "the widget".into(),
        record: "embedded incidents".into(),
        field: None,
        message: format!("cannot be read ({why}); rebuild the widget"),
        line: None,
    }]
}
