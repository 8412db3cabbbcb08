//! The timelines, as data: the axis's labelled days and each track's marks, placed, painted on
//! the rung scale and worded for a screen reader. One incident's timeline has a track per
//! actor, grouped like the matrix; the comparison's has a track per incident, aligned on day 0.

use crate::i18n::strings;
use crate::model::{Incident, Lang};
use crate::rung::Swatch;
use crate::timeline::{DayScale, Mark, Timeline, Timing};

/// Where a day is, as a share of the track's width, keeping a margin so an end mark is whole.
/// Written from whole hundredths: formatting a float would add its printer to the widget.
pub fn day_position(scale: &DayScale, day: i64) -> String {
    let hundredths = 300 + (scale.position(day) * 9400.0) as u32;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkView {
    /// Where it sits on its track (`37.50%`).
    pub x: String,
    pub day: i64,
    pub swatch: Swatch,
    /// How well its day is known: only to the month or the year is drawn dashed, only as an
    /// upper bound with a "≤" before it.
    pub timing: Timing,
    /// The reactions of that day, in date order; the first is what picking the mark opens.
    pub reactions: Vec<usize>,
    pub label: String,
}

impl MarkView {
    pub fn classes(&self) -> String {
        let timing = match self.timing {
            Timing::Exact => "",
            Timing::Approximate => " approximate",
            Timing::UpperBound => " upper-bound",
        };
        format!("mark {}{timing}", self.swatch.class())
    }

    fn of(scale: &DayScale, mark: &Mark, label: String) -> MarkView {
        MarkView {
            x: day_position(scale, mark.day),
            day: mark.day,
            swatch: Swatch::of(mark.kinds.iter().copied()),
            timing: mark.timing,
            reactions: mark.reactions.clone(),
            label,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AxisView {
    /// Labelled days, each with its place.
    pub ticks: Vec<(String, i64)>,
    /// Where day 0 is.
    pub zero: String,
}

impl AxisView {
    pub fn of(scale: &DayScale) -> AxisView {
        let ticks = scale.ticks().into_iter().map(|day| (day_position(scale, day), day)).collect();
        AxisView { ticks, zero: day_position(scale, 0) }
    }
}

/// One row: an actor of one incident, or one incident of several.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackView {
    /// The actor's id, or the incident's.
    pub id: String,
    pub name: String,
    /// `Some("en")` when the name is English in the Czech view (`Text::lang`).
    pub name_lang: Option<&'static str>,
    pub marks: Vec<MarkView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackGroup {
    pub heading: &'static str,
    pub tracks: Vec<TrackView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineView {
    pub axis: AxisView,
    pub groups: Vec<TrackGroup>,
}

impl TimelineView {
    pub fn derive(incident: &Incident, timeline: &Timeline, lang: Lang) -> TimelineView {
        let words = strings(lang);
        let scale = &timeline.scale;
        let attributing = incident.facts.attributing().len();
        let groups = timeline
            .groups
            .iter()
            .map(|group| TrackGroup {
                heading: words.group(group.group, attributing),
                tracks: group
                    .rows
                    .iter()
                    .map(|row| {
                        let actor = &incident.actors[row.actor];
                        let name = actor.name.get(lang);
                        let marks = row
                            .marks
                            .iter()
                            .map(|mark| {
                                let dates: Vec<String> = mark
                                    .reactions
                                    .iter()
                                    .map(|&index| words.reaction_date(&incident.reactions[index]))
                                    .collect();
                                let day = words.day(mark.day, mark.timing);
                                MarkView::of(
                                    scale,
                                    mark,
                                    words.timeline_mark(name, &day, &dates.join(", "), &mark.kinds),
                                )
                            })
                            .collect();
                        TrackView {
                            id: actor.id.clone(),
                            name: name.to_string(),
                            name_lang: actor.name.lang(lang),
                            marks,
                        }
                    })
                    .collect(),
            })
            .collect();
        TimelineView { axis: AxisView::of(scale), groups }
    }

    /// Several incidents on one axis from their day 0, a track each; `lines` pairs each
    /// incident with its marks, in the order to show.
    pub fn aligned(lines: &[(&Incident, Vec<Mark>)], lang: Lang) -> TimelineView {
        let words = strings(lang);
        let scale = DayScale::spanning(lines.iter().flat_map(|(_, marks)| marks.iter().map(|mark| mark.day)));
        let tracks = lines
            .iter()
            .map(|(incident, marks)| {
                let title = incident.facts.title.get(lang);
                let marks = marks
                    .iter()
                    .map(|mark| {
                        let day = words.day(mark.day, mark.timing);
                        MarkView::of(
                            &scale,
                            mark,
                            words.aligned_mark(title, &day, mark.reactions.len(), &mark.kinds),
                        )
                    })
                    .collect();
                TrackView {
                    id: incident.facts.id.clone(),
                    name: title.to_string(),
                    name_lang: incident.facts.title.lang(lang),
                    marks,
                }
            })
            .collect();
        TimelineView { axis: AxisView::of(&scale), groups: vec![TrackGroup { heading: "", tracks }] }
    }

    pub fn tracks(&self) -> impl Iterator<Item = &TrackView> {
        self.groups.iter().flat_map(|group| &group.tracks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::matrix::{ReactionMatrix, RowOrder};

    #[test]
    fn marks_are_placed_painted_and_worded() {
        let incident = crate::load::minimal();
        let filter = Filter::default();
        let matrix = ReactionMatrix::build(&incident, &filter, RowOrder::Date, Lang::En);
        let view = TimelineView::derive(&incident, &Timeline::of(&incident, &filter, &matrix), Lang::En);
        let government = &view.groups[0].tracks[0];
        assert_eq!(government.id, "cz-government");
        let mark = &government.marks[0];
        assert_eq!((mark.day, mark.classes().as_str()), (0, "mark step-4"));
        assert!(mark.label.starts_with("Government of the Czech Republic, the day of the attribution"));
        assert_eq!(view.axis.zero, mark.x);
        assert_eq!(day_position(&DayScale { first: 0, last: 7 }, 7), "97.00%");
    }
}
