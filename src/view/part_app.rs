//! The extras module's root (src/bin/demarche-extras.rs): one part of the reader's view, drawn
//! from its link. It loads what the part needs through the same session as the widget (the
//! HTTP cache already holds the files), follows each new link the widget gives it, and hands
//! the reader's changes back as the link of the view they ask for.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::session::Session;
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

#[function_component]
pub fn PartApp(props: &PartAppProps) -> Html {
    let session = {
        let (query, lang, part) = (props.query.clone(), props.page_lang, props.part);
        use_reducer(move || {
            let mut session = Session::new(&query, lang);
            if matches!(part, Part::Story | Part::Handout) {
                session.want_lesson();
            }
            session
        })
    };
    use_fetching(&props.catalogue_url, &session);
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
    let on_edit = {
        let (session, on_link) = (session.clone(), props.on_link.clone());
        Callback::from(move |change: ViewChange| {
            let mut next = (*session).clone();
            next.change(change);
            if let Some(link) = next.requested_link() {
                on_link.emit(link);
            }
        })
    };
    let on_retry = {
        let dispatcher = session.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::Retry))
    };
    let want_glossary = {
        let dispatcher = session.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::WantGlossary))
    };
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
