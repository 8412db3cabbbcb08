//! The committed JSON Schema is the one the model generates: a field added to the model and
//! not to the schema (or the other way round) fails here, not in an editor months later.

use std::path::Path;

#[test]
fn the_committed_schema_is_the_models() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/incident.schema.json");
    let committed = std::fs::read_to_string(&path).expect("seeds/incident.schema.json");
    assert!(
        committed == demarche::schema::incident_schema(),
        "seeds/incident.schema.json is out of date: run\n  cargo run --bin demarche -- schema > seeds/incident.schema.json"
    );
}

/// The schema names what the loader requires, so an editor flags a missing field as the build would.
#[test]
fn the_schema_requires_what_the_loader_requires() {
    let schema: serde_json::Value = serde_json::from_str(&demarche::schema::incident_schema()).unwrap();
    let required = |at: &serde_json::Value| -> Vec<String> {
        at["required"].as_array().unwrap().iter().map(|name| name.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(required(&schema), ["incident", "sources", "actors", "reactions"]);
    let reaction = &schema["$defs"]["Reaction"];
    assert_eq!(required(reaction), ["actor", "date", "responses", "summary", "sources"]);
    assert_eq!(reaction["additionalProperties"], false, "a misspelt field is flagged");
    let kinds = schema["$defs"]["ResponseKind"]["enum"].as_array().unwrap();
    assert!(kinds.iter().any(|kind| kind == "summons") && kinds.len() == 18);
    assert!(kinds.iter().any(|kind| kind == "counter-sanctions"));
    let source = &schema["$defs"]["Source"];
    assert!(required(source).contains(&"kind".to_string()), "every source says what it is");
    assert!(!required(reaction).contains(&"date_upper_bound".to_string()), "an upper bound is the exception");
}
