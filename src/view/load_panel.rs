//! A data file that did not arrive: what and why, in the reader's language, and a way to try
//! again. It stands above whatever the page already shows, which stays readable.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::session::LoadError;

#[derive(Properties, PartialEq)]
pub struct LoadPanelProps {
    pub lang: Lang,
    pub error: LoadError,
    pub on_retry: Callback<()>,
}

#[function_component]
pub fn LoadPanel(props: &LoadPanelProps) -> Html {
    let words = strings(props.lang);
    html! {
        <section class="error-panel load-error" role="alert" lang={props.lang.tag()}>
            <h2>{ words.error_heading }</h2>
            <p>{ words.load_failed(&props.error) }</p>
            <button type="button" class="retry" onclick={props.on_retry.reform(|_| ())}>{ words.retry }</button>
        </section>
    }
}
