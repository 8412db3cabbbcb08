//! Every incident side by side: the sentences a reader can quote, the table of responders by
//! incidents (a cell opens what that responder said in that incident), and the incidents'
//! reactions on one day axis, aligned on their attribution.

use yew::prelude::*;

use crate::comparison::{Cell, Comparison, Responder, SummaryLine};
use crate::filter::Filter;
use crate::i18n::strings;
use crate::model::{CountryNames, Incident, Lang};
use crate::selection::Selection;
use crate::timeline::{incident_marks, DayScale};
use crate::view_change::ViewChange;
use crate::view_query::ViewQuery;

use super::timeline_chart::{glyph, head, track_svg};
use super::Shared;

pub struct ComparisonProps<'a> {
    /// In the catalogue's order; the comparison puts them oldest first.
    pub incidents: &'a [Shared<Incident>],
    pub comparison: Shared<Comparison>,
    pub summary: &'a [SummaryLine],
    pub names: &'a CountryNames,
    pub view: &'a ViewQuery,
    pub on_edit: &'a Callback<ViewChange>,
}

pub fn comparison_view(props: &ComparisonProps) -> Html {
    let lang = props.view.lang;
    let words = strings(lang);
    let list: Vec<&Incident> = props.incidents.iter().map(|incident| &**incident).collect();
    let comparison = &props.comparison;
    let columns: Vec<&Incident> = comparison.columns.iter().map(|&at| list[at]).collect();
    let (blocs, states): (Vec<_>, Vec<_>) =
        comparison.rows.iter().partition(|row| matches!(row.responder, Responder::Bloc(_)));
    html! {
        <section class="comparison" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ words.compare_heading }</h2>
            <section class="compare-summary" aria-labelledby="summary-heading">
                <h3 id="summary-heading">{ words.summary_heading }</h3>
                <ul>
                    { for props.summary.iter().map(|line| html! {
                        <li>{ words.summary_line(line, columns.len(), props.names) }</li>
                    }) }
                </ul>
            </section>
            <p class="compare-hint">{ words.compare_hint }</p>
            <div class="compare-scroll">
                <table class="compare">
                    <thead>
                        <tr>
                            <th scope="col" class="actor-col">{ words.responder }</th>
                            { for columns.iter().map(|incident| html! {
                                <th scope="col" data-incident={incident.facts.id.clone()} title={incident.facts.title.get(lang).to_string()}>
                                    { short_title(incident, lang) }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    { group(props, &columns, words.group(crate::model::ActorGroup::Bloc, 1), &blocs) }
                    { group(props, &columns, words.states, &states) }
                </table>
            </div>
            { aligned(props, &columns) }
        </section>
    }
}

/// Titles run to two lines of a tweet: a column or a row says whom the incident was attributed
/// to and when; the whole title is heard, and shown on hover.
fn short_title(incident: &Incident, lang: Lang) -> Html {
    let facts = &incident.facts;
    html! {
        <>
            <span class="incident-title" aria-hidden="true">{ &facts.attributed_to.name }</span>
            <span class="visually-hidden">{ facts.title.get(lang) }</span>
            <time datetime={facts.made_public.to_string()}>{ strings(lang).date(facts.made_public) }</time>
        </>
    }
}

fn group(
    props: &ComparisonProps,
    columns: &[&Incident],
    heading: &str,
    rows: &[&crate::comparison::ComparisonRow],
) -> Html {
    if rows.is_empty() {
        return html! {};
    }
    let lang = props.view.lang;
    html! {
        <tbody>
            <tr class="group"><th scope="rowgroup" colspan={(columns.len() + 1).to_string()}>{ heading.to_string() }</th></tr>
            { for rows.iter().map(|row| {
                let name = responder_name(&row.responder, columns, props.names, lang);
                html! {
                    <tr data-responder={row.responder.id().to_string()}>
                        <th scope="row" class="actor-col"><span class="actor-name">{ name.clone() }</span></th>
                        { for row.cells.iter().zip(columns).map(|(cell, incident)| cell_view(props, &row.responder, &name, cell, incident)) }
                    </tr>
                }
            }) }
        </tbody>
    }
}

fn cell_view(
    props: &ComparisonProps,
    responder: &Responder,
    name: &str,
    cell: &Cell,
    incident: &Incident,
) -> Html {
    let words = strings(props.view.lang);
    let label = words.compare_cell(name, incident.facts.title.get(props.view.lang), cell);
    let opened =
        props.view.incident == incident.facts.id && selection_is(props.view.selection.as_ref(), responder);
    let selection = open(responder, cell, incident, &props.view.filter);
    let (class, text) = match (cell.strongest(), cell.spoke(), cell.covered_by.is_empty()) {
        (Some(kind), _, _) => {
            (format!("step-{}", kind.ladder_step().unwrap_or(0)), kind.ladder_step().unwrap_or(0).to_string())
        }
        (None, true, _) => ("off-ladder".to_string(), String::new()),
        (None, false, false) => ("covered".to_string(), cell.covered_by.join(" ")),
        (None, false, true) => ("quiet".to_string(), String::new()),
    };
    let role =
        cell.role.map(
            |role| if role == crate::standing::CountryRole::Accused { "accused" } else { "attributing" },
        );
    let id = incident.facts.id.clone();
    html! {
        <td data-incident={incident.facts.id.clone()} class={classes!(class.clone(), opened.then_some("selected"))}>
            if let Some(selection) = selection {
                <button type="button" class={classes!("swatch", class, role)} aria-label={label} aria-pressed={opened.to_string()}
                    onclick={props.on_edit.reform(move |_| ViewChange::Open(id.clone(), Some(selection.clone())))}>{ text }</button>
            } else {
                <span class="visually-hidden">{ label }</span>
            }
        </td>
    }
}

/// What a cell opens: the state (its own words or its bloc's), or the bloc's body that spoke
/// in that incident; nothing when there is nothing to read.
fn open(responder: &Responder, cell: &Cell, incident: &Incident, filter: &Filter) -> Option<Selection> {
    match responder {
        Responder::State(code) => {
            (cell.spoke() || !cell.covered_by.is_empty()).then_some(Selection::Country(*code))
        }
        Responder::Bloc(bloc) => filter
            .reactions(incident)
            .filter_map(|(_, reaction)| incident.actor(&reaction.actor))
            .find(|actor| actor.speaks_for.as_deref() == Some(bloc.as_str()))
            .map(|actor| Selection::Actor(actor.id.clone())),
    }
}

fn selection_is(selection: Option<&Selection>, responder: &Responder) -> bool {
    match (selection, responder) {
        (Some(Selection::Country(code)), Responder::State(state)) => code == state,
        (Some(Selection::Actor(_)), Responder::Bloc(_)) => true,
        _ => false,
    }
}

fn responder_name(
    responder: &Responder,
    incidents: &[&Incident],
    names: &CountryNames,
    lang: Lang,
) -> String {
    match responder {
        Responder::State(code) => names.name(*code),
        Responder::Bloc(id) => incidents
            .iter()
            .find_map(|incident| incident.bloc(id))
            .map_or_else(|| id.clone(), |bloc| bloc.name.get(lang).to_string()),
    }
}

/// The incidents' reactions on one axis from their day 0: a mark per day, its number the
/// strongest rung that day.
fn aligned(props: &ComparisonProps, columns: &[&Incident]) -> Html {
    let lang = props.view.lang;
    let words = strings(lang);
    let lines: Vec<(&Incident, Vec<crate::timeline::Mark>)> =
        columns.iter().map(|&incident| (incident, incident_marks(incident, &props.view.filter))).collect();
    let scale = DayScale::spanning(lines.iter().flat_map(|(_, marks)| marks.iter().map(|mark| mark.day)));
    html! {
        <section class="timeline-panel aligned" aria-labelledby="aligned-heading">
            <h3 id="aligned-heading">{ words.aligned_heading }</h3>
            <table class="timeline">
                { head(words.incident, words, &scale) }
                <tbody>
                    { for lines.iter().map(|(incident, marks)| {
                        let title = incident.facts.title.get(lang);
                        html! {
                            <tr data-incident={incident.facts.id.clone()}>
                                <th scope="row" class="actor-col" title={title.to_string()}>{ short_title(incident, lang) }</th>
                                <td>
                                    { track_svg(&scale, html! { <>
                                        { for marks.iter().map(|mark| {
                                            let label = words.aligned_mark(title, &words.day(mark.day, mark.approximate), mark.reactions.len(), mark.strongest());
                                            let (id, first) = (incident.facts.id.clone(), mark.reactions[0]);
                                            let select = props.on_edit.reform(move |()| ViewChange::Open(id.clone(), Some(Selection::Reaction(first))));
                                            let selected = props.view.incident == incident.facts.id
                                                && matches!(props.view.selection, Some(Selection::Reaction(index)) if mark.reactions.contains(&index));
                                            glyph(&scale, mark, label, selected, first, select)
                                        }) }
                                    </> }) }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
