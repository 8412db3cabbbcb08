//! The whole dataset: every incident of a build, a row per reaction and response kind, with
//! the downloads' columns (written by the downloads' own row function) and the data's version.
//! The build writes it beside the data files in each language (`data/all.csv`, `data/all.json`;
//! `data/all.cs.csv`, `data/all.cs.json`: `catalogue::dataset_file`), the comparison links to it,
//! and `CITATION.cff` cites its version. Native only, like the bundle: the widget links to these
//! files and never writes them.

use crate::catalogue::Catalogue;
use crate::filter::Filter;
use crate::matrix::{ReactionMatrix, RowOrder};
use crate::model::{Date, Incident, Lang};
use crate::packed::content_hash;
use crate::ranking::sort_by_rank;
use crate::view_model::{csv, meta_json, ExportRow, IncidentMeta, Json, COLUMNS};

/// The whole dataset in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    pub lang: Lang,
    pub version: DataVersion,
    /// Oldest first, as the comparison's columns.
    pub incidents: Vec<IncidentMeta>,
    /// Each incident's reactions in the matrix's default order (by date), unfiltered.
    pub rows: Vec<ExportRow>,
}

/// What the cite line calls the data's version, for every incident at once: the latest day any
/// source was read, and a hash of every incident's data files in every language, which changes
/// with any change to the data (the downloads cite each file's own hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataVersion {
    pub as_of: Date,
    pub hash: String,
}

impl DataVersion {
    /// The version of a build's incidents, as `catalogue` names their files. `None` with no
    /// incident (a build has at least one, each citing a source).
    pub fn of(incidents: &[Incident], catalogue: &Catalogue) -> Option<DataVersion> {
        let as_of =
            incidents.iter().flat_map(|incident| &incident.sources).map(|source| source.read).max()?;
        let files: Vec<&str> = catalogue
            .incidents
            .iter()
            .flat_map(|entry| &entry.files)
            .map(|(_, file)| file.as_str())
            .collect();
        Some(DataVersion { as_of, hash: content_hash(files.join("\n").as_bytes()) })
    }
}

impl Dataset {
    /// Every incident of a build (`catalogue` names its files), in `lang`.
    pub fn of(incidents: &[Incident], catalogue: &Catalogue, lang: Lang) -> Option<Dataset> {
        let version = DataVersion::of(incidents, catalogue)?;
        // As the data files hold them, and so as the downloads give them: Czech typeset, and of
        // a statement published in several languages the words in `lang`.
        let mut incidents: Vec<Incident> =
            incidents.iter().map(|incident| incident.in_language(lang)).collect();
        sort_by_rank(&mut incidents, |incident| incident.facts.made_public.rank());
        let filter = Filter::default();
        let mut metas = Vec::new();
        let mut rows = Vec::new();
        for incident in &incidents {
            let meta = IncidentMeta::of(incident, catalogue, lang);
            let matrix = ReactionMatrix::build(incident, &filter, RowOrder::Date, lang);
            rows.extend(crate::view_model::rows(incident, &meta, &matrix, lang));
            metas.push(meta);
        }
        Some(Dataset { lang, version, incidents: metas, rows })
    }

    pub fn csv(&self) -> String {
        csv(&COLUMNS, &self.rows)
    }

    /// The version and the field list first, then each incident's facts, then the rows as
    /// objects keyed by field.
    pub fn json(&self) -> String {
        let mut json = Json::new();
        json.open('{').key("dataset").string("Démarche").key("language").string(self.lang.tag());
        json.key("version").string(&self.version.hash).key("as_of").string(&self.version.as_of.to_string());
        json.key("fields").open('[');
        COLUMNS.iter().for_each(|column| {
            json.string(column);
        });
        json.close(']').key("incidents").open('[');
        self.incidents.iter().for_each(|incident| meta_json(&mut json, incident));
        json.close(']').key("rows").open('[');
        for row in &self.rows {
            json.open('{');
            for (column, value) in COLUMNS.iter().zip(row) {
                json.key(column).string(value);
            }
            json.close('}');
        }
        json.close(']').close('}');
        json.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::bundle;

    #[test]
    fn every_row_of_the_minimal_incident_with_the_versions() {
        let incident = crate::load::minimal();
        let catalogue = bundle(std::slice::from_ref(&incident)).catalogue;
        let dataset = Dataset::of(std::slice::from_ref(&incident), &catalogue, Lang::Cs).unwrap();
        let kinds: usize = incident.reactions.iter().map(|reaction| reaction.responses.len()).sum();
        assert_eq!(dataset.rows.len(), kinds);
        let file_hash = catalogue.incidents[0].file(Lang::Cs).unwrap().split('.').nth(2).unwrap();
        assert!(dataset.rows.iter().all(|row| row[COLUMNS.len() - 1] == file_hash));
        assert_eq!(dataset.version.hash.len(), 16);
        assert_ne!(dataset.version.hash, file_hash, "the dataset's hash covers every file");
    }
}
