//! Where a day sits on the timeline's axis. Most answers come in the first days and a few
//! (sanctions, indictments) months or years later, so the axis is logarithmic on both sides of
//! day 0: the first week stays readable and a sanction two years on still fits.

/// The days every axis may label, in order; each axis shows those inside its span.
const TICKS: [i64; 15] = [-365, -90, -30, -7, -1, 0, 1, 2, 7, 30, 90, 180, 365, 730, 1095];

/// Labels closer than this share of the axis would overlap on a phone's narrow track: the later
/// one is dropped.
const TICK_GAP: f64 = 0.12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayScale {
    pub first: i64,
    pub last: i64,
}

impl DayScale {
    /// An axis from day 0 (or the earliest day, if before) to at least a week after.
    pub fn spanning(days: impl Iterator<Item = i64>) -> DayScale {
        days.fold(DayScale { first: 0, last: 7 }, |scale, day| DayScale {
            first: scale.first.min(day),
            last: scale.last.max(day),
        })
    }

    /// The day's place along the axis, from 0 (the first day) to 1 (the last).
    pub fn position(&self, day: i64) -> f64 {
        let (first, last) = (stretch(self.first), stretch(self.last));
        ((stretch(day.clamp(self.first, self.last)) - first) / (last - first)).clamp(0.0, 1.0)
    }

    /// The days to label, far enough apart not to collide, ending with the last day.
    pub fn ticks(&self) -> Vec<i64> {
        let mut ticks: Vec<i64> = Vec::new();
        let days = TICKS.into_iter().filter(|day| (self.first..self.last).contains(day));
        for day in days.chain([self.last]) {
            match ticks.last() {
                Some(&last) if self.position(day) - self.position(last) < TICK_GAP => {
                    if day == self.last && last != 0 {
                        ticks.pop();
                        ticks.push(day);
                    }
                }
                _ => ticks.push(day),
            }
        }
        ticks
    }
}

/// ln(1 + |day|), signed: 0 stays 0, and each side grows slower the further it goes.
fn stretch(day: i64) -> f64 {
    let size = (1.0 + day.unsigned_abs() as f64).ln();
    if day < 0 {
        -size
    } else {
        size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_zero_starts_the_axis_and_the_first_week_gets_room() {
        let scale = DayScale::spanning([0, 1, 3, 400].into_iter());
        assert_eq!((scale.first, scale.last), (0, 400));
        assert_eq!((scale.position(0), scale.position(400)), (0.0, 1.0));
        assert!(scale.position(7) > 0.3, "a week is a third of the way along, not 2%");
        assert!(scale.position(1) < scale.position(2) && scale.position(30) < scale.position(90));
        assert_eq!(scale.ticks(), [0, 2, 7, 30, 90, 400], "day 1 would crowd day 0; 365, day 400");
    }

    #[test]
    fn days_before_the_attribution_extend_it_to_the_left_and_a_short_axis_is_a_week() {
        let scale = DayScale::spanning([-10, 0, 2].into_iter());
        assert_eq!((scale.first, scale.last), (-10, 7));
        assert!(scale.position(-1) < scale.position(0) && scale.position(-7) < scale.position(-1));
        assert_eq!(scale.ticks(), [-7, -1, 0, 1, 7]);
        assert_eq!(DayScale::spanning(std::iter::empty()), DayScale { first: 0, last: 7 });
        assert_eq!(scale.position(i64::MIN), 0.0, "out of range clamps");
    }
}
