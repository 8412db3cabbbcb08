//! Reading a file that is not valid TOML, without stopping at its first mistake.
//!
//! How it recovers: the TOML parser's own recovering mode (`DeTable::parse_recoverable`) reads
//! past an error, but what it keeps of the faulty line is a guess: a value in curly quotes
//! keeps its quotes, and the body of a table whose header lost a bracket is dropped, so every
//! record after it would be "missing". So each mistake we recognise is also *mended in the
//! text* — curly quotes made straight, a bare word put in quotes, a quote or bracket closed —
//! and the text is parsed again, until no mendable mistake is left (a few rounds; each round
//! mends at least one line, never the same mistake twice). Mending changes only the faulty
//! line and never adds or removes a line, so every later line number is the author's. A
//! mistake we cannot mend is reported and left to the recovering parser. Each mistake is
//! worded here, for a person: never in the parser's words.

use std::collections::HashSet;
use std::ops::Range;

use toml::de::DeTable;

use super::locate::{locate, Location};
use super::DataError;

/// More rounds than this and the file is not a TOML file with mistakes but something else.
const ROUNDS: usize = 64;

/// Quotation marks a word processor or a keyboard layout puts in place of straight ones.
const TYPOGRAPHIC: [char; 8] = ['“', '”', '‘', '’', '„', '‚', '«', '»'];

/// The file's text with every mendable mistake mended, and one error for every mistake.
pub fn mend(file: &str, text: &str) -> (String, Vec<DataError>) {
    let mut text = text.to_string();
    let mut errors = Vec::new();
    let mut mended: HashSet<(usize, &'static str)> = HashSet::new();
    for round in 0.. {
        let (_, found) = DeTable::parse_recoverable(&text);
        let mut found: Vec<(Range<usize>, String)> =
            found.iter().map(|error| (error.span().unwrap_or(0..0), error.message().to_string())).collect();
        found.sort_by_key(|(span, _)| span.start);
        // The first mistake of each line only: what follows it on that line may be its echo.
        let mut lines = HashSet::new();
        found.retain(|(span, _)| lines.insert(line_of(&text, span.start)));
        let mut fixes = Vec::new();
        let mut left = Vec::new();
        for (span, message) in found {
            let mistake = Mistake::of(&text, span, &message);
            let once = (line_of(&text, mistake.at), mistake.class);
            match mistake.fix.clone() {
                // Mended before and still there: reported then, and left to the parser now.
                _ if mended.contains(&once) => {}
                Some(fix) if round < ROUNDS => {
                    mended.insert(once);
                    errors.push(mistake.error(file, &text));
                    fixes.push(fix);
                }
                _ => left.push(mistake.error(file, &text)),
            }
        }
        if fixes.is_empty() {
            errors.extend(left);
            break;
        }
        fixes.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
        for (range, replacement) in fixes {
            text.replace_range(range, &replacement);
        }
    }
    (text, errors)
}

/// One syntax mistake: where, what, how to fix it, and how to mend the text to read on.
struct Mistake {
    at: usize,
    /// The record, where the mistake is in what names it: a header.
    record: Option<String>,
    class: &'static str,
    message: String,
    hint: String,
    /// A replacement of a stretch of one line.
    fix: Option<(Range<usize>, String)>,
}

impl Mistake {
    fn of(text: &str, span: Range<usize>, parser: &str) -> Mistake {
        let start = char_start(text, span.start);
        let span = start..char_start(text, span.end).max(start);
        let location = locate(text, span.start);
        let key = location.field.clone().unwrap_or_else(|| "key".into());
        let line = line_range(text, span.start);
        let words = text.get(span.clone()).unwrap_or_default();
        let mistake = |class, message: String, hint: String, fix| Mistake {
            at: span.start,
            record: None,
            class,
            message,
            hint,
            fix,
        };
        let bare = parser.starts_with("string values must be quoted")
            || ["invalid float", "invalid integer", "invalid date", "invalid time", "invalid number"]
                .iter()
                .any(|class| parser.starts_with(class));
        if bare {
            let (value, after_key) = bare_value(text, &span, &line);
            if value.is_empty() {
                return mistake(
                    "empty",
                    format!("`{key}` has no value"),
                    format!("write {key} = \"…\", or delete the line"),
                    Some((span.start..span.start, "\"\"".into())),
                );
            }
            let fix = Some((value.clone(), quoted(&strip_quotes(&text[value.clone()]))));
            let words = &text[value];
            if words.starts_with(TYPOGRAPHIC) {
                let content = strip_quotes(words);
                return mistake(
                    "curly",
                    format!("{words} is in typographic quotes, which TOML does not read as quotes"),
                    match after_key {
                        true => format!("use straight quotes: {key} = {}", quoted(&content)),
                        false => format!("use straight quotes: {}", quoted(&content)),
                    },
                    fix,
                );
            }
            let date = date_written_otherwise(words);
            let dashed = words.bytes().all(|b| b.is_ascii_digit() || b == b'-') && words.contains('-');
            return match (date, dashed) {
                (Some(date), _) => mistake(
                    "bare",
                    format!("`{words}` is not a date TOML can read"),
                    format!("write dates as YYYY-MM-DD in quotes: {key} = \"{date}\""),
                    fix,
                ),
                (None, true) => mistake(
                    "bare",
                    format!("`{words}` is not a date"),
                    format!("write dates as YYYY-MM-DD in quotes, e.g. {key} = \"2025-05-28\""),
                    fix,
                ),
                (None, false) => mistake(
                    "bare",
                    format!("`{words}` is not in quotes"),
                    format!("put text in straight quotes: {key} = {}", quoted(words)),
                    fix,
                ),
            };
        }
        if parser.starts_with("invalid basic string") || parser.starts_with("invalid literal string") {
            let before = text[line.start..span.start].trim_end();
            let straight = if parser.starts_with("invalid basic") { "\"" } else { "'" };
            if let Some(curly) = before.chars().last().filter(|c| TYPOGRAPHIC.contains(c)) {
                let at = line.start + before.len() - curly.len_utf8();
                return mistake(
                    "curly",
                    format!(
                        "the text ends with a typographic quote {curly}, which TOML does not read as a quote"
                    ),
                    format!("end it with a straight quote {straight}"),
                    Some((at..at + curly.len_utf8(), straight.into())),
                );
            }
            return mistake(
                "unclosed",
                "the text has no closing quote".into(),
                format!(
                    "end it with {straight} on the same line; text over several lines goes between \"\"\" and \"\"\""
                ),
                Some((span.start..span.start, straight.into())),
            );
        }
        if parser.starts_with("invalid multi-line") {
            return mistake(
                "unclosed",
                "a text opened with three quotes is never closed".into(),
                "close it with the same three quotes".into(),
                None,
            );
        }
        if parser.starts_with("unclosed array table") || parser.starts_with("unclosed table") {
            let written = text[line.clone()].split('#').next().unwrap_or_default().trim_end();
            let header = written.trim_start();
            let open = header.len() - header.trim_start_matches('[').len();
            let close = header.len() - header.trim_end_matches(']').len();
            let name = header.trim_matches(['[', ']']).trim();
            let whole = format!("{}{name}{}", "[".repeat(open), "]".repeat(open));
            let end = line.start + written.len();
            return Mistake {
                record: Some(whole.clone()),
                ..mistake(
                    "header",
                    format!("the header `{header}` is not closed"),
                    format!("write {whole}"),
                    Some((end..end, "]".repeat(open.saturating_sub(close).max(1)))),
                )
            };
        }
        if parser.starts_with("duplicate key") {
            let header = text[line].trim_start().starts_with('[');
            return match header {
                true => mistake(
                    "duplicate",
                    format!("the table `{words}` is opened twice"),
                    "keep one header and put all its fields under it".into(),
                    None,
                ),
                false => mistake(
                    "duplicate",
                    format!("`{words}` is given twice in this table"),
                    "keep one of them and delete the other".into(),
                    None,
                ),
            };
        }
        if parser.starts_with("missing comma between array") {
            return mistake(
                "comma",
                "the list's items need commas between them".into(),
                "write them as [\"a\", \"b\"]".into(),
                Some((span.start..span.start, ",".into())),
            );
        }
        if parser.starts_with("unexpected key or value") || parser.starts_with("unexpected content") {
            return mistake(
                "after",
                "the line goes on after its value".into(),
                "write one key = value on each line; a comment starts with #".into(),
                None,
            );
        }
        if parser.starts_with("cannot extend") {
            return mistake(
                "extend",
                format!("`{key}` is already a value, so it cannot also hold fields"),
                "rename one of the two, or give the fields in one place".into(),
                None,
            );
        }
        mistake(
            "other",
            "this line is not TOML the file can read".into(),
            "write key = \"value\", a [table] or [[list]] header, or a comment starting with #".into(),
            None,
        )
    }

    fn error(&self, file: &str, text: &str) -> DataError {
        let Location { record, field, line } = locate(text, self.at);
        let record = self.record.clone().unwrap_or(record);
        let line_start = text[..self.at].rfind('\n').map_or(0, |at| at + 1);
        DataError {
            line: Some(line),
            column: Some(text[line_start..self.at].chars().count() + 1),
            hint: Some(self.hint.clone()),
            ..DataError::new(file, &record, field.as_deref(), self.message.clone())
        }
    }
}

/// Whether the mistake left a placeholder, or no value at all, where the author wrote one: a
/// later check of that field would only repeat it.
pub fn leaves_no_value(error: &DataError) -> bool {
    error.message.ends_with("has no value") || error.message.contains("is given twice")
}

/// `at`, or the start of the character it falls in: a place in the text that can be cut at.
pub fn char_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn line_of(text: &str, at: usize) -> usize {
    text[..char_start(text, at)].matches('\n').count()
}

/// The line around `at`, without its line break.
fn line_range(text: &str, at: usize) -> Range<usize> {
    let at = char_start(text, at);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find(['\r', '\n']).map_or(text.len(), |i| at + i);
    start..end
}

/// The bare value the parser stopped at. Right after `key =` it runs to the end of the line
/// (before a comment): `May 28, 2025` is one value. Inside a list or an inline table, only the
/// word the parser named. Also whether it follows `key =` directly.
fn bare_value(text: &str, span: &Range<usize>, line: &Range<usize>) -> (Range<usize>, bool) {
    let before = &text[line.start..span.start];
    let Some(equals) = before.find('=') else { return (span.clone(), false) };
    let between = &before[equals + 1..];
    if between.contains(['[', '{', '"', '\'', ',']) {
        return (span.clone(), false);
    }
    let start = line.start + equals + 1 + (between.len() - between.trim_start().len());
    let rest = &text[start..line.end];
    let end = rest.find(" #").unwrap_or(rest.len());
    (start..start + rest[..end].trim_end().len(), true)
}

/// The words without the quotation marks around them, of any kind.
fn strip_quotes(words: &str) -> String {
    let quote = |c: char| TYPOGRAPHIC.contains(&c) || c == '"' || c == '\'';
    words.trim().trim_start_matches(quote).trim_end_matches(quote).to_string()
}

/// A TOML basic string of `words`.
fn quoted(words: &str) -> String {
    format!("\"{}\"", words.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A day written as 28.5.2025, 28/05/2025 or 2025/05/28, as YYYY-MM-DD.
pub fn date_written_otherwise(words: &str) -> Option<String> {
    let parts: Vec<&str> = words.trim().split(['.', '/', ' ']).filter(|part| !part.is_empty()).collect();
    let numbers: Vec<u16> = parts.iter().map(|part| part.parse().ok()).collect::<Option<_>>()?;
    let (year, month, day) = match *numbers.as_slice() {
        [year, month, day] if year > 999 => (year, month, day),
        [day, month, year] if year > 999 => (year, month, day),
        _ => return None,
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mended(text: &str) -> (String, Vec<String>) {
        let (text, errors) = mend("t.toml", text);
        (text, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn straightens_curly_quotes_and_quotes_bare_words() {
        let (text, errors) =
            mended("[a]\nid = “minimal” # note\nb = „B“\nc = \"half”\nd = May 28\ne = 28.5.2025\n");
        assert_eq!(
            text,
            "[a]\nid = \"minimal\" # note\nb = \"B\"\nc = \"half\"\nd = \"May 28\"\ne = \"28.5.2025\"\n"
        );
        assert_eq!(errors.len(), 5, "{errors:#?}");
        assert_eq!(
            errors[0],
            "t.toml:2:6: [a], field `id`: “minimal” is in typographic quotes, which TOML does not read as quotes; use straight quotes: id = \"minimal\""
        );
        assert!(
            errors[4].ends_with("write dates as YYYY-MM-DD in quotes: e = \"2025-05-28\""),
            "{errors:#?}"
        );
    }

    #[test]
    fn closes_what_was_left_open_and_keeps_every_line() {
        let file = "[[sources]\nid = \"a\nurl = 'x\n[incident.target\nk = [\"a\" \"b\"]\nd = 2025-13-01\n";
        let (text, errors) = mended(file);
        assert_eq!(
            text,
            "[[sources]]\nid = \"a\"\nurl = 'x'\n[incident.target]\nk = [\"a\" ,\"b\"]\nd = \"2025-13-01\"\n"
        );
        assert_eq!(errors.len(), 6, "{errors:#?}");
        assert!(DeTable::parse(&text).is_ok());
        assert!(errors[0].starts_with(
            "t.toml:1:11: [[sources]]: the header `[[sources]` is not closed; write [[sources]]"
        ));
    }

    #[test]
    fn reports_what_it_cannot_mend_in_plain_words() {
        let (_, errors) = mended("[a]\nb = \"x\"\nb = \"y\"\nc = \"x\" \"y\"\n");
        assert_eq!(errors.len(), 2, "{errors:#?}");
        assert!(errors[0].contains(":3:1: [a], field `b`: `b` is given twice in this table"), "{errors:#?}");
        assert!(errors[1].contains(":4:9: [a], field `c`: the line goes on after its value"), "{errors:#?}");
    }

    #[test]
    fn reads_dates_written_the_other_way_round() {
        assert_eq!(date_written_otherwise("28.5.2025").as_deref(), Some("2025-05-28"));
        assert_eq!(date_written_otherwise("2025/05/28").as_deref(), Some("2025-05-28"));
        assert_eq!(date_written_otherwise("May 28"), None);
    }
}
