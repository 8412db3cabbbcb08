//! Several incidents side by side: a row per responder (a state, or a bloc through its bodies),
//! a column per incident, each cell the strongest rung of the ladder the responder reached there
//! (the map's colours). Who answers every attribution, and how far up the ladder, is what
//! turns single incidents into a picture of diplomatic response. Computed after the filter.

mod coalition;
mod coalition_relation;
mod compare_filter;
mod compare_order;
mod median;
mod profile;
mod summary;

pub use coalition::{CoalitionTable, Together};
pub use coalition_relation::Relation;
pub use compare_filter::{CompareChoices, CompareFilter};
pub use compare_order::CompareOrder;
pub use median::Median;
pub use profile::{Profile, ProfileEntry};
pub use summary::{summarise, SummaryLine};

use crate::filter::{fold, Filter};
use crate::model::{Actor, CountryCode, CountryNames, Incident, Lang, ResponseKind};
use crate::ranking::{pack, sort_by_rank, sort_by_text};
use crate::standing::{standings, CountryRole};
use crate::timeline::{place, Timing};

/// Who answers, across incidents: a state, or a bloc (EU, NATO) through the bodies that speak
/// for it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Responder {
    Bloc(String),
    State(CountryCode),
}

impl Responder {
    /// How a link names it: the bloc's id or the state's code.
    pub fn id(&self) -> &str {
        match self {
            Responder::Bloc(id) => id,
            Responder::State(code) => code.as_str(),
        }
    }

    /// The responder a link names: a state by its code, in either case (`de`), when ISO
    /// assigns it; else a bloc by its id. Whether any incident knows it is for
    /// [`Responder::known_in`] to say.
    pub fn from_id(id: &str) -> Option<Responder> {
        let state = CountryCode::parse(&id.to_ascii_uppercase()).ok().filter(CountryCode::is_assigned);
        match state {
            Some(code) => Some(Responder::State(code)),
            None => (!id.is_empty()).then(|| Responder::Bloc(id.to_string())),
        }
    }

    /// The responder a link names (`?profile=`), if one of the incidents knows it.
    pub fn find(id: &str, incidents: &[&Incident]) -> Option<Responder> {
        Responder::from_id(id)
            .filter(|responder| incidents.iter().any(|incident| responder.known_in(incident)))
    }

    /// Whether the actor speaks as this responder: one of the state's own, or a body of the bloc.
    pub fn speaks_through(&self, actor: &Actor) -> bool {
        match self {
            Responder::State(code) => actor.country == Some(*code),
            Responder::Bloc(id) => actor.speaks_for.as_deref() == Some(id.as_str()),
        }
    }

    /// Whether the incident names it: the bloc among its blocs; the state attributing, accused,
    /// speaking or a member of a bloc.
    pub fn known_in(&self, incident: &Incident) -> bool {
        match self {
            Responder::Bloc(id) => incident.bloc(id).is_some(),
            Responder::State(code) => {
                let facts = &incident.facts;
                facts.attributing().contains(code)
                    || facts.attributed_to.state == *code
                    || incident.actors.iter().any(|actor| self.speaks_through(actor))
                    || incident.blocs.iter().any(|bloc| bloc.has_member(*code))
            }
        }
    }
}

/// One responder in one incident.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Every shown response kind of its own, in codebook order; empty when it said nothing.
    pub kinds: Vec<ResponseKind>,
    /// The blocs whose shown statements covered a state (by id).
    pub covered_by: Vec<String>,
    /// The strongest rung among those statements.
    pub covered_strongest: Option<ResponseKind>,
    /// The state attributed the incident, or was accused in it.
    pub role: Option<CountryRole>,
    /// How many days after the attribution its first shown reaction of its own came, and how
    /// well that day is known (`timeline::place`); `None` when it said nothing.
    pub first: Option<(i64, Timing)>,
}

impl Cell {
    pub fn spoke(&self) -> bool {
        !self.kinds.is_empty()
    }

    /// The strongest rung of the ladder among its own kinds.
    pub fn strongest(&self) -> Option<ResponseKind> {
        crate::rung::strongest(self.kinds.iter().copied())
    }

    /// How the cell is painted: like the state on that incident's map.
    pub fn paint(&self) -> crate::rung::Paint {
        crate::rung::Paint::of(&self.kinds, !self.covered_by.is_empty(), self.covered_strongest)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    pub responder: Responder,
    /// One per column.
    pub cells: Vec<Cell>,
}

impl ComparisonRow {
    /// In how many of the incidents it spoke for itself.
    pub fn answered(&self) -> usize {
        self.cells.iter().filter(|cell| cell.spoke()).count()
    }

    /// The strongest rung it reached in any of them.
    pub fn strongest(&self) -> Option<ResponseKind> {
        self.cells.iter().filter_map(Cell::strongest).max()
    }

    /// How soon it answered: the median day of its first answers, over the incidents it
    /// answered.
    pub fn median_first_day(&self) -> Option<Median> {
        Median::of(self.cells.iter().filter_map(|cell| cell.first))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The incidents' places in the list given to [`Comparison::build`], oldest first.
    pub columns: Vec<usize>,
    /// Blocs first, then states; each part in the order asked for.
    pub rows: Vec<ComparisonRow>,
    pub order: CompareOrder,
}

impl Comparison {
    /// Every responder that spoke for itself in at least one of the incidents, as the filter
    /// shows them. `names` sorts the states by name in the reader's language.
    pub fn build(
        incidents: &[&Incident],
        filter: &Filter,
        order: CompareOrder,
        names: &CountryNames,
        lang: Lang,
    ) -> Comparison {
        let columns = columns(incidents);
        let mut rows: Vec<ComparisonRow> = Vec::new();
        for (column, &at) in columns.iter().enumerate() {
            for (responder, cell) in cells(incidents[at], filter) {
                put(&mut rows, responder, column, columns.len(), cell);
            }
        }
        rows.retain(|row| row.answered() > 0);
        let name = |responder: &Responder| match responder {
            Responder::State(code) => fold(&names.name(*code)),
            Responder::Bloc(id) => {
                let named =
                    incidents.iter().find_map(|incident| incident.bloc(id)).map(|bloc| bloc.name.get(lang));
                fold(named.unwrap_or(id))
            }
        };
        sort_by_text(&mut rows, |row| name(&row.responder));
        sort_by_rank(&mut rows, |row| {
            let strongest = row.strongest().map_or(0, |kind| kind as u64 + 1);
            let answered = row.answered() as u64;
            let bloc = u64::from(matches!(row.responder, Responder::State(_)));
            match order {
                CompareOrder::Answered => pack(&[(bloc, 1), (255 - answered, 8), (255 - strongest, 8)]),
                CompareOrder::Strength => pack(&[(bloc, 1), (255 - strongest, 8), (255 - answered, 8)]),
                CompareOrder::Name => bloc,
                // Ties as the default order breaks them: by answers, then by strength.
                CompareOrder::Speed => pack(&[
                    (bloc, 1),
                    (Median::rank(row.median_first_day()), 40),
                    (255 - answered, 8),
                    (255 - strongest, 8),
                ]),
            }
        });
        Comparison { columns, rows, order }
    }

    pub fn row(&self, responder: &str) -> Option<&ComparisonRow> {
        self.rows.iter().find(|row| row.responder.id() == responder)
    }
}

/// The incidents' places in the list, oldest first: the comparison's columns.
pub fn columns(incidents: &[&Incident]) -> Vec<usize> {
    let mut columns: Vec<usize> = (0..incidents.len()).collect();
    sort_by_rank(&mut columns, |&at| incidents[at].facts.made_public.rank());
    columns
}

/// Every responder's cell in one incident, as the filter shows it: each state with a role, a
/// shown reaction of its own or a bloc's cover, then each bloc whose body spoke; each with the
/// day of its first shown reaction.
pub fn cells(incident: &Incident, filter: &Filter) -> Vec<(Responder, Cell)> {
    let mut cells: Vec<(Responder, Cell)> = standings(incident, filter)
        .into_iter()
        .map(|standing| {
            let cell = Cell {
                role: (standing.role != CountryRole::Third).then_some(standing.role),
                covered_by: standing.covered_by.iter().map(|&bloc| incident.blocs[bloc].id.clone()).collect(),
                covered_strongest: standing.covered_strongest,
                kinds: standing.kinds,
                first: None,
            };
            (Responder::State(standing.country), cell)
        })
        .collect();
    for (bloc, kinds) in bloc_statements(incident, filter) {
        cells.push((Responder::Bloc(bloc), Cell { kinds, ..Cell::default() }));
    }
    for (at, reaction) in filter.reactions(incident) {
        let Some(actor) = incident.reaction_actor(at) else { continue };
        let placed = place(incident, reaction);
        for (responder, cell) in cells.iter_mut() {
            if responder.speaks_through(actor) {
                cell.first = Some(earlier(cell.first, placed));
            }
        }
    }
    cells
}

/// The earlier of two days; on the same day, one known exactly rather than by an upper bound.
fn earlier(first: Option<(i64, Timing)>, next: (i64, Timing)) -> (i64, Timing) {
    let key = |(day, timing): (i64, Timing)| (day, timing == Timing::UpperBound);
    match first {
        Some(first) if key(first) <= key(next) => first,
        _ => next,
    }
}

/// Places a cell in the responder's row, making the row if it is new.
fn put(rows: &mut Vec<ComparisonRow>, responder: Responder, column: usize, columns: usize, cell: Cell) {
    let at = match rows.iter().position(|row| row.responder == responder) {
        Some(at) => at,
        None => {
            rows.push(ComparisonRow { responder, cells: vec![Cell::default(); columns] });
            rows.len() - 1
        }
    };
    rows[at].cells[column] = cell;
}

/// Each bloc with a shown statement by a body speaking for it, with every kind shown.
fn bloc_statements(incident: &Incident, filter: &Filter) -> Vec<(String, Vec<ResponseKind>)> {
    let mut blocs: Vec<(String, Vec<ResponseKind>)> = Vec::new();
    for (at, reaction) in filter.reactions(incident) {
        let Some(bloc) = incident.reaction_actor(at).and_then(|actor| actor.speaks_for.clone()) else {
            continue;
        };
        let at = match blocs.iter().position(|(known, _)| *known == bloc) {
            Some(at) => at,
            None => {
                blocs.push((bloc, Vec::new()));
                blocs.len() - 1
            }
        };
        for &kind in reaction.responses.iter().filter(|&&kind| filter.shows(kind)) {
            if let Err(place) = blocs[at].1.binary_search(&kind) {
                blocs[at].1.insert(place, kind);
            }
        }
    }
    blocs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    /// The fixture, and a later copy in which Czechia voices concern and summons, and the
    /// embassy says nothing.
    pub(super) fn incidents() -> (Incident, Incident) {
        let first = crate::load::minimal();
        let mut second = first.clone();
        second.facts.id = "second".into();
        second.facts.made_public = Date::parse("2025-09-01").unwrap();
        second.reactions.retain(|reaction| reaction.actor != "cn-embassy");
        second.reactions[0].responses = vec![ResponseKind::Concern, ResponseKind::Summons];
        second.reactions[0].date = Date::parse("2025-09-02").unwrap();
        (first, second)
    }

    fn build(
        order: CompareOrder,
        filter: &Filter,
    ) -> (Comparison, Vec<(String, usize, Option<ResponseKind>)>) {
        let (first, second) = incidents();
        // Newest first, as the catalogue lists them: the columns put them in date order.
        let comparison =
            Comparison::build(&[&second, &first], filter, order, &CountryNames::iso(Lang::En), Lang::En);
        let rows = comparison
            .rows
            .iter()
            .map(|row| (row.responder.id().to_string(), row.answered(), row.strongest()))
            .collect();
        (comparison, rows)
    }

    #[test]
    fn a_row_per_responder_a_column_per_incident_oldest_first() {
        let (comparison, rows) = build(CompareOrder::Answered, &Filter::default());
        assert_eq!(comparison.columns, [1, 0]);
        assert_eq!(
            rows,
            [
                ("EU".into(), 2, Some(ResponseKind::Solidarity)),
                ("CZ".into(), 2, Some(ResponseKind::Summons)),
                ("CN".into(), 1, None),
            ]
        );
        let czechia = comparison.row("CZ").unwrap();
        assert_eq!(czechia.cells[0].strongest(), Some(ResponseKind::Condemnation));
        assert_eq!(czechia.cells[1].kinds, [ResponseKind::Concern, ResponseKind::Summons]);
        assert_eq!(czechia.cells[1].strongest(), Some(ResponseKind::Summons), "the higher rung of the two");
        assert_eq!(czechia.cells[0].role, Some(CountryRole::Attributing));
        let china = comparison.row("CN").unwrap();
        assert!(!china.cells[1].spoke() && china.cells[1].role == Some(CountryRole::Accused));
        assert!(comparison.row("DE").is_none(), "covered only by the EU: no row of its own");
    }

    #[test]
    fn sorts_by_answers_by_strength_or_by_name_blocs_first() {
        let ids = |rows: Vec<(String, usize, Option<ResponseKind>)>| -> Vec<String> {
            rows.into_iter().map(|(id, ..)| id).collect()
        };
        assert_eq!(ids(build(CompareOrder::Strength, &Filter::default()).1), ["EU", "CZ", "CN"]);
        assert_eq!(ids(build(CompareOrder::Name, &Filter::default()).1), ["EU", "CN", "CZ"]);
    }

    #[test]
    fn each_cell_knows_its_first_answers_day_and_the_sort_by_speed_puts_the_soonest_first() {
        let (first, mut second) = incidents();
        second.reactions[0].date = Date::parse("2025-09-30").unwrap();
        let list = [&second, &first];
        let names = CountryNames::iso(Lang::En);
        let speed = Comparison::build(&list, &Filter::default(), CompareOrder::Speed, &names, Lang::En);
        let czechia = speed.row("CZ").unwrap();
        let firsts: Vec<_> = czechia.cells.iter().map(|cell| cell.first).collect();
        assert_eq!(firsts, [Some((0, Timing::Exact)), Some((29, Timing::Exact))], "oldest incident first");
        assert_eq!(czechia.median_first_day(), Some(Median { half_days: 29, upper_bound: false }));
        assert_eq!(
            speed.row("CN").unwrap().median_first_day(),
            Some(Median { half_days: 2, upper_bound: false })
        );
        assert_eq!(speed.row("CN").unwrap().cells[1].first, None, "said nothing there");
        let eu = speed.row("EU").unwrap();
        assert_eq!(
            eu.cells[1].first,
            Some((-96, Timing::Exact)),
            "its statement came before this attribution"
        );
        let ids = |comparison: &Comparison| -> Vec<String> {
            comparison.rows.iter().map(|row| row.responder.id().to_string()).collect()
        };
        assert_eq!(ids(&speed), ["EU", "CN", "CZ"], "blocs first, then China a day after, Czechia later");
        let answered = Comparison::build(&list, &Filter::default(), CompareOrder::Answered, &names, Lang::En);
        assert_eq!(ids(&answered), ["EU", "CZ", "CN"]);
    }

    #[test]
    fn the_sort_by_speed_breaks_ties_by_answers_then_strength() {
        let (first, second) = incidents();
        // Czechia and China both answer on day 1 in one incident each; Czechia also on day 1
        // in the other, so its median ties with China's and its two answers put it first.
        let mut later = first.clone();
        later.reactions[0].date = Date::parse("2025-05-29").unwrap();
        let list = [&second, &later];
        let names = CountryNames::iso(Lang::En);
        let speed = Comparison::build(&list, &Filter::default(), CompareOrder::Speed, &names, Lang::En);
        let medians: Vec<_> =
            speed.rows.iter().map(|row| (row.responder.id(), row.median_first_day())).collect();
        let day_one = Some(Median { half_days: 2, upper_bound: false });
        assert_eq!(medians[1..], [("CZ", day_one), ("CN", day_one)]);
    }

    #[test]
    fn the_filter_decides_what_each_cell_holds() {
        let denial = Filter { responses: vec![ResponseKind::Denial], ..Filter::default() };
        let (comparison, rows) = build(CompareOrder::Answered, &denial);
        assert_eq!(rows, [("CN".into(), 1, None)]);
        assert_eq!(comparison.rows[0].cells[0].kinds, [ResponseKind::Denial]);
    }
}
