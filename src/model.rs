//! The incident data model: plain Rust, no web dependency, shared by the widget and its tests.

mod actor;
mod actor_group;
mod bloc;
mod country;
mod date;
mod incident;
mod reaction;
mod response_kind;
mod source;
mod text;

pub use actor::{Actor, ActorKind};
pub use actor_group::ActorGroup;
pub use bloc::Bloc;
pub use country::CountryCode;
pub use date::Date;
pub use incident::{Activity, AttributedActor, Facts, Incident, Target};
pub use reaction::{Disagreement, Quote, Reaction};
pub use response_kind::{ResponseFamily, ResponseKind};
pub use source::{Source, Url};
pub use text::{Lang, Text};
