//! The words a student meets (attribution, APT, démarche, the North Atlantic Council, the
//! response kinds of the codebook), each defined in both languages with a public source. One
//! list for every incident (`seeds/glossary/terms.toml`), checked when the widget is built and
//! fetched only when a reader first opens a term.

use serde::{Deserialize, Serialize};

use super::{Date, Lang, Text, Url};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// How texts mark it: `{#attribution:attributed}`.
    pub id: String,
    pub term: Text,
    pub definition: Text,
    pub source: TermSource,
}

/// Where the definition can be checked.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TermSource {
    pub url: Url,
    pub publisher: String,
    pub title: Option<String>,
    #[serde(deserialize_with = "super::text::lang_tag")]
    pub lang: String,
    pub read: Date,
}

impl Glossary {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|term| term.id == id)
    }

    /// What a reader of `lang` downloads: every term and definition in their language only.
    pub fn in_language(&self, lang: Lang) -> Glossary {
        let mut glossary = self.clone();
        for term in &mut glossary.terms {
            term.term.keep(lang);
            term.definition.keep(lang);
        }
        glossary
    }
}
