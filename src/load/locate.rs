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

/// The line of a record the checker names (`[incident]`, `[[reactions]] #5 (…)`) and, when the
/// file writes it, of its `field` (`summary`, `target.country`, `quotes.source`); the record's
/// header when the field is missing. `None` when the file has no such record.
pub fn record_line(text: &str, record: &str, field: Option<&str>) -> Option<usize> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let (table, start) = header(&lines, record)?;
    let mut prefix = String::new();
    for (at, line) in lines.iter().enumerate().skip(start + 1) {
        if let Some(name) = header_name(line) {
            match name.strip_prefix(table).and_then(|rest| rest.strip_prefix('.')) {
                Some(sub) => prefix = format!("{sub}."),
                None => break,
            }
            continue;
        }
        let Some((key, _)) = line.split_once('=') else { continue };
        let key = format!("{prefix}{}", key.trim());
        if field.is_some_and(|field| names_field(&key, field)) {
            return Some(at + 1);
        }
    }
    Some(start + 1)
}

/// Where the record's header is, and the table it opens.
fn header<'r>(lines: &[&str], record: &'r str) -> Option<(&'r str, usize)> {
    if let Some(rest) = record.strip_prefix("[[") {
        let (table, rest) = rest.split_once("]]")?;
        let nth: usize = rest.trim().strip_prefix('#')?.split(' ').next()?.parse().ok()?;
        let wanted = format!("[[{table}]]");
        let at =
            lines.iter().enumerate().filter(|(_, line)| bare(line) == wanted).nth(nth.checked_sub(1)?)?.0;
        return Some((table, at));
    }
    let table = record.strip_prefix('[')?.strip_suffix(']')?;
    let wanted = format!("[{table}]");
    Some((table, lines.iter().position(|line| bare(line) == wanted)?))
}

/// A header line without the comment after it: `[[sources]] # the ministry's` is `[[sources]]`.
fn bare(line: &str) -> &str {
    match line.starts_with('[') {
        true => line.split('#').next().unwrap_or_default().trim_end(),
        false => line,
    }
}

fn header_name(line: &str) -> Option<&str> {
    let inner = line.strip_prefix("[[").and_then(|l| l.split("]]").next());
    inner.or_else(|| line.strip_prefix('[').and_then(|l| l.split(']').next())).map(str::trim)
}

/// `summary.cs` names `summary.cs`, `summary` names `summary.en`, and `summary.cs` is written
/// in a `summary = { … }` line.
fn names_field(key: &str, field: &str) -> bool {
    let below =
        |outer: &str, inner: &str| inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('.'));
    key == field || below(field, key) || below(key, field)
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

    const FILE: &str = "[incident]\nid = \"x\"\n\n[[reactions]] # the first\ndate = \"a\"\n\n[[reactions]]\nsummary.en = \"b\"\n[[reactions.quotes]]\ntext = \"c\"\n[[reactions.disagreements]]\nabout = \"d\"\n[[reactions.disagreements]]\nabout = \"e\"\n[[actors]]\nid = \"f\"\n";

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
    fn finds_the_line_of_a_checked_record_and_its_field() {
        let line = |record, field| record_line(FILE, record, field);
        assert_eq!(line("[[reactions]] #2 (actor x, 2025)", Some("summary")), Some(8));
        assert_eq!(line("[[reactions]] #2 (actor x, 2025)", Some("quotes.text")), Some(10));
        assert_eq!(line("[[reactions]] #2 (actor x, 2025)", Some("disagreements.about")), Some(12));
        assert_eq!(line("[[reactions]] #1 (actor x, 2025)", Some("sources")), Some(4), "missing: the header");
        assert_eq!(line("[incident]", Some("id")), Some(2));
        assert_eq!(line("[[actors]] #1 (f)", None), Some(15));
        assert_eq!(line("[[actors]] #2 (g)", Some("id")), None);
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
