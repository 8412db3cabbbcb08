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
use crate::comparison::Comparison;
use crate::derived::{offered, Counts, Derived};
use crate::i18n::strings;
use crate::model::{CountryNames, Incident};
use crate::session::MapLoad;
use crate::timeline::Timeline;
use crate::view_change::ViewChange;
use crate::view_mode::ViewMode;
use crate::view_model::{
    ComparisonView, DetailView, HandoutView, Highlight, MapView, StoryView, TimelineView,
};
use crate::view_query::{Ignored, ViewQuery};

use super::{
    class_tools, codebook_legend, comparison_view, credit_line, filter_panel, handout, incident_heading,
    incident_summary, mode_switch, notices, share_panel, timeline_chart, toolbar, ComparisonProps,
    CountryMap, DetailPanel, FilterPanelProps, ReactionList, ReactionTable, Shared, SortChoice, StoryPanel,
    TimelineChartProps, ToolbarProps,
};

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
        catalogue: Rc<Catalogue>,
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
    let derived = use_memo(
        (incident.clone(), view.filter.clone(), view.order, lang),
        |(incident, filter, order, lang)| Derived::new(incident, filter, *order, *lang),
    );
    let highlight = use_memo((incident.clone(), view.selection.clone()), |(incident, selection)| {
        Highlight::of(incident, selection.as_ref())
    });
    let detail = use_memo(
        (incident.clone(), props.names.clone(), Shared(derived.standings.clone()), view.selection.clone()),
        |(incident, names, standings, selection)| {
            DetailView::derive(incident, names, standings, selection.as_ref())
        },
    );
    let map = use_memo(
        (incident.clone(), props.names.clone(), Shared(derived.standings.clone()), props.map.clone()),
        |(incident, names, standings, map)| {
            let frame = match map {
                MapLoad::Ready(frame) => Some(&**frame),
                _ => None,
            };
            MapView::derive(incident, names, standings, frame)
        },
    );
    // Only when it is shown: the matrix is the common case, and the timeline is built from it.
    let timeline = use_memo(
        (
            incident.clone(),
            view.filter.clone(),
            Shared(derived.matrix.clone()),
            lang,
            view.mode == ViewMode::Timeline,
        ),
        |(incident, filter, matrix, lang, shown)| {
            let timeline = || Timeline::of(incident, filter, matrix);
            shown.then(|| Rc::new(TimelineView::derive(incident, &timeline(), *lang)))
        },
    );
    let offered = use_memo((incident.clone(), props.incidents.clone()), |(incident, incidents)| {
        match incidents.is_empty() {
            true => offered(&[&**incident]),
            false => offered(&incidents.iter().map(|incident| &*incident.0).collect::<Vec<_>>()),
        }
    });
    // Once per filter and order, not per redraw: the table, its summary and the counts.
    let compared = use_memo(
        (props.incidents.clone(), view.filter.clone(), view.compare_order, props.names.clone()),
        |(incidents, filter, order, names)| {
            let list: Vec<&Incident> = incidents.iter().map(|incident| &*incident.0).collect();
            let comparison = Comparison::build(&list, filter, *order, names, names.lang);
            (
                Rc::new(ComparisonView::derive(&list, &comparison, filter, names)),
                Counts::summed(&list, filter),
            )
        },
    );
    let counts = if comparing { compared.1 } else { derived.counts };
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
            <main class="content">
                if compact {
                    { credit_line(incident, &props.catalogue, view) }
                } else if comparing {
                    <h1 id="incident-title">{ words.mode(ViewMode::Compare) }</h1>
                } else {
                    { incident_heading(incident, &props.names) }
                }
                <div class="view-bar">
                    { mode_switch(lang, view.mode, props.catalogue.incidents.len(), &props.on_edit) }
                    { class_tools(incident, view, &props.on_edit) }
                </div>
                if let Some(story) = view.story.and_then(|step| StoryView::derive(incident, step, lang)) {
                    <StoryPanel incident={incident.clone()} {lang} {story} on_edit={props.on_edit.clone()} />
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
                    if comparing {
                        { comparison_view(&ComparisonProps { model: Shared(compared.0.clone()), view, on_edit: &props.on_edit }) }
                    } else {
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
                    if let Some(timeline) = timeline.as_ref() {
                        { timeline_chart(&TimelineChartProps {
                            lang,
                            view: Shared(timeline.clone()),
                            highlight: highlight.clone(),
                            on_edit: props.on_edit.clone(),
                        }) }
                    } else {
                        <ReactionTable {lang} view={Shared(derived.table.clone())} highlight={highlight.clone()} on_edit={props.on_edit.clone()} />
                    }
                    }
                    <DetailPanel
                        incident={incident.clone()}
                        {lang}
                        view={Shared(detail)}
                        selection={view.selection.clone()}
                        on_edit={props.on_edit.clone()}
                        on_close={close}
                    />
                </div>
                if !props.first_screen && !compact {
                    if !comparing {
                        { incident_summary(incident, &props.names) }
                        <ReactionList incident={incident.clone()} {lang} listed={Shared(derived.listed.clone())} />
                    }
                    { codebook_legend(lang) }
                }
                if !props.first_screen && !comparing {
                    { handout(&HandoutView::derive(incident, view, &props.catalogue), lang) }
                }
            </main>
        </div>
    }
}
