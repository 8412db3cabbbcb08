//! A reader's own file (`?data=`) made ready for the widget: decoded (one incident or a set),
//! checked as `demarche check` checks a file, and each incident split into its languages as a
//! build splits the site's own. The tools module does this, which a reader's own file loads
//! anyway; the widget's first load only reads the result (`packed::unpack_ready`), so it carries
//! neither the checks nor the split.

use crate::load::check;
use crate::model::{Incident, Lang};
use crate::packed::{pack, unpack_own, Unreadable};
use crate::session::Problem;

/// Why a reader's own file is not shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Its header is right but the rest cannot be decoded.
    Damaged,
    /// Every error the checks found, as `demarche check` prints them; in a set, each names its
    /// incident beside the file.
    Invalid(Vec<String>),
}

impl Refused {
    pub fn problem(self) -> Problem {
        match self {
            Refused::Damaged => Problem::Unreadable(Unreadable::Corrupt),
            Refused::Invalid(errors) => Problem::Invalid(errors),
        }
    }
}

/// The file at `url` as the widget takes it: every incident in every language, packed.
pub fn prepare(url: &str, bytes: &[u8]) -> Result<Vec<u8>, Refused> {
    let incidents = unpack_own(bytes).map_err(|_| Refused::Damaged)?;
    let file = |incident: &Incident| match incidents.len() {
        1 => url.to_string(),
        _ => format!("{url} ({})", incident.id()),
    };
    let errors: Vec<String> = incidents
        .iter()
        .flat_map(|incident| check(&file(incident), incident))
        .map(|error| error.to_string())
        .collect();
    match errors.is_empty() {
        true => Ok(ready(&incidents)),
        false => Err(Refused::Invalid(errors)),
    }
}

/// Checked incidents as the widget takes them (`packed::unpack_ready`).
pub fn ready(incidents: &[Incident]) -> Vec<u8> {
    let split = split(incidents).into_iter().map(|incident| {
        let untranslated = incident.untranslated;
        (incident, untranslated)
    });
    pack(&split.collect::<Vec<_>>())
}

/// Each incident in each language, in the order of `Lang::ALL`: what `Session` adopts.
pub fn split(incidents: &[Incident]) -> Vec<Incident> {
    incidents.iter().flat_map(|incident| Lang::ALL.map(|lang| incident.in_language(lang))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packed::unpack_ready;

    #[test]
    fn a_text_in_english_only_is_marked_so_in_the_czech_view_it_reaches() {
        let mut english = crate::load::minimal();
        english.facts.summary.cs.clear();
        let ready = unpack_ready(&prepare("own.bin", &pack(&english)).unwrap()).unwrap();
        let flags: Vec<bool> = ready.iter().map(|incident| incident.untranslated).collect();
        assert_eq!(flags, [false, true], "English, then Czech");
        assert_eq!(ready[1].facts.summary.lang(Lang::Cs), Some("en"));
    }

    #[test]
    fn a_good_file_comes_back_split_into_its_languages() {
        let one = crate::load::minimal();
        let mut two = one.clone();
        two.facts.id = "two".into();
        for (incidents, bytes) in
            [(vec![one.clone()], pack(&one)), (vec![one.clone(), two.clone()], pack(&vec![one.clone(), two]))]
        {
            let ready = unpack_ready(&prepare("own.bin", &bytes).unwrap()).unwrap();
            assert_eq!(ready, split(&incidents));
            assert_eq!(ready.len(), incidents.len() * Lang::ALL.len());
        }
    }

    #[test]
    fn a_damaged_or_wrong_file_is_refused_with_every_error_naming_its_incident() {
        let bytes = pack(&crate::load::minimal());
        assert_eq!(prepare("own.bin", &bytes[..bytes.len() - 3]), Err(Refused::Damaged));
        let mut broken = crate::load::minimal();
        broken.reactions[0].actor = "nobody".into();
        let Err(Refused::Invalid(errors)) = prepare("own.bin", &pack(&vec![crate::load::minimal(), broken]))
        else {
            panic!("a wrong reaction passed")
        };
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("own.bin (minimal): [[reactions]] #1"), "{}", errors[0]);
    }
}
