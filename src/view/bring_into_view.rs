//! Brings the part of the view a story step changes into sight, clear of the story's panel: a
//! class must see the map or the row a step talks about, not the text about it alone.

use web_sys::Element;

/// The parts of the view a story step can show.
const PANELS: &str = ".map-panel, .matrix-panel, .timeline-panel";

/// Room left between the panel and what it points at (CSS pixels).
const GAP: f64 = 8.0;

/// Scrolls the matrix's own box and the page so that the element `selector` finds is in view
/// and not under `panel`, unless it already is. A panel beside the view covers nothing; one
/// above it, stuck to the top of the page, covers its own height.
pub fn bring_into_view(panel: &Element, selector: &str) {
    let Some(target) = gloo::utils::document().query_selector(selector).ok().flatten() else { return };
    // A phone draws the matrix as cards, its column headers kept for screen readers in a box
    // of a pixel: then the panel it is in.
    let Some(target) = (if hidden(&target) { target.closest(PANELS).ok().flatten() } else { Some(target) })
    else {
        return;
    };
    let scroller = target.closest(".matrix-scroll").ok().flatten();
    if let Some(scroller) = &scroller {
        reveal_inside(scroller, &target);
    }
    let window = gloo::utils::window();
    let view_height = window.inner_height().ok().and_then(|height| height.as_f64()).unwrap_or_default();
    let (panel_box, target_box) = (panel.get_bounding_client_rect(), target.get_bounding_client_rect());
    // A row wider than the matrix's box is seen only as wide as the box.
    let (mut left, mut right) = (target_box.left(), target_box.right());
    if let Some(seen) = scroller.map(|scroller| scroller.get_bounding_client_rect()) {
        (left, right) = (left.max(seen.left()), right.min(seen.right()));
    }
    let beside = panel_box.left() >= right || panel_box.right() <= left;
    let top = if beside { GAP } else { panel_box.height() + GAP };
    if target_box.top() < top || target_box.bottom() > view_height {
        window.scroll_by_with_x_and_y(0.0, target_box.top() - top);
    }
}

/// Whether the element, or a box it is in, is too small to be seen.
fn hidden(element: &Element) -> bool {
    std::iter::successors(Some(element.clone()), |element| element.parent_element())
        .take_while(|element| !element.matches(PANELS).unwrap_or(true))
        .map(|element| element.get_bounding_client_rect())
        .any(|seen| seen.width() <= 1.0 || seen.height() <= 1.0)
}

/// The matrix scrolls in its own box, under its own sticky header: a row is scrolled to just
/// below the header, a column to the box's middle.
fn reveal_inside(scroller: &Element, target: &Element) {
    let (outer, inner) = (scroller.get_bounding_client_rect(), target.get_bounding_client_rect());
    if inner.left() < outer.left() || inner.right() > outer.right() {
        let centred = inner.left() - outer.left() - (outer.width() - inner.width()) / 2.0;
        scroller.set_scroll_left(scroller.scroll_left() + centred.round() as i32);
    }
    let header = scroller
        .query_selector("thead")
        .ok()
        .flatten()
        .map_or(0.0, |head| head.get_bounding_client_rect().height());
    let top = outer.top() + header + GAP;
    if target.tag_name() == "TR" && (inner.top() < top || inner.bottom() > outer.bottom()) {
        scroller.set_scroll_top(scroller.scroll_top() + (inner.top() - top).round() as i32);
    }
}
