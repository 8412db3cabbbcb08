//! One responder across every incident: a row of the comparison opened up. Per incident, its
//! cell (every kind it used, not only the strongest; the blocs that covered it; its role) and
//! the reactions behind it; across them, in how many it answered, how often with each kind, and
//! how soon its first answer came. Computed after the filter, like the comparison it opens from.

use super::{cells, columns, Cell, Median, Responder};
use crate::filter::Filter;
use crate::model::{Incident, ResponseKind};
use crate::ranking::sort_by_rank;
use crate::timeline::Timing;

/// The responder in one incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileEntry {
    /// The incident's place in the list given to [`Profile::build`].
    pub at: usize,
    /// What the comparison's cell holds.
    pub cell: Cell,
    /// Its own shown reactions, by their place in the incident's reactions, earliest first.
    pub reactions: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub responder: Responder,
    /// One per incident, in the comparison's order (oldest first).
    pub entries: Vec<ProfileEntry>,
}

impl Profile {
    pub fn build(incidents: &[&Incident], filter: &Filter, responder: &Responder) -> Profile {
        let entries = columns(incidents)
            .into_iter()
            .map(|at| {
                let incident = incidents[at];
                let cell = cells(incident, filter)
                    .into_iter()
                    .find_map(|(known, cell)| (known == *responder).then_some(cell))
                    .unwrap_or_default();
                let mut reactions: Vec<usize> = filter
                    .reactions(incident)
                    .filter(|&(at, _)| {
                        incident.reaction_actor(at).is_some_and(|actor| responder.speaks_through(actor))
                    })
                    .map(|(index, _)| index)
                    .collect();
                sort_by_rank(&mut reactions, |&index| incident.reactions[index].date.rank());
                ProfileEntry { at, cell, reactions }
            })
            .collect();
        Profile { responder: responder.clone(), entries }
    }

    /// In how many incidents it spoke for itself.
    pub fn answered(&self) -> usize {
        self.entries.iter().filter(|entry| entry.cell.spoke()).count()
    }

    /// In how many only a bloc's statement covered it.
    pub fn covered_only(&self) -> usize {
        self.entries.iter().filter(|entry| !entry.cell.spoke() && !entry.cell.covered_by.is_empty()).count()
    }

    /// Each kind it used, in codebook order, with the number of incidents it used it in.
    pub fn kinds(&self) -> Vec<(ResponseKind, usize)> {
        ResponseKind::ALL
            .into_iter()
            .map(|kind| (kind, self.entries.iter().filter(|entry| entry.cell.kinds.contains(&kind)).count()))
            .filter(|&(_, incidents)| incidents > 0)
            .collect()
    }

    /// How many days after each attribution its first answer came, where it answered: what
    /// the comparison's cell counted.
    pub fn first_days(&self) -> Vec<(i64, Timing)> {
        self.entries.iter().filter_map(|entry| entry.cell.first).collect()
    }

    /// The median of [`Profile::first_days`]; `None` when it never answered.
    pub fn median_first_day(&self) -> Option<Median> {
        Median::of(self.first_days())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::incidents;
    use super::*;
    use crate::model::{CountryCode, Date};

    fn state(code: &str) -> Responder {
        Responder::State(CountryCode::parse(code).unwrap())
    }

    #[test]
    fn a_responder_has_an_entry_per_incident_oldest_first_with_every_kind() {
        let (first, second) = incidents();
        let list = [&second, &first];
        let czechia = Profile::build(&list, &Filter::default(), &state("CZ"));
        let at: Vec<usize> = czechia.entries.iter().map(|entry| entry.at).collect();
        assert_eq!(at, [1, 0], "the comparison's columns");
        assert_eq!(czechia.entries[1].cell.kinds, [ResponseKind::Concern, ResponseKind::Summons]);
        assert_eq!(czechia.entries[0].reactions, [0]);
        assert_eq!(czechia.answered(), 2);
        assert_eq!(
            czechia.kinds(),
            [
                (ResponseKind::Concern, 1),
                (ResponseKind::Condemnation, 1),
                (ResponseKind::Summons, 1),
                (ResponseKind::Attribution, 1)
            ]
        );
    }

    #[test]
    fn a_state_only_a_bloc_spoke_for_is_covered_and_did_not_answer() {
        let (first, second) = incidents();
        let list = [&second, &first];
        let germany = Profile::build(&list, &Filter::default(), &state("DE"));
        assert_eq!((germany.answered(), germany.covered_only()), (0, 2));
        assert_eq!(germany.entries[0].cell.covered_by, ["EU"]);
        assert!(germany.entries.iter().all(|entry| entry.reactions.is_empty()));
        assert_eq!(germany.median_first_day(), None);
        let eu = Profile::build(&list, &Filter::default(), &Responder::Bloc("EU".into()));
        assert_eq!(eu.answered(), 2);
        assert_eq!(eu.entries[0].cell.kinds, [ResponseKind::Solidarity]);
    }

    #[test]
    fn the_median_first_answer_counts_half_days_and_says_when_it_is_an_upper_bound() {
        let (first, mut second) = incidents();
        let list = [&second, &first];
        let czechia = Profile::build(&list, &Filter::default(), &state("CZ"));
        let days: Vec<i64> = czechia.first_days().iter().map(|&(day, _)| day).collect();
        assert_eq!(days, [0, 1]);
        assert_eq!(czechia.median_first_day(), Some(Median { half_days: 1, upper_bound: false }));
        second.reactions[0].date = Date::parse("2025-09-05").unwrap();
        second.reactions[0].date_upper_bound = true;
        let list = [&second, &first];
        let czechia = Profile::build(&list, &Filter::default(), &state("CZ"));
        assert_eq!(czechia.median_first_day(), Some(Median { half_days: 4, upper_bound: true }));
    }

    #[test]
    fn the_filter_decides_what_counts() {
        let (first, second) = incidents();
        let list = [&second, &first];
        let summons = Filter { responses: vec![ResponseKind::Summons], ..Filter::default() };
        let czechia = Profile::build(&list, &summons, &state("CZ"));
        assert_eq!(czechia.answered(), 1);
        assert_eq!(czechia.kinds(), [(ResponseKind::Summons, 1)]);
        assert!(czechia.entries[0].reactions.is_empty());
    }

    #[test]
    fn a_link_names_a_state_in_either_case_else_a_bloc_and_only_an_incident_knows_it() {
        assert_eq!(Responder::from_id("de"), Some(state("DE")));
        assert_eq!(Responder::from_id("EU"), Some(Responder::Bloc("EU".into())), "EU is no state");
        assert_eq!(Responder::from_id("QQ"), Some(Responder::Bloc("QQ".into())));
        assert_eq!(Responder::from_id(""), None);
        let incident = crate::load::minimal();
        assert!(state("DE").known_in(&incident), "a member of the EU");
        assert!(state("CN").known_in(&incident), "the accused state");
        assert!(Responder::Bloc("EU".into()).known_in(&incident));
        assert!(!Responder::Bloc("QQ".into()).known_in(&incident));
        assert!(!state("FR").known_in(&incident));
        let (first, mut second) = incidents();
        let mut nato = second.blocs[0].clone();
        nato.id = "NATO".into();
        second.blocs.push(nato);
        assert_eq!(
            Responder::find("NATO", &[&first, &second]),
            Some(Responder::Bloc("NATO".into())),
            "any incident"
        );
        assert_eq!(Responder::find("NATO", &[&first]), None);
        assert_eq!(Responder::find("de", &[&first]), Some(state("DE")));
        assert_eq!(Responder::find("fr", &[&first, &second]), None);
    }
}
