//! Finding a record by its id in logarithmic time. Views look actors up by id for every
//! reaction they show; scanning the list each time made a view's cost grow with the square of
//! the incident's size (see BENCHMARKS.md).

use std::sync::OnceLock;

/// A list's positions ordered by the records' ids. Built on first use, because incidents are
/// decoded (from TOML, or from the widget's data files) without it, and never written.
///
/// A list changed after its index was built (tests do that) cannot make a lookup wrong: a hit
/// is a record that has the id, and a miss is checked by a scan.
#[derive(Clone, Debug, Default)]
pub struct IdIndex(OnceLock<Vec<u32>>);

impl IdIndex {
    /// Where the record with `id` sits in `records`, which must be the list this index serves.
    pub fn position<T>(&self, records: &[T], id_of: impl Fn(&T) -> &str, id: &str) -> Option<usize> {
        let order = self.0.get_or_init(|| {
            // Sorting (id, place) pairs rather than places by a closure: one copy of std's sort
            // serves every kind of record, where a closure makes one per kind (2.5 KB each).
            let mut order: Vec<(&str, u32)> = records.iter().map(&id_of).zip(0..).collect();
            order.sort_unstable();
            order.into_iter().map(|(_, at)| at).collect()
        });
        match order
            .binary_search_by(|&at| records.get(at as usize).map_or("", |record| id_of(record)).cmp(id))
        {
            Ok(at) => Some(order[at] as usize),
            Err(_) => records.iter().position(|record| id_of(record) == id),
        }
    }
}

/// Derived from the list it serves, so it never makes two incidents differ.
impl PartialEq for IdIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for IdIndex {}

/// For each record of one list, the place of the record its id names in another (a reaction's
/// actor among the actors), found once, on first use: a filter asks it of every reaction on
/// every click. The caller checks what it reads, as a lookup in an `IdIndex` is checked.
#[derive(Clone, Debug, Default)]
pub struct IdLinks(OnceLock<Vec<u32>>);

impl IdLinks {
    /// The place linked from record `at`; `link` finds every record's place (`u32::MAX` for
    /// none) the first time.
    pub fn place(&self, at: usize, link: impl FnOnce() -> Vec<u32>) -> Option<usize> {
        self.0.get_or_init(link).get(at).map(|&place| place as usize)
    }
}

/// Derived from the lists it serves, as an `IdIndex` is.
impl PartialEq for IdLinks {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for IdLinks {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_id_and_nothing_else() {
        let ids = ["nato", "cz-mfa", "eu", "cn-embassy", "us-embassy"];
        let index = IdIndex::default();
        for (at, id) in ids.iter().enumerate() {
            assert_eq!(index.position(&ids, |id| id, id), Some(at));
        }
        assert_eq!(index.position(&ids, |id| id, "cz"), None);
    }

    #[test]
    fn a_list_changed_after_indexing_is_still_searched_right() {
        let mut ids = vec!["nato", "eu"];
        let index = IdIndex::default();
        assert_eq!(index.position(&ids, |id| id, "eu"), Some(1));
        ids.push("cz");
        ids.swap(0, 1);
        assert_eq!(index.position(&ids, |id| id, "cz"), Some(2));
        assert_eq!(index.position(&ids, |id| id, "eu"), Some(0));
        ids.truncate(1);
        assert_eq!(index.position(&ids, |id| id, "nato"), None);
    }
}
