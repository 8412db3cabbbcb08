//! A story step, as data: where it stands in the story, its title and marked prose, the
//! sources behind it, the questions after the last step, and the steps either side.

use crate::i18n::strings;
use crate::model::{Incident, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoryView {
    /// "Step 2 of 8".
    pub progress: String,
    pub title: String,
    /// Prose with its marks (`{#term:…}`, `{en:…}`), which the view draws as terms and spans.
    pub text: String,
    /// The step's sources, by their place among the incident's sources.
    pub sources: Vec<usize>,
    /// The questions for the class, after the last step only.
    pub questions: Vec<String>,
    pub previous: Option<usize>,
    pub next: Option<usize>,
}

impl StoryView {
    /// Step `step` (from 0) of the incident's story; `None` when it has no such step.
    pub fn derive(incident: &Incident, step: usize, lang: Lang) -> Option<StoryView> {
        let steps = incident.story.len();
        let shown = incident.story.get(step)?;
        let next = Some(step + 1).filter(|&next| next < steps);
        let questions = match next {
            None => incident.questions.iter().map(|question| question.get(lang).to_string()).collect(),
            Some(_) => Vec::new(),
        };
        Some(StoryView {
            progress: strings(lang).step_of(step + 1, steps),
            title: shown.title.get(lang).to_string(),
            text: shown.text.get(lang).to_string(),
            sources: shown
                .sources
                .iter()
                .filter_map(|id| incident.sources.iter().position(|source| source.id == *id))
                .collect(),
            questions,
            previous: step.checked_sub(1),
            next,
        })
    }
}
