//! What a build writes beside the widget's code: every incident of the seed folders checked,
//! then packed with the maps and the country names into content-named data files, and the
//! catalogue that lists them. Native only: the widget reads these files, it never writes them.

use std::path::{Path, PathBuf};
use std::{fs, io};

use crate::catalogue::{lesson_file, Catalogue, IncidentEntry};
use crate::geography::Frame;
use crate::i18n::typeset;
use crate::load::{builtin_glossary, parse_incidents, DataError};
use crate::model::{CountryCode, CountryNames, Incident, Lang, Lesson, MapExtent, Text};
use crate::packed::{file_name, pack};

pub struct Bundle {
    pub catalogue: Catalogue,
    /// The catalogue's own file name.
    pub catalogue_file: String,
    /// (file name, bytes) of every data file, the catalogue's included.
    pub files: Vec<(String, Vec<u8>)>,
}

/// The incident's file in `lang`, without what a class reads of it, and that (its `Lesson`) in
/// a file beside it; both named by one hash of both, so that no cache pairs an old lesson with a
/// new incident. Gives the incident file's name.
fn incident_files(incident: &Incident, lang: Lang, files: &mut Vec<(String, Vec<u8>)>) -> String {
    let mut light = incident.in_language(lang);
    let lesson = pack(&Lesson::take(&mut light));
    let light = pack(&light);
    let name = file_name(&format!("{}.{}", incident.id(), lang.tag()), &[light.as_slice(), &lesson].concat());
    files.push((lesson_file(&name), lesson));
    files.push((name.clone(), light));
    name
}

/// Packs checked incidents (newest first, at least one, as `parse_incidents` returns them).
pub fn bundle(incidents: &[Incident]) -> Bundle {
    let mut files = Vec::new();
    let entries: Vec<IncidentEntry> = incidents
        .iter()
        .map(|incident| IncidentEntry {
            id: incident.id().to_string(),
            // Typeset here like the incident's own files: the picker shows it in both views.
            title: Text { cs: typeset(&incident.facts.title.cs), ..incident.facts.title.clone() },
            made_public: incident.facts.made_public,
            map: incident.facts.map,
            files: Lang::ALL
                .into_iter()
                .map(|lang| (lang, incident_files(incident, lang, &mut files)))
                .collect(),
        })
        .collect();
    let mut add = |stem: &str, bytes: Vec<u8>| {
        let name = file_name(stem, &bytes);
        files.push((name.clone(), bytes));
        name
    };
    let maps = MapExtent::ALL
        .into_iter()
        .map(|extent| (extent, add(&format!("map-{extent}"), pack(&Frame::generated(extent)))))
        .collect();
    // Only the states the incidents name: the widget never names another.
    let named = named_states(incidents);
    let names = Lang::ALL
        .into_iter()
        .map(|lang| {
            let names = CountryNames::of(lang, |code| named.binary_search(&code).is_ok());
            (lang, add(&format!("names-{}", lang.tag()), pack(&names)))
        })
        .collect();
    let all_names = Lang::ALL
        .into_iter()
        .map(|lang| (lang, add(&format!("names-all-{}", lang.tag()), pack(&CountryNames::iso(lang)))))
        .collect();
    let glossary = Lang::ALL
        .into_iter()
        .map(|lang| {
            (lang, add(&format!("glossary-{}", lang.tag()), pack(&builtin_glossary().in_language(lang))))
        })
        .collect();
    let catalogue = Catalogue { incidents: entries, maps, names, all_names, glossary };
    let catalogue_file = add("catalogue", pack(&catalogue));
    Bundle { catalogue, catalogue_file, files }
}

/// Every state an incident names: as the target, the accused, an attributing state, an actor's
/// or a bloc member.
fn named_states(incidents: &[Incident]) -> Vec<CountryCode> {
    let mut states: Vec<CountryCode> = incidents
        .iter()
        .flat_map(|incident| {
            let facts = [incident.facts.target.country, incident.facts.attributed_to.state]
                .into_iter()
                .chain(incident.facts.attributed_by.iter().copied());
            let actors = incident.actors.iter().filter_map(|actor| actor.country);
            let members = incident.blocs.iter().flat_map(|bloc| bloc.members.iter().copied());
            facts.chain(actors).chain(members).collect::<Vec<_>>()
        })
        .collect();
    states.sort_unstable();
    states.dedup();
    states
}

/// Reads and checks every `.toml` file of the folders, in name order within each folder; the
/// errors name each file by its path.
pub fn read_seeds(folders: &[PathBuf]) -> Result<Vec<Incident>, Vec<DataError>> {
    let mut files = Vec::new();
    for folder in folders {
        let paths = toml_files(folder)
            .map_err(|error| vec![DataError::unreadable(&folder.display().to_string(), &error)])?;
        for path in paths {
            let text = fs::read_to_string(&path)
                .map_err(|error| vec![DataError::unreadable(&path.display().to_string(), &error)])?;
            files.push((path.display().to_string(), text));
        }
    }
    let pairs: Vec<(&str, &str)> = files.iter().map(|(name, text)| (name.as_str(), text.as_str())).collect();
    parse_incidents(&pairs)
}

/// The incident files of a folder (every `.toml`), in the order of their names.
pub fn toml_files(folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut paths = fs::read_dir(folder)?
        .map(|entry| entry.map(|entry| entry.path()))
        .filter(|path| path.as_ref().map_or(true, |path| path.extension().is_some_and(|ext| ext == "toml")))
        .collect::<io::Result<Vec<_>>>()?;
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packed::unpack;

    #[test]
    fn every_file_the_catalogue_names_is_written_and_reads_back() {
        let incident = crate::load::minimal();
        let bundle = bundle(std::slice::from_ref(&incident));
        let file = |name: &str| &bundle.files.iter().find(|(known, _)| known == name).unwrap().1;
        let catalogue: Catalogue = unpack(file(&bundle.catalogue_file)).unwrap();
        assert_eq!(catalogue, bundle.catalogue);
        let entry = catalogue.default_incident();
        assert_eq!((entry.id.as_str(), entry.map), ("minimal", incident.facts.map));
        let english: Incident = unpack(file(entry.file(Lang::En).unwrap())).unwrap();
        let lesson: Lesson = unpack(file(&lesson_file(entry.file(Lang::En).unwrap()))).unwrap();
        assert_eq!(lesson.restore(&english), incident.in_language(Lang::En));
        let world = catalogue.map_file(MapExtent::World).unwrap();
        assert_eq!(unpack::<Frame>(file(world)).unwrap(), Frame::generated(MapExtent::World));
        let czech: CountryNames = unpack(file(catalogue.names_file(Lang::Cs).unwrap())).unwrap();
        let code = |text| CountryCode::parse(text).unwrap();
        assert_eq!((czech.lang, czech.name(code("DE")).as_str()), (Lang::Cs, "Německo"), "a bloc member");
        assert_eq!(czech.name(code("FR")), "FR", "no incident names France");
        assert_eq!(bundle.files.len(), 2 + 2 + 2 + 2 + 2 + 2 + 1);
        let glossary: crate::model::Glossary =
            unpack(file(catalogue.glossary_file(Lang::Cs).unwrap())).unwrap();
        assert_eq!(glossary.term("attribution").map(|term| term.term.cs.as_str()), Some("atribuce"));
        let every: CountryNames = unpack(file(catalogue.all_names_file(Lang::Cs).unwrap())).unwrap();
        assert_eq!(every.name(code("FR")), "Francie", "a reader's own incident may name any state");
    }
}
