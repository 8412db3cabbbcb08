//! The matrix as a real table: actors in rows, grouped by where they stand; the shown response
//! kinds in columns, in codebook order. It is one tab stop: arrow keys move between cells
//! (Home and End along a row), and Enter or a click opens the actor's or the reaction's detail.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n::strings;
use crate::matrix::{MatrixRow, ReactionMatrix};
use crate::model::ResponseKind;
use crate::selection::Selection;

use super::ExplorerProps;

/// A cell's place: (row among all rows, column where 0 is the actor's header).
type Cell = (usize, usize);

#[function_component]
pub fn ReactionTable(props: &ExplorerProps) -> Html {
    let (view, incident) = (&props.view, props.incident.as_ref());
    let words = strings(view.lang);
    let matrix = ReactionMatrix::build(incident, &view.filter, view.order, view.lang);
    let rows: Vec<&MatrixRow> = matrix.rows().collect();
    let active = use_state(|| (0usize, 0usize));
    let table = use_node_ref();
    if rows.is_empty() {
        return html! { <section class="matrix-panel"><p class="empty">{ words.no_match }</p></section> };
    }
    let targets: Rc<Vec<Vec<Option<Selection>>>> = Rc::new(rows.iter().map(|row| targets(row)).collect());
    let active_cell = (active.0.min(rows.len() - 1), active.1.min(matrix.columns.len()));
    let select = props.edit(|view, selection: Selection| view.selection = Some(selection));
    let onkeydown = keyboard(&targets, active_cell, &active, &table, select.clone());
    let highlighted = view.selection.as_ref().map(|s| s.actors(incident)).unwrap_or_default();
    let cells = CellContext { targets: &targets, active: active_cell, state: &active, select: &select };
    let (shown, _, reactions, _) = view.filter.counts(incident);
    let mut index = 0;
    html! {
        <section class="matrix-panel">
            <div class="matrix-scroll">
                <table class="matrix" role="grid" ref={table} {onkeydown} aria-labelledby="matrix-caption">
                    <caption id="matrix-caption">{ words.matrix_caption(shown, reactions) }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="actor-col">{ words.actor }</th>
                            { for matrix.columns.iter().map(|&kind| html! {
                                <th scope="col" class={classes!("kind", kind_class(kind))} title={words.response_definition(kind)}>
                                    <span>{ words.response_label(kind) }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    { for matrix.groups.iter().map(|group| html! {
                        <tbody>
                            <tr class="group-row">
                                <th scope="rowgroup" colspan={(matrix.columns.len() + 1).to_string()}>{ words.group(group.group) }</th>
                            </tr>
                            { for group.rows.iter().map(|row| {
                                index += 1;
                                let lit = highlighted.contains(&row.actor.id.as_str());
                                matrix_row(props, &cells, &matrix.columns, row, index - 1, lit)
                            }) }
                        </tbody>
                    }) }
                </table>
            </div>
        </section>
    }
}

struct CellContext<'a> {
    targets: &'a Rc<Vec<Vec<Option<Selection>>>>,
    active: Cell,
    state: &'a UseStateHandle<Cell>,
    select: &'a Callback<Selection>,
}

impl CellContext<'_> {
    /// The roving tab index, and the handlers every cell shares.
    fn attributes(&self, cell: Cell) -> (&'static str, Callback<FocusEvent>, Callback<MouseEvent>) {
        let state = self.state.clone();
        let onfocus = Callback::from(move |_| state.set(cell));
        let target = self.targets[cell.0][cell.1].clone();
        let select = self.select.clone();
        let onclick = Callback::from(move |_| {
            if let Some(target) = target.clone() {
                select.emit(target);
            }
        });
        (if cell == self.active { "0" } else { "-1" }, onfocus, onclick)
    }
}

fn matrix_row(
    props: &ExplorerProps,
    cells: &CellContext,
    columns: &[ResponseKind],
    row: &MatrixRow,
    index: usize,
    highlighted: bool,
) -> Html {
    let (lang, incident) = (props.view.lang, props.incident.as_ref());
    let words = strings(lang);
    let name = row.actor.name.get(lang);
    let role = row.actor.role.as_ref().map(|role| role.get(lang));
    let selected = match props.view.selection {
        Some(Selection::Reaction(reaction)) => Some(reaction),
        _ => None,
    };
    let (tabindex, onfocus, onclick) = cells.attributes((index, 0));
    html! {
        <tr data-actor={row.actor.id.clone()} class={classes!(highlighted.then_some("highlighted"))} aria-selected={highlighted.to_string()}>
            <th scope="row" class="actor-col" data-cell={format!("{index}:0")} {tabindex} {onfocus} {onclick}>
                <span class="actor-name">{ name }</span>
                <span class="actor-kind">{ role.unwrap_or_else(|| words.actor_kind(row.actor.kind)) }</span>
            </th>
            { for columns.iter().zip(&row.cells).enumerate().map(|(column, (&kind, reactions))| {
                let (tabindex, onfocus, onclick) = cells.attributes((index, column + 1));
                let chosen = selected.is_some_and(|selected| reactions.contains(&selected));
                let label = reactions.first().map(|&first| words.cell_label(name, kind, incident.reactions[first].date));
                html! {
                    <td
                        class={classes!(kind_class(kind), (!reactions.is_empty()).then_some("filled"), chosen.then_some("selected"))}
                        data-cell={format!("{index}:{}", column + 1)}
                        aria-label={label}
                        {tabindex}
                        {onfocus}
                        {onclick}
                    >
                        { for reactions.iter().map(|&reaction| {
                            let date = incident.reactions[reaction].date;
                            html! {
                                <span class="mark">
                                    <span aria-hidden="true">{ "●" }</span>
                                    <time datetime={date.to_string()}>{ words.short_date(date, incident.facts.made_public.year()) }</time>
                                </span>
                            }
                        }) }
                    </td>
                }
            }) }
        </tr>
    }
}

/// What each cell of a row opens: the header opens the actor; a cell with one reaction opens
/// it; a cell with several opens the actor, whose detail lists them all.
fn targets(row: &MatrixRow) -> Vec<Option<Selection>> {
    let actor = Selection::Actor(row.actor.id.clone());
    let cells = row.cells.iter().map(|reactions| match reactions.as_slice() {
        [] => None,
        [only] => Some(Selection::Reaction(*only)),
        _ => Some(actor.clone()),
    });
    std::iter::once(Some(actor.clone())).chain(cells).collect()
}

fn keyboard(
    targets: &Rc<Vec<Vec<Option<Selection>>>>,
    (row, column): Cell,
    active: &UseStateHandle<Cell>,
    table: &NodeRef,
    select: Callback<Selection>,
) -> Callback<KeyboardEvent> {
    let (targets, active, table) = (targets.clone(), active.clone(), table.clone());
    Callback::from(move |event: KeyboardEvent| {
        let (last_row, last_column) = (targets.len() - 1, targets[0].len() - 1);
        let next = match event.key().as_str() {
            "ArrowDown" => ((row + 1).min(last_row), column),
            "ArrowUp" => (row.saturating_sub(1), column),
            "ArrowRight" => (row, (column + 1).min(last_column)),
            "ArrowLeft" => (row, column.saturating_sub(1)),
            "Home" => (row, 0),
            "End" => (row, last_column),
            "Enter" | " " => {
                event.prevent_default();
                if let Some(target) = targets[row][column].clone() {
                    select.emit(target);
                }
                return;
            }
            _ => return,
        };
        event.prevent_default();
        active.set(next);
        focus_cell(&table, next);
    })
}

fn focus_cell(table: &NodeRef, (row, column): Cell) {
    let Some(table) = table.cast::<web_sys::Element>() else { return };
    if let Ok(Some(cell)) = table.query_selector(&format!("[data-cell=\"{row}:{column}\"]")) {
        let _ = cell.unchecked_into::<HtmlElement>().focus();
    }
}

/// A stable class per kind, so styles colour each kind the same way everywhere.
pub fn kind_class(kind: ResponseKind) -> String {
    format!("kind-{}", kind.id())
}
