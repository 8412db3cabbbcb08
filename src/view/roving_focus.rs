//! Moving the focus inside a one-tab-stop widget, and finding which of its items an event came
//! from: the map and the matrix listen once on their container instead of once per item.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::NodeRef;

/// Focuses the element inside `container` that matches `selector`; false if there is none
/// (yet: a long table draws a row only when it comes into view).
pub fn focus(container: &NodeRef, selector: &str) -> bool {
    let Some(container) = container.cast::<Element>() else { return false };
    let Ok(Some(element)) = container.query_selector(selector) else { return false };
    // An SVG element has no HtmlElement type in web-sys, but `focus` is the same call.
    let _ = element.unchecked_into::<HtmlElement>().focus();
    true
}

/// The value of `attribute` on the event's target or its nearest ancestor that has one.
pub fn attribute_of(event: &web_sys::Event, attribute: &str) -> Option<String> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.closest(&format!("[{attribute}]")).ok()??.get_attribute(attribute)
}
