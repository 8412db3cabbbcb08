//! A citation: a link to the source, its publisher, what kind of page it is (the speaker's own,
//! an agency's, a retelling) and the dates that vouch for it. The page's
//! own words (title, publisher) carry the page's language, which may not be the reader's.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Lang, Source};

pub fn source_link(lang: Lang, source: &Source) -> Html {
    let words = strings(lang);
    let own = (source.lang != lang.tag()).then(|| source.lang.clone());
    let mut notes = vec![html! { <span class="source-kind">{ words.source_kind(source.kind) }</span> }];
    if source.title_from_address {
        notes.push(html! { { words.title_from_address } });
    }
    if let Some(via) = &source.via {
        notes.push(html! { <>{ words.via }{ " " }<span lang={own.clone()}>{ via }</span></> });
    }
    notes.push(html! { { source.url.host() } });
    if let Some(date) = source.published {
        notes.push(html! { { format!("{} {}", words.published, words.date_in(date)) } });
    }
    notes.push(html! { { format!("{} {}", words.read, words.date(source.read)) } });
    let last = notes.len() - 1;
    html! {
        <cite class="source">
            <a href={source.url.to_string()} target="_blank" rel="noopener noreferrer">
                <span lang={own.clone()}>{ source.title.as_deref().unwrap_or(&source.publisher) }</span>
                <span class="visually-hidden">{ " " }{ words.opens_in_new_tab }</span>
            </a>
            <span class="source-meta">
                { "\u{a0}– " }<span lang={own}>{ &source.publisher }</span>{ " (" }
                { for notes.into_iter().enumerate().map(|(at, note)| html! {
                    <>{ note }{ if at < last { "; " } else { ")" } }</>
                }) }
            </span>
        </cite>
    }
}
