//! The filters every view follows, the counts they leave, the row order and a way back to
//! the default view. Only kinds that occur in the incident are offered: a box that can only
//! empty the page helps no one.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::filter::{toggle, BlocScope};
use crate::i18n::strings;
use crate::matrix::RowOrder;
use crate::model::{ActorKind, Date, Incident, ResponseKind};
use crate::view_query::ViewQuery;

use super::ExplorerProps;

#[function_component]
pub fn FilterPanel(props: &ExplorerProps) -> Html {
    let (view, incident) = (&props.view, props.incident.as_ref());
    let words = strings(view.lang);
    let filter = &view.filter;
    let actor_kinds: Vec<ActorKind> = ActorKind::ALL
        .into_iter()
        .filter(|kind| incident.actors.iter().any(|actor| actor.kind == *kind))
        .collect();
    let responses: Vec<ResponseKind> = ResponseKind::ALL
        .into_iter()
        .filter(|kind| incident.reactions.iter().any(|r| r.has(*kind)))
        .collect();
    let (actors, all_actors, reactions, all_reactions) = filter.counts(incident);
    let on_text = props.edit(|view, event: InputEvent| {
        view.filter.text = event.target_unchecked_into::<HtmlInputElement>().value();
    });
    let on_bloc = props.edit(|view, event: Event| {
        view.filter.bloc = match event.target_unchecked_into::<HtmlSelectElement>().value().as_str() {
            "" => BlocScope::Any,
            "none" => BlocScope::Outside,
            id => BlocScope::In(id.to_string()),
        };
    });
    let on_order = props.edit(|view, event: Event| {
        let id = event.target_unchecked_into::<HtmlSelectElement>().value();
        view.order = RowOrder::from_id(&id).unwrap_or_default();
    });
    let on_from = props.edit(|view, event: Event| view.filter.from = date_input(&event));
    let on_until = props.edit(|view, event: Event| view.filter.until = date_input(&event));
    let on_reset = {
        let incident = props.incident.clone();
        props.edit(move |view, _: MouseEvent| *view = ViewQuery::default_for(&incident, view.lang))
    };
    let bloc_value = match &filter.bloc {
        BlocScope::Any => String::new(),
        BlocScope::In(id) => id.clone(),
        BlocScope::Outside => "none".into(),
    };
    html! {
        <section class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading" class="visually-hidden">{ words.filters }</h2>
            <div class="filter-row">
                <label class="field search">
                    <span>{ words.search }</span>
                    <input type="search" value={filter.text.clone()} oninput={on_text} />
                </label>
                if !incident.blocs.is_empty() {
                    <label class="field">
                        <span>{ words.bloc }</span>
                        <select onchange={on_bloc}>
                            <option value="" selected={bloc_value.is_empty()}>{ words.bloc_any }</option>
                            { for incident.blocs.iter().map(|bloc| html! {
                                <option value={bloc.id.clone()} selected={bloc_value == bloc.id}>{ bloc.name.get(view.lang) }</option>
                            }) }
                            <option value="none" selected={bloc_value == "none"}>{ words.bloc_none }</option>
                        </select>
                    </label>
                }
                <label class="field">
                    <span>{ words.date_from }</span>
                    <input type="date" value={date_value(filter.from, true)} onchange={on_from} />
                </label>
                <label class="field">
                    <span>{ words.date_until }</span>
                    <input type="date" value={date_value(filter.until, false)} onchange={on_until} />
                </label>
                <label class="field">
                    <span>{ words.sort_by }</span>
                    <select onchange={on_order}>
                        { for RowOrder::ALL.into_iter().map(|order| html! {
                            <option value={order.id()} selected={order == view.order}>{ words.order(order) }</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="reset" onclick={on_reset} disabled={is_default(view, incident)}>{ words.reset }</button>
            </div>
            <fieldset class="chips">
                <legend>{ words.actor_kinds }</legend>
                { for actor_kinds.iter().map(|&kind| {
                    let offered = actor_kinds.clone();
                    let onchange = props.edit(move |view, _: Event| {
                        view.filter.actor_kinds = toggle(&view.filter.actor_kinds, kind, &offered);
                    });
                    chip(words.actor_kind(kind), kind.id(), ticked(&filter.actor_kinds, kind), onchange)
                }) }
            </fieldset>
            <fieldset class="chips">
                <legend>{ words.responses }</legend>
                { for responses.iter().map(|&kind| {
                    let offered = responses.clone();
                    let onchange = props.edit(move |view, _: Event| {
                        view.filter.responses = toggle(&view.filter.responses, kind, &offered);
                    });
                    chip(words.response_label(kind), kind.id(), ticked(&filter.responses, kind), onchange)
                }) }
            </fieldset>
            <p class="counts" role="status">{ words.counts(actors, all_actors, reactions, all_reactions) }</p>
        </section>
    }
}

fn chip(label: &'static str, id: &'static str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="chip" data-value={id}>
            <input type="checkbox" {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// An empty list keeps everything, so every box is ticked.
fn ticked<T: PartialEq>(chosen: &[T], item: T) -> bool {
    chosen.is_empty() || chosen.contains(&item)
}

fn date_input(event: &Event) -> Option<Date> {
    Date::parse(&event.target_unchecked_into::<HtmlInputElement>().value()).ok()
}

/// A date input holds whole days: a partial date from a link shows as the day it starts
/// (for "from") or ends (for "until").
fn date_value(date: Option<Date>, start: bool) -> String {
    let Some(date) = date else { return String::new() };
    let (first, last) = date.span();
    let (year, month, day) = if start { first } else { last };
    format!("{year:04}-{month:02}-{day:02}")
}

fn is_default(view: &ViewQuery, incident: &Incident) -> bool {
    *view == ViewQuery::default_for(incident, view.lang)
}
