//! The share and download panel's words. Only the panel's own module (src/bin/demarche-tools.rs)
//! carries them, so readers who never open the panel never download them; they are kept here,
//! with every other string of the app, and typeset like them.

use super::{strings, typeset};
use crate::model::Lang;

/// Each word by the name share.js reads it under, in English and in Czech.
pub type ShareWords = [(&'static str, &'static str, &'static str); 24];

const WORDS: ShareWords = [
    ("linkLabel", "Link to this view", "Odkaz na tento pohled"),
    ("copyLink", "Copy link", "Kopírovat odkaz"),
    ("copiedLink", "The link is copied.", "Odkaz byl zkopírován."),
    ("options", "The embedded view", "Vložený pohled"),
    ("theme", "Theme", "Vzhled"),
    ("auto", "The reader's system", "Podle nastavení systému"),
    ("light", "Light", "Světlý"),
    ("dark", "Dark", "Tmavý"),
    ("compact", "Compact: map, table, filters and detail only", "Kompaktní: jen mapa, tabulka, filtry a podrobnosti"),
    ("fixedHeight", "Fixed height in pixels (empty: fits its content)", "Pevná výška v pixelech (nevyplněno: podle obsahu)"),
    ("iframeLabel", "Embed code (iframe; embed.js sizes it)", "Kód pro vložení (iframe, velikost upraví embed.js)"),
    ("scriptLabel", "Embed code (script)", "Kód pro vložení (skript)"),
    ("copyCode", "Copy code", "Kopírovat kód"),
    ("copiedCode", "The code is copied.", "Kód byl zkopírován."),
    ("preview", "Preview of the embedded view", "Náhled vloženého pohledu"),
    ("downloads", "Download what this view shows", "Stáhnout obsah tohoto pohledu"),
    ("csvLabel", "Data (CSV)", "Data (CSV)"),
    ("jsonLabel", "Data (JSON)", "Data (JSON)"),
    ("svgLabel", "Map (SVG)", "Mapa (SVG)"),
    ("pngLabel", "Map (PNG)", "Mapa (PNG)"),
    ("citeLabel", "Cite", "Jak citovat"),
    ("versionLabel", "data version", "verze dat"),
    ("noPicture", "The comparison has no map to download as a picture: its CSV and JSON hold every reaction it compares. The map's picture is in the matrix and timeline views.", "Srovnání nemá mapu, kterou by šlo stáhnout jako obrázek: jeho CSV a JSON obsahují všechny reakce, které srovnává. Obrázek mapy lze stáhnout v pohledech Tabulka a Časová osa."),
    ("dataFrom", "data from", "data z"),
];

/// The panel's words in `lang`, by name, with the app's name and the word for the language.
pub fn share_words(lang: Lang) -> Vec<(&'static str, String)> {
    let words = strings(lang);
    let mut list: Vec<(&'static str, String)> = WORDS
        .iter()
        .map(|&(name, en, cs)| match lang {
            Lang::En => (name, en.to_string()),
            Lang::Cs => (name, typeset(cs)),
        })
        .collect();
    list.push(("appName", words.app_name.to_string()));
    list.push(("language", words.language.to_string()));
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_in_both_languages_and_czech_typeset() {
        for (name, en, cs) in WORDS {
            assert!(!en.is_empty() && !cs.is_empty() && en != cs || name.ends_with("Label"), "{name}");
        }
        let czech = share_words(Lang::Cs);
        let no_picture = &czech.iter().find(|(name, _)| *name == "noPicture").unwrap().1;
        assert!(
            no_picture.contains("v\u{a0}pohledech Tabulka"),
            "a one-letter preposition keeps its word: {no_picture}"
        );
        assert_eq!(czech.len(), WORDS.len() + 2);
    }
}
