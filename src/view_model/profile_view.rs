//! A responder's profile, as data: a heading, the lines that sum it up, and per incident (in
//! the comparison's order) the comparison's cell for it, every kind it used with its rung, the
//! blocs that covered it, and each of its reactions in full: who spoke, what kinds, when and how
//! many days after the attribution, the words (in the reader's language where there is a
//! translation) and the sources.

use crate::comparison::{CompareFilter, Profile, Responder};
use crate::filter::Filter;
use crate::i18n::{strings, ProfileWords};
use crate::model::{CountryNames, Incident, Quote, ResponseKind, Source};
use crate::timeline::{place, Timing};

use super::comparison_view::{column, responder_cell, responder_name};
use super::{IncidentColumn, ResponderCell};

/// One reaction of the responder's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileReaction {
    /// Its place in the incident's reactions.
    pub index: usize,
    pub actor: String,
    /// The shown kinds it made, each with its rung where it has one, in codebook order.
    pub kinds: Vec<String>,
    /// "26 June 2025", or "by 26 June 2025" when only an upper bound is known.
    pub date: String,
    pub datetime: String,
    /// Days after the attribution (at the latest, for an upper bound).
    pub day: i64,
    pub timing: Timing,
    /// "day 3", „3 dny po atribuci“, "≤ 3 days after the attribution".
    pub days: String,
    /// The words in the reader's language where they were said in it, else the first.
    pub quote: Option<Quote>,
    /// Our translation of them into the reader's language, where they were said in another.
    pub translation: Option<String>,
    /// The address they were copied from.
    pub cite: Option<String>,
    pub sources: Vec<Source>,
}

/// The responder in one incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileIncident {
    pub column: IncidentColumn,
    /// The comparison's cell: its swatch, its words, and what picking it opens.
    pub cell: ResponderCell,
    /// Every shown kind it used there, with its rung where it has one, in codebook order.
    pub kinds: Vec<String>,
    /// "attributing state", when it was one.
    pub role: Option<&'static str>,
    /// "Covered by a bloc statement: European Union", when a bloc spoke for it.
    pub covered: Option<String>,
    pub reactions: Vec<ProfileReaction>,
}

impl ProfileIncident {
    /// Whether it answered for itself there.
    pub fn reacted(&self) -> bool {
        !self.reactions.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileView {
    pub responder: Responder,
    pub name: String,
    /// "Germany across all incidents".
    pub heading: String,
    pub summary: Vec<String>,
    /// "Incidents compared: 4 of 10", when it opened from a comparison of some incidents only.
    pub kept: Option<String>,
    pub words: ProfileWords,
    pub incidents: Vec<ProfileIncident>,
}

impl ProfileView {
    /// The profile over the incidents the comparison it opens from sets side by side: those of
    /// `all` its choice keeps, saying so when that is not all of them.
    pub fn of_compared(
        all: &[&Incident],
        compare: &CompareFilter,
        responder: &Responder,
        filter: &Filter,
        names: &CountryNames,
    ) -> ProfileView {
        let list = compare.keep(all);
        let mut model = ProfileView::derive(&list, responder, filter, names);
        if *compare != CompareFilter::default() {
            let words = strings(names.lang);
            model.heading = words.across_compared(&model.name);
            model.kept = Some(words.incidents_kept(list.len(), all.len()));
        }
        model
    }

    /// `incidents` in the catalogue's order, as the comparison is given them.
    pub fn derive(
        incidents: &[&Incident],
        responder: &Responder,
        filter: &Filter,
        names: &CountryNames,
    ) -> ProfileView {
        let lang = names.lang;
        let words = strings(lang);
        let profile = Profile::build(incidents, filter, responder);
        let shown: Vec<&Incident> = profile.entries.iter().map(|entry| incidents[entry.at]).collect();
        let name = responder_name(responder, &shown, names);
        let summary = words.profile_lines(
            shown.len(),
            profile.answered(),
            profile.covered_only(),
            &profile.kinds(),
            profile.median_first_day(),
        );
        let rows = profile
            .entries
            .iter()
            .map(|entry| {
                let incident = incidents[entry.at];
                let cell = &entry.cell;
                let reactions = entry
                    .reactions
                    .iter()
                    .map(|&index| {
                        let reaction = &incident.reactions[index];
                        let (day, timing) = place(incident, reaction);
                        let quote = reaction.quote(lang);
                        let actor = incident.actor(&reaction.actor);
                        ProfileReaction {
                            index,
                            actor: actor
                                .map_or(reaction.actor.as_str(), |actor| actor.name.get(lang))
                                .to_string(),
                            kinds: ResponseKind::ALL
                                .into_iter()
                                .filter(|&kind| reaction.has(kind) && filter.shows(kind))
                                .map(|kind| words.kind_with_rung(kind))
                                .collect(),
                            date: words.reaction_date(reaction),
                            datetime: reaction.date.to_string(),
                            day,
                            timing,
                            days: words.day(day, timing),
                            translation: quote.and_then(|quote| quote.translated(lang)).map(String::from),
                            cite: quote
                                .and_then(|quote| incident.source(&quote.source))
                                .map(|source| source.url.to_string()),
                            quote: quote.cloned(),
                            sources: reaction
                                .sources
                                .iter()
                                .filter_map(|id| incident.source(id))
                                .cloned()
                                .collect(),
                        }
                    })
                    .collect();
                let blocs: Vec<&str> = cell
                    .covered_by
                    .iter()
                    .filter_map(|id| incident.bloc(id))
                    .map(|bloc| bloc.name.get(lang))
                    .collect();
                ProfileIncident {
                    column: column(incident, lang),
                    cell: responder_cell(responder, &name, cell, incident, filter, lang),
                    kinds: cell.kinds.iter().map(|&kind| words.kind_with_rung(kind)).collect(),
                    role: cell.role.and_then(|role| words.role(role)),
                    covered: (!blocs.is_empty()).then(|| words.covered(&blocs)),
                    reactions,
                }
            })
            .collect();
        ProfileView {
            responder: responder.clone(),
            heading: words.across_incidents(&name),
            name,
            summary,
            kept: None,
            words: words.profile_words(),
            incidents: rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CountryCode, Date, Lang};
    use crate::selection::Selection;

    fn incidents() -> (Incident, Incident) {
        let first = crate::load::minimal();
        let mut second = first.clone();
        second.facts.id = "second".into();
        second.facts.made_public = Date::parse("2025-09-01").unwrap();
        second.reactions[0].responses = vec![ResponseKind::Concern, ResponseKind::Summons];
        second.reactions[0].date = Date::parse("2025-09-03").unwrap();
        second.reactions[0].date_upper_bound = true;
        (first, second)
    }

    #[test]
    fn a_state_across_the_fixtures_every_kind_each_day_the_words_and_the_sources() {
        let (first, second) = incidents();
        let names = CountryNames::iso(Lang::En);
        let czechia = Responder::State(CountryCode::parse("CZ").unwrap());
        let view = ProfileView::derive(&[&second, &first], &czechia, &Filter::default(), &names);
        assert_eq!(view.heading, "Czechia across all incidents");
        let ids: Vec<&str> = view.incidents.iter().map(|row| row.column.id.as_str()).collect();
        assert_eq!(ids, ["minimal", "second"], "oldest first, as the comparison");
        let minimal = &view.incidents[0];
        assert_eq!(minimal.kinds, ["condemnation (rung 4)", "attribution"]);
        assert_eq!(minimal.role, Some("attributing state"));
        assert_eq!(minimal.covered.as_deref(), Some("Covered by a bloc statement: European Union"));
        assert_eq!(minimal.cell.text, "4");
        assert_eq!(minimal.cell.opens, Some(Selection::Country(CountryCode::parse("CZ").unwrap())));
        let reaction = &minimal.reactions[0];
        assert_eq!((reaction.index, reaction.actor.as_str()), (0, "Government of the Czech Republic"));
        assert_eq!(
            (reaction.date.as_str(), reaction.days.as_str()),
            ("28 May 2025", "the day of the attribution")
        );
        assert_eq!(
            reaction.sources.iter().map(|source| source.id.as_str()).collect::<Vec<_>>(),
            ["statement"]
        );
        let later = &view.incidents[1].reactions[0];
        assert_eq!(later.kinds, ["concern (rung 1)", "summons (rung 5)"]);
        assert_eq!(
            (later.date.as_str(), later.day, later.timing),
            ("by 3 September 2025", 2, Timing::UpperBound)
        );
        assert_eq!(later.days, "≤ 2\u{a0}days after the attribution");
        assert_eq!(
            view.summary,
            [
                "Answered 2 of 2\u{a0}incidents.",
                "Incidents by kind of response: concern 1, condemnation 1, summons 1, attribution 1.",
                "Median first answer: ≤ 1\u{a0}day after the attribution.",
            ]
        );
    }

    #[test]
    fn a_profile_opened_from_a_choice_of_incidents_covers_those_and_says_so() {
        let (first, second) = incidents();
        let names = CountryNames::iso(Lang::En);
        let czechia = Responder::State(CountryCode::parse("CZ").unwrap());
        let all = [&second, &first];
        let every =
            ProfileView::of_compared(&all, &CompareFilter::default(), &czechia, &Filter::default(), &names);
        assert_eq!((every.heading.as_str(), every.kept.as_deref()), ("Czechia across all incidents", None));
        let autumn = CompareFilter { made_from: Date::parse("2025-09").ok(), ..CompareFilter::default() };
        let view = ProfileView::of_compared(&all, &autumn, &czechia, &Filter::default(), &names);
        assert_eq!(view.heading, "Czechia across the incidents compared");
        assert_eq!(view.kept.as_deref(), Some("Incidents compared: 1 of 2"));
        let ids: Vec<&str> = view.incidents.iter().map(|row| row.column.id.as_str()).collect();
        assert_eq!(ids, ["second"]);
        assert_eq!(view.summary[0], "Answered 1 of 1\u{a0}incident.");
    }

    #[test]
    fn a_state_that_never_spoke_says_who_covered_it_and_a_bloc_names_its_body() {
        let (first, second) = incidents();
        let names = CountryNames::iso(Lang::Cs);
        let germany = Responder::State(CountryCode::parse("DE").unwrap());
        let view = ProfileView::derive(&[&second, &first], &germany, &Filter::default(), &names);
        assert!(view.incidents.iter().all(|row| !row.reacted()));
        assert_eq!(view.heading, "Německo ve všech incidentech");
        assert_eq!(view.summary[0], "Vlastní reakce: u\u{a0}0\u{a0}ze 2\u{a0}incidentů.");
        assert_eq!(view.words.no_answer, "Bez vlastní reakce");
        let eu = Responder::Bloc("EU".into());
        let view = ProfileView::derive(&[&second, &first], &eu, &Filter::default(), &names);
        assert_eq!(view.name, "Evropská unie");
        assert_eq!(view.incidents[0].cell.opens, Some(Selection::Actor("eu".into())));
        assert_eq!(view.incidents[0].kinds, ["solidarita (stupeň\u{a0}2)"]);
    }
}
