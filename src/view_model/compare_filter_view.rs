//! The comparison's choice of incidents, as data: the states a reader can pick as held
//! responsible or as attributing (each named in the reader's language, the one chosen marked),
//! the period's ends as the date fields show them, and how many incidents the choice keeps.

use crate::comparison::{CompareChoices, CompareFilter};
use crate::filter::date_entry_text;
use crate::i18n::strings;
use crate::model::{CountryCode, CountryNames, Incident};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateChoice {
    pub code: CountryCode,
    pub name: String,
    pub chosen: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareFilterView {
    pub accused: Vec<StateChoice>,
    pub attributing: Vec<StateChoice>,
    /// The period's ends as the date fields show them.
    pub made_from: String,
    pub made_until: String,
    /// "Incidents compared: 4 of 10", when the choice leaves some out.
    pub kept: Option<String>,
}

impl CompareFilterView {
    /// `incidents` are all there are to compare, `kept` how many of them the filter keeps.
    pub fn derive(
        incidents: &[&Incident],
        filter: &CompareFilter,
        kept: usize,
        names: &CountryNames,
    ) -> CompareFilterView {
        let lang = names.lang;
        let choices = CompareChoices::of(incidents, names);
        let offer = |mut states: Vec<CountryCode>, chosen: Option<CountryCode>| {
            // A state a link names is offered even when no incident names it, so that the
            // field says what the link asked for (and that nothing fits it).
            if let Some(chosen) = chosen.filter(|chosen| !states.contains(chosen)) {
                states.push(chosen);
            }
            states
                .into_iter()
                .map(|code| StateChoice { code, name: names.name(code), chosen: Some(code) == chosen })
                .collect()
        };
        let filtered = *filter != CompareFilter::default();
        CompareFilterView {
            accused: offer(choices.accused, filter.accused),
            attributing: offer(choices.attributing, filter.attributed_by),
            made_from: date_entry_text(lang, filter.made_from, false),
            made_until: date_entry_text(lang, filter.made_until, true),
            kept: filtered.then(|| strings(lang).incidents_kept(kept, incidents.len())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Lang};

    #[test]
    fn offers_the_states_present_marks_the_chosen_and_counts_what_is_kept() {
        let first = crate::load::minimal();
        let mut second = first.clone();
        second.facts.attributed_to.state = CountryCode::parse("RU").unwrap();
        let list = [&first, &second];
        let names = CountryNames::iso(Lang::En);
        let none = CompareFilterView::derive(&list, &CompareFilter::default(), 2, &names);
        let named = |states: &[StateChoice]| -> Vec<(String, bool)> {
            states.iter().map(|state| (state.name.clone(), state.chosen)).collect()
        };
        assert_eq!(named(&none.accused), [("China".into(), false), ("Russia".into(), false)]);
        assert_eq!(named(&none.attributing), [("Czechia".into(), false)]);
        assert_eq!((none.made_from.as_str(), none.kept), ("", None));
        let russia = CompareFilter {
            accused: CountryCode::parse("RU").ok(),
            attributed_by: CountryCode::parse("FR").ok(),
            made_from: Date::parse("2025-05").ok(),
            ..CompareFilter::default()
        };
        let chosen = CompareFilterView::derive(&list, &russia, 0, &names);
        assert_eq!(named(&chosen.accused), [("China".into(), false), ("Russia".into(), true)]);
        assert_eq!(
            named(&chosen.attributing),
            [("Czechia".into(), false), ("France".into(), true)],
            "a state the link names, though no incident does"
        );
        assert_eq!(chosen.made_from, date_entry_text(Lang::En, Date::parse("2025-05").ok(), false));
        assert_eq!(chosen.kept.as_deref(), Some("Incidents compared: 0 of 2"));
        let czech = CompareFilterView::derive(&list, &russia, 1, &CountryNames::iso(Lang::Cs));
        assert_eq!(czech.kept.as_deref(), Some("Srovnávané incidenty: 1\u{a0}ze 2"));
    }
}
