//! The comparison, as data: the quotable sentences, a column per incident (oldest first), a
//! row per responder with each cell painted on the rung scale, worded, and saying what it
//! opens; and, a model of its own drawn after the table (`AlignedView`), the incidents'
//! reactions aligned on their day 0.

use std::rc::Rc;

use crate::comparison::{columns, summarise, Cell, CompareOrder, Comparison, Responder};
use crate::filter::Filter;
use crate::i18n::{origin_line, strings};
use crate::model::{ActorGroup, CountryNames, Incident, Lang};
use crate::rung::Paint;
use crate::selection::Selection;
use crate::standing::CountryRole;
use crate::timeline::incident_marks;

use super::TimelineView;

/// An incident as a column or an aligned track names it: whom it was attributed to and when;
/// the whole title is heard, and shown on hover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncidentColumn {
    pub id: String,
    pub accused: String,
    pub title: String,
    /// `Some("en")` when the title is English in the Czech view (`Text::lang`).
    pub title_lang: Option<&'static str>,
    pub date: String,
    pub datetime: String,
    /// Where a reader's own file comes from (`i18n::origin_line`); `None` for the site's own.
    pub origin: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponderCell {
    pub incident: String,
    pub paint: Paint,
    pub role: Option<CountryRole>,
    /// Printed on the swatch: the rung, the retaliation's sign, or the blocs that covered a state.
    pub text: String,
    pub label: String,
    /// What picking the cell opens in its incident; `None` when there is nothing to read.
    pub opens: Option<Selection>,
}

impl ResponderCell {
    /// Whether this cell is the one the reader opened.
    pub fn opened(&self, responder: &Responder, incident: &str, selection: Option<&Selection>) -> bool {
        self.incident == incident
            && match (selection, responder) {
                (Some(Selection::Country(code)), Responder::State(state)) => code == state,
                (Some(Selection::Actor(_)), Responder::Bloc(_)) => true,
                _ => false,
            }
    }

    pub fn classes(&self) -> String {
        match self.role.and_then(CountryRole::class) {
            Some(role) => format!("swatch {} {role}", self.paint.classes()),
            None => format!("swatch {}", self.paint.classes()),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponderRow {
    pub responder: Responder,
    pub name: String,
    /// How soon it answered, when the rows are sorted by it: "day 2.5".
    pub median: Option<String>,
    pub cells: Vec<ResponderCell>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonView {
    pub summary: Vec<String>,
    pub columns: Vec<IncidentColumn>,
    /// Blocs, then states: each with its heading. A row is shared with the table's row that
    /// draws it, which a redraw compares before drawing it again.
    pub groups: Vec<(&'static str, Vec<Rc<ResponderRow>>)>,
    /// The heading of the column of each row's median first answer, when sorted by speed.
    pub median_heading: Option<&'static str>,
    /// What to say instead of the table when it would be empty.
    pub empty: Option<&'static str>,
}

/// The incidents compared on one day axis from their attribution: a track per incident, oldest
/// first as the table's columns, each headed as its column is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlignedView {
    pub columns: Vec<IncidentColumn>,
    pub timeline: TimelineView,
}

impl AlignedView {
    pub fn derive(incidents: &[&Incident], filter: &Filter, lang: Lang) -> AlignedView {
        let shown: Vec<&Incident> = columns(incidents).into_iter().map(|at| incidents[at]).collect();
        let lines: Vec<(&Incident, _)> =
            shown.iter().map(|&incident| (incident, incident_marks(incident, filter))).collect();
        AlignedView {
            columns: shown.iter().map(|incident| column(incident, lang)).collect(),
            timeline: TimelineView::aligned(&lines, lang),
        }
    }
}

impl ComparisonView {
    /// `incidents` in the list's order (the comparison puts its columns oldest first).
    pub fn derive(
        incidents: &[&Incident],
        comparison: &Comparison,
        filter: &Filter,
        names: &CountryNames,
    ) -> ComparisonView {
        let lang = names.lang;
        let words = strings(lang);
        let shown: Vec<&Incident> = comparison.columns.iter().map(|&at| incidents[at]).collect();
        let columns: Vec<IncidentColumn> = shown.iter().map(|incident| column(incident, lang)).collect();
        let mut accused: Vec<_> = shown.iter().map(|incident| incident.facts.attributed_to.state).collect();
        accused.sort_unstable();
        accused.dedup();
        let summary = summarise(comparison, incidents)
            .iter()
            .map(|line| words.summary_line(line, shown.len(), accused.len(), names))
            .collect();
        let speed = comparison.order == CompareOrder::Speed;
        let rows = |blocs: bool| -> Vec<Rc<ResponderRow>> {
            comparison
                .rows
                .iter()
                .filter(|row| matches!(row.responder, Responder::Bloc(_)) == blocs)
                .map(|row| {
                    let name = responder_name(&row.responder, &shown, names);
                    let cells = row
                        .cells
                        .iter()
                        .zip(&shown)
                        .map(|(cell, incident)| {
                            responder_cell(&row.responder, &name, cell, incident, filter, lang)
                        })
                        .collect();
                    let median =
                        row.median_first_day().filter(|_| speed).map(|median| words.median_day(median));
                    Rc::new(ResponderRow { responder: row.responder.clone(), name, median, cells })
                })
                .collect()
        };
        let groups = vec![(words.group(ActorGroup::Bloc, 1), rows(true)), (words.states, rows(false))];
        let empty = comparison.rows.is_empty().then(|| words.compare_empty(shown.len()));
        ComparisonView {
            summary,
            columns,
            groups,
            median_heading: speed.then_some(words.median_heading()),
            empty,
        }
    }

    pub fn rows(&self) -> impl Iterator<Item = &ResponderRow> {
        self.groups.iter().flat_map(|(_, rows)| rows).map(|row| &**row)
    }
}

pub(super) fn column(incident: &Incident, lang: Lang) -> IncidentColumn {
    let facts = &incident.facts;
    IncidentColumn {
        id: facts.id.clone(),
        accused: strings(lang).actor_names(&facts.attributed_to.name),
        title: facts.title.get(lang).to_string(),
        title_lang: facts.title.lang(lang),
        date: strings(lang).date(facts.made_public),
        datetime: facts.made_public.to_string(),
        origin: incident.origin.as_deref().map(|url| origin_line(lang, url)),
    }
}

pub(super) fn responder_cell(
    responder: &Responder,
    name: &str,
    cell: &Cell,
    incident: &Incident,
    filter: &Filter,
    lang: Lang,
) -> ResponderCell {
    let paint = cell.paint();
    let text = match (paint.covered, paint.swatch.sign()) {
        (true, _) => cell.covered_by.join(" "),
        (false, sign) => sign.unwrap_or_default(),
    };
    ResponderCell {
        incident: incident.facts.id.clone(),
        paint,
        role: cell.role,
        text,
        label: strings(lang).compare_cell(name, incident.facts.title.get(lang), cell),
        opens: opens(responder, cell, incident, filter),
    }
}

/// What a cell opens: the state (its own words or its bloc's), or the bloc's body that spoke
/// in that incident; nothing when there is nothing to read.
fn opens(responder: &Responder, cell: &Cell, incident: &Incident, filter: &Filter) -> Option<Selection> {
    match responder {
        Responder::State(code) => {
            (cell.spoke() || !cell.covered_by.is_empty()).then_some(Selection::Country(*code))
        }
        Responder::Bloc(_) => filter
            .reactions(incident)
            .filter_map(|(at, _)| incident.reaction_actor(at))
            .find(|actor| responder.speaks_through(actor))
            .map(|actor| Selection::Actor(actor.id.clone())),
    }
}

pub(super) fn responder_name(responder: &Responder, incidents: &[&Incident], names: &CountryNames) -> String {
    match responder {
        Responder::State(code) => names.name(*code),
        Responder::Bloc(id) => incidents
            .iter()
            .find_map(|incident| incident.bloc(id))
            .map_or_else(|| id.clone(), |bloc| bloc.name.get(names.lang).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::CompareOrder;
    use crate::model::{Date, ResponseKind};

    #[test]
    fn a_readers_own_files_column_says_where_it_comes_from_and_marks_an_english_title() {
        let mut own = crate::load::minimal();
        assert_eq!(column(&own, Lang::Cs).origin, None, "the site's own");
        own.origin = Some("https://example.org/own.bin".into());
        own.facts.title.cs.clear();
        let own = own.in_language(Lang::Cs);
        let column = column(&own, Lang::Cs);
        assert_eq!(
            column.origin.as_deref(),
            Some("Tento incident pochází z\u{a0}webu example.org, nikoli z\u{a0}tohoto webu.")
        );
        assert_eq!((column.title.as_str(), column.title_lang), ("A minimal incident", Some("en")));
    }

    #[test]
    fn cells_are_painted_like_the_map_and_say_what_they_open() {
        let first = crate::load::minimal();
        let mut second = first.clone();
        second.facts.id = "second".into();
        second.facts.made_public = Date::parse("2025-09-01").unwrap();
        second.reactions[0].responses = vec![ResponseKind::Summons];
        let names = CountryNames::iso(Lang::En);
        let list = [&second, &first];
        let filter = Filter::default();
        let comparison = Comparison::build(&list, &filter, CompareOrder::Answered, &names, Lang::En);
        let view = ComparisonView::derive(&list, &comparison, &filter, &names);
        assert_eq!(
            view.columns.iter().map(|column| column.id.as_str()).collect::<Vec<_>>(),
            ["minimal", "second"]
        );
        let czechia = view.rows().find(|row| row.name == "Czechia").unwrap();
        let cells: Vec<(String, &str)> =
            czechia.cells.iter().map(|cell| (cell.classes(), cell.text.as_str())).collect();
        assert_eq!(
            cells,
            [("swatch step-4 attributing".into(), "4"), ("swatch step-5 attributing".into(), "5")]
        );
        assert_eq!(
            czechia.cells[0].opens,
            Some(Selection::Country(crate::model::CountryCode::parse("CZ").unwrap()))
        );
        let aligned = AlignedView::derive(&list, &filter, Lang::En);
        assert_eq!(aligned.timeline.tracks().count(), 2);
        assert_eq!(aligned.columns, view.columns, "each track headed as its column");
        assert_eq!(view.summary.len(), 3);
    }

    #[test]
    fn sorted_by_speed_each_row_says_its_median_first_answer() {
        let first = crate::load::minimal();
        let names = CountryNames::iso(Lang::Cs);
        let filter = Filter::default();
        let derive = |order| {
            let comparison = Comparison::build(&[&first], &filter, order, &names, Lang::Cs);
            ComparisonView::derive(&[&first], &comparison, &filter, &names)
        };
        let speed = derive(CompareOrder::Speed);
        assert_eq!(speed.median_heading, Some("Medián první reakce"));
        let medians: Vec<(&str, Option<&str>)> =
            speed.rows().map(|row| (row.name.as_str(), row.median.as_deref())).collect();
        assert_eq!(
            medians,
            [
                ("Evropská unie", Some("v\u{a0}den atribuce")),
                ("Česko", Some("v\u{a0}den atribuce")),
                ("Čína", Some("den po atribuci"))
            ]
        );
        let answered = derive(CompareOrder::Answered);
        assert_eq!(answered.median_heading, None);
        assert!(answered.rows().all(|row| row.median.is_none()), "only the sort by speed shows it");
        assert_eq!(answered.empty, None);
    }

    #[test]
    fn an_empty_comparison_says_so_in_words() {
        let first = crate::load::minimal();
        let names = CountryNames::iso(Lang::En);
        let filter = Filter::default();
        let none = Comparison::build(&[], &filter, CompareOrder::Answered, &names, Lang::En);
        let view = ComparisonView::derive(&[], &none, &filter, &names);
        assert_eq!(view.empty, Some("No incident fits this choice."));
        let sanctions = Filter { responses: vec![ResponseKind::Sanctions], ..Filter::default() };
        let silent = Comparison::build(&[&first], &sanctions, CompareOrder::Answered, &names, Lang::En);
        let view = ComparisonView::derive(&[&first], &silent, &sanctions, &names);
        assert_eq!(view.empty, Some("No one spoke in these incidents as the filters show them."));
        assert_eq!(strings(Lang::Cs).compare_empty(0), "Této volbě neodpovídá žádný incident.");
    }

    #[test]
    fn the_accused_state_hitting_back_is_no_rung_in_a_cell_nor_on_the_aligned_axis() {
        let mut first = crate::load::minimal();
        first.reactions[2].responses = vec![ResponseKind::Denial, ResponseKind::CounterSanctions];
        let names = CountryNames::iso(Lang::En);
        let list = [&first];
        let filter = Filter::default();
        let comparison = Comparison::build(&list, &filter, CompareOrder::Answered, &names, Lang::En);
        let view = ComparisonView::derive(&list, &comparison, &filter, &names);
        let china = view.rows().find(|row| row.name == "China").unwrap();
        assert_eq!(
            (china.cells[0].classes().as_str(), china.cells[0].text.as_str()),
            ("swatch retaliation accused", "⇄")
        );
        assert!(
            china.cells[0].label.ends_with("denial, counter-sanctions; retaliation, off the ladder"),
            "{}",
            china.cells[0].label
        );
        let aligned = AlignedView::derive(&list, &filter, Lang::En);
        let day_one = &aligned.timeline.tracks().next().unwrap().marks[1];
        assert_eq!(day_one.classes(), "mark retaliation");
        assert!(day_one.label.ends_with("1\u{a0}reaction; retaliation, off the ladder"), "{}", day_one.label);
        assert!(view.summary[3].starts_with("The state held responsible hit back, off the ladder"));
    }
}
