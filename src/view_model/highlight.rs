//! What the reader's selection picks out in every view: the rows of its actors, the states on
//! the map, and the one reaction, if a reaction was picked. Derived once per selection.

use crate::model::{CountryCode, Incident};
use crate::selection::Selection;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    /// Actor ids whose rows are highlighted.
    pub actors: Vec<String>,
    pub countries: Vec<CountryCode>,
    pub reaction: Option<usize>,
}

impl Highlight {
    pub fn of(incident: &Incident, selection: Option<&Selection>) -> Highlight {
        let Some(selection) = selection else { return Highlight::default() };
        Highlight {
            actors: selection.actors(incident).into_iter().map(String::from).collect(),
            countries: selection.countries(incident),
            reaction: match selection {
                Selection::Reaction(index) => Some(*index),
                _ => None,
            },
        }
    }

    pub fn actor(&self, id: &str) -> bool {
        self.actors.iter().any(|known| known == id)
    }

    pub fn country(&self, code: CountryCode) -> bool {
        self.countries.contains(&code)
    }

    /// Whether the picked reaction is among `reactions`.
    pub fn among(&self, reactions: &[usize]) -> bool {
        self.reaction.is_some_and(|picked| reactions.contains(&picked))
    }
}
