//! The incident file's JSON Schema, generated from the model: TOML editors (Taplo, Even Better
//! TOML) read it from a file's `#:schema` line to complete and check fields as one types.
//! `seeds/incident.schema.json` is this output, held equal to it by `tests/schema.rs`.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::model::{CountryCode, Date, Incident, MapExtent, ResponseKind, Url};

/// The schema as committed: pretty JSON and a final newline.
pub fn incident_schema() -> String {
    // Printed as a `Schema`, which writes `$defs` last, where a reader looks for them.
    let schema = Schema::try_from(schema()).expect("a schema is a JSON object");
    format!("{}\n", serde_json::to_string_pretty(&schema).expect("a schema is JSON"))
}

/// Lists the checks refuse empty (`validate.rs`: "cite at least one", "name at least one
/// response kind", "a bloc needs its member states"), as (type, field).
const NOT_EMPTY: [(&str, &str); 6] = [
    ("Facts", "sources"),
    ("Reaction", "responses"),
    ("Reaction", "sources"),
    ("Disagreement", "sources"),
    ("Bloc", "members"),
    ("StoryStep", "sources"),
];

/// The fields the model keeps as plain text but reads as a language's code (`lang_tag`).
const LANGUAGES: [(&str, &str); 2] = [("Source", "lang"), ("Quote", "lang")];

/// The model's schema, with what its types do not say written in: the lists that may not be
/// empty and the language codes. Added here rather than as `schemars` attributes on the
/// model's fields: those moved lines of files the widget is built from, and its wasm measured
/// 114 bytes brotli more in the first load.
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Incident).to_value();
    let mut field = |(def, name): (&str, &str)| {
        let at = format!("/$defs/{def}/properties/{name}");
        schema.pointer_mut(&at).and_then(serde_json::Value::as_object_mut).map(std::mem::take)
    };
    let mut fields = Vec::new();
    for place in NOT_EMPTY {
        if let Some(mut field) = field(place) {
            field.insert("minItems".into(), 1.into());
            fields.push((place, field));
        }
    }
    for place in LANGUAGES {
        if let Some(mut field) = field(place) {
            field.remove("type");
            field.insert("$ref".into(), "#/$defs/LangTag".into());
            fields.push((place, field));
        }
    }
    for ((def, name), field) in fields {
        if let Some(at) = schema.pointer_mut(&format!("/$defs/{def}/properties/{name}")) {
            *at = field.into();
        }
    }
    let language = LangTag::json_schema(&mut SchemaGenerator::default()).to_value();
    if let Some(defs) = schema.pointer_mut("/$defs").and_then(|defs| defs.as_object_mut()) {
        defs.insert("LangTag".into(), language);
    }
    schema
}

/// A leaf value written as text in incident files: what it is, and its pattern or its values.
fn leaf(description: &str, format: serde_json::Value) -> Schema {
    let mut schema = json_schema!({ "type": "string", "description": description });
    if let (Some(object), Some(format)) = (schema.as_object_mut(), format.as_object()) {
        object.extend(format.clone());
    }
    schema
}

/// Each leaf type's schema, named after the type.
macro_rules! leaf_schema {
    ($type:ty, $description:expr, $format:expr) => {
        impl JsonSchema for $type {
            fn schema_name() -> Cow<'static, str> {
                stringify!($type).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                leaf($description, $format)
            }
        }
    };
}

leaf_schema!(
    Date,
    "A date at the precision the sources give: YYYY-MM-DD, YYYY-MM or YYYY.",
    serde_json::json!({ "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" })
);

leaf_schema!(
    CountryCode,
    "An ISO 3166-1 alpha-2 country code, e.g. CZ.",
    serde_json::json!({ "pattern": "^[A-Z]{2}$" })
);

leaf_schema!(
    Url,
    "The page's web address: http or https only, so a reader can follow it.",
    serde_json::json!({ "pattern": "^https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?$" })
);

/// The language of a page or a quote (`lang`), stored as plain text in the model.
pub struct LangTag;

leaf_schema!(
    LangTag,
    "A language's code in small letters: en, cs, zh.",
    serde_json::json!({ "pattern": "^[a-z]{2,3}$" })
);

leaf_schema!(
    MapExtent,
    "The map a reader sees first.",
    serde_json::json!({ "enum": MapExtent::ALL.map(MapExtent::id) })
);

leaf_schema!(
    ResponseKind,
    "A response kind of the codebook (CODEBOOK.md).",
    serde_json::json!({ "enum": ResponseKind::ALL.map(ResponseKind::id) })
);
