//! The map in words: what a state's tooltip shows and a screen reader hears, and the sentence
//! that stands for the whole map. Plain text from the core, so it is tested without a browser.

use crate::i18n::strings;
use crate::model::{CountryNames, Incident};
use crate::standing::CountryStanding;

/// The state, its role, each of its actors with what they did, and the blocs that spoke for it.
pub fn describe(incident: &Incident, names: &CountryNames, standing: &CountryStanding) -> Vec<String> {
    let lang = names.lang;
    let words = strings(lang);
    let mut lines = vec![names.name(standing.country)];
    lines.extend(words.role(standing.role).map(sentence_case));
    for (actor, kinds) in &standing.actors {
        let kinds: Vec<String> = kinds.iter().map(|&kind| words.response_in_line(kind)).collect();
        lines.push(format!("{}: {}", incident.actors[*actor].name.get(lang), kinds.join(", ")));
    }
    if !standing.covered_by.is_empty() {
        let blocs: Vec<&str> =
            standing.covered_by.iter().map(|&bloc| incident.blocs[bloc].name.get(lang)).collect();
        lines.push(words.covered(&blocs));
    }
    lines
}

/// Who spoke for themselves, and how many states only a bloc covered.
pub fn summary(incident: &Incident, names: &CountryNames, standings: &[CountryStanding]) -> String {
    let lang = names.lang;
    let words = strings(lang);
    let spoke: Vec<String> = standings
        .iter()
        .filter(|standing| standing.spoke())
        .map(|standing| {
            let kind = crate::rung::named(&standing.kinds);
            let mut notes: Vec<String> = kind.map(|kind| words.response_in_line(kind)).into_iter().collect();
            notes.extend(words.role(standing.role).map(str::to_string));
            format!("{} ({})", names.name(standing.country), notes.join("; "))
        })
        .collect();
    let covered: Vec<&CountryStanding> =
        standings.iter().filter(|standing| !standing.spoke() && !standing.covered_by.is_empty()).collect();
    let mut blocs: Vec<&str> = covered
        .iter()
        .flat_map(|standing| standing.covered_by.iter().map(|&bloc| incident.blocs[bloc].name.get(lang)))
        .collect();
    blocs.sort_unstable();
    blocs.dedup();
    words.map_summary(&spoke.join(", "), covered.len(), &blocs)
}

/// Role names begin with an ASCII letter in both languages (an i18n test holds them to it), so
/// the standard library's Unicode case tables, 7 KB brotli, stay out of the widget.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::model::Lang;
    use crate::standing::standings;

    fn incident() -> Incident {
        crate::load::minimal()
    }

    #[test]
    fn a_state_is_described_by_its_role_its_actors_and_its_blocs() {
        let incident = incident();
        let standings = standings(&incident, &Filter::default());
        let names = CountryNames::iso(Lang::En);
        let czechia = describe(&incident, &names, &standings[0]);
        assert_eq!(czechia[0], "Czechia");
        assert_eq!(czechia[1], "Attributing state");
        assert!(czechia[2].ends_with(": Condemnation, Attribution"), "{czechia:?}");
        assert!(czechia.last().unwrap().starts_with("Covered by a bloc statement: "), "{czechia:?}");
        let germany = describe(&incident, &CountryNames::iso(Lang::Cs), &standings[1]);
        assert_eq!(germany[0], "Německo");
        let czech = describe(&incident, &CountryNames::iso(Lang::Cs), &standings[0]);
        assert!(czech[2].ends_with(": odsouzení, atribuce"), "{czech:?}");
        assert!(
            czech.last().unwrap().starts_with("Na tento stát se vztahuje prohlášení bloku: "),
            "{czech:?}"
        );
    }

    #[test]
    fn the_summary_names_who_spoke_and_counts_who_was_covered() {
        let incident = incident();
        let standings = standings(&incident, &Filter::default());
        let text = summary(&incident, &CountryNames::iso(Lang::En), &standings);
        assert!(text.starts_with("States that spoke for themselves: Czechia ("), "{text}");
        assert!(text.contains("China ("), "{text}");
        assert!(text.contains("1\u{a0}more state is covered only by a bloc statement: "), "{text}");
    }
}
