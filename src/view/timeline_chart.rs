//! Reactions on a day axis from the attribution: a real table (a row per actor, grouped like the
//! matrix), its marks drawn in SVG so that they can sit at any day without inline styles (which
//! a strict Content-Security-Policy forbids). Every mark is a button with the words a screen
//! reader needs; Tab walks them in reading order, Enter or Space opens the reaction.

use yew::prelude::*;

use crate::i18n::{strings, Strings};
use crate::model::{Incident, Lang};
use crate::selection::Selection;
use crate::timeline::{DayScale, Mark, Timeline};
use crate::view_change::ViewChange;

use super::Shared;

pub struct TimelineChartProps {
    pub incident: Shared<Incident>,
    pub lang: Lang,
    pub timeline: Shared<Timeline>,
    /// The actors whose rows to highlight.
    pub highlighted: Shared<Vec<String>>,
    pub selected_reaction: Option<usize>,
    pub on_edit: Callback<ViewChange>,
}

/// A function, not a component: it holds no state, and each component costs the widget bytes.
pub fn timeline_chart(props: &TimelineChartProps) -> Html {
    let words = strings(props.lang);
    let incident = &props.incident;
    let scale = props.timeline.scale;
    html! {
        <section class="timeline-panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ words.timeline_heading }</h2>
            <table class="timeline">
                { head(words.actor, words, &scale) }
                { for props.timeline.groups.iter().map(|group| html! {
                    <tbody>
                        <tr class="group"><th scope="rowgroup" colspan="2">{ words.group(group.group, incident.facts.attributing().len()) }</th></tr>
                        { for group.rows.iter().map(|row| {
                            let actor = &incident.actors[row.actor];
                            let name = actor.name.get(props.lang);
                            let highlighted = props.highlighted.contains(&actor.id);
                            html! {
                                <tr data-actor={actor.id.clone()} class={classes!(highlighted.then_some("highlighted"))}>
                                    <th scope="row" class="actor-col"><span class="actor-name">{ name }</span></th>
                                    <td>{ track(props, &scale, &row.marks, name) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                }) }
            </table>
        </section>
    }
}

/// The table's head: what a row is, and the axis (its title and the labelled days).
pub fn head(rows: &'static str, words: &Strings, scale: &DayScale) -> Html {
    html! {
        <thead>
            <tr>
                <th scope="col" class="actor-col">{ rows }</th>
                <th scope="col">
                    <span class="axis-title">{ words.timeline_axis }</span>
                    <svg class="axis" aria-hidden="true" width="100%" height="20">
                        { for scale.ticks().into_iter().map(|day| html! {
                            <text x={at(scale, day)} y="14" class={classes!((day == 0).then_some("zero"))}>{ day }</text>
                        }) }
                    </svg>
                </th>
            </tr>
        </thead>
    }
}

/// A row's track: day 0 drawn as a line, then the marks.
pub fn track_svg(scale: &DayScale, marks: Html) -> Html {
    html! {
        <svg class="track" width="100%" height="28" role="group">
            <line class="day-zero" x1={at(scale, 0)} x2={at(scale, 0)} y1="0" y2="28" />
            { marks }
        </svg>
    }
}

/// One row's marks on its track, day 0 drawn as a line. `who` names the row's actor.
fn track(props: &TimelineChartProps, scale: &DayScale, marks: &[Mark], who: &str) -> Html {
    let words = strings(props.lang);
    let incident = &props.incident;
    track_svg(
        scale,
        html! {
            <>
                { for marks.iter().map(|mark| {
                    let first = mark.reactions[0];
                    let dates: Vec<String> = mark.reactions.iter().map(|&index| words.date(incident.reactions[index].date)).collect();
                    let label = words.timeline_mark(who, &words.day(mark.day, mark.approximate), &dates.join(", "), &mark.kinds);
                    let selected = props.selected_reaction.is_some_and(|index| mark.reactions.contains(&index));
                    let select = props.on_edit.reform(move |()| ViewChange::Select(Some(Selection::Reaction(first))));
                    glyph(scale, mark, label, selected, first, select)
                }) }
            </>
        },
    )
}

/// A mark: a circle with its rung for the ladder, a square for the other kinds; dashed when
/// its day is only known to the month or the year.
pub fn glyph(
    scale: &DayScale,
    mark: &Mark,
    label: String,
    selected: bool,
    reaction: usize,
    select: Callback<()>,
) -> Html {
    let x = at(scale, mark.day);
    let step = mark.strongest().and_then(|kind| kind.ladder_step());
    let fill = step.map_or("off-ladder".to_string(), |step| format!("step-{step}"));
    let onclick = select.reform(|_| ());
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if matches!(event.key().as_str(), "Enter" | " ") {
            event.prevent_default();
            select.emit(());
        }
    });
    html! {
        <g class={classes!("mark", fill, mark.approximate.then_some("approximate"), selected.then_some("selected"))}
            role="button" tabindex="0" aria-label={label} aria-pressed={selected.to_string()}
            data-reaction={reaction.to_string()} data-day={mark.day.to_string()} {onclick} {onkeydown}>
            if let Some(step) = step {
                <circle cx={x.clone()} cy="14" r="10" />
                <text x={x} y="14" dy="0.35em">{ step }</text>
            } else {
                <rect x={x} y="14" width="16" height="16" transform="translate(-8 -8)" />
            }
        </g>
    }
}

/// Where a day is, as a share of the track's width, keeping a margin so an end mark is whole.
/// Written from whole hundredths: formatting a float would add its printer to the widget.
fn at(scale: &DayScale, day: i64) -> String {
    let hundredths = 300 + (scale.position(day) * 9400.0) as u32;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}
