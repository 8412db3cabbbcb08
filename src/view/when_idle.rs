//! Drawing what the reader is not looking at after what they are. Opening the comparison draws
//! some 1,800 elements; its table is half of them, and the coalitions and the aligned timeline
//! below it start under the fold. A filter click redraws the table in the click's frame and what
//! lies below once the browser is idle: at a hundred times the seeds' size, redrawing it was
//! more than a quarter of a click's time (BENCHMARKS.md).

use yew::prelude::*;

#[cfg(target_family = "wasm")]
use super::soon_when_idle;

/// Nothing is ever idle at build time or in native tests: the page is written whole.
#[cfg(not(target_family = "wasm"))]
fn soon_when_idle(_then: impl FnOnce() + 'static) {}

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
            soon_when_idle(move || settled.set(Some(latest.borrow().clone())));
        });
    }
    match cfg!(target_family = "wasm") {
        true => (*settled).clone(),
        false => Some(value),
    }
}
