//! Drawing what the reader is not looking at after what they are. Opening the comparison draws
//! some 1,800 elements; its table is half of them, and the coalitions and the aligned timeline
//! below it start under the fold. A filter click redraws the table in the click's frame and what
//! lies below once the browser is idle: at a hundred times the seeds' size, redrawing it was a
//! fifth of a click's time (BENCHMARKS.md).

use yew::prelude::*;

/// `value` as it was when the browser was last idle after it changed: `None` until the first
/// such moment. Of several changes before one, only the last is drawn. At build time and in
/// native tests (no idle moments) always `value`: the page is written whole.
#[hook]
pub fn use_when_idle<T: Clone + PartialEq + 'static>(value: T) -> Option<T> {
    let settled = use_state_eq(|| None::<T>);
    let latest = use_mut_ref(|| value.clone());
    *latest.borrow_mut() = value.clone();
    {
        let settled = settled.clone();
        use_effect_with(value.clone(), move |_| {
            when_idle(move || settled.set(Some(latest.borrow().clone())));
        });
    }
    match cfg!(target_family = "wasm") {
        true => (*settled).clone(),
        false => Some(value),
    }
}

/// How long an idle moment may be waited for (ms), on a page that keeps the browser busy.
#[cfg(target_family = "wasm")]
const LONGEST_WAIT: u32 = 200;

/// Calls `then` once the browser is idle; where it does not say when it is (Safari), once it
/// has painted the frame under way (a timeout set from an animation frame callback).
#[cfg(target_family = "wasm")]
fn when_idle(then: impl FnOnce() + 'static) {
    use wasm_bindgen::prelude::*;
    let window = gloo::utils::window();
    let then: js_sys::Function = Closure::once_into_js(then).unchecked_into();
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(LONGEST_WAIT);
    if window.request_idle_callback_with_options(&then, &options).is_err() {
        let after_paint = Closure::once_into_js(move || {
            let _ = gloo::utils::window().set_timeout_with_callback(&then);
        });
        let _ = window.request_animation_frame(after_paint.unchecked_ref());
    }
}

#[cfg(not(target_family = "wasm"))]
fn when_idle(_then: impl FnOnce() + 'static) {}
