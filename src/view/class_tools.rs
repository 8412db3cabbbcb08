//! What a teacher reaches for: the incident's story, and a handout to print.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Incident;
use crate::view_change::ViewChange;
use crate::view_query::ViewQuery;

/// Both buttons open parts of the extras module: hovering or focusing them fetches it.
pub fn class_tools(
    incident: &Incident,
    view: &ViewQuery,
    on_edit: &Callback<ViewChange>,
    on_print: &Callback<()>,
    prefetch: &Callback<bool>,
) -> Html {
    let words = strings(view.lang);
    let steps = incident.story.len();
    let in_story = view.story.is_some();
    let story = on_edit.reform(move |_| ViewChange::Story(if in_story { None } else { Some(0) }));
    let print = on_print.reform(|_| ());
    let (onpointerenter, onfocus) = (prefetch.reform(|_| false), prefetch.reform(|_| false));
    html! {
        <div class="class-tools">
            if steps > 0 {
                <button type="button" class="story-start" aria-pressed={in_story.to_string()} onclick={story} onpointerenter={onpointerenter.clone()} onfocus={onfocus.clone()}>{ words.story_steps(steps) }</button>
            }
            <button type="button" class="print" onclick={print} {onpointerenter} {onfocus}>{ words.print_handout }</button>
        </div>
    }
}
