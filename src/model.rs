//! The incident data model: plain Rust, no web dependency, shared by the widget and its tests.

/// Leaf values with two forms: text in incident files (TOML, human-readable, checked by
/// `$parse`) and a number in the widget's data files (postcard), so the widget neither carries
/// the parsers' error messages nor spends bytes on the text. `$to` gives the number; `$from`
/// reads it back, `None` when it names no value.
macro_rules! two_forms {
    ($type:ty, $parse:path, $number:ty, $to:expr, $from:expr) => {
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                if serializer.is_human_readable() {
                    serializer.collect_str(self)
                } else {
                    let to: fn(&$type) -> $number = $to;
                    serde::Serialize::serialize(&to(self), serializer)
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use serde::de::Error;
                if deserializer.is_human_readable() {
                    let text = <String as serde::Deserialize>::deserialize(deserializer)?;
                    $parse(&text).map_err(D::Error::custom)
                } else {
                    let from: fn($number) -> Option<$type> = $from;
                    let number = <$number as serde::Deserialize>::deserialize(deserializer)?;
                    from(number).ok_or_else(|| D::Error::custom(stringify!($type)))
                }
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
mod glossary;
mod id_index;
mod incident;
mod iso_countries;
mod lesson;
mod map_extent;
mod reaction;
mod response_kind;
mod source;
mod story;
mod text;

pub use actor::{Actor, ActorKind};
pub use actor_group::ActorGroup;
pub use bloc::Bloc;
pub use country::CountryCode;
pub use country_names::CountryNames;
pub use date::Date;
pub use glossary::{Glossary, Term, TermSource};
pub use incident::{Activity, AttributedActor, Facts, Incident, Target};
pub use lesson::Lesson;
pub use map_extent::MapExtent;
pub use reaction::{Disagreement, Quote, Reaction, Translation};
pub use response_kind::{ResponseFamily, ResponseKind};
pub use source::{Source, SourceKind, Url};
pub use story::StoryStep;
pub use text::{check_marks, is_lang_tag, spans, terms, Lang, Span, Text};
