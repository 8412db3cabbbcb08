//! Which incidents the comparison sets side by side: those attributed to one state, those one
//! state attributed (alone or with others), those made public in a period. The filter of
//! reactions (`crate::filter::Filter`) then decides what each cell of them holds.

use crate::model::{CountryCode, CountryNames, Date, Incident};
use crate::ranking::sort_by_text;

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
