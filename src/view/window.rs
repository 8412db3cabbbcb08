//! A long list or table that draws only the lines in view and a margin (`row_window`): the
//! range it draws, kept up to date as the page scrolls or resizes, and the height of a line,
//! measured on the lines drawn, which the space standing in for the others is made of.

use std::ops::Range;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::row_window::{including, lines_to_draw, still_covers, Placement};

/// The lines drawn (`None`: all) and a line's measured height, kept up to date as the page
/// scrolls or resizes; `set` draws another range.
#[derive(Clone)]
pub struct Window {
    pub drawn: Option<Range<usize>>,
    pub line_height: f64,
    chosen: UseStateHandle<Option<Range<usize>>>,
}

impl Window {
    pub fn set(&self, drawn: Range<usize>) {
        self.chosen.set(Some(drawn));
    }

    /// The space that stands in for `lines` lines not drawn: an empty SVG of their height,
    /// since a strict Content-Security-Policy refuses a style attribute. In whole pixels:
    /// formatting a float would bring 11 KB of std's float printing into the widget.
    pub fn space(&self, lines: usize) -> Html {
        let height = (lines as f64 * self.line_height).round() as u64;
        html! { <svg width="1" height={height.to_string()}></svg> }
    }

    /// The space for `lines` lines not drawn, as a table body of one row across `columns`;
    /// none for none (an `Option`, which Yew leaves out of a keyed list, where an empty node
    /// would unkey it).
    pub fn table_space(&self, key: &'static str, lines: usize, columns: usize) -> Option<Html> {
        (lines > 0).then(|| {
            html! {
                <tbody key={key} class="spacer" aria-hidden="true">
                    <tr><td colspan={columns.to_string()}>{ self.space(lines) }</td></tr>
                </tbody>
            }
        })
    }

    /// The lines not drawn before the drawn ones, and after them, of a table of `lines`.
    pub fn undrawn(&self, lines: usize) -> (usize, usize) {
        self.drawn.as_ref().map_or((0, 0), |drawn| (drawn.start, lines - drawn.end))
    }

    /// Whether `line` is drawn.
    pub fn draws(&self, line: usize) -> bool {
        self.drawn.as_ref().is_none_or(|drawn| drawn.contains(&line))
    }
}

/// A line's height until one is measured (CSS pixels).
const LINE_HEIGHT: u32 = 44;

/// Where a container's lines are and how they are seen: `items` selects the drawn lines, and
/// `clip`, if the container scrolls inside a box of its own (the matrix does), names that box.
#[derive(Clone, Copy, PartialEq)]
pub struct Lines {
    pub items: &'static str,
    pub clip: Option<&'static str>,
}

/// The window of `lines` lines drawn in `container`. `pinned` is a line that must stay drawn
/// whatever the page's scrolling asks for: the one the keyboard is moving to, until it has it.
#[hook]
pub fn use_window(container: &NodeRef, lines: usize, shape: Lines, pinned: Option<usize>) -> Window {
    let chosen = use_state_eq(|| None::<Range<usize>>);
    // Whole pixels: a new measure redraws the space only when it changes by one.
    let line_height = use_state_eq(|| LINE_HEIGHT);
    let drawn = draw_range(lines, (*chosen).clone())
        .map(|drawn| pinned.map_or(drawn.clone(), |line| including(&drawn, line, lines)));
    let current = use_mut_ref(|| drawn.clone());
    *current.borrow_mut() = drawn.clone();
    {
        let (container, chosen, line_height) = (container.clone(), chosen.clone(), line_height.clone());
        use_effect_with(lines, move |&lines| {
            // A table drawn whole is never measured: measuring forces a layout on every click.
            let follows = lines_to_draw(lines, None).map(|_| {
                let follow = Rc::new(move || {
                    let Some(placement) = placement(&container, shape, current.borrow().as_ref()) else {
                        return;
                    };
                    line_height.set(placement.line_height as u32);
                    let drawn = current.borrow().clone();
                    if drawn.is_some_and(|drawn| !still_covers(&drawn, placement, lines)) {
                        chosen.set(lines_to_draw(lines, Some(placement)));
                    }
                });
                follow();
                // Drawn off the page first, the lines are measured once the widget is on it.
                let settled = {
                    let follow = follow.clone();
                    gloo::timers::callback::Timeout::new(0, move || follow())
                };
                // Scroll events do not bubble: caught on their way down, they come from the page
                // and from the box the lines scroll in alike.
                let window = gloo::utils::window();
                let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
                let listeners = ["scroll", "resize"].map(|kind| {
                    let follow = follow.clone();
                    EventListener::new_with_options(&window, kind, options, move |_| follow())
                });
                (listeners, settled)
            });
            move || drop(follows)
        });
    }
    Window { drawn, line_height: f64::from(*line_height), chosen }
}

/// What to draw: all of a short table, and always all at build time (readers without
/// JavaScript get the whole matrix); else the chosen range, kept within the table.
fn draw_range(lines: usize, chosen: Option<Range<usize>>) -> Option<Range<usize>> {
    if cfg!(not(target_family = "wasm")) {
        return None;
    }
    let first = lines_to_draw(lines, None)?;
    let chosen = chosen.unwrap_or(first);
    Some(chosen.start.min(lines)..chosen.end.min(lines))
}

/// Where the container's lines are in the view (the part of the page's view its box shows),
/// and a drawn line's height; none while the container is not on the page (the widget draws
/// its first view off the page, then swaps it in).
fn placement(container: &NodeRef, shape: Lines, drawn: Option<&Range<usize>>) -> Option<Placement> {
    let container = container.cast::<Element>().filter(|container| container.is_connected())?;
    let items = container.query_selector_all(shape.items).ok()?;
    let (first, last) = (items.item(0)?, items.item(items.length().checked_sub(1)?)?);
    let (first, last) = (first.dyn_into::<Element>().ok()?, last.dyn_into::<Element>().ok()?);
    let first_top = first.get_bounding_client_rect().top();
    let span = last.get_bounding_client_rect().bottom() - first_top;
    if span <= 0.0 {
        return None;
    }
    // Whole pixels, as the space for the lines not drawn is made of.
    let line_height = (span / f64::from(items.length())).round();
    // The lines start where that space does, if any is before the drawn ones. Reckoned back
    // from the first drawn line, a new line height (lines far down can be taller) would put
    // every line drawn next off by the change over all the lines before it.
    let lines_top = match drawn {
        Some(drawn) if drawn.start > 0 => {
            container.query_selector(".spacer").ok()??.get_bounding_client_rect().top()
        }
        _ => first_top,
    };
    let (mut top, mut bottom) = (0.0, gloo::utils::window().inner_height().ok()?.as_f64()?);
    if let Some(clip) = shape.clip.and_then(|clip| container.closest(clip).ok().flatten()) {
        let clip = clip.get_bounding_client_rect();
        (top, bottom) = (clip.top().max(top), clip.bottom().min(bottom));
    }
    Some(Placement { lines_top: lines_top - top, view_height: (bottom - top).max(0.0), line_height })
}
