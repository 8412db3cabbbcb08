//! Snapshots of the view models — what each view draws — over `tests/fixtures`, not `seeds/`,
//! so that correcting data never breaks a markup test. Each snapshot is the model written out
//! in full (`tests/snapshots/NAME.txt`). When a model changes, the test fails and writes the new
//! one beside the old (`NAME.new.txt`) for review: if the change is meant, move it over the old.

use std::fs;
use std::path::PathBuf;

use demarche::bundle::bundle;
use demarche::catalogue::Catalogue;
use demarche::comparison::{CompareOrder, Comparison, Relation, Responder};
use demarche::derived::Derived;
use demarche::filter::Filter;
use demarche::geography::Frame;
use demarche::load::parse_incident;
use demarche::model::{CountryNames, Date, Incident, Lang, MapExtent};
use demarche::standing::standings;
use demarche::timeline::Timeline;
use demarche::view_model::{
    AlignedView, CoalitionView, ComparisonView, Export, HandoutView, MapView, OpenedIncident, ProfileView,
    Screen, StoryView, TimelineView,
};
use demarche::view_query::ViewQuery;

const FIXTURE: &str = include_str!("fixtures/minimal.toml");

/// A story of two steps and a question, for the story's and the handout's models.
const STORY: &str = r#"
[[story]]
title.en = "Czechia names China"
title.cs = "Česko jmenuje Čínu"
text.en = "The government {#attribution:attributed} the campaign and condemned it."
text.cs = "Vláda kampaň {#attribution:připsala} Číně a odsoudila ji."
view = "actor=cz-government"
sources = ["statement"]

[[story]]
title.en = "China denies"
title.cs = "Čína popírá"
text.en = "The embassy denied it."
text.cs = "Velvyslanectví to popřelo."
view = "response=denial"
sources = ["statement", "members"]

[[questions]]
en = "Who spoke only through the EU?"
cs = "Kdo promluvil jen prostřednictvím EU?"
"#;

fn fixture() -> Incident {
    parse_incident("minimal.toml", &format!("{FIXTURE}{STORY}")).unwrap()
}

/// The fixture, and a later incident made from it in which Czechia summons and China says
/// nothing: two columns for the comparison.
fn two() -> (Incident, Incident) {
    let first = fixture();
    let text = FIXTURE.replacen("id = \"minimal\"", "id = \"later\"", 1).replacen(
        "made_public = \"2025-05-28\"",
        "made_public = \"2025-09-01\"",
        1,
    );
    let mut later = parse_incident("later.toml", &text).unwrap();
    later.reactions.retain(|reaction| reaction.actor != "cn-embassy");
    later.reactions[0].responses.push(demarche::model::ResponseKind::Summons);
    (first, later)
}

fn view(query: &str, incident: &Incident, catalogue: &Catalogue) -> ViewQuery {
    ViewQuery::parse(query, catalogue, incident, Lang::En).0
}

/// Compares a model with its snapshot; on a difference, writes the new one beside it.
fn check(name: &str, model: &impl std::fmt::Debug) {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let (old, new) = (folder.join(format!("{name}.txt")), folder.join(format!("{name}.new.txt")));
    let actual = format!("{model:#?}\n");
    match fs::read_to_string(&old) {
        Ok(expected) if expected == actual => {
            let _ = fs::remove_file(&new);
        }
        found => {
            fs::create_dir_all(&folder).unwrap();
            fs::write(&new, &actual).unwrap();
            match found {
                Ok(_) => {
                    panic!("{name}: the model changed; review {} against {}", new.display(), old.display())
                }
                Err(_) => panic!(
                    "{name}: no snapshot yet; review {} and move it to {}",
                    new.display(),
                    old.display()
                ),
            }
        }
    }
}

#[test]
fn matrix() {
    let incident = fixture();
    for (lang, name) in [(Lang::En, "matrix-en"), (Lang::Cs, "matrix-cs")] {
        let derived = Derived::new(&incident, &Filter::default(), Default::default(), lang);
        check(name, &derived.table);
    }
}

#[test]
fn map() {
    let incident = fixture();
    let catalogue = bundle(std::slice::from_ref(&incident)).catalogue;
    let shown = view("?response=solidarity,denial", &incident, &catalogue);
    let frame = Frame::generated(MapExtent::Europe);
    let names = CountryNames::iso(Lang::En);
    check("map", &MapView::derive(&incident, &names, &standings(&incident, &shown.filter), Some(&frame)));
}

#[test]
fn timeline() {
    let incident = fixture();
    let filter = Filter::default();
    let derived = Derived::new(&incident, &filter, Default::default(), Lang::En);
    let timeline = Timeline::of(&incident, &filter, &derived.matrix);
    check("timeline", &TimelineView::derive(&incident, &timeline, Lang::En));
}

#[test]
fn comparison() {
    let (first, later) = two();
    let list = [&later, &first];
    for (lang, name) in [(Lang::En, "comparison-en"), (Lang::Cs, "comparison-cs")] {
        let names = CountryNames::iso(lang);
        let filter = Filter::default();
        let comparison = Comparison::build(&list, &filter, CompareOrder::Answered, &names, lang);
        check(name, &ComparisonView::derive(&list, &comparison, &filter, &names));
    }
    for (lang, name) in [(Lang::En, "aligned-en"), (Lang::Cs, "aligned-cs")] {
        check(name, &AlignedView::derive(&list, &Filter::default(), lang));
    }
}

#[test]
fn coalitions() {
    let (first, later) = two();
    let list = [&later, &first];
    for (lang, name) in [(Lang::En, "coalitions-en"), (Lang::Cs, "coalitions-cs")] {
        let names = CountryNames::iso(lang);
        let views: Vec<(CoalitionView, Vec<OpenedIncident>)> = Relation::ALL
            .into_iter()
            .map(|relation| {
                let view = CoalitionView::derive(&list, &Filter::default(), relation, &names);
                let opened = view.opened(0, 0);
                (view, opened)
            })
            .collect();
        check(name, &views);
    }
}

#[test]
fn profile() {
    let (first, later) = two();
    let list = [&later, &first];
    let czechia = Responder::State(demarche::model::CountryCode::parse("CZ").unwrap());
    for (lang, name) in [(Lang::En, "profile-en"), (Lang::Cs, "profile-cs")] {
        check(name, &ProfileView::derive(&list, &czechia, &Filter::default(), &CountryNames::iso(lang)));
    }
}

#[test]
fn story() {
    let incident = fixture();
    let steps: Vec<_> =
        (0..=incident.story.len()).map(|step| StoryView::derive(&incident, step, Lang::Cs)).collect();
    check("story", &steps);
}

#[test]
fn handout() {
    let incident = fixture();
    let catalogue = bundle(std::slice::from_ref(&incident)).catalogue;
    check(
        "handout",
        &HandoutView::derive(&incident, &view("?lang=cs&embed=compact", &incident, &catalogue), &catalogue),
    );
}

#[test]
fn export() {
    let (first, later) = two();
    let catalogue = bundle(&[later.clone(), first.clone()]).catalogue;
    let names = CountryNames::iso(Lang::En);
    let frame = Frame::generated(MapExtent::Europe);
    let shown =
        view("?incident=minimal&response=condemnation,solidarity,summons&country=DE", &first, &catalogue);
    let screen = Screen {
        view: &shown,
        catalogue: &catalogue,
        incidents: vec![&first],
        names: &names,
        frame: Some(&frame),
        today: Date::parse("2026-12-03").unwrap(),
        folder: "https://example.org/demarche/",
    };
    let mut export = Export::derive(&screen);
    // The shapes are the map's own data, snapshotted by tests/golden.rs; here, whether each has one.
    let map = export.map.as_mut().unwrap();
    map.land = vec![format!("{} shapes", map.land.len()).into()];
    for state in &mut map.states {
        state.d = state.d.as_ref().map(|_| "drawn".into());
    }
    // The data version is the hash of the data file, which any change to the fixture moves.
    for incident in &mut export.incidents {
        if let Some(version) = &mut incident.version {
            export.cite = export.cite.replace(version.as_str(), "hash");
            for row in export.rows.iter_mut().filter(|row| row.last() == Some(version)) {
                *row.last_mut().unwrap() = "hash".into();
            }
            *version = "hash".into();
        }
    }
    check("export", &export);
}
