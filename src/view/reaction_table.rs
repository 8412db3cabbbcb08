//! The matrix as a real table, drawn from the core's matrix model (`view_model::MatrixView`):
//! actors in rows, grouped by where they stand; the shown response kinds in columns, in
//! codebook order. It is one tab stop: arrow keys move between cells (Home and End along a
//! row), and Enter or a click opens what the cell opens. Rows and cells are keyed and each row
//! is a component of its own, so hiding a column removes its cells and a row whose data did
//! not change is not drawn again. A cell names its kind, not its column's number, so the cells
//! after a hidden column keep every attribute. The table listens once for the clicks, focus and
//! keys of all its cells. A table too long to draw whole in a frame draws only the lines in view
//! and a margin (`row_window`): the others keep their place as empty space, the screen reader
//! is told every row's number and the count, and the keyboard draws the row it moves to.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Lang, ResponseFamily, ResponseKind};
use crate::roving::{step_grid, Move};
use crate::row_window::including;
use crate::rung::RETALIATION_SIGN;
use crate::selection::Selection;
use crate::view_change::ViewChange;
use crate::view_model::{Highlight, MatrixView, RowView};

use super::roving_focus::{attribute_of, focus};
use super::window::{use_window, Lines};
use super::Shared;

/// A cell's place: (row among all rows, column where 0 is the actor's header).
type Cell = (usize, usize);

#[derive(Properties, PartialEq)]
pub struct ReactionTableProps {
    pub lang: Lang,
    pub view: Shared<MatrixView>,
    pub highlight: Shared<Highlight>,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn ReactionTable(props: &ReactionTableProps) -> Html {
    let words = strings(props.lang);
    let view = &props.view;
    let active = use_state(|| (0usize, 0usize));
    let table = use_node_ref();
    let rows = view.rows().count();
    if rows == 0 {
        return html! { <section class="matrix-panel"><p class="empty">{ words.no_match }</p></section> };
    }
    let columns: Rc<Vec<ResponseKind>> = Rc::new(view.columns.iter().map(|column| column.kind).collect());
    let active_cell = (active.0.min(rows - 1), active.1.min(columns.len()));
    let open = {
        let (view, on_edit) = (view.clone(), props.on_edit.clone());
        move |cell: Cell| {
            if let Some(target) = target(&view, cell) {
                on_edit.emit(ViewChange::Select(Some(target)));
            }
        }
    };
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
    let layout = Layout::of(view);
    let to_focus = use_mut_ref(|| None::<Cell>);
    // Until the keyboard's cell has focus, no scrolling may take its row away.
    let pinned = to_focus.borrow().and_then(|(row, _)| layout.row_lines.get(row).copied());
    let window = use_window(
        &table,
        layout.lines,
        Lines { items: ":scope > tbody:not(.spacer) > tr", clip: Some(".matrix-scroll") },
        pinned,
    );
    {
        let (table, columns, to_focus, window) =
            (table.clone(), columns.clone(), to_focus.clone(), window.clone());
        use_effect(move || {
            let cell = *to_focus.borrow();
            if let Some(cell) = cell.filter(|&cell| focus(&table, &cell_selector(cell, &columns))) {
                to_focus.borrow_mut().take_if(|pending| *pending == cell);
                // Unpinned, the focused row stays drawn: the range drawn now (which holds it)
                // becomes the chosen one, whatever scrolling chose meanwhile.
                if let Some(drawn) = window.drawn.clone() {
                    window.set(drawn);
                }
            }
        });
    }
    let reach = {
        let (layout, window) = (layout.clone(), window.clone());
        move |cell: Cell| {
            if let Some(drawn) = &window.drawn {
                window.set(including(drawn, layout.row_lines[cell.0], layout.lines));
            }
        }
    };
    let onkeydown = keyboard((rows, columns.len() + 1), active_cell, &active, &to_focus, reach, open);
    let drawn_line = |line: usize| window.draws(line);
    let (before, after) = window.undrawn(layout.lines);
    let mut index = 0;
    let mut line = 0;
    html! {
        <section class="matrix-panel">
            <div class="matrix-scroll">
                <table class="matrix" role="grid" ref={table} {onclick} {onfocusin} {onkeydown} aria-labelledby="matrix-caption" aria-rowcount={(layout.lines + 1).to_string()}>
                    // Every child of the table keyed, a group not drawn too: Yew diffs a list with
                    // an unkeyed child by place, from the end, and a group that comes or goes
                    // would draw every other anew.
                    // The page's first paint waits for this caption (index.html, rel=expect).
                    <caption key="caption" id="matrix-caption">{ &view.caption }</caption>
                    <thead key="head">
                        <tr aria-rowindex="1">
                            // Every cell of a row keyed, its header too: Yew diffs a row's
                            // cells as one keyed list, and an unkeyed one is drawn anew.
                            <th key="actor" scope="col" class="actor-col">{ words.actor }</th>
                            { for view.columns.iter().map(|column| html! {
                                <th key={column.kind.id()} scope="col" class={classes!("kind", kind_class(column.kind))} title={column.definition}>
                                    <span>{ column.label }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    { window.table_space("before", before, columns.len() + 1) }
                    { for view.groups.iter().map(|group| {
                        let heading = line;
                        line += group.rows.len() + 1;
                        index += group.rows.len();
                        let (first_row, first_line) = (index - group.rows.len(), heading + 1);
                        html! {
                        <tbody key={group.group as usize}>
                            // Not an `if`: drawn or not, the heading leaves the body's list keyed.
                            { for drawn_line(heading).then(|| html! {
                                <tr key="group" class="group-row" aria-rowindex={(heading + 2).to_string()}>
                                    <th scope="rowgroup" colspan={(columns.len() + 1).to_string()}>{ group.heading }</th>
                                </tr>
                            }) }
                            { for group.rows.iter().enumerate().filter(|(at, _)| drawn_line(first_line + at)).map(|(at, row)| {
                                let selected = props.highlight.reaction.filter(|chosen| row.cells.iter().any(|cell| cell.marks.iter().any(|(index, ..)| index == chosen)));
                                html! {
                                    <MatrixRowView
                                        key={row.id.clone()}
                                        lang={props.lang}
                                        row={row.clone()}
                                        index={first_row + at}
                                        line={first_line + at}
                                        tab_column={(active_cell.0 == first_row + at).then_some(active_cell.1)}
                                        highlighted={props.highlight.actor(&row.id)}
                                        {selected}
                                    />
                                }
                            }) }
                        </tbody>
                        }
                    }) }
                    { window.table_space("after", after, columns.len() + 1) }
                </table>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MatrixRowProps {
    lang: Lang,
    row: Rc<RowView>,
    /// The row's place among all rows, as the keyboard counts.
    index: usize,
    /// Its line in the table body, group headings counted (the screen reader's row number).
    line: usize,
    /// The column of this row that is the table's tab stop, if it is in this row.
    tab_column: Option<usize>,
    highlighted: bool,
    /// The selected reaction, when it is in this row.
    selected: Option<usize>,
}

#[function_component]
fn MatrixRowView(props: &MatrixRowProps) -> Html {
    let (row, words) = (&props.row, strings(props.lang));
    let tabindex = |column: usize| if props.tab_column == Some(column) { "0" } else { "-1" };
    html! {
        // Explicit roles: on a phone the stylesheet lays rows out as lines of marks, and a table
        // whose parts are displayed otherwise keeps its meaning only through its roles.
        <tr role="row" aria-rowindex={(props.line + 2).to_string()} data-actor={row.id.clone()} data-row={props.index.to_string()} class={classes!(props.highlighted.then_some("highlighted"))} aria-selected={props.highlighted.to_string()}>
            <th key="actor" role="rowheader" scope="row" class="actor-col" tabindex={tabindex(0)}>
                <span class="actor-name" lang={row.name_lang}>{ &row.name }</span>
                <span class="actor-kind">{ &row.office }</span>
            </th>
            { for row.cells.iter().enumerate().map(|(column, cell)| {
                let filled = !cell.marks.is_empty();
                let chosen = props.selected.is_some_and(|selected| cell.marks.iter().any(|(index, ..)| *index == selected));
                html! {
                    <td
                        key={cell.kind.id()}
                        role="gridcell"
                        data-label={filled.then_some(words.response_label(cell.kind))}
                        class={classes!(kind_class(cell.kind), filled.then_some("filled"), chosen.then_some("selected"))}
                        data-kind={cell.kind.id()}
                        aria-label={cell.label.clone()}
                        tabindex={tabindex(column + 1)}
                    >
                        { for cell.marks.iter().map(|(reaction, datetime, shown)| html! {
                            <span class="mark" data-reaction={reaction.to_string()}>
                                <span aria-hidden="true">{ mark_sign(cell.kind) }</span>
                                <time datetime={datetime.clone()}>{ shown }</time>
                            </span>
                        }) }
                    </td>
                }
            }) }
        </tr>
    }
}

/// What a cell opens: the header opens the actor; any other cell what the model says.
fn target(view: &MatrixView, (row, column): Cell) -> Option<Selection> {
    let row = view.rows().nth(row)?;
    match column.checked_sub(1) {
        None => Some(Selection::Actor(row.id.clone())),
        Some(at) => row.cells.get(at)?.opens.clone(),
    }
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

/// The keys move the tab stop; the cell it moves to is focused once drawn (`reach` draws it).
fn keyboard(
    size: (usize, usize),
    (row, column): Cell,
    active: &UseStateHandle<Cell>,
    to_focus: &Rc<RefCell<Option<Cell>>>,
    reach: impl Fn(Cell) + 'static,
    open: impl Fn(Cell) + 'static,
) -> Callback<KeyboardEvent> {
    let (active, to_focus) = (active.clone(), to_focus.clone());
    Callback::from(move |event: KeyboardEvent| {
        let Some(movement) = step_grid(&event.key(), event.ctrl_key(), (row, column), size) else { return };
        event.prevent_default();
        match movement {
            Move::To(next) => {
                *to_focus.borrow_mut() = Some(next);
                reach(next);
                active.set(next);
            }
            Move::Activate => open((row, column)),
        }
    })
}

/// Where each row sits among the table's lines (each group's heading is a line too).
#[derive(Clone, PartialEq)]
struct Layout {
    lines: usize,
    row_lines: Rc<Vec<usize>>,
}

impl Layout {
    fn of(view: &MatrixView) -> Layout {
        let mut row_lines = Vec::new();
        let mut line = 0;
        for group in &view.groups {
            row_lines.extend((line + 1..).take(group.rows.len()));
            line += group.rows.len() + 1;
        }
        Layout { lines: line, row_lines: Rc::new(row_lines) }
    }
}

/// The mark a filled cell shows: the retaliation's sign in the accused state's retaliation
/// columns, so they read apart from the ladder's without their colour.
fn mark_sign(kind: ResponseKind) -> &'static str {
    match kind.family() {
        ResponseFamily::Retaliation => RETALIATION_SIGN,
        _ => "●",
    }
}

/// A stable class per kind, so styles colour each kind the same way everywhere.
pub fn kind_class(kind: ResponseKind) -> String {
    format!("kind-{}", kind.id())
}
