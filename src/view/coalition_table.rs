//! The comparison's coalition table, drawn from the core's `view_model::CoalitionView`: a
//! switch between the relations (in the link), a real table of responders by responders whose
//! counts are buttons, the incidents behind the opened cell below it, each opening the row's
//! responder in that incident (as the comparison's cells do: the detail panel), and the relation's definition in words. Which cell is open is the reader's
//! passing look, not part of the view a link names, so it stays here.

use yew::prelude::*;

use crate::comparison::Relation;
use crate::i18n::strings;
use crate::model::Lang;
use crate::view_change::ViewChange;
use crate::view_model::{CoalitionCell, CoalitionView};

use super::Shared;

#[derive(Properties, PartialEq, Clone)]
pub struct CoalitionTableProps {
    pub model: Shared<CoalitionView>,
    pub lang: Lang,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn CoalitionTable(props: &CoalitionTableProps) -> Html {
    let model = &props.model;
    // The open cell, as (relation, row, cell): another relation's table closes it.
    let opened = use_state(|| None::<(Relation, usize, usize)>);
    let open = opened.as_ref().copied().filter(|&(relation, ..)| relation == model.relation);
    let words = &model.words;
    html! {
        <section class="coalitions" aria-labelledby="coalitions-heading">
            <h3 id="coalitions-heading">{ &words.heading }</h3>
            <p class="compare-hint">{ &words.hint }</p>
            <div class="coalition-switch" role="group" aria-labelledby="coalition-switch-label">
                <span id="coalition-switch-label">{ &words.counts }{ ":" }</span>
                { for model.relations.iter().map(|(relation, label)| {
                    let relation = *relation;
                    let onclick = props.on_edit.reform(move |_| ViewChange::Coalition(relation));
                    let pressed = relation == model.relation;
                    html! { <button type="button" data-coalition={relation.id()} aria-pressed={pressed.to_string()} {onclick}>{ label }</button> }
                }) }
            </div>
            if model.rows.is_empty() {
                <p class="coalition-empty">{ &words.empty }</p>
            } else {
                <div class="compare-scroll coalition-scroll" role="region" tabindex="0" aria-labelledby="coalition-caption">
                    <table class="coalition">
                        <caption id="coalition-caption">{ &model.caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="actor-col">{ strings(props.lang).responder }</th>
                                { for model.columns.iter().map(|head| html! {
                                    <th scope="col" data-partner={head.id.clone()} title={head.name.clone()}>
                                        <span aria-hidden="true">{ &head.id }</span>
                                        <span class="visually-hidden">{ &head.name }</span>
                                    </th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for model.rows.iter().enumerate().map(|(row, line)| html! {
                                <tr data-partner={line.head.id.clone()}>
                                    <th scope="row" class="actor-col">{ &line.head.name }</th>
                                    { for line.cells.iter().enumerate().map(|(at, cell)| {
                                        let pressed = open == Some((model.relation, row, at));
                                        let relation = model.relation;
                                        let toggle = {
                                            let opened = opened.clone();
                                            Callback::from(move |_| opened.set((!pressed).then_some((relation, row, at))))
                                        };
                                        cell_view(cell, pressed, toggle)
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if let Some((_, row, at)) = open {
                    { listing(props, row, at, opened.clone()) }
                }
            }
            <div class="coalition-notes">
                { for model.notes.iter().map(|note| html! { <p class="compare-hint">{ note }</p> }) }
            </div>
        </section>
    }
}

/// A count the reader can open; an empty cell says so to a screen reader only.
fn cell_view(cell: &CoalitionCell, pressed: bool, onclick: Callback<MouseEvent>) -> Html {
    let classes = classes!(
        (cell.shade > 0).then(|| format!("co-{}", cell.shade)),
        cell.own.then_some("own"),
        pressed.then_some("selected")
    );
    html! {
        <td data-partner={cell.id.clone()} class={classes}>
            if cell.count > 0 {
                <button type="button" aria-label={cell.label.clone()} aria-expanded={pressed.to_string()}
                    aria-controls="coalition-incidents" {onclick}>{ cell.count }</button>
            } else {
                <span class="visually-hidden">{ &cell.label }</span>
            }
        </td>
    }
}

/// The incidents behind the open cell, oldest first; each opens what the row's responder did
/// there, in the detail panel beside the comparison.
fn listing(
    props: &CoalitionTableProps,
    row: usize,
    at: usize,
    opened: UseStateHandle<Option<(Relation, usize, usize)>>,
) -> Html {
    let model = &props.model;
    let Some(cell) = model.rows.get(row).and_then(|line| line.cells.get(at)) else { return Html::default() };
    let close = Callback::from(move |_| opened.set(None));
    html! {
        <section id="coalition-incidents" class="coalition-incidents" aria-labelledby="coalition-incidents-heading">
            <h4 id="coalition-incidents-heading">{ &cell.label }</h4>
            <ul>
                { for model.opened(row, at).into_iter().map(|incident| {
                    let (id, opens) = (incident.column.id.clone(), incident.opens.clone());
                    let onclick = props.on_edit.reform(move |_| ViewChange::Open(id.clone(), opens.clone()));
                    html! {
                        <li data-incident={incident.column.id.clone()}>
                            <button type="button" class="link-button" {onclick}>{ &incident.column.title }</button>
                            <span class="coalition-when">
                                <time datetime={incident.column.datetime.clone()}>{ &incident.column.date }</time>
                                if let Some(note) = &incident.note {
                                    { " · " }{ note }
                                }
                            </span>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" class="coalition-close" onclick={close}>{ strings(props.lang).close }</button>
        </section>
    }
}
