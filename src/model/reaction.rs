//! Reactions: one actor's answer to the incident on one date, with the sources that report it.

use serde::{Deserialize, Serialize};

use super::{Date, Lang, ResponseKind, Text};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    pub actor: String,
    pub date: Date,
    /// One statement often does several things at once (attributes *and* condemns).
    pub responses: Vec<ResponseKind>,
    pub summary: Text,
    pub quote: Option<Quote>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub disagreements: Vec<Disagreement>,
}

impl Reaction {
    pub fn has(&self, kind: ResponseKind) -> bool {
        self.responses.contains(&kind)
    }
}

/// Words as spoken or written, never paraphrased, in the language they were said in.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    #[serde(deserialize_with = "lang_tag")]
    pub lang: String,
    /// The source the words were copied from.
    pub source: String,
}

/// Where sources tell a different story (a date, who spoke, what was said), the record keeps
/// both rather than silently picking one.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub about: String,
    pub note: Text,
    pub sources: Vec<String>,
}

/// Quotes may be in any language (Chinese, German…), so a tag is checked for shape only.
fn lang_tag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let tag = String::deserialize(deserializer)?;
    let well_formed = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
    if well_formed || Lang::from_tag(&tag).is_some() {
        Ok(tag)
    } else {
        Err(serde::de::Error::custom(format!(
            "`{tag}` is not a language code; write a two-letter code such as en, cs or zh"
        )))
    }
}
