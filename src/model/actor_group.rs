//! Where an actor stands in the story: the state that attributed, a bloc, a third state, or
//! the state accused. Derived from the incident, never written in the data, so it cannot drift.

use super::{Actor, Incident};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorGroup {
    Attributing,
    Bloc,
    OtherState,
    Accused,
}

impl ActorGroup {
    pub const ALL: [ActorGroup; 4] =
        [ActorGroup::Attributing, ActorGroup::Bloc, ActorGroup::OtherState, ActorGroup::Accused];

    pub fn of(incident: &Incident, actor: &Actor) -> ActorGroup {
        match actor.country {
            None => ActorGroup::Bloc,
            Some(country) if incident.facts.attributing().contains(&country) => ActorGroup::Attributing,
            Some(country) if country == incident.facts.attributed_to.state => ActorGroup::Accused,
            Some(_) => ActorGroup::OtherState,
        }
    }
}
