//! What prints besides the map and the matrix (`@media print`, or *Print handout*), drawn from
//! the core's handout model (`view_model::HandoutView`): the story's steps as numbered
//! paragraphs, the questions, every source numbered with its address, and the live view's
//! address (marked `lang="zxx"`: an address is in no language). On screen it is not shown: the
//! story and the sources are there already.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{spans, Lang};
use crate::view_model::HandoutView;

pub fn handout(model: &HandoutView, lang: Lang) -> Html {
    let words = strings(lang);
    html! {
        <section class="handout">
            if let Some(origin) = &model.origin {
                <p class="origin">{ origin }</p>
            }
            if !model.story.is_empty() {
                <h2>{ words.handout_story }</h2>
                <ol class="handout-story">
                    { for model.story.iter().map(|step| html! {
                        <li lang={step.lang}><strong>{ step.title }</strong>{ ". " }{ plain(step.text) }{ &step.cited }</li>
                    }) }
                </ol>
            }
            if !model.questions.is_empty() {
                <h2>{ words.questions }</h2>
                <ol class="handout-questions">{ for model.questions.iter().map(|question| html! { <li>{ plain(question) }</li> }) }</ol>
            }
            <h2>{ words.sources }</h2>
            <ol class="handout-sources">
                // The publisher in its own language; a page's title would not fit on two pages.
                { for model.sources.iter().map(|source| html! {
                    <li>
                        <span lang={source.lang.map(str::to_string)}>{ source.publisher }</span>{ ": " }
                        <span class="url" lang="zxx" translate="no">{ source.address }</span>
                    </li>
                }) }
            </ol>
            <p class="live-link">{ words.live_view }{ " " }<span class="url" lang="zxx" translate="no">{ live_address(&model.link) }</span></p>
        </section>
    }
}

/// Marked prose without its glossary buttons (paper has none); other-language words keep
/// their language.
fn plain(text: &str) -> Html {
    html! {
        { for spans(text).into_iter().map(|span| match span.lang {
            Some(lang) => html! { <span lang={lang.to_string()}>{ span.text }</span> },
            None => html! { { span.text } },
        }) }
    }
}

/// The address that reopens the view, whole, for a reader typing it from paper: the page's
/// own address in the browser; at build time, the link alone.
fn live_address(query: &str) -> String {
    #[cfg(target_family = "wasm")]
    {
        let location = gloo::utils::window().location();
        let page = location.pathname().unwrap_or_default();
        format!("{}{page}{query}", location.origin().unwrap_or_default())
    }
    #[cfg(not(target_family = "wasm"))]
    query.to_string()
}
