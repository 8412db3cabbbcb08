//! A story step, as data: where it stands in the story, its title and marked prose, the
//! sources behind it, the questions after the last step, and the steps either side.

use crate::i18n::strings;
use crate::model::{Incident, Lang, ResponseKind};

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
    /// The step (from 0) and how many the story has.
    pub at: usize,
    pub steps: usize,
    pub previous: Option<usize>,
    pub next: Option<usize>,
    /// The part of the view the step changes, which the story brings into sight.
    pub shows: Shows,
}

/// What a step's view draws the eye to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shows {
    /// The map: a state, a bloc, the world map, or nothing in particular.
    Map,
    /// An actor's row of the matrix.
    Row(String),
    /// The matrix's columns a step filters to, by the first of them.
    Column(ResponseKind),
    Timeline,
}

impl Shows {
    /// What a step's view (`actor=cz-mfa&response=summons`) changes, the most particular first:
    /// the timeline it switches to, the actor it opens, the columns it keeps, else the map.
    pub fn of_step(view: &str) -> Shows {
        let value = |key: &str| {
            view.split('&').find_map(|pair| pair.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
        };
        if value("view") == Some("timeline") {
            return Shows::Timeline;
        }
        if let Some(actor) = value("actor") {
            return Shows::Row(actor.to_string());
        }
        let kind = value("response").and_then(|kinds| kinds.split(',').find_map(ResponseKind::from_id));
        kind.map_or(Shows::Map, Shows::Column)
    }

    /// Where the view draws it: a CSS selector for the page the widget is in.
    pub fn selector(&self) -> String {
        match self {
            Shows::Map => ".map-panel".to_string(),
            Shows::Row(actor) => format!("table.matrix tr[data-actor=\"{actor}\"]"),
            Shows::Column(kind) => format!("table.matrix th.kind-{}", kind.id()),
            Shows::Timeline => ".timeline-panel".to_string(),
        }
    }
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
            at: step,
            steps,
            previous: step.checked_sub(1),
            next,
            shows: Shows::of_step(&shown.view),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_shows_the_most_particular_part_it_changes() {
        assert_eq!(Shows::of_step("response=attribution&view=timeline"), Shows::Timeline);
        assert_eq!(Shows::of_step("actor=cz-mfa&response=summons"), Shows::Row("cz-mfa".into()));
        assert_eq!(
            Shows::of_step("map=world&response=solidarity,condemnation"),
            Shows::Column(ResponseKind::Solidarity)
        );
        assert_eq!(Shows::of_step("country=RU"), Shows::Map);
        assert_eq!(Shows::of_step(""), Shows::Map);
        assert_eq!(Shows::of_step("response=nonsense"), Shows::Map);
    }

    #[test]
    fn what_it_shows_is_found_where_the_view_draws_it() {
        assert_eq!(Shows::Row("eu".into()).selector(), "table.matrix tr[data-actor=\"eu\"]");
        assert_eq!(Shows::Column(ResponseKind::Summons).selector(), "table.matrix th.kind-summons");
    }
}
