//! The extras module's root (src/bin/demarche-extras.rs): one part of the reader's view, drawn
//! from its link. It loads what the part needs through the same session as the widget (the
//! HTTP cache already holds the files), follows each new link the widget gives it, and hands
//! the reader's changes back as the link of the view they ask for. What one part has read, the
//! next starts with: the handout, drawn when the browser is first idle, reads the view's files,
//! so a timeline or a story opened later is drawn in the frame of its click.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::session::{Loaded, Resource, Session};
use crate::view_change::ViewChange;
use crate::view_mode::{Part, ViewMode};

use super::app::{use_fetching, Action};
use super::{load_panel, GlossaryContext, PartView, Shared};

#[derive(Properties, PartialEq, Clone)]
pub struct PartAppProps {
    pub catalogue_url: AttrValue,
    /// The link of the view the widget shows.
    pub query: AttrValue,
    pub page_lang: Lang,
    pub part: Part,
    /// The handout asks the browser to print it once drawn.
    #[prop_or_default]
    pub print: bool,
    /// Told the link of each view the reader asks for; the widget goes there.
    pub on_link: Callback<String>,
}

thread_local! {
    /// The files the parts drawn so far have read, for the next part's session.
    static READ: RefCell<Vec<(Resource, Loaded)>> = const { RefCell::new(Vec::new()) };
}

/// Adds what a part's session read to what the next one starts with. Parts drawn side by
/// side (a timeline and the handout) each add theirs.
fn keep(arrived: Vec<(Resource, Loaded)>) {
    READ.with_borrow_mut(|read| {
        for (resource, loaded) in arrived {
            if read.iter().all(|(known, _)| *known != resource) {
                read.push((resource, loaded));
            }
        }
    });
}

/// Reads every incident of the catalogue in `lang` ahead of a comparison: the widget asks when
/// the comparison's control is hovered or focused, so the part finds them read when it opens.
/// A second ask while the first is under way starts nothing new.
pub fn read_every_incident(catalogue_url: AttrValue, lang: Lang) {
    thread_local!(static AHEAD: RefCell<Vec<(Lang, Rc<RefCell<Session>>)>> = const { RefCell::new(Vec::new()) });
    let session = AHEAD.with_borrow_mut(|ahead| match ahead.iter().find(|(known, _)| *known == lang) {
        Some((_, session)) => session.clone(),
        None => {
            let mut session = Session::new(&format!("?view=compare&lang={}", lang.tag()), lang);
            session.restore(READ.with_borrow(Clone::clone));
            let session = Rc::new(RefCell::new(session));
            ahead.push((lang, session.clone()));
            session
        }
    });
    read_ahead(catalogue_url, session);
}

/// Fetches what `session` needs and nobody has asked for yet, then what that brings to light
/// (the catalogue first, then the files it names), keeping each file as it arrives.
fn read_ahead(catalogue_url: AttrValue, session: Rc<RefCell<Session>>) {
    let needs = session.borrow().needs();
    for resource in needs {
        session.borrow_mut().begin(resource.clone());
        let address = resource.url(&catalogue_url, session.borrow().catalogue().as_deref());
        let (catalogue_url, session) = (catalogue_url.clone(), session.clone());
        yew::platform::spawn_local(async move {
            let result = crate::fetch::load(&resource, address).await;
            session.borrow_mut().arrive(resource, result);
            keep(session.borrow().arrived());
            read_ahead(catalogue_url, session);
        });
    }
}

#[function_component]
pub fn PartApp(props: &PartAppProps) -> Html {
    let session = {
        let (query, lang, part) = (props.query.clone(), props.page_lang, props.part);
        use_reducer(move || {
            let mut session = Session::new(&query, lang);
            if matches!(part, Part::Story | Part::Handout) {
                session.want_lesson();
            }
            session.restore(READ.with_borrow(Clone::clone));
            session
        })
    };
    use_fetching(&props.catalogue_url, &session);
    {
        let session = session.clone();
        use_effect(move || keep(session.arrived()));
    }
    {
        // The session was opened on the first link; only the later ones are followed.
        let (dispatcher, followed) = (session.dispatcher(), use_mut_ref(|| props.query.clone()));
        use_effect_with(props.query.clone(), move |query| {
            if *followed.borrow() != *query {
                *followed.borrow_mut() = query.clone();
                dispatcher.dispatch(Action::FollowLink(query.to_string()));
            }
        });
    }
    // The callbacks live as long as the part: a new one at each draw would differ from the last
    // in the props of every component below, and the comparison's rows, which are drawn again
    // only when their props change, would all be drawn again on every click.
    let latest = use_mut_ref(|| session.clone());
    *latest.borrow_mut() = session.clone();
    let on_edit = use_callback(props.on_link.clone(), move |change: ViewChange, on_link| {
        let mut next = (**latest.borrow()).clone();
        next.change(change);
        if let Some(link) = next.requested_link() {
            on_link.emit(link);
        }
    });
    let dispatcher = session.dispatcher();
    let on_retry = use_callback(dispatcher.clone(), |(), dispatcher| dispatcher.dispatch(Action::Retry));
    let want_glossary = use_callback(dispatcher, |(), dispatcher| dispatcher.dispatch(Action::WantGlossary));
    // Once per incident and lesson, so that what the parts derive from the incident holds.
    let with_lesson = session.shown().and_then(|view| session.incident_and_lesson(&view.incident, view.lang));
    let incident =
        use_memo(with_lesson.map(|(incident, lesson)| (Shared(incident), lesson.map(Shared))), |pair| {
            pair.as_ref().map(|(incident, lesson)| match lesson {
                Some(lesson) => Rc::new(lesson.restore(incident)),
                None => incident.0.clone(),
            })
        });
    let lang = session.shown().map_or(props.page_lang, |view| view.lang);
    if let Some(error) = session.failure() {
        return load_panel(lang, error, &on_retry);
    }
    let glossary = GlossaryContext { lang, glossary: session.glossary(lang), want: want_glossary };
    let drawn = session.shown().and_then(|view| {
        let comparing = props.part == Part::Comparison && view.mode == ViewMode::Compare;
        let incidents = match comparing {
            true => session.incidents(view.lang).into_iter().map(Shared).collect(),
            false => Vec::new(),
        };
        Some(html! {
            <PartView
                part={props.part}
                catalogue={Shared(session.catalogue()?)}
                incident={Shared((*incident).clone()?)}
                {incidents}
                names={Shared(session.names(view.lang)?)}
                view={Shared(view.clone())}
                print={props.print}
                {on_edit}
            />
        })
    });
    let drawn = drawn.unwrap_or_else(|| match props.part {
        Part::Handout => Html::default(),
        _ => html! { <p class="loading">{ strings(lang).loading }</p> },
    });
    // The story's terms open their definitions in place, as everywhere else.
    html! { <ContextProvider<GlossaryContext> context={glossary}>{ drawn }</ContextProvider<GlossaryContext>> }
}
