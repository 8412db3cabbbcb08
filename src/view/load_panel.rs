//! A data file or a part of the code that did not arrive: what and why, in the reader's
//! language, and a way to try again. It stands above whatever the page already shows, which
//! stays readable. A function, not a component: it holds no state, and each component costs the
//! widget about a kilobyte.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::session::{LoadError, Problem};

/// A file with a thousand errors is fixed with `demarche check`, not read in a panel.
const ERRORS_LISTED: usize = 12;

pub fn load_panel(lang: Lang, error: &LoadError, on_retry: &Callback<()>) -> Html {
    let message = strings(lang).load_failed(error);
    let Problem::Invalid(errors) = &error.problem else { return retry_panel(lang, &message, on_retry) };
    // A file that arrived but fails the checks is not tried again: the list says what to fix.
    let listed = html! {
        // The checker's words are English, as `demarche check` prints them.
        <ul class="data-errors" lang="en">
            { for errors.iter().take(ERRORS_LISTED).map(|error| html! { <li>{ error.to_string() }</li> }) }
            if errors.len() > ERRORS_LISTED {
                <li>{ format!("… and {} more: run demarche check on the file", errors.len() - ERRORS_LISTED) }</li>
            }
        </ul>
    };
    panel(lang, &message, listed)
}

/// What did not arrive, said in `message`, with a way to try again.
pub fn retry_panel(lang: Lang, message: &str, on_retry: &Callback<()>) -> Html {
    let retry = html! {
        <button type="button" class="retry" onclick={on_retry.reform(|_| ())}>{ strings(lang).retry }</button>
    };
    panel(lang, message, retry)
}

fn panel(lang: Lang, message: &str, then: Html) -> Html {
    html! {
        <section class="error-panel load-error" role="alert" lang={lang.tag()}>
            <h2>{ strings(lang).error_heading }</h2>
            <p>{ message }</p>
            { then }
        </section>
    }
}
