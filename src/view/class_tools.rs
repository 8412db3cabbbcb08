//! What a teacher reaches for: the incident's story, and a handout to print.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Incident;
use crate::view_change::ViewChange;
use crate::view_query::ViewQuery;

pub fn class_tools(incident: &Incident, view: &ViewQuery, on_edit: &Callback<ViewChange>) -> Html {
    let words = strings(view.lang);
    let steps = incident.story.len();
    let in_story = view.story.is_some();
    let story = on_edit.reform(move |_| ViewChange::Story(if in_story { None } else { Some(0) }));
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="class-tools">
            if steps > 0 {
                <button type="button" class="story-start" aria-pressed={in_story.to_string()} onclick={story}>{ words.story_steps(steps) }</button>
            }
            <button type="button" class="print" onclick={print}>{ words.print_handout }</button>
        </div>
    }
}
