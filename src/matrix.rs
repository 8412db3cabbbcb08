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
