//! Calendar dates as incident sources give them: often only a year or a month is known
//! ("activity since 2022"), so precision is part of the value rather than padded with guesses.

use std::fmt;

/// A date of known precision: a year, a month or a day.
///
/// Ordering is chronological; a coarser date sorts before the finer dates it contains
/// (`2025` < `2025-05` < `2025-05-28`), which keeps "since 2022" ahead of any day in 2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl Date {
    /// Reads a [`Date::rank`] back. The build checked the calendar; a damaged file can at
    /// worst name a day that does not exist, never a day without its month.
    fn from_number(rank: u32) -> Option<Date> {
        let known = |part: u32| (part != 0).then_some(part as u8);
        let (month, day) = (known(rank >> 8 & 0xff), known(rank & 0xff));
        (month.is_some() || day.is_none()).then_some(Date { year: (rank >> 16) as u16, month, day })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist.
    pub fn parse(text: &str) -> Result<Self, String> {
        let invalid = || format!("`{text}` is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
        let mut parts = text.split('-');
        let year = parse_part(parts.next(), 4).ok_or_else(invalid)?;
        let month = parts.next().map(|m| parse_part(Some(m), 2).ok_or_else(invalid)).transpose()?;
        let day = parts.next().map(|d| parse_part(Some(d), 2).ok_or_else(invalid)).transpose()?;
        if parts.next().is_some() {
            return Err(invalid());
        }
        let date = Date { year, month: month.map(|m| m as u8), day: day.map(|d| d as u8) };
        date.check_calendar().map_err(|why| format!("`{text}` is not a date: {why}"))?;
        Ok(date)
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    pub fn month(&self) -> Option<u8> {
        self.month
    }

    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// A number that orders like the date, coarser first: months and days count from 1, so an
    /// unknown one (0) sorts ahead of every known one.
    pub fn rank(&self) -> u64 {
        (u64::from(self.year) << 16)
            | (u64::from(self.month.unwrap_or(0)) << 8)
            | u64::from(self.day.unwrap_or(0))
    }

    /// The first and last day the date may mean, as (year, month, day): "2025-05" spans
    /// 1 to 31 May. Range filters compare spans, so a month-precise reaction is not lost.
    pub fn span(&self) -> ((u16, u8, u8), (u16, u8, u8)) {
        let first_month = self.month.unwrap_or(1);
        let last_month = self.month.unwrap_or(12);
        let first = (self.year, first_month, self.day.unwrap_or(1));
        let last = (self.year, last_month, self.day.unwrap_or_else(|| days_in_month(self.year, last_month)));
        (first, last)
    }

    /// The first day the date may mean, counted in days from 1 January 1970: the axis of the
    /// timeline. Plain arithmetic (Howard Hinnant's days-from-civil), so even a day the
    /// calendar lacks gives a number rather than a panic.
    pub fn first_day_number(&self) -> i64 {
        let ((year, month, day), _) = self.span();
        let (month, day) = (i64::from(month.clamp(1, 12)), i64::from(day));
        let year = i64::from(year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The last day the date may mean, on the same count.
    pub fn last_day_number(&self) -> i64 {
        self.days().1.first_day_number()
    }

    /// The first and last day the date may mean, as dates: "2025-05" runs from 2025-05-01 to
    /// 2025-05-31. What a field that holds whole days shows for a coarser date.
    pub fn days(&self) -> (Date, Date) {
        let day = |(year, month, day)| Date { year, month: Some(month), day: Some(day) };
        let (first, last) = self.span();
        (day(first), day(last))
    }

    /// Whether the date names a day, rather than only a month or a year.
    pub fn is_day(&self) -> bool {
        self.day.is_some()
    }

    /// Whether the date exists: a data file from elsewhere may name the 31st of February.
    pub fn check_calendar(&self) -> Result<(), String> {
        let Some(month) = self.month else { return Ok(()) };
        if !(1..=12).contains(&month) {
            return Err(format!("there is no month {month}"));
        }
        let Some(day) = self.day else { return Ok(()) };
        let last = days_in_month(self.year, month);
        if day == 0 || day > last {
            return Err(format!("month {month} of {} has days 1 to {last}", self.year));
        }
        Ok(())
    }
}

fn parse_part(part: Option<&str>, digits: usize) -> Option<u16> {
    let part = part?;
    if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// In data files: the rank, year, month and day in one number.
two_forms!(Date, Date::parse, u32, |date| date.rank() as u32, Date::from_number);

/// ISO 8601 at the date's own precision, the form incident files use.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for text in ["2022", "2025-05", "2025-05-28", "2024-02-29"] {
            assert_eq!(Date::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for (text, why) in [
            ("2025-13-01", "there is no month 13"),
            ("2025-02-29", "month 2 of 2025 has days 1 to 28"),
            ("2025-04-31", "month 4 of 2025 has days 1 to 30"),
            ("28.5.2025", "write YYYY-MM-DD"),
            ("2025-5-28", "write YYYY-MM-DD"),
            ("2025-05-28-01", "write YYYY-MM-DD"),
            ("", "write YYYY-MM-DD"),
        ] {
            let error = Date::parse(text).unwrap_err();
            assert!(error.contains(why), "{text}: {error}");
        }
    }

    #[test]
    fn day_numbers_count_from_1970_at_each_precision() {
        let number = |text: &str| Date::parse(text).unwrap().first_day_number();
        assert_eq!(number("1970-01-01"), 0);
        assert_eq!(number("2000-03-01"), 11_017);
        assert_eq!(number("2025-05-28") - number("2025-05-01"), 27);
        assert_eq!(number("2024-03-01") - number("2024-02-28"), 2, "a leap year");
        assert_eq!(number("2025-05"), number("2025-05-01"));
        assert_eq!(number("2025"), number("2025-01-01"));
        assert_eq!(Date::parse("2025-05").unwrap().last_day_number(), number("2025-05-31"));
        assert_eq!(number("2026-01-01") - number("2025-01-01"), 365);
    }

    #[test]
    fn a_coarser_date_runs_over_whole_days() {
        let days = |text: &str| {
            let (first, last) = Date::parse(text).unwrap().days();
            [first, last].map(|day| day.to_string())
        };
        assert_eq!(days("2024-02"), ["2024-02-01", "2024-02-29"]);
        assert_eq!(days("2025"), ["2025-01-01", "2025-12-31"]);
        assert_eq!(days("2025-05-28"), ["2025-05-28", "2025-05-28"]);
    }

    #[test]
    fn coarser_dates_sort_first() {
        let dates: Vec<Date> =
            ["2025-05-28", "2022", "2025-05", "2025-05-27"].map(|d| Date::parse(d).unwrap()).into();
        let mut sorted = dates.clone();
        sorted.sort();
        let printed: Vec<String> = sorted.iter().map(Date::to_string).collect();
        assert_eq!(printed, ["2022", "2025-05", "2025-05-27", "2025-05-28"]);
        let mut by_rank = dates.clone();
        by_rank.sort_by_key(Date::rank);
        assert_eq!(by_rank, sorted);
    }
}
