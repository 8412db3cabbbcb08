//! What a reader sees instead of a blank page when the widget cannot do its job.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub lang: Lang,
    /// One line per data error.
    pub errors: Vec<String>,
}

/// Shown when an incident file is invalid: lists every error, named by file, record and field.
#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let words = strings(props.lang);
    html! {
        <section class="error-panel" role="alert">
            <h2>{ words.error_heading }</h2>
            <p>{ words.data_error_intro }</p>
            <ul>{ for props.errors.iter().map(|error| html! { <li><code>{ error }</code></li> }) }</ul>
        </section>
    }
}

/// The same panel for a crash, as inert markup: when the app has panicked, Yew can no longer
/// be trusted to render, so the panic hook writes this with plain DOM calls. The detail is
/// inserted as text by the caller, never as HTML.
pub fn crash_panel_html(lang: Lang) -> String {
    let words = strings(lang);
    format!(
        r#"<section class="error-panel" role="alert"><h2>{}</h2><p>{}</p><pre class="crash-detail"></pre></section>"#,
        words.error_heading, words.crash_intro
    )
}
