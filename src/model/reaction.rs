//! Reactions: one actor's answer to the incident on one date, with the sources that report it.

use serde::{Deserialize, Serialize};

use super::text::lang_tag;
use super::{Date, Lang, ResponseKind, Text};

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    pub actor: String,
    pub date: Date,
    /// Only an upper bound is known: the reaction came on or before `date` (the date of the
    /// copy it was read on, say), so no view may call it that day's.
    #[serde(default)]
    pub date_upper_bound: bool,
    /// One statement often does several things at once (attributes *and* condemns).
    pub responses: Vec<ResponseKind>,
    pub summary: Text,
    /// The words as said; where a statement was published in several languages (the Czech
    /// government's in Czech and English), each, so a reader gets the original in theirs.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub disagreements: Vec<Disagreement>,
}

impl Reaction {
    pub fn has(&self, kind: ResponseKind) -> bool {
        self.responses.contains(&kind)
    }

    /// The quote to show a reader of `lang`: the one in their language, else the first.
    pub fn quote(&self, lang: Lang) -> Option<&Quote> {
        self.quotes.iter().find(|quote| quote.lang == lang.tag()).or(self.quotes.first())
    }
}

/// Words as spoken or written, never paraphrased, in the language they were said in.
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    #[serde(deserialize_with = "lang_tag")]
    pub lang: String,
    /// The source the words were copied from.
    pub source: String,
    /// Démarche's own translation into the app's languages other than the quote's, so that a
    /// class reads what was said; the view marks it as ours and keeps the original beside it.
    #[serde(default)]
    pub translation: Option<Translation>,
}

impl Quote {
    /// The words in `lang`, translated, when the quote was said in another language.
    pub fn translated(&self, lang: Lang) -> Option<&str> {
        let translation = self.translation.as_ref().filter(|_| self.lang != lang.tag())?;
        match lang {
            Lang::En => translation.en.as_deref(),
            Lang::Cs => translation.cs.as_deref(),
        }
    }
}

/// A quote's words in English and Czech; the quote's own language is left out.
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    #[serde(default)]
    pub en: Option<String>,
    #[serde(default)]
    pub cs: Option<String>,
}

/// Where sources tell a different story (a date, who spoke, what was said), the record keeps
/// both rather than silently picking one.
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub about: String,
    pub note: Text,
    pub sources: Vec<String>,
}
