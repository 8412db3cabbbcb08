//! A data file or a part of the code that did not arrive: what and why, in the reader's
//! language, and a way to try again. It stands above whatever the page already shows, which stays readable. A function,
//! not a component: it holds no state, and each component costs the widget about a kilobyte.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::session::{LoadError, Problem};

/// A file with a thousand errors is fixed with `demarche check`, not read in a panel.
const ERRORS_LISTED: usize = 12;

pub fn load_panel(lang: Lang, error: &LoadError, on_retry: &Callback<()>) -> Html {
    let words = strings(lang);
    html! {
        <section class="error-panel load-error" role="alert" lang={lang.tag()}>
            <h2>{ words.error_heading }</h2>
            <p>{ words.load_failed(error) }</p>
            if let Problem::Invalid(errors) = &error.problem {
                // The checker's words are English, as `demarche check` prints them.
                <ul class="data-errors" lang="en">
                    { for errors.iter().take(ERRORS_LISTED).map(|error| html! { <li>{ error.to_string() }</li> }) }
                    if errors.len() > ERRORS_LISTED {
                        <li>{ format!("… and {} more: run demarche check on the file", errors.len() - ERRORS_LISTED) }</li>
                    }
                </ul>
            } else {
                <button type="button" class="retry" onclick={on_retry.reform(|_| ())}>{ words.retry }</button>
            }
        </section>
    }
}

/// What did not arrive, said in `message`, with a way to try again.
pub fn retry_panel(lang: Lang, message: &str, on_retry: &Callback<()>) -> Html {
    let words = strings(lang);
    html! {
        <section class="error-panel load-error" role="alert" lang={lang.tag()}>
            <h2>{ words.error_heading }</h2>
            <p>{ message }</p>
            <button type="button" class="retry" onclick={on_retry.reform(|_| ())}>{ words.retry }</button>
        </section>
    }
}
