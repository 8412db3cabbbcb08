//! Which lines of a long table to draw: those in view and a margin either side. A table of a
//! hundred times the seed's size has hundreds of rows, and a click that redraws them all cannot
//! reach the screen within a frame; one that redraws what the reader can see can. The lines
//! not drawn keep their place as empty space of the same estimated height, so the scroll bar
//! and whatever follows the table stay where they are.

use std::ops::Range;

/// Tables of at most this many lines are drawn whole: the seeds' are, and so is every line a
/// reader without JavaScript gets.
pub const DRAWN_WHOLE: usize = 120;
/// Lines drawn beyond each edge of the view, so that scrolling shows drawn lines at once. A
/// scroll event is answered before the frame that shows it; the margin covers the browser's own
/// scrolling, which can run a few frames ahead of the page. Every line drawn is paid for by
/// every click, and the matrix and the comparison show about 16 lines in their boxes: with 30
/// lines a side a click drew 60, with 8 it draws 26, and a comparison click at 100× takes
/// some 0.6 of the time.
pub const MARGIN: usize = 8;
/// How many lines a table too long to draw whole starts with, before it knows where it is: a
/// box's first view (40rem, some 16 lines) and its margin.
pub const FIRST: usize = 26;

/// Where the table is: its lines' top relative to the top of the view, the view's height and
/// a line's height (CSS pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub lines_top: f64,
    pub view_height: f64,
    pub line_height: f64,
}

/// The lines to draw, or `None` when the table is short enough to draw whole.
pub fn lines_to_draw(lines: usize, placement: Option<Placement>) -> Option<Range<usize>> {
    if lines <= DRAWN_WHOLE {
        return None;
    }
    let Some(placement) = placement else {
        return Some(0..FIRST.min(lines));
    };
    let seen = in_view(lines, placement);
    // Scrolled past the table, the last lines stay drawn.
    let start = seen.start.saturating_sub(MARGIN).min(lines.saturating_sub(2 * MARGIN));
    let end = (seen.end + MARGIN).clamp(start, lines);
    Some(start..end)
}

/// Whether `drawn` still covers what is in view with half its margin to spare, or up to the
/// table's edge: scrolling redraws the table only every `MARGIN / 2` lines, not on every scroll
/// event.
pub fn still_covers(drawn: &Range<usize>, placement: Placement, lines: usize) -> bool {
    let seen = in_view(lines, placement);
    let slack = MARGIN / 2;
    let start_ok = drawn.start == 0 || drawn.start + slack <= seen.start;
    let end_ok = drawn.end >= lines || drawn.end >= seen.end + slack;
    start_ok && end_ok
}

/// The lines in view, within the table's.
fn in_view(lines: usize, Placement { lines_top, view_height, line_height }: Placement) -> Range<usize> {
    let line_height = line_height.max(1.0);
    let first = ((-lines_top / line_height).floor().max(0.0) as usize).min(lines);
    let last = (((view_height - lines_top) / line_height).ceil().max(0.0) as usize).clamp(first, lines);
    first..last
}

/// `drawn`, widened to take in `line` (the keyboard moved there).
pub fn including(drawn: &Range<usize>, line: usize, lines: usize) -> Range<usize> {
    if drawn.contains(&line) {
        return drawn.clone();
    }
    let start = line.saturating_sub(MARGIN);
    start..(line + MARGIN + 1).min(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: f64 = 40.0;

    fn at(lines_top: f64) -> Option<Placement> {
        Some(Placement { lines_top, view_height: 800.0, line_height: ROW })
    }

    #[test]
    fn short_tables_are_drawn_whole() {
        assert_eq!(lines_to_draw(DRAWN_WHOLE, at(-4000.0)), None);
    }

    #[test]
    fn a_long_table_starts_with_its_first_lines_until_it_knows_where_it_is() {
        assert_eq!(lines_to_draw(500, None), Some(0..FIRST));
    }

    #[test]
    fn what_is_in_view_is_drawn_with_a_margin_either_side() {
        // The table's lines start 4,000 px above the view: lines 100 to 120 are in view.
        assert_eq!(lines_to_draw(500, at(-4000.0)), Some(100 - MARGIN..120 + MARGIN));
        // Below the view: nothing seen yet, the margin only.
        assert_eq!(lines_to_draw(500, at(2000.0)), Some(0..MARGIN));
        // Scrolled past the end: the last lines.
        let end = lines_to_draw(500, at(-30_000.0)).unwrap();
        assert_eq!(end.end, 500);
        assert!(end.start < end.end);
    }

    #[test]
    fn scrolling_within_half_the_margin_draws_nothing_new() {
        let drawn = lines_to_draw(500, at(-4000.0)).unwrap();
        let nudged = at(-4000.0 - ROW * (MARGIN / 2) as f64).unwrap();
        assert!(still_covers(&drawn, nudged, 500));
        let far = at(-4000.0 - ROW * (MARGIN / 2 + 1) as f64).unwrap();
        assert!(!still_covers(&drawn, far, 500));
    }

    #[test]
    fn a_line_in_view_is_never_left_undrawn_at_the_edges() {
        // Lines 480 to 500 are in view: a range one line short of the end does not cover them,
        // however close its end is to the table's.
        let bottom = at(-480.0 * ROW).unwrap();
        assert!(!still_covers(&(470..499), bottom, 500));
        assert!(still_covers(&(470..500), bottom, 500));
        // Lines 0 to 20 are in view: a range that starts at line 1 leaves the first one out.
        let top = at(0.0).unwrap();
        assert!(!still_covers(&(1..40), top, 500));
        assert!(still_covers(&(0..40), top, 500));
    }

    #[test]
    fn the_keyboard_brings_its_line_into_the_drawn_range() {
        assert_eq!(including(&(0..60), 10, 500), 0..60);
        let last = including(&(0..60), 499, 500);
        assert!(last.contains(&499));
        assert_eq!(last.end, 500);
    }
}
