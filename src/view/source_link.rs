//! A citation: a link to the source, its publisher and the dates that vouch for it.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Lang, Source};

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub lang: Lang,
    pub source: Source,
}

#[function_component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let words = strings(props.lang);
    let source = &props.source;
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
