//! Links outlive the widget's versions: a link in an article, an embed code, a citation must
//! open what it opened when it was made. Every change to what a link means ships here, as a
//! rule for reading older links, with a test that an older link still opens the same view.
//!
//! 1. Until December 2026 a link that named no incident meant the catalogue's newest one, and
//!    the widget wrote no `incident` for it: every such link was made when the newest was the
//!    Czech Foreign Ministry's attribution to APT31. Since then every link names its incident,
//!    and one that names none keeps meaning that one, whatever is newest now.

use crate::catalogue::{Catalogue, IncidentEntry};

/// What a link without `incident=` has always meant.
pub const UNNAMED: &str = "czech-mfa-apt31-2025";

/// The incident a link that names none stands for: a reader's own file when the link opens one
/// (it is shown first), else [`UNNAMED`] when the build has it, else the newest (a build of
/// other incidents has no older links to keep).
pub fn unnamed_incident<'c>(pairs: &[(String, String)], catalogue: &'c Catalogue) -> &'c IncidentEntry {
    let own = pairs.iter().any(|(name, value)| name == "data" && !value.is_empty());
    match own {
        true => catalogue.default_incident(),
        false => catalogue.find(UNNAMED).unwrap_or_else(|| catalogue.default_incident()),
    }
}

#[cfg(test)]
mod tests {
    use crate::bundle::bundle;
    use crate::load::parse_incident;
    use crate::model::Lang;
    use crate::view_query::ViewQuery;

    fn incident(id: &str, made_public: &str) -> crate::model::Incident {
        let text = include_str!("../tests/fixtures/minimal.toml")
            .replacen("id = \"minimal\"", &format!("id = \"{id}\""), 1)
            .replacen("made_public = \"2025-05-28\"", &format!("made_public = \"{made_public}\""), 1);
        parse_incident("minimal.toml", &text).unwrap()
    }

    #[test]
    fn a_link_without_an_incident_keeps_meaning_the_czech_attribution_when_a_newer_one_arrives() {
        let catalogue =
            bundle(&[incident("france-apt28-2026", "2026-04-29"), incident(super::UNNAMED, "2025-05-28")])
                .catalogue;
        assert_eq!(catalogue.default_incident().id, "france-apt28-2026", "the newest is listed first");
        for old_link in ["", "?map=world", "?lang=cs&response=summons"] {
            assert_eq!(
                ViewQuery::wanted(old_link, &catalogue, Lang::En).incident,
                super::UNNAMED,
                "{old_link:?}"
            );
        }
        assert_eq!(
            ViewQuery::wanted("?incident=france-apt28-2026", &catalogue, Lang::En).incident,
            "france-apt28-2026"
        );
        let other_build = bundle(&[incident("other", "2024-01-01")]).catalogue;
        assert_eq!(ViewQuery::wanted("", &other_build, Lang::En).incident, "other");
    }

    #[test]
    fn every_link_written_now_names_its_incident() {
        let unnamed = incident(super::UNNAMED, "2025-05-28");
        let catalogue = bundle(&[incident("newer", "2026-01-01"), unnamed.clone()]).catalogue;
        let (view, _) = ViewQuery::parse("", &catalogue, &unnamed, Lang::En);
        assert_eq!(view.to_query(&catalogue, Lang::En), format!("?incident={}", super::UNNAMED));
        assert!(view.pinned_query(&catalogue).starts_with(&format!("?incident={}&lang=en", super::UNNAMED)));
    }
}
