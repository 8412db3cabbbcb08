//! Where each state stands on the map: what its own actors said (the strongest rung on the
//! ladder decides its fill), or which bloc statements spoke for it, and whether it is the
//! attributing or the accused state. Computed after the filter, like every other view.

use crate::filter::Filter;
use crate::model::{CountryCode, Incident, ResponseKind};
use crate::ranking::{pack, sort_by_rank};

#[derive(Clone, Debug, PartialEq)]
pub struct CountryStanding {
    pub country: CountryCode,
    pub role: CountryRole,
    /// The state's own actors (government, agencies, officials, missions) with a shown
    /// reaction, by their place in the incident's actors, each with the shown kinds it made,
    /// in codebook order.
    pub actors: Vec<(usize, Vec<ResponseKind>)>,
    /// Every shown response kind they made, in codebook order.
    pub kinds: Vec<ResponseKind>,
    /// Blocs whose shown statements cover the state as a member, by their place in the
    /// incident's blocs.
    pub covered_by: Vec<usize>,
    /// The strongest response on the ladder among those bloc statements.
    pub covered_strongest: Option<ResponseKind>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CountryRole {
    Attributing,
    Third,
    Accused,
}

impl CountryRole {
    /// How every view marks it: a thick outline for the attributing state, dots and a dashed
    /// outline for the accused one.
    pub fn class(self) -> Option<&'static str> {
        match self {
            CountryRole::Attributing => Some("attributing"),
            CountryRole::Third => None,
            CountryRole::Accused => Some("accused"),
        }
    }
}

impl CountryStanding {
    /// Whether the state spoke for itself, rather than only through a bloc.
    pub fn spoke(&self) -> bool {
        !self.actors.is_empty()
    }

    /// The strongest rung on the ladder the state's own actors reached.
    pub fn strongest(&self) -> Option<ResponseKind> {
        crate::rung::strongest(self.kinds.iter().copied())
    }

    /// How every view paints it.
    pub fn paint(&self) -> crate::rung::Paint {
        crate::rung::Paint::of(&self.kinds, !self.covered_by.is_empty(), self.covered_strongest)
    }

    /// Role, then whether it spoke, then strongest response first, then the code.
    fn rank(&self) -> u64 {
        let strongest = self.strongest().or(self.covered_strongest).map_or(0, |kind| kind as u64 + 1);
        pack(&[
            (self.role as u64, 2),
            (u64::from(!self.spoke()), 1),
            (255 - strongest, 8),
            (self.country.rank(), 16),
        ])
    }
}

/// Every state with a role, a shown reaction of its own or a bloc's cover, in reading order:
/// the attributing state, states that spoke (strongest first), states covered only by a bloc,
/// the accused state.
pub fn standings(incident: &Incident, filter: &Filter) -> Vec<CountryStanding> {
    let mut standings: Vec<CountryStanding> = Vec::new();
    let facts = &incident.facts;
    for &country in facts.attributing() {
        entry(&mut standings, country, CountryRole::Attributing);
    }
    entry(&mut standings, facts.attributed_to.state, CountryRole::Accused);
    for (index, reaction) in filter.reactions(incident) {
        let Some(at) = incident.reaction_actor_position(index) else { continue };
        let actor = &incident.actors[at];
        let shown = reaction.responses.iter().copied().filter(|&kind| filter.shows(kind));
        match actor.country {
            Some(country) => spoke(entry(&mut standings, country, CountryRole::Third), at, shown),
            None => {
                let blocs = incident
                    .blocs
                    .iter()
                    .enumerate()
                    .filter(|(_, bloc)| actor.speaks_for.as_deref() == Some(&bloc.id));
                for (index, bloc) in blocs {
                    let strongest = crate::rung::strongest(shown.clone());
                    for &member in &bloc.members {
                        covered(entry(&mut standings, member, CountryRole::Third), index, strongest);
                    }
                }
            }
        }
    }
    sort_by_rank(&mut standings, CountryStanding::rank);
    standings
}

fn entry(
    standings: &mut Vec<CountryStanding>,
    country: CountryCode,
    role: CountryRole,
) -> &mut CountryStanding {
    let at = match standings.iter().position(|standing| standing.country == country) {
        Some(at) => at,
        None => {
            standings.push(CountryStanding {
                country,
                role,
                actors: Vec::new(),
                kinds: Vec::new(),
                covered_by: Vec::new(),
                covered_strongest: None,
            });
            standings.len() - 1
        }
    };
    &mut standings[at]
}

fn spoke(standing: &mut CountryStanding, actor: usize, kinds: impl Iterator<Item = ResponseKind>) {
    let at = match standing.actors.iter().position(|(known, _)| *known == actor) {
        Some(at) => at,
        None => {
            standing.actors.push((actor, Vec::new()));
            standing.actors.len() - 1
        }
    };
    for kind in kinds {
        insert_sorted(&mut standing.actors[at].1, kind);
        insert_sorted(&mut standing.kinds, kind);
    }
}

fn insert_sorted(kinds: &mut Vec<ResponseKind>, kind: ResponseKind) {
    if let Err(at) = kinds.binary_search(&kind) {
        kinds.insert(at, kind);
    }
}

fn covered(standing: &mut CountryStanding, bloc: usize, strongest: Option<ResponseKind>) {
    if !standing.covered_by.contains(&bloc) {
        standing.covered_by.push(bloc);
    }
    standing.covered_strongest = standing.covered_strongest.max(strongest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::BlocScope;
    use crate::model::ActorKind;

    fn incident() -> Incident {
        let mut incident = crate::load::minimal();
        let mut embassy = incident.actors[0].clone();
        embassy.id = "cz-embassy".into();
        embassy.kind = ActorKind::Mission;
        incident.actors.push(embassy);
        let mut summons = incident.reactions[0].clone();
        summons.actor = "cz-embassy".into();
        summons.responses = vec![ResponseKind::Summons];
        incident.reactions.push(summons);
        incident
    }

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    #[test]
    fn the_strongest_response_among_a_states_actors_decides() {
        let incident = incident();
        let standings = standings(&incident, &Filter::default());
        let czechia = &standings[0];
        assert_eq!((czechia.country, czechia.role), (code("CZ"), CountryRole::Attributing));
        let actors: Vec<(&str, &[ResponseKind])> = czechia
            .actors
            .iter()
            .map(|(actor, kinds)| (incident.actors[*actor].id.as_str(), kinds.as_slice()))
            .collect();
        let government = [ResponseKind::Condemnation, ResponseKind::Attribution];
        assert_eq!(
            actors,
            [("cz-government", &government[..]), ("cz-embassy", &[ResponseKind::Summons][..])]
        );
        assert_eq!(
            czechia.kinds,
            [ResponseKind::Condemnation, ResponseKind::Summons, ResponseKind::Attribution]
        );
        assert_eq!(czechia.strongest(), Some(ResponseKind::Summons));
        let china = standings.last().unwrap();
        assert_eq!((china.country, china.role, china.strongest()), (code("CN"), CountryRole::Accused, None));
        assert_eq!(china.kinds, [ResponseKind::Denial]);
    }

    #[test]
    fn bloc_members_that_did_not_speak_are_covered_by_its_statement() {
        let incident = incident();
        let standings = standings(&incident, &Filter::default());
        let order: Vec<(&str, bool)> =
            standings.iter().map(|standing| (standing.country.as_str(), standing.spoke())).collect();
        assert_eq!(order, [("CZ", true), ("DE", false), ("CN", true)]);
        let germany = &standings[1];
        let blocs: Vec<&str> =
            germany.covered_by.iter().map(|&bloc| incident.blocs[bloc].id.as_str()).collect();
        assert_eq!(blocs, ["EU"]);
        assert_eq!(germany.covered_strongest, Some(ResponseKind::Solidarity));
        assert_eq!(standings[0].covered_by.len(), 1, "a state can speak and be covered");
    }

    #[test]
    fn coverage_takes_the_strongest_statement_of_every_covering_bloc() {
        let mut incident = incident();
        let mut nato = incident.blocs[0].clone();
        nato.id = "NATO".into();
        nato.members = vec![code("DE"), code("US")];
        incident.blocs.push(nato);
        let mut body = incident.actors[1].clone();
        body.id = "nato".into();
        body.speaks_for = Some("NATO".into());
        incident.actors.push(body);
        let mut statement = incident.reactions[1].clone();
        statement.actor = "nato".into();
        statement.responses = vec![ResponseKind::Concern, ResponseKind::Condemnation];
        incident.reactions.push(statement);
        let standings = standings(&incident, &Filter::default());
        let germany = standings.iter().find(|standing| standing.country == code("DE")).unwrap();
        let blocs: Vec<&str> =
            germany.covered_by.iter().map(|&bloc| incident.blocs[bloc].id.as_str()).collect();
        assert_eq!(blocs, ["EU", "NATO"]);
        assert_eq!(germany.covered_strongest, Some(ResponseKind::Condemnation));
        let order: Vec<&str> = standings.iter().map(|standing| standing.country.as_str()).collect();
        assert_eq!(order, ["CZ", "DE", "US", "CN"], "equal cover: by code");
    }

    #[test]
    fn the_filter_decides_what_counts() {
        let incident = incident();
        let no_summons = Filter { responses: vec![ResponseKind::Condemnation], ..Filter::default() };
        let standings_now = standings(&incident, &no_summons);
        assert_eq!(standings_now[0].strongest(), Some(ResponseKind::Condemnation));
        let outside = Filter { bloc: BlocScope::Outside, ..Filter::default() };
        let standings_now = standings(&incident, &outside);
        let order: Vec<(&str, bool)> =
            standings_now.iter().map(|standing| (standing.country.as_str(), standing.spoke())).collect();
        assert_eq!(order, [("CZ", false), ("CN", true)], "the roles stay marked");
    }
}
