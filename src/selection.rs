//! What the reader has picked: a country on the map, an actor's row, or one reaction.

use crate::model::CountryCode;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    Country(CountryCode),
    Actor(String),
    /// An index into the incident's reactions.
    Reaction(usize),
}
