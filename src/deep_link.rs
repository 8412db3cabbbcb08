//! What a link's query string asks for (`?incident=…&lang=cs`), read without trusting it: a
//! parameter we cannot honour falls back to the default and leaves a notice for the reader.

use crate::catalogue::Catalogue;
use crate::model::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeepLink {
    pub incident: String,
    pub lang: Lang,
    /// Parameters that were ignored, as (name, value), for a polite notice.
    pub ignored: Vec<(String, String)>,
}

impl DeepLink {
    /// Reads a query string, with or without its leading `?`.
    pub fn parse(query: &str, catalogue: &Catalogue) -> DeepLink {
        let mut link = DeepLink {
            incident: catalogue.default_incident().id().to_string(),
            lang: Lang::default(),
            ignored: Vec::new(),
        };
        for (name, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            let honoured = match name.as_ref() {
                "incident" if catalogue.find(&value).is_some() => {
                    link.incident = value.to_string();
                    true
                }
                "lang" => Lang::from_tag(&value).map(|lang| link.lang = lang).is_some(),
                _ => false,
            };
            if !honoured {
                link.ignored.push((name.into_owned(), value.into_owned()));
            }
        }
        link
    }

    /// Only the language a link asks for: enough to apologise in it when nothing else works.
    pub fn lang_of(query: &str) -> Lang {
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .find(|(name, _)| name == "lang")
            .and_then(|(_, value)| Lang::from_tag(&value))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::from_files(&[("minimal.toml", include_str!("../tests/fixtures/minimal.toml"))]).unwrap()
    }

    #[test]
    fn honours_known_parameters() {
        let link = DeepLink::parse("?incident=minimal&lang=cs", &catalogue());
        assert_eq!(link, DeepLink { incident: "minimal".into(), lang: Lang::Cs, ignored: vec![] });
        assert_eq!(DeepLink::parse("", &catalogue()).lang, Lang::En);
    }

    #[test]
    fn unknown_or_malformed_parameters_fall_back_and_are_reported() {
        let link = DeepLink::parse("incident=nope&lang=xx&zoom=3&lang", &catalogue());
        assert_eq!(link.incident, "minimal");
        assert_eq!(link.lang, Lang::En);
        let ignored: Vec<(&str, &str)> = link.ignored.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        assert_eq!(ignored, [("incident", "nope"), ("lang", "xx"), ("zoom", "3"), ("lang", "")]);
    }

    #[test]
    fn decodes_percent_encoding() {
        let link = DeepLink::parse("?lang=%43S&note=a%20b", &catalogue());
        assert_eq!(link.lang, Lang::Cs);
        assert_eq!(link.ignored, [("note".to_string(), "a b".to_string())]);
        assert_eq!(DeepLink::lang_of("?x=1&lang=cs"), Lang::Cs);
    }
}
