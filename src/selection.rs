//! What the reader has picked: a country on the map, an actor's row, or one reaction; and
//! what that picks out in the other views, so map and matrix highlight each other.

use crate::model::{CountryCode, Incident};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    Country(CountryCode),
    Actor(String),
    /// An index into the incident's reactions.
    Reaction(usize),
}

impl Selection {
    /// The actor a row or a reaction selection stands for.
    pub fn actor<'a>(&'a self, incident: &'a Incident) -> Option<&'a str> {
        match self {
            Selection::Country(_) => None,
            Selection::Actor(id) => Some(id),
            Selection::Reaction(index) => {
                incident.reactions.get(*index).map(|reaction| reaction.actor.as_str())
            }
        }
    }

    /// The matrix rows to highlight: a country's own actors, or, when it said nothing itself,
    /// the bloc bodies whose statements speak for it.
    pub fn actors<'a>(&'a self, incident: &'a Incident) -> Vec<&'a str> {
        let Selection::Country(country) = self else { return self.actor(incident).into_iter().collect() };
        let own: Vec<&str> = incident
            .actors
            .iter()
            .filter(|actor| actor.country == Some(*country))
            .map(|a| a.id.as_str())
            .collect();
        if !own.is_empty() {
            return own;
        }
        incident
            .actors
            .iter()
            .filter(|actor| {
                actor.country.is_none() && incident.blocs_of(actor).any(|bloc| bloc.has_member(*country))
            })
            .map(|actor| actor.id.as_str())
            .collect()
    }

    /// The countries to highlight on the map: the chosen one, an actor's state, or every
    /// member of the bloc a bloc body speaks for.
    pub fn countries(&self, incident: &Incident) -> Vec<CountryCode> {
        if let Selection::Country(country) = self {
            return vec![*country];
        }
        let Some(actor) = self.actor(incident).and_then(|id| incident.actor(id)) else { return Vec::new() };
        match actor.country {
            Some(country) => vec![country],
            None => incident.blocs_of(actor).flat_map(|bloc| bloc.members.iter().copied()).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident() -> Incident {
        crate::load::minimal()
    }

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    #[test]
    fn a_country_highlights_its_own_actors_or_else_the_blocs_that_speak_for_it() {
        let incident = incident();
        assert_eq!(Selection::Country(code("CZ")).actors(&incident), ["cz-government"]);
        assert_eq!(Selection::Country(code("DE")).actors(&incident), ["eu"]);
        assert!(Selection::Country(code("FR")).actors(&incident).is_empty());
    }

    #[test]
    fn a_row_or_a_reaction_highlights_its_state_or_its_blocs_members() {
        let incident = incident();
        assert_eq!(Selection::Actor("cn-embassy".into()).countries(&incident), [code("CN")]);
        assert_eq!(Selection::Reaction(1).countries(&incident), [code("CZ"), code("DE")]);
        assert_eq!(Selection::Reaction(1).actors(&incident), ["eu"]);
        assert!(Selection::Reaction(99).countries(&incident).is_empty());
    }
}
