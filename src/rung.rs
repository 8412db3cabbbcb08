//! The one rung scale. How strong a set of responses is — a reaction's, an actor's, a state's, a
//! day's, a responder's in one incident — is the strongest rung of the ladder among them, and
//! every view paints that rung with the same class: the map, its key, the matrix's order, the
//! timeline's marks, the comparison's cells and every download. Nothing else decides either.
//! The accused state's retaliation is never a rung: it is painted as a family of its own.

use crate::model::{ResponseFamily, ResponseKind};

/// The ladder's colour classes, by rung (1 is the mildest). The stylesheet names a colour
/// variable after each (`--step-4`), so a download can paint what the screen paints.
const STEPS: [&str; 10] =
    ["step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "step-8", "step-9", "step-10"];

/// Printed on a retaliation swatch, as a rung's number is on a rung's: colour is never the
/// only sign. Two arrows both ways: tit for tat, in any language.
pub const RETALIATION_SIGN: &str = "\u{21c4}";

/// The strongest rung of the ladder among `kinds`; `None` when none of them is on it.
pub fn strongest(kinds: impl IntoIterator<Item = ResponseKind>) -> Option<ResponseKind> {
    kinds.into_iter().filter(|kind| kind.ladder_step().is_some()).max()
}

/// The kind a swatch of `kinds` stands for, to name it in words: the strongest rung, else the
/// strongest retaliation (what the swatch then shows), else the first kind.
pub fn named(kinds: &[ResponseKind]) -> Option<ResponseKind> {
    let retaliation =
        || kinds.iter().copied().filter(|kind| kind.family() == ResponseFamily::Retaliation).max();
    strongest(kinds.iter().copied()).or_else(retaliation).or(kinds.first().copied())
}

/// The rung `strongest` reaches, 0 when it reaches none: for ordering.
pub fn step_of(kinds: impl IntoIterator<Item = ResponseKind>) -> usize {
    strongest(kinds).and_then(ResponseKind::ladder_step).unwrap_or(0)
}

/// What a responder is painted with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// A rung of the ladder, 1 for the mildest.
    Step(usize),
    /// The accused state hit back (a counter-summons, a retaliatory expulsion, counter-sanctions),
    /// with no kind on the ladder.
    Retaliation,
    /// It responded, with no kind on the ladder nor any retaliation (an attribution, a denial).
    OffLadder,
    /// Nothing shown.
    Quiet,
}

impl Swatch {
    /// The swatch of a set of response kinds.
    pub fn of(kinds: impl IntoIterator<Item = ResponseKind> + Clone) -> Swatch {
        let retaliation = |kind: ResponseKind| kind.family() == ResponseFamily::Retaliation;
        match strongest(kinds.clone()).and_then(ResponseKind::ladder_step) {
            Some(step) => Swatch::Step(step),
            None if kinds.clone().into_iter().any(retaliation) => Swatch::Retaliation,
            None if kinds.into_iter().next().is_some() => Swatch::OffLadder,
            None => Swatch::Quiet,
        }
    }

    /// The swatch of the ladder's strongest rung a bloc's statement reached, for a state it covers.
    pub fn covering(strongest: Option<ResponseKind>) -> Swatch {
        strongest.and_then(ResponseKind::ladder_step).map_or(Swatch::OffLadder, Swatch::Step)
    }

    /// The colour class: `step-N`, `retaliation`, `off-ladder` or `quiet`.
    pub fn class(self) -> &'static str {
        match self {
            Swatch::Step(step) => STEPS[step - 1],
            Swatch::Retaliation => "retaliation",
            Swatch::OffLadder => "off-ladder",
            Swatch::Quiet => "quiet",
        }
    }

    /// The rung's number, printed on swatches so that colour is never the only signal.
    pub fn number(self) -> Option<usize> {
        match self {
            Swatch::Step(step) => Some(step),
            _ => None,
        }
    }

    /// What a swatch prints: the rung's number, or the retaliation's sign.
    pub fn sign(self) -> Option<String> {
        match self {
            Swatch::Step(step) => Some(step.to_string()),
            Swatch::Retaliation => Some(RETALIATION_SIGN.to_string()),
            Swatch::OffLadder | Swatch::Quiet => None,
        }
    }
}

/// How a state, or a responder in one incident, is painted: its swatch, and whether that is
/// only a bloc's statement covering it (drawn pale and hatched).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint {
    pub swatch: Swatch,
    pub covered: bool,
}

impl Paint {
    /// Its own kinds decide; without any, the strongest statement of a bloc covering it.
    pub fn of(own: &[ResponseKind], covered: bool, covering: Option<ResponseKind>) -> Paint {
        match (own.is_empty(), covered) {
            (false, _) => Paint { swatch: Swatch::of(own.iter().copied()), covered: false },
            (true, true) => Paint { swatch: Swatch::covering(covering), covered: true },
            (true, false) => Paint { swatch: Swatch::Quiet, covered: false },
        }
    }

    /// The classes a view gives it: `step-4`, or `covered step-2`.
    pub fn classes(self) -> String {
        match self.covered {
            true => format!("covered {}", self.swatch.class()),
            false => self.swatch.class().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ResponseKind::*;

    #[test]
    fn the_strongest_rung_ignores_kinds_off_the_ladder() {
        assert_eq!(strongest([Attribution, Concern, Summons, Denial]), Some(Summons));
        assert_eq!(strongest([Attribution, Denial]), None);
        assert_eq!(step_of([Condemnation, Solidarity]), 4);
        assert_eq!(step_of([]), 0);
    }

    #[test]
    fn one_class_per_rung_and_the_rest() {
        assert_eq!(Swatch::of([Concern]).class(), "step-1");
        assert_eq!(Swatch::of([Sanctions, Attribution]).class(), "step-10");
        assert_eq!(Swatch::of([SeveringRelations]).class(), "step-8");
        assert_eq!(Swatch::of([Attribution]), Swatch::OffLadder);
        assert_eq!(Swatch::of([]), Swatch::Quiet);
        assert_eq!(Swatch::of([Expulsion]).number(), Some(7));
        assert_eq!(Swatch::of([Indictment]).sign().as_deref(), Some("9"));
    }

    #[test]
    fn what_a_swatch_is_named_after_is_what_it_shows() {
        assert_eq!(named(&[Attribution, Summons]), Some(Summons));
        assert_eq!(named(&[Denial, CounterSummons, RetaliatoryExpulsion]), Some(RetaliatoryExpulsion));
        assert_eq!(named(&[Denial, CounterAccusation]), Some(Denial));
        assert_eq!(named(&[]), None);
    }

    #[test]
    fn retaliation_is_painted_apart_from_the_ladder_and_from_a_denial() {
        assert_eq!(strongest([CounterSanctions, RetaliatoryExpulsion, Denial]), None, "no rung");
        assert_eq!(step_of([CounterSummons]), 0);
        assert_eq!(Swatch::of([Denial, CounterSanctions]), Swatch::Retaliation);
        assert_eq!(Swatch::of([CounterSummons]).class(), "retaliation");
        assert_eq!(Swatch::of([CounterSummons]).number(), None);
        assert_eq!(Swatch::of([CounterSummons]).sign().as_deref(), Some(RETALIATION_SIGN));
        assert_eq!(Swatch::of([Denial]).sign(), None);
    }

    #[test]
    fn a_states_own_words_outrank_a_blocs_cover() {
        assert_eq!(Paint::of(&[Summons], true, Some(Condemnation)).classes(), "step-5");
        assert_eq!(Paint::of(&[], true, Some(Solidarity)).classes(), "covered step-2");
        assert_eq!(Paint::of(&[], true, None).classes(), "covered off-ladder");
        assert_eq!(Paint::of(&[], false, None).classes(), "quiet");
    }
}
