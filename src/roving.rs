//! Keyboard movement inside a widget that is one tab stop (WAI-ARIA's roving tab index): the
//! map's states in a line, the matrix's cells in a grid. Arrow keys move, Home and End jump to
//! the ends, Enter and Space act on what has focus. In a grid, as WAI-ARIA's grid pattern has
//! it, Page Up and Page Down move by a page of rows and Ctrl+Home and Ctrl+End to the first and
//! the last row.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move<T> {
    To(T),
    Activate,
}

/// Along a line of `len` items: every arrow key moves, Right and Down forwards.
pub fn step(key: &str, at: usize, len: usize) -> Option<Move<usize>> {
    let last = len.checked_sub(1)?;
    Some(match key {
        "ArrowRight" | "ArrowDown" => Move::To((at + 1).min(last)),
        "ArrowLeft" | "ArrowUp" => Move::To(at.saturating_sub(1)),
        "Home" => Move::To(0),
        "End" => Move::To(last),
        "Enter" | " " => Move::Activate,
        _ => return None,
    })
}

/// Rows a Page Up or Page Down moves in a grid.
pub const PAGE: usize = 10;

/// In a grid of `(rows, columns)`: Up and Down move between rows, the other keys along the row;
/// `ctrl` held, Home and End go to the first and the last row.
pub fn step_grid(
    key: &str,
    ctrl: bool,
    (row, column): (usize, usize),
    (rows, columns): (usize, usize),
) -> Option<Move<(usize, usize)>> {
    let last = rows.checked_sub(1)?;
    let moved = match key {
        "ArrowUp" | "ArrowDown" => step(key, row, rows)?.map(|row| (row, column)),
        "PageUp" => Move::To((row.saturating_sub(PAGE), column)),
        "PageDown" => Move::To(((row + PAGE).min(last), column)),
        "Home" if ctrl => Move::To((0, column)),
        "End" if ctrl => Move::To((last, column)),
        _ => step(key, column, columns)?.map(|column| (row, column)),
    };
    Some(moved)
}

impl<T> Move<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Move<U> {
        match self {
            Move::To(at) => Move::To(f(at)),
            Move::Activate => Move::Activate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_stops_at_its_ends() {
        assert_eq!(step("ArrowRight", 0, 3), Some(Move::To(1)));
        assert_eq!(step("ArrowDown", 2, 3), Some(Move::To(2)));
        assert_eq!(step("ArrowUp", 0, 3), Some(Move::To(0)));
        assert_eq!(step("End", 0, 3), Some(Move::To(2)));
        assert_eq!(step("Home", 2, 3), Some(Move::To(0)));
        assert_eq!(step(" ", 1, 3), Some(Move::Activate));
        assert_eq!(step("a", 1, 3), None);
        assert_eq!(step("ArrowRight", 0, 0), None, "nothing to move to");
    }

    #[test]
    fn a_grid_moves_by_row_and_along_rows() {
        assert_eq!(step_grid("ArrowDown", false, (0, 3), (5, 14)), Some(Move::To((1, 3))));
        assert_eq!(step_grid("ArrowUp", false, (0, 3), (5, 14)), Some(Move::To((0, 3))));
        assert_eq!(step_grid("ArrowRight", false, (4, 13), (5, 14)), Some(Move::To((4, 13))));
        assert_eq!(step_grid("ArrowLeft", false, (4, 13), (5, 14)), Some(Move::To((4, 12))));
        assert_eq!(step_grid("Home", false, (4, 13), (5, 14)), Some(Move::To((4, 0))));
        assert_eq!(step_grid("End", false, (2, 0), (5, 14)), Some(Move::To((2, 13))));
        assert_eq!(step_grid("Enter", false, (2, 0), (5, 14)), Some(Move::Activate));
    }

    #[test]
    fn a_grid_pages_and_jumps_to_its_first_and_last_rows() {
        assert_eq!(step_grid("PageDown", false, (2, 3), (50, 14)), Some(Move::To((2 + PAGE, 3))));
        assert_eq!(step_grid("PageDown", false, (45, 3), (50, 14)), Some(Move::To((49, 3))));
        assert_eq!(step_grid("PageUp", false, (5, 3), (50, 14)), Some(Move::To((0, 3))));
        assert_eq!(step_grid("End", true, (2, 3), (50, 14)), Some(Move::To((49, 3))));
        assert_eq!(step_grid("Home", true, (20, 3), (50, 14)), Some(Move::To((0, 3))));
    }
}
