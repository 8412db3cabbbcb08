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

/// A piece of incident data written in both languages; a data file must give both, so the
/// Czech view never silently falls back to English halfway through a sentence list.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub cs: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Cs => &self.cs,
        }
    }

    /// Drops the other language's text: a reader's data file carries theirs only.
    pub fn keep(&mut self, lang: Lang) {
        match lang {
            Lang::En => self.cs.clear(),
            Lang::Cs => self.en.clear(),
        }
    }

    pub(crate) fn is_blank(&self) -> bool {
        self.en.trim().is_empty() || self.cs.trim().is_empty()
    }
}
