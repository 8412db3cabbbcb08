//! One reaction in full: when, what kinds of response, the summary, the words as said, where
//! the sources disagree, and every source. The detail panel and the full list both use it.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Incident, Lang, Quote, Reaction, ResponseKind};
use crate::view_model::reprints_only;

use super::{prose, source_link, Shared, Term};

#[derive(Properties, PartialEq)]
pub struct ReactionDetailProps {
    pub lang: Lang,
    pub incident: Shared<Incident>,
    /// An index into the incident's reactions.
    pub index: usize,
    /// Whether to name the actor, for lists that mix actors.
    #[prop_or_default]
    pub with_actor: bool,
}

#[function_component]
pub fn ReactionDetail(props: &ReactionDetailProps) -> Html {
    let (lang, incident) = (props.lang, &*props.incident);
    let words = strings(lang);
    let Some(reaction) = incident.reactions.get(props.index) else { return html! {} };
    let heading = props.with_actor.then(|| {
        let actor = incident.actor(&reaction.actor);
        let name = actor.map(|actor| actor.name.get(lang)).unwrap_or(&reaction.actor);
        let role = actor.and_then(|actor| actor.role.as_ref()).map(|role| format!(", {}", role.get(lang)));
        let name_lang = actor.and_then(|actor| actor.name.lang(lang));
        html! { <h3 lang={name_lang}>{ name }{ role.unwrap_or_default() }</h3> }
    });
    html! {
        <article class="reaction" data-reaction={(props.index + 1).to_string()}>
            { for heading }
            <p class="reaction-meta">
                <time datetime={reaction.date.to_string()}>{ words.reaction_date(reaction) }</time>
                { " · " }{ response_terms(lang, &reaction.responses) }
            </p>
            <p lang={reaction.summary.lang(lang)}>{ prose(reaction.summary.get(lang)) }</p>
            { quote(lang, incident, reaction) }
            { for reaction.disagreements.iter().map(|disagreement| html! {
                <p class="disagreement"><strong>{ words.disagreement }{ ": " }</strong>{ prose(disagreement.note.get(lang)) }</p>
            }) }
            { reprints_note(lang, incident, reaction) }
            <ul class="reaction-sources" aria-label={words.sources}>
                { for reaction.sources.iter().filter_map(|id| incident.source(id)).map(|source| html! {
                    <li>{ source_link(lang, source) }</li>
                }) }
            </ul>
        </article>
    }
}

/// "Only reprints found: A, B. …", each publisher in its page's language.
fn reprints_note(lang: Lang, incident: &Incident, reaction: &Reaction) -> Html {
    let Some(publishers) = reprints_only(incident, reaction) else { return html! {} };
    let words = strings(lang);
    let last = publishers.len() - 1;
    html! {
        <p class="reprints-only">
            { words.only_reprints }{ " " }
            { for publishers.into_iter().enumerate().map(|(at, (publisher, own))| html! { <>
                <span lang={(own != lang.tag()).then(|| own.to_string())}>{ publisher }</span>
                { if at < last { ", " } else { ". " } }
            </> }) }
            { words.no_original }
        </p>
    }
}

fn quote(lang: Lang, incident: &Incident, reaction: &Reaction) -> Html {
    let Some(quote) = reaction.quote(lang) else { return html! {} };
    let cite = incident.source(&quote.source).map(|source| source.url.to_string());
    quote_figure(lang, quote, quote.translated(lang), cite)
}

/// The words as said, in their language, with our translation into the reader's under them.
pub fn quote_figure(lang: Lang, quote: &Quote, translation: Option<&str>, cite: Option<String>) -> Html {
    html! {
        <figure class="quote">
            <blockquote lang={quote.lang.clone()} cite={cite}>{ &quote.text }</blockquote>
            if let Some(words) = translation {
                <p class="translation"><span class="label">{ strings(lang).quote_translation }</span>{ " " }{ prose(words) }</p>
            }
            <figcaption>{ strings(lang).quote }</figcaption>
        </figure>
    }
}

/// The response kinds, each a glossary term that opens its definition in place.
pub fn response_terms(lang: Lang, kinds: &[ResponseKind]) -> Html {
    let words = strings(lang);
    html! {
        { for kinds.iter().enumerate().map(|(at, &kind)| html! {
            <>
                if at > 0 { { ", " } }
                <Term id={kind.id()} words={words.response_label(kind)} />
            </>
        }) }
    }
}
