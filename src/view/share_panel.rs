//! Share, embed and download. Editors open it, readers rarely do, so the widget carries only its
//! summary: page.js loads the panel itself (src/embed/share.js) when an editor first points at
//! it, tabs to it or opens it, and the panel's own module (src/bin/demarche-tools.rs) brings its
//! words and derives what it downloads.

use yew::prelude::*;

use crate::i18n::strings;
use crate::view_query::ViewQuery;

pub fn share_panel(view: &ViewQuery) -> Html {
    let words = strings(view.lang);
    html! {
        <details class="share" data-failed={words.share_failed}>
            <summary>{ words.share }</summary>
        </details>
    }
}
