//! `CITATION.cff` (Citation File Format 1.2.0) is valid enough for a citation tool: the keys
//! it requires, the license of Cargo.toml, and the data's version as the build writes it into
//! `data/all.json`, so that citing the repository and citing the dataset agree.

mod support;

use std::path::Path;

use demarche::bundle::bundle;
use demarche::dataset::DataVersion;

/// The top-level `key: value` lines, and the items listed under each key.
fn keys(text: &str) -> Vec<(String, String, Vec<String>)> {
    let mut keys: Vec<(String, String, Vec<String>)> = Vec::new();
    for line in text.lines().filter(|line| !line.trim().is_empty() && !line.starts_with('#')) {
        if let Some(item) = line.strip_prefix("  - ") {
            keys.last_mut().expect("an item under a key").2.push(item.trim().to_string());
        } else {
            assert!(!line.starts_with(' '), "only lists are nested: {line}");
            let (key, value) = line.split_once(':').unwrap_or_else(|| panic!("not a key line: {line}"));
            keys.push((key.to_string(), unquoted(value), Vec::new()));
        }
    }
    keys
}

fn unquoted(value: &str) -> String {
    value.trim().trim_matches('"').to_string()
}

#[test]
fn citation_cff_has_the_required_keys_and_the_datas_version() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("CITATION.cff")).unwrap();
    let keys = keys(&text);
    let value = |name: &str| {
        keys.iter().find(|(key, ..)| key == name).unwrap_or_else(|| panic!("CITATION.cff has no `{name}`"))
    };
    assert_eq!(value("cff-version").1, "1.2.0");
    assert_eq!(value("type").1, "dataset");
    for required in ["message", "title"] {
        assert!(!value(required).1.is_empty(), "{required}");
    }
    assert_eq!(value("authors").2, ["name: \"Démarche contributors\""], "an entity, not a person");
    let licenses: Vec<&str> = env!("CARGO_PKG_LICENSE").split(" OR ").collect();
    assert_eq!(value("license").2, licenses, "a list of licenses means any of them, as Cargo.toml's OR");
    let incidents = support::seeds();
    let version = DataVersion::of(&incidents, &bundle(&incidents).catalogue).unwrap();
    let (hash, as_of) = (version.hash, version.as_of.to_string());
    assert!(
        value("version").1 == hash && value("date-released").1 == as_of,
        "CITATION.cff does not cite the data in seeds/: write\n  version: \"{hash}\"\n  date-released: \"{as_of}\""
    );
}
