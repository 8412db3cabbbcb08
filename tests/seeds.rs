//! Every incident file in `seeds/` is valid, and the Czech dataset holds what the public
//! record says it must.

mod support;

use demarche::bundle::bundle;
use demarche::catalogue::lesson_file;
use demarche::model::{ActorGroup, Incident, Lang, Lesson, ResponseKind};
use demarche::packed::unpack;

fn czech() -> Incident {
    support::seeds()
        .into_iter()
        .find(|incident| incident.id() == "czech-mfa-apt31-2025")
        .expect("the Czech incident ships")
}

#[test]
fn every_seed_file_is_valid_and_packed_as_it_reads() {
    let incidents = support::seeds();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap();
    assert_eq!(
        incidents.len(),
        files
            .filter(|file| file.as_ref().unwrap().path().extension().is_some_and(|ext| ext == "toml"))
            .count()
    );
    let bundle = bundle(&incidents);
    for (incident, entry) in incidents.iter().zip(&bundle.catalogue.incidents) {
        for lang in Lang::ALL {
            let file = entry.file(lang).unwrap();
            let read = |name: &str| &bundle.files.iter().find(|(known, _)| known == name).unwrap().1;
            // The story's words and the questions come in the lesson file beside it.
            let lesson: Lesson = unpack(read(&lesson_file(file))).unwrap();
            assert_eq!(
                lesson.restore(&unpack::<Incident>(read(file)).unwrap()),
                incident.in_language(lang),
                "{} {lang:?}",
                entry.id
            );
        }
    }
}

/// A reader's own file may be English only; the site's own incidents are written for Czech
/// classes too, and stay bilingual.
#[test]
fn every_seed_text_is_in_czech_too() {
    for incident in support::seeds() {
        assert_eq!(incident.english_only(), 0, "{}: texts without `cs`", incident.id());
    }
}

#[test]
fn czech_case_is_the_default_and_names_apt31_and_china() {
    let incident = &czech();
    assert_eq!(incident.facts.made_public.to_string(), "2025-05-28");
    assert_eq!(incident.facts.attributed_to.name, "APT31");
    assert_eq!(incident.facts.attributed_to.state.as_str(), "CN");
    assert_eq!(incident.facts.target.country.as_str(), "CZ");
    assert!(!incident.facts.unverified.is_empty(), "the extent of the breach is not public");
}

#[test]
fn czech_case_covers_the_reactions_the_seed_document_names() {
    let incident = &czech();
    let made = |group: ActorGroup, kind: ResponseKind| {
        incident.reactions.iter().any(|reaction| {
            let actor = incident.actor(&reaction.actor).unwrap();
            ActorGroup::of(incident, actor) == group && reaction.has(kind)
        })
    };
    for (group, kind) in [
        (ActorGroup::Attributing, ResponseKind::Attribution),
        (ActorGroup::Attributing, ResponseKind::Condemnation),
        (ActorGroup::Attributing, ResponseKind::Summons),
        (ActorGroup::Attributing, ResponseKind::Investigation),
        (ActorGroup::Attributing, ResponseKind::PolicyMeasure),
        (ActorGroup::Attributing, ResponseKind::CallToRefrain),
        (ActorGroup::Bloc, ResponseKind::Solidarity),
        (ActorGroup::Bloc, ResponseKind::Condemnation),
        (ActorGroup::Accused, ResponseKind::Denial),
    ] {
        assert!(made(group, kind), "no {kind} from {group:?}");
    }
    for agency in ["BIS", "VZ", "ÚZSI", "NÚKIB"] {
        assert!(
            incident
                .actors
                .iter()
                .any(|actor| actor.name.en.contains(agency) || actor.name.cs.contains(agency)),
            "the agency {agency} is missing"
        );
    }
}

#[test]
fn every_source_is_cited_and_every_actor_reacted() {
    for incident in &support::seeds() {
        for source in &incident.sources {
            let cited = incident.facts.sources.contains(&source.id)
                || incident.blocs.iter().any(|bloc| bloc.source == source.id)
                || incident.reactions.iter().any(|reaction| {
                    reaction.sources.contains(&source.id)
                        || reaction.disagreements.iter().any(|d| d.sources.contains(&source.id))
                });
            assert!(cited, "{}: source `{}` is never cited", incident.id(), source.id);
        }
        for actor in &incident.actors {
            let reacted = incident.reactions_of(&actor.id).next().is_some();
            let parent = incident.actors.iter().any(|other| other.part_of.as_deref() == Some(&actor.id));
            assert!(reacted || parent, "{}: actor `{}` has no reaction", incident.id(), actor.id);
        }
    }
}

/// A class reads every quote in its own language: each reaction's words reach an English and a
/// Czech reader either as an original in their language or as our translation.
#[test]
fn every_quote_reaches_readers_of_both_languages() {
    for incident in &support::seeds() {
        for reaction in &incident.reactions {
            for quote in &reaction.quotes {
                for lang in Lang::ALL {
                    let original = reaction.quotes.iter().any(|other| other.lang == lang.tag());
                    assert!(
                        original || quote.translated(lang).is_some(),
                        "{}: {} on {}: the {} quote has no {} translation",
                        incident.id(),
                        reaction.actor,
                        reaction.date,
                        quote.lang,
                        lang.tag()
                    );
                }
            }
        }
    }
}
