//! On a phone or in a compact embed, the filters fold behind one button that says how many are
//! narrowing the view; on a wide screen the button is hidden and the filters always shown
//! (the stylesheet decides by width, so the written first screen needs no script for it).

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct FilterFoldProps {
    pub lang: Lang,
    /// How many of the filter's parts narrow the view.
    pub active: usize,
    pub children: Html,
}

#[function_component]
pub fn FilterFold(props: &FilterFoldProps) -> Html {
    let open = use_state(|| false);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <>
            <button type="button" class="filter-toggle" aria-expanded={open.to_string()} aria-controls="filter-body" {onclick}>
                { strings(props.lang).filters_active(props.active) }
            </button>
            <div id="filter-body" class={classes!("filter-body", (!*open).then_some("folded"))}>
                { props.children.clone() }
            </div>
        </>
    }
}
