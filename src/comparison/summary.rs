//! Sentences a reader can quote about the comparison, computed from it (so they follow the
//! filters), worded in `i18n`.

use super::{Comparison, Responder};
use crate::model::{CountryCode, Incident, ResponseFamily, ResponseKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummaryLine {
    /// Of a bloc's member states (as the newest incident naming the bloc lists them), how many
    /// spoke for themselves in at least one of the incidents.
    MembersSpoke { bloc: String, members: usize, spoke: usize },
    /// The states that spoke in every one of the incidents, in the comparison's order.
    SpokeInEvery { states: Vec<CountryCode> },
    /// In how many incidents the state held responsible answered in words (denied, accused
    /// back), and with what.
    AccusedReplied { replied: usize, kinds: Vec<ResponseKind> },
    /// In how many incidents it hit back (counter-summons, expulsions, counter-sanctions), and
    /// how: a line of its own, since a retaliation is no denial, and only when there was one.
    AccusedRetaliated { retaliated: usize, kinds: Vec<ResponseKind> },
}

/// `incidents` is the list the comparison was built from.
pub fn summarise(comparison: &Comparison, incidents: &[&Incident]) -> Vec<SummaryLine> {
    let mut lines = members_spoke(comparison, incidents);
    let states = comparison
        .rows
        .iter()
        .filter(|row| row.answered() == comparison.columns.len())
        .filter_map(|row| match row.responder {
            Responder::State(code) => Some(code),
            Responder::Bloc(_) => None,
        })
        .collect();
    lines.push(SummaryLine::SpokeInEvery { states });
    lines.push(accused(comparison, incidents, ResponseFamily::Accused));
    let retaliated = accused(comparison, incidents, ResponseFamily::Retaliation);
    if matches!(retaliated, SummaryLine::AccusedRetaliated { retaliated: 1.., .. }) {
        lines.push(retaliated);
    }
    lines
}

/// What the state held responsible did of one family (its replies, or its retaliation): in how
/// many incidents, and which kinds.
fn accused(comparison: &Comparison, incidents: &[&Incident], family: ResponseFamily) -> SummaryLine {
    let mut answered = 0;
    let mut kinds: Vec<ResponseKind> = Vec::new();
    for (column, &at) in comparison.columns.iter().enumerate() {
        let accused = incidents[at].facts.attributed_to.state;
        let Some(cell) = comparison.row(accused.as_str()).map(|row| &row.cells[column]) else { continue };
        let before = kinds.len();
        kinds.extend(cell.kinds.iter().filter(|kind| kind.family() == family));
        answered += usize::from(kinds.len() > before);
    }
    kinds.sort_unstable();
    kinds.dedup();
    match family {
        ResponseFamily::Retaliation => SummaryLine::AccusedRetaliated { retaliated: answered, kinds },
        _ => SummaryLine::AccusedReplied { replied: answered, kinds },
    }
}

fn members_spoke(comparison: &Comparison, incidents: &[&Incident]) -> Vec<SummaryLine> {
    let mut lines: Vec<SummaryLine> = Vec::new();
    // Newest first, so each bloc's membership is its latest.
    for &at in comparison.columns.iter().rev() {
        for bloc in &incidents[at].blocs {
            if lines.iter().any(
                |line| matches!(line, SummaryLine::MembersSpoke { bloc: known, .. } if *known == bloc.id),
            ) {
                continue;
            }
            let spoke =
                bloc.members.iter().filter(|member| comparison.row(member.as_str()).is_some()).count();
            lines.push(SummaryLine::MembersSpoke {
                bloc: bloc.id.clone(),
                members: bloc.members.len(),
                spoke,
            });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::super::tests::incidents;
    use super::super::CompareOrder;
    use super::*;
    use crate::filter::Filter;
    use crate::model::{CountryNames, Lang};

    fn lines(filter: &Filter) -> Vec<SummaryLine> {
        let (first, second) = incidents();
        let list = [&second, &first];
        let comparison =
            Comparison::build(&list, filter, CompareOrder::Answered, &CountryNames::iso(Lang::En), Lang::En);
        summarise(&comparison, &list)
    }

    #[test]
    fn each_line_is_counted_from_the_comparison() {
        let code = |text| CountryCode::parse(text).unwrap();
        assert_eq!(
            lines(&Filter::default()),
            [
                SummaryLine::MembersSpoke { bloc: "EU".into(), members: 2, spoke: 1 },
                SummaryLine::SpokeInEvery { states: vec![code("CZ")] },
                SummaryLine::AccusedReplied { replied: 1, kinds: vec![ResponseKind::Denial] },
            ]
        );
    }

    #[test]
    fn retaliation_has_a_line_of_its_own_and_is_never_a_reply() {
        let (mut first, second) = incidents();
        let china = first.reactions.iter_mut().find(|reaction| reaction.has(ResponseKind::Denial)).unwrap();
        china.responses = vec![ResponseKind::RetaliatoryExpulsion, ResponseKind::CounterSanctions];
        let list = [&second, &first];
        let comparison = Comparison::build(
            &list,
            &Filter::default(),
            CompareOrder::Answered,
            &CountryNames::iso(Lang::En),
            Lang::En,
        );
        let lines = summarise(&comparison, &list);
        assert_eq!(
            lines[2..],
            [
                SummaryLine::AccusedReplied { replied: 0, kinds: vec![] },
                SummaryLine::AccusedRetaliated {
                    retaliated: 1,
                    kinds: vec![ResponseKind::RetaliatoryExpulsion, ResponseKind::CounterSanctions]
                },
            ]
        );
    }

    #[test]
    fn the_lines_follow_the_filter() {
        let summons = Filter { responses: vec![ResponseKind::Summons], ..Filter::default() };
        assert_eq!(
            lines(&summons),
            [
                SummaryLine::MembersSpoke { bloc: "EU".into(), members: 2, spoke: 1 },
                SummaryLine::SpokeInEvery { states: vec![] },
                SummaryLine::AccusedReplied { replied: 0, kinds: vec![] },
            ]
        );
    }
}
