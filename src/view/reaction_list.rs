//! Every shown reaction in date order, in full: it reads on its own in print, to a screen
//! reader, or to a class working through the story. It is below the fold, so only its first
//! part is drawn with the page; the rest follows in small steps once the widget is ready, each
//! leaving the browser a frame to answer the reader in between. A list too long to draw in a
//! frame draws only the reactions in view and a margin (`window`); the others keep their place
//! as space, and each item says its place in the whole list.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Incident, Lang};

use super::window::{use_window, Lines};
use super::{ReactionDetail, Shared};

/// Reactions drawn with the page, and then per step.
const STEP: usize = 40;

#[derive(Properties, PartialEq)]
pub struct ReactionListProps {
    pub incident: Shared<Incident>,
    pub lang: Lang,
    /// The shown reactions in date order.
    pub listed: Shared<Vec<usize>>,
}

#[function_component]
pub fn ReactionList(props: &ReactionListProps) -> Html {
    let lang = props.lang;
    let words = strings(lang);
    let drawn = use_state(|| STEP);
    let total = props.listed.len();
    let list = use_node_ref();
    let window = use_window(&list, total, Lines { items: ":scope > li:not(.spacer)", clip: None }, None);
    let shown = window.drawn.clone().unwrap_or(0..(*drawn).min(total));
    let spacer = |lines: usize| {
        (lines > 0).then(|| html! { <li class="spacer" aria-hidden="true">{ window.space(lines) }</li> })
    };
    use_effect_with((*drawn, total), {
        let drawn = drawn.clone();
        move |&(now, total): &(usize, usize)| {
            let next = (now < total).then(|| Timeout::new(0, move || drawn.set(now + STEP)));
            move || drop(next)
        }
    });
    html! {
        <section class="reactions" aria-labelledby="reactions-heading">
            <h2 id="reactions-heading">{ words.reactions_heading }</h2>
            <ol class="reaction-list" ref={list}>
                { spacer(shown.start) }
                { for props.listed[shown.clone()].iter().zip(shown.clone()).map(|(&index, at)| html! {
                    <li key={index} aria-posinset={(at + 1).to_string()} aria-setsize={total.to_string()}>
                        <ReactionDetail {lang} incident={props.incident.clone()} {index} with_actor=true />
                    </li>
                }) }
                { spacer(total - shown.end) }
            </ol>
        </section>
    }
}
