//! The detail panel, drawn from the core's detail model (`view_model::DetailView`): what the
//! selected state, actor or reaction said, with every source.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Incident, Lang};
use crate::selection::Selection;
use crate::view_model::{DetailBody, DetailView};

use super::reaction_detail::response_terms;
use super::{ReactionDetail, Shared};
use crate::view_change::ViewChange;

#[derive(Properties, PartialEq)]
pub struct DetailPanelProps {
    pub incident: Shared<Incident>,
    pub lang: Lang,
    pub view: Shared<DetailView>,
    /// What is selected, so that a new selection brings the panel into view.
    pub selection: Option<Selection>,
    pub on_edit: Callback<ViewChange>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn DetailPanel(props: &DetailPanelProps) -> Html {
    let panel = use_node_ref();
    use_reveal_on_change(&panel, props.selection.clone());
    let (lang, words) = (props.lang, strings(props.lang));
    let close = props.on_close.reform(|_: MouseEvent| ());
    let body = match &props.view.body {
        DetailBody::Hint => html! { <p class="detail-hint">{ words.detail_hint }</p> },
        DetailBody::Quiet => html! { <p class="detail-hint">{ words.legend_none }</p> },
        DetailBody::Country { role, actors, covered } => html! {
            <>
                if let Some(role) = role {
                    <p class="detail-sub">{ role }</p>
                }
                <ul class="country-actors">
                    { for actors.iter().map(|actor| html! {
                        <li>
                            { link_button(&props.on_edit, ViewChange::Select(Some(Selection::Actor(actor.id.clone()))), &actor.name) }
                            <span class="detail-sub">{ response_terms(lang, &actor.kinds) }</span>
                        </li>
                    }) }
                </ul>
                if let Some(covered) = covered {
                    <p class="covered-note">{ covered }</p>
                }
            </>
        },
        DetailBody::Actor { line, reactions } => html! {
            <>
                <p class="detail-sub">{ line }</p>
                { for reactions.iter().map(|&index| html! {
                    <ReactionDetail {lang} incident={props.incident.clone()} {index} />
                }) }
            </>
        },
    };
    // Reaching a profile only sets the view: the profile itself comes with the comparison.
    let profile = match &props.view.profile {
        Some(responder) => {
            link_button(&props.on_edit, ViewChange::Profile(Some(responder.clone())), words.profile_link)
        }
        None => Html::default(),
    };
    html! {
        <aside class="detail" id="detail" ref={panel} aria-labelledby="detail-heading">
            <div class="detail-head">
                <h2 id="detail-heading" tabindex="-1">{ &props.view.heading }</h2>
                if props.selection.is_some() {
                    <button type="button" class="close" onclick={close} aria-label={words.close}>{ "×" }</button>
                }
            </div>
            { body }
            { profile }
        </aside>
    }
}

/// A button that reads as a link and makes one change to the view.
fn link_button(on_edit: &Callback<ViewChange>, change: ViewChange, text: &str) -> Html {
    let onclick = on_edit.reform(move |_| change.clone());
    html! { <button type="button" class="link-button" {onclick}>{ text }</button> }
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
