//! The codebook in the reader's language: what each column of the matrix means.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Lang, ResponseKind};

use super::reaction_table::kind_class;
use super::Term;

pub fn codebook_legend(lang: Lang) -> Html {
    let words = strings(lang);
    html! {
        <details class="codebook">
            <summary>{ words.codebook_heading }</summary>
            <dl>
                { for ResponseKind::ALL.into_iter().map(|kind| html! {
                    <div class={kind_class(kind)}>
                        <dt><Term id={kind.id()} words={words.response_label(kind)} /></dt>
                        <dd>{ words.response_definition(kind) }</dd>
                    </div>
                }) }
            </dl>
        </details>
    }
}
