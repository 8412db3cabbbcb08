//! Blocs: alliances and unions whose statements cover their member states.

use serde::{Deserialize, Serialize};

use super::{CountryCode, Text};

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Bloc {
    pub id: String,
    pub name: Text,
    /// Members on the incident's date; membership changes, so each incident file says its own.
    pub members: Vec<CountryCode>,
    /// The source that lists the members.
    pub source: String,
}

impl Bloc {
    pub fn has_member(&self, country: CountryCode) -> bool {
        self.members.contains(&country)
    }
}
