//! States' short names in one language: the widget downloads its reader's language only.

use serde::{Deserialize, Serialize};

use super::iso_countries::COUNTRIES;
use super::{CountryCode, Lang};
use crate::i18n::{typeset, written_words};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct CountryNames {
    pub lang: Lang,
    /// (code, name), sorted by code.
    names: Vec<(CountryCode, String)>,
    /// The interface's words in this language where the widget does not carry them (Czech;
    /// `i18n::written_words`): they come with the names every view of the language waits for.
    pub words: String,
}

impl CountryNames {
    /// Every ISO-assigned state's name in `lang`.
    pub fn iso(lang: Lang) -> CountryNames {
        CountryNames::of(lang, |_| true)
    }

    /// The names in `lang` of the states `wanted` keeps.
    pub fn of(lang: Lang, wanted: impl Fn(CountryCode) -> bool) -> CountryNames {
        let names = COUNTRIES
            .iter()
            .filter_map(|&(code, en, cs)| {
                let code = CountryCode::parse(code).ok().filter(|&code| wanted(code))?;
                Some((code, if lang == Lang::En { en.to_string() } else { typeset(cs) }))
            })
            .collect();
        CountryNames { lang, names, words: written_words(lang) }
    }

    /// The state's name; the code itself if ISO has no such code.
    pub fn name(&self, country: CountryCode) -> String {
        match self.names.binary_search_by(|(code, _)| code.cmp(&country)) {
            Ok(at) => self.names[at].1.clone(),
            Err(_) => country.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    #[test]
    fn names_follow_the_language_and_unknown_codes_stay_codes() {
        assert_eq!(CountryNames::iso(Lang::En).name(code("CZ")), "Czechia");
        assert_eq!(CountryNames::iso(Lang::Cs).name(code("CZ")), "Česko");
        assert_eq!(CountryNames::iso(Lang::Cs).name(code("QQ")), "QQ");
        assert!(!code("QQ").is_assigned() && code("XK").is_assigned());
    }
}
