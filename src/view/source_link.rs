//! A citation: a link to the source, its publisher and the dates that vouch for it.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Lang, Source};

pub fn source_link(lang: Lang, source: &Source) -> Html {
    let words = strings(lang);
    let published = source.published.map(|date| format!("{} {}, ", words.published, words.date(date)));
    html! {
        <cite class="source">
            <a href={source.url.to_string()} target="_blank" rel="noopener noreferrer">
                { &source.title }
                <span class="visually-hidden">{ " " }{ words.opens_in_new_tab }</span>
            </a>
            <span class="source-meta">
                { " — " }{ &source.publisher }{ " (" }{ source.url.host() }{ "; " }
                { published.unwrap_or_default() }{ words.read }{ " " }{ words.date(source.read) }{ ")" }
            </span>
        </cite>
    }
}
