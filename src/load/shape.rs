//! Checking a parsed file's shape — which fields a table has, and whether each value is text, a
//! list, a table, a date, a code — against the incident file's JSON Schema, which is generated
//! from the model (`src/schema.rs`), so this check and the model cannot drift apart.
//!
//! The model's own reader (serde) stops at the first value of the wrong shape, in its own
//! words ("invalid type: map, expected a string"). Here every value is looked at, each mistake
//! is said in plain words with the line to write instead, and the value is mended so that the
//! reading goes on: an unquoted date becomes the text it spells, a lone value where a list
//! belongs becomes a list of it, a misspelt field takes the name it was near. A value that
//! cannot be mended is replaced by a placeholder of the right shape (a wrong element of a
//! list is dropped instead), and its field is noted as reported, so the checks that come after
//! (`validate`) do not call the placeholder wrong a second time.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde_json::{Map, Value};
use toml::de::{DeArray, DeTable, DeValue};
use toml::Spanned;

use crate::model::{is_lang_tag, CountryCode, Date, Url};

use super::{hints, suggest, DataError};

/// The leaf types whose text has a form of its own, checked by the model's own parsers.
const LEAVES: [&str; 4] = ["Date", "CountryCode", "Url", "LangTag"];

/// A field already reported: its record's key (`[incident]`, `[[reactions]] #2`) and its path.
pub type Reported = (String, String);

fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(crate::schema::schema)
}

/// Checks and mends the document; gives every mistake and the fields they leave reported.
pub fn check(file: &str, text: &str, document: &mut Spanned<DeTable<'_>>) -> (Vec<DataError>, Vec<Reported>) {
    let root = schema();
    let empty = Map::new();
    let defs = root.get("$defs").and_then(Value::as_object).unwrap_or(&empty);
    let mut walker = Walker { file, text, defs, errors: Vec::new(), reported: Vec::new() };
    let span = document.span();
    let top = Place {
        record: "top level".into(),
        field: String::new(),
        path: String::new(),
        required: true,
        blank: false,
    };
    if let Expect::Object(schema) = walker.expect(root) {
        walker.object(document.get_mut(), span, schema, &top);
    }
    (walker.errors, walker.reported)
}

/// What a schema asks for.
enum Expect<'s> {
    Object(&'s Map<String, Value>),
    List(&'s Value),
    Text,
    Flag,
    /// One of a set of words; the name of the set (`ResponseKind`) where it has one.
    Choice(Option<&'s str>, Vec<&'s str>),
    Leaf(&'s str),
}

/// Where a value sits: its record as the errors name it, its field's path in the record
/// (`quotes.source`), its path in the file (`reactions.quotes`, for headers), whether the
/// model requires it, and whether it may be left blank (`view = ""`, the whole incident).
#[derive(Clone)]
struct Place {
    record: String,
    field: String,
    path: String,
    required: bool,
    blank: bool,
}

impl Place {
    fn key(&self) -> &str {
        let path = if self.field.is_empty() { &self.path } else { &self.field };
        path.rsplit('.').next().unwrap_or_default()
    }

    /// The field's path, or for an item of a top-level list, the list's name.
    fn key_path(&self) -> &str {
        if self.field.is_empty() {
            &self.path
        } else {
            &self.field
        }
    }

    fn field(&self) -> Option<&str> {
        (!self.field.is_empty()).then_some(self.field.as_str())
    }

    fn child(&self, key: &str, required: bool, blank: bool) -> Place {
        let join = |base: &str| if base.is_empty() { key.to_string() } else { format!("{base}.{key}") };
        let top = self.record == "top level";
        Place {
            record: if top { format!("[{key}]") } else { self.record.clone() },
            field: if top { String::new() } else { join(&self.field) },
            path: join(&self.path),
            required,
            blank,
        }
    }
}

struct Walker<'s, 'a> {
    file: &'a str,
    text: &'a str,
    defs: &'s Map<String, Value>,
    errors: Vec<DataError>,
    reported: Vec<Reported>,
}

impl<'s> Walker<'s, '_> {
    fn expect(&self, schema: &'s Value) -> Expect<'s> {
        if let Some(name) = schema.get("$ref").and_then(Value::as_str) {
            let name = name.trim_start_matches("#/$defs/");
            if LEAVES.contains(&name) {
                return Expect::Leaf(name);
            }
            return match self.defs.get(name) {
                Some(def) => match self.expect(def) {
                    Expect::Choice(_, choices) => Expect::Choice(Some(name), choices),
                    other => other,
                },
                None => Expect::Text,
            };
        }
        if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
            let some = options.iter().find(|option| option.get("type") != Some(&Value::from("null")));
            return some.map_or(Expect::Text, |option| self.expect(option));
        }
        if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
            let words = options.iter().filter_map(|option| option.get("const")?.as_str());
            return Expect::Choice(None, words.collect());
        }
        if let Some(words) = schema.get("enum").and_then(Value::as_array) {
            return Expect::Choice(None, words.iter().filter_map(Value::as_str).collect());
        }
        let kind = match schema.get("type") {
            Some(Value::Array(kinds)) => kinds.first().and_then(Value::as_str),
            Some(kind) => kind.as_str(),
            None => None,
        };
        match kind {
            Some("object") => schema.as_object().map_or(Expect::Text, Expect::Object),
            Some("array") => Expect::List(schema.get("items").unwrap_or(&Value::Null)),
            Some("boolean") => Expect::Flag,
            _ => Expect::Text,
        }
    }

    fn report(&mut self, at: std::ops::Range<usize>, place: &Place, message: String, hint: String) {
        let at = super::syntax::char_start(self.text, at.start);
        let line_start = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        self.errors.push(DataError {
            line: Some(self.text[..at].matches('\n').count() + 1),
            column: Some(self.text[line_start..at].chars().count() + 1),
            hint: Some(hint),
            ..DataError::new(self.file, &place.record, place.field(), message)
        });
    }

    /// Notes that the place's field has had its error, so that no later check repeats it.
    fn reported(&mut self, place: &Place) {
        self.reported.push((super::record_key(&place.record), place.field.clone()));
    }

    /// Checks one value and mends it where it can; `false` when it must be replaced or dropped.
    fn value(&mut self, value: &mut Spanned<DeValue<'_>>, schema: &'s Value, place: &Place) -> bool {
        let span = value.span();
        match (self.expect(schema), value.get_mut()) {
            (Expect::Object(schema), DeValue::Table(table)) => {
                self.object(table, span, schema, place);
                true
            }
            (Expect::Object(schema), DeValue::Array(array)) if array.len() == 1 => {
                let header = place.path.clone();
                self.report(
                    span.clone(),
                    place,
                    format!("`{}` is one table, not a list of them", place.key()),
                    format!("write its header with single brackets: [{header}]"),
                );
                let Some(DeValue::Table(mut table)) = array.iter().next().map(|item| item.get_ref().clone())
                else {
                    return false;
                };
                self.object(&mut table, span, schema, place);
                *value.get_mut() = DeValue::Table(table);
                true
            }
            (Expect::Object(schema), DeValue::String(words)) if is_text(schema) => {
                let key = place.key().to_string();
                let words = words.to_string();
                self.report(
                    span,
                    place,
                    format!("`{key}` needs its words in English and in Czech"),
                    format!("write {key}.en = \"{words}\" and {key}.cs = \"…\""),
                );
                false
            }
            (Expect::Object(_), found) => {
                let found = found.type_str();
                self.report(
                    span,
                    place,
                    format!("`{}` must be a table of fields, not {}", place.key(), a(found)),
                    format!("give it as a [{}] table with its fields under it", place.path),
                );
                false
            }
            (Expect::List(items), DeValue::Array(array)) => {
                let dropped = self.list(array, items, place);
                let at_least = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                if array.is_empty() && at_least > 0 && !dropped {
                    let example = self.example(place.key_path(), schema, place);
                    self.report(
                        span,
                        place,
                        format!("`{}` is not filled in", place.key_path()),
                        format!("write {example}"),
                    );
                    self.reported(place);
                }
                true
            }
            (Expect::List(items), DeValue::Table(table))
                if matches!(self.expect(items), Expect::Object(_)) =>
            {
                self.report(
                    span.clone(),
                    place,
                    format!("`{}` is a list of tables: its header needs double brackets", place.key()),
                    format!("write [[{}]]", place.path),
                );
                let mut array = DeArray::new();
                array.push(Spanned::new(span, DeValue::Table(std::mem::take(table))));
                self.list(&mut array, items, place);
                *value.get_mut() = DeValue::Array(array);
                true
            }
            (Expect::List(items), found) => {
                let key = place.key().to_string();
                let written: Vec<String> = match found {
                    DeValue::String(words) => words
                        .split(',')
                        .map(str::trim)
                        .filter(|w| !w.is_empty())
                        .map(str::to_string)
                        .collect(),
                    DeValue::Datetime(date) => vec![date.to_string()],
                    _ => Vec::new(),
                };
                let example = match written.is_empty() {
                    true => format!("{key} = [\"…\"]"),
                    false => format!(
                        "{key} = [{}]",
                        written.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", ")
                    ),
                };
                let what = match found {
                    DeValue::Table(_) => "a table",
                    DeValue::String(_) => "one value",
                    other => a(other.type_str()),
                };
                self.report(
                    span.clone(),
                    place,
                    format!("`{key}` must be a list, like {example}, not {what}"),
                    "put the values in square brackets, with a comma between two".into(),
                );
                if written.is_empty() {
                    return false;
                }
                let mut array = DeArray::new();
                for words in written {
                    array.push(Spanned::new(span.clone(), DeValue::String(Cow::Owned(words))));
                }
                self.list(&mut array, items, place);
                *value.get_mut() = DeValue::Array(array);
                true
            }
            (Expect::Flag, DeValue::Boolean(_)) => true,
            (Expect::Flag, found) => {
                let key = place.key().to_string();
                let meant = matches!(found, DeValue::String(words) if words.trim() == "true" || words.trim() == "false");
                self.report(
                    span,
                    place,
                    format!("`{key}` is true or false, written without quotes"),
                    format!("write {key} = true, or leave the line out for false"),
                );
                if meant {
                    let flag = matches!(found, DeValue::String(words) if words.trim() == "true");
                    *value.get_mut() = DeValue::Boolean(flag);
                    return true;
                }
                false
            }
            (expect, _) => {
                let Some(words) = self.words(value, &expect, place) else { return false };
                self.words_fit(span, &words, &expect, place)
            }
        }
    }

    /// The text of a value that should be text: mends a bare date or number into the words it
    /// spells, and refuses anything else.
    fn words(
        &mut self,
        value: &mut Spanned<DeValue<'_>>,
        expect: &Expect<'_>,
        place: &Place,
    ) -> Option<String> {
        let span = value.span();
        let key = place.key().to_string();
        let date = matches!(expect, Expect::Leaf("Date"));
        let words = match value.get_ref() {
            DeValue::String(words) => return Some(words.to_string()),
            DeValue::Datetime(datetime) => {
                let written = match (date, datetime.date) {
                    (true, Some(day)) => format!("{:04}-{:02}-{:02}", day.year, day.month, day.day),
                    _ => datetime.to_string(),
                };
                self.report(
                    span.clone(),
                    place,
                    format!("`{}` without quotes is a TOML date, not the text the file wants", datetime),
                    format!("put it in quotes: {key} = \"{written}\""),
                );
                written
            }
            DeValue::Integer(number) if date => {
                let written = number.as_str().to_string();
                self.report(
                    span.clone(),
                    place,
                    format!("`{written}` without quotes is a number, not the date the file wants"),
                    format!("put it in quotes: {key} = \"{written}\""),
                );
                written
            }
            DeValue::Array(items) if items.len() == 1 && items[0].get_ref().is_str() => {
                let written = items[0].get_ref().as_str().unwrap_or_default().to_string();
                self.report(
                    span.clone(),
                    place,
                    format!("`{key}` takes one value, not a list"),
                    format!("write {key} = \"{written}\""),
                );
                written
            }
            found => {
                let what = a(found.type_str());
                self.report(
                    span,
                    place,
                    format!("`{key}` must be text in quotes, not {what}"),
                    format!("write {key} = \"…\""),
                );
                return None;
            }
        };
        *value.get_mut() = DeValue::String(Cow::Owned(words.clone()));
        Some(words)
    }

    /// Whether words are what the place asks for: filled in, one of the choices, a date, a
    /// code, an address, a language.
    fn words_fit(
        &mut self,
        span: std::ops::Range<usize>,
        words: &str,
        expect: &Expect<'_>,
        place: &Place,
    ) -> bool {
        let key = place.key().to_string();
        if words.trim().is_empty() && !place.blank {
            let hint = match expect {
                Expect::Choice(_, choices) => format!("write one of: {}", choices.join(", ")),
                Expect::Leaf("Date") => format!("write {key} = \"YYYY-MM-DD\" (or YYYY-MM, or YYYY)"),
                Expect::Leaf("CountryCode") => format!("write the state's ISO code, e.g. {key} = \"CZ\""),
                Expect::Leaf("Url") => {
                    format!("write the page's address, e.g. {key} = \"https://example.org/page\"")
                }
                Expect::Leaf("LangTag") => format!("write the language's code, e.g. {key} = \"en\""),
                _ => match key.as_str() {
                    "en" => "write the English words".into(),
                    "cs" => "write the Czech words („…“ for quotes)".into(),
                    _ => format!("write {key} = \"…\""),
                },
            };
            let hint = match place.required {
                true => hint,
                false => format!("{hint}, or leave the line out"),
            };
            self.report(span, place, format!("`{}` is not filled in", place.key_path()), hint);
            self.reported(place);
            return false;
        }
        let problem = match expect {
            Expect::Choice(_, choices) if choices.contains(&words) => return true,
            Expect::Choice(name, choices) => {
                let (message, list) = match name {
                    Some("ResponseKind") => (format!("unknown response kind `{words}`"), "the codebook has"),
                    _ => (format!("`{words}` is not one of the values `{key}` takes"), "the values are"),
                };
                (message, hints::choice(words, choices, list))
            }
            Expect::Leaf("Date") => match Date::parse(words) {
                Ok(_) => return true,
                Err(message) if message.contains("write YYYY") => {
                    (format!("`{words}` is not a date"), hints::date(&key, words))
                }
                Err(message) => (message, "write a day that exists".into()),
            },
            Expect::Leaf("CountryCode") => match CountryCode::parse(words) {
                Ok(code) if code.is_assigned() => return true,
                Ok(code) => {
                    let message = format!("`{code}` is not an assigned ISO 3166-1 country code");
                    self.report(span, place, message, hints::country(words));
                    self.reported(place);
                    return true;
                }
                Err(_) => (
                    format!("`{words}` is not an ISO 3166-1 alpha-2 country code such as CZ"),
                    hints::country(words),
                ),
            },
            Expect::Leaf("Url") => match Url::parse(words) {
                Ok(_) => return true,
                Err(_) => (format!("`{words}` is not a web address"), hints::url(&key, words)),
            },
            Expect::Leaf("LangTag") if is_lang_tag(words) => return true,
            Expect::Leaf("LangTag") => {
                (format!("`{words}` is not a language code"), hints::lang(&key, words))
            }
            _ => return true,
        };
        self.report(span, place, problem.0, problem.1);
        false
    }

    /// A list's items; an item that cannot be mended is dropped and the list noted as reported.
    /// Whether any was.
    fn list(&mut self, array: &mut DeArray<'_>, items: &'s Value, place: &Place) -> bool {
        let before = array.len();
        let mut kept = DeArray::new();
        let whole = std::mem::replace(array, DeArray::new());
        for (index, mut item) in whole.into_iter().enumerate() {
            let place = self.item_place(&item, items, place, index);
            if self.value(&mut item, items, &place) {
                kept.push(item);
            }
        }
        let dropped = kept.len() < before;
        if dropped {
            self.reported(place);
        }
        *array = kept;
        dropped
    }

    /// An item of a list: a record of its own when the list is one of the file's top-level
    /// tables (`[[reactions]] #2 (actor eu, 2025-05-28)`), the list's own place otherwise.
    fn item_place(&self, item: &Spanned<DeValue<'_>>, items: &'s Value, list: &Place, index: usize) -> Place {
        let is_table = matches!(self.expect(items), Expect::Object(_));
        if !list.field.is_empty() || list.path.contains('.') || !is_table {
            return Place { required: true, blank: false, ..list.clone() };
        }
        let record = record_name(&list.path, item.get_ref(), index);
        Place { record, field: String::new(), path: list.path.clone(), required: true, blank: false }
    }

    fn object(
        &mut self,
        table: &mut DeTable<'_>,
        span: std::ops::Range<usize>,
        schema: &'s Map<String, Value>,
        place: &Place,
    ) {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else { return };
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let keys: Vec<String> = table.keys().map(|key| key.get_ref().to_string()).collect();
        for key in keys.iter().filter(|key| !properties.contains_key(key.as_str())) {
            let Some((name, value)) = table.remove_entry(key.as_str()) else { continue };
            let fields: Vec<&str> = properties.keys().map(String::as_str).collect();
            let near = suggest::nearest(key, &fields);
            let hint = match near {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("the fields here are: {}", fields.join(", ")),
            };
            let inside = Place { record: place.record.clone(), ..place.child(key, false, true) };
            self.report(name.span(), &inside, format!("unknown field `{key}`"), hint);
            // What was meant is read on: under the right name, or, where the right name holds
            // a table already (`sumary.en` beside `summary.cs`), into that table.
            let Some(near) = near else { continue };
            let value_span = value.span();
            match (table.get_mut(near).map(Spanned::get_mut), value.into_inner()) {
                (None, value) => {
                    let name = Spanned::new(name.span(), Cow::Owned(near.to_string()));
                    table.insert(name, Spanned::new(value_span, value));
                }
                (Some(DeValue::Table(present)), DeValue::Table(written)) => {
                    for (inner, value) in written {
                        if !present.contains_key(inner.get_ref().as_ref()) {
                            present.insert(inner, value);
                        }
                    }
                }
                _ => {}
            }
        }
        for (name, property) in properties {
            let blank = property.get("default") == Some(&Value::from(""));
            let child = place.child(name, required.contains(&name.as_str()), blank);
            match table.get_mut(name.as_str()) {
                Some(value) => {
                    if self.value(value, property, &child) {
                        continue;
                    }
                    // A required field keeps a placeholder; an optional one is left out, as
                    // if never written, rather than meaning something it was not.
                    match child.required {
                        true => *value = Spanned::new(value.span(), self.placeholder(property)),
                        false => drop(table.remove(name.as_str())),
                    }
                    self.reported(&child);
                }
                None if child.required => {
                    let example = self.example(
                        if child.field.is_empty() { name } else { &child.field },
                        property,
                        &child,
                    );
                    self.report(
                        span.clone(),
                        &child,
                        format!("missing field `{name}`"),
                        format!("add {example}"),
                    );
                    let value = Spanned::new(span.clone(), self.placeholder(property));
                    table.insert(Spanned::new(span.clone(), Cow::Owned(name.clone())), value);
                    self.reported(&child);
                }
                None => {}
            }
        }
    }

    /// A value of the right shape that the later checks will find wanting, in a field that was
    /// reported already.
    fn placeholder(&self, schema: &'s Value) -> DeValue<'static> {
        let words = |words: &str| DeValue::String(Cow::Owned(words.to_string()));
        match self.expect(schema) {
            Expect::Object(schema) => {
                let mut table = DeTable::new();
                let properties = schema.get("properties").and_then(Value::as_object);
                for name in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
                    let Some(name) = name.as_str() else { continue };
                    let Some(property) = properties.and_then(|properties| properties.get(name)) else {
                        continue;
                    };
                    table.insert(
                        Spanned::new(0..0, Cow::Owned(name.to_string())),
                        Spanned::new(0..0, self.placeholder(property)),
                    );
                }
                DeValue::Table(table)
            }
            Expect::List(_) => DeValue::Array(DeArray::new()),
            Expect::Flag => DeValue::Boolean(false),
            Expect::Choice(_, choices) => words(choices.first().copied().unwrap_or_default()),
            Expect::Leaf("Date") => words("2000"),
            Expect::Leaf("CountryCode") => words("ZZ"),
            Expect::Leaf("Url") => words("https://example.org"),
            Expect::Leaf("LangTag") => words("en"),
            _ => words(""),
        }
    }

    /// The line to add for a missing field.
    fn example(&self, name: &str, schema: &'s Value, place: &Place) -> String {
        match self.expect(schema) {
            Expect::Object(schema) if is_text(schema) => format!("{name}.en = \"…\" and {name}.cs = \"…\""),
            Expect::Object(_) => format!("a [{}] table with its fields", place.path),
            Expect::List(items) => match self.expect(items) {
                Expect::Object(_) => format!("at least one [[{}]]", place.path),
                Expect::Choice(_, choices) => {
                    format!("{name} = [\"{}\"]", choices.first().copied().unwrap_or("…"))
                }
                Expect::Leaf("CountryCode") => format!("{name} = [\"CZ\"]"),
                _ => format!("{name} = [\"…\"]"),
            },
            Expect::Choice(_, choices) => format!("{name} = \"…\", one of: {}", choices.join(", ")),
            Expect::Leaf("Date") => format!("{name} = \"YYYY-MM-DD\""),
            Expect::Leaf("CountryCode") => format!("{name} = \"CZ\", the state's ISO code"),
            Expect::Leaf("Url") => format!("{name} = \"https://…\""),
            Expect::Leaf("LangTag") => format!("{name} = \"en\", the language's code"),
            Expect::Flag => format!("{name} = true"),
            _ => format!("{name} = \"…\""),
        }
    }
}

/// A top-level record as the later checks name it: `[[reactions]] #2 (actor eu, 2025-05-28)`.
fn record_name(list: &str, item: &DeValue<'_>, index: usize) -> String {
    let text = |key: &str| match item.get(key).map(Spanned::get_ref) {
        Some(DeValue::String(words)) if !words.trim().is_empty() => Some(words.to_string()),
        Some(DeValue::Datetime(date)) => Some(date.to_string()),
        _ => None,
    };
    let label = match list {
        "reactions" => text("actor").zip(text("date")).map(|(actor, date)| format!("actor {actor}, {date}")),
        "story" => {
            let title = item.get("title").and_then(|title| title.get_ref().get("en"));
            title.and_then(|en| en.get_ref().as_str().map(str::to_string))
        }
        "questions" => Some((index + 1).to_string()),
        _ => text("id"),
    };
    let record = format!("[[{list}]] #{}", index + 1);
    label.map_or(record.clone(), |label| format!("{record} ({label})"))
}

/// Names a syntax error's record and field as the later checks do: `[[reactions]] #2, quotes
/// #1` and `source` become `[[reactions]] #2 (actor eu, 2025-05-28)` and `quotes.source`;
/// `[incident.target]` and `country` become `[incident]` and `target.country`.
pub fn name_as_checks_do(document: &DeTable<'_>, error: &mut DataError) {
    let field = error.field.clone();
    let join = |inner: &str| match &field {
        Some(field) => format!("{inner}.{field}"),
        None => inner.to_string(),
    };
    let record = error.record.clone();
    if let Some(rest) = record.strip_prefix("[[") {
        let Some((list, rest)) = rest.split_once("]] #") else { return };
        let (number, inner) =
            rest.split_once(", ").map_or((rest, None), |(number, inner)| (number, Some(inner)));
        let Ok(index) = number.trim().parse::<usize>() else { return };
        let item = document.get(list).and_then(|items| items.get_ref().get(index.saturating_sub(1)));
        if let Some(item) = item {
            error.record = record_name(list, item.get_ref(), index - 1);
        }
        if let Some(inner) = inner {
            let inner = inner.split(" #").next().unwrap_or(inner);
            error.field = Some(join(inner));
        }
    } else if let Some((table, inner)) =
        record.strip_prefix('[').and_then(|rest| rest.trim_end_matches(']').split_once('.'))
    {
        let (table, inner) = (format!("[{table}]"), inner.to_string());
        error.record = table;
        error.field = Some(join(&inner));
    }
}

/// Whether a table schema is the model's `Text`: words in English and Czech.
fn is_text(schema: &Map<String, Value>) -> bool {
    let properties = schema.get("properties").and_then(Value::as_object);
    properties.is_some_and(|properties| {
        properties.len() == 2 && properties.contains_key("en") && properties.contains_key("cs")
    })
}

/// A TOML type as a person says it: "a table", "an array" → "a list".
fn a(type_str: &str) -> &'static str {
    match type_str {
        "string" => "text",
        "integer" => "a number",
        "float" => "a number",
        "boolean" => "true or false",
        "datetime" => "a date",
        "array" => "a list",
        _ => "a table",
    }
}
