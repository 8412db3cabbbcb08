//! How soon a responder answers, over several incidents: the median of the days its first
//! answers came after each attribution (the timeline's day count, `timeline::place`). The
//! profile states it; the comparison sorts by it.

use crate::ranking::sort_by_rank;
use crate::timeline::Timing;

/// The median day of the first answers, in half days (two middle days may not agree on one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Median {
    pub half_days: i64,
    /// Some first answer is known only by a day it came on or before, so the median is at
    /// most this.
    pub upper_bound: bool,
}

impl Median {
    /// The median of the first answers' days, each with how well it is known; `None` when
    /// there is none.
    pub fn of(firsts: impl IntoIterator<Item = (i64, Timing)>) -> Option<Median> {
        let mut upper_bound = false;
        let mut days: Vec<i64> = firsts
            .into_iter()
            .map(|(day, timing)| {
                upper_bound |= timing == Timing::UpperBound;
                day
            })
            .collect();
        // Through the one sort the wasm carries (`ranking`), shifted so a day before the
        // attribution sorts first, as the timeline does.
        sort_by_rank(&mut days, |&day| (day + (1 << 40)) as u64);
        let middle = days.len() / 2;
        let half_days = match days.len() {
            0 => return None,
            n if n % 2 == 1 => 2 * days[middle],
            _ => days[middle - 1] + days[middle],
        };
        Some(Median { half_days, upper_bound })
    }

    /// A rank that puts the soonest first, days before the attribution before it; `None` (never
    /// answered) last.
    pub fn rank(median: Option<Median>) -> u64 {
        median.map_or(u64::MAX >> 24, |median| (median.half_days + (1 << 38)) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_middle_day_or_the_half_way_between_the_two_middle_days() {
        let exact = |days: &[i64]| Median::of(days.iter().map(|&day| (day, Timing::Exact)));
        assert_eq!(exact(&[]), None);
        assert_eq!(exact(&[4, 0, 9]), Some(Median { half_days: 8, upper_bound: false }));
        assert_eq!(exact(&[3, -2, 0, 7]), Some(Median { half_days: 3, upper_bound: false }));
        let bounded = Median::of([(1, Timing::Exact), (5, Timing::UpperBound)]);
        assert_eq!(bounded, Some(Median { half_days: 6, upper_bound: true }));
    }

    #[test]
    fn the_soonest_ranks_first_and_never_last() {
        let at = |half_days| Median::rank(Some(Median { half_days, upper_bound: false }));
        assert!(at(-4) < at(0) && at(0) < at(1) && at(1) < at(60));
        assert!(at(100_000) < Median::rank(None));
    }
}
