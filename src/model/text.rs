//! Text that readers see in either of the app's languages.

use serde::{Deserialize, Serialize};

/// The languages Démarche speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Lang {
    #[default]
    En,
    Cs,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cs];

    /// The BCP 47 tag, used in `?lang=` and in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cs => "cs",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag().eq_ignore_ascii_case(tag))
    }
}

/// A piece of incident data in English and, optionally, Czech: a team that writes English only
/// can still publish a file, and the Czech view then shows its English, marked as English,
/// never silently as if it were Czech.
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    /// Left out (or empty): the Czech view shows the English.
    #[serde(default)]
    pub cs: String,
}

impl Text {
    /// The text in `lang`, once [`Text::keep`] has kept it for a reader of `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Cs => &self.cs,
        }
    }

    /// The `lang` attribute of what [`Text::get`] gives in `lang` when it is not in `lang`:
    /// `Some("en")` for English shown in the Czech view (kept so by [`Text::keep`]), so that a
    /// screen reader voices it as English.
    pub fn lang(&self, lang: Lang) -> Option<&'static str> {
        (lang == Lang::Cs && self.cs == self.en).then_some("en")
    }

    /// Drops the other language's text, as a reader's data file carries theirs only, and
    /// typesets Czech there, once, rather than in every reader's browser. The one place a
    /// text's language is picked, so the one place of the fallback: a text without Czech keeps
    /// its English as its Czech, untypeset, and its English beside it, which marks it
    /// ([`Text::lang`]).
    // HACK(size): the fallback is made here, once per text, and not in `get`: a branch in
    // `get`, inlined wherever a text is read, cost the first load 346 bytes brotli (measured).
    pub fn keep(&mut self, lang: Lang) {
        match lang {
            Lang::En => self.cs.clear(),
            Lang::Cs if self.untranslated() => self.cs.clone_from(&self.en),
            Lang::Cs => {
                self.en.clear();
                self.cs = crate::i18n::typeset(&self.cs);
            }
        }
    }

    /// No English: the one language every text must have.
    pub(crate) fn is_blank(&self) -> bool {
        self.en.trim().is_empty()
    }

    /// Written in English only.
    pub(crate) fn untranslated(&self) -> bool {
        self.cs.trim().is_empty()
    }
}

/// A stretch of prose: `lang` is `None` for the text's own language, or the tag of words an
/// author marked `{en:…}` (an English quote discussed in a Czech note), so that a screen reader
/// switches voice for them and Czech typography leaves them alone; `term` is the glossary entry
/// of words marked `{#attribution:attributed}`, which open its definition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span<'a> {
    pub lang: Option<&'a str>,
    pub term: Option<&'a str>,
    pub text: &'a str,
}

/// The text cut at its `{xx:…}` marks. The loader has checked the marks (`check_marks`), so
/// anything unexpected is simply kept as text.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    let mut spans = Vec::new();
    let mut rest = text;
    while let Some((before, lang, inner, after)) = next_mark(rest) {
        if !before.is_empty() {
            spans.push(Span { lang: None, term: None, text: before });
        }
        spans.push(match lang.strip_prefix('#') {
            Some(term) => Span { lang: None, term: Some(term), text: inner },
            None => Span { lang: Some(lang), term: None, text: inner },
        });
        rest = after;
    }
    if !rest.is_empty() {
        spans.push(Span { lang: None, term: None, text: rest });
    }
    spans
}

/// The text before the next mark, the mark's language and words, and the text after it.
fn next_mark(text: &str) -> Option<(&str, &str, &str, &str)> {
    let open = text.find('{')?;
    let inner = &text[open + 1..];
    let close = inner.find('}')?;
    let (lang, words) = inner[..close].split_once(':')?;
    Some((&text[..open], lang, words, &inner[close + 1..]))
}

/// The glossary terms a text marks, in order.
pub fn terms(text: &str) -> Vec<&str> {
    spans(text).into_iter().filter_map(|span| span.term).collect()
}

/// Every `{` opens a mark, `{xx:words}` with a language tag or `{#term:words}` with a glossary
/// term's id, and closes before the next one.
pub fn check_marks(text: &str) -> Result<(), String> {
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        let Some((_, lang, words, after)) =
            next_mark(&rest[open..]).filter(|_| rest[open..].starts_with('{'))
        else {
            return Err("a `{` or `}` that is not a mark: write other-language words as {en:words}".into());
        };
        let term = lang
            .strip_prefix('#')
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        if !(is_lang_tag(lang) || term) || words.trim().is_empty() || words.contains('{') {
            return Err(format!(
                "`{{{lang}:{words}}}` is not a mark: write {{en:words}}, with a language code"
            ));
        }
        rest = after;
    }
    Ok(())
}

/// Reads a language code, refusing anything not shaped like one.
pub(crate) fn lang_tag<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let tag = String::deserialize(deserializer)?;
    if is_lang_tag(&tag) {
        Ok(tag)
    } else {
        Err(serde::de::Error::custom(format!(
            "`{tag}` is not a language code; write a two-letter code such as en, cs or zh"
        )))
    }
}

/// A language code's shape: two or three small letters (en, cs, zh, yue). Any language may be
/// quoted, so the code is not checked against a list.
pub fn is_lang_tag(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_cut_prose_into_languages() {
        let text = "AP cituje „{en:an unacceptable breach}“ a dál";
        assert_eq!(
            spans(text),
            [
                Span { lang: None, term: None, text: "AP cituje „" },
                Span { lang: Some("en"), term: None, text: "an unacceptable breach" },
                Span { lang: None, term: None, text: "“ a dál" },
            ]
        );
        assert_eq!(spans("bez značek"), [Span { lang: None, term: None, text: "bez značek" }]);
        assert!(check_marks(text).is_ok());
    }

    #[test]
    fn glossary_marks_name_their_term() {
        let text = "Vláda oznámila {#attribution:atribuci} a {#summons:předvolala} velvyslance.";
        assert!(check_marks(text).is_ok());
        assert_eq!(terms(text), ["attribution", "summons"]);
        assert_eq!(spans(text)[1], Span { lang: None, term: Some("attribution"), text: "atribuci" });
        for bad in ["{#:x}", "{#Attribution:x}", "{#a b:x}", "{#apt:}"] {
            assert!(check_marks(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_text_without_czech_is_shown_in_english_marked_as_english() {
        let mut english = Text { en: "Condemned the attack".into(), cs: String::new() };
        english.keep(Lang::Cs);
        assert_eq!((english.get(Lang::Cs), english.lang(Lang::Cs)), ("Condemned the attack", Some("en")));
        let mut both = Text { en: "Condemned".into(), cs: "Odsoudila".into() };
        both.keep(Lang::Cs);
        assert_eq!((both.get(Lang::Cs), both.lang(Lang::Cs)), ("Odsoudila", None));
        let mut both = Text { en: "Condemned".into(), cs: "Odsoudila".into() };
        both.keep(Lang::En);
        assert_eq!((both.get(Lang::En), both.lang(Lang::En)), ("Condemned", None));
        assert_eq!(english.lang(Lang::En), None, "English in the English view is no fallback");
    }

    #[test]
    fn malformed_marks_are_refused() {
        for text in ["a {b", "a } b", "{english:x}", "{en x}", "{en:}", "{en:a {de:b}}", "{EN:x}"] {
            assert!(check_marks(text).is_err(), "{text}");
        }
    }
}
