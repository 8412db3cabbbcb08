//! What a reader sees instead of a blank page when the widget crashes. The widget's release
//! build stops at once on a panic (a trap, with no message to format: Makefile, `WASM_STD`), so
//! nothing of the module can be trusted to draw then: the build writes this panel into every
//! page, in both languages, and the page's own script shows it (src/embed/page.js).

use crate::i18n::{after_crash, strings};
use crate::model::Lang;

/// The id of the `<template>` that holds the panels; page.js looks for it.
pub const CRASH_TEMPLATE_ID: &str = "demarche-crash";

/// The `<template>` with a panel for each language, each marked with its `lang`; page.js shows
/// the one of the link's language, or the page's, and puts the error's detail into its `<pre>`.
pub fn crash_panels() -> String {
    let panels: String = [Lang::En, Lang::Cs]
        .into_iter()
        .map(|lang| {
            format!(
                r#"<section class="error-panel" role="alert" lang="{}"><h2>{}</h2><p>{}</p><pre class="crash-detail"></pre></section>"#,
                lang.tag(),
                strings(lang).error_heading,
                after_crash(lang)
            )
        })
        .collect();
    format!(r#"<template id="{CRASH_TEMPLATE_ID}">{panels}</template>"#)
}
