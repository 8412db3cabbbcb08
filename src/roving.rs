//! Keyboard movement inside a widget that is one tab stop (WAI-ARIA's roving tab index): the
//! map's states in a line, the matrix's cells in a grid. Arrow keys move, Home and End jump to
//! the ends, Enter and Space act on what has focus.

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

/// In a grid of `(rows, columns)`: Up and Down move between rows, the other keys along the row.
pub fn step_grid(
    key: &str,
    (row, column): (usize, usize),
    (rows, columns): (usize, usize),
) -> Option<Move<(usize, usize)>> {
    let moved = match key {
        "ArrowUp" | "ArrowDown" => step(key, row, rows)?.map(|row| (row, column)),
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
        assert_eq!(step_grid("ArrowDown", (0, 3), (5, 14)), Some(Move::To((1, 3))));
        assert_eq!(step_grid("ArrowUp", (0, 3), (5, 14)), Some(Move::To((0, 3))));
        assert_eq!(step_grid("ArrowRight", (4, 13), (5, 14)), Some(Move::To((4, 13))));
        assert_eq!(step_grid("ArrowLeft", (4, 13), (5, 14)), Some(Move::To((4, 12))));
        assert_eq!(step_grid("Home", (4, 13), (5, 14)), Some(Move::To((4, 0))));
        assert_eq!(step_grid("End", (2, 0), (5, 14)), Some(Move::To((2, 13))));
        assert_eq!(step_grid("Enter", (2, 0), (5, 14)), Some(Move::Activate));
    }
}
