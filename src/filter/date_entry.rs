//! The filter's dates as a reader types them: in the page's language whatever the browser's
//! (a date input shows the browser's form, „mm/dd/yyyy“ in a Czech article). Czech writes a
//! day in numbers, „28. 5. 2025“; English names the month, "28 May 2025" or "May 28, 2025",
//! since "5/28/2025" and "28/5/2025" each mean a day on one side of the Atlantic only. Both
//! also take ISO 8601, 2025-05-28, the form links use.

use crate::i18n::strings;
use crate::model::{Date, Lang};

/// An entry that names no day: not a date, or a day the calendar lacks („31. 2. 2025“).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotADate;

/// Reads a date field: `None` for an empty one, which lifts that end of the range.
pub fn parse_date_entry(lang: Lang, text: &str) -> Result<Option<Date>, NotADate> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(date) = Date::parse(text) {
        return date.is_day().then_some(Some(date)).ok_or(NotADate);
    }
    // `Date::parse` checks the calendar, and that each part is one or two digits.
    typed_iso(lang, text).and_then(|iso| Date::parse(&iso).ok()).map(Some).ok_or(NotADate)
}

/// What a field shows for one end of the range, as it would be typed: a whole day, so a
/// coarser date from a link (`from=2025-05`) shows the day it starts or, for "until", ends.
pub fn date_entry_text(lang: Lang, bound: Option<Date>, until: bool) -> String {
    let Some(date) = bound else { return String::new() };
    let (first, last) = date.days();
    strings(lang).entry_date(if until { last } else { first })
}

/// A day as a reader of the language types it, in ISO 8601 for `Date::parse` to check: Czech
/// „28. 5. 2025“ (or „28.5.2025“), English "28 May 2025" or "May 28, 2025", the month named in
/// full or by three letters. English takes no day in numbers only, which would be ambiguous.
fn typed_iso(lang: Lang, text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|word| !word.is_empty())
        .collect();
    let [first, second, year] = words[..] else { return None };
    let en = strings(Lang::En);
    let (day, month) = match (lang, en.month_named(first), en.month_named(second)) {
        (Lang::Cs, ..) => (first, second.to_string()),
        (Lang::En, Some(month), None) => (second, month.to_string()),
        (Lang::En, None, Some(month)) => (first, month.to_string()),
        _ => return None,
    };
    Some(format!("{year}-{month:0>2}-{day:0>2}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> Option<Date> {
        Some(Date::parse(iso).unwrap())
    }

    fn accepts(lang: Lang, entries: &[&str], iso: &str) {
        for entry in entries {
            assert_eq!(parse_date_entry(lang, entry), Ok(day(iso)), "{lang:?} {entry:?}");
        }
    }

    fn rejects(lang: Lang, entries: &[&str]) {
        for entry in entries {
            assert_eq!(parse_date_entry(lang, entry), Err(NotADate), "{lang:?} {entry:?}");
        }
    }

    #[test]
    fn czech_takes_day_month_and_year_in_numbers_with_or_without_spaces() {
        let entries = [
            "28. 5. 2025",
            "28.5.2025",
            "28.05.2025",
            " 28 . 5 . 2025 ",
            "28.\u{a0}5.\u{a0}2025",
            "28. 5. 2025.",
        ];
        accepts(Lang::Cs, &entries, "2025-05-28");
        accepts(Lang::Cs, &["1. 12. 2025"], "2025-12-01");
        accepts(Lang::Cs, &["29. 2. 2024"], "2024-02-29");
    }

    #[test]
    fn english_takes_the_month_by_name_before_or_after_the_day() {
        let entries = ["28 May 2025", "May 28, 2025", "may 28 2025", "28 MAY 2025", "28\u{a0}May\u{a0}2025"];
        accepts(Lang::En, &entries, "2025-05-28");
        accepts(Lang::En, &["1 Sep 2025", "1 september 2025", "Sep 1, 2025", "01 Sep 2025"], "2025-09-01");
    }

    #[test]
    fn both_languages_take_iso_8601_as_links_write_it() {
        for lang in [Lang::En, Lang::Cs] {
            accepts(lang, &["2025-05-28", " 2025-05-28 "], "2025-05-28");
        }
    }

    #[test]
    fn an_empty_field_lifts_the_bound() {
        for lang in [Lang::En, Lang::Cs] {
            assert_eq!(parse_date_entry(lang, ""), Ok(None));
            assert_eq!(parse_date_entry(lang, " \u{a0} "), Ok(None));
        }
    }

    #[test]
    fn days_the_calendar_lacks_are_rejected() {
        rejects(
            Lang::Cs,
            &["31. 2. 2025", "29. 2. 2025", "31. 4. 2025", "0. 5. 2025", "28. 13. 2025", "28. 0. 2025"],
        );
        rejects(Lang::En, &["31 February 2025", "29 Feb 2025", "0 May 2025", "32 May 2025", "2025-02-29"]);
    }

    #[test]
    fn ambiguous_partial_and_malformed_entries_are_rejected() {
        let both =
            ["garbage", "28/5/2025", "5/28/2025", "2025", "2025-05", "2025-5-28", "28-5-2025", "28/05/2025"];
        rejects(Lang::Cs, &both);
        rejects(Lang::En, &both);
        rejects(
            Lang::Cs,
            &["28. 5.", "28. 5. 25", "28. 5. 2025. 1", "2 8. 5. 2025", "28. května 2025", "28 May 2025"],
        );
        rejects(
            Lang::En,
            &[
                "28.5.2025",
                "28 May",
                "May 2025",
                "28 Mayo 2025",
                "Sept 28, 2025",
                "28 May 25",
                "May May 2025",
            ],
        );
    }

    #[test]
    fn a_field_shows_its_bound_as_a_whole_day_in_the_page_language() {
        let month = Date::parse("2025-05").ok();
        assert_eq!(date_entry_text(Lang::Cs, month, false), "1. 5. 2025");
        assert_eq!(date_entry_text(Lang::Cs, month, true), "31. 5. 2025");
        assert_eq!(date_entry_text(Lang::En, month, true), "31 May 2025");
        assert_eq!(date_entry_text(Lang::En, None, false), "");
    }

    /// What a field shows reads back as the same day, every day of a leap year.
    #[test]
    fn what_a_field_shows_reads_back_as_the_same_day() {
        let days: Vec<Date> = (1..=12)
            .flat_map(|month| (1..=31).map(move |day| format!("2024-{month:02}-{day:02}")))
            .filter_map(|iso| Date::parse(&iso).ok())
            .collect();
        assert_eq!(days.len(), 366);
        for lang in [Lang::En, Lang::Cs] {
            for &bound in &days {
                let shown = date_entry_text(lang, Some(bound), false);
                assert_eq!(parse_date_entry(lang, &shown), Ok(Some(bound)), "{lang:?} {shown}");
            }
        }
    }
}
