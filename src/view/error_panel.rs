//! What a reader sees instead of a blank page when the widget cannot do its job.
//!
//! Both panels are inert markup that `main` writes with plain DOM calls: after a panic Yew can no
//! longer be trusted to render, and with unreadable data the app never starts, so neither needs
//! a component (a second Yew root cost the widget 0.3 KB brotli). What goes into them, an error
//! or a panic's detail, is inserted as text by the caller, never as HTML.

use crate::i18n::strings;
use crate::model::Lang;

/// For incident data that cannot be read; the caller adds one `<li>` per error to its list.
pub fn data_error_panel_html(lang: Lang) -> String {
    panel(lang, strings(lang).data_error_intro, r#"<ul class="data-errors"></ul>"#)
}

/// For a crash; the caller puts the panic's detail into its `<pre>`.
pub fn crash_panel_html(lang: Lang) -> String {
    panel(lang, strings(lang).crash_intro, r#"<pre class="crash-detail"></pre>"#)
}

fn panel(lang: Lang, intro: &str, body: &str) -> String {
    format!(
        r#"<section class="error-panel" role="alert"><h2>{}</h2><p>{intro}</p>{body}</section>"#,
        strings(lang).error_heading
    )
}
