//! The codebook: what kinds of response an actor can make to an attributed cyber operation.
//!
//! The order of [`ResponseKind::ALL`] *is* the codebook. Third parties' and the victim's
//! political responses form a ladder from the mildest word to the strongest deed; after it come
//! the attributing side's own acts, the accused state's replies and its retaliation, which
//! answer different questions and are not rungs on that ladder. Labels and definitions live in `i18n`; the
//! alignment with EuRepoC and the EU cyber-diplomacy toolbox is documented in `CODEBOOK.md`.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ResponseKind {
    Concern,
    Solidarity,
    CallToRefrain,
    Condemnation,
    Summons,
    RecallAmbassador,
    Expulsion,
    SeveringRelations,
    Indictment,
    Sanctions,
    Investigation,
    Attribution,
    PolicyMeasure,
    Denial,
    CounterAccusation,
    CounterSummons,
    RetaliatoryExpulsion,
    CounterSanctions,
}

/// Who typically makes a response of a kind, which decides how it is read and drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ResponseFamily {
    /// Political and diplomatic responses, ordered as a ladder of strength.
    Ladder,
    /// What the attributing state does about its own case.
    Attributing,
    /// What the accused state says back.
    Accused,
    /// What the accused state does back: its measures against the states that answered it,
    /// which are not a rung of anyone's response to the operation.
    Retaliation,
}

impl ResponseKind {
    /// Every kind in codebook order: the matrix's columns and the legend's rows.
    pub const ALL: [ResponseKind; 18] = [
        ResponseKind::Concern,
        ResponseKind::Solidarity,
        ResponseKind::CallToRefrain,
        ResponseKind::Condemnation,
        ResponseKind::Summons,
        ResponseKind::RecallAmbassador,
        ResponseKind::Expulsion,
        ResponseKind::SeveringRelations,
        ResponseKind::Indictment,
        ResponseKind::Sanctions,
        ResponseKind::Investigation,
        ResponseKind::Attribution,
        ResponseKind::PolicyMeasure,
        ResponseKind::Denial,
        ResponseKind::CounterAccusation,
        ResponseKind::CounterSummons,
        ResponseKind::RetaliatoryExpulsion,
        ResponseKind::CounterSanctions,
    ];

    /// The id incident files use.
    pub fn id(self) -> &'static str {
        match self {
            ResponseKind::Concern => "concern",
            ResponseKind::Solidarity => "solidarity",
            ResponseKind::CallToRefrain => "call-to-refrain",
            ResponseKind::Condemnation => "condemnation",
            ResponseKind::Summons => "summons",
            ResponseKind::RecallAmbassador => "recall-ambassador",
            ResponseKind::Expulsion => "expulsion",
            ResponseKind::SeveringRelations => "severing-relations",
            ResponseKind::Indictment => "indictment",
            ResponseKind::Sanctions => "sanctions",
            ResponseKind::Investigation => "investigation",
            ResponseKind::Attribution => "attribution",
            ResponseKind::PolicyMeasure => "policy-measure",
            ResponseKind::Denial => "denial",
            ResponseKind::CounterAccusation => "counter-accusation",
            ResponseKind::CounterSummons => "counter-summons",
            ResponseKind::RetaliatoryExpulsion => "retaliatory-expulsion",
            ResponseKind::CounterSanctions => "counter-sanctions",
        }
    }

    pub fn from_id(id: &str) -> Option<ResponseKind> {
        ResponseKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// Like [`ResponseKind::from_id`], with an error that lists the codebook.
    pub fn parse(id: &str) -> Result<ResponseKind, String> {
        ResponseKind::from_id(id).ok_or_else(|| {
            let known: Vec<&str> = ResponseKind::ALL.iter().map(|kind| kind.id()).collect();
            format!("unknown response kind `{id}`; the codebook has: {}", known.join(", "))
        })
    }

    pub fn family(self) -> ResponseFamily {
        match self {
            ResponseKind::Investigation | ResponseKind::Attribution | ResponseKind::PolicyMeasure => {
                ResponseFamily::Attributing
            }
            ResponseKind::Denial | ResponseKind::CounterAccusation => ResponseFamily::Accused,
            ResponseKind::CounterSummons
            | ResponseKind::RetaliatoryExpulsion
            | ResponseKind::CounterSanctions => ResponseFamily::Retaliation,
            _ => ResponseFamily::Ladder,
        }
    }

    /// Whether the codebook lets the state held responsible make it: its replies and its
    /// retaliation, never a rung of the ladder nor the attributing side's acts.
    pub fn open_to_accused(self) -> bool {
        matches!(self.family(), ResponseFamily::Accused | ResponseFamily::Retaliation)
    }

    /// The rung on the ladder, 1 for the mildest; `None` for kinds outside the ladder.
    pub fn ladder_step(self) -> Option<usize> {
        (self.family() == ResponseFamily::Ladder).then(|| self as usize + 1)
    }
}

two_forms!(ResponseKind, ResponseKind::parse, u8, |kind| *kind as u8, |at| ResponseKind::ALL
    .get(usize::from(at))
    .copied());

impl fmt::Display for ResponseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ladder_runs_from_concern_to_sanctions() {
        let ladder: Vec<ResponseKind> =
            ResponseKind::ALL.into_iter().filter(|k| k.ladder_step().is_some()).collect();
        assert_eq!(ladder.first(), Some(&ResponseKind::Concern));
        assert_eq!(ladder.last(), Some(&ResponseKind::Sanctions));
        let steps: Vec<usize> = ladder.iter().filter_map(|k| k.ladder_step()).collect();
        assert_eq!(steps, (1..=ladder.len()).collect::<Vec<_>>());
        assert!(ResponseKind::Condemnation > ResponseKind::Solidarity);
        assert!(ResponseKind::Summons > ResponseKind::Condemnation);
        assert!(ResponseKind::Sanctions > ResponseKind::Summons);
        assert_eq!(ResponseKind::RecallAmbassador.ladder_step(), Some(6), "right after the summons");
        assert_eq!(ResponseKind::SeveringRelations.ladder_step(), Some(8), "right after expulsion");
        assert_eq!(steps.len(), 10);
    }

    #[test]
    fn retaliation_is_a_family_of_its_own_open_only_to_the_accused() {
        let retaliation: Vec<ResponseKind> = ResponseKind::ALL
            .into_iter()
            .filter(|kind| kind.family() == ResponseFamily::Retaliation)
            .collect();
        assert_eq!(
            retaliation,
            [
                ResponseKind::CounterSummons,
                ResponseKind::RetaliatoryExpulsion,
                ResponseKind::CounterSanctions
            ]
        );
        assert!(retaliation.iter().all(|kind| kind.ladder_step().is_none() && kind.open_to_accused()));
        assert!(ResponseKind::Denial.open_to_accused());
        assert!(!ResponseKind::Summons.open_to_accused() && !ResponseKind::Attribution.open_to_accused());
    }

    #[test]
    fn codebook_order_groups_families() {
        let families: Vec<ResponseFamily> = ResponseKind::ALL.map(ResponseKind::family).into();
        let mut sorted = families.clone();
        sorted.sort();
        assert_eq!(families, sorted, "families must not interleave");
        let mut kinds = ResponseKind::ALL;
        kinds.sort();
        assert_eq!(kinds, ResponseKind::ALL, "declaration order is codebook order");
    }

    #[test]
    fn ids_round_trip_and_unknown_ids_list_the_codebook() {
        for kind in ResponseKind::ALL {
            assert_eq!(ResponseKind::from_id(kind.id()), Some(kind));
        }
        let error = ResponseKind::parse("condemned").unwrap_err();
        assert!(error.starts_with("unknown response kind `condemned`; the codebook has: concern,"));
    }
}
