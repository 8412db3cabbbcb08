//! Actors: the states, bodies and people who reacted.

use serde::{Deserialize, Serialize};

use super::{CountryCode, Text};

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub kind: ActorKind,
    pub name: Text,
    /// The state the actor belongs to; absent for bodies that speak for a bloc.
    pub country: Option<CountryCode>,
    /// The bloc an intergovernmental body speaks for (`EU`, `NATO`).
    pub speaks_for: Option<String>,
    /// The actor this one is part of: a minister of a ministry, an embassy of a government.
    pub part_of: Option<String>,
    /// An official's office, e.g. "Minister of Foreign Affairs".
    pub role: Option<Text>,
}

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    /// A state's government or one of its ministries.
    Government,
    /// A national agency: intelligence, cyber security, police.
    Agency,
    /// A person speaking in office.
    Official,
    /// An embassy or other diplomatic mission.
    Mission,
    /// A body of an intergovernmental organisation speaking for its members.
    Intergovernmental,
    /// A parliament or one of its members or committees.
    Legislature,
}

impl ActorKind {
    pub const ALL: [ActorKind; 6] = [
        ActorKind::Government,
        ActorKind::Agency,
        ActorKind::Official,
        ActorKind::Mission,
        ActorKind::Intergovernmental,
        ActorKind::Legislature,
    ];

    /// The id incident files and links use.
    pub fn id(self) -> &'static str {
        match self {
            ActorKind::Government => "government",
            ActorKind::Agency => "agency",
            ActorKind::Official => "official",
            ActorKind::Mission => "mission",
            ActorKind::Intergovernmental => "intergovernmental",
            ActorKind::Legislature => "legislature",
        }
    }

    pub fn from_id(id: &str) -> Option<ActorKind> {
        ActorKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}
