//! Every reaction in date order, with its summary, its words and its sources: the matrix's
//! marks link here, and it reads on its own in print or to a screen reader.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Incident, Lang, Reaction};

use super::{reaction_anchor, IncidentProps, SourceLink};

#[function_component]
pub fn ReactionList(props: &IncidentProps) -> Html {
    let words = strings(props.lang);
    let mut order: Vec<usize> = (0..props.incident.reactions.len()).collect();
    order.sort_by_key(|&index| props.incident.reactions[index].date);
    html! {
        <section class="reactions" aria-labelledby="reactions-heading">
            <h2 id="reactions-heading">{ words.reactions_heading }</h2>
            <ol class="reaction-list">
                { for order.into_iter().map(|index| reaction_item(props.lang, &props.incident, index)) }
            </ol>
        </section>
    }
}

fn reaction_item(lang: Lang, incident: &Incident, index: usize) -> Html {
    let words = strings(lang);
    let reaction = &incident.reactions[index];
    let actor = incident.actor(&reaction.actor);
    let name = actor.map(|actor| actor.name.get(lang)).unwrap_or(&reaction.actor);
    let role = actor.and_then(|actor| actor.role.as_ref()).map(|role| format!(", {}", role.get(lang)));
    let kinds: Vec<&str> = reaction.responses.iter().map(|&kind| words.response_label(kind)).collect();
    html! {
        <li id={reaction_anchor(index)} class="reaction" tabindex="-1">
            <h3>{ name }{ role.unwrap_or_default() }</h3>
            <p class="reaction-meta">
                <time datetime={reaction.date.to_string()}>{ words.date(reaction.date) }</time>
                { " · " }{ kinds.join(", ") }
            </p>
            <p>{ reaction.summary.get(lang) }</p>
            { quote(lang, incident, reaction) }
            { for reaction.disagreements.iter().map(|disagreement| html! {
                <p class="disagreement"><strong>{ words.disagreement }{ ": " }</strong>{ disagreement.note.get(lang) }</p>
            }) }
            <ul class="reaction-sources" aria-label={words.sources}>
                { for reaction.sources.iter().filter_map(|id| incident.source(id)).map(|source| html! {
                    <li><SourceLink {lang} source={source.clone()} /></li>
                }) }
            </ul>
        </li>
    }
}

fn quote(lang: Lang, incident: &Incident, reaction: &Reaction) -> Html {
    let Some(quote) = &reaction.quote else { return html! {} };
    let cite = incident.source(&quote.source).map(|source| source.url.to_string());
    html! {
        <figure class="quote">
            <blockquote lang={quote.lang.clone()} cite={cite}>{ &quote.text }</blockquote>
            <figcaption>{ strings(lang).quote }</figcaption>
        </figure>
    }
}
