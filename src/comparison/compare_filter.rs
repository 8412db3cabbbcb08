//! Which incidents the comparison sets side by side: those attributed to one state, those one
//! state attributed (alone or with others), those made public in a period. The filter of
//! reactions (`crate::filter::Filter`) then decides what each cell of them holds.

use crate::model::{CountryCode, CountryNames, Date, Incident};
use crate::ranking::sort_by_text;
use crate::view_query::Ignored;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct CompareFilter {
    /// The state held responsible (`facts.attributed_to.state`).
    pub accused: Option<CountryCode>,
    /// One of the states that made the attribution (`Facts::attributing`).
    pub attributed_by: Option<CountryCode>,
    /// The incident made public on that day or later; a month or a year counts from its start.
    pub made_from: Option<Date>,
    /// Made public on that day or earlier; a month or a year counts to its end.
    pub made_until: Option<Date>,
}

impl CompareFilter {
    /// The link's names for the fields, in the order a link gives them.
    pub const NAMES: [&'static str; 4] = ["accused", "attributed_by", "made_from", "made_until"];

    /// Reads what a link says (`ViewQuery::compare`); a value that names no state or no date
    /// is left out and returned, for the notice any parameter that cannot be honoured gets.
    pub fn read(pairs: &[(String, String)]) -> (CompareFilter, Vec<Ignored>) {
        let mut filter = CompareFilter::default();
        let mut ignored = Vec::new();
        for (name, value) in pairs {
            let state = || CountryCode::parse(value).ok();
            let date = || Date::parse(value).ok();
            let read = match name.as_str() {
                "accused" => state().map(|state| filter.accused = Some(state)),
                "attributed_by" => state().map(|state| filter.attributed_by = Some(state)),
                "made_from" => date().map(|date| filter.made_from = Some(date)),
                "made_until" => date().map(|date| filter.made_until = Some(date)),
                _ => None,
            };
            if read.is_none() {
                ignored.push((name.clone(), value.clone()));
            }
        }
        (filter, ignored)
    }

    /// What a link says of it: the fields set, in [`CompareFilter::NAMES`]' order.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let values = [
            self.accused.map(|state| state.to_string()),
            self.attributed_by.map(|state| state.to_string()),
            self.made_from.map(|date| date.to_string()),
            self.made_until.map(|date| date.to_string()),
        ];
        Self::NAMES
            .into_iter()
            .zip(values)
            .filter_map(|(name, value)| Some((name.to_string(), value?)))
            .collect()
    }

    /// Whether the incident is one of those compared. A date known only by its month or year
    /// fits a period it overlaps, as a reaction's date does in the filter of reactions.
    pub fn fits(&self, incident: &Incident) -> bool {
        let facts = &incident.facts;
        let (first, last) = facts.made_public.span();
        self.accused.is_none_or(|state| facts.attributed_to.state == state)
            && self.attributed_by.is_none_or(|state| facts.attributing().contains(&state))
            && self.made_from.is_none_or(|from| last >= from.span().0)
            && self.made_until.is_none_or(|until| first <= until.span().1)
    }

    /// The incidents that fit, in the order given.
    pub fn keep<'a>(&self, incidents: &[&'a Incident]) -> Vec<&'a Incident> {
        incidents.iter().copied().filter(|incident| self.fits(incident)).collect()
    }
}

/// The states the comparison's filters offer: those the incidents hold responsible, and those
/// that attributed them, each once and by name in the reader's language. Taken from every
/// incident, not only those a filter keeps, so that a reader can always choose another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareChoices {
    pub accused: Vec<CountryCode>,
    pub attributing: Vec<CountryCode>,
}

impl CompareChoices {
    pub fn of(incidents: &[&Incident], names: &CountryNames) -> CompareChoices {
        let by_name = |mut states: Vec<CountryCode>| {
            states.sort_unstable();
            states.dedup();
            sort_by_text(&mut states, |&state| crate::filter::fold(&names.name(state)));
            states
        };
        CompareChoices {
            accused: by_name(incidents.iter().map(|incident| incident.facts.attributed_to.state).collect()),
            attributing: by_name(
                incidents.iter().flat_map(|incident| incident.facts.attributing().iter().copied()).collect(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::incidents;
    use super::*;
    use crate::model::Lang;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    fn ids(filter: &CompareFilter, incidents: &[&Incident]) -> Vec<String> {
        filter.keep(incidents).iter().map(|incident| incident.facts.id.clone()).collect()
    }

    #[test]
    fn a_link_says_it_in_its_own_words_and_what_cannot_be_honoured_is_reported() {
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter().map(|&(name, value)| (name.to_string(), value.to_string())).collect()
        };
        let all = CompareFilter {
            accused: Some(code("CN")),
            attributed_by: Some(code("CZ")),
            made_from: Date::parse("2021-03").ok(),
            made_until: Date::parse("2025-06-30").ok(),
        };
        let written = all.pairs();
        assert_eq!(
            written,
            pairs(&[
                ("accused", "CN"),
                ("attributed_by", "CZ"),
                ("made_from", "2021-03"),
                ("made_until", "2025-06-30")
            ])
        );
        assert_eq!(CompareFilter::read(&written), (all, vec![]));
        assert_eq!(CompareFilter::default().pairs(), vec![]);
        let (read, ignored) = CompareFilter::read(&pairs(&[
            ("accused", "China"),
            ("attributed_by", "cz"),
            ("made_from", "2021-13"),
            ("made_until", "soon"),
        ]));
        assert_eq!(read, CompareFilter::default());
        assert_eq!(
            ignored,
            pairs(&[
                ("accused", "China"),
                ("attributed_by", "cz"),
                ("made_from", "2021-13"),
                ("made_until", "soon")
            ])
        );
    }

    #[test]
    fn keeps_the_incidents_of_an_accused_state_an_attributing_state_and_a_period() {
        let (first, mut second) = incidents();
        second.facts.attributed_to.state = code("RU");
        second.facts.attributed_by = vec![code("CZ"), code("GB")];
        let list = [&second, &first];
        assert_eq!(ids(&CompareFilter::default(), &list), ["second", "minimal"], "all, in the order given");
        let accused = |state| CompareFilter { accused: Some(code(state)), ..CompareFilter::default() };
        assert_eq!(ids(&accused("RU"), &list), ["second"]);
        assert_eq!(ids(&accused("CN"), &list), ["minimal"]);
        assert!(ids(&accused("IR"), &list).is_empty());
        let by = |state| CompareFilter { attributed_by: Some(code(state)), ..CompareFilter::default() };
        assert_eq!(ids(&by("GB"), &list), ["second"], "one of several attributing states");
        assert_eq!(ids(&by("CZ"), &list), ["second", "minimal"], "the target, when no one else is named");
        let both = CompareFilter { accused: Some(code("CN")), ..by("GB") };
        assert!(ids(&both, &list).is_empty(), "every condition holds at once");
    }

    #[test]
    fn a_period_counts_whole_days_months_and_years() {
        let (first, second) = incidents();
        let list = [&second, &first];
        let date = |text| Some(Date::parse(text).unwrap());
        let period =
            |from, until| CompareFilter { made_from: from, made_until: until, ..CompareFilter::default() };
        assert_eq!(first.facts.made_public.to_string(), "2025-05-28");
        assert_eq!(
            ids(&period(date("2025-05-28"), date("2025-05-28")), &list),
            ["minimal"],
            "both ends count"
        );
        assert_eq!(ids(&period(date("2025-05-29"), None), &list), ["second"]);
        assert_eq!(ids(&period(None, date("2025-08")), &list), ["minimal"], "to the end of August");
        assert_eq!(ids(&period(date("2025-09"), None), &list), ["second"], "from the start of September");
        assert_eq!(ids(&period(date("2025"), date("2025")), &list), ["second", "minimal"]);
        assert!(ids(&period(date("2026-01-01"), None), &list).is_empty());
    }

    #[test]
    fn offers_each_state_present_once_by_name_in_the_readers_language() {
        let (first, mut second) = incidents();
        second.facts.attributed_to.state = code("RU");
        second.facts.attributed_by = vec![code("GB"), code("CZ")];
        let mut third = first.clone();
        third.facts.attributed_by = vec![code("DE")];
        let list = [&second, &first, &third];
        let english = CompareChoices::of(&list, &CountryNames::iso(Lang::En));
        assert_eq!(english.accused, [code("CN"), code("RU")]);
        assert_eq!(
            english.attributing,
            [code("CZ"), code("DE"), code("GB")],
            "Czechia, Germany, United Kingdom"
        );
        let czech = CompareChoices::of(&list, &CountryNames::iso(Lang::Cs));
        assert_eq!(czech.accused, [code("CN"), code("RU")], "Čína, Rusko");
        assert_eq!(
            czech.attributing,
            [code("CZ"), code("DE"), code("GB")],
            "Česko, Německo, Spojené království"
        );
    }
}
