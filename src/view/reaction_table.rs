//! The matrix as a real table: actors in rows, grouped by where they stand; the shown response
//! kinds in columns, in codebook order. It is one tab stop: arrow keys move between cells
//! (Home and End along a row), and Enter or a click opens the actor's or the reaction's detail.
//! Rows and cells are keyed and each row is a component of its own, so hiding a column removes
//! its cells and a row whose data did not change is not drawn again. A cell names its kind, not
//! its column's number, so the cells after a hidden column keep every attribute. The table
//! listens once for the clicks, focus and keys of all its cells.

use std::rc::Rc;

use yew::prelude::*;

use crate::derived::Counts;
use crate::i18n::strings;
use crate::matrix::{MatrixRow, ReactionMatrix};
use crate::model::{Incident, Lang, ResponseKind};
use crate::roving::{step_grid, Move};
use crate::selection::Selection;

use super::roving_focus::{attribute_of, focus};
use super::Shared;
use crate::view_change::ViewChange;

/// A cell's place: (row among all rows, column where 0 is the actor's header).
type Cell = (usize, usize);

#[derive(Properties, PartialEq)]
pub struct ReactionTableProps {
    pub incident: Shared<Incident>,
    pub lang: Lang,
    pub matrix: Shared<ReactionMatrix>,
    pub counts: Counts,
    /// Actors the selection picks out.
    pub highlighted: Shared<Vec<String>>,
    pub selected_reaction: Option<usize>,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn ReactionTable(props: &ReactionTableProps) -> Html {
    let words = strings(props.lang);
    let matrix = &props.matrix;
    let active = use_state(|| (0usize, 0usize));
    let table = use_node_ref();
    let targets = use_memo((matrix.clone(), props.incident.clone()), |(matrix, incident)| {
        matrix.rows().map(|row| targets(incident, row)).collect::<Vec<_>>()
    });
    if targets.is_empty() {
        return html! { <section class="matrix-panel"><p class="empty">{ words.no_match }</p></section> };
    }
    let active_cell = (active.0.min(targets.len() - 1), active.1.min(matrix.columns.len()));
    let open = {
        let (targets, on_edit) = (targets.clone(), props.on_edit.clone());
        move |(row, column): Cell| {
            if let Some(target) = targets.get(row).and_then(|row| row.get(column)).cloned().flatten() {
                on_edit.emit(ViewChange::Select(Some(target)));
            }
        }
    };
    let columns = Rc::new(matrix.columns.clone());
    let onclick = {
        let (open, columns) = (open.clone(), columns.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some(cell) = cell_of(&event, &columns) {
                open(cell);
            }
        })
    };
    let onfocusin = {
        let (active, columns) = (active.clone(), columns.clone());
        Callback::from(move |event: FocusEvent| {
            if let Some(cell) = cell_of(&event, &columns) {
                active.set(cell);
            }
        })
    };
    let onkeydown = keyboard(&targets, &columns, active_cell, &active, &table, open);
    let mut index = 0;
    html! {
        <section class="matrix-panel">
            <div class="matrix-scroll">
                <table class="matrix" role="grid" ref={table} {onclick} {onfocusin} {onkeydown} aria-labelledby="matrix-caption">
                    <caption id="matrix-caption">{ words.matrix_caption(props.counts.actors, props.counts.reactions) }</caption>
                    <thead>
                        <tr>
                            // Every cell of a row keyed, its header too: Yew diffs a row's
                            // cells as one keyed list, and an unkeyed one is drawn anew.
                            <th key="actor" scope="col" class="actor-col">{ words.actor }</th>
                            { for matrix.columns.iter().map(|&kind| html! {
                                <th key={kind.id()} scope="col" class={classes!("kind", kind_class(kind))} title={words.response_definition(kind)}>
                                    <span>{ words.response_label(kind) }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    { for matrix.groups.iter().map(|group| html! {
                        <tbody key={group.group as usize}>
                            <tr key="group" class="group-row">
                                <th scope="rowgroup" colspan={(matrix.columns.len() + 1).to_string()}>{ words.group(group.group, props.incident.facts.attributing().len()) }</th>
                            </tr>
                            { for group.rows.iter().map(|row| {
                                index += 1;
                                let at = index - 1;
                                let actor = &props.incident.actors[row.actor];
                                let selected = props.selected_reaction.filter(|chosen| row.cells.iter().flatten().any(|index| index == chosen));
                                html! {
                                    <MatrixRowView
                                        key={actor.id.clone()}
                                        incident={props.incident.clone()}
                                        lang={props.lang}
                                        columns={matrix.columns.clone()}
                                        row={row.clone()}
                                        index={at}
                                        tab_column={(active_cell.0 == at).then_some(active_cell.1)}
                                        highlighted={props.highlighted.contains(&actor.id)}
                                        {selected}
                                    />
                                }
                            }) }
                        </tbody>
                    }) }
                </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MatrixRowProps {
    incident: Shared<Incident>,
    lang: Lang,
    columns: Vec<ResponseKind>,
    row: MatrixRow,
    /// The row's place among all rows, as the keyboard counts.
    index: usize,
    /// The column of this row that is the table's tab stop, if it is in this row.
    tab_column: Option<usize>,
    highlighted: bool,
    /// The selected reaction, when it is in this row.
    selected: Option<usize>,
}

#[function_component]
fn MatrixRowView(props: &MatrixRowProps) -> Html {
    let (lang, incident, row, index) = (props.lang, &props.incident, &props.row, props.index);
    let words = strings(lang);
    let actor = &incident.actors[row.actor];
    let name = actor.name.get(lang);
    let role = actor.role.as_ref().map(|role| role.get(lang));
    let tabindex = |column: usize| if props.tab_column == Some(column) { "0" } else { "-1" };
    html! {
        // Explicit roles: on a phone the stylesheet lays rows out as lines of marks, and a table
        // whose parts are displayed otherwise keeps its meaning only through its roles.
        <tr role="row" data-actor={actor.id.clone()} data-row={index.to_string()} class={classes!(props.highlighted.then_some("highlighted"))} aria-selected={props.highlighted.to_string()}>
            <th key="actor" role="rowheader" scope="row" class="actor-col" tabindex={tabindex(0)}>
                <span class="actor-name">{ name }</span>
                <span class="actor-kind">{ role.unwrap_or_else(|| words.actor_kind(actor.kind)) }</span>
            </th>
            { for props.columns.iter().zip(&row.cells).enumerate().map(|(column, (&kind, reactions))| {
                let chosen = props.selected.is_some_and(|selected| reactions.contains(&selected));
                let year = incident.facts.made_public.year();
                let dates: Vec<String> =
                    reactions.iter().map(|&reaction| words.short_date(incident.reactions[reaction].date, year)).collect();
                let label = (!dates.is_empty()).then(|| words.cell_label(name, kind, &dates));
                let shown_label = (!dates.is_empty()).then_some(words.response_label(kind));
                html! {
                    <td
                        key={kind.id()}
                        role="gridcell"
                        data-label={shown_label}
                        class={classes!(kind_class(kind), (!reactions.is_empty()).then_some("filled"), chosen.then_some("selected"))}
                        data-kind={kind.id()}
                        aria-label={label}
                        tabindex={tabindex(column + 1)}
                    >
                        { for reactions.iter().zip(dates).map(|(&reaction, shown)| html! {
                            <span class="mark" data-reaction={reaction.to_string()}>
                                <span aria-hidden="true">{ "●" }</span>
                                <time datetime={incident.reactions[reaction].date.to_string()}>{ shown }</time>
                            </span>
                        }) }
                    </td>
                }
            }) }
        </tr>
    }
}

/// What each cell of a row opens: the header opens the actor; a cell with one reaction opens
/// it; a cell with several opens the actor, whose detail lists them all.
fn targets(incident: &Incident, row: &MatrixRow) -> Vec<Option<Selection>> {
    let actor = Selection::Actor(incident.actors[row.actor].id.clone());
    let cells = row.cells.iter().map(|reactions| match reactions.as_slice() {
        [] => None,
        [only] => Some(Selection::Reaction(*only)),
        _ => Some(actor.clone()),
    });
    std::iter::once(Some(actor.clone())).chain(cells).collect()
}

/// The cell an event came from: its row's number, and its kind's place among the columns.
fn cell_of(event: &web_sys::Event, columns: &[ResponseKind]) -> Option<Cell> {
    let row = attribute_of(event, "data-row")?.parse().ok()?;
    let column = match attribute_of(event, "data-kind") {
        Some(kind) => columns.iter().position(|known| known.id() == kind)? + 1,
        None => 0,
    };
    Some((row, column))
}

/// Where the cell at (row, column) is, for focusing it.
fn cell_selector((row, column): Cell, columns: &[ResponseKind]) -> String {
    match column.checked_sub(1).and_then(|at| columns.get(at)) {
        Some(kind) => format!("[data-row=\"{row}\"] > [data-kind=\"{}\"]", kind.id()),
        None => format!("[data-row=\"{row}\"] > th"),
    }
}

fn keyboard(
    targets: &Rc<Vec<Vec<Option<Selection>>>>,
    columns: &Rc<Vec<ResponseKind>>,
    (row, column): Cell,
    active: &UseStateHandle<Cell>,
    table: &NodeRef,
    open: impl Fn(Cell) + 'static,
) -> Callback<KeyboardEvent> {
    let size = (targets.len(), targets[0].len());
    let (active, table, columns) = (active.clone(), table.clone(), columns.clone());
    Callback::from(move |event: KeyboardEvent| {
        let Some(movement) = step_grid(&event.key(), (row, column), size) else { return };
        event.prevent_default();
        match movement {
            Move::To(next) => {
                active.set(next);
                focus(&table, &cell_selector(next, &columns));
            }
            Move::Activate => open((row, column)),
        }
    })
}

/// A stable class per kind, so styles colour each kind the same way everywhere.
pub fn kind_class(kind: ResponseKind) -> String {
    format!("kind-{}", kind.id())
}
