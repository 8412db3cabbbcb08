//! Sorting by a packed numeric rank.
//!
//! Every `sort_by_key` with a closure of its own is another copy of the standard library's sort
//! in the widget, about 3 KB each. Packing each ordering into one `u64` lets them all share a
//! single copy, sorting `(u64, usize)` pairs.

/// Sorts `items` by `rank`, keeping the current order among equal ranks.
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> u64) {
    let mut order: Vec<(u64, usize)> = items.iter().map(rank).zip(0..).collect();
    // The index breaks every tie, so the unstable sort (smaller than the stable one) is stable here.
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, at)| slots[at].take()));
}

/// Sorts `items` alphabetically by `text`, keeping the current order among equal texts: every
/// alphabetical order in the widget shares this one copy of the sort.
pub fn sort_by_text<T>(items: &mut Vec<T>, text: impl Fn(&T) -> String) {
    let mut order: Vec<(String, usize)> = items.iter().map(text).zip(0..).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, at)| slots[at].take()));
}

/// Packs small fields, most significant first, into one rank: each `(value, bits)` takes the
/// next `bits` bits.
pub fn pack(fields: &[(u64, u32)]) -> u64 {
    fields.iter().fold(0, |rank, &(value, bits)| (rank << bits) | (value & ((1 << bits) - 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_rank_and_keeps_ties_in_their_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum", "date"];
        sort_by_rank(&mut words, |word| word.len() as u64);
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "date", "apple"]);
    }

    #[test]
    fn packed_fields_order_like_tuples() {
        let tuples = [(0, 9, 3), (1, 0, 0), (0, 10, 0), (0, 9, 2)];
        let mut packed: Vec<_> =
            tuples.iter().map(|&(a, b, c)| (pack(&[(a, 2), (b, 8), (c, 8)]), (a, b, c))).collect();
        packed.sort();
        let mut sorted = tuples.to_vec();
        sorted.sort();
        assert_eq!(packed.into_iter().map(|(_, tuple)| tuple).collect::<Vec<_>>(), sorted);
    }
}
