//! How to fix a value the file's reader refused: the code a country name or a habit meant, the
//! address or date a person meant. Each gives the line to write, so the author can copy it.

use crate::model::{is_lang_tag, CountryCode};

use super::suggest::{distance, nearest};
use super::syntax::date_written_otherwise;

/// Codes people write for a state that ISO 3166-1 codes otherwise: the United Kingdom's
/// domain, the EU's code for Greece, Kosovo's usual ones, the language code for Czech, and the
/// alpha-3 codes of the states incidents name most.
const HABITS: [(&str, &str); 16] = [
    ("UK", "GB"),
    ("EL", "GR"),
    ("KO", "XK"),
    ("KS", "XK"),
    ("CS", "CZ"),
    ("USA", "US"),
    ("GBR", "GB"),
    ("DEU", "DE"),
    ("FRA", "FR"),
    ("CHN", "CN"),
    ("RUS", "RU"),
    ("CZE", "CZ"),
    ("PRK", "KP"),
    ("IRN", "IR"),
    ("NLD", "NL"),
    ("UKR", "UA"),
];

/// Every assigned code with its English and Czech names.
fn countries() -> impl Iterator<Item = (CountryCode, &'static str, &'static str)> {
    (b'A'..=b'Z')
        .flat_map(|first| (b'A'..=b'Z').map(move |second| [first, second]))
        .filter_map(|code| CountryCode::parse(std::str::from_utf8(&code).ok()?).ok())
        .filter_map(|code| code.iso_names().map(|(en, cs)| (code, en, cs)))
}

fn named(code: CountryCode) -> String {
    let name = code.iso_names().map_or(String::new(), |(en, _)| format!(" ({en})"));
    format!("`{code}`{name}")
}

/// The code `written` most likely meant: a habit (`UK` → `GB`), the same letters in capitals,
/// a state's name in English or Czech (nearly) as ISO writes it; else the assigned codes one
/// letter away, the first letter kept.
pub fn country(written: &str) -> String {
    let upper = written.trim().to_uppercase();
    let meant = HABITS
        .iter()
        .find(|(habit, _)| *habit == upper)
        .and_then(|(_, code)| CountryCode::parse(code).ok())
        .or_else(|| CountryCode::parse(&upper).ok().filter(|code| code.is_assigned() && upper != written))
        .or_else(|| {
            let names = countries().flat_map(|(code, en, cs)| [(code, en), (code, cs)]);
            let lower = written.trim().to_lowercase();
            let (gap, code) = names
                .map(|(code, name)| (distance(&lower, &name.to_lowercase()), code))
                .min_by_key(|(gap, _)| *gap)?;
            (gap <= lower.chars().count() / 4).then_some(code)
        });
    if let Some(code) = meant {
        return format!("did you mean {}?", named(code));
    }
    let bytes = upper.as_bytes();
    let mut near: Vec<CountryCode> = match bytes {
        &[first, second] if first.is_ascii_uppercase() && second.is_ascii_uppercase() => {
            countries().map(|(code, _, _)| code).filter(|code| code.as_str().as_bytes()[0] == first).collect()
        }
        _ => Vec::new(),
    };
    near.sort_by_key(|code| code.as_str().as_bytes()[1].abs_diff(bytes[1]));
    match near.as_slice() {
        [] => "write the state's ISO 3166-1 alpha-2 code in capitals, e.g. \"CZ\" for Czechia".into(),
        near => {
            let near: Vec<String> = near.iter().take(3).map(|code| named(*code)).collect();
            format!("the nearest assigned codes are {}", near.join(", "))
        }
    }
}

/// The line to write for an address that is not one.
pub fn url(key: &str, written: &str) -> String {
    let trimmed = written.trim();
    if trimmed.contains(char::is_whitespace) {
        return format!(
            "remove the spaces, or write each as %20: {key} = \"{}\"",
            trimmed.replace(' ', "%20")
        );
    }
    let rest = ["https//", "https:/", "http//", "http:/", "htps://", "htp://"]
        .iter()
        .find_map(|slip| trimmed.strip_prefix(slip))
        .or_else(|| (!trimmed.contains("://")).then_some(trimmed))
        .filter(|rest| rest.split('/').next().is_some_and(|host| host.contains('.')));
    match rest {
        Some(rest) => {
            format!("write the whole address: {key} = \"https://{}\"", rest.trim_start_matches('/'))
        }
        None => format!(
            "write the whole address as a browser shows it, e.g. {key} = \"https://example.org/page\""
        ),
    }
}

/// The line to write for a date that is not one.
pub fn date(key: &str, written: &str) -> String {
    match date_written_otherwise(written) {
        Some(date) => format!("write {key} = \"{date}\""),
        None => {
            format!("write {key} = \"YYYY-MM-DD\", or \"YYYY-MM\" or \"YYYY\" when the sources say no more")
        }
    }
}

/// The line to write for a language that is not a code.
pub fn lang(key: &str, written: &str) -> String {
    let lower = written.trim().to_lowercase();
    let names = [("english", "en"), ("czech", "cs"), ("čeština", "cs"), ("angličtina", "en"), ("cz", "cs")];
    let code = names
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, code)| *code)
        .or_else(|| is_lang_tag(&lower).then_some(lower.as_str()));
    match code {
        Some(code) => format!("write {key} = \"{code}\""),
        None => format!("write a two-letter language code in small letters, e.g. {key} = \"en\""),
    }
}

/// One of `choices` for `written`, or all of them (`list`: "the codebook has").
pub fn choice(written: &str, choices: &[&str], list: &str) -> String {
    match nearest(written, choices) {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!("{list}: {}", choices.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_code_a_habit_or_a_name_meant() {
        assert_eq!(country("UK"), "did you mean `GB` (United Kingdom)?");
        assert_eq!(country("cz"), "did you mean `CZ` (Czechia)?");
        assert_eq!(country("China"), "did you mean `CN` (China)?");
        assert_eq!(country("Německo"), "did you mean `DE` (Germany)?");
        assert_eq!(country("Germny"), "did you mean `DE` (Germany)?");
        assert!(
            country("QQ").starts_with("the nearest assigned codes are `QA` (Qatar)"),
            "{}",
            country("QQ")
        );
    }

    #[test]
    fn writes_the_line_to_put_instead() {
        assert_eq!(url("url", "example.org/a"), "write the whole address: url = \"https://example.org/a\"");
        assert_eq!(
            url("url", "https//example.org/a"),
            "write the whole address: url = \"https://example.org/a\""
        );
        assert_eq!(date("date", "28.5.2025"), "write date = \"2025-05-28\"");
        assert_eq!(lang("lang", "English"), "write lang = \"en\"");
        assert_eq!(choice("agncy", &["government", "agency"], "the kinds are"), "did you mean `agency`?");
    }
}
