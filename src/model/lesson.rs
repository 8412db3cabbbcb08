//! What a class reads of an incident: each story step's title and text, and the questions. A
//! build ships them in a file of their own beside the incident's, so that the first view, which
//! draws no story, does not download them; the story and the handout fetch them when opened.

use serde::{Deserialize, Serialize};

use super::{Incident, Text};

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Lesson {
    /// Each step's title, then its text, in the story's order: a list of texts, which the
    /// widget's first load can already decode (an incident holds such lists), where pairs would
    /// need a decoder of their own.
    pub steps: Vec<Text>,
    pub questions: Vec<Text>,
}

impl Lesson {
    /// Takes the words out of the incident, leaving each step's view and sources, which the
    /// first view reads (a link to a step opens its view).
    pub fn take(incident: &mut Incident) -> Lesson {
        let blank = || Text { en: String::new(), cs: String::new() };
        Lesson {
            steps: incident
                .story
                .iter_mut()
                .flat_map(|step| {
                    [std::mem::replace(&mut step.title, blank()), std::mem::replace(&mut step.text, blank())]
                })
                .collect(),
            questions: std::mem::take(&mut incident.questions),
        }
    }

    /// The incident with its words back.
    pub fn restore(&self, incident: &Incident) -> Incident {
        let mut whole = incident.clone();
        for (step, words) in whole.story.iter_mut().zip(self.steps.chunks(2)) {
            if let [title, text] = words {
                step.title = title.clone();
                step.text = text.clone();
            }
        }
        whole.questions = self.questions.clone();
        whole
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taken_and_restored_the_incident_is_whole_again() {
        let text = std::fs::read_to_string("seeds/czech-mfa-apt31-2025.toml").unwrap();
        let incident = crate::load::parse_incident("czech.toml", &text).unwrap();
        let mut light = incident.clone();
        let lesson = Lesson::take(&mut light);
        assert!(!incident.story.is_empty() && !incident.questions.is_empty());
        assert_eq!(lesson.steps.len(), 2 * incident.story.len());
        assert!(light.story.iter().all(|step| step.title.en.is_empty() && step.text.cs.is_empty()));
        assert!(light.story.iter().zip(&incident.story).all(|(light, whole)| light.view == whole.view));
        assert!(light.questions.is_empty());
        assert_eq!(lesson.restore(&light), incident);
    }
}
