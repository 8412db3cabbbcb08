//! The incident data model: plain Rust, no web dependency, shared by the widget and its tests.

/// Leaf values (dates, country codes, URLs, response kinds) travel as text, in incident files
/// and in the embedded encoding alike, and are checked by `$parse` whenever they are read.
macro_rules! text_form {
    ($type:ty, $parse:path) => {
        impl TryFrom<String> for $type {
            type Error = String;

            fn try_from(text: String) -> Result<Self, String> {
                $parse(&text)
            }
        }

        impl From<$type> for String {
            fn from(value: $type) -> String {
                value.to_string()
            }
        }
    };
}

mod actor;
mod actor_group;
mod bloc;
mod country;
mod country_names;
mod date;
mod id_index;
mod incident;
mod iso_countries;
mod map_extent;
mod reaction;
mod response_kind;
mod source;
mod text;

pub use actor::{Actor, ActorKind};
pub use actor_group::ActorGroup;
pub use bloc::Bloc;
pub use country::CountryCode;
pub use country_names::CountryNames;
pub use date::Date;
pub use incident::{Activity, AttributedActor, Facts, Incident, Target};
pub use map_extent::MapExtent;
pub use reaction::{Disagreement, Quote, Reaction};
pub use response_kind::{ResponseFamily, ResponseKind};
pub use source::{Source, Url};
pub use text::{Lang, Text};
