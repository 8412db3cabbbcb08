//! Share, embed and download. Editors open it, readers rarely do, so the widget carries only its
//! summary and the panel's words; page.js loads the panel itself (src/embed/share.js) the first
//! time it opens, and the panel asks the widget for the model of the screen (`view::screen`).
//! Its words come from here, like every other string.

use yew::prelude::*;

use crate::i18n::strings;
use crate::presentation::Theme;
use crate::view_query::ViewQuery;

/// Separates the panel's words in one attribute; share.js reads them in this order.
const SEPARATOR: char = '\u{1f}';

pub fn share_panel(view: &ViewQuery) -> Html {
    let words = strings(view.lang);
    let list = [
        words.link_label,
        words.copy_link,
        words.copied_link,
        words.embed_options,
        words.language,
        words.theme,
        words.theme_name(Theme::Auto),
        words.theme_name(Theme::Light),
        words.theme_name(Theme::Dark),
        words.compact,
        words.fixed_height,
        words.embed_iframe,
        words.embed_script,
        words.copy_code,
        words.copied_code,
        words.preview,
        words.downloads,
        words.download_csv,
        words.download_json,
        words.download_svg,
        words.download_png,
        words.cite,
        words.data_version,
        words.app_name,
        words.download_no_picture,
        words.data_from,
    ];
    let title = format!("{}: {}", words.app_name, words.tagline);
    html! {
        <details class="share" data-title={title}
            data-words={list.join(&SEPARATOR.to_string())}>
            <summary>{ words.share }</summary>
        </details>
    }
}
