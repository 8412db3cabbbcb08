//! Prose from the data, with words in another language marked (`{en:…}` in a Czech note) so
//! a screen reader reads them in their own voice, and glossary terms (`{#apt:APT}`) that open
//! their definition.

use yew::prelude::*;

use crate::model::spans;

use super::Term;

pub fn prose(text: &str) -> Html {
    html! {
        { for spans(text).into_iter().map(|span| match (span.lang, span.term) {
            (Some(lang), _) => html! { <span lang={lang.to_string()}>{ span.text }</span> },
            (None, Some(term)) => html! { <Term id={term.to_string()} words={span.text.to_string()} /> },
            (None, None) => html! { { span.text } },
        }) }
    }
}
