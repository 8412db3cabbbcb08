//! Prose from the data, with words in another language marked (`{en:…}` in a Czech note) so
//! a screen reader reads them in their own voice.

use yew::prelude::*;

use crate::model::spans;

pub fn prose(text: &str) -> Html {
    html! {
        { for spans(text).into_iter().map(|span| match span.lang {
            Some(lang) => html! { <span lang={lang.to_string()}>{ span.text }</span> },
            None => html! { { span.text } },
        }) }
    }
}
