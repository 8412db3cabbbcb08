//! The detail panel: what the selected actor, reaction or country said, with every source.

use yew::prelude::*;

use crate::i18n::{strings, Strings};
use crate::model::{Actor, CountryCode, CountryNames, Incident};
use crate::selection::Selection;
use crate::standing::CountryStanding;

use super::reaction_detail::response_terms;
use super::{ReactionDetail, Shared};
use crate::view_change::ViewChange;

#[derive(Properties, PartialEq)]
pub struct DetailPanelProps {
    pub incident: Shared<Incident>,
    pub names: Shared<CountryNames>,
    pub standings: Shared<Vec<CountryStanding>>,
    pub selection: Option<Selection>,
    pub on_edit: Callback<ViewChange>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn DetailPanel(props: &DetailPanelProps) -> Html {
    let panel = use_node_ref();
    use_reveal_on_change(&panel, props.selection.clone());
    let lang = props.names.lang;
    let words = strings(lang);
    let close = props.on_close.reform(|_: MouseEvent| ());
    let (heading, body) = match &props.selection {
        None => (None, html! { <p class="detail-hint">{ words.detail_hint }</p> }),
        Some(Selection::Country(country)) => {
            (Some(props.names.name(*country)), country_body(props, *country))
        }
        Some(selection) => {
            let actor = selection.actor(&props.incident).and_then(|id| props.incident.actor(id));
            (actor.map(|actor| actor.name.get(lang).to_string()), actor_body(props, actor, selection))
        }
    };
    html! {
        <aside class="detail" id="detail" ref={panel} aria-labelledby="detail-heading">
            <div class="detail-head">
                <h2 id="detail-heading" tabindex="-1">{ heading.unwrap_or_else(|| words.details.to_string()) }</h2>
                if props.selection.is_some() {
                    <button type="button" class="close" onclick={close} aria-label={words.close}>{ "×" }</button>
                }
            </div>
            { body }
        </aside>
    }
}

/// On a narrow screen the panel sits below the matrix: when the reader picks something, bring
/// the panel into view. Never on the first render, so an embedding page is not scrolled on load.
#[hook]
fn use_reveal_on_change(panel: &NodeRef, selection: Option<Selection>) {
    let first = use_mut_ref(|| true);
    let panel = panel.clone();
    use_effect_with(selection, move |selection| {
        let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
        let below_view = |element: &web_sys::Element| {
            let height =
                gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(f64::MAX);
            element.get_bounding_client_rect().top() > height
        };
        if let (false, Some(_), Some(element)) = (was_first, selection, panel.cast::<web_sys::Element>()) {
            if below_view(&element) {
                element.scroll_into_view();
            }
        }
    });
}

fn actor_body(props: &DetailPanelProps, actor: Option<&Actor>, selection: &Selection) -> Html {
    let (lang, incident) = (props.names.lang, &props.incident);
    let Some(actor) = actor else { return html! {} };
    let words = strings(lang);
    let indices: Vec<usize> = match selection {
        Selection::Reaction(index) => vec![*index],
        _ => incident
            .reactions
            .iter()
            .enumerate()
            .filter(|(_, r)| r.actor == actor.id)
            .map(|(i, _)| i)
            .collect(),
    };
    html! {
        <>
            <p class="detail-sub">{ actor_line(words, incident, &props.names, actor) }</p>
            { for indices.into_iter().map(|index| html! {
                <ReactionDetail {lang} incident={incident.clone()} {index} />
            }) }
        </>
    }
}

/// "Minister of Foreign Affairs · Czechia": the office (or kind) and whom the actor speaks for.
fn actor_line(words: &Strings, incident: &Incident, names: &CountryNames, actor: &Actor) -> String {
    let lang = names.lang;
    let office = actor.role.as_ref().map_or(words.actor_kind(actor.kind), |role| role.get(lang));
    let place = match actor.country {
        Some(country) => names.name(country),
        None => incident.blocs_of(actor).map(|bloc| bloc.name.get(lang)).collect::<Vec<_>>().join(", "),
    };
    format!("{office} · {place}")
}

fn country_body(props: &DetailPanelProps, country: CountryCode) -> Html {
    let (lang, incident) = (props.names.lang, &*props.incident);
    let words = strings(lang);
    let Some(standing) = props.standings.iter().find(|standing| standing.country == country) else {
        return html! { <p class="detail-hint">{ words.legend_none }</p> };
    };
    let role = words.role(standing.role).map(|role| html! { <p class="detail-sub">{ role }</p> });
    let covered = (!standing.covered_by.is_empty()).then(|| {
        let blocs: Vec<&str> =
            standing.covered_by.iter().map(|&bloc| incident.blocs[bloc].name.get(lang)).collect();
        html! { <p class="covered-note">{ words.covered_by }{ " " }{ blocs.join(", ") }</p> }
    });
    html! {
        <>
            { for role }
            <ul class="country-actors">
                { for standing.actors.iter().map(|(actor, kinds)| {
                    let actor = &incident.actors[*actor];
                    let id = actor.id.clone();
                    let onclick = props.on_edit.reform(move |_| ViewChange::Select(Some(Selection::Actor(id.clone()))));
                    html! {
                        <li>
                            <button type="button" class="link-button" {onclick}>{ actor.name.get(lang) }</button>
                            <span class="detail-sub">{ response_terms(lang, kinds) }</span>
                        </li>
                    }
                }) }
            </ul>
            { for covered }
        </>
    }
}
