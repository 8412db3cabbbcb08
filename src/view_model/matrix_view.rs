//! The matrix, as data: its caption, its columns, and each row's header and cells with the
//! dates they show and the words a screen reader hears. The order and the filter are the
//! core matrix's (`ReactionMatrix`); this adds what a reader reads.

use std::rc::Rc;

use crate::derived::Counts;
use crate::i18n::strings;
use crate::matrix::{MatrixRow, ReactionMatrix};
use crate::model::{ActorGroup, Incident, Lang, ResponseKind};
use crate::selection::Selection;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnView {
    pub kind: ResponseKind,
    pub label: &'static str,
    pub definition: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellView {
    pub kind: ResponseKind,
    /// The reactions in the cell, by date: (index, ISO date, the date as shown).
    pub marks: Vec<(usize, String, String)>,
    /// What a screen reader hears; `None` for an empty cell.
    pub label: Option<String>,
    /// What picking the cell opens: its one reaction, or the actor when it holds several.
    pub opens: Option<Selection>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowView {
    pub id: String,
    pub name: String,
    /// `Some("en")` when the name is English in the Czech view (`Text::lang`).
    pub name_lang: Option<&'static str>,
    /// The official's office, or the actor's kind.
    pub office: String,
    pub cells: Vec<CellView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    pub group: ActorGroup,
    pub heading: &'static str,
    /// Shared, so a row component's props clone for free and compare by pointer first.
    pub rows: Vec<Rc<RowView>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixView {
    pub caption: String,
    pub columns: Vec<ColumnView>,
    pub groups: Vec<GroupView>,
}

impl MatrixView {
    pub fn derive(incident: &Incident, matrix: &ReactionMatrix, counts: Counts, lang: Lang) -> MatrixView {
        let words = strings(lang);
        let columns = matrix
            .columns
            .iter()
            .map(|&kind| ColumnView {
                kind,
                label: words.response_label(kind),
                definition: words.response_definition(kind),
            })
            .collect();
        let attributing = incident.facts.attributing().len();
        let groups = matrix
            .groups
            .iter()
            .map(|group| GroupView {
                group: group.group,
                heading: words.group(group.group, attributing),
                rows: group
                    .rows
                    .iter()
                    .map(|row| Rc::new(row_view(incident, &matrix.columns, row, lang)))
                    .collect(),
            })
            .collect();
        MatrixView { caption: words.matrix_caption(counts.actors, counts.reactions), columns, groups }
    }

    pub fn rows(&self) -> impl Iterator<Item = &RowView> {
        self.groups.iter().flat_map(|group| group.rows.iter().map(|row| &**row))
    }
}

fn row_view(incident: &Incident, columns: &[ResponseKind], row: &MatrixRow, lang: Lang) -> RowView {
    let words = strings(lang);
    let actor = &incident.actors[row.actor];
    let name = actor.name.get(lang);
    let year = incident.facts.made_public.year();
    let cells = columns
        .iter()
        .zip(&row.cells)
        .map(|(&kind, reactions)| {
            let marks: Vec<(usize, String, String)> = reactions
                .iter()
                .map(|&index| {
                    let reaction = &incident.reactions[index];
                    (index, reaction.date.to_string(), words.reaction_short_date(reaction, year))
                })
                .collect();
            let shown: Vec<String> = marks.iter().map(|(.., shown)| shown.clone()).collect();
            CellView {
                kind,
                label: (!marks.is_empty()).then(|| words.cell_label(name, kind, &shown)),
                opens: match reactions.as_slice() {
                    [] => None,
                    [only] => Some(Selection::Reaction(*only)),
                    _ => Some(Selection::Actor(actor.id.clone())),
                },
                marks,
            }
        })
        .collect();
    let office = actor.role.as_ref().map_or(words.actor_kind(actor.kind), |role| role.get(lang));
    let name_lang = actor.name.lang(lang);
    RowView { id: actor.id.clone(), name: name.to_string(), name_lang, office: office.to_string(), cells }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derived::Derived;
    use crate::filter::Filter;
    use crate::matrix::RowOrder;

    #[test]
    fn cells_carry_their_dates_their_words_and_what_they_open() {
        let incident = crate::load::minimal();
        let derived = Derived::new(&incident, &Filter::default(), RowOrder::Date, Lang::Cs);
        let view = MatrixView::derive(&incident, &derived.matrix, derived.counts, Lang::Cs);
        assert_eq!(view.columns.len(), ResponseKind::ALL.len());
        let government = view.rows().next().unwrap();
        let condemned = &government.cells[ResponseKind::Condemnation as usize];
        assert_eq!(condemned.marks, [(0, "2025-05-28".to_string(), "28.\u{a0}5.".to_string())]);
        assert_eq!(condemned.opens, Some(Selection::Reaction(0)));
        assert!(condemned.label.as_deref().unwrap().contains("28.\u{a0}5."));
        assert_eq!(government.cells[ResponseKind::Summons as usize].label, None);
        assert_eq!(view.groups[0].heading, "Stát, který útok připsal");
    }
}
