//! A responder's profile across the real incidents of `seeds/`: every cell equals what the
//! files say — Germany's own reactions (every kind, each date, the words, the sources) and the
//! blocs that spoke for it where it said nothing, and the EU's bodies — and the page draws it.

mod support;

use demarche::comparison::Responder;
use demarche::filter::Filter;
use demarche::model::{CountryCode, CountryNames, Incident, Lang, ResponseKind};
use demarche::view_model::ProfileView;

/// The incidents oldest first, as the comparison sets them.
fn by_date(incidents: &[Incident]) -> Vec<&Incident> {
    let mut sorted: Vec<&Incident> = incidents.iter().collect();
    sorted.sort_by_key(|incident| incident.facts.made_public);
    sorted
}

/// What the file says the responder did: its reactions' indices (by date), and every kind.
fn from_the_file(
    incident: &Incident,
    speaks: impl Fn(&demarche::model::Actor) -> bool,
) -> (Vec<usize>, Vec<ResponseKind>) {
    let mut reactions: Vec<usize> = (0..incident.reactions.len())
        .filter(|&at| speaks(incident.actor(&incident.reactions[at].actor).unwrap()))
        .collect();
    reactions.sort_by_key(|&at| incident.reactions[at].date);
    let mut kinds: Vec<ResponseKind> =
        reactions.iter().flat_map(|&at| incident.reactions[at].responses.clone()).collect();
    kinds.sort();
    kinds.dedup();
    (reactions, kinds)
}

fn kind_words(kinds: &[ResponseKind]) -> Vec<String> {
    let en = demarche::i18n::strings(Lang::En);
    kinds.iter().map(|&kind| en.kind_with_rung(kind)).collect()
}

#[test]
fn germany_across_every_incident_is_what_the_files_say() {
    let seeds = support::seeds();
    let germany = CountryCode::parse("DE").unwrap();
    let list: Vec<&Incident> = seeds.iter().collect();
    let view = ProfileView::derive(
        &list,
        &Responder::State(germany),
        &Filter::default(),
        &CountryNames::iso(Lang::En),
    );
    assert_eq!(view.heading, "Germany across all incidents");
    let expected_order: Vec<&str> = by_date(&seeds).iter().map(|incident| incident.id()).collect();
    let order: Vec<&str> = view.incidents.iter().map(|row| row.column.id.as_str()).collect();
    assert_eq!(order, expected_order);
    let mut answered = 0;
    for (row, incident) in view.incidents.iter().zip(by_date(&seeds)) {
        let (reactions, kinds) = from_the_file(incident, |actor| actor.country == Some(germany));
        answered += usize::from(!reactions.is_empty());
        assert_eq!(row.kinds, kind_words(&kinds), "{}", incident.id());
        let indices: Vec<usize> = row.reactions.iter().map(|reaction| reaction.index).collect();
        assert_eq!(indices, reactions, "{}", incident.id());
        for (shown, &at) in row.reactions.iter().zip(&reactions) {
            let reaction = &incident.reactions[at];
            let mut made = reaction.responses.clone();
            made.sort();
            assert_eq!(shown.kinds, kind_words(&made), "{} #{at}", incident.id());
            assert_eq!(shown.datetime, reaction.date.to_string());
            assert_eq!(shown.quote.as_ref(), reaction.quote(Lang::En));
            let urls: Vec<String> = shown.sources.iter().map(|source| source.url.to_string()).collect();
            let files: Vec<String> =
                reaction.sources.iter().map(|id| incident.source(id).unwrap().url.to_string()).collect();
            assert_eq!(urls, files);
        }
        let spoke_for_it = incident.reactions.iter().any(|reaction| {
            let actor = incident.actor(&reaction.actor).unwrap();
            actor
                .speaks_for
                .as_deref()
                .and_then(|bloc| incident.bloc(bloc))
                .is_some_and(|bloc| bloc.has_member(germany))
        });
        assert_eq!(row.covered.is_some(), spoke_for_it, "{}", incident.id());
    }
    assert!(answered > 0, "Germany answers some of the incidents");
    assert_eq!(view.summary[0], format!("Answered {answered} of {}\u{a0}incidents.", seeds.len()));
}

#[test]
fn the_eu_across_every_incident_is_its_bodies_statements() {
    let seeds = support::seeds();
    let list: Vec<&Incident> = seeds.iter().collect();
    let eu = Responder::Bloc("EU".into());
    let view = ProfileView::derive(&list, &eu, &Filter::default(), &CountryNames::iso(Lang::Cs));
    assert_eq!(view.name, "Evropská unie");
    let mut answered = 0;
    for (row, incident) in view.incidents.iter().zip(by_date(&seeds)) {
        let (reactions, kinds) = from_the_file(incident, |actor| actor.speaks_for.as_deref() == Some("EU"));
        answered += usize::from(!reactions.is_empty());
        let indices: Vec<usize> = row.reactions.iter().map(|reaction| reaction.index).collect();
        assert_eq!(indices, reactions, "{}", incident.id());
        let cs = demarche::i18n::strings(Lang::Cs);
        let words: Vec<String> = kinds.iter().map(|&kind| cs.kind_with_rung(kind)).collect();
        assert_eq!(row.kinds, words, "{}", incident.id());
        assert_eq!(row.covered, None, "a bloc is never covered");
        for (shown, &at) in row.reactions.iter().zip(&reactions) {
            // The Czech reader gets Czech words where they were said in Czech, else our translation.
            let quote = incident.reactions[at].quote(Lang::Cs);
            assert_eq!(shown.quote.as_ref(), quote);
            assert_eq!(shown.translation.as_deref(), quote.and_then(|quote| quote.translated(Lang::Cs)));
        }
    }
    let incidents = seeds.len();
    let expected = demarche::i18n::typeset(&format!(
        "Vlastní reakce: u {answered} {} {incidents} incidentů.",
        demarche::i18n::z_before(incidents)
    ));
    assert_eq!(view.summary[0], expected);
}

#[tokio::test]
async fn the_page_draws_a_profile_as_a_table_a_group_of_rows_per_incident() {
    let html = support::render("?view=compare&profile=DE").await;
    assert!(
        html.contains("<h2 id=\"profile-heading\" tabindex=\"-1\">Germany across all incidents</h2>"),
        "{html}"
    );
    let seeds = support::seeds();
    for incident in &seeds {
        assert!(html.contains(&format!("<tbody data-incident=\"{}\">", incident.id())), "{}", incident.id());
    }
    assert!(html.contains("Back to the comparison"));
    let comparison = support::render("?view=compare").await;
    assert!(
        comparison.contains("aria-label=\"Germany across all incidents\""),
        "each row's name opens its profile"
    );
}
