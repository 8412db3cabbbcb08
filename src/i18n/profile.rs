//! A responder's profile across the incidents: its table's words and the lines that sum it up.
//! Only the extras module draws a profile, so only it carries these. Czech says
//! what a responder did in nouns and labels, never with a verb that would have to agree with
//! Německo, Spojené státy or Evropská unie.

use super::comparison::lowercase;
use super::{count, pick, typeset, z_before, Strings};
use crate::comparison::Median;
use crate::model::{Lang, ResponseKind};
use crate::timeline::Timing;

/// The profile table's words that the rest of the interface does not already have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileWords {
    pub back: String,
    pub when: String,
    /// In place of a reaction, where it said nothing itself.
    pub no_answer: String,
}

impl Strings {
    /// A responder's profile, as its heading and the comparison's link to it say: "Germany
    /// across all incidents", „Německo ve všech incidentech“ (the name stays in the nominative).
    pub fn across_incidents(&self, name: &str) -> String {
        match self.lang {
            Lang::En => format!("{name} across all incidents"),
            Lang::Cs => typeset(&format!("{name} ve všech incidentech")),
        }
    }

    /// The same, when the comparison it opens from sets only some incidents side by side.
    pub fn across_compared(&self, name: &str) -> String {
        match self.lang {
            Lang::En => format!("{name} across the incidents compared"),
            Lang::Cs => typeset(&format!("{name} ve srovnávaných incidentech")),
        }
    }

    /// Under the comparison's own hint: what a row's name opens.
    pub fn profile_hint(&self) -> String {
        match self.lang {
            Lang::En => "A responder's name opens what it did across all incidents.".to_string(),
            Lang::Cs => typeset("Po výběru jména se zobrazí reakce daného aktéra ve všech incidentech."),
        }
    }

    pub fn profile_words(&self) -> ProfileWords {
        let words = match self.lang {
            Lang::En => ["Back to the comparison", "When", "No answer of its own"],
            Lang::Cs => ["Zpět ke srovnání", "Kdy", "Bez vlastní reakce"],
        };
        let [back, when, no_answer] = words.map(|word| self.typeset_made(word.to_string()));
        ProfileWords { back, when, no_answer }
    }

    /// A response kind with its rung on the ladder, as the comparison's swatches number them:
    /// "condemnation (rung 4)", „odsouzení (stupeň 4)“; a kind off the ladder by its name only.
    pub fn kind_with_rung(&self, kind: ResponseKind) -> String {
        let label = lowercase(self.response_label(kind));
        match (kind.ladder_step(), self.lang) {
            (Some(step), Lang::En) => format!("{label} (rung {step})"),
            (Some(step), Lang::Cs) => format!("{label} (stupeň\u{a0}{step})"),
            (None, _) => label,
        }
    }

    /// The lines above a profile: in how many of `incidents` it answered, in how many only a
    /// bloc spoke for it, how many used each kind, and the median day of its first answers.
    pub fn profile_lines(
        &self,
        incidents: usize,
        answered: usize,
        covered_only: usize,
        kinds: &[(ResponseKind, usize)],
        median: Option<Median>,
    ) -> Vec<String> {
        let cs = self.lang == Lang::Cs;
        let mut lines = vec![match cs {
            false => format!(
                "Answered {answered} of {}.",
                count(Lang::En, incidents, ["incident", "incidents", "incidents"])
            ),
            true => format!(
                "Vlastní reakce: u {answered} {} {incidents} {}.",
                z_before(incidents),
                pick(Lang::Cs, incidents, ["incidentu", "incidentů", "incidentů"])
            ),
        }];
        if covered_only > 0 {
            lines.push(match cs {
                false => format!(
                    "Covered only by a bloc statement in {}.",
                    count(Lang::En, covered_only, ["more incident", "more incidents", "more incidents"])
                ),
                true => format!(
                    "Jen prohlášení bloku, bez vlastní reakce: u {} {}.",
                    covered_only,
                    pick(
                        Lang::Cs,
                        covered_only,
                        ["dalšího incidentu", "dalších incidentů", "dalších incidentů"]
                    )
                ),
            });
        }
        if !kinds.is_empty() {
            let counted: Vec<String> = kinds
                .iter()
                .map(|&(kind, incidents)| format!("{} {incidents}", lowercase(self.response_label(kind))))
                .collect();
            let lead =
                if cs { "Počet incidentů podle druhu reakce" } else { "Incidents by kind of response" };
            lines.push(format!("{lead}: {}.", counted.join(", ")));
        }
        if let Some(median) = median {
            let lead = self.median_heading();
            lines.push(format!("{lead}: {}.", self.median_day(median)));
        }
        lines.into_iter().map(|line| self.typeset_made(line)).collect()
    }

    /// A median day, which may fall between two days: "day 2.5", „2,5 dne po atribuci“ (a
    /// decimal takes the genitive singular in Czech); a whole day reads as a timeline's day.
    pub fn median_day(&self, median: Median) -> String {
        let timing = if median.upper_bound { Timing::UpperBound } else { Timing::Exact };
        if median.half_days % 2 == 0 {
            return self.day(median.half_days / 2, timing);
        }
        let before = median.half_days < 0;
        let whole = median.half_days.unsigned_abs() / 2;
        let text = match (self.lang, before, median.upper_bound) {
            (Lang::En, false, false) => format!("day {whole}.5"),
            (Lang::En, false, true) => format!("≤ {whole}.5 days after the attribution"),
            (Lang::En, true, false) => format!("{whole}.5 days before the attribution"),
            (Lang::En, true, true) => format!("≥ {whole}.5 days before the attribution"),
            (Lang::Cs, false, false) => format!("{whole},5 dne po atribuci"),
            (Lang::Cs, false, true) => format!("nejpozději {whole},5 dne po atribuci"),
            (Lang::Cs, true, false) => format!("{whole},5 dne před atribucí"),
            (Lang::Cs, true, true) => format!("nejméně {whole},5 dne před atribucí"),
        };
        match self.lang {
            Lang::En => text,
            Lang::Cs => typeset(&text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;

    /// The text with its non-breaking spaces shown as ␣.
    fn shown(lines: Vec<String>) -> Vec<String> {
        lines.into_iter().map(|line| line.replace('\u{a0}', "␣")).collect()
    }

    const KINDS: [(ResponseKind, usize); 2] = [(ResponseKind::Condemnation, 5), (ResponseKind::Sanctions, 2)];

    #[test]
    fn the_lines_sum_a_profile_up_in_english() {
        let en = strings(Lang::En);
        let median = Some(Median { half_days: 0, upper_bound: false });
        assert_eq!(
            shown(en.profile_lines(10, 7, 2, &KINDS, median)),
            [
                "Answered 7 of 10␣incidents.",
                "Covered only by a bloc statement in 2␣more incidents.",
                "Incidents by kind of response: condemnation 5, sanctions 2.",
                "Median first answer: the day of the attribution.",
            ]
        );
        let once = shown(en.profile_lines(1, 0, 1, &[], None));
        assert_eq!(
            once,
            ["Answered 0 of 1␣incident.", "Covered only by a bloc statement in 1␣more incident."]
        );
        let half = Some(Median { half_days: 5, upper_bound: false });
        assert_eq!(shown(en.profile_lines(4, 2, 0, &KINDS, half))[2], "Median first answer: day 2.5.");
        let bounded = Some(Median { half_days: 6, upper_bound: true });
        assert_eq!(
            shown(en.profile_lines(4, 2, 0, &KINDS, bounded))[2],
            "Median first answer: ≤ 3␣days after the attribution."
        );
    }

    #[test]
    fn czech_lines_agree_with_every_number_and_name_no_verb() {
        let cs = strings(Lang::Cs);
        let lines = |incidents, answered, covered, half_days| {
            shown(cs.profile_lines(
                incidents,
                answered,
                covered,
                &KINDS,
                Some(Median { half_days, upper_bound: false }),
            ))
        };
        assert_eq!(
            lines(10, 7, 2, 0),
            [
                "Vlastní reakce: u␣7␣z␣10␣incidentů.",
                "Jen prohlášení bloku, bez vlastní reakce: u␣2␣dalších incidentů.",
                "Počet incidentů podle druhu reakce: odsouzení 5, sankce 2.",
                "Medián první reakce: v␣den atribuce.",
            ]
        );
        assert_eq!(lines(1, 1, 0, 2)[0], "Vlastní reakce: u␣1␣z␣1␣incidentu.");
        assert_eq!(lines(1, 1, 0, 2)[2], "Medián první reakce: den po atribuci.");
        assert_eq!(lines(2, 1, 1, 6)[1], "Jen prohlášení bloku, bez vlastní reakce: u␣1␣dalšího incidentu.");
        assert_eq!(lines(2, 1, 1, 6)[0], "Vlastní reakce: u␣1␣ze 2␣incidentů.");
        assert_eq!(lines(4, 3, 0, 6)[2], "Medián první reakce: 3␣dny po atribuci.");
        assert_eq!(lines(4, 3, 0, 10)[2], "Medián první reakce: 5␣dní po atribuci.");
        assert_eq!(lines(4, 2, 0, 5)[2], "Medián první reakce: 2,5␣dne po atribuci.");
        assert_eq!(lines(4, 2, 0, -3)[2], "Medián první reakce: 1,5␣dne před atribucí.");
        let bounded = cs.profile_lines(4, 2, 0, &[], Some(Median { half_days: 7, upper_bound: true }));
        assert_eq!(shown(bounded)[1], "Medián první reakce: nejpozději 3,5␣dne po atribuci.");
    }

    #[test]
    fn a_kind_says_its_rung_where_the_ladder_has_one() {
        let (en, cs) = (strings(Lang::En), strings(Lang::Cs));
        assert_eq!(en.kind_with_rung(ResponseKind::Condemnation), "condemnation (rung 4)");
        assert_eq!(cs.kind_with_rung(ResponseKind::Sanctions), "sankce (stupeň\u{a0}10)");
        assert_eq!(en.kind_with_rung(ResponseKind::Attribution), "attribution");
        assert_eq!(cs.profile_words().back, "Zpět ke srovnání");
        assert_eq!(en.across_incidents("Germany"), "Germany across all incidents");
        assert_eq!(cs.across_incidents("Spojené státy"), "Spojené státy ve všech incidentech");
        assert_eq!(cs.profile_link, "Tento aktér ve všech incidentech");
        assert_eq!(
            cs.profile_hint(),
            "Po výběru jména se zobrazí reakce daného aktéra ve všech incidentech."
        );
    }
}
