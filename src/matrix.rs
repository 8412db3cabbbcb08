//! The actor × response matrix: who reacted (rows), how (columns in codebook order), and which
//! reactions fill each cell. Pure data, so the table view only draws it.

use crate::model::{Actor, ActorGroup, Date, Incident, Reaction, ResponseKind};

#[derive(Debug)]
pub struct ReactionMatrix<'a> {
    pub columns: Vec<ResponseKind>,
    /// Non-empty groups in story order: attributing state, blocs, other states, accused state.
    pub groups: Vec<RowGroup<'a>>,
}

#[derive(Debug)]
pub struct RowGroup<'a> {
    pub group: ActorGroup,
    pub rows: Vec<MatrixRow<'a>>,
}

#[derive(Debug)]
pub struct MatrixRow<'a> {
    pub actor: &'a Actor,
    /// For each column, this actor's reactions of that kind by date, as indices into the
    /// incident's reactions (which also name each reaction's detail anchor).
    pub cells: Vec<Vec<usize>>,
    /// When the actor first reacted.
    pub first: Date,
}

impl<'a> ReactionMatrix<'a> {
    /// Every actor that reacted, with every column of the codebook: an empty "sanctions"
    /// column says something too.
    pub fn build(incident: &'a Incident) -> ReactionMatrix<'a> {
        let columns = ResponseKind::ALL.to_vec();
        let mut rows: Vec<(ActorGroup, MatrixRow<'a>)> = incident
            .actors
            .iter()
            .filter_map(|actor| Some((ActorGroup::of(incident, actor), row(incident, actor, &columns)?)))
            .collect();
        // Within a group, whoever spoke first comes first; ties keep the file's order.
        rows.sort_by_key(|(group, row)| (*group, row.first));
        let mut groups: Vec<RowGroup<'a>> = Vec::new();
        for (group, row) in rows {
            match groups.last_mut() {
                Some(last) if last.group == group => last.rows.push(row),
                _ => groups.push(RowGroup { group, rows: vec![row] }),
            }
        }
        ReactionMatrix { columns, groups }
    }

    pub fn rows(&self) -> impl Iterator<Item = &MatrixRow<'a>> {
        self.groups.iter().flat_map(|group| &group.rows)
    }
}

fn row<'a>(incident: &'a Incident, actor: &'a Actor, columns: &[ResponseKind]) -> Option<MatrixRow<'a>> {
    let mut reactions: Vec<(usize, &Reaction)> =
        incident.reactions.iter().enumerate().filter(|(_, reaction)| reaction.actor == actor.id).collect();
    if reactions.is_empty() {
        return None;
    }
    reactions.sort_by_key(|(_, reaction)| reaction.date);
    let cells = columns
        .iter()
        .map(|&kind| {
            reactions.iter().filter(|(_, reaction)| reaction.has(kind)).map(|(index, _)| *index).collect()
        })
        .collect();
    Some(MatrixRow { actor, cells, first: reactions[0].1.date })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_incident;

    fn incident() -> Incident {
        parse_incident("minimal.toml", include_str!("../tests/fixtures/minimal.toml")).unwrap()
    }

    #[test]
    fn rows_are_grouped_in_story_order_with_every_codebook_column() {
        let incident = incident();
        let matrix = ReactionMatrix::build(&incident);
        assert_eq!(matrix.columns, ResponseKind::ALL);
        let groups: Vec<(ActorGroup, Vec<&str>)> = matrix
            .groups
            .iter()
            .map(|group| (group.group, group.rows.iter().map(|row| row.actor.id.as_str()).collect()))
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
        let matrix = ReactionMatrix::build(&incident);
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
        let matrix = ReactionMatrix::build(&incident);
        assert!(matrix.rows().all(|row| row.actor.id != "eu"));
        let government = matrix.rows().next().unwrap();
        assert_eq!(government.cells[ResponseKind::Summons as usize], [2]);
        assert_eq!(government.first.to_string(), "2025-05-28");
    }
}
