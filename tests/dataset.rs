//! The whole dataset the build writes beside the data files (`data/all.csv`, `data/all.json`):
//! every reaction of every seed incident, once per response kind, with the downloads' columns;
//! its CSV reads back field for field, and its JSON names its version and fields.

mod support;

use demarche::bundle::bundle;
use demarche::dataset::{DataVersion, Dataset};
use demarche::model::{Incident, Lang};
use demarche::view_model::COLUMNS;

fn dataset(lang: Lang) -> (Vec<Incident>, Dataset) {
    let incidents = support::seeds();
    let catalogue = bundle(&incidents).catalogue;
    let dataset = Dataset::of(&incidents, &catalogue, lang).expect("the seeds have incidents");
    (incidents, dataset)
}

fn column(name: &str) -> usize {
    COLUMNS.iter().position(|known| *known == name).unwrap_or_else(|| panic!("no column {name}"))
}

/// RFC 4180, as a spreadsheet reads it: fields quoted, `""` for a quote inside, CRLF between
/// lines (a line break inside quotes belongs to the field).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => rows.last_mut().unwrap().push(std::mem::take(&mut field)),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {
                chars.next();
                rows.last_mut().unwrap().push(std::mem::take(&mut field));
                rows.push(Vec::new());
            }
            c => field.push(c),
        }
    }
    rows.last_mut().unwrap().push(field);
    rows
}

#[test]
fn a_row_per_reaction_and_kind_of_every_incident() {
    for lang in Lang::ALL {
        let (incidents, dataset) = dataset(lang);
        let id = column("incident");
        for incident in &incidents {
            let expected: usize = incident.reactions.iter().map(|reaction| reaction.responses.len()).sum();
            let rows = dataset.rows.iter().filter(|row| row[id] == incident.id()).count();
            assert_eq!(rows, expected, "{} in {lang:?}", incident.id());
        }
        assert_eq!(dataset.incidents.len(), incidents.len());
        let expected: usize = incidents
            .iter()
            .flat_map(|incident| &incident.reactions)
            .map(|reaction| reaction.responses.len())
            .sum();
        assert_eq!(dataset.rows.len(), expected);
    }
}

#[test]
fn days_from_the_attribution_of_the_czech_incident() {
    let (_, dataset) = dataset(Lang::En);
    let row = |actor: &str, kind: &str| {
        dataset
            .rows
            .iter()
            .find(|row| row[column("actor_id")] == actor && row[column("response")] == kind)
            .unwrap_or_else(|| panic!("{actor} {kind}"))
    };
    let days = |actor, kind| {
        let row = row(actor, kind);
        (
            row[column("date")].as_str(),
            row[column("date_precision")].as_str(),
            row[column("days_from_attribution")].as_str(),
        )
    };
    // Kintr's interview of 12 June 2025, fifteen days after the attribution of 28 May.
    assert_eq!(days("cz-kintr", "investigation"), ("2025-06-12", "day", "15"));
    // Albania aligned with the EU's statement on or before 26 June: at most 29 days after.
    assert_eq!(days("al-government", "solidarity"), ("2025-06-26", "day, upper bound", "29"));
    let kintr = row("cz-kintr", "investigation");
    assert_eq!(
        [&kintr[column("incident")], &kintr[column("accused_state")], &kintr[column("attributing_states")]],
        ["czech-mfa-apt31-2025", "CN", "CZ"]
    );
    assert_eq!(kintr[column("attribution_date")], "2025-05-28");
    assert!(kintr[column("incident_title")].contains("APT31"), "{}", kintr[column("incident_title")]);
}

#[test]
fn the_csv_reads_back_field_for_field() {
    for lang in Lang::ALL {
        let (_, dataset) = dataset(lang);
        let text = dataset.csv();
        let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
        let mut lines = parse_csv(text).into_iter();
        let header = lines.next().unwrap();
        assert_eq!(header, COLUMNS);
        assert_eq!(&header[17..], ["incident_title", "attribution_date", "data_version"]);
        let rows: Vec<Vec<String>> = lines.collect();
        let expected: Vec<Vec<String>> = dataset.rows.iter().map(|row| row.to_vec()).collect();
        assert_eq!(rows, expected);
        assert!(
            dataset.rows.iter().any(|row| row.iter().any(|field| field.contains('"'))),
            "some quote holds a quotation mark, so the escaping is tested"
        );
    }
}

#[test]
fn the_json_names_its_version_and_fields() {
    let (incidents, dataset) = dataset(Lang::Cs);
    let json: serde_json::Value = serde_json::from_str(&dataset.json()).unwrap();
    let catalogue = bundle(&incidents).catalogue;
    let version = DataVersion::of(&incidents, &catalogue).unwrap();
    assert_eq!(json["version"], version.hash.as_str());
    assert_eq!(json["as_of"], version.as_of.to_string().as_str());
    assert_eq!(json["language"], "cs");
    assert_eq!(json["fields"], serde_json::json!(COLUMNS));
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), dataset.rows.len());
    for (object, row) in rows.iter().zip(&dataset.rows) {
        let values: Vec<&str> = COLUMNS.iter().map(|column| object[column].as_str().unwrap()).collect();
        assert_eq!(values, row.as_slice());
    }
    assert_eq!(json["incidents"].as_array().unwrap().len(), incidents.len());
}
