//! The compact view's one line in place of the masthead: what the chart shows, who made it,
//! and a way out to the full view (with the incident's essay and every reaction listed).

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::i18n::strings;
use crate::model::Incident;
use crate::view_mode::ViewMode;
use crate::view_query::{page, ViewQuery};

pub fn credit_line(incident: &Incident, catalogue: &Catalogue, view: &ViewQuery) -> Html {
    let words = strings(view.lang);
    let href = format!("./{}{}", page(view.lang), view.full_query(catalogue));
    html! {
        <div class="credit">
            if view.mode == ViewMode::Compare {
                <h1>{ words.mode(ViewMode::Compare) }</h1>
            } else {
                <h1 lang={incident.facts.title.lang(view.lang)}>{ incident.facts.title.get(view.lang) }</h1>
            }
            <p>
                <a {href} target="_blank" rel="noopener">
                    { words.full_view }
                    <span class="visually-hidden">{ " " }{ words.opens_in_new_tab }</span>
                </a>
                { " · " }{ words.app_name }
            </p>
        </div>
    }
}
