//! The actor × response matrix: who reacted (rows), how (columns in codebook order), and which
//! reactions fill each cell, after the reader's filter. Pure data, so the table only draws it.

mod row_order;

pub use row_order::RowOrder;

use crate::filter::{fold, Filter};
use crate::model::{ActorGroup, Date, Incident, Lang, Reaction, ResponseKind};
use crate::ranking::{pack, sort_by_rank, sort_by_text};

#[derive(Debug, PartialEq)]
pub struct ReactionMatrix {
    /// The response kinds the filter shows, in codebook order: an empty "sanctions" column
    /// says something too, so only the filter removes columns.
    pub columns: Vec<ResponseKind>,
    /// Non-empty groups in story order: attributing state, blocs, other states, accused state.
    pub groups: Vec<RowGroup>,
}

#[derive(Debug, PartialEq)]
pub struct RowGroup {
    pub group: ActorGroup,
    pub rows: Vec<MatrixRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatrixRow {
    /// Where the actor sits in the incident's actors.
    pub actor: usize,
    /// For each column, this actor's shown reactions of that kind by date, as indices into
    /// the incident's reactions.
    pub cells: Vec<Vec<usize>>,
    /// When the actor first reacted.
    pub first: Date,
    /// The highest rung on the response ladder this row reaches; 0 when it reaches none.
    pub strength: usize,
}

impl ReactionMatrix {
    pub fn build(incident: &Incident, filter: &Filter, order: RowOrder, lang: Lang) -> ReactionMatrix {
        let columns: Vec<ResponseKind> =
            ResponseKind::ALL.into_iter().filter(|&kind| filter.shows(kind)).collect();
        // Shown reactions dealt to their actors in one pass, not searched once per actor.
        let mut shown: Vec<Vec<(usize, &Reaction)>> = vec![Vec::new(); incident.actors.len()];
        for (index, reaction) in filter.reactions(incident) {
            if let Some(at) = incident.reaction_actor_position(index) {
                shown[at].push((index, reaction));
            }
        }
        let mut rows: Vec<(ActorGroup, MatrixRow)> = incident
            .actors
            .iter()
            .zip(shown)
            .enumerate()
            .filter_map(|(at, (actor, reactions))| {
                Some((ActorGroup::of(incident, actor), row(reactions, at, &columns)?))
            })
            .collect();
        // Stable sorts: ties keep the file's order, which its author chose.
        match order {
            RowOrder::Date => {
                sort_by_rank(&mut rows, |(group, row)| pack(&[(*group as u64, 8), (row.first.rank(), 32)]))
            }
            RowOrder::Strength => sort_by_rank(&mut rows, |(group, row)| {
                pack(&[(*group as u64, 8), (255 - row.strength as u64, 8), (row.first.rank(), 32)])
            }),
            RowOrder::Name => {
                sort_by_text(&mut rows, |(_, row)| fold(incident.actors[row.actor].name.get(lang)));
                sort_by_rank(&mut rows, |(group, _)| *group as u64);
            }
        }
        let mut groups: Vec<RowGroup> = Vec::new();
        for (group, row) in rows {
            match groups.last_mut() {
                Some(last) if last.group == group => last.rows.push(row),
                _ => groups.push(RowGroup { group, rows: vec![row] }),
            }
        }
        ReactionMatrix { columns, groups }
    }

    pub fn rows(&self) -> impl Iterator<Item = &MatrixRow> {
        self.groups.iter().flat_map(|group| &group.rows)
    }
}

fn row(mut reactions: Vec<(usize, &Reaction)>, actor: usize, columns: &[ResponseKind]) -> Option<MatrixRow> {
    if reactions.is_empty() {
        return None;
    }
    sort_by_rank(&mut reactions, |(_, reaction)| reaction.date.rank());
    let cells: Vec<Vec<usize>> = columns
        .iter()
        .map(|&kind| {
            reactions.iter().filter(|(_, reaction)| reaction.has(kind)).map(|(index, _)| *index).collect()
        })
        .collect();
    let strength = crate::rung::step_of(
        columns.iter().zip(&cells).filter(|(_, cell)| !cell.is_empty()).map(|(kind, _)| *kind),
    );
    Some(MatrixRow { actor, cells, first: reactions[0].1.date, strength })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Actor;

    fn incident() -> Incident {
        crate::load::minimal()
    }

    #[test]
    fn rows_are_grouped_in_story_order_with_every_codebook_column() {
        let incident = incident();
        let matrix = ReactionMatrix::build(&incident, &Filter::default(), RowOrder::Date, Lang::En);
        assert_eq!(matrix.columns, ResponseKind::ALL);
        let groups: Vec<(ActorGroup, Vec<&str>)> = matrix
            .groups
            .iter()
            .map(|group| {
                (group.group, group.rows.iter().map(|row| incident.actors[row.actor].id.as_str()).collect())
            })
            .collect();
        assert_eq!(
            groups,
            [
                (ActorGroup::Attributing, vec!["cz-government"]),
                (ActorGroup::Bloc, vec!["eu"]),
                (ActorGroup::Accused, vec!["cn-embassy"]),
            ]
        );
    }

    #[test]
    fn a_reaction_fills_one_cell_per_response_kind() {
        let incident = incident();
        let matrix = ReactionMatrix::build(&incident, &Filter::default(), RowOrder::Date, Lang::En);
        let government = matrix.rows().next().unwrap();
        let filled: Vec<ResponseKind> = matrix
            .columns
            .iter()
            .zip(&government.cells)
            .filter(|(_, cell)| !cell.is_empty())
            .map(|(kind, _)| *kind)
            .collect();
        assert_eq!(filled, [ResponseKind::Condemnation, ResponseKind::Attribution]);
        assert_eq!(government.cells[ResponseKind::Condemnation as usize], [0]);
    }

    #[test]
    fn actors_without_reactions_have_no_row_and_later_reactions_sort_after() {
        let mut incident = incident();
        incident.reactions.retain(|reaction| reaction.actor != "eu");
        let mut second = incident.reactions[0].clone();
        second.date = Date::parse("2025-06").unwrap();
        second.responses = vec![ResponseKind::Summons];
        incident.reactions.push(second);
        let matrix = ReactionMatrix::build(&incident, &Filter::default(), RowOrder::Date, Lang::En);
        assert!(matrix.rows().all(|row| incident.actors[row.actor].id != "eu"));
        let government = matrix.rows().next().unwrap();
        assert_eq!(government.cells[ResponseKind::Summons as usize], [2]);
        assert_eq!(government.first.to_string(), "2025-05-28");
    }

    fn order(incident: &Incident, filter: &Filter, order: RowOrder, lang: Lang) -> Vec<String> {
        let matrix = ReactionMatrix::build(incident, filter, order, lang);
        matrix.rows().map(|row| incident.actors[row.actor].id.clone()).collect()
    }

    #[test]
    fn rows_sort_within_their_group() {
        let mut incident = incident();
        incident.actors.push(Actor { id: "cz-mfa".into(), ..incident.actors[0].clone() });
        incident.actors.last_mut().unwrap().name.cs = "Ministerstvo".into();
        let mut summons = incident.reactions[0].clone();
        summons.actor = "cz-mfa".into();
        summons.date = Date::parse("2025-05-30").unwrap();
        summons.responses = vec![ResponseKind::Summons];
        incident.reactions.push(summons);
        let all = Filter::default();
        assert_eq!(
            order(&incident, &all, RowOrder::Date, Lang::En),
            ["cz-government", "cz-mfa", "eu", "cn-embassy"]
        );
        assert_eq!(
            order(&incident, &all, RowOrder::Strength, Lang::En),
            ["cz-mfa", "cz-government", "eu", "cn-embassy"]
        );
        assert_eq!(
            order(&incident, &all, RowOrder::Name, Lang::Cs),
            ["cz-mfa", "cz-government", "eu", "cn-embassy"]
        );
        let matrix = ReactionMatrix::build(&incident, &all, RowOrder::Date, Lang::En);
        let strengths: Vec<usize> = matrix.rows().map(|row| row.strength).collect();
        assert_eq!(strengths, [4, 5, 2, 0]);
    }

    #[test]
    fn the_filter_removes_columns_cells_and_emptied_rows() {
        let incident = incident();
        let filter =
            Filter { responses: vec![ResponseKind::Solidarity, ResponseKind::Denial], ..Filter::default() };
        let matrix = ReactionMatrix::build(&incident, &filter, RowOrder::Date, Lang::En);
        assert_eq!(matrix.columns, [ResponseKind::Solidarity, ResponseKind::Denial]);
        let rows: Vec<(&str, &Vec<Vec<usize>>)> =
            matrix.rows().map(|row| (incident.actors[row.actor].id.as_str(), &row.cells)).collect();
        assert_eq!(rows, [("eu", &vec![vec![1], vec![]]), ("cn-embassy", &vec![vec![], vec![2]])]);
    }
}
