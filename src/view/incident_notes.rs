//! Below an incident's title (or the compact view's credit line), a reader's own file says
//! where it comes from and, in the Czech view, that some of its texts are in English. Words,
//! not an icon or a colour, so that every reader and screen reader gets them.

use yew::prelude::*;

use crate::i18n::{origin_line, strings};
use crate::model::{Incident, Lang};

pub fn incident_notes(incident: &Incident, lang: Lang) -> Html {
    let Some(url) = &incident.origin else { return Html::default() };
    html! {
        <p class="origin">
            { origin_line(lang, url) }
            if incident.untranslated {
                <span class="untranslated">{ " " }{ strings(lang).untranslated }</span>
            }
        </p>
    }
}
