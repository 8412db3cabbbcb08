//! Below an incident's title (or the compact view's credit line): where a reader's own file
//! comes from, and, in the Czech view, that some of its texts are in English. Words, not an
//! icon or a colour, so that every reader and screen reader gets them.

use yew::prelude::*;

use crate::i18n::{origin_line, untranslated_note};
use crate::model::{Incident, Lang};

pub fn incident_notes(incident: &Incident, lang: Lang) -> Html {
    let untranslated = lang == Lang::Cs && incident.untranslated() > 0;
    html! {
        <>
            if let Some(url) = &incident.origin {
                <p class="origin">{ origin_line(lang, url) }</p>
            }
            if untranslated {
                <p class="untranslated">{ untranslated_note() }</p>
            }
        </>
    }
}
