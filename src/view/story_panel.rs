//! The guided story: a step's title and text (heard by screen readers as it changes), its
//! sources, and Previous / Next (buttons, the arrow keys, a swipe on a phone). Each step sets
//! the live view; leaving the story keeps it. After the last step, the class's questions, shown
//! when the teacher opens them.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Incident, Lang};
use crate::view_change::ViewChange;
use crate::view_model::StoryView;

use super::bring_into_view::bring_into_view;
use super::{prose, source_link, Shared};

/// How far a finger must travel sideways for a swipe, in CSS pixels.
const SWIPE: i32 = 60;
/// When to look for what a step shows: once the widget has drawn the step's view, and again
/// once late layout (the map's shapes, fonts) has settled (milliseconds).
const LOOK: [u32; 2] = [60, 400];

#[derive(Properties, PartialEq)]
pub struct StoryPanelProps {
    pub incident: Shared<Incident>,
    pub lang: Lang,
    /// The step on screen, as the core's story model says it.
    pub story: StoryView,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn StoryPanel(props: &StoryPanelProps) -> Html {
    let words = strings(props.lang);
    let story = &props.story;
    let go = |to: Option<usize>| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(ViewChange::Story(to)))
    };
    let (previous, next) = (story.previous, story.next);
    use_arrow_keys(story.at, story.steps, &props.on_edit);
    let touch_start = use_mut_ref(|| None::<i32>);
    let ontouchstart = {
        let touch_start = touch_start.clone();
        Callback::from(move |event: TouchEvent| {
            *touch_start.borrow_mut() = event.touches().get(0).map(|touch| touch.client_x())
        })
    };
    let ontouchend = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: TouchEvent| {
            let (Some(start), Some(end)) = (touch_start.borrow_mut().take(), event.changed_touches().get(0))
            else {
                return;
            };
            let moved = end.client_x() - start;
            let to = if moved <= -SWIPE {
                next
            } else if moved >= SWIPE {
                previous
            } else {
                None
            };
            if to.is_some() {
                on_edit.emit(ViewChange::Story(to));
            }
        })
    };
    let incident = &props.incident;
    let step = previous.map_or(1, |previous| previous + 2);
    let panel = use_node_ref();
    let shows = story.shows.selector();
    use_show_step(&panel, step, shows.clone());
    html! {
        <section class="story" ref={panel} aria-labelledby="story-title" data-step={step.to_string()} data-shows={shows} {ontouchstart} {ontouchend}>
            <div class="story-nav">
                <p class="story-progress">{ &story.progress }</p>
                <button type="button" class="previous" disabled={previous.is_none()} onclick={go(previous)}>{ "← " }{ words.previous }</button>
                <button type="button" class="next" disabled={next.is_none()} onclick={go(next)}>{ words.next }{ " →" }</button>
                <button type="button" class="leave" onclick={go(None)}>{ words.leave_story }</button>
            </div>
            <div class="story-step" aria-live="polite">
                <h2 id="story-title">{ &story.title }</h2>
                <p>{ prose(&story.text) }</p>
            </div>
            <details class="story-sources">
                <summary>{ words.sources }{ format!(" ({})", story.sources.len()) }</summary>
                <ul>
                    { for story.sources.iter().filter_map(|&at| incident.sources.get(at)).map(|source| html! { <li>{ source_link(props.lang, source) }</li> }) }
                </ul>
            </details>
            if !story.questions.is_empty() {
                <details class="questions">
                    <summary>{ words.questions }</summary>
                    <ol>{ for story.questions.iter().map(|question| html! { <li>{ prose(question) }</li> }) }</ol>
                </details>
            }
        </section>
    }
}

/// Each step starts at its title, and brings what it shows into sight (`bring_into_view`).
#[hook]
fn use_show_step(panel: &NodeRef, step: usize, selector: String) {
    let panel = panel.clone();
    use_effect_with(step, move |_| {
        if let Some(panel) = panel.cast::<web_sys::Element>() {
            panel.set_scroll_top(0);
            for delay in LOOK {
                let (panel, selector) = (panel.clone(), selector.clone());
                gloo::timers::callback::Timeout::new(delay, move || bring_into_view(&panel, &selector))
                    .forget();
            }
        }
    });
}

/// ← and → move through the story from anywhere on the page, except while typing or where
/// the arrow keys already move (the map, the matrix). Keys pressed faster than the story is
/// drawn each count: they step on from the step last asked for, not the one on screen.
#[hook]
fn use_arrow_keys(at: usize, steps: usize, on_edit: &Callback<ViewChange>) {
    let on_edit = on_edit.clone();
    use_effect_with((at, steps), move |&(at, steps)| {
        let asked = std::cell::Cell::new(at);
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let target = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
                let busy = target.is_some_and(|element| {
                    element
                        .closest("input, select, textarea, .matrix, .map-canvas, [role=grid]")
                        .ok()
                        .flatten()
                        .is_some()
                });
                let to = match event.key().as_str() {
                    "ArrowRight" => Some(asked.get() + 1).filter(|&to| to < steps),
                    "ArrowLeft" => asked.get().checked_sub(1),
                    _ => return,
                };
                if let (false, Some(to)) =
                    (busy || event.alt_key() || event.ctrl_key() || event.meta_key(), to)
                {
                    event.prevent_default();
                    asked.set(to);
                    on_edit.emit(ViewChange::Story(Some(to)));
                }
            });
        move || drop(listener)
    });
}
