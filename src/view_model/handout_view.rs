//! The printed handout, as data: the story's steps as numbered paragraphs with the numbers of
//! the sources behind them, the questions, every source numbered with its address as typed
//! from paper, and the link that reopens the view.

use crate::catalogue::Catalogue;
use crate::i18n::origin_line;
use crate::model::Incident;
use crate::view_query::ViewQuery;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoutStep<'a> {
    pub title: &'a str,
    /// Marked prose; paper draws its terms as plain words.
    pub text: &'a str,
    /// `Some("en")` when the step is English in the Czech view (`Text::lang`).
    pub lang: Option<&'static str>,
    /// " [1, 4]": the numbers of its sources in the list below.
    pub cited: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoutSource<'a> {
    pub publisher: &'a str,
    /// The publisher's language, when it is not the reader's.
    pub lang: Option<&'a str>,
    /// The address without `https://` and `www.`, which browsers add.
    pub address: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoutView<'a> {
    pub story: Vec<HandoutStep<'a>>,
    pub questions: Vec<&'a str>,
    pub sources: Vec<HandoutSource<'a>>,
    /// The query string that reopens the view in full (not compact); the page adds its address.
    pub link: String,
    /// Where a reader's own file comes from (`i18n::origin_line`), said on paper too.
    pub origin: Option<String>,
}

impl<'a> HandoutView<'a> {
    pub fn derive(incident: &'a Incident, view: &ViewQuery, catalogue: &Catalogue) -> HandoutView<'a> {
        let lang = view.lang;
        let number =
            |id: &String| incident.sources.iter().position(|source| source.id == *id).map(|at| at + 1);
        let story = incident
            .story
            .iter()
            .map(|step| {
                let cited: Vec<String> =
                    step.sources.iter().filter_map(number).map(|n| n.to_string()).collect();
                HandoutStep {
                    title: step.title.get(lang),
                    text: step.text.get(lang),
                    lang: step.text.lang(lang),
                    cited: format!(" [{}]", cited.join(", ")),
                }
            })
            .collect();
        let sources = incident
            .sources
            .iter()
            .map(|source| HandoutSource {
                publisher: &source.publisher,
                lang: (source.lang != lang.tag()).then_some(source.lang.as_str()),
                address: bare(source.url.as_str()),
            })
            .collect();
        HandoutView {
            story,
            questions: incident.questions.iter().map(|question| question.get(lang)).collect(),
            sources,
            link: view.full_query(catalogue),
            origin: incident.origin.as_deref().map(|url| origin_line(lang, url)),
        }
    }
}

/// An address as typed from paper: browsers add the `https://` and the `www.`.
fn bare(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.strip_prefix("www.").unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn addresses_lose_what_browsers_add() {
        assert_eq!(bare("https://www.example.org/a?b=1"), "example.org/a?b=1");
        assert_eq!(bare("http://mzv.gov.cz/x"), "mzv.gov.cz/x");
    }

    #[test]
    fn a_source_in_another_language_is_marked() {
        let incident = crate::load::minimal();
        let catalogue = crate::bundle::bundle(std::slice::from_ref(&incident)).catalogue;
        let (view, _) = ViewQuery::parse("?embed=compact&lang=cs", &catalogue, &incident, Lang::En);
        let handout = HandoutView::derive(&incident, &view, &catalogue);
        assert_eq!(handout.sources.len(), incident.sources.len());
        assert!(handout.sources.iter().any(|source| source.lang == Some("en")));
        assert!(!handout.link.contains("embed"), "the handout links the full view: {}", handout.link);
        assert_eq!(handout.origin, None, "the site's own incident");
    }

    #[test]
    fn a_readers_own_file_says_where_it_comes_from_on_paper() {
        let mut incident = crate::load::minimal();
        incident.origin = Some("https://example.org/own.bin".into());
        let catalogue = crate::bundle::bundle(std::slice::from_ref(&incident)).catalogue;
        let (view, _) = ViewQuery::parse("", &catalogue, &incident, Lang::En);
        let handout = HandoutView::derive(&incident, &view, &catalogue);
        assert_eq!(
            handout.origin.as_deref(),
            Some("This incident comes from example.org, not from this site.")
        );
    }
}
