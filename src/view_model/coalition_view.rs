//! The comparison's coalition table, as data: the relation switch, the caption, a row per
//! responder paired at least once (the most paired first), a column per responder (per bloc,
//! where the relation pairs states with blocs only), each cell's count, shade and words, and
//! — derived when the reader opens a cell — the incidents behind it. The comparison's downloads
//! save the same table, with the same columns, as CSV ([`coalition_csv`]).

use crate::comparison::{CoalitionTable, Relation, Responder};
use crate::filter::Filter;
use crate::i18n::{strings, CoalitionWords};
use crate::model::{CountryNames, Date, Incident, Lang};
use crate::selection::Selection;

use super::comparison_view::{column, responder_name};
use super::IncidentColumn;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoalitionHead {
    pub id: String,
    pub name: String,
}

/// One incident behind a cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Behind {
    /// Its place in [`CoalitionView::incidents`].
    pub at: usize,
    /// The days the pair shared, for the same-day relation.
    pub days: Vec<Date>,
    /// For a state and a bloc: whether the state was a member on the incident's date.
    pub member: Option<bool>,
    /// What opening the incident shows of it: the row's responder, as the comparison's cell
    /// of that responder and incident opens it.
    pub opens: Option<Selection>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoalitionCell {
    /// The column's responder.
    pub id: String,
    pub count: usize,
    /// On the diagonal: the row's own incidents.
    pub own: bool,
    /// 1 to 4, how many this cell counts against the table's most; 0 when empty. A shade
    /// only repeats the number printed in the cell.
    pub shade: u8,
    /// What the cell says, and the heading of what it opens.
    pub label: String,
    pub behind: Vec<Behind>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoalitionRow {
    pub head: CoalitionHead,
    pub cells: Vec<CoalitionCell>,
}

/// An incident as a cell's list names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedIncident {
    pub column: IncidentColumn,
    pub opens: Option<Selection>,
    /// Membership, or the days shared.
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoalitionView {
    pub relation: Relation,
    /// Each relation with its label, for the switch.
    pub relations: Vec<(Relation, String)>,
    pub words: CoalitionWords,
    pub caption: String,
    /// The relation's definition, then what holds for all of them.
    pub notes: [String; 2],
    pub columns: Vec<CoalitionHead>,
    pub rows: Vec<CoalitionRow>,
    /// The incidents compared, as the list given to [`CoalitionView::derive`] orders them.
    pub incidents: Vec<IncidentColumn>,
    lang: Lang,
}

impl CoalitionView {
    pub fn derive(
        incidents: &[&Incident],
        filter: &Filter,
        relation: Relation,
        names: &CountryNames,
    ) -> CoalitionView {
        let lang = names.lang;
        let words = strings(lang);
        let table = CoalitionTable::build(incidents, filter, relation, names);
        let heads: Vec<CoalitionHead> = table
            .responders
            .iter()
            .map(|responder| CoalitionHead {
                id: responder.id().to_string(),
                name: responder_name(responder, incidents, names),
            })
            .collect();
        let drawn = drawn_columns(&table);
        let most = (0..heads.len())
            .flat_map(|row| {
                drawn.iter().filter(move |&&column| column != row).map(move |&column| (row, column))
            })
            .map(|(row, column)| table.cell(row, column).len())
            .max()
            .unwrap_or(1)
            .max(1);
        let rows = heads
            .iter()
            .enumerate()
            .map(|(row, head)| {
                let cells = drawn
                    .iter()
                    .map(|&column| {
                        let together = table.cell(row, column);
                        let own = row == column;
                        let other = (!own).then(|| heads[column].name.as_str());
                        let behind = together
                            .iter()
                            .map(|together| Behind {
                                at: together.at,
                                days: together.days.clone(),
                                opens: opens(&table.responders[row], incidents[together.at], filter),
                                member: (relation == Relation::Bloc)
                                    .then(|| {
                                        membership(
                                            &table.responders[row],
                                            &table.responders[column],
                                            incidents[together.at],
                                        )
                                    })
                                    .flatten(),
                            })
                            .collect();
                        CoalitionCell {
                            id: heads[column].id.clone(),
                            count: together.len(),
                            own,
                            shade: (together.len() * 4).div_ceil(most).min(4) as u8,
                            label: words.coalition_pair(&head.name, other, together.len()),
                            behind,
                        }
                    })
                    .collect();
                CoalitionRow { head: head.clone(), cells }
            })
            .collect();
        CoalitionView {
            relation,
            relations: Relation::ALL
                .into_iter()
                .map(|relation| (relation, words.relation(relation)))
                .collect(),
            words: words.coalition_words(),
            caption: words.coalition_caption(relation),
            notes: [words.relation_definition(relation), words.coalition_words().common],
            columns: drawn.iter().map(|&at| heads[at].clone()).collect(),
            rows,
            incidents: incidents.iter().map(|incident| column(incident, lang)).collect(),
            lang,
        }
    }

    /// The incidents behind a row's cell, oldest first, each with its note.
    pub fn opened(&self, row: usize, cell: usize) -> Vec<OpenedIncident> {
        let Some(cell) = self.rows.get(row).and_then(|row| row.cells.get(cell)) else { return Vec::new() };
        let words = strings(self.lang);
        cell.behind
            .iter()
            .map(|behind| {
                let days: Vec<String> = behind.days.iter().map(|&day| words.date(day)).collect();
                let note = match behind.member {
                    Some(true) => Some(self.words.member.clone()),
                    Some(false) => Some(self.words.not_member.clone()),
                    None if !days.is_empty() => Some(format!("{}: {}", self.words.same_day, days.join(", "))),
                    None => None,
                };
                OpenedIncident {
                    column: self.incidents[behind.at].clone(),
                    opens: behind.opens.clone(),
                    note,
                }
            })
            .collect()
    }
}

/// The responders a table draws as columns, by their place: every one, or only the blocs where
/// the relation pairs states with blocs alone (no column of a state would hold a number).
pub fn drawn_columns(table: &CoalitionTable) -> Vec<usize> {
    (0..table.responders.len())
        .filter(|&at| table.relation != Relation::Bloc || matches!(table.responders[at], Responder::Bloc(_)))
        .collect()
}

/// The table as the comparison's downloads save it: a row per responder, a column per drawn
/// responder (by id), the counts. Built from the core's table without the screen's words, so
/// that the tools module carries no more of the table than this.
pub fn coalition_csv(table: &CoalitionTable) -> String {
    let drawn = drawn_columns(table);
    let mut columns = vec!["responder"];
    columns.extend(drawn.iter().map(|&at| table.responders[at].id()));
    let rows: Vec<Vec<String>> = table
        .responders
        .iter()
        .enumerate()
        .map(|(row, responder)| {
            let counts = drawn.iter().map(|&column| table.cell(row, column).len().to_string());
            std::iter::once(responder.id().to_string()).chain(counts).collect()
        })
        .collect();
    super::csv(&columns, &rows)
}

/// The row's responder in an incident: a state, or the body of a bloc that spoke there.
fn opens(responder: &Responder, incident: &Incident, filter: &Filter) -> Option<Selection> {
    match responder {
        Responder::State(code) => Some(Selection::Country(*code)),
        Responder::Bloc(_) => filter
            .reactions(incident)
            .filter_map(|(at, _)| incident.reaction_actor(at))
            .find(|actor| responder.speaks_through(actor))
            .map(|actor| Selection::Actor(actor.id.clone())),
    }
}

/// Whether the state of a state–bloc pair was a member of the bloc in that incident.
fn membership(one: &Responder, other: &Responder, incident: &Incident) -> Option<bool> {
    let (state, bloc) = match (one, other) {
        (Responder::State(state), Responder::Bloc(bloc))
        | (Responder::Bloc(bloc), Responder::State(state)) => (state, bloc),
        _ => return None,
    };
    Some(incident.bloc(bloc).is_some_and(|bloc| bloc.has_member(*state)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bloc_has_a_column_a_state_a_row_and_a_cell_opens_its_incidents_with_membership() {
        let first = crate::load::minimal();
        let mut second = first.clone();
        second.facts.id = "second".into();
        second.facts.made_public = Date::parse("2025-09-01").unwrap();
        let names = CountryNames::iso(Lang::En);
        let list = [&second, &first];
        let view = CoalitionView::derive(&list, &Filter::default(), Relation::Bloc, &names);
        let columns: Vec<&str> = view.columns.iter().map(|head| head.id.as_str()).collect();
        assert_eq!(columns, ["EU"]);
        let rows: Vec<(&str, usize)> =
            view.rows.iter().map(|row| (row.head.id.as_str(), row.cells[0].count)).collect();
        assert_eq!(
            rows,
            [("CZ", 2), ("EU", 2)],
            "equally paired: by name; China, held responsible, is left out"
        );
        let czechia = &view.rows[0].cells[0];
        assert_eq!(
            (czechia.label.as_str(), czechia.shade, czechia.own),
            ("Czechia and European Union: 2\u{a0}incidents", 4, false)
        );
        let opened = view.opened(0, 0);
        let listed: Vec<(&str, Option<&str>)> =
            opened.iter().map(|incident| (incident.column.id.as_str(), incident.note.as_deref())).collect();
        assert_eq!(
            listed,
            [("minimal", Some("member state")), ("second", Some("member state"))],
            "oldest first"
        );
        let table = CoalitionTable::build(&list, &Filter::default(), Relation::Bloc, &names);
        assert_eq!(coalition_csv(&table), "\u{feff}\"responder\",\"EU\"\r\n\"CZ\",\"2\"\r\n\"EU\",\"2\"");
    }

    #[test]
    fn a_same_day_cell_names_the_days() {
        let incident = crate::load::minimal();
        let names = CountryNames::iso(Lang::Cs);
        let view = CoalitionView::derive(&[&incident], &Filter::default(), Relation::Day, &names);
        assert_eq!(view.columns.len(), 2, "Czechia and the EU, on 28 May");
        let opened = view.opened(0, 1);
        assert_eq!(opened[0].note.as_deref(), Some("reakce téhož dne: 28.\u{a0}května 2025"));
        assert!(view.rows[0].cells[0].own && view.rows[0].cells[0].count == 1);
    }
}
