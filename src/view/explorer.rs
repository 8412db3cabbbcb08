//! One loaded view, drawn: the masthead, the linked filters, map, matrix and detail, and below
//! them the incident's details, every reaction in full and the codebook. Everything it draws is
//! derived in the core (`derived`, `view_model`), each part memoised on what it depends on, so a
//! click re-derives only what it changed; this component only wires the parts to the views. At
//! build time the same component writes the page's first screen (`first_screen`), which leaves
//! out what is below the fold and the map's shapes, and keeps every box its final size so
//! nothing moves when the live widget takes its place.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::derived::{offered, Counts, Derived};
use crate::i18n::strings;
use crate::model::{CountryNames, Incident};
use crate::session::MapLoad;
use crate::standing::standings;
use crate::view_change::ViewChange;
use crate::view_mode::{Part, ViewMode};
use crate::view_model::{DetailView, Highlight, MapView};
use crate::view_query::{Ignored, ViewQuery};

use super::app::Action;
#[cfg(not(target_family = "wasm"))]
use super::PartView;
use super::{
    class_tools, codebook_legend, credit_line, filter_panel, incident_heading, incident_notes,
    incident_summary, mode_switch, notices, share_panel, toolbar, CountryMap, DetailPanel, FilterPanelProps,
    PartHost, ReactionList, ReactionTable, Shared, SortChoice, ToolbarProps,
};
#[cfg(target_family = "wasm")]
use super::{prefetch_extras, OnDemand};

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub catalogue: Shared<Catalogue>,
    pub incident: Shared<Incident>,
    /// Every incident of the catalogue, when the comparison is shown.
    #[prop_or_default]
    pub incidents: Vec<Shared<Incident>>,
    pub names: Shared<CountryNames>,
    pub map: MapLoad,
    pub view: Shared<ViewQuery>,
    #[prop_or_default]
    pub notices: Vec<Ignored>,
    /// A requested view is still loading.
    #[prop_or_default]
    pub busy: bool,
    #[prop_or_default]
    pub first_screen: bool,
    pub on_edit: Callback<ViewChange>,
    #[prop_or_default]
    pub on_dismiss: Callback<()>,
}

impl ExplorerProps {
    /// The view `query` asks for, with everything loaded at once: what the build writes as the
    /// page's first screen and what the tests render. `page_lang` is the page's language.
    #[cfg(not(target_family = "wasm"))]
    pub fn loaded(
        catalogue: std::rc::Rc<Catalogue>,
        incidents: &[Incident],
        query: &str,
        page_lang: crate::model::Lang,
    ) -> ExplorerProps {
        use crate::geography::Frame;
        let wanted = ViewQuery::wanted(query, &catalogue, page_lang);
        let incident = incidents
            .iter()
            .find(|incident| incident.id() == wanted.incident)
            .expect("a catalogued incident");
        let (view, notices) = ViewQuery::parse(query, &catalogue, incident, page_lang);
        let compared = match view.mode {
            ViewMode::Compare => {
                incidents.iter().map(|incident| Shared(Rc::new(incident.in_language(view.lang)))).collect()
            }
            _ => Vec::new(),
        };
        ExplorerProps {
            catalogue: Shared(catalogue),
            incident: Shared(Rc::new(incident.in_language(view.lang))),
            incidents: compared,
            names: Shared(Rc::new(CountryNames::iso(view.lang))),
            map: MapLoad::Ready(Rc::new(Frame::generated(view.extent))),
            view: Shared(Rc::new(view)),
            notices,
            busy: false,
            first_screen: false,
            on_edit: Callback::noop(),
            on_dismiss: Callback::noop(),
        }
    }
}

#[function_component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let (view, incident) = (&props.view, &props.incident);
    let lang = view.lang;
    let words = strings(lang);
    let comparing = view.mode == ViewMode::Compare;
    // The comparison draws neither the matrix nor the map: a filter click there derives neither.
    let derived = use_memo(
        (incident.clone(), view.filter.clone(), view.order, lang, comparing),
        |(incident, filter, order, lang, comparing)| {
            (!comparing).then(|| Derived::new(incident, filter, *order, *lang))
        },
    );
    let standings =
        use_memo((incident.clone(), view.filter.clone()), |(incident, filter)| standings(incident, filter));
    let highlight = use_memo((incident.clone(), view.selection.clone()), |(incident, selection)| {
        Highlight::of(incident, selection.as_ref())
    });
    let detail = use_memo(
        (incident.clone(), props.names.clone(), Shared(standings.clone()), view.selection.clone()),
        |(incident, names, standings, selection)| {
            DetailView::derive(incident, names, standings, selection.as_ref())
        },
    );
    let map = use_memo(
        (incident.clone(), props.names.clone(), Shared(standings), props.map.clone(), comparing),
        |(incident, names, standings, map, comparing)| {
            let frame = match map {
                MapLoad::Ready(frame) => Some(&**frame),
                _ => None,
            };
            (!comparing).then(|| Rc::new(MapView::derive(incident, names, standings, frame)))
        },
    );
    let offered = use_memo((incident.clone(), props.incidents.clone()), |(incident, incidents)| {
        match incidents.is_empty() {
            true => offered(&[&**incident]),
            false => offered(&incidents.iter().map(|incident| &*incident.0).collect::<Vec<_>>()),
        }
    });
    let summed = use_memo((props.incidents.clone(), view.filter.clone()), |(incidents, filter)| {
        Counts::summed(&incidents.iter().map(|incident| &*incident.0).collect::<Vec<_>>(), filter)
    });
    let counts = (*derived).as_ref().map_or(*summed, |derived| derived.counts);
    let print = use_state(|| 0_u32);
    let idle = use_idle_prefetch();
    let on_print = {
        let print = print.clone();
        Callback::from(move |()| print.set(*print + 1))
    };
    let host = use_context::<PartHost>();
    let prefetch = Callback::from(move |comparison: bool| {
        prefetch_extras(comparison.then_some(lang));
        // The widget reads them too: the comparison is then shown in the frame of its click.
        if let Some(host) = host.as_ref().filter(|_| comparison) {
            host.session.dispatch(Action::WantEveryIncident);
        }
    });
    let on_incident =
        use_callback(props.on_edit.clone(), |id, on_edit| on_edit.emit(ViewChange::Incident(id)));
    let on_lang = use_callback(props.on_edit.clone(), |lang, on_edit| on_edit.emit(ViewChange::Lang(lang)));
    let incidents = use_memo((props.catalogue.clone(), lang), |(catalogue, lang)| catalogue.picker(*lang));
    let close = props.on_edit.reform(|()| ViewChange::Select(None));
    let at_default = view.shows_default(&props.catalogue);
    let compact = view.presentation.compact;
    let highlight = Shared(highlight);
    html! {
        <div class={classes!("demarche-app", compact.then_some("compact"))} lang={lang.tag()} aria-busy={props.busy.then_some("true")}>
            if !compact {
                <header class="masthead">
                    <p class="brand"><span class="brand-name">{ words.app_name }</span>{ " · " }{ words.tagline }</p>
                    { toolbar(&ToolbarProps { lang, incidents: (*incidents).clone(), incident: view.incident.clone(), on_incident, on_lang }) }
                    { share_panel(view) }
                </header>
            }
            { notices(lang, &props.notices, &props.on_dismiss) }
            <main class={classes!("content", view.story.is_some().then_some("with-story"))}>
                if compact {
                    { credit_line(incident, &props.catalogue, view) }
                } else if comparing {
                    <h1 id="incident-title">{ words.mode(ViewMode::Compare) }</h1>
                } else {
                    { incident_heading(incident, &props.names) }
                }
                if !comparing {
                    { incident_notes(incident, lang) }
                }
                <div class="view-bar">
                    { mode_switch(lang, view.mode, props.catalogue.incidents.len(), &props.on_edit, &prefetch) }
                    // Compact is for an article: the story opens there only from a ?story= link.
                    if !compact {
                        { class_tools(incident, view, &props.on_edit, &on_print, &prefetch) }
                    }
                </div>
                if view.story.is_some() {
                    { part_slot(Part::Story, props, 0) }
                }
                { filter_panel(&FilterPanelProps {
                    incident: incident.clone(),
                    offered,
                    lang,
                    filter: view.filter.clone(),
                    sort: if comparing { SortChoice::Compare(view.compare_order) } else { SortChoice::Rows(view.order) },
                    counts,
                    at_default,
                    on_edit: props.on_edit.clone(),
                }) }
                <div class={classes!("explorer", comparing.then_some("comparing"))}>
                    // Derived only outside the comparison, which draws its own table in their place.
                    if let (Some(derived), Some(map)) = ((*derived).as_ref(), (*map).clone()) {
                        <CountryMap
                            {lang}
                            view={Shared(map)}
                            extent={view.extent}
                            map={props.map.clone()}
                            highlight={highlight.clone()}
                            draw_shapes={!props.first_screen}
                            {compact}
                            on_edit={props.on_edit.clone()}
                        />
                        if view.mode == ViewMode::Timeline {
                            { part_slot(Part::Timeline, props, 0) }
                        } else {
                            <ReactionTable {lang} view={Shared(derived.table.clone())} highlight={highlight.clone()} on_edit={props.on_edit.clone()} />
                        }
                    } else {
                        { part_slot(Part::Comparison, props, 0) }
                    }
                    <DetailPanel
                        incident={incident.clone()}
                        {lang}
                        view={Shared(detail)}
                        // In the story, the step brings into view what it shows, not the panel.
                        selection={view.story.is_none().then(|| view.selection.clone()).flatten()}
                        on_edit={props.on_edit.clone()}
                        on_close={close}
                    />
                </div>
                if !props.first_screen && !compact {
                    if let Some(derived) = (*derived).as_ref() {
                        { incident_summary(incident, &props.names) }
                        <ReactionList incident={incident.clone()} {lang} listed={Shared(derived.listed.clone())} />
                    }
                    { codebook_legend(lang) }
                }
                if !props.first_screen && !comparing && (idle || *print > 0) {
                    { part_slot(Part::Handout, props, *print) }
                }
            </main>
        </div>
    }
}

/// A part the extras module draws (`OnDemand`); at build time and in native tests, drawn here.
#[cfg(target_family = "wasm")]
fn part_slot(part: Part, props: &ExplorerProps, print: u32) -> Html {
    html! { <OnDemand {part} view={props.view.clone()} catalogue={props.catalogue.clone()} {print} /> }
}

#[cfg(not(target_family = "wasm"))]
fn part_slot(part: Part, props: &ExplorerProps, _print: u32) -> Html {
    html! {
        <PartView
            {part}
            catalogue={props.catalogue.clone()}
            incident={props.incident.clone()}
            incidents={props.incidents.clone()}
            names={props.names.clone()}
            view={props.view.clone()}
            on_edit={props.on_edit.clone()}
        />
    }
}

/// True once the browser has been idle after the first draw: then the extras module is
/// fetched and the handout drawn, so that printing (even from the browser's menu) finds it.
#[cfg(target_family = "wasm")]
#[hook]
fn use_idle_prefetch() -> bool {
    let idle = use_state_eq(|| false);
    {
        let idle = idle.clone();
        use_effect_with((), move |()| {
            super::when_idle(move || {
                prefetch_extras(None);
                idle.set(true);
            })
        });
    }
    *idle
}

#[cfg(not(target_family = "wasm"))]
#[hook]
fn use_idle_prefetch() -> bool {
    false
}

#[cfg(not(target_family = "wasm"))]
fn prefetch_extras(_compare_in: Option<crate::model::Lang>) {}
