//! What a built widget offers: its incidents (newest first), its maps and its languages' country
//! names, each as a data file beside the catalogue. The widget fetches the catalogue first and
//! the rest only when a reader needs it.

use serde::{Deserialize, Serialize};

use crate::model::{Date, Incident, Lang, MapExtent, Text};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct Catalogue {
    /// Newest first; never empty (`bundle` refuses to write an empty one).
    pub incidents: Vec<IncidentEntry>,
    /// The data file of each map.
    pub maps: Vec<(MapExtent, String)>,
    /// The data file of each language's country names: the states the incidents name.
    pub names: Vec<(Lang, String)>,
    /// Every state's name in each language, fetched only for a reader's own incident.
    pub all_names: Vec<(Lang, String)>,
    /// The glossary in each language, fetched when a reader first opens a term.
    pub glossary: Vec<(Lang, String)>,
}

/// What the incident picker and a link need to know of an incident before it is loaded.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct IncidentEntry {
    pub id: String,
    pub title: Text,
    pub made_public: Date,
    /// The map a reader sees first.
    pub map: MapExtent,
    /// The incident's data file in each language.
    pub files: Vec<(Lang, String)>,
}

/// The file of what a class reads of an incident (`Lesson`), beside the incident's file in the
/// same language; named after it, so the catalogue needs no second list.
pub fn lesson_file(incident_file: &str) -> String {
    "lesson-".to_string() + incident_file
}

impl IncidentEntry {
    /// An incident that is not among the build's files (a reader's own, or one a story step
    /// is read against): everything a link needs, and no data file.
    pub fn unfiled(incident: &Incident) -> IncidentEntry {
        let facts = &incident.facts;
        IncidentEntry {
            id: facts.id.clone(),
            title: facts.title.clone(),
            made_public: facts.made_public,
            map: facts.map,
            files: Vec::new(),
        }
    }

    pub fn file(&self, lang: Lang) -> Option<&str> {
        self.files.iter().find(|(known, _)| *known == lang).map(|(_, file)| file.as_str())
    }
}

impl Catalogue {
    pub fn find(&self, id: &str) -> Option<&IncidentEntry> {
        self.incidents.iter().find(|entry| entry.id == id)
    }

    /// The incident a visitor sees first: the most recently made public.
    pub fn default_incident(&self) -> &IncidentEntry {
        &self.incidents[0]
    }

    /// The incident picker's choices: each incident's id and title in `lang`, newest first; a
    /// reader's own file without Czech in English, as its view shows it.
    pub fn picker(&self, lang: Lang) -> Vec<(String, String)> {
        let title = |entry: &IncidentEntry| match entry.title.get(lang) {
            "" => entry.title.en.clone(),
            title => title.to_string(),
        };
        self.incidents.iter().map(|entry| (entry.id.clone(), title(entry))).collect()
    }

    pub fn map_file(&self, extent: MapExtent) -> Option<&str> {
        self.maps.iter().find(|(known, _)| *known == extent).map(|(_, file)| file.as_str())
    }

    pub fn names_file(&self, lang: Lang) -> Option<&str> {
        self.names.iter().find(|(known, _)| *known == lang).map(|(_, file)| file.as_str())
    }

    pub fn glossary_file(&self, lang: Lang) -> Option<&str> {
        self.glossary.iter().find(|(known, _)| *known == lang).map(|(_, file)| file.as_str())
    }

    pub fn all_names_file(&self, lang: Lang) -> Option<&str> {
        self.all_names.iter().find(|(known, _)| *known == lang).map(|(_, file)| file.as_str())
    }
}

/// Where a file named in the catalogue lives: beside the catalogue itself.
pub fn beside(catalogue_url: &str, file: &str) -> String {
    let folder = catalogue_url.rfind('/').map_or("", |at| &catalogue_url[..=at]);
    format!("{folder}{file}")
}

/// Where a build puts its data files, the catalogue's included: a folder beside its pages.
pub const DATA_FOLDER: &str = "data";

/// The whole dataset's file in `lang` with `extension` (`csv`, `json`), which the build writes
/// into the data folder (crate::dataset).
pub fn dataset_file(lang: Lang, extension: &str) -> String {
    match lang {
        Lang::En => format!("all.{extension}"),
        Lang::Cs => format!("all.{}.{extension}", lang.tag()),
    }
}

/// The whole dataset's file as a page of the build links to it: relative, so that a copy of
/// the build anywhere, and a frame of it, links to its own.
pub fn dataset_link(lang: Lang, extension: &str) -> String {
    format!("{DATA_FOLDER}/{}", dataset_file(lang, extension))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_resolve_beside_the_catalogue() {
        assert_eq!(beside("data/catalogue.1.bin", "map-world.2.bin"), "data/map-world.2.bin");
        assert_eq!(beside("../data/catalogue.1.bin", "x.bin"), "../data/x.bin");
        assert_eq!(beside("https://a.org/d/catalogue.bin?v=1", "x.bin"), "https://a.org/d/x.bin");
        assert_eq!(beside("catalogue.bin", "x.bin"), "x.bin");
    }

    #[test]
    fn an_english_only_own_file_is_listed_in_english_in_the_czech_picker() {
        let mut own = crate::load::minimal();
        own.facts.title.cs.clear();
        let catalogue = Catalogue {
            incidents: vec![IncidentEntry::unfiled(&own)],
            maps: Vec::new(),
            names: Vec::new(),
            all_names: Vec::new(),
            glossary: Vec::new(),
        };
        assert_eq!(catalogue.picker(Lang::Cs), [("minimal".to_string(), "A minimal incident".to_string())]);
        let bilingual =
            Catalogue { incidents: vec![IncidentEntry::unfiled(&crate::load::minimal())], ..catalogue };
        assert_eq!(bilingual.picker(Lang::Cs)[0].1, "Minimální incident");
    }

    #[test]
    fn the_whole_dataset_is_in_the_data_folder_in_each_language() {
        assert_eq!(dataset_link(Lang::En, "csv"), "data/all.csv");
        assert_eq!(dataset_link(Lang::Cs, "json"), "data/all.cs.json");
        assert_eq!(dataset_file(Lang::Cs, "csv"), "all.cs.csv");
    }
}
