//! Reactions on a day axis from the attribution, drawn from the core's timeline model
//! (`view_model::TimelineView`): a real table (a row per actor, grouped like the matrix), its
//! marks drawn in SVG so that they can sit at any day without inline styles (which a strict
//! Content-Security-Policy forbids). Every mark is a button with the words a screen reader
//! needs; Tab walks them in reading order, Enter or Space opens the reaction. A timeline too
//! long to draw whole draws the lines in view and a margin (`row_window`), as the matrix does:
//! the others keep their place as empty space, and the screen reader is told every row's
//! number and the count. Tab still walks every mark: the one it reaches is brought into view,
//! and the lines beyond it are drawn.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::rung::{Swatch, RETALIATION_SIGN};
use crate::selection::Selection;
use crate::timeline::Timing;
use crate::view_change::ViewChange;
use crate::view_model::{AxisView, Highlight, MarkView, TimelineView, TrackView};

use super::window::{use_window, Lines};
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    pub lang: Lang,
    pub view: Shared<TimelineView>,
    pub highlight: Shared<Highlight>,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let words = strings(props.lang);
    let view = &props.view;
    let table = use_node_ref();
    let lines = view.groups.iter().map(|group| group.tracks.len() + 1).sum();
    let window =
        use_window(&table, lines, Lines { items: ":scope > tbody:not(.spacer) > tr", clip: None }, None);
    let (before, after) = window.undrawn(lines);
    let mut line = 0;
    html! {
        <section class="timeline-panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ words.timeline_heading }</h2>
            <table class="timeline" ref={table} aria-rowcount={window.drawn.is_some().then(|| (lines + 1).to_string())}>
                // Every child of the table and of each body keyed, as the matrix's.
                <thead key="head">{ head(words.actor, props.lang, &view.axis) }</thead>
                { window.table_space("before", before, 2) }
                { for view.groups.iter().map(|group| {
                    let heading = line;
                    line += group.tracks.len() + 1;
                    html! {
                        <tbody key={group.heading}>
                            { for window.draws(heading).then(|| html! {
                                <tr key="group" class="group" aria-rowindex={(heading + 2).to_string()}>
                                    <th scope="rowgroup" colspan="2">{ group.heading }</th>
                                </tr>
                            }) }
                            { for group.tracks.iter().enumerate().filter(|(at, _)| window.draws(heading + 1 + at)).map(|(at, track)| {
                                track_row(props, track, heading + 3 + at)
                            }) }
                        </tbody>
                    }
                }) }
                { window.table_space("after", after, 2) }
            </table>
        </section>
    }
}

/// An actor's row, `index` its number for a screen reader.
fn track_row(props: &TimelineChartProps, track: &TrackView, index: usize) -> Html {
    let highlighted = props.highlight.actor(&track.id);
    html! {
        <tr key={track.id.clone()} data-actor={track.id.clone()} aria-rowindex={index.to_string()}
            class={classes!(highlighted.then_some("highlighted"))}>
            <th scope="row" class="actor-col"><span class="actor-name" lang={track.name_lang}>{ &track.name }</span></th>
            <td>{ track_svg(&props.view.axis, html! { <>
                { for track.marks.iter().map(|mark| {
                    let first = mark.reactions[0];
                    let select = props.on_edit.reform(move |()| ViewChange::Select(Some(Selection::Reaction(first))));
                    glyph(mark, props.highlight.among(&mark.reactions), select)
                }) }
            </> }) }</td>
        </tr>
    }
}

/// The row of a table's head: what a row is, and the axis (its title and the labelled days).
pub fn head(rows: &'static str, lang: Lang, axis: &AxisView) -> Html {
    html! {
        <tr>
            <th scope="col" class="actor-col">{ rows }</th>
            <th scope="col">
                <span class="axis-title">{ strings(lang).timeline_axis }</span>
                <svg class="axis" aria-hidden="true" width="100%" height="20">
                    { for axis.ticks.iter().map(|(x, day)| html! {
                        <text x={x.clone()} y="14" class={classes!((*day == 0).then_some("zero"))}>{ day }</text>
                    }) }
                </svg>
            </th>
        </tr>
    }
}

/// A row's track: day 0 drawn as a line, then the marks.
pub fn track_svg(axis: &AxisView, marks: Html) -> Html {
    html! {
        <svg class="track" width="100%" height="28" role="group">
            <line class="day-zero" x1={axis.zero.clone()} x2={axis.zero.clone()} y1="0" y2="28" />
            { marks }
        </svg>
    }
}

/// A mark: a circle with its rung for the ladder, a diamond with the retaliation's sign for the
/// accused state hitting back, a square for the other kinds; dashed when its day is only known
/// to the month or the year, with a "≤" before it when only an upper bound is known.
pub fn glyph(mark: &MarkView, selected: bool, select: Callback<()>) -> Html {
    let onclick = select.reform(|_| ());
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if matches!(event.key().as_str(), "Enter" | " ") {
            event.prevent_default();
            select.emit(());
        }
    });
    let x = mark.x.clone();
    let bound = (mark.timing == Timing::UpperBound).then(|| {
        html! {
            <text class="bound" x={x.clone()} dx="-17" y="14" dy="0.35em">{ "≤" }</text>
        }
    });
    html! {
        <g class={classes!(mark.classes(), selected.then_some("selected"))}
            role="button" tabindex="0" aria-label={mark.label.clone()} aria-pressed={selected.to_string()}
            data-reaction={mark.reactions[0].to_string()} data-day={mark.day.to_string()} {onclick} {onkeydown}>
            { shape(mark.swatch, x) }
            { for bound }
        </g>
    }
}

/// The mark's shape and what it prints: the first child is the one the stylesheet paints.
fn shape(swatch: Swatch, x: String) -> Html {
    match swatch {
        Swatch::Step(step) => html! { <>
            <circle cx={x.clone()} cy="14" r="10" />
            <text {x} y="14" dy="0.35em">{ step }</text>
        </> },
        Swatch::Retaliation => html! { <>
            <rect class="diamond" x={x.clone()} y="14" width="14" height="14" />
            <text {x} y="14" dy="0.35em">{ RETALIATION_SIGN }</text>
        </> },
        Swatch::OffLadder | Swatch::Quiet => html! {
            <rect {x} y="14" width="16" height="16" transform="translate(-8 -8)" />
        },
    }
}
