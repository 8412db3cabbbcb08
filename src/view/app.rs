//! The root component: holds the reader's view, keeps it in the URL (so links and the back
//! button work), and lays out the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::i18n::strings;
use crate::model::Lang;
use crate::view_query::{Ignored, ViewQuery};

use super::{
    CodebookLegend, CountryMap, DetailPanel, FilterPanel, IncidentHeading, IncidentSummary, Notices,
    ReactionList, ReactionTable, Toolbar,
};

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

/// The reader's view, the notices about the link that opened it, and how the next URL
/// write should treat the browser's history.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    pub view: Rc<ViewQuery>,
    pub notices: Vec<Ignored>,
    pub history: HistoryWrite,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryWrite {
    /// A new step the back button returns from.
    Push,
    /// The same step, refined (typing in the search box) or read from the URL itself.
    Replace,
}

pub enum Action {
    Show(ViewQuery),
    /// The browser moved through its history to a URL with this view.
    Arrive(ViewQuery),
    DismissNotices,
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Show(view) => {
                let typing = view.differs_only_in_text(&self.view);
                next.history = if typing { HistoryWrite::Replace } else { HistoryWrite::Push };
                next.view = Rc::new(view);
            }
            Action::Arrive(view) => {
                next.history = HistoryWrite::Replace;
                next.view = Rc::new(view);
            }
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
        ViewState { view: Rc::new(view), notices, history: HistoryWrite::Replace }
    });
    use_url_sync(&props.catalogue, &state);
    let view = state.view.clone();
    let incident =
        props.catalogue.find(&view.incident).unwrap_or_else(|| props.catalogue.default_incident()).clone();
    let words = strings(view.lang);
    let on_change = {
        let state = state.clone();
        Callback::from(move |view: ViewQuery| state.dispatch(Action::Show(view)))
    };
    let on_incident = {
        let (on_change, catalogue, lang) = (on_change.clone(), props.catalogue.clone(), view.lang);
        Callback::from(move |id: String| {
            if let Some(incident) = catalogue.find(&id) {
                on_change.emit(ViewQuery::default_for(incident, lang));
            }
        })
    };
    let on_lang = {
        let (on_change, view) = (on_change.clone(), view.clone());
        Callback::from(move |lang: Lang| on_change.emit(ViewQuery { lang, ..(*view).clone() }))
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DismissNotices))
    };
    let incidents: Vec<(String, String)> = props
        .catalogue
        .incidents()
        .iter()
        .map(|incident| (incident.id().to_string(), incident.facts.title.get(view.lang).to_string()))
        .collect();
    html! {
        <div class="demarche-app" lang={view.lang.tag()}>
            <header class="masthead">
                <p class="brand"><span class="brand-name">{ words.app_name }</span>{ " · " }{ words.tagline }</p>
                <Toolbar lang={view.lang} {incidents} incident={view.incident.clone()} {on_incident} {on_lang} />
            </header>
            <Notices lang={view.lang} ignored={state.notices.clone()} {on_dismiss} />
            <div class="content">
                <IncidentHeading lang={view.lang} incident={incident.clone()} />
                <FilterPanel incident={incident.clone()} view={view.clone()} on_change={on_change.clone()} />
                <div class="explorer">
                    <CountryMap incident={incident.clone()} view={view.clone()} on_change={on_change.clone()} />
                    <ReactionTable incident={incident.clone()} view={view.clone()} on_change={on_change.clone()} />
                    <DetailPanel incident={incident.clone()} view={view.clone()} on_change={on_change.clone()} />
                </div>
                <IncidentSummary lang={view.lang} incident={incident.clone()} />
                <ReactionList incident={incident.clone()} view={view.clone()} {on_change} />
                <CodebookLegend lang={view.lang} />
            </div>
        </div>
    }
}

/// Writes each new view into the URL and follows the back and forward buttons. Effects run
/// only in a browser, so server-side rendering never touches `window`.
#[hook]
fn use_url_sync(catalogue: &Rc<Catalogue>, state: &UseReducerHandle<ViewState>) {
    {
        let catalogue = catalogue.clone();
        use_effect_with(state.view.clone(), {
            let history = state.history;
            move |view: &Rc<ViewQuery>| write_url(&view.to_query(&catalogue), history)
        });
    }
    let catalogue = catalogue.clone();
    let state = state.clone();
    use_effect_with((), move |()| {
        let window = gloo::utils::window();
        let listener = gloo::events::EventListener::new(&window, "popstate", move |_| {
            let query = gloo::utils::window().location().search().unwrap_or_default();
            state.dispatch(Action::Arrive(ViewQuery::parse(&query, &catalogue).0));
        });
        move || drop(listener)
    });
}

fn write_url(query: &str, history: HistoryWrite) {
    let window = gloo::utils::window();
    let location = window.location();
    if location.search().unwrap_or_default() == query {
        return;
    }
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        query,
        location.hash().unwrap_or_default()
    );
    let Ok(browser_history) = window.history() else { return };
    // In an iframe, history entries belong to the host page too: a reader pressing Back should
    // leave the article, not undo a filter. The address still follows the view.
    let top = window.top().ok().flatten().map(wasm_bindgen::JsValue::from);
    let embedded = top.is_some_and(|top| top != wasm_bindgen::JsValue::from(window.clone()));
    let history = if embedded { HistoryWrite::Replace } else { history };
    let _ = match history {
        HistoryWrite::Push => {
            browser_history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        HistoryWrite::Replace => {
            browser_history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
    };
}
