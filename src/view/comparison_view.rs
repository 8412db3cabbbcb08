//! Every incident side by side, drawn from the core's comparison model
//! (`view_model::ComparisonView`): the sentences a reader can quote, the table of responders by
//! incidents (a cell opens what that responder said in that incident), links to the whole
//! dataset, the coalition table (`CoalitionTable`), and the incidents' reactions on one day
//! axis, aligned on their attribution (`AlignedTimeline`); these two once the browser is idle
//! after the rest is drawn (`use_when_idle`).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::catalogue::dataset_link;
use crate::comparison::CompareFilter;
use crate::i18n::strings;
use crate::model::{CountryCode, Lang};
use crate::selection::Selection;
use crate::view_change::ViewChange;
use crate::view_model::{
    AlignedView, CoalitionView, CompareFilterView, ComparisonView, IncidentColumn, StateChoice,
};
use crate::view_query::ViewQuery;

use super::date_field::DateField;
use super::timeline_chart::{glyph, head, track_svg};
use super::{CoalitionTable, CompareTable, Shared};

pub struct ComparisonProps<'a> {
    pub model: &'a Rc<ComparisonView>,
    /// The choice of incidents compared, as the model offers it and as the link made it.
    pub choosing: &'a CompareFilterView,
    pub compare: &'a CompareFilter,
    /// The coalitions and the aligned timeline, drawn once the browser is idle after the table:
    /// `None` until it first is.
    pub below: Option<(Shared<CoalitionView>, Shared<AlignedView>)>,
    /// What is below the table is not yet drawn from this filter and choice of incidents: the
    /// section says it is busy.
    pub behind: bool,
    pub view: &'a ViewQuery,
    /// The responder whose profile the reader has just closed, whose row the focus goes back to.
    pub keep: Option<AttrValue>,
    pub on_edit: &'a Callback<ViewChange>,
}

pub fn comparison_view(props: &ComparisonProps) -> Html {
    let words = strings(props.view.lang);
    let model = props.model;
    html! {
        <section class="comparison" aria-labelledby="compare-heading" aria-busy={props.behind.then_some("true")}>
            <h2 id="compare-heading">{ words.compare_heading }</h2>
            { choice_of_incidents(props) }
            if !model.columns.is_empty() {
                <section class="compare-summary" aria-labelledby="summary-heading">
                    <h3 id="summary-heading">{ words.summary_heading }</h3>
                    <ul>{ for model.summary.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                </section>
            }
            <p class="compare-hint">{ words.compare_hint }{ " " }{ words.profile_hint() }</p>
            { dataset_links(props.view.lang) }
            if let Some(empty) = model.empty {
                <p class="compare-empty">{ empty }</p>
            } else {
                <CompareTable
                    model={Shared(props.model.clone())}
                    lang={props.view.lang}
                    opened={props.view.selection.clone().map(|selection| (AttrValue::from(props.view.incident.clone()), selection))}
                    all_compared={*props.compare == CompareFilter::default()}
                    keep={props.keep.clone()}
                    on_edit={props.on_edit.clone()}
                />
                if let Some((coalitions, aligned)) = &props.below {
                    <CoalitionTable model={coalitions.clone()} lang={props.view.lang} on_edit={props.on_edit.clone()} />
                    <AlignedTimeline
                        model={aligned.clone()}
                        lang={props.view.lang}
                        opened={opened_reaction(props.view)}
                        on_edit={props.on_edit.clone()}
                    />
                }
            }
        </section>
    }
}

/// Which incidents are set side by side: by the state held responsible, by a state that
/// attributed them, by when they were made public. Each change is a new view, in the link.
fn choice_of_incidents(props: &ComparisonProps) -> Html {
    let lang = props.view.lang;
    let [legend, accused, attributing, any, from] = strings(lang).compare_filter_words();
    let choosing = props.choosing;
    let edit = |change: fn(&mut CompareFilter, Option<CountryCode>)| {
        let compare = props.compare.clone();
        props.on_edit.reform(move |event: Event| {
            let code = event.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = compare.clone();
            change(&mut next, CountryCode::parse(&code).ok());
            ViewChange::Compare(next.pairs())
        })
    };
    let date = |change: fn(&mut CompareFilter, Option<crate::model::Date>)| {
        let compare = props.compare.clone();
        props.on_edit.reform(move |date| {
            let mut next = compare.clone();
            change(&mut next, date);
            ViewChange::Compare(next.pairs())
        })
    };
    let select = |label: &'static str, states: &[StateChoice], onchange: Callback<Event>| {
        let none = !states.iter().any(|state| state.chosen);
        html! {
            <label class="field">
                <span>{ label }</span>
                <select {onchange}>
                    <option value="" selected={none}>{ any }</option>
                    { for states.iter().map(|state| html! {
                        <option value={state.code.to_string()} selected={state.chosen}>{ &state.name }</option>
                    }) }
                </select>
            </label>
        }
    };
    html! {
        <fieldset class="compare-choice">
            <legend>{ legend }</legend>
            { select(accused, &choosing.accused, edit(|next, code| next.accused = code)) }
            { select(attributing, &choosing.attributing, edit(|next, code| next.attributed_by = code)) }
            <DateField {lang} label={from} id="compare-from" shown={choosing.made_from.clone()}
                on_commit={date(|next, date| next.made_from = date)} />
            <DateField {lang} label={strings(lang).made_until()} id="compare-until" shown={choosing.made_until.clone()}
                on_commit={date(|next, date| next.made_until = date)} />
            if let Some(kept) = &choosing.kept {
                <p class="compare-kept">{ kept }</p>
            }
        </fieldset>
    }
}

/// Plain links to the whole dataset the build writes beside the data (crate::dataset), in the
/// reader's language, relative to the page so that a copy or a frame of the build links to its
/// own files.
fn dataset_links(lang: Lang) -> Html {
    let words = strings(lang);
    let link = |extension: &str, format: &str| {
        html! { <a href={dataset_link(lang, extension)}>{ words.dataset_link(format) }</a> }
    };
    html! {
        <p class="compare-hint compare-dataset">
            { link("csv", "CSV") }
            <span class="separator" aria-hidden="true">{ " · " }</span>
            { link("json", "JSON") }
        </p>
    }
}

/// Titles run to two lines of a tweet: a column or a row says whom the incident was attributed
/// to and when; the whole title is heard, and shown on hover.
pub(super) fn short_title(column: &IncidentColumn) -> Html {
    html! {
        <>
            <span class="incident-title" aria-hidden="true">{ &column.accused }</span>
            <span class="visually-hidden" lang={column.title_lang}>{ &column.title }</span>
            <time datetime={column.datetime.clone()}>{ &column.date }</time>
            if let Some(origin) = &column.origin {
                <small class="origin">{ origin }</small>
            }
        </>
    }
}

/// The reaction the reader opened, in the incident it belongs to.
fn opened_reaction(view: &ViewQuery) -> Option<(AttrValue, usize)> {
    match view.selection {
        Some(Selection::Reaction(index)) => Some((AttrValue::from(view.incident.clone()), index)),
        _ => None,
    }
}

#[derive(Properties, PartialEq)]
struct AlignedTimelineProps {
    model: Shared<AlignedView>,
    lang: Lang,
    opened: Option<(AttrValue, usize)>,
    on_edit: Callback<ViewChange>,
}

/// The incidents' reactions on one axis from their day 0: a mark per day, its number the
/// strongest rung that day. A component: a redraw of the comparison that leaves its model and
/// the reaction opened as they were does not draw its hundreds of marks again.
#[function_component]
fn AlignedTimeline(props: &AlignedTimelineProps) -> Html {
    let lang = props.lang;
    let words = strings(lang);
    let timeline = &props.model.timeline;
    html! {
        <section class="timeline-panel aligned" aria-labelledby="aligned-heading">
            <h3 id="aligned-heading">{ words.aligned_heading }</h3>
            <table class="timeline">
                <thead>{ head(words.incident, lang, &timeline.axis) }</thead>
                <tbody>
                    { for timeline.tracks().zip(&props.model.columns).map(|(track, column)| html! {
                        <tr data-incident={track.id.clone()}>
                            <th scope="row" class="actor-col" title={column.title.clone()}>{ short_title(column) }</th>
                            <td>
                                { track_svg(&timeline.axis, html! { <>
                                    { for track.marks.iter().map(|mark| {
                                        let (id, first) = (track.id.clone(), mark.reactions[0]);
                                        let select = props.on_edit.reform(move |()| ViewChange::Open(id.clone(), Some(Selection::Reaction(first))));
                                        let selected = props.opened.as_ref().is_some_and(|(incident, index)| {
                                            *incident == track.id && mark.reactions.contains(index)
                                        });
                                        glyph(mark, selected, select)
                                    }) }
                                </> }) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
