//! A guided story through an incident: steps a teacher walks a class through, each a short
//! text and the view that shows what it says, and questions for the class at the end.

use serde::{Deserialize, Serialize};

use super::Text;

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    pub title: Text,
    /// Prose; glossary terms marked `{#attribution:attributed}`.
    pub text: Text,
    /// The view the step shows, written like a link's parameters (`map=europe&country=CZ`),
    /// without the incident, the language or the presentation. Checked like a link.
    #[serde(default)]
    pub view: String,
    /// The incident's sources that back the step's text.
    pub sources: Vec<String>,
}
