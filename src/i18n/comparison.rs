//! The comparison's and the timeline's sentences: days counted from the attribution, what a
//! cell or a mark holds (read out by screen readers), and the summary lines a reader quotes.

use super::{count, pick, typeset, z_before, Strings};
use crate::comparison::{Cell, CompareOrder, SummaryLine};
use crate::model::{CountryNames, Lang, ResponseKind};
use crate::rung::Swatch;
use crate::timeline::Timing;
use crate::view_mode::ViewMode;

impl Strings {
    pub fn mode(&self, mode: ViewMode) -> &'static str {
        self.modes[mode as usize]
    }

    pub fn compare_order(&self, order: CompareOrder) -> &'static str {
        self.compare_order[order as usize]
    }

    /// The comparison's link to the whole dataset in a format (`CSV`, `JSON`): "Download the
    /// whole dataset (CSV)", „Stáhnout celou datovou sadu (CSV)“ (the term of the Czech open
    /// data portal, data.gov.cz).
    pub fn dataset_link(&self, format: &str) -> String {
        match self.lang {
            Lang::En => format!("Download the whole dataset ({format})"),
            Lang::Cs => format!("Stáhnout celou datovou sadu ({format})"),
        }
    }

    /// The comparison's choice of incidents: its heading, its two lists of states (named as
    /// the map's legend names the roles), the choice of any state, and the period's ends.
    pub fn compare_filter_words(&self) -> [&'static str; 5] {
        match self.lang {
            Lang::En => [
                "Incidents compared",
                "State held responsible",
                "Attributing state",
                "Any",
                "Made public from",
            ],
            // „Kterýkoli“ agrees with „stát“ in both labels.
            Lang::Cs => [
                "Srovnávané incidenty",
                "Stát označený za odpovědný",
                "Stát, který útok připsal",
                "Kterýkoli",
                "Zveřejněno od",
            ],
        }
    }

    /// The period's end: "Made public until", „Zveřejněno do“.
    pub fn made_until(&self) -> &'static str {
        match self.lang {
            Lang::En => "Made public until",
            Lang::Cs => "Zveřejněno do",
        }
    }

    /// How many incidents the choice keeps: "Incidents compared: 4 of 10", with a label and a
    /// colon in Czech so that no verb has to agree with the number.
    pub fn incidents_kept(&self, kept: usize, all: usize) -> String {
        match self.lang {
            Lang::En => format!("Incidents compared: {kept} of {all}"),
            Lang::Cs => typeset(&format!("Srovnávané incidenty: {kept} {} {all}", z_before(all))),
        }
    }

    /// What the comparison says instead of an empty table: no incident fits the choice, or no
    /// one spoke in those that do as the filter shows them.
    pub fn compare_empty(&self, incidents: usize) -> &'static str {
        match (self.lang, incidents) {
            (Lang::En, 0) => "No incident fits this choice.",
            (Lang::Cs, 0) => "Této volbě neodpovídá žádný incident.",
            (Lang::En, _) => "No one spoke in these incidents as the filters show them.",
            (Lang::Cs, _) => "U\u{a0}těchto incidentů neodpovídá zvoleným filtrům žádná reakce.",
        }
    }

    /// The column the sort by speed adds: "Median first answer", as the profile's line says.
    pub fn median_heading(&self) -> &'static str {
        match self.lang {
            Lang::En => "Median first answer",
            Lang::Cs => "Medián první reakce",
        }
    }

    /// "Step 3 of 8", „Krok 3 z 8“.
    pub fn step_of(&self, step: usize, steps: usize) -> String {
        match self.lang {
            Lang::En => format!("Step {step} of {steps}"),
            Lang::Cs => typeset(&format!("Krok {step} {} {steps}", z_before(steps))),
        }
    }

    /// The story button: "Story (8 steps)", „Příběh (8 kroků)“.
    pub fn story_steps(&self, steps: usize) -> String {
        let counted = match self.lang {
            Lang::En => count(Lang::En, steps, ["step", "steps", "steps"]),
            Lang::Cs => count(Lang::Cs, steps, ["krok", "kroky", "kroků"]),
        };
        format!("{} ({counted})", self.story)
    }

    /// A day on the timeline: "day 3", „3 dny po atribuci“, "2 days before the attribution";
    /// "about day 3" when only its month or year is known, "≤ 3 days after the attribution"
    /// when only an upper bound is.
    pub fn day(&self, day: i64, timing: Timing) -> String {
        let cs = self.lang == Lang::Cs;
        if timing == Timing::UpperBound {
            return self.day_by(day);
        }
        let distance = day.unsigned_abs() as usize;
        let text = match (cs, day) {
            (false, 0) => "the day of the attribution".to_string(),
            (true, 0) => "v den atribuce".to_string(),
            (false, 1..) => format!("day {day}"),
            (true, 1) => "den po atribuci".to_string(),
            (true, 2..) => format!("{} po atribuci", count(Lang::Cs, distance, ["den", "dny", "dní"])),
            (false, _) => {
                format!("{} before the attribution", count(Lang::En, distance, ["day", "days", "days"]))
            }
            (true, -1) => "den před atribucí".to_string(),
            (true, _) => format!("{} před atribucí", count(Lang::Cs, distance, ["den", "dny", "dní"])),
        };
        match (timing, cs) {
            (Timing::Approximate, false) => format!("about {text}"),
            (Timing::Approximate, true) => typeset(&format!("přibližně {text}")),
            (_, true) => typeset(&text),
            _ => text,
        }
    }

    /// A day known only as an upper bound: the reaction came that day or earlier, so it is
    /// never called that day's.
    fn day_by(&self, day: i64) -> String {
        let distance = day.unsigned_abs() as usize;
        let text = match (self.lang, day) {
            (Lang::En, 0) => "on or before the day of the attribution".to_string(),
            (Lang::Cs, 0) => "nejpozději v den atribuce".to_string(),
            (Lang::En, 1..) => {
                format!("≤ {} after the attribution", count(Lang::En, distance, ["day", "days", "days"]))
            }
            (Lang::Cs, 1..) => match distance {
                1 => "nejpozději den po atribuci".to_string(),
                _ => format!("nejpozději {} po atribuci", count(Lang::Cs, distance, ["den", "dny", "dní"])),
            },
            (Lang::En, _) => {
                format!("≥ {} before the attribution", count(Lang::En, distance, ["day", "days", "days"]))
            }
            (Lang::Cs, -1) => "nejméně den před atribucí".to_string(),
            (Lang::Cs, _) => {
                format!("nejméně {} před atribucí", count(Lang::Cs, distance, ["den", "dny", "dní"]))
            }
        };
        self.typeset_made(text)
    }

    /// A mark on one incident's timeline, as a screen reader says it.
    pub fn timeline_mark(&self, actor: &str, day: &str, date: &str, kinds: &[ResponseKind]) -> String {
        format!("{actor}, {day}, {date}: {}{}", self.kinds_list(kinds), self.rung(kinds))
    }

    /// The rung a mark or a cell shows as its number, or that it shows the accused state
    /// hitting back (off the ladder), so what is heard contains what is seen.
    fn rung(&self, kinds: &[ResponseKind]) -> String {
        let swatch = crate::rung::Swatch::of(kinds.iter().copied());
        match (swatch, self.lang) {
            (Swatch::Step(step), Lang::En) => format!("; rung {step}"),
            (Swatch::Step(step), Lang::Cs) => format!("; stupeň {step}"),
            (Swatch::Retaliation, Lang::En) => "; retaliation, off the ladder".to_string(),
            (Swatch::Retaliation, Lang::Cs) => "; odveta, mimo stupnici".to_string(),
            (Swatch::OffLadder | Swatch::Quiet, _) => String::new(),
        }
    }

    /// A day of an incident on the aligned timeline: how many reactions, the strongest rung
    /// among their kinds, and whether the accused state hit back that day.
    pub fn aligned_mark(
        &self,
        incident: &str,
        day: &str,
        reactions: usize,
        kinds: &[ResponseKind],
    ) -> String {
        let counted = match self.lang {
            Lang::En => count(Lang::En, reactions, ["reaction", "reactions", "reactions"]),
            Lang::Cs => count(Lang::Cs, reactions, ["reakce", "reakce", "reakcí"]),
        };
        let rung = self.rung(kinds);
        let strongest = crate::rung::strongest(kinds.iter().copied()).map(|kind| match self.lang {
            Lang::En => format!("; strongest: {}", lowercase(self.response_label(kind))),
            Lang::Cs => format!("; nejsilnější: {}", lowercase(self.response_label(kind))),
        });
        let strongest = strongest.unwrap_or_default();
        match self.lang {
            Lang::En => format!("{incident}, {day}: {counted}{strongest}{rung}"),
            // The title in quotes, so a title such as „Česko a Británie připsaly…“ is not heard
            // as the subject of what follows.
            Lang::Cs => format!("„{incident}“, {day}: {counted}{strongest}{rung}"),
        }
    }

    /// A comparison cell, as a screen reader says it: who, where, and what it did there.
    /// In Czech the incident is named by a label and its title in quotes, and what the
    /// responder did is said in nouns: a title such as „Česko a Británie připsaly…“ must not
    /// read as the subject, and a verb would have to agree with Albánie or Spojené státy.
    pub fn compare_cell(&self, responder: &str, incident: &str, cell: &Cell) -> String {
        let cs = self.lang == Lang::Cs;
        let blocs = cell.covered_by.len();
        let what = match (cell.spoke(), cell.covered_by.is_empty(), cs) {
            (true, _, _) => format!("{}{}", self.kinds_list(&cell.kinds), self.rung(&cell.kinds)),
            (false, false, false) => format!("only through the statement of {}", cell.covered_by.join(" ")),
            (false, false, true) => format!(
                "bez vlastního vyjádření; {}: {}",
                pick(Lang::Cs, blocs, ["prohlášení bloku", "prohlášení bloků", "prohlášení bloků"]),
                // Commas, not „a“: the name must hold the words the swatch prints („EU NATO“).
                cell.covered_by.join(", ")
            ),
            (false, true, false) => "said nothing".to_string(),
            (false, true, true) => "bez vyjádření".to_string(),
        };
        // A covered cell shows the bloc's rung; its name says the number it shows.
        let covered_rung = match (cell.spoke(), cell.covered_strongest) {
            (false, Some(kind)) => self.rung(&[kind]),
            _ => String::new(),
        };
        let what = format!("{what}{covered_rung}");
        let role = cell.role.and_then(|role| self.role(role)).map(|role| format!(" ({role})"));
        let role = role.unwrap_or_default();
        match self.lang {
            Lang::En => format!("{responder}, {incident}{role}: {what}"),
            Lang::Cs => format!("{responder}{role}, incident „{incident}“: {what}"),
        }
    }

    /// A summary line, in a sentence of the reader's language; `incidents` is how many are
    /// compared, `accused` how many different states they hold responsible (Czech says „stát“
    /// or „státy označené za odpovědné“ by it).
    pub fn summary_line(
        &self,
        line: &SummaryLine,
        incidents: usize,
        accused: usize,
        names: &CountryNames,
    ) -> String {
        let text = match self.lang {
            Lang::En => english_summary(self, line, incidents, names),
            Lang::Cs => czech_summary(self, line, incidents, accused, names),
        };
        if self.lang == Lang::Cs {
            typeset(&text)
        } else {
            text
        }
    }

    fn kinds_list(&self, kinds: &[ResponseKind]) -> String {
        let labels: Vec<String> = kinds.iter().map(|&kind| lowercase(self.response_label(kind))).collect();
        labels.join(", ")
    }

    /// "A, B and C", „A, B a C“.
    pub(super) fn list(&self, items: &[String]) -> String {
        let and = if self.lang == Lang::Cs { " a\u{a0}" } else { " and " };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
        }
    }
}

fn english_summary(words: &Strings, line: &SummaryLine, incidents: usize, names: &CountryNames) -> String {
    let these =
        if incidents == 1 { "this incident".to_string() } else { format!("these {incidents} incidents") };
    match line {
        SummaryLine::MembersSpoke { bloc, members, spoke } => {
            let spoke = if *spoke == 0 { "none".to_string() } else { spoke.to_string() };
            let scope = if incidents == 1 {
                "in this incident".to_string()
            } else {
                format!("in at least one of {these}")
            };
            format!(
                "Of the {} {bloc} member {}, {spoke} spoke for themselves {scope}.",
                members,
                pick(Lang::En, *members, ["state", "states", "states"])
            )
        }
        SummaryLine::SpokeInEvery { states } if states.is_empty() => {
            format!("No state spoke in all of {these}.")
        }
        SummaryLine::SpokeInEvery { states } => {
            let listed: Vec<String> = states.iter().map(|&code| names.name(code)).collect();
            let each = if incidents == 1 { these } else { format!("each of {these}") };
            format!(
                "{} spoke in {each}: {}.",
                count(Lang::En, states.len(), ["state", "states", "states"]),
                words.list(&listed)
            )
        }
        SummaryLine::AccusedReplied { replied: 0, .. } => {
            format!("The state held responsible did not answer in any of {these}.")
        }
        SummaryLine::AccusedReplied { replied, kinds } if *replied == incidents && incidents > 1 => {
            format!("The state held responsible answered in each of {these}: {}.", words.kinds_list(kinds))
        }
        SummaryLine::AccusedReplied { replied, kinds } => {
            format!(
                "The state held responsible answered in {replied} of {these}: {}.",
                words.kinds_list(kinds)
            )
        }
        SummaryLine::AccusedRetaliated { retaliated, kinds } => {
            let scope = match (incidents, *retaliated == incidents) {
                (1, _) => these,
                (_, true) => format!("each of {these}"),
                _ => format!("{retaliated} of {these}"),
            };
            format!(
                "The state held responsible hit back, off the ladder, in {scope}: {}.",
                words.kinds_list(kinds)
            )
        }
    }
}

fn czech_summary(
    words: &Strings,
    line: &SummaryLine,
    incidents: usize,
    accused: usize,
    names: &CountryNames,
) -> String {
    let of_these = format!("z těchto {incidents}\u{a0}incidentů");
    // One state held responsible, or several (Russia in one incident, China in another).
    let one = accused <= 1;
    let (who, replied_verb, silent_verb, retaliated_verb) = if one {
        ("Stát označený za odpovědný", "reagoval", "nereagoval", "přijal")
    } else {
        ("Státy označené za odpovědné", "reagovaly", "nereagovaly", "přijaly")
    };
    let kinds = |kinds: &[ResponseKind]| {
        let labels: Vec<String> = kinds.iter().map(|&kind| lowercase(words.response_label(kind))).collect();
        words.list(&labels)
    };
    match line {
        SummaryLine::MembersSpoke { bloc, members, spoke } => {
            let of_members = format!(
                "{} {members}\u{a0}{} {bloc}",
                capitalised(z_before(*members)),
                pick(Lang::Cs, *members, ["členského státu", "členských států", "členských států"])
            );
            let scope = if incidents == 1 {
                "k tomuto incidentu".to_string()
            } else {
                format!("alespoň k jednomu {of_these}")
            };
            match spoke {
                0 => format!("{of_members} se {scope} samostatně nevyjádřil žádný."),
                _ => format!(
                    "{of_members} se {scope} samostatně {} {spoke}.",
                    pick(Lang::Cs, *spoke, ["vyjádřil", "vyjádřily", "vyjádřilo"])
                ),
            }
        }
        SummaryLine::SpokeInEvery { states } if states.is_empty() => match incidents {
            1 => "K tomuto incidentu se nevyjádřil žádný stát.".to_string(),
            _ => format!("Žádný stát se nevyjádřil ke všem těmto {incidents}\u{a0}incidentům."),
        },
        SummaryLine::SpokeInEvery { states } => {
            let listed: Vec<String> = states.iter().map(|&code| names.name(code)).collect();
            let each = if incidents == 1 {
                "K tomuto incidentu".to_string()
            } else {
                format!("Ke každému {of_these}")
            };
            let n = states.len();
            let who = match n {
                1 => "jediný stát".to_string(),
                _ => count(Lang::Cs, n, ["stát", "státy", "států"]),
            };
            format!(
                "{each} se {} {who}: {}.",
                pick(Lang::Cs, n, ["vyjádřil", "vyjádřily", "vyjádřilo"]),
                words.list(&listed)
            )
        }
        SummaryLine::AccusedReplied { replied: 0, .. } => match incidents {
            1 => format!("{who} na atribuci {silent_verb}."),
            _ => format!("{who} {silent_verb} u žádného {of_these}."),
        },
        SummaryLine::AccusedReplied { replied, kinds: done } => {
            let scope = match (incidents, *replied == incidents) {
                (1, _) => "u tohoto incidentu".to_string(),
                (_, true) => format!("u každého {of_these}"),
                _ => format!("u {replied} {of_these}"),
            };
            format!("{who} {replied_verb} {scope}: {}.", kinds(done))
        }
        SummaryLine::AccusedRetaliated { retaliated, kinds: done } => {
            let scope = match (incidents, *retaliated == incidents) {
                (1, _) => "u tohoto incidentu".to_string(),
                (_, true) => format!("u každého {of_these}"),
                _ => format!("u {retaliated} {of_these}"),
            };
            format!("{who} {retaliated_verb} odvetná opatření (mimo stupnici) {scope}: {}.", kinds(done))
        }
    }
}

/// Response labels inside a sentence: „popření“, not „Popření“.
pub(super) fn lowercase(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::model::CountryCode;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    #[test]
    fn days_read_in_each_language_before_on_and_after_the_attribution() {
        let (en, cs) = (strings(Lang::En), strings(Lang::Cs));
        assert_eq!(en.day(0, Timing::Exact), "the day of the attribution");
        assert_eq!(en.day(3, Timing::Approximate), "about day 3");
        assert_eq!(en.day(-1, Timing::Exact), "1\u{a0}day before the attribution");
        assert_eq!(cs.day(0, Timing::Exact), "v\u{a0}den atribuce");
        assert_eq!(cs.day(1, Timing::Exact), "den po atribuci");
        assert_eq!(cs.day(3, Timing::Exact), "3\u{a0}dny po atribuci");
        assert_eq!(cs.day(5, Timing::Exact), "5\u{a0}dní po atribuci");
        assert_eq!(cs.day(-1, Timing::Exact), "den před atribucí");
        assert_eq!(cs.day(-2, Timing::Exact), "2\u{a0}dny před atribucí");
        assert_eq!(cs.day(-5, Timing::Exact), "5\u{a0}dní před atribucí");
        assert_eq!(cs.day(0, Timing::Approximate), "přibližně v\u{a0}den atribuce");
        assert_eq!(cs.day(21, Timing::Approximate), "přibližně 21\u{a0}dní po atribuci");
    }

    #[test]
    fn an_upper_bound_is_never_read_as_that_day() {
        let (en, cs) = (strings(Lang::En), strings(Lang::Cs));
        assert_eq!(en.day(0, Timing::UpperBound), "on or before the day of the attribution");
        assert_eq!(en.day(29, Timing::UpperBound), "≤ 29\u{a0}days after the attribution");
        assert_eq!(en.day(-2, Timing::UpperBound), "≥ 2\u{a0}days before the attribution");
        assert_eq!(cs.day(0, Timing::UpperBound), "nejpozději v\u{a0}den atribuce");
        assert_eq!(cs.day(1, Timing::UpperBound), "nejpozději den po atribuci");
        assert_eq!(cs.day(29, Timing::UpperBound), "nejpozději 29\u{a0}dní po atribuci");
        assert_eq!(cs.day(-3, Timing::UpperBound), "nejméně 3\u{a0}dny před atribucí");
    }

    #[test]
    fn summary_lines_agree_with_their_numbers() {
        let names = CountryNames::iso(Lang::Cs);
        let cs = strings(Lang::Cs);
        let members = |spoke| SummaryLine::MembersSpoke { bloc: "EU".into(), members: 27, spoke };
        assert_eq!(
            cs.summary_line(&members(9), 4, 1, &names),
            "Ze 27\u{a0}členských států EU se alespoň k\u{a0}jednomu z\u{a0}těchto 4\u{a0}incidentů samostatně vyjádřilo 9."
        );
        assert!(cs.summary_line(&members(3), 4, 1, &names).ends_with("samostatně vyjádřily 3."));
        assert!(cs.summary_line(&members(0), 2, 1, &names).ends_with("samostatně nevyjádřil žádný."));
        let every = SummaryLine::SpokeInEvery { states: vec![code("GB"), code("US"), code("AU")] };
        assert_eq!(
            cs.summary_line(&every, 4, 1, &names),
            "Ke každému z\u{a0}těchto 4\u{a0}incidentů se vyjádřily 3\u{a0}státy: Spojené království, Spojené státy a\u{a0}Austrálie."
        );
        let en = strings(Lang::En);
        let english = CountryNames::iso(Lang::En);
        assert_eq!(
            en.summary_line(&every, 4, 1, &english),
            "3\u{a0}states spoke in each of these 4 incidents: United Kingdom, United States and Australia."
        );
        let replied = SummaryLine::AccusedReplied {
            replied: 3,
            kinds: vec![ResponseKind::Denial, ResponseKind::CounterAccusation],
        };
        assert_eq!(
            en.summary_line(&replied, 4, 1, &english),
            "The state held responsible answered in 3 of these 4 incidents: denial, counter-accusation."
        );
        let retaliated = SummaryLine::AccusedRetaliated {
            retaliated: 1,
            kinds: vec![ResponseKind::RetaliatoryExpulsion, ResponseKind::CounterSanctions],
        };
        assert_eq!(
            en.summary_line(&retaliated, 4, 1, &english),
            "The state held responsible hit back, off the ladder, in 1 of these 4 incidents: retaliatory expulsion, counter-sanctions."
        );
        assert_eq!(
            cs.summary_line(&retaliated, 4, 1, &names),
            "Stát označený za odpovědný přijal odvetná opatření (mimo stupnici) u\u{a0}1\u{a0}z\u{a0}těchto 4\u{a0}incidentů: odvetné vyhoštění a\u{a0}odvetné sankce."
        );
        assert_eq!(
            cs.summary_line(&replied, 4, 2, &names),
            "Státy označené za odpovědné reagovaly u\u{a0}3\u{a0}z\u{a0}těchto 4\u{a0}incidentů: popření a\u{a0}protiobvinění."
        );
        let none = SummaryLine::AccusedReplied { replied: 0, kinds: vec![] };
        assert_eq!(
            cs.summary_line(&none, 1, 1, &names),
            "Stát označený za odpovědný na atribuci nereagoval."
        );
        let alone = SummaryLine::SpokeInEvery { states: vec![code("US")] };
        assert_eq!(
            cs.summary_line(&alone, 2, 1, &names),
            "Ke každému z\u{a0}těchto 2\u{a0}incidentů se vyjádřil jediný stát: Spojené státy."
        );
        let nobody = SummaryLine::SpokeInEvery { states: vec![] };
        assert_eq!(
            cs.summary_line(&nobody, 3, 1, &names),
            "Žádný stát se nevyjádřil ke všem těmto 3\u{a0}incidentům."
        );
        assert_eq!(
            en.summary_line(&members(1), 1, 1, &english),
            "Of the 27 EU member states, 1 spoke for themselves in this incident."
        );
    }
}
