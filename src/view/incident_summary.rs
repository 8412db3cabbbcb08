//! About the incident: what happened, who it is attributed to, how sure, and what is open.
//! It follows the explorer, so the map and the matrix are what a reader sees first.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{CountryNames, Incident};

use super::{prose, source_link};

/// A function rather than a component: it is below the fold, and a component costs the widget
/// about half a kilobyte.
pub fn incident_summary(incident: &Incident, names: &CountryNames) -> Html {
    let lang = names.lang;
    let words = strings(lang);
    let facts = &incident.facts;
    let actor = &facts.attributed_to;
    let aliases = (!actor.aliases.is_empty())
        .then(|| format!(" ({} {})", words.also_known_as, actor.aliases.join(", ")));
    let sponsor =
        actor.sponsor.as_ref().map(|sponsor| format!("; {} {}", words.linked_to, sponsor.get(lang)));
    let activity = words.period(facts.activity.from, facts.activity.until);
    html! {
        <section class="incident" aria-labelledby="incident-about">
            <h2 id="incident-about">{ words.about_incident }</h2>
            <p class="lede" lang={facts.summary.lang(lang)}>{ prose(facts.summary.get(lang)) }</p>
            <dl class="facts">
                <div><dt>{ words.made_public }</dt><dd><time datetime={facts.made_public.to_string()}>{ words.date(facts.made_public) }</time></dd></div>
                <div><dt>{ words.attributed_to }</dt><dd><strong>{ words.actor_names(&actor.name) }</strong>{ aliases.unwrap_or_default() }{ sponsor.unwrap_or_default() }</dd></div>
                <div><dt>{ words.target }</dt><dd>{ facts.target.name.get(lang) }</dd></div>
                <div><dt>{ words.activity }</dt><dd>{ activity }</dd></div>
                <div><dt>{ words.confidence }</dt><dd>{ prose(facts.confidence.get(lang)) }</dd></div>
            </dl>
            if !facts.unverified.is_empty() || facts.activity.note.is_some() {
                // Folded, so the map and the matrix start on the first screen.
                <details class="unverified">
                    <summary>{ words.unverified }{ format!(" ({})", facts.unverified.len()) }</summary>
                    if let Some(note) = &facts.activity.note {
                        <p class="activity-note">{ prose(note.get(lang)) }</p>
                    }
                    <ul>{ for facts.unverified.iter().map(|item| html! { <li>{ prose(item.get(lang)) }</li> }) }</ul>
                </details>
            }
            <details class="incident-sources">
                <summary>{ words.sources }{ format!(" ({})", facts.sources.len()) }</summary>
                <ul>
                    { for facts.sources.iter().filter_map(|id| incident.source(id)).map(|source| html! {
                        <li>{ source_link(lang, source) }</li>
                    }) }
                </ul>
            </details>
        </section>
    }
}
