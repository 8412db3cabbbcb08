//! How a view is presented rather than what it shows: compact for an article's column, the
//! colour theme, and the host's accent colour and typeface. Kept in the link like the rest of
//! the view, so an embed code pins them and a reload keeps them.

/// The colour theme a link asks for; `Auto` follows the reader's system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.id() == id)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presentation {
    /// Map, matrix, filters and detail only, with a credit line: for a 600 px column.
    pub compact: bool,
    pub theme: Theme,
    /// The host's accent colour and font family, as CSS values. The page's own script checks
    /// them (`CSS.supports`) before using them, so here they are only carried along.
    pub accent: String,
    pub font: String,
}

impl Presentation {
    /// Reads one parameter; `None` when it is not a presentation parameter, `Some(false)` when
    /// it is one with a value that cannot be honoured.
    pub fn read(&mut self, name: &str, value: &str) -> Option<bool> {
        Some(match name {
            "embed" => {
                self.compact = value == "compact";
                self.compact
            }
            "theme" => Theme::from_id(value).map(|theme| self.theme = theme).is_some(),
            "accent" => {
                self.accent = value.to_string();
                true
            }
            "font" => {
                self.font = value.to_string();
                true
            }
            _ => return None,
        })
    }

    /// The parameters besides the theme that differ from the default, in link order. The
    /// theme is left to the link, which names it even at its default when it pins the view.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.compact {
            pairs.push(("embed", "compact".to_string()));
        }
        for (name, value) in [("accent", &self.accent), ("font", &self.font)] {
            if !value.is_empty() {
                pairs.push((name, value.clone()));
            }
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_knows_and_writes_back_only_what_differs() {
        let mut presentation = Presentation::default();
        assert_eq!(presentation.read("embed", "compact"), Some(true));
        assert_eq!(presentation.read("theme", "dark"), Some(true));
        assert_eq!(presentation.read("theme", "sepia"), Some(false));
        assert_eq!(presentation.read("accent", "#c00"), Some(true));
        assert_eq!(presentation.read("sort", "name"), None);
        assert_eq!(presentation.pairs(), [("embed", "compact".into()), ("accent", "#c00".into())]);
        assert!(Presentation::default().pairs().is_empty());
        assert_eq!(Presentation::default().read("embed", "full"), Some(false));
    }
}
