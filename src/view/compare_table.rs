//! The comparison's table of responders by incidents, drawn from the core's model
//! (`view_model::ComparisonView`): a cell opens what that responder said in that incident, a
//! name opens the responder's profile. Each row's cells are a component of their own, drawn again
//! only when their words or opened cell change; a table of more than `row_window::DRAWN_WHOLE`
//! lines (a reader's own set of large incidents) draws the lines in view and a margin
//! (`row_window`), the others keeping their place as empty space.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::selection::Selection;
use crate::view_change::ViewChange;
use crate::view_model::{ComparisonView, ResponderCell, ResponderRow};

use super::comparison_view::short_title;
use super::roving_focus::focus;
use super::window::{use_window, Lines};
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    pub model: Shared<ComparisonView>,
    pub lang: Lang,
    /// The incident and what of it the reader opened: its cell shows it.
    pub opened: Option<(AttrValue, Selection)>,
    /// Every incident is compared (no choice narrows them): a name's profile spans them all.
    pub all_compared: bool,
    /// The responder whose profile the reader has just closed: its row is drawn, whatever the
    /// scrolling, and the focus goes back to its name.
    #[prop_or_default]
    pub keep: Option<AttrValue>,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let model = &props.model;
    let words = strings(props.lang);
    let table = use_node_ref();
    let groups: Vec<(&str, &[Rc<ResponderRow>])> = model
        .groups
        .iter()
        .filter(|(_, rows)| !rows.is_empty())
        .map(|(heading, rows)| (*heading, rows.as_slice()))
        .collect();
    let lines = groups.iter().map(|(_, rows)| rows.len() + 1).sum();
    // Asked for as the table is made, kept drawn until its name has the focus.
    let keep = use_mut_ref(|| props.keep.clone());
    let kept = keep.borrow().as_ref().and_then(|id| line_of(&groups, id));
    let shape = Lines { items: ":scope > tbody:not(.spacer) > tr", clip: Some(".compare-scroll") };
    let window = use_window(&table, lines, shape, kept);
    {
        let (table, window) = (table.clone(), window.clone());
        use_effect(move || {
            let Some(id) = keep.borrow_mut().take() else { return };
            if focus(&table, &format!("tr[data-responder=\"{id}\"] th button")) {
                // Unpinned, the row stays drawn: the range drawn now, which holds it, is chosen.
                if let Some(drawn) = window.drawn.clone() {
                    window.set(drawn);
                }
            }
        });
    }
    let drawn_line = |line: usize| window.draws(line);
    let columns = model.columns.len() + 1 + usize::from(model.median_heading.is_some());
    let (before, after) = window.undrawn(lines);
    // Each group with the line its heading is on.
    let mut line = 0;
    let placed: Vec<(usize, &str, &[Rc<ResponderRow>])> = groups
        .iter()
        .map(|&(heading, rows)| {
            let at = line;
            line += rows.len() + 1;
            (at, heading, rows)
        })
        .collect();
    html! {
        <div class="compare-scroll">
            <table class="compare" ref={table} aria-rowcount={window.drawn.is_some().then(|| (lines + 1).to_string())}>
                // Every child of the table and of each body keyed: Yew diffs a list with an
                // unkeyed child (a group not drawn, a heading drawn by an `if`) by place, from the
                // end, and every row that moved would be drawn anew.
                <thead key="head">
                    <tr>
                        <th scope="col" class="actor-col">{ words.responder }</th>
                        if let Some(heading) = model.median_heading {
                            <th scope="col" class="median-col">{ heading }</th>
                        }
                        { for model.columns.iter().map(|column| html! {
                            <th scope="col" data-incident={column.id.clone()} title={column.title.clone()}>{ short_title(column) }</th>
                        }) }
                    </tr>
                </thead>
                { window.table_space("before", before, columns) }
                { for placed.iter().filter(|(at, _, rows)| (*at..at + rows.len() + 1).any(drawn_line)).map(|&(heading_line, heading, rows)| html! {
                    <tbody key={heading}>
                        { for drawn_line(heading_line).then(|| html! {
                            <tr key="group" class="group" aria-rowindex={(heading_line + 2).to_string()}>
                                <th scope="rowgroup" colspan={columns.to_string()}>{ heading.to_string() }</th>
                            </tr>
                        }).into_iter().chain(rows.iter().enumerate().filter(|(row_at, _)| drawn_line(heading_line + 1 + row_at)).map(|(row_at, row)| html! {
                            <tr key={row.responder.id().to_string()} data-responder={row.responder.id().to_string()}
                                aria-rowindex={(heading_line + 3 + row_at).to_string()}>
                                <CompareRow
                                    row={row.clone()}
                                    lang={props.lang}
                                    opened={opened_cell(row, props.opened.as_ref())}
                                    all_compared={props.all_compared}
                                    on_edit={props.on_edit.clone()}
                                />
                            </tr>
                        })) }
                    </tbody>
                }) }
                { window.table_space("after", after, columns) }
            </table>
        </div>
    }
}

/// The table line of a responder's row, group headings counted.
fn line_of(groups: &[(&str, &[Rc<ResponderRow>])], id: &str) -> Option<usize> {
    let mut first = 0;
    for (_, rows) in groups {
        if let Some(at) = rows.iter().position(|row| row.responder.id() == id) {
            return Some(first + 1 + at);
        }
        first += rows.len() + 1;
    }
    None
}

/// Which of the row's cells is the one the reader opened, if any.
fn opened_cell(row: &ResponderRow, opened: Option<&(AttrValue, Selection)>) -> Option<usize> {
    let (incident, selection) = opened?;
    row.cells.iter().position(|cell| cell.opened(&row.responder, incident, Some(selection)))
}

#[derive(Properties, PartialEq)]
struct CompareRowProps {
    row: Rc<ResponderRow>,
    lang: Lang,
    opened: Option<usize>,
    all_compared: bool,
    on_edit: Callback<ViewChange>,
}

/// A row's cells: drawn again only when its words or its opened cell change.
#[function_component]
fn CompareRow(props: &CompareRowProps) -> Html {
    let row = &props.row;
    html! {
        <>
            <th scope="row" class="actor-col">{ profile_button(props) }</th>
            if let Some(median) = &row.median {
                <td class="median">{ median }</td>
            }
            { for row.cells.iter().enumerate().map(|(at, cell)| cell_view(props, cell, props.opened == Some(at))) }
        </>
    }
}

/// The responder's name opens its profile across every incident compared.
fn profile_button(props: &CompareRowProps) -> Html {
    let row = &props.row;
    let responder = row.responder.id().to_string();
    let onclick = props.on_edit.reform(move |_| ViewChange::Profile(Some(responder.clone())));
    let words = strings(props.lang);
    let label = match props.all_compared {
        true => words.across_incidents(&row.name),
        false => words.across_compared(&row.name),
    };
    html! { <button type="button" class="link-button actor-name" aria-label={label} {onclick}>{ &row.name }</button> }
}

fn cell_view(props: &CompareRowProps, cell: &ResponderCell, opened: bool) -> Html {
    let id = cell.incident.clone();
    html! {
        <td data-incident={cell.incident.clone()} class={classes!(cell.paint.classes(), opened.then_some("selected"))}>
            if let Some(selection) = cell.opens.clone() {
                <button type="button" class={cell.classes()} aria-label={cell.label.clone()} aria-pressed={opened.to_string()}
                    onclick={props.on_edit.reform(move |_| ViewChange::Open(id.clone(), Some(selection.clone())))}>{ &cell.text }</button>
            } else {
                <span class="visually-hidden">{ &cell.label }</span>
            }
        </td>
    }
}
