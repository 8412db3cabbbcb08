//! The root component: holds the view state and lays out the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::i18n::strings;
use crate::model::Lang;
use crate::view_query::ViewQuery;

use super::{CodebookLegend, IncidentSummary, Notices, ReactionList, ReactionTable, Toolbar};

#[derive(Properties)]
pub struct AppProps {
    pub catalogue: Rc<Catalogue>,
    /// The page's query string, as the link that opened it asked.
    #[prop_or_default]
    pub query: AttrValue,
}

/// The catalogue is immutable once loaded: the same `Rc` is the same catalogue.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.catalogue, &other.catalogue) && self.query == other.query
    }
}

/// Everything a reader can change; one value so that views stay pure functions of it.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    pub incident: String,
    pub lang: Lang,
    pub notices: Vec<(String, String)>,
}

pub enum Action {
    ChooseIncident(String),
    ChooseLang(Lang),
    DismissNotices,
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ChooseIncident(id) => next.incident = id,
            Action::ChooseLang(lang) => next.lang = lang,
            Action::DismissNotices => next.notices.clear(),
        }
        Rc::new(next)
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let catalogue = props.catalogue.clone();
    let query = props.query.clone();
    let state = use_reducer(move || {
        let (view, notices) = ViewQuery::parse(&query, &catalogue);
        ViewState { incident: view.incident, lang: view.lang, notices }
    });
    let incident =
        props.catalogue.find(&state.incident).unwrap_or_else(|| props.catalogue.default_incident());
    let words = strings(state.lang);
    let on_incident = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::ChooseIncident(id)))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(Action::ChooseLang(lang)))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DismissNotices))
    };
    html! {
        <div class="demarche-app" lang={state.lang.tag()}>
            <header class="masthead">
                <p class="brand"><span class="brand-name">{ words.app_name }</span>{ " · " }{ words.tagline }</p>
                <Toolbar
                    lang={state.lang}
                    incidents={props.catalogue.incidents().iter().map(|i| (i.id().to_string(), i.facts.title.get(state.lang).to_string())).collect::<Vec<_>>()}
                    incident={state.incident.clone()}
                    {on_incident}
                    {on_lang}
                />
            </header>
            <Notices lang={state.lang} ignored={state.notices.clone()} {on_dismiss} />
            <div class="content">
                <IncidentSummary lang={state.lang} incident={incident.clone()} />
                <ReactionTable lang={state.lang} incident={incident.clone()} />
                <ReactionList lang={state.lang} incident={incident.clone()} />
                <CodebookLegend lang={state.lang} />
            </div>
        </div>
    }
}
