//! Polite notices about link parameters that could not be honoured.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub lang: Lang,
    /// (name, value) of each ignored parameter.
    pub ignored: Vec<(String, String)>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.ignored.is_empty() {
        return html! {};
    }
    let words = strings(props.lang);
    html! {
        <aside class="notice" role="status">
            <ul>
                { for props.ignored.iter().map(|(name, value)| html! { <li>{ words.unknown_parameter(name, value) }</li> }) }
            </ul>
            <button type="button" onclick={props.on_dismiss.reform(|_| ())}>{ words.notice_dismiss }</button>
        </aside>
    }
}
