//! Polite notices about link parameters that could not be honoured.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;

/// (name, value) of each ignored parameter, and what dismisses them.
pub fn notices(lang: Lang, ignored: &[(String, String)], on_dismiss: &Callback<()>) -> Html {
    if ignored.is_empty() {
        return html! {};
    }
    let words = strings(lang);
    html! {
        <aside class="notice" role="status">
            <ul>
                { for ignored.iter().map(|(name, value)| html! { <li>{ words.unknown_parameter(name, value) }</li> }) }
            </ul>
            <button type="button" onclick={on_dismiss.reform(|_| ())}>{ words.notice_dismiss }</button>
        </aside>
    }
}
