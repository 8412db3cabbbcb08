//! What the explorer's matrix and lists draw that depends on the filter, derived once per view:
//! the app computes it when the incident, the filter, the order or the language change (the
//! matrix's model with it, which depends on nothing else), and each component gets only its
//! part, so a component whose part did not change is not drawn again. Each state's standing,
//! which the map and the detail panel read, is derived beside it (`standing::standings`): the
//! comparison draws the detail panel, and neither the matrix nor the map.

use std::rc::Rc;

use crate::filter::Filter;
use crate::matrix::{ReactionMatrix, RowOrder};
use crate::model::{ActorKind, Incident, Lang, ResponseKind};
use crate::ranking::sort_by_rank;
use crate::view_model::MatrixView;

#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub counts: Counts,
    pub matrix: Rc<ReactionMatrix>,
    /// The matrix as the table draws it.
    pub table: Rc<MatrixView>,
    /// The shown reactions in date order, as indices into the incident's reactions.
    pub listed: Rc<Vec<usize>>,
}

/// How much the filter leaves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub actors: usize,
    pub all_actors: usize,
    pub reactions: usize,
    pub all_reactions: usize,
}

impl Counts {
    /// How much the filter leaves of several incidents together.
    pub fn summed(incidents: &[&Incident], filter: &Filter) -> Counts {
        incidents.iter().fold(Counts::default(), |sum, incident| {
            let (actors, all_actors, reactions, all_reactions) = filter.counts(incident);
            Counts {
                actors: sum.actors + actors,
                all_actors: sum.all_actors + all_actors,
                reactions: sum.reactions + reactions,
                all_reactions: sum.all_reactions + all_reactions,
            }
        })
    }
}

/// The actor kinds and response kinds the filter offers: those the shown incidents use, in
/// codebook order (the comparison's, every incident's).
pub fn offered(incidents: &[&Incident]) -> (Vec<ActorKind>, Vec<ResponseKind>) {
    let used: Vec<_> = incidents.iter().map(|incident| incident.kinds_used()).collect();
    let actors =
        ActorKind::ALL.into_iter().filter(|kind| used.iter().any(|(actors, _)| actors.contains(kind)));
    let kinds =
        ResponseKind::ALL.into_iter().filter(|kind| used.iter().any(|(_, kinds)| kinds.contains(kind)));
    (actors.collect(), kinds.collect())
}

impl Derived {
    pub fn new(incident: &Incident, filter: &Filter, order: RowOrder, lang: Lang) -> Derived {
        let (actors, all_actors, reactions, all_reactions) = filter.counts(incident);
        let counts = Counts { actors, all_actors, reactions, all_reactions };
        let matrix = ReactionMatrix::build(incident, filter, order, lang);
        let mut listed: Vec<usize> = filter.reactions(incident).map(|(index, _)| index).collect();
        sort_by_rank(&mut listed, |&index| incident.reactions[index].date.rank());
        Derived {
            counts,
            table: Rc::new(MatrixView::derive(incident, &matrix, counts, lang)),
            matrix: Rc::new(matrix),
            listed: Rc::new(listed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_follows_the_filter() {
        let incident = crate::load::minimal();
        let all = Derived::new(&incident, &Filter::default(), RowOrder::Date, Lang::En);
        assert_eq!(all.counts, Counts { actors: 3, all_actors: 3, reactions: 3, all_reactions: 3 });
        let denial = Filter { responses: vec![ResponseKind::Denial], ..Filter::default() };
        let some = Derived::new(&incident, &denial, RowOrder::Date, Lang::En);
        assert_eq!(some.counts, Counts { actors: 1, all_actors: 3, reactions: 1, all_reactions: 3 });
        assert_eq!(some.matrix.rows().count(), 1);
        assert_eq!(*some.listed, [2]);
        // The standings the map and the detail read, derived beside these, follow it too.
        let states = |filter: &Filter| -> Vec<String> {
            let standings = crate::standing::standings(&incident, filter);
            standings.iter().map(|standing| standing.country.to_string()).collect()
        };
        assert_eq!(states(&Filter::default()), ["CZ", "DE", "CN"]);
        assert_eq!(states(&denial), ["CZ", "CN"], "the EU's solidarity no longer covers Germany");
    }

    #[test]
    fn several_incidents_sum_their_counts_and_offer_every_kind_they_use() {
        let incident = crate::load::minimal();
        let mut other = incident.clone();
        other.reactions[0].responses = vec![ResponseKind::Sanctions];
        let both = [&incident, &other];
        let counts = Counts::summed(&both, &Filter::default());
        assert_eq!((counts.actors, counts.reactions, counts.all_reactions), (6, 6, 6));
        let (_, kinds) = offered(&both);
        assert!(kinds.contains(&ResponseKind::Sanctions) && kinds.contains(&ResponseKind::Condemnation));
        assert_eq!(offered(&[&incident]).1, incident.kinds_used().1);
    }
}
