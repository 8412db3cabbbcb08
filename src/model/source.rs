//! Public sources: every fact on screen is traceable to one of these.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::text::lang_tag;
use super::Date;

/// A document someone can open and read: a statement, a news report, a members list.
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub url: Url,
    /// Who published the page, and its title: the page's own words, in its language.
    pub publisher: String,
    pub title: Option<String>,
    /// The language of the page, so a Czech screen reader reads an English headline in English.
    #[serde(deserialize_with = "lang_tag")]
    pub lang: String,
    /// Whose words the page carries: the speaker's own, an agency's, or a retelling.
    pub kind: SourceKind,
    /// The report this page reprints or is based on (a news agency's), as the page names it.
    pub via: Option<String>,
    /// The stored copy did not show a title; `title` was read from the page's address.
    #[serde(default)]
    pub title_from_address: bool,
    /// When the publisher put it out, where the page says.
    pub published: Option<Date>,
    /// When we read it: the date the citation vouches for.
    pub read: Date,
}

/// How close a page is to the words it reports, so a reader can weigh it: the codebook asks
/// for the original wherever it can be read.
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// The speaker's own publication: a ministry's, a government's, an official's own post.
    Original,
    /// A news agency's report (Reuters, AP, AFP, dpa, ČTK…), on its own site or a verbatim copy
    /// that names it.
    Wire,
    /// An aggregator, a rewrite, a machine rewrite or a blog retelling others.
    Reprint,
}

/// An absolute web address; only `http(s)` is accepted, since readers must be able to follow it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url(String);

impl Url {
    pub fn parse(text: &str) -> Result<Self, String> {
        let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
        let host = rest.map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
        match host {
            _ if text.chars().any(char::is_whitespace) => {
                Err(format!("`{text}` is not a web address: it contains white space"))
            }
            Some(host) if host.contains('.') && !host.starts_with('.') && !host.ends_with('.') => {
                Ok(Url(text.to_string()))
            }
            _ => Err(format!("`{text}` is not a web address: write it as https://host/path")),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host, shown beside a link so a reader sees where it leads before following it.
    pub fn host(&self) -> &str {
        let rest = self.0.split_once("://").map_or(self.0.as_str(), |(_, rest)| rest);
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        host.strip_prefix("www.").unwrap_or(host)
    }
}

impl Serialize for Url {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// An incident file's addresses are checked as they are read, so an error names its line. A
/// data file's are taken as written and checked with the rest of the file (`load::check`):
/// a file from elsewhere with a `javascript:` link is then named for it, not called damaged.
impl<'de> Deserialize<'de> for Url {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let readable = deserializer.is_human_readable();
        let text = String::deserialize(deserializer)?;
        if readable {
            Url::parse(&text).map_err(serde::de::Error::custom)
        } else {
            Ok(Url(text))
        }
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_addresses_and_names_their_host() {
        let url = Url::parse("https://www.mzv.gov.cz/jnp/en/issuesandpress?x=1").unwrap();
        assert_eq!(url.host(), "mzv.gov.cz");
        assert_eq!(Url::parse("http://example.org").unwrap().host(), "example.org");
    }

    #[test]
    fn rejects_what_a_reader_could_not_follow() {
        for (text, why) in [
            ("mzv.gov.cz/statement", "write it as https://"),
            ("ftp://mzv.gov.cz/x", "write it as https://"),
            ("https:///statement", "write it as https://"),
            ("https://localhost/x", "write it as https://"),
            ("https://mzv.gov.cz/a b", "contains white space"),
        ] {
            let error = Url::parse(text).unwrap_err();
            assert!(error.contains(why), "{text}: {error}");
        }
    }
}
