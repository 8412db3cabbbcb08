//! The line to cite a view by, as the share panel and the map's picture give it: in the
//! reader's language, with that language's quotation marks and dates, the data's version
//! explained, and the full view's address — for a built-in incident, a comparison of several and
//! a reader's own file, natively, with today's date given.

mod support;

use demarche::bundle::bundle;
use demarche::catalogue::{Catalogue, IncidentEntry};
use demarche::load::parse_incident;
use demarche::model::{CountryNames, Date, Incident, Lang};
use demarche::view_model::{Export, Screen, COLUMNS};
use demarche::view_query::ViewQuery;

const FOLDER: &str = "https://example.org/demarche/";

fn today() -> Date {
    Date::parse("2026-12-03").unwrap()
}

/// The export model of the view `query` opens, as the panel's module derives it: every incident
/// the view shows in the view's language, no map.
fn export(query: &str, catalogue: &Catalogue, incidents: &[Incident]) -> Export {
    let (view, ignored) = ViewQuery::parse(query, catalogue, &incidents[0], Lang::En);
    assert_eq!(ignored, [], "{query}");
    let shown: Vec<Incident> = incidents
        .iter()
        .filter(|incident| {
            view.mode == demarche::view_mode::ViewMode::Compare || incident.id() == view.incident
        })
        .map(|incident| incident.in_language(view.lang))
        .collect();
    let names = CountryNames::iso(view.lang);
    let screen = Screen {
        view: &view,
        catalogue,
        incidents: shown.iter().collect(),
        names: &names,
        frame: None,
        today: today(),
        folder: FOLDER,
    };
    Export::derive(&screen)
}

/// The hash in the name of an incident's data file in `lang`.
fn version(catalogue: &Catalogue, id: &str, lang: Lang) -> String {
    let file = catalogue.find(id).unwrap().file(lang).unwrap();
    file.split('.').nth(2).unwrap().to_string()
}

/// The day the built-in data were last checked, as the cite line gives it: the latest day any
/// of the incidents' sources was read.
fn as_of<'a>(incidents: impl IntoIterator<Item = &'a Incident>) -> Date {
    incidents
        .into_iter()
        .flat_map(|incident| incident.sources.iter().map(|source| source.read))
        .max()
        .unwrap()
}

fn seeds() -> (Catalogue, Vec<Incident>) {
    let incidents = support::seeds();
    (bundle(&incidents).catalogue, incidents)
}

#[test]
fn a_built_in_incident_is_cited_in_the_readers_language() {
    let (catalogue, incidents) = seeds();
    let id = "czech-mfa-apt31-2025";
    let incident = incidents.iter().find(|incident| incident.id() == id).unwrap();
    let as_of = as_of([incident]);
    let english = export(
        &format!("?incident={id}&response=condemnation&embed=compact&theme=dark"),
        &catalogue,
        &incidents,
    );
    let title = &incident.facts.title.en;
    let data = format!(
        "data of {}, version {}",
        demarche::i18n::strings(Lang::En).date(as_of),
        version(&catalogue, id, Lang::En)
    );
    let address =
        format!("{FOLDER}?incident={id}&lang=en&map=europe&response=condemnation&sort=date&theme=auto");
    assert_eq!(english.cite, format!("Démarche, “{title}”, {data}, accessed 3 December 2026, {address}"));
    assert_eq!(english.address, address, "the full view, in the reader's system theme");
    assert!(!english.cite.contains('„'), "{}", english.cite);

    let czech = export(&format!("?incident={id}&lang=cs"), &catalogue, &incidents);
    let title = &catalogue.find(id).unwrap().title.cs;
    assert!(czech.cite.starts_with(&format!("Démarche, „{title}“, data ")), "{}", czech.cite);
    assert!(
        czech.cite.contains(&format!(", verze {}, ", version(&catalogue, id, Lang::Cs))),
        "{}",
        czech.cite
    );
    assert!(czech.cite.contains(&format!(", citováno {}, ", "3.\u{a0}prosince 2026")), "{}", czech.cite);
    assert!(czech
        .cite
        .ends_with(&format!(", {FOLDER}cs.html?incident={id}&lang=cs&map=europe&sort=date&theme=auto")));
    assert!(!czech.cite.contains('”'), "{}", czech.cite);
    assert_eq!(czech.file_stem, format!("{id}-2026-12-03"));
}

#[test]
fn a_comparison_names_every_version_and_the_latest_day_its_data_were_checked() {
    let (catalogue, incidents) = seeds();
    assert!(incidents.len() >= 2, "several incidents to compare");
    let as_of = demarche::i18n::strings(Lang::En).date(as_of(&incidents));
    for (lang, said) in
        [(Lang::En, "Démarche, “Compare incidents”, data of"), (Lang::Cs, "Démarche, „Srovnání“, data")]
    {
        let compared = export(&format!("?view=compare&lang={}", lang.tag()), &catalogue, &incidents);
        assert!(compared.cite.starts_with(said), "{}", compared.cite);
        for entry in &catalogue.incidents {
            let version = version(&catalogue, &entry.id, lang);
            assert_eq!(compared.cite.matches(&version).count(), 1, "{version} in {}", compared.cite);
        }
        assert_eq!(compared.file_stem, "comparison-2026-12-03");
        assert!(compared.embed_titles.iter().all(|(_, title)| title.contains("Démarche")));
    }
    let english = export("?view=compare", &catalogue, &incidents);
    assert!(english.cite.contains(&format!("data of {as_of}, versions ")), "{}", english.cite);
}

#[test]
fn a_readers_own_file_is_cited_by_its_address_with_the_date_in_their_language() {
    let (catalogue, _) = seeds();
    let mut own = parse_incident("minimal.toml", include_str!("fixtures/minimal.toml")).unwrap();
    let data = "https://files.example.net/own.bin";
    own.origin = Some(data.into());
    let mut catalogue = catalogue;
    catalogue.incidents.insert(0, IncidentEntry::unfiled(&own));
    let query = |lang: &str| format!("?incident=minimal&lang={lang}&data={data}");
    let english = export(&query("en"), &catalogue, std::slice::from_ref(&own));
    let address = format!("{FOLDER}?incident=minimal&lang=en&map=world&sort=date&theme=auto&data=https%3A%2F%2Ffiles.example.net%2Fown.bin");
    assert_eq!(
        english.cite,
        format!("Démarche, “A minimal incident”, data from {data}, accessed 3 December 2026, {address}")
    );
    // Every row, and the incident's facts, say where the file comes from.
    let line = "This incident comes from files.example.net, not from this site.";
    assert!(english.rows.iter().all(|row| row[COLUMNS.len() - 1] == line), "{:?}", english.rows[0]);
    assert_eq!(english.incidents[0].origin.as_deref(), Some(line));
    let json: serde_json::Value = serde_json::from_str(&english.to_json()).unwrap();
    assert_eq!(json["incidents"][0]["origin"], line);
    let czech = export(&query("cs"), &catalogue, std::slice::from_ref(&own));
    assert_eq!(
        czech.rows[0][COLUMNS.len() - 1],
        "Tento incident pochází z\u{a0}webu files.example.net, nikoli z\u{a0}tohoto webu."
    );
    let address = address.replace("?", "cs.html?").replace("lang=en", "lang=cs");
    assert_eq!(
        czech.cite,
        format!(
            "Démarche, „Minimální incident“, data z\u{a0}{data}, citováno 3.\u{a0}prosince 2026, {address}"
        )
    );
    // The embed may show either language, whichever the page is in.
    assert_eq!(
        czech.embed_titles,
        [
            (Lang::En, "Démarche: who answered “A minimal incident”, and how".to_string()),
            (Lang::Cs, "Démarche: kdo a\u{a0}jak reagoval na incident „Minimální incident“".to_string()),
        ]
    );
}
