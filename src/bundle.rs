//! What a build writes beside the widget's code: every incident of the seed folders checked,
//! then packed with the maps and the country names into content-named data files, and the
//! catalogue that lists them. Native only: the widget reads these files, it never writes them.

use std::path::{Path, PathBuf};
use std::{fs, io};

use crate::catalogue::{Catalogue, IncidentEntry};
use crate::geography::Frame;
use crate::load::{parse_incidents, DataError};
use crate::model::{CountryNames, Incident, Lang, MapExtent};
use crate::packed::{file_name, pack};

pub struct Bundle {
    pub catalogue: Catalogue,
    /// The catalogue's own file name.
    pub catalogue_file: String,
    /// (file name, bytes) of every data file, the catalogue's included.
    pub files: Vec<(String, Vec<u8>)>,
}

/// Packs checked incidents (newest first, at least one, as `parse_incidents` returns them).
pub fn bundle(incidents: &[Incident]) -> Bundle {
    let mut files = Vec::new();
    let mut add = |stem: &str, bytes: Vec<u8>| {
        let name = file_name(stem, &bytes);
        files.push((name.clone(), bytes));
        name
    };
    let entries = incidents
        .iter()
        .map(|incident| IncidentEntry {
            id: incident.id().to_string(),
            title: incident.facts.title.clone(),
            made_public: incident.facts.made_public,
            map: incident.facts.map,
            file: add(incident.id(), pack(incident)),
        })
        .collect();
    let maps = MapExtent::ALL
        .into_iter()
        .map(|extent| (extent, add(&format!("map-{extent}"), pack(&Frame::generated(extent)))))
        .collect();
    let names = Lang::ALL
        .into_iter()
        .map(|lang| (lang, add(&format!("names-{}", lang.tag()), pack(&CountryNames::iso(lang)))))
        .collect();
    let catalogue = Catalogue { incidents: entries, maps, names };
    let catalogue_file = add("catalogue", pack(&catalogue));
    Bundle { catalogue, catalogue_file, files }
}

/// Reads and checks every `.toml` file of the folders, in name order within each folder; the
/// errors name each file by its path.
pub fn read_seeds(folders: &[PathBuf]) -> Result<Vec<Incident>, Vec<DataError>> {
    let mut files = Vec::new();
    for folder in folders {
        let paths = toml_files(folder).map_err(|error| vec![folder_error(folder, &error)])?;
        for path in paths {
            let text = fs::read_to_string(&path).map_err(|error| vec![folder_error(&path, &error)])?;
            files.push((path.display().to_string(), text));
        }
    }
    let pairs: Vec<(&str, &str)> = files.iter().map(|(name, text)| (name.as_str(), text.as_str())).collect();
    parse_incidents(&pairs)
}

fn toml_files(folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut paths = fs::read_dir(folder)?
        .map(|entry| entry.map(|entry| entry.path()))
        .filter(|path| path.as_ref().map_or(true, |path| path.extension().is_some_and(|ext| ext == "toml")))
        .collect::<io::Result<Vec<_>>>()?;
    paths.sort();
    Ok(paths)
}

fn folder_error(path: &Path, error: &io::Error) -> DataError {
    DataError {
        file: path.display().to_string(),
        record: "the file".into(),
        field: None,
        message: format!("cannot be read: {error}"),
        line: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_incident;
    use crate::packed::unpack;

    #[test]
    fn every_file_the_catalogue_names_is_written_and_reads_back() {
        let incident =
            parse_incident("minimal.toml", include_str!("../tests/fixtures/minimal.toml")).unwrap();
        let bundle = bundle(std::slice::from_ref(&incident));
        let file = |name: &str| &bundle.files.iter().find(|(known, _)| known == name).unwrap().1;
        let catalogue: Catalogue = unpack(file(&bundle.catalogue_file)).unwrap();
        assert_eq!(catalogue, bundle.catalogue);
        let entry = catalogue.default_incident();
        assert_eq!((entry.id.as_str(), entry.map), ("minimal", incident.facts.map));
        assert_eq!(unpack::<Incident>(file(&entry.file)).unwrap(), incident);
        let world = catalogue.map_file(MapExtent::World).unwrap();
        assert_eq!(unpack::<Frame>(file(world)).unwrap(), Frame::generated(MapExtent::World));
        let czech = catalogue.names_file(Lang::Cs).unwrap();
        assert_eq!(unpack::<CountryNames>(file(czech)).unwrap().lang, Lang::Cs);
        assert_eq!(bundle.files.len(), 1 + 2 + 2 + 1);
    }
}
