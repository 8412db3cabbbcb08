//! The detail panel, as data: what the selection names, and what the panel says of it — a
//! state's role, its own actors with what each did and the blocs that spoke for it; or an
//! actor's office and place with the reactions to show in full.

use crate::i18n::strings;
use crate::model::{CountryNames, Incident, Reaction, ResponseKind, SourceKind};
use crate::selection::Selection;
use crate::standing::CountryStanding;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetailActor {
    pub id: String,
    pub name: String,
    /// What it did, in codebook order.
    pub kinds: Vec<ResponseKind>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailBody {
    /// Nothing is selected: how to select something.
    Hint,
    /// A state the view shows nothing of.
    Quiet,
    Country {
        /// "The attributing state", when it is one.
        role: Option<&'static str>,
        actors: Vec<DetailActor>,
        /// "Covered by a bloc statement: European Union", when one spoke for it.
        covered: Option<String>,
    },
    Actor {
        /// "Minister of Foreign Affairs · Czechia": the office (or kind) and whom it speaks for.
        line: String,
        /// The reactions to show in full: the one picked, or all of the actor's.
        reactions: Vec<usize>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetailView {
    /// The state's or the actor's name; "Details" when nothing is selected.
    pub heading: String,
    pub body: DetailBody,
    /// The responder it speaks as, whose profile across every incident it links to: the state,
    /// or the bloc a body speaks for (by the id the comparison names its rows with).
    pub profile: Option<String>,
}

impl DetailView {
    pub fn derive(
        incident: &Incident,
        names: &CountryNames,
        standings: &[CountryStanding],
        selection: Option<&Selection>,
    ) -> DetailView {
        let lang = names.lang;
        let words = strings(lang);
        let hint = DetailView { heading: words.details.to_string(), body: DetailBody::Hint, profile: None };
        let Some(selection) = selection else { return hint };
        if let Selection::Country(country) = selection {
            let heading = names.name(*country);
            let Some(standing) = standings.iter().find(|standing| standing.country == *country) else {
                return DetailView { heading, body: DetailBody::Quiet, profile: None };
            };
            let actors = standing
                .actors
                .iter()
                .map(|(at, kinds)| {
                    let actor = &incident.actors[*at];
                    DetailActor {
                        id: actor.id.clone(),
                        name: actor.name.get(lang).to_string(),
                        kinds: kinds.clone(),
                    }
                })
                .collect();
            let blocs: Vec<&str> =
                standing.covered_by.iter().map(|&bloc| incident.blocs[bloc].name.get(lang)).collect();
            let covered = (!blocs.is_empty()).then(|| words.covered(&blocs));
            let profile = Some(country.as_str().to_string());
            return DetailView {
                heading,
                body: DetailBody::Country { role: words.role(standing.role), actors, covered },
                profile,
            };
        }
        let Some(actor) = selection.actor(incident).and_then(|id| incident.actor(id)) else { return hint };
        let office = actor.role.as_ref().map_or(words.actor_kind(actor.kind), |role| role.get(lang));
        let place = match actor.country {
            Some(country) => names.name(country),
            None => incident.blocs_of(actor).map(|bloc| bloc.name.get(lang)).collect::<Vec<_>>().join(", "),
        };
        let profile =
            actor.country.map(|country| country.as_str().to_string()).or_else(|| actor.speaks_for.clone());
        let reactions = match selection {
            Selection::Reaction(index) => vec![*index],
            _ => {
                (0..incident.reactions.len()).filter(|&at| incident.reactions[at].actor == actor.id).collect()
            }
        };
        DetailView {
            heading: actor.name.get(lang).to_string(),
            body: DetailBody::Actor { line: format!("{office} · {place}"), reactions },
            profile,
        }
    }
}

/// The reprints a reaction rests on, when every source of it is one: their publishers, each
/// with its page's language (a publisher's name is the page's own words). The codebook asks for
/// the original wherever it can be read, so a reader should know when none could be.
pub fn reprints_only<'a>(incident: &'a Incident, reaction: &Reaction) -> Option<Vec<(&'a str, &'a str)>> {
    let sources: Vec<_> = reaction.sources.iter().filter_map(|id| incident.source(id)).collect();
    if sources.is_empty() || sources.iter().any(|source| source.kind != SourceKind::Reprint) {
        return None;
    }
    let mut publishers: Vec<(&str, &str)> = Vec::new();
    for source in sources {
        if publishers.iter().all(|(publisher, _)| *publisher != source.publisher) {
            publishers.push((&source.publisher, &source.lang));
        }
    }
    Some(publishers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::model::{CountryCode, Lang};
    use crate::standing::standings;

    fn detail(selection: Option<Selection>) -> DetailView {
        let incident = crate::load::minimal();
        let names = CountryNames::iso(Lang::En);
        DetailView::derive(&incident, &names, &standings(&incident, &Filter::default()), selection.as_ref())
    }

    #[test]
    fn a_state_says_its_role_its_actors_and_who_covered_it() {
        let czechia = detail(Some(Selection::Country(CountryCode::parse("CZ").unwrap())));
        assert_eq!(czechia.heading, "Czechia");
        let DetailBody::Country { role, actors, covered } = czechia.body else { panic!("{czechia:?}") };
        assert_eq!(role, Some("attributing state"));
        assert_eq!(actors[0].id, "cz-government");
        assert_eq!(actors[0].kinds, [ResponseKind::Condemnation, ResponseKind::Attribution]);
        assert_eq!(covered.as_deref(), Some("Covered by a bloc statement: European Union"));
        assert_eq!(czechia.profile.as_deref(), Some("CZ"));
        let quiet = detail(Some(Selection::Country(CountryCode::parse("FR").unwrap())));
        assert_eq!((quiet.heading.as_str(), quiet.body), ("France", DetailBody::Quiet));
    }

    #[test]
    fn an_actor_says_its_office_and_place_and_a_reaction_shows_alone() {
        let actor = detail(Some(Selection::Actor("eu".into())));
        assert_eq!(
            actor.body,
            DetailBody::Actor { line: "Intergovernmental body · European Union".into(), reactions: vec![1] }
        );
        assert_eq!(actor.profile.as_deref(), Some("EU"), "a body's profile is its bloc's");
        let reaction = detail(Some(Selection::Reaction(0)));
        assert_eq!(reaction.profile.as_deref(), Some("CZ"), "a state's actor's is its state's");
        let DetailBody::Actor { reactions, .. } = reaction.body else { panic!() };
        assert_eq!(reactions, [0]);
        assert_eq!(detail(None).profile, None);
        assert_eq!(detail(None).body, DetailBody::Hint);
    }

    #[test]
    fn a_reaction_resting_only_on_reprints_names_their_publishers() {
        let mut incident = crate::load::minimal();
        assert_eq!(reprints_only(&incident, &incident.reactions[0]), None, "an original");
        incident.sources[0].kind = SourceKind::Reprint;
        assert_eq!(
            reprints_only(&incident, &incident.reactions[0]),
            Some(vec![("Example Government", "en")])
        );
        incident.sources[0].kind = SourceKind::Wire;
        assert_eq!(reprints_only(&incident, &incident.reactions[0]), None, "a wire copy is enough");
        let words = (strings(Lang::En), strings(Lang::Cs));
        assert_eq!(words.0.only_reprints, "Only reprints found:");
        assert_eq!(words.1.only_reprints, "Nalezeny jen převzaté texty:");
    }
}
