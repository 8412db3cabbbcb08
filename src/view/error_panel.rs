//! What a reader sees instead of a blank page when the widget crashes: inert markup that `main`
//! writes with plain DOM calls, because after a panic Yew can no longer be trusted to render.
//! The panic's detail is inserted as text by the caller, never as HTML.

use crate::i18n::strings;
use crate::model::Lang;

/// The caller puts the panic's detail into its `<pre>`.
pub fn crash_panel_html(lang: Lang) -> String {
    let words = strings(lang);
    format!(
        r#"<section class="error-panel" role="alert"><h2>{}</h2><p>{}</p><pre class="crash-detail"></pre></section>"#,
        words.error_heading, words.crash_intro
    )
}
