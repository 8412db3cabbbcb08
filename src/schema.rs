//! The incident file's JSON Schema, generated from the model: TOML editors (Taplo, Even Better
//! TOML) read it from a file's `#:schema` line to complete and check fields as one types.
//! `seeds/incident.schema.json` is this output, held equal to it by `tests/schema.rs`.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::model::{CountryCode, Date, Incident, MapExtent, ResponseKind, Url};

/// The schema as committed: pretty JSON and a final newline.
pub fn incident_schema() -> String {
    let schema = schemars::schema_for!(Incident);
    format!("{}\n", serde_json::to_string_pretty(&schema).expect("a schema is JSON"))
}

/// A leaf value written as text in incident files.
fn text_leaf(description: &str, format: serde_json::Value) -> Schema {
    let mut schema = json_schema!({ "type": "string", "description": description });
    if let (Some(object), Some(format)) = (schema.as_object_mut(), format.as_object()) {
        object.extend(format.clone());
    }
    schema
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text_leaf(
            "A date at the precision the sources give: YYYY-MM-DD, YYYY-MM or YYYY.",
            serde_json::json!({ "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" }),
        )
    }
}

impl JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        "CountryCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text_leaf(
            "An ISO 3166-1 alpha-2 country code, e.g. CZ.",
            serde_json::json!({ "pattern": "^[A-Z]{2}$" }),
        )
    }
}

impl JsonSchema for Url {
    fn schema_name() -> Cow<'static, str> {
        "Url".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text_leaf(
            "The page's web address: http or https only, so a reader can follow it.",
            serde_json::json!({ "pattern": "^https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?$" }),
        )
    }
}

impl JsonSchema for MapExtent {
    fn schema_name() -> Cow<'static, str> {
        "MapExtent".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = MapExtent::ALL.into_iter().map(MapExtent::id).collect();
        text_leaf("The map a reader sees first.", serde_json::json!({ "enum": ids }))
    }
}

impl JsonSchema for ResponseKind {
    fn schema_name() -> Cow<'static, str> {
        "ResponseKind".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = ResponseKind::ALL.into_iter().map(ResponseKind::id).collect();
        text_leaf("A response kind of the codebook (CODEBOOK.md).", serde_json::json!({ "enum": ids }))
    }
}
