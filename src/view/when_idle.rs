//! Drawing a part in two frames: what the reader came for in the frame of the click, what lies
//! below it in the next. Opening the comparison draws some 1,800 elements; its table is half of
//! them, and the coalitions and the aligned timeline below it start under the fold.

use yew::prelude::*;

/// False while the component's first frame is drawn, true from the frame after it. At build
/// time and in native tests (no frames), always true: the page is written whole.
#[hook]
pub fn use_second_frame() -> bool {
    let second = use_state_eq(|| !cfg!(target_family = "wasm"));
    {
        let second = second.clone();
        use_effect_with((), move |()| after_this_frame(move || second.set(true)));
    }
    *second
}

/// Calls `then` once the browser has painted the frame under way: an animation frame callback
/// runs just before that paint, a timeout it sets runs after it.
#[cfg(target_family = "wasm")]
fn after_this_frame(then: impl FnOnce() + 'static) {
    use wasm_bindgen::prelude::*;
    let after_paint = Closure::once_into_js(move || gloo::timers::callback::Timeout::new(0, then).forget());
    let _ = gloo::utils::window().request_animation_frame(after_paint.unchecked_ref());
}

#[cfg(not(target_family = "wasm"))]
fn after_this_frame(_then: impl FnOnce() + 'static) {}
