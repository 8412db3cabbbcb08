//! The share and download panel's words, and the phrases of its cite line and embed codes.
//! Only the panel's own module (src/bin/demarche-tools.rs) carries them, so readers who never
//! open the panel never download them; they are kept here, with every other string of the app,
//! and typeset like them.

use super::{strings, typeset, z_before, MonthCase};
use crate::model::{Date, Lang};

/// Each word by the name share.js reads it under, in English and in Czech.
pub type ShareWords = [(&'static str, &'static str, &'static str); 24];

const WORDS: ShareWords = [
    ("linkLabel", "Link to this view", "Odkaz na tento pohled"),
    ("copyLink", "Copy link", "Kopírovat odkaz"),
    ("copiedLink", "The link is copied.", "Odkaz byl zkopírován."),
    ("options", "The embedded view", "Vložený pohled"),
    // The toolbar's word too; here as well because the panel's module has no Czech words of
    // the toolbar's until it has loaded the view (i18n::learn).
    ("language", "Language", "Jazyk"),
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
    ("coalitionsLabel", "Coalition table (CSV)", "Tabulka koalic (CSV)"),
    ("svgLabel", "Map (SVG)", "Mapa (SVG)"),
    ("pngLabel", "Map (PNG)", "Mapa (PNG)"),
    ("citeLabel", "Cite", "Jak citovat"),
    ("noPicture", "The comparison has no map to download as a picture: its CSV and JSON hold every reaction it compares. The map's picture is in the matrix and timeline views.", "Srovnání nemá mapu, kterou by šlo stáhnout jako obrázek: jeho CSV a JSON obsahují všechny reakce, které srovnává. Obrázek mapy lze stáhnout v pohledech Tabulka a Časová osa."),
];

/// The panel's words in `lang`, by name.
pub fn share_words(lang: Lang) -> Vec<(&'static str, String)> {
    WORDS
        .iter()
        .map(|&(name, en, cs)| match lang {
            Lang::En => (name, en.to_string()),
            Lang::Cs => (name, typeset(cs)),
        })
        .collect()
}

/// Where the data a cite line names came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CitedData<'a> {
    /// The widget's own data files: when their sources were last read, and each file's hash.
    Built { as_of: Date, versions: Vec<&'a str> },
    /// A reader's own file, by its address.
    Own(&'a str),
}

/// The line to cite a view by, in `lang`: the app, the view's title in the language's
/// quotation marks, the data, the day it was read and its address. English:
/// `Démarche, “A minimal incident”, data of 2 December 2026, version 1a2b…, accessed
/// 3 December 2026, https://…`; Czech: `Démarche, „Minimální incident“, data ze 2. prosince
/// 2026, verze 1a2b…, citováno 3. prosince 2026, https://…`.
pub fn cite_line(lang: Lang, title: &str, data: &[CitedData], today: Date, address: &str) -> String {
    let words = strings(lang);
    let (open, close, accessed) = match lang {
        Lang::En => ('“', '”', "accessed"),
        Lang::Cs => ('„', '“', "citováno"),
    };
    // Czech words are typeset; an address is not Czech text, and is left alone.
    let czech = |text: String| match lang {
        Lang::En => text,
        Lang::Cs => typeset(&text),
    };
    let mut parts = vec![czech(format!("{}, {open}{title}{close}", words.app_name))];
    parts.extend(data.iter().map(|data| cited(lang, data)));
    parts.push(czech(format!("{accessed} {}", words.date(today))));
    parts.push(address.to_string());
    parts.join(", ")
}

/// "data of 2 December 2026, version 1a2b…", „data ze 2. prosince 2026, verze 1a2b…“, or
/// "data from https://…".
fn cited(lang: Lang, data: &CitedData) -> String {
    match (data, lang) {
        (CitedData::Own(address), Lang::En) => format!("data from {address}"),
        (CitedData::Own(address), Lang::Cs) => format!("data z\u{a0}{address}"),
        (CitedData::Built { as_of, versions }, Lang::En) => {
            let noun = if versions.len() == 1 { "version" } else { "versions" };
            format!("data of {}, {noun} {}", strings(lang).date(*as_of), versions.join(", "))
        }
        (CitedData::Built { as_of, versions }, Lang::Cs) => {
            typeset(&format!("data {}, verze {}", from_date(*as_of), versions.join(", ")))
        }
    }
}

/// A Czech date after „z“, which the word read after it voices („ze 2. prosince 2026“ is „ze
/// druhého“, „z 5. prosince“, „ze srpna 2026“, „z roku 2026“). An ordinal day is voiced as its
/// number is, from 1 to 31.
fn from_date(date: Date) -> String {
    let czech = strings(Lang::Cs);
    let plain = czech.plain_date(date, MonthCase::Genitive);
    match (date.month(), date.day()) {
        (_, Some(day)) => format!("{} {plain}", z_before(day.into())),
        (Some(_), None) if plain.starts_with(['s', 'z', 'š', 'ž']) => format!("ze {plain}"),
        (Some(_), None) => format!("z {plain}"),
        _ => format!("z roku {plain}"),
    }
}

/// What an embedded frame is called, in the embedded view's language, so that a screen reader
/// in the article announces what the frame holds: the incident's title, or the comparison.
pub fn embed_title(lang: Lang, incident: Option<&str>) -> String {
    let title = match (lang, incident) {
        (Lang::En, Some(title)) => format!("Démarche: who answered “{title}”, and how"),
        (Lang::Cs, Some(title)) => format!("Démarche: kdo a jak reagoval na incident „{title}“"),
        (Lang::En, None) => "Démarche: who answered which state-attributed cyber attack, and how".into(),
        (Lang::Cs, None) => "Démarche: kdo a jak reagoval na který kybernetický útok připsaný státu".into(),
    };
    match lang {
        Lang::En => title,
        Lang::Cs => typeset(&title),
    }
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
        let language = czech.iter().find(|(name, _)| *name == "language").map(|(_, word)| word.as_str());
        assert_eq!(language, Some(strings(Lang::Cs).language), "the toolbar's word for it");
    }

    #[test]
    fn czech_data_dates_take_z_or_ze_as_they_are_read() {
        let from = |text: &str| from_date(Date::parse(text).unwrap()).replace('\u{a0}', " ");
        assert_eq!(
            ["2026-12-02", "2026-12-01", "2026-12-05", "2026-12-17", "2026-08", "2026-09", "2026-05", "2026"]
                .map(from),
            [
                "ze 2. prosince 2026",
                "z 1. prosince 2026",
                "z 5. prosince 2026",
                "ze 17. prosince 2026",
                "ze srpna 2026",
                "ze září 2026",
                "z května 2026",
                "z roku 2026",
            ]
        );
    }

    #[test]
    fn a_comparisons_embed_title_names_no_incident() {
        assert_eq!(
            embed_title(Lang::En, None),
            "Démarche: who answered which state-attributed cyber attack, and how"
        );
        assert!(embed_title(Lang::Cs, None).starts_with("Démarche: kdo a\u{a0}jak reagoval"));
    }
}
