//! The parts of a view that few readers open: the comparison, the timeline, the story and the
//! print handout. They are drawn from the same core models as the rest of the explorer; in the
//! browser they come in a module of their own (src/bin/demarche-extras.rs) that the explorer
//! loads when a part is first opened (`OnDemand`), and at build time and in native tests the
//! explorer draws them in place.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::comparison::{CompareFilter, Comparison, Responder};
use crate::derived::Derived;
use crate::model::{CountryNames, Incident, Lang};
use crate::session::Session;
use crate::timeline::Timeline;
use crate::view_change::ViewChange;
use crate::view_mode::Part;
use crate::view_model::{
    AlignedView, CoalitionView, CompareFilterView, ComparisonView, HandoutView, Highlight, ProfileView,
    StoryView, TimelineView,
};
use crate::view_query::ViewQuery;

use super::when_idle::use_when_idle;
use super::{
    comparison_view, handout, notices, profile_view, ComparisonProps, ProfileProps, Shared, StoryPanel,
    TimelineChart,
};

/// What the widget tells the parts it loads on demand: where the data is, the page's language,
/// and its session, where the links the parts ask for go (`Action::GoTo`) and which reads
/// ahead what a part is about to need.
#[derive(Clone, PartialEq)]
pub struct PartHost {
    pub catalogue_url: AttrValue,
    pub page_lang: Lang,
    pub session: UseReducerDispatcher<Session>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct PartViewProps {
    pub part: Part,
    pub catalogue: Shared<Catalogue>,
    pub incident: Shared<Incident>,
    /// Every incident of the catalogue, for the comparison.
    #[prop_or_default]
    pub incidents: Vec<Shared<Incident>>,
    pub names: Shared<CountryNames>,
    pub view: Shared<ViewQuery>,
    /// The handout asks the browser to print it once it is drawn.
    #[prop_or_default]
    pub print: bool,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn PartView(props: &PartViewProps) -> Html {
    let back_from = use_profile_focus(props.part, props.view.profile.clone());
    match props.part {
        Part::Comparison if props.view.profile.is_some() => html! { <ProfilePart ..props.clone() /> },
        Part::Comparison => html! { <ComparisonPart part={props.clone()} {back_from} /> },
        Part::Timeline => html! { <TimelinePart ..props.clone() /> },
        Part::Story => story_part(props),
        Part::Handout => html! { <HandoutPart ..props.clone() /> },
    }
}

/// When the reader opens a profile, the button they pressed is gone with what it was in: the
/// focus goes to the profile's heading. Not when a link opens the part, which would scroll the
/// page (or the article around it) to the part as it loads. Returns the responder whose profile
/// this draw closes: the comparison puts the focus back on its name.
#[hook]
fn use_profile_focus(part: Part, profile: Option<String>) -> Option<AttrValue> {
    let last = use_mut_ref(|| None::<Option<String>>);
    let back_from = match (part, &*last.borrow(), &profile) {
        (Part::Comparison, Some(Some(id)), None) => Some(AttrValue::from(id.clone())),
        _ => None,
    };
    use_effect_with((part, profile), move |(part, profile)| {
        let before = last.borrow_mut().replace(profile.clone());
        let opened = before.is_some_and(|before| before != *profile) && profile.is_some();
        if *part == Part::Comparison && opened {
            // After the part below has drawn the heading.
            gloo::timers::callback::Timeout::new(0, || focus_in_page("#profile-heading")).forget();
        }
    });
    back_from
}

fn focus_in_page(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Ok(Some(element)) = gloo::utils::document().query_selector(selector) {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Once per filter, choice of incidents, order and language, not per redraw. What the link
/// says of the choice that cannot be honoured gets the notice any parameter gets; dismissing
/// it keeps the rest of the choice.
#[derive(Properties, PartialEq)]
struct ComparisonPartProps {
    part: PartViewProps,
    #[prop_or_default]
    back_from: Option<AttrValue>,
}

#[function_component]
fn ComparisonPart(ComparisonPartProps { part: props, back_from }: &ComparisonPartProps) -> Html {
    let view = &props.view;
    let (compare, ignored) = CompareFilter::read(&view.compare);
    let model = use_memo(
        (
            props.incidents.clone(),
            view.filter.clone(),
            compare.clone(),
            view.compare_order,
            props.names.clone(),
        ),
        |(incidents, filter, compare, order, names)| {
            let all: Vec<&Incident> = incidents.iter().map(|incident| &*incident.0).collect();
            let list = compare.keep(&all);
            let comparison = Comparison::build(&list, filter, *order, names, names.lang);
            let choosing = CompareFilterView::derive(&all, compare, list.len(), names);
            (Rc::new(ComparisonView::derive(&list, &comparison, filter, names)), choosing)
        },
    );
    // What lies below the table is drawn once the browser is idle after the table
    // (`use_when_idle`), from the filter and choice of that moment. The coalitions have their own
    // memo: switching the relation, which the reader does while looking at them, redraws them
    // at once and leaves the rest as it is.
    let below = use_when_idle((view.filter.clone(), compare.clone()));
    let behind = below.as_ref().is_none_or(|(filter, chosen)| *filter != view.filter || *chosen != compare);
    let coalitions = use_memo(
        (props.incidents.clone(), below.clone(), view.coalition, props.names.clone()),
        |(incidents, below, relation, names)| {
            let (filter, compare) = below.as_ref()?;
            let all: Vec<&Incident> = incidents.iter().map(|incident| &*incident.0).collect();
            Some(Rc::new(CoalitionView::derive(&compare.keep(&all), filter, *relation, names)))
        },
    );
    let aligned = use_memo((props.incidents.clone(), below, view.lang), |(incidents, below, lang)| {
        let (filter, compare) = below.as_ref()?;
        let all: Vec<&Incident> = incidents.iter().map(|incident| &*incident.0).collect();
        Some(Rc::new(AlignedView::derive(&compare.keep(&all), filter, *lang)))
    });
    let (model, choosing) = &*model;
    let dismiss = {
        let honoured = compare.pairs();
        props.on_edit.reform(move |()| ViewChange::Compare(honoured.clone()))
    };
    let below = (*coalitions).clone().map(Shared).zip((*aligned).clone().map(Shared));
    html! {
        <>
            { notices(view.lang, &ignored, &dismiss) }
            { comparison_view(&ComparisonProps {
                model,
                choosing,
                compare: &compare,
                below,
                behind,
                view,
                keep: back_from.clone(),
                on_edit: &props.on_edit,
            }) }
        </>
    }
}

/// A responder's profile opens from the comparison, in its place: once per responder, filter,
/// choice of incidents and language, over the incidents the comparison it opens from compares.
/// A responder no incident knows leaves the comparison, with the notice any parameter of a
/// link that cannot be honoured gets.
#[function_component]
fn ProfilePart(props: &PartViewProps) -> Html {
    let view = &props.view;
    let model = use_memo(
        (
            props.incidents.clone(),
            view.profile.clone(),
            view.filter.clone(),
            view.compare.clone(),
            props.names.clone(),
        ),
        |(incidents, id, filter, compare, names)| {
            let all: Vec<&Incident> = incidents.iter().map(|incident| &*incident.0).collect();
            let responder = Responder::find(id.as_deref().unwrap_or_default(), &all)?;
            // What cannot be honoured gets its notice in the comparison, once back there.
            let compare = CompareFilter::read(compare).0;
            Some(ProfileView::of_compared(&all, &compare, &responder, filter, names))
        },
    );
    match &*model {
        Some(model) => profile_view(&ProfileProps { model, view, on_edit: &props.on_edit }),
        None => {
            let unknown = [("profile".to_string(), view.profile.clone().unwrap_or_default())];
            let dismiss = props.on_edit.reform(|()| ViewChange::Profile(None));
            html! { <>{ notices(view.lang, &unknown, &dismiss) }<ComparisonPart part={props.clone()} /></> }
        }
    }
}

#[function_component]
fn TimelinePart(props: &PartViewProps) -> Html {
    let (view, incident) = (&props.view, &props.incident);
    let model = use_memo(
        (incident.clone(), view.filter.clone(), view.order, view.lang),
        |(incident, filter, order, lang)| {
            let derived = Derived::new(incident, filter, *order, *lang);
            TimelineView::derive(incident, &Timeline::of(incident, filter, &derived.matrix), *lang)
        },
    );
    let highlight = use_memo((incident.clone(), view.selection.clone()), |(incident, selection)| {
        Highlight::of(incident, selection.as_ref())
    });
    html! {
        <TimelineChart lang={view.lang} view={Shared(model)} highlight={Shared(highlight)} on_edit={props.on_edit.clone()} />
    }
}

fn story_part(props: &PartViewProps) -> Html {
    let (view, incident) = (&props.view, &props.incident);
    let Some(story) = view.story.and_then(|step| StoryView::derive(incident, step, view.lang)) else {
        return Html::default();
    };
    html! { <StoryPanel incident={incident.clone()} lang={view.lang} {story} on_edit={props.on_edit.clone()} /> }
}

/// Drawn only for print; a reader who asked to print gets the dialog once it is on the page.
#[function_component]
fn HandoutPart(props: &PartViewProps) -> Html {
    use_effect_with(props.print, |&print| {
        if print {
            let _ = gloo::utils::window().print();
        }
    });
    let view = &props.view;
    handout(&HandoutView::derive(&props.incident, view, &props.catalogue), view.lang)
}
