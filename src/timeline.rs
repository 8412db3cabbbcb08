//! Reactions on a day axis counted from the attribution (day 0): for one incident, a row per
//! actor, grouped and ordered like the matrix; across incidents, a row per incident, aligned on
//! their day 0 so that the speed of the answers can be compared. Computed after the filter.

mod day_scale;

pub use day_scale::DayScale;

use crate::filter::Filter;
use crate::matrix::ReactionMatrix;
use crate::model::{ActorGroup, Date, Incident, Reaction, ResponseKind};

/// How well a mark's day is known. Reactions are only put together on one mark when their
/// days are known alike, so a reaction known only by its month is never called that day's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// The sources give the day.
    Exact,
    /// The sources give only a month or a year: the day is the earliest it can be.
    Approximate,
    /// The sources give only an upper bound: it happened on that day or before.
    UpperBound,
}

/// What happened on one day of one row: the reactions, and every shown kind they made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Days after the attribution; negative before it.
    pub day: i64,
    pub timing: Timing,
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

/// The day a reaction falls on, counted from the incident's attribution, and how well it is
/// known. One known only by its month or year is put at the earliest day it can be, but never
/// before the attribution it answers when that falls inside the same month or year; one known
/// only by an upper bound, at the latest day it can be.
pub fn place(incident: &Incident, reaction: &Reaction) -> (i64, Timing) {
    let zero = incident.facts.made_public.first_day_number();
    let date = reaction.date;
    if reaction.date_upper_bound {
        return (date.last_day_number() - zero, Timing::UpperBound);
    }
    (day_of(date, zero), if date.is_day() { Timing::Exact } else { Timing::Approximate })
}

fn day_of(date: Date, zero: i64) -> i64 {
    let (first, last) = (date.first_day_number() - zero, date.last_day_number() - zero);
    if first < 0 && last >= 0 {
        0
    } else {
        first
    }
}

fn marks(incident: &Incident, filter: &Filter, reactions: impl Iterator<Item = usize>) -> Vec<Mark> {
    let mut marks: Vec<Mark> = Vec::new();
    for index in reactions {
        let reaction = &incident.reactions[index];
        let (day, timing) = place(incident, reaction);
        let at = match marks.iter().position(|mark| (mark.day, mark.timing) == (day, timing)) {
            Some(at) => at,
            None => {
                marks.push(Mark { day, timing, reactions: Vec::new(), kinds: Vec::new() });
                marks.len() - 1
            }
        };
        let mark = &mut marks[at];
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
        assert_eq!(rows, [("cz-government", vec![0, 30]), ("eu", vec![0, 0]), ("cn-embassy", vec![1])]);
        let government = &timeline.groups[0].rows[0];
        assert_eq!(government.marks[1].strongest(), Some(ResponseKind::Summons));
        assert_eq!(government.marks[1].reactions, [3]);
        assert_eq!((timeline.scale.first, timeline.scale.last), (0, 30));
    }

    #[test]
    fn a_month_known_only_is_never_before_the_attribution_and_is_marked_approximate() {
        let incident = incident();
        let eu = build(&incident).groups[1].rows[0].clone();
        let marks: Vec<(i64, Timing, &[usize])> =
            eu.marks.iter().map(|mark| (mark.day, mark.timing, mark.reactions.as_slice())).collect();
        assert_eq!(
            marks,
            [(0, Timing::Approximate, &[4][..]), (0, Timing::Exact, &[1][..])],
            "a month is not the day of the attribution, even when it holds it; it sorts first"
        );
        let zero = incident.facts.made_public.first_day_number();
        assert_eq!(day_of(Date::parse("2025-05").unwrap(), zero), 0);
        assert_eq!(day_of(Date::parse("2025-04").unwrap(), zero), -57);
        assert_eq!(day_of(Date::parse("2025-05-20").unwrap(), zero), -8);
    }

    #[test]
    fn an_upper_bound_sits_at_the_latest_day_apart_from_that_days_reactions() {
        let mut incident = incident();
        let mut by = incident.reactions[1].clone();
        by.date_upper_bound = true;
        assert_eq!(place(&incident, &by), (0, Timing::UpperBound));
        by.date = Date::parse("2025-06").unwrap();
        assert_eq!(place(&incident, &by), (33, Timing::UpperBound), "by the end of June");
        by.date = Date::parse("2025-05-28").unwrap();
        incident.reactions.push(by);
        let eu = build(&incident).groups[1].rows[0].clone();
        let timings: Vec<(i64, Timing)> = eu.marks.iter().map(|mark| (mark.day, mark.timing)).collect();
        assert_eq!(timings, [(0, Timing::Approximate), (0, Timing::Exact), (0, Timing::UpperBound)]);
    }

    #[test]
    fn the_filter_decides_which_marks_and_kinds_show() {
        let incident = incident();
        let summons = Filter { responses: vec![ResponseKind::Summons], ..Filter::default() };
        let marks = incident_marks(&incident, &summons);
        assert_eq!(marks.len(), 1);
        assert_eq!((marks[0].day, &marks[0].kinds), (30, &vec![ResponseKind::Summons]));
        let all = incident_marks(&incident, &Filter::default());
        let days: Vec<(i64, Timing)> = all.iter().map(|mark| (mark.day, mark.timing)).collect();
        assert_eq!(
            days,
            [(0, Timing::Exact), (0, Timing::Approximate), (1, Timing::Exact), (30, Timing::Exact)]
        );
        assert_eq!(all[0].reactions.len(), 2, "the two reactions of that very day, not the month's");
    }
}
