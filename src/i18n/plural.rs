//! Counted phrases: a number picks one of a noun's forms by its language's rule, never a number
//! pasted in front of one form („1 z 1 aktérů“).

use crate::model::Lang;

/// The forms a counted noun takes, CLDR's categories for integers: English has one and other;
/// Czech one (1), few (2–4) and other (0, 5 and up, so 21 and 22 too: „21 států“).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Other,
}

impl Plural {
    pub fn of(lang: Lang, n: usize) -> Plural {
        match (lang, n) {
            (_, 1) => Plural::One,
            (Lang::Cs, 2..=4) => Plural::Few,
            _ => Plural::Other,
        }
    }
}

/// One noun in one case: its one / few / other forms (English repeats other as few).
pub type Forms = [&'static str; 3];

/// The noun's form for `n`, e.g. `pick(Lang::Cs, 3, ["stát", "státy", "států"])` is "státy".
pub fn pick(lang: Lang, n: usize, forms: Forms) -> &'static str {
    forms[Plural::of(lang, n) as usize]
}

/// "3 states", „3 státy“: the number and its noun, with a non-breaking space between them.
pub fn count(lang: Lang, n: usize, forms: Forms) -> String {
    format!("{n}\u{a0}{}", pick(lang, n, forms))
}

/// Czech „z“ becomes „ze“ before a number read aloud with s, z, š, ž or a cluster such as dv, tř,
/// čt („ze 2“ is „ze dvou“, „z 5“ is „z pěti“): the word that is read decides, not the digit.
pub fn z_before(n: usize) -> &'static str {
    if starts_softly(n) {
        "ze"
    } else {
        "z"
    }
}

/// Whether the first word of `n` read in the genitive begins with a sound that needs „ze“.
fn starts_softly(n: usize) -> bool {
    match n {
        // jednoho, dvou, tří, čtyř, pěti, šesti, sedmi, osmi, devíti
        0..=9 => matches!(n, 2 | 3 | 4 | 6 | 7),
        // deseti, jedenácti, dvanácti, třinácti, čtrnácti, patnácti, šestnácti, sedmnácti, …
        10..=19 => matches!(n, 12 | 13 | 14 | 16 | 17),
        // dvaceti, třiceti, čtyřiceti, padesáti, šedesáti, sedmdesáti, osmdesáti, devadesáti
        20..=99 => matches!(n / 10, 2 | 3 | 4 | 6 | 7),
        // sta („ze sta“), dvou set, tří set, … as the units
        100..=199 => true,
        200..=999 => starts_softly(n / 100),
        // tisíce („z tisíce“), dvou tisíc, …; above a thousand, its count of thousands decides
        1000..=1999 => false,
        _ => starts_softly(n / 1000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATES: Forms = ["stát", "státy", "států"];

    #[test]
    fn czech_counts_take_one_few_and_other() {
        let counted: Vec<String> =
            [0, 1, 2, 4, 5, 21, 22, 25].iter().map(|&n| count(Lang::Cs, n, STATES)).collect();
        assert_eq!(
            counted,
            ["0 států", "1 stát", "2 státy", "4 státy", "5 států", "21 států", "22 států", "25 států"]
                .map(|text| text.replace(' ', "\u{a0}"))
        );
    }

    #[test]
    fn english_counts_take_one_and_other() {
        let forms = ["state", "states", "states"];
        let counted: Vec<&str> =
            [0, 1, 2, 4, 5, 21, 22, 25].iter().map(|&n| pick(Lang::En, n, forms)).collect();
        assert_eq!(counted, ["states", "state", "states", "states", "states", "states", "states", "states"]);
    }

    #[test]
    fn z_is_voiced_before_numbers_read_with_a_soft_start() {
        let voiced: Vec<usize> = (0..=30).filter(|&n| z_before(n) == "ze").collect();
        assert_eq!(voiced, [2, 3, 4, 6, 7, 12, 13, 14, 16, 17, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
        assert_eq!(
            [45, 58, 61, 85, 100, 150, 250, 500, 1000, 2000, 5000, 7000].map(z_before),
            ["ze", "z", "ze", "z", "ze", "ze", "ze", "z", "z", "ze", "z", "ze"]
        );
    }
}
