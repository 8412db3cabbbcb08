//! Coalitions: who stood together across the incidents, as a table of responders by
//! responders whose every cell holds the incidents behind it. Three relations
//! ([`Relation`]), each a symmetric co-occurrence:
//! - **attributed together**: both attributed the incident, by the file's `attributed_by`
//!   (its attributing states) or by a shown reaction of the `attribution` kind — so a bloc
//!   that named the culprit (the EU of 3 May 2024) and a state that named it in support of
//!   the victim (the United States then) count, as the codebook's kind says they did;
//! - **beside a bloc's statement**: a bloc whose body issued a shown statement and a state
//!   that spoke for itself in the same incident, a member of the bloc or not, and two blocs
//!   that both issued one. The files record no formal alignment with a declaration (the
//!   codebook gives an aligning state a reaction of its own), so this says who spoke beside
//!   the bloc, not who signed its words; two states are never paired by it;
//! - **answered on the same day**: both made a shown reaction dated that day. A reaction known
//!   only by its month or year, or only by a day it came on or before (`date_upper_bound`),
//!   has no known day and pairs with no one, as the timeline never calls it that day's.
//!
//! The state held responsible is left out of every relation: its replies are no coalition.
//! Reactions count as the filter shows them; the attributing states of a file are facts of the
//! incident and count whatever it shows, as the map's outline does. Only responders paired at
//! least once have a row; the most paired come first.

use super::{columns, Relation, Responder};
use crate::filter::{fold, Filter};
use crate::model::{Actor, CountryNames, Date, Incident, ResponseKind};
use crate::ranking::{pack, sort_by_rank, sort_by_text};

/// One incident behind a cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Together {
    /// The incident's place in the list given to [`CoalitionTable::build`].
    pub at: usize,
    /// For the same-day relation, the days they shared, earliest first; else empty.
    pub days: Vec<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoalitionTable {
    pub relation: Relation,
    /// The rows, and the columns in the same order: the most paired first.
    pub responders: Vec<Responder>,
    /// Row by row, a cell per column: the incidents behind the pair, oldest first. On the
    /// diagonal, every incident in which the responder was paired with anyone.
    cells: Vec<Vec<Together>>,
}

/// Two responders paired in one incident (on a day, for the same-day relation).
type Pair = (Responder, Responder, usize, Option<Date>);

impl CoalitionTable {
    /// `names` sorts responders paired equally often by name, in the reader's language.
    pub fn build(
        incidents: &[&Incident],
        filter: &Filter,
        relation: Relation,
        names: &CountryNames,
    ) -> CoalitionTable {
        let mut pairs: Vec<Pair> = Vec::new();
        for at in columns(incidents) {
            let incident = incidents[at];
            match relation {
                Relation::Attributed => {
                    pair_all(&mut pairs, &attributing(incident, filter), at, None);
                }
                Relation::Bloc => {
                    let spoke = speakers(incident, filter);
                    for bloc in spoke.iter().filter(|responder| matches!(responder, Responder::Bloc(_))) {
                        for other in spoke.iter().filter(|&other| other != bloc) {
                            pairs.push((bloc.clone(), other.clone(), at, None));
                        }
                    }
                }
                Relation::Day => {
                    for (day, responders) in days(incident, filter) {
                        pair_all(&mut pairs, &responders, at, Some(day));
                    }
                }
            }
        }
        let mut responders: Vec<Responder> = Vec::new();
        for (one, other, ..) in &pairs {
            for responder in [one, other] {
                if !responders.contains(responder) {
                    responders.push(responder.clone());
                }
            }
        }
        let place = |responders: &[Responder], responder: &Responder| {
            responders.iter().position(|known| known == responder).unwrap_or_default()
        };
        let size = responders.len();
        let mut cells: Vec<Vec<Together>> = vec![Vec::new(); size * size];
        for (one, other, at, day) in pairs {
            let (row, column) = (place(&responders, &one), place(&responders, &other));
            for cell in [row * size + column, column * size + row, row * size + row, column * size + column] {
                add(&mut cells[cell], at, day);
            }
        }
        let mut table = CoalitionTable { relation, responders, cells };
        table.order(incidents, names);
        table
    }

    /// The incidents behind a row's pair with a column (on the diagonal, the row's own).
    pub fn cell(&self, row: usize, column: usize) -> &[Together] {
        &self.cells[row * self.responders.len() + column]
    }

    /// How many pairings a row has: the sum of its cells off the diagonal.
    pub fn paired(&self, row: usize) -> usize {
        (0..self.responders.len())
            .filter(|&column| column != row)
            .map(|column| self.cell(row, column).len())
            .sum()
    }

    /// The place of a responder's row, by the id links name it with.
    pub fn row(&self, id: &str) -> Option<usize> {
        self.responders.iter().position(|responder| responder.id() == id)
    }

    /// The most paired first, then those paired in the most incidents, then by name.
    fn order(&mut self, incidents: &[&Incident], names: &CountryNames) {
        let size = self.responders.len();
        let mut order: Vec<usize> = (0..size).collect();
        let name = |responder: &Responder| match responder {
            Responder::State(code) => fold(&names.name(*code)),
            Responder::Bloc(id) => {
                let named = incidents
                    .iter()
                    .find_map(|incident| incident.bloc(id))
                    .map(|bloc| bloc.name.get(names.lang));
                fold(named.unwrap_or(id))
            }
        };
        sort_by_text(&mut order, |&row| name(&self.responders[row]));
        sort_by_rank(&mut order, |&row| {
            let own = self.cell(row, row).len() as u64;
            pack(&[(u64::from(u32::MAX) - self.paired(row) as u64, 32), (u64::from(u16::MAX) - own, 16)])
        });
        let cells = order
            .iter()
            .flat_map(|&row| order.iter().map(move |&column| (row, column)))
            .map(|(row, column)| self.cell(row, column).to_vec())
            .collect();
        self.responders = order.iter().map(|&row| self.responders[row].clone()).collect();
        self.cells = cells;
    }
}

/// Every pair among the responders, each way once.
fn pair_all(pairs: &mut Vec<Pair>, responders: &[Responder], at: usize, day: Option<Date>) {
    for (place, one) in responders.iter().enumerate() {
        for other in &responders[place + 1..] {
            pairs.push((one.clone(), other.clone(), at, day));
        }
    }
}

/// Puts an incident (and a shared day) in a cell; the incidents come oldest first, each
/// perhaps several times, so only the last entry can be the same incident.
fn add(cell: &mut Vec<Together>, at: usize, day: Option<Date>) {
    if cell.last().is_none_or(|last| last.at != at) {
        cell.push(Together { at, days: Vec::new() });
    }
    let days = &mut cell.last_mut().expect("pushed above").days;
    if let Some(day) = day.filter(|day| !days.contains(day)) {
        let place = days.iter().position(|known| *known > day).unwrap_or(days.len());
        days.insert(place, day);
    }
}

/// Who speaks through an actor: its state, or the bloc it speaks for.
fn responder_of(actor: &Actor) -> Option<Responder> {
    match (&actor.country, &actor.speaks_for) {
        (Some(code), _) => Some(Responder::State(*code)),
        (None, Some(bloc)) => Some(Responder::Bloc(bloc.clone())),
        (None, None) => None,
    }
}

fn push_new(responders: &mut Vec<Responder>, responder: Responder) {
    if !responders.contains(&responder) {
        responders.push(responder);
    }
}

/// The file's attributing states, then every other responder with a shown attribution.
fn attributing(incident: &Incident, filter: &Filter) -> Vec<Responder> {
    let accused = Responder::State(incident.facts.attributed_to.state);
    let mut responders: Vec<Responder> =
        incident.facts.attributing().iter().map(|&code| Responder::State(code)).collect();
    if filter.shows(ResponseKind::Attribution) {
        for (at, _) in
            filter.reactions(incident).filter(|(_, reaction)| reaction.has(ResponseKind::Attribution))
        {
            if let Some(responder) = incident.reaction_actor(at).and_then(responder_of) {
                push_new(&mut responders, responder);
            }
        }
    }
    responders.retain(|responder| *responder != accused);
    responders
}

/// Every responder with a shown reaction, but the state held responsible.
fn speakers(incident: &Incident, filter: &Filter) -> Vec<Responder> {
    let accused = Responder::State(incident.facts.attributed_to.state);
    let mut responders = Vec::new();
    for (at, _) in filter.reactions(incident) {
        if let Some(responder) =
            incident.reaction_actor(at).and_then(responder_of).filter(|it| *it != accused)
        {
            push_new(&mut responders, responder);
        }
    }
    responders
}

/// Each known day with a shown reaction, with the responders (but the state held
/// responsible) that reacted on it.
fn days(incident: &Incident, filter: &Filter) -> Vec<(Date, Vec<Responder>)> {
    let accused = Responder::State(incident.facts.attributed_to.state);
    let mut days: Vec<(Date, Vec<Responder>)> = Vec::new();
    for (at, reaction) in filter.reactions(incident) {
        if !reaction.date.is_day() || reaction.date_upper_bound {
            continue;
        }
        let Some(responder) = incident.reaction_actor(at).and_then(responder_of).filter(|it| *it != accused)
        else {
            continue;
        };
        match days.iter_mut().find(|(day, _)| *day == reaction.date) {
            Some((_, responders)) => push_new(responders, responder),
            None => days.push((reaction.date, vec![responder])),
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorKind, CountryCode, Lang, Reaction};

    /// Gives the incident an actor of `country` (or speaking for a bloc) and its reaction.
    fn reacts(
        incident: &mut Incident,
        actor: &str,
        country: Option<&str>,
        date: &str,
        kinds: &[ResponseKind],
    ) {
        if incident.actor(actor).is_none() {
            let mut added = incident.actors[0].clone();
            added.id = actor.into();
            added.country = country.map(|code| CountryCode::parse(code).unwrap());
            added.speaks_for = country.is_none().then(|| actor.to_uppercase());
            added.kind = if country.is_some() { ActorKind::Government } else { ActorKind::Intergovernmental };
            incident.actors.push(added);
        }
        let reaction = Reaction {
            actor: actor.into(),
            date: Date::parse(date).unwrap(),
            responses: kinds.to_vec(),
            date_upper_bound: false,
            ..crate::load::minimal().reactions[0].clone()
        };
        incident.reactions.push(reaction);
    }

    /// Two incidents with known answers. The first (the fixture, 28 May 2025): Czechia
    /// attributes and the EU stands with it on the 28th, China denies on the 29th; added, the
    /// United States attributes on the 28th, Germany condemns in "2025-06" (no known day) and
    /// the United Kingdom condemns on or before the 28th (an upper bound). The second (1
    /// September 2025), attributed by Czechia and Germany in the file: Germany attributes on
    /// the 1st, NATO condemns on the 1st, Czechia summons on the 2nd, China counter-accuses on
    /// the 1st.
    fn incidents() -> (Incident, Incident) {
        use ResponseKind::*;
        let mut first = crate::load::minimal();
        reacts(&mut first, "us-government", Some("US"), "2025-05-28", &[Attribution]);
        reacts(&mut first, "de-government", Some("DE"), "2025-06", &[Condemnation]);
        reacts(&mut first, "gb-government", Some("GB"), "2025-05-28", &[Condemnation]);
        first.reactions.last_mut().unwrap().date_upper_bound = true;
        let mut second = crate::load::minimal();
        second.facts.id = "second".into();
        second.facts.made_public = Date::parse("2025-09-01").unwrap();
        second.facts.attributed_by =
            vec![CountryCode::parse("CZ").unwrap(), CountryCode::parse("DE").unwrap()];
        second.reactions.clear();
        reacts(&mut second, "de-government", Some("DE"), "2025-09-01", &[Attribution]);
        reacts(&mut second, "nato", None, "2025-09-01", &[Condemnation]);
        reacts(&mut second, "cz-government", Some("CZ"), "2025-09-02", &[Summons]);
        reacts(&mut second, "cn-embassy", Some("CN"), "2025-09-01", &[CounterAccusation]);
        (first, second)
    }

    /// A row's cells as (column, incidents), empty cells left out.
    type Cells = Vec<(String, Vec<String>)>;

    /// Each row with its cells.
    fn table(relation: Relation, filter: &Filter) -> Vec<(String, Cells)> {
        let (first, second) = incidents();
        // Newest first, as the catalogue lists them: the incidents come out oldest first.
        let list = [&second, &first];
        let table = CoalitionTable::build(&list, filter, relation, &CountryNames::iso(Lang::En));
        let size = table.responders.len();
        (0..size)
            .map(|row| {
                let cells = (0..size)
                    .filter(|&column| !table.cell(row, column).is_empty())
                    .map(|column| {
                        let ids =
                            table.cell(row, column).iter().map(|together| list[together.at].id().to_string());
                        (table.responders[column].id().to_string(), ids.collect())
                    })
                    .collect();
                (table.responders[row].id().to_string(), cells)
            })
            .collect()
    }

    fn cells(pairs: &[(&str, &[&str])]) -> Cells {
        pairs
            .iter()
            .map(|(column, ids)| (column.to_string(), ids.iter().map(|id| id.to_string()).collect()))
            .collect()
    }

    #[test]
    fn attributed_together_by_the_files_states_or_an_attribution_of_their_own() {
        let rows = table(Relation::Attributed, &Filter::default());
        // Czechia with the United States in the first (its reaction), with Germany in the
        // second (the file); Germany's own attribution there adds nothing new.
        assert_eq!(
            rows,
            [
                (
                    "CZ".into(),
                    cells(&[("CZ", &["minimal", "second"]), ("DE", &["second"]), ("US", &["minimal"])])
                ),
                ("DE".into(), cells(&[("CZ", &["second"]), ("DE", &["second"])])),
                ("US".into(), cells(&[("CZ", &["minimal"]), ("US", &["minimal"])])),
            ]
        );
        let condemnations = Filter { responses: vec![ResponseKind::Condemnation], ..Filter::default() };
        let rows = table(Relation::Attributed, &condemnations);
        assert_eq!(
            rows.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
            ["CZ", "DE"],
            "with attributions hidden, only the files' attributing states pair"
        );
    }

    #[test]
    fn a_bloc_pairs_with_every_state_that_spoke_beside_its_statement_and_states_not_with_each_other() {
        let rows = table(Relation::Bloc, &Filter::default());
        assert_eq!(
            rows,
            [
                (
                    "EU".into(),
                    cells(&[
                        ("EU", &["minimal"]),
                        ("CZ", &["minimal"]),
                        ("DE", &["minimal"]),
                        ("GB", &["minimal"]),
                        ("US", &["minimal"])
                    ])
                ),
                (
                    "CZ".into(),
                    cells(&[("EU", &["minimal"]), ("CZ", &["minimal", "second"]), ("NATO", &["second"])])
                ),
                (
                    "DE".into(),
                    cells(&[("EU", &["minimal"]), ("DE", &["minimal", "second"]), ("NATO", &["second"])])
                ),
                ("NATO".into(), cells(&[("CZ", &["second"]), ("DE", &["second"]), ("NATO", &["second"])])),
                ("GB".into(), cells(&[("EU", &["minimal"]), ("GB", &["minimal"])])),
                ("US".into(), cells(&[("EU", &["minimal"]), ("US", &["minimal"])])),
            ],
            "the most paired first, then in the most incidents; China, held responsible, is in no pair"
        );
    }

    #[test]
    fn the_same_known_day_pairs_and_a_month_or_an_upper_bound_pairs_with_no_one() {
        let (first, second) = incidents();
        let list = [&second, &first];
        let table =
            CoalitionTable::build(&list, &Filter::default(), Relation::Day, &CountryNames::iso(Lang::En));
        let ids: Vec<&str> = table.responders.iter().map(Responder::id).collect();
        // On the 28th: Czechia, the EU and the United States; on 1 September: Germany and NATO
        // (China's reply is left out); Czechia's summons of the 2nd is alone.
        assert_eq!(ids, ["CZ", "EU", "US", "DE", "NATO"]);
        let (czechia, united_states) = (table.row("CZ").unwrap(), table.row("US").unwrap());
        let shared = table.cell(czechia, united_states);
        assert_eq!(shared.len(), 1);
        assert_eq!(
            (list[shared[0].at].id(), shared[0].days.as_slice()),
            ("minimal", &[Date::parse("2025-05-28").unwrap()][..])
        );
        assert_eq!(
            table.cell(czechia, czechia).len(),
            1,
            "the second incident's lone summons pairs with no one"
        );
        assert!(table.row("GB").is_none() && table.row("CN").is_none());
        let germany = table.row("DE").unwrap();
        assert_eq!(
            table.cell(germany, table.row("NATO").unwrap())[0].days,
            [Date::parse("2025-09-01").unwrap()]
        );
        assert!(table.cell(germany, czechia).is_empty());
        assert_eq!((table.paired(czechia), table.paired(germany)), (2, 1));
    }

    #[test]
    fn the_table_is_symmetric_and_its_diagonal_is_the_union_of_its_row() {
        let (first, second) = incidents();
        let list = [&second, &first];
        for relation in Relation::ALL {
            let table =
                CoalitionTable::build(&list, &Filter::default(), relation, &CountryNames::iso(Lang::En));
            let size = table.responders.len();
            for row in 0..size {
                for column in 0..size {
                    assert_eq!(table.cell(row, column), table.cell(column, row), "{relation:?}");
                }
                let mut union: Vec<usize> = (0..size)
                    .filter(|&column| column != row)
                    .flat_map(|column| table.cell(row, column).iter().map(|together| together.at))
                    .collect();
                union.sort_unstable();
                union.dedup();
                let mut own: Vec<usize> = table.cell(row, row).iter().map(|together| together.at).collect();
                own.sort_unstable();
                assert_eq!(own, union, "{relation:?}");
                assert!(table.paired(row) > 0);
            }
        }
    }
}
