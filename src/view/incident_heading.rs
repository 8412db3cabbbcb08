//! The incident's title and one line of essentials, above the explorer.

use yew::prelude::*;

use crate::geography::country_name;
use crate::i18n::strings;

use super::IncidentProps;

#[function_component]
pub fn IncidentHeading(props: &IncidentProps) -> Html {
    let (lang, facts) = (props.lang, &props.incident.facts);
    let words = strings(lang);
    let accused = &facts.attributed_to;
    html! {
        <header class="incident-heading">
            <h1 id="incident-title">{ facts.title.get(lang) }</h1>
            <p class="dek">
                { words.made_public }{ " " }
                <time datetime={facts.made_public.to_string()}>{ words.date(facts.made_public) }</time>
                { " · " }{ words.attributed_to }{ " " }<strong>{ &accused.name }</strong>
                { format!(" ({})", country_name(accused.state, lang)) }
            </p>
        </header>
    }
}
