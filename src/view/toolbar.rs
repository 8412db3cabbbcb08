//! The controls above the page: which incident, which language.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;

/// What the toolbar draws and where it sends the reader's choices.
pub struct ToolbarProps {
    pub lang: Lang,
    /// (id, title) of every incident, in catalogue order.
    pub incidents: Vec<(String, String)>,
    pub incident: String,
    pub on_incident: Callback<String>,
    pub on_lang: Callback<Lang>,
}

pub fn toolbar(props: &ToolbarProps) -> Html {
    let words = strings(props.lang);
    let on_change = props
        .on_incident
        .reform(|event: Event| event.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
    html! {
        <nav class="toolbar">
            if props.incidents.len() > 1 {
                <label class="field">
                    <span>{ words.incident }</span>
                    <select onchange={on_change}>
                        { for props.incidents.iter().map(|(id, title)| html! {
                            <option value={id.clone()} selected={*id == props.incident}>{ title }</option>
                        }) }
                    </select>
                </label>
            }
            <div class="lang-switch" role="group" aria-label={words.language}>
                { for Lang::ALL.into_iter().map(|lang| {
                    let onclick = props.on_lang.reform(move |_| lang);
                    html! {
                        <button type="button" lang={lang.tag()} aria-pressed={(lang == props.lang).to_string()} {onclick}>
                            { lang.tag().to_ascii_uppercase() }
                        </button>
                    }
                }) }
            </div>
        </nav>
    }
}
