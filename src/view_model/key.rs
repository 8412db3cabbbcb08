//! The map's key: the ladder's swatches with their rung numbers and names, then the patterns and
//! outlines that carry everything else, so colour is never the only signal. The screen and the
//! exported picture draw the same entries.

use crate::i18n::strings;
use crate::model::{Lang, ResponseKind};
use crate::rung::{Swatch, RETALIATION_SIGN};
use crate::standing::CountryRole;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyEntry {
    /// The swatch's classes: `step-4`, `covered`, `attributing`…
    pub class: &'static str,
    /// The rung's number, printed on its swatch.
    pub number: Option<usize>,
    /// The sign printed on a swatch that is not a rung's: the retaliation's.
    pub sign: Option<&'static str>,
    pub label: &'static str,
}

/// Every entry, ladder first.
pub fn key(lang: Lang) -> Vec<KeyEntry> {
    let words = strings(lang);
    let ladder = ResponseKind::ALL.into_iter().filter_map(|kind| {
        let swatch = Swatch::of([kind]);
        let number = swatch.number()?;
        Some(KeyEntry {
            class: swatch.class(),
            number: Some(number),
            sign: None,
            label: words.response_label(kind),
        })
    });
    let retaliation = KeyEntry {
        class: Swatch::Retaliation.class(),
        number: None,
        sign: Some(RETALIATION_SIGN),
        label: words.legend_retaliation,
    };
    let other = [
        ("covered", words.legend_covered),
        (Swatch::OffLadder.class(), words.legend_other),
        (
            CountryRole::Attributing.class().unwrap_or_default(),
            words.role(CountryRole::Attributing).unwrap_or_default(),
        ),
        (
            CountryRole::Accused.class().unwrap_or_default(),
            words.role(CountryRole::Accused).unwrap_or_default(),
        ),
        (Swatch::Quiet.class(), words.legend_none),
    ];
    let other = other.into_iter().map(|(class, label)| KeyEntry { class, number: None, sign: None, label });
    ladder.chain(std::iter::once(retaliation)).chain(other).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_rungs_then_the_retaliation_then_five_signs() {
        let entries = key(Lang::En);
        assert_eq!(entries.len(), 16);
        assert_eq!((entries[0].class, entries[0].number, entries[0].label), ("step-1", Some(1), "Concern"));
        assert_eq!((entries[9].class, entries[9].label), ("step-10", "Sanctions"));
        let retaliation = &entries[10];
        assert_eq!(
            (retaliation.class, retaliation.number, retaliation.sign),
            ("retaliation", None, Some("\u{21c4}"))
        );
        let signs: Vec<&str> = entries[11..].iter().map(|entry| entry.class).collect();
        assert_eq!(signs, ["covered", "off-ladder", "attributing", "accused", "quiet"]);
    }
}
