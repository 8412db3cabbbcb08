//! Turns a byte offset in a TOML file into the record and field a person would look for.
//!
//! TOML parse errors carry only a byte span; counting the table headers above it names the
//! record (`[[reactions]] #5`) the way the file itself is organised.

use std::collections::HashMap;

pub struct Location {
    pub record: String,
    pub field: Option<String>,
    pub line: usize,
}

pub fn locate(text: &str, offset: usize) -> Location {
    let offset = offset.min(text.len());
    // A span may start at a table header (a missing field is reported there), so the header
    // on the offset's own line counts as above it.
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let before = &text[..line_end];
    let mut counts: HashMap<String, usize> = HashMap::new();
    // The innermost array table above, so `[[reactions.quotes]]` reads as part of its reaction.
    let mut parent: Option<(String, String)> = None;
    let mut record = String::from("top level");
    for line in before.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix("[[").and_then(|l| l.split("]]").next()) {
            let name = name.trim();
            let label = match within(&parent, name) {
                Some(label) => label,
                None => {
                    parent = None;
                    format!("[[{name}]]")
                }
            };
            let count = counts.entry(label.clone()).or_default();
            *count += 1;
            record = format!("{label} #{count}");
            if parent.is_none() {
                parent = Some((name.to_string(), record.clone()));
            }
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            let name = name.trim();
            record = within(&parent, name).unwrap_or_else(|| {
                parent = None;
                format!("[{name}]")
            });
        }
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_text = text[line_start..].lines().next().unwrap_or_default();
    let field = line_text
        .split_once('=')
        .map(|(key, _)| key.trim().to_string())
        .filter(|key| !key.is_empty() && !key.starts_with(['[', '#']));
    Location { record, field, line: text[..offset].matches('\n').count() + 1 }
}

/// A header inside the current array element is named after it: `[[reactions]] #2, quote`.
fn within(parent: &Option<(String, String)>, name: &str) -> Option<String> {
    let (array, record) = parent.as_ref()?;
    let sub = name.strip_prefix(array.as_str())?.strip_prefix('.')?;
    Some(format!("{record}, {sub}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "[incident]\nid = \"x\"\n\n[[reactions]]\ndate = \"a\"\n\n[[reactions]]\nsummary.en = \"b\"\n[[reactions.quotes]]\ntext = \"c\"\n[[reactions.disagreements]]\nabout = \"d\"\n[[reactions.disagreements]]\nabout = \"e\"\n[[actors]]\nid = \"f\"\n";

    fn at(needle: &str) -> Location {
        locate(FILE, FILE.find(needle).unwrap())
    }

    #[test]
    fn names_the_nth_array_table_and_the_key() {
        let location = at("\"b\"");
        assert_eq!(location.record, "[[reactions]] #2");
        assert_eq!(location.field.as_deref(), Some("summary.en"));
        assert_eq!(location.line, 8);
        assert_eq!(at("\"a\"").record, "[[reactions]] #1");
        assert_eq!(at("\"x\"").record, "[incident]");
    }

    #[test]
    fn names_sub_tables_by_their_header() {
        let location = at("\"c\"");
        assert_eq!(location.record, "[[reactions]] #2, quotes #1");
        assert_eq!(location.field.as_deref(), Some("text"));
        assert_eq!(at("\"e\"").record, "[[reactions]] #2, disagreements #2");
        assert_eq!(at("\"f\"").record, "[[actors]] #1");
    }
}
