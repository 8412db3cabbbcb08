//! Matrix, timeline or comparison: what the explorer shows beside its filters.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::view_change::ViewChange;
use crate::view_mode::ViewMode;

/// The comparison is offered only when there is more than one incident to compare. The
/// timeline and the comparison come in the extras module: hovering or focusing a mode fetches it,
/// and for the comparison every incident (`prefetch` is told whether).
pub fn mode_switch(
    lang: Lang,
    current: ViewMode,
    incidents: usize,
    on_edit: &Callback<ViewChange>,
    prefetch: &Callback<bool>,
) -> Html {
    let words = strings(lang);
    let offered = ViewMode::ALL.into_iter().filter(|&mode| mode != ViewMode::Compare || incidents > 1);
    html! {
        <div class="segmented modes" role="group" aria-label={words.view_label}>
            { for offered.map(|mode| html! {
                <button type="button" data-mode={mode.id()} aria-pressed={(mode == current).to_string()}
                    onclick={on_edit.reform(move |_| ViewChange::Mode(mode))}
                    onpointerenter={prefetch.reform(move |_| mode == ViewMode::Compare)}
                    onfocus={prefetch.reform(move |_| mode == ViewMode::Compare)}>{ words.mode(mode) }</button>
            }) }
        </div>
    }
}
