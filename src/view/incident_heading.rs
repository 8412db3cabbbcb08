//! The incident's title and one line of essentials, above the explorer.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{CountryNames, Incident};

pub fn incident_heading(incident: &Incident, names: &CountryNames) -> Html {
    let (lang, facts) = (names.lang, &incident.facts);
    let words = strings(lang);
    let accused = &facts.attributed_to;
    html! {
        <div class="incident-heading">
            <h1 id="incident-title" lang={facts.title.lang(lang)}>{ facts.title.get(lang) }</h1>
            <p class="dek">
                { words.made_public }{ " " }
                <time datetime={facts.made_public.to_string()}>{ words.date_in(facts.made_public) }</time>
                { " · " }{ words.attributed_to }{ " " }<strong>{ words.actor_names(&accused.name) }</strong>
                { format!(" ({})", names.name(accused.state)) }
            </p>
        </div>
    }
}
