//! The root component: fetches what the reader's view needs, holds that view, keeps it in the
//! URL (so links and the back button work), and draws it, or says what could not be loaded.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::session::{HistoryWrite, LoadError, Loaded, MapLoad, Resource, Session};
use crate::view_change::ViewChange;
use crate::view_mode::ViewMode;
use crate::view_query::ViewQuery;

use super::{load_panel, Explorer, GlossaryContext, PartHost, Shared};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The catalogue's address, relative to the page; every other data file lies beside it.
    pub catalogue_url: AttrValue,
    /// The page's query string, as the link that opened it asked.
    #[prop_or_default]
    pub query: AttrValue,
    /// The language the page itself is written in.
    #[prop_or_default]
    pub page_lang: Lang,
    /// Told whenever what the widget can show changes, so the page knows when to put it in
    /// the place of the screen written at build time.
    #[prop_or_default]
    pub on_phase: Callback<Phase>,
    /// The data files the page preloads, with their addresses: fetched at once, all together,
    /// rather than one step after the catalogue that names them.
    #[prop_or_default]
    pub early: Vec<(Resource, String)>,
    /// The page does not open readers' own files (`<meta name="demarche-data" content="off">`).
    #[prop_or_default]
    pub refuse_own: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Loading,
    /// A view is drawn with its map, or with word that the map could not come.
    Shown,
    /// Nothing can be shown: the panel says why and offers to try again.
    Failed,
}

pub enum Action {
    Begin(Resource),
    Arrive(Resource, Result<Loaded, LoadError>),
    Change(ViewChange),
    /// The browser moved through its history to a URL with this query.
    FollowLink(String),
    /// A part drawn by the extras module asks for the view of this link.
    GoTo(String),
    Retry,
    DismissNotices,
    WantGlossary,
    /// The reader is about to open the comparison (its control is hovered or focused).
    WantEveryIncident,
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Begin(resource) => next.begin(resource),
            Action::Arrive(resource, result) => next.arrive(resource, result),
            Action::Change(change) => next.change(change),
            Action::FollowLink(query) => next.follow_link(&query),
            Action::GoTo(query) => next.go_to(&query),
            Action::Retry => next.retry(),
            Action::DismissNotices => next.dismiss_notices(),
            Action::WantGlossary => next.want_glossary(),
            // Each hover asks again; the same session is not drawn again.
            Action::WantEveryIncident if !next.want_every_incident() => return self,
            Action::WantEveryIncident => {}
        }
        Rc::new(next)
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let session = {
        let (query, lang, early) = (props.query.clone(), props.page_lang, props.early.clone());
        let refuse_own = props.refuse_own;
        use_reducer(move || {
            let mut session = Session::new(&query, lang);
            if refuse_own {
                session.refuse_own();
            }
            early.into_iter().for_each(|(resource, _)| session.begin(resource));
            session
        })
    };
    use_early_fetches(&props.early, &session);
    use_fetching(&props.catalogue_url, &session);
    use_url_sync(&session);
    let dispatcher = session.dispatcher();
    let on_edit =
        use_callback(dispatcher.clone(), |change, dispatcher| dispatcher.dispatch(Action::Change(change)));
    let on_dismiss =
        use_callback(dispatcher.clone(), |(), dispatcher| dispatcher.dispatch(Action::DismissNotices));
    let on_retry = use_callback(dispatcher.clone(), |(), dispatcher| dispatcher.dispatch(Action::Retry));
    let want_glossary =
        use_callback(dispatcher.clone(), |(), dispatcher| dispatcher.dispatch(Action::WantGlossary));
    let host = PartHost {
        catalogue_url: props.catalogue_url.clone(),
        page_lang: props.page_lang,
        session: dispatcher,
    };
    let explorer = session.shown().and_then(|view| {
        Some(html! {
            <Explorer
                catalogue={Shared(session.catalogue()?)}
                incident={Shared(session.incident(&view.incident, view.lang)?)}
                incidents={match view.mode {
                    ViewMode::Compare => session.incidents(view.lang).into_iter().map(Shared).collect(),
                    _ => Vec::new(),
                }}
                names={Shared(session.names(view.lang)?)}
                map={session.map(view.extent)}
                view={Shared(view.clone())}
                notices={session.notices.clone()}
                busy={session.busy()}
                on_edit={on_edit.clone()}
                on_dismiss={on_dismiss.clone()}
            />
        })
    });
    let phase = match (&explorer, session.failure()) {
        (Some(_), _) if session.shown().is_some_and(|view| session.map(view.extent) != MapLoad::Loading) => {
            Phase::Shown
        }
        (None, Some(_)) => Phase::Failed,
        _ => Phase::Loading,
    };
    use_effect_with(phase, {
        let on_phase = props.on_phase.clone();
        move |phase| on_phase.emit(*phase)
    });
    let lang =
        session.shown().map_or_else(|| ViewQuery::lang_of(&props.query, props.page_lang), |view| view.lang);
    let glossary = GlossaryContext { lang, glossary: session.glossary(lang), want: want_glossary };
    html! {
        <ContextProvider<GlossaryContext> context={glossary}>
        <ContextProvider<PartHost> context={host}>
            if let Some(error) = session.failure() {
                { load_panel(lang, error, &on_retry) }
            }
            if let Some(explorer) = explorer {
                { explorer }
            } else if session.failure().is_none() {
                <p class="loading">{ strings(lang).loading }</p>
            }
        </ContextProvider<PartHost>>
        </ContextProvider<GlossaryContext>>
    }
}

/// Fetches what the page preloads, once, at the start: the session already counts them as
/// asked for.
#[hook]
fn use_early_fetches(early: &[(Resource, String)], session: &UseReducerHandle<Session>) {
    let (early, dispatcher) = (early.to_vec(), session.dispatcher());
    use_effect_with((), move |()| {
        for (resource, address) in early {
            start(resource, Some(address), dispatcher.clone());
        }
    });
}

/// Starts a fetch for every data file the reader's view needs and nobody has asked for yet.
/// Effects run only in a browser, so rendering at build time never fetches.
#[hook]
pub(super) fn use_fetching(catalogue_url: &AttrValue, session: &UseReducerHandle<Session>) {
    let needs = session.needs();
    let catalogue = session.catalogue();
    let (url, dispatcher) = (catalogue_url.clone(), session.dispatcher());
    use_effect_with(needs, move |needs: &Vec<Resource>| {
        for resource in needs.clone() {
            dispatcher.dispatch(Action::Begin(resource.clone()));
            let address = resource.url(&url, catalogue.as_deref());
            start(resource, address, dispatcher.clone());
        }
    });
}

/// Fetches a data file and tells the session what came.
fn start(resource: Resource, address: Option<String>, dispatcher: UseReducerDispatcher<Session>) {
    yew::platform::spawn_local(async move {
        let result = match (&resource, address) {
            (Resource::Own(_), Some(address)) => crate::fetch::load_own(&resource, &address).await,
            (_, address) => crate::fetch::load(&resource, address).await,
        };
        dispatcher.dispatch(Action::Arrive(resource, result));
    });
}

/// Writes each new view into the URL and follows the back and forward buttons.
#[hook]
fn use_url_sync(session: &UseReducerHandle<Session>) {
    let query = session
        .shown()
        .zip(session.catalogue())
        .map(|(view, catalogue)| view.to_query(&catalogue, session.page_lang()));
    let history = session.history;
    use_effect_with(query, move |query: &Option<String>| {
        if let Some(query) = query {
            writeAddress(query, history == HistoryWrite::Replace);
        }
    });
    let dispatcher = session.dispatcher();
    use_effect_with((), move |()| {
        let window = gloo::utils::window();
        let listener = gloo::events::EventListener::new(&window, "popstate", move |_| {
            let query = gloo::utils::window().location().search().unwrap_or_default();
            dispatcher.dispatch(Action::FollowLink(query));
        });
        move || drop(listener)
    });
}

/// How the widget writes its view into the address, in src/embed/address.js (copied as written,
/// so its words live here). Once the browser is idle after the frame that shows the new view:
/// writing history took Chromium some milliseconds of each click's frame (BENCHMARKS.md). At
/// once, the link goes on the widget's root (`data-link`), where the share panel reads the view
/// it exports. A query the address already has is not written again. In a frame, history
/// entries belong to the host page too: a reader pressing Back should leave the article, not
/// undo a filter, so the entry is replaced there, and the address still follows the view.
#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/embed/address.js")]
extern "C" {
    fn writeAddress(query: &str, replace: bool);
}
