//! Reactions on a day axis counted from the attribution (day 0): for one incident, a row per
//! actor, grouped and ordered like the matrix; across incidents, a row per incident, aligned on
//! their day 0 so that the speed of the answers can be compared. Computed after the filter.

mod day_scale;

pub use day_scale::DayScale;

use crate::filter::Filter;
use crate::matrix::ReactionMatrix;
use crate::model::{ActorGroup, Date, Incident, ResponseKind};

/// What happened on one day of one row: the reactions, and every shown kind they made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Days after the attribution; negative before it.
    pub day: i64,
    /// The sources give only a month or a year: `day` is the earliest it can be.
    pub approximate: bool,
    /// Indices into the incident's reactions, in date order.
    pub reactions: Vec<usize>,
    /// In codebook order.
    pub kinds: Vec<ResponseKind>,
}

impl Mark {
    /// The strongest rung on the ladder among its kinds, if any is on the ladder.
    pub fn strongest(&self) -> Option<ResponseKind> {
        crate::rung::strongest(self.kinds.iter().copied())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineRow {
    /// The actor's place in the incident's actors.
    pub actor: usize,
    pub marks: Vec<Mark>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineGroup {
    pub group: ActorGroup,
    pub rows: Vec<TimelineRow>,
}

/// One incident's shown reactions on its day axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub groups: Vec<TimelineGroup>,
    pub scale: DayScale,
}

impl Timeline {
    /// The matrix's rows, in its groups and order, each reaction at its day.
    pub fn of(incident: &Incident, filter: &Filter, matrix: &ReactionMatrix) -> Timeline {
        let groups: Vec<TimelineGroup> = matrix
            .groups
            .iter()
            .map(|group| TimelineGroup {
                group: group.group,
                rows: group
                    .rows
                    .iter()
                    .map(|row| {
                        let reactions = row.cells.iter().flatten().copied();
                        TimelineRow { actor: row.actor, marks: marks(incident, filter, reactions) }
                    })
                    .collect(),
            })
            .collect();
        let days =
            groups.iter().flat_map(|group| &group.rows).flat_map(|row| &row.marks).map(|mark| mark.day);
        Timeline { scale: DayScale::spanning(days), groups }
    }
}

/// Every shown reaction of an incident, a mark per day: a row of the aligned timeline.
pub fn incident_marks(incident: &Incident, filter: &Filter) -> Vec<Mark> {
    marks(incident, filter, filter.reactions(incident).map(|(index, _)| index))
}

/// The day a reaction falls on, counted from the incident's attribution. A reaction known only
/// by its month or year is put at the earliest day it can be, but never before the
/// attribution it answers when that falls inside the same month or year.
pub fn day_of(incident: &Incident, date: Date) -> (i64, bool) {
    let zero = incident.facts.made_public.first_day_number();
    let (first, last) = (date.first_day_number() - zero, date.last_day_number() - zero);
    let day = if first < 0 && last >= 0 { 0 } else { first };
    (day, !date.is_day())
}

fn marks(incident: &Incident, filter: &Filter, reactions: impl Iterator<Item = usize>) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    for index in reactions {
        let reaction = &incident.reactions[index];
        let (day, approximate) = day_of(incident, reaction.date);
        let at = match marks.iter().position(|mark| mark.day == day) {
            Some(at) => at,
            None => {
                marks.push(Mark { day, approximate, reactions: Vec::new(), kinds: Vec::new() });
                marks.len() - 1
            }
        };
        let mark = &mut marks[at];
        mark.approximate &= approximate;
        if !mark.reactions.contains(&index) {
            mark.reactions.push(index);
        }
        for &kind in reaction.responses.iter().filter(|&&kind| filter.shows(kind)) {
            if let Err(at) = mark.kinds.binary_search(&kind) {
                mark.kinds.insert(at, kind);
            }
        }
    }
    crate::ranking::sort_by_rank(&mut marks, |mark| (mark.day + (1 << 40)) as u64);
    for mark in &mut marks {
        crate::ranking::sort_by_rank(&mut mark.reactions, |&index| incident.reactions[index].date.rank());
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::RowOrder;
    use crate::model::Lang;

    fn build(incident: &Incident) -> Timeline {
        let filter = Filter::default();
        Timeline::of(incident, &filter, &ReactionMatrix::build(incident, &filter, RowOrder::Date, Lang::En))
    }

    fn incident() -> Incident {
        let mut incident = crate::load::minimal();
        let mut later = incident.reactions[0].clone();
        later.date = Date::parse("2025-06-27").unwrap();
        later.responses = vec![ResponseKind::Summons, ResponseKind::Attribution];
        incident.reactions.push(later);
        let mut vague = incident.reactions[1].clone();
        vague.date = Date::parse("2025-05").unwrap();
        incident.reactions.push(vague);
        incident
    }

    #[test]
    fn rows_follow_the_matrix_and_marks_count_days_from_the_attribution() {
        let incident = incident();
        let timeline = build(&incident);
        let rows: Vec<(&str, Vec<i64>)> = timeline
            .groups
            .iter()
            .flat_map(|group| &group.rows)
            .map(|row| {
                (incident.actors[row.actor].id.as_str(), row.marks.iter().map(|mark| mark.day).collect())
            })
            .collect();
        assert_eq!(rows, [("cz-government", vec![0, 30]), ("eu", vec![0]), ("cn-embassy", vec![1])]);
        let government = &timeline.groups[0].rows[0];
        assert_eq!(government.marks[1].strongest(), Some(ResponseKind::Summons));
        assert_eq!(government.marks[1].reactions, [3]);
        assert_eq!((timeline.scale.first, timeline.scale.last), (0, 30));
    }

    #[test]
    fn a_month_known_only_is_never_before_the_attribution_and_is_marked_approximate() {
        let incident = incident();
        let eu = build(&incident).groups[1].rows[0].clone();
        assert_eq!(eu.marks[0].reactions, [4, 1], "the month-precise one sorts first");
        assert!(!eu.marks[0].approximate, "one exact date makes the day exact");
        assert_eq!(day_of(&incident, Date::parse("2025-05").unwrap()), (0, true));
        assert_eq!(day_of(&incident, Date::parse("2025-04").unwrap()), (-57, true));
        assert_eq!(day_of(&incident, Date::parse("2025-05-20").unwrap()), (-8, false));
    }

    #[test]
    fn the_filter_decides_which_marks_and_kinds_show() {
        let incident = incident();
        let summons = Filter { responses: vec![ResponseKind::Summons], ..Filter::default() };
        let marks = incident_marks(&incident, &summons);
        assert_eq!(marks.len(), 1);
        assert_eq!((marks[0].day, &marks[0].kinds), (30, &vec![ResponseKind::Summons]));
        let all = incident_marks(&incident, &Filter::default());
        assert_eq!(all.iter().map(|mark| mark.day).collect::<Vec<_>>(), [0, 1, 30]);
        assert_eq!(all[0].reactions.len(), 3);
    }
}
