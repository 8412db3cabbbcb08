//! What prints besides the map and the matrix (`@media print`, or *Print handout*): the story's
//! steps as numbered paragraphs, the questions, every source numbered with its address, and the
//! live view's address (marked `lang="zxx"`: an address is in no language). On screen it is not
//! shown: the story and the sources are there already.

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::i18n::strings;
use crate::model::{spans, Incident};
use crate::view_query::ViewQuery;

pub fn handout(incident: &Incident, view: &ViewQuery, catalogue: &Catalogue) -> Html {
    let lang = view.lang;
    let words = strings(lang);
    let number = |id: &str| incident.sources.iter().position(|source| source.id == id).map(|at| at + 1);
    html! {
        <section class="handout">
            if !incident.story.is_empty() {
                <h2>{ words.handout_story }</h2>
                <ol class="handout-story">
                    { for incident.story.iter().map(|step| {
                        let cited: Vec<String> = step.sources.iter().filter_map(|id| number(id)).map(|n| n.to_string()).collect();
                        html! {
                            <li>
                                <strong>{ step.title.get(lang) }</strong>{ ". " }{ plain(step.text.get(lang)) }
                                { format!(" [{}]", cited.join(", ")) }
                            </li>
                        }
                    }) }
                </ol>
            }
            if !incident.questions.is_empty() {
                <h2>{ words.questions }</h2>
                <ol class="handout-questions">{ for incident.questions.iter().map(|question| html! { <li>{ plain(question.get(lang)) }</li> }) }</ol>
            }
            <h2>{ words.sources }</h2>
            <ol class="handout-sources">
                { for incident.sources.iter().map(|source| {
                    // The publisher in its own language; a page's title would not fit on two pages.
                    let own = (source.lang != lang.tag()).then(|| source.lang.clone());
                    html! {
                        <li>
                            <span lang={own}>{ &source.publisher }</span>{ ": " }
                            <span class="url" lang="zxx" translate="no">{ bare(source.url.as_str()) }</span>
                        </li>
                    }
                }) }
            </ol>
            <p class="live-link">{ words.live_view }{ " " }<span class="url" lang="zxx" translate="no">{ live_address(view, catalogue) }</span></p>
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

/// An address as typed from paper: browsers add the `https://` and the `www.`.
fn bare(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.strip_prefix("www.").unwrap_or(rest)
}

/// The address that reopens this view, whole, for a reader typing it from paper.
fn live_address(view: &ViewQuery, catalogue: &Catalogue) -> String {
    let mut full = view.clone();
    full.presentation.compact = false;
    let query = full.to_query(catalogue, view.lang);
    #[cfg(target_family = "wasm")]
    {
        let location = gloo::utils::window().location();
        let page = location.pathname().unwrap_or_default();
        format!("{}{page}{query}", location.origin().unwrap_or_default())
    }
    #[cfg(not(target_family = "wasm"))]
    query
}
