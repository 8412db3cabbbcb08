//! The filters every view follows, the counts they leave, the row order and a way back to
//! the default view. Only kinds that occur in the incident are offered: a box that can only
//! empty the page helps no one.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::comparison::CompareOrder;
use crate::derived::Counts;
use crate::filter::{date_entry_text, BlocScope, Filter};
use crate::i18n::strings;
use crate::matrix::RowOrder;
use crate::model::{ActorKind, Incident, Lang, ResponseKind};

use std::rc::Rc;

use super::date_field::DateField;
use super::{FilterFold, Shared};
use crate::view_change::ViewChange;

/// What the filters draw. Filter kinds the incident never uses are not offered
/// ([`Incident::kinds_used`]).
pub struct FilterPanelProps {
    pub incident: Shared<Incident>,
    /// The actor and response kinds that occur in the incident.
    pub offered: Rc<(Vec<ActorKind>, Vec<ResponseKind>)>,
    pub lang: Lang,
    pub filter: Filter,
    pub sort: SortChoice,
    pub counts: Counts,
    /// The whole view is the incident's default: nothing to reset.
    pub at_default: bool,
    pub on_edit: Callback<ViewChange>,
}

/// The order the sort box sets: the matrix's and the timeline's rows, or the comparison's.
#[derive(Clone, Copy, PartialEq)]
pub enum SortChoice {
    Rows(RowOrder),
    Compare(CompareOrder),
}

/// A function rather than a component: it changes with every filter anyway.
pub fn filter_panel(props: &FilterPanelProps) -> Html {
    let incident = &props.incident;
    let words = strings(props.lang);
    let filter = &props.filter;
    let offered = &props.offered;
    let Counts { actors, all_actors, reactions, all_reactions } = props.counts;
    let on_edit = &props.on_edit;
    let on_text = on_edit.reform(|event: InputEvent| {
        ViewChange::Text(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_bloc = {
        let incident = incident.clone();
        on_edit.reform(move |event: Event| {
            let id = event.target_unchecked_into::<HtmlSelectElement>().value();
            ViewChange::Bloc(BlocScope::from_id(&incident, &id).unwrap_or_default())
        })
    };
    let comparing = matches!(props.sort, SortChoice::Compare(_));
    let on_order = on_edit.reform(move |event: Event| {
        let id = event.target_unchecked_into::<HtmlSelectElement>().value();
        if comparing {
            ViewChange::CompareOrder(CompareOrder::from_id(&id).unwrap_or_default())
        } else {
            ViewChange::Order(RowOrder::from_id(&id).unwrap_or_default())
        }
    });
    let orders: Vec<(&'static str, &'static str, bool)> = match props.sort {
        SortChoice::Rows(chosen) => {
            RowOrder::ALL.into_iter().map(|order| (order.id(), words.order(order), order == chosen)).collect()
        }
        SortChoice::Compare(chosen) => CompareOrder::ALL
            .into_iter()
            .map(|order| (order.id(), words.compare_order(order), order == chosen))
            .collect(),
    };
    let lang = props.lang;
    let on_reset = on_edit.reform(|_| ViewChange::Reset);
    let bloc_value = filter.bloc.id();
    let who_spoke = chip_group(
        on_edit,
        words.actor_kinds,
        offered.0.clone(),
        &filter.actor_kinds,
        ViewChange::ActorKind,
        |kind| (words.actor_kind(kind), kind.id()),
    );
    let how = chip_group(
        on_edit,
        words.responses,
        offered.1.clone(),
        &filter.responses,
        ViewChange::Response,
        |kind| (words.response_label(kind), kind.id()),
    );
    html! {
        <section class="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading" class="visually-hidden">{ words.filters }</h2>
            <FilterFold lang={props.lang} active={filter.active()}>
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
                                    <option value={bloc.id.clone()} selected={bloc_value == bloc.id.as_str()}>{ bloc.name.get(props.lang) }</option>
                                }) }
                                <option value="none" selected={bloc_value == "none"}>{ words.bloc_none }</option>
                            </select>
                        </label>
                    }
                    <DateField {lang} label={words.date_from} id="filter-from"
                        shown={date_entry_text(lang, filter.from, false)} on_commit={on_edit.reform(ViewChange::From)} />
                    <DateField {lang} label={words.date_until} id="filter-until"
                        shown={date_entry_text(lang, filter.until, true)} on_commit={on_edit.reform(ViewChange::Until)} />
                    <label class="field">
                        <span>{ words.sort_by }</span>
                        <select onchange={on_order}>
                            { for orders.into_iter().map(|(id, label, selected)| html! {
                                <option value={id} {selected}>{ label }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="reset" onclick={on_reset} disabled={props.at_default}>{ words.reset }</button>
                </div>
                { who_spoke }
                { how }
            </FilterFold>
            <p class="counts" role="status">{ words.counts(actors, all_actors, reactions, all_reactions) }</p>
        </section>
    }
}

/// A fieldset of checkboxes over one list of the filter, of which `chosen` is the current
/// value; `toggle` is the change a box sends. `name` gives each item's label and id.
fn chip_group<T: Copy + PartialEq + 'static>(
    on_edit: &Callback<ViewChange>,
    legend: &'static str,
    offered: Vec<T>,
    chosen: &[T],
    toggle: fn(T, Vec<T>) -> ViewChange,
    name: impl Fn(T) -> (&'static str, &'static str),
) -> Html {
    html! {
        <fieldset class="chips">
            <legend>{ legend }</legend>
            { for offered.iter().map(|&item| {
                let offered = offered.clone();
                let onchange = on_edit.reform(move |_| toggle(item, offered.clone()));
                let (label, id) = name(item);
                chip(label, id, ticked(chosen, item), onchange)
            }) }
        </fieldset>
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
