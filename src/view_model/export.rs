//! What the download panel saves, from the same model the screen is drawn from: one row per
//! reaction and response kind that the view shows (in every mode, for every incident it shows,
//! a reader's own file too), each incident's facts and data version, and the map as a picture
//! — every state's fill, hatching and outline, the key, and the states not drawn on the map —
//! with the line to cite it by and what an embedded frame of it is called. The panel
//! (src/embed/share.js) saves the CSV written here, as the build writes the whole dataset's
//! (crate::dataset), and only formats the rest as JSON, SVG and PNG.

use std::rc::Rc;

use crate::catalogue::Catalogue;
use crate::comparison::{CoalitionTable, CompareFilter};
use crate::geography::Frame;
use crate::i18n::{cite_line, embed_title, origin_line, strings, CitedData};
use crate::matrix::ReactionMatrix;
use crate::model::{CountryNames, Date, Incident, Lang};
use crate::presentation::Theme;
use crate::ranking::sort_by_rank;
use crate::standing::standings;
use crate::timeline::place;
use crate::view_mode::ViewMode;
use crate::view_query::{page, ViewQuery};

use super::csv::csv;
use super::json::Json;
use super::{coalition_csv, key, Highlight, KeyEntry, MapView, Place};

/// The rows' columns, in the order of the CSV. New columns go at the end, so that a reader's
/// script that counts columns keeps working. A reader's own file's rows have no
/// `data_version`: theirs says where the file comes from ("This incident comes from
/// example.org, not from this site.").
pub const COLUMNS: [&str; 20] = [
    "incident",
    "accused_state",
    "attributing_states",
    "actor",
    "actor_id",
    "actor_kind",
    "state",
    "bloc",
    "date",
    "date_precision",
    "days_from_attribution",
    "response",
    "summary",
    "quote",
    "quote_lang",
    "quote_translation",
    "sources",
    "incident_title",
    "attribution_date",
    "data_version",
];

/// One reaction's one response kind, as shown: the values of [`COLUMNS`], in order.
pub type ExportRow = [String; 20];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncidentMeta {
    pub id: String,
    pub title: String,
    pub made_public: String,
    pub accused: String,
    pub accused_state: String,
    pub attributing_states: Vec<String>,
    pub summary: String,
    /// The hash of the incident's data file; `None` for a reader's own file.
    pub version: Option<String>,
    /// The day the data were last checked: the latest day any of its sources was read.
    pub as_of: Option<Date>,
    /// A reader's own file's address.
    pub data: Option<String>,
    /// Where a reader's own file comes from (`i18n::origin_line`), which its rows carry as
    /// their data version; `None` for the site's own incidents.
    pub origin: Option<String>,
}

impl IncidentMeta {
    /// An incident's facts in `lang`, and its data's version: the hash in the name of its data
    /// file in `lang`, or, for a reader's own file, the address it came from.
    pub fn of(incident: &Incident, catalogue: &Catalogue, lang: Lang) -> IncidentMeta {
        let facts = &incident.facts;
        let entry = catalogue.find(&facts.id);
        let version = entry
            .and_then(|entry| entry.file(lang))
            .and_then(|file| file.rsplit('.').nth(1))
            .map(String::from);
        IncidentMeta {
            id: facts.id.clone(),
            title: facts.title.get(lang).to_string(),
            made_public: facts.made_public.to_string(),
            accused: facts.attributed_to.name.clone(),
            accused_state: facts.attributed_to.state.to_string(),
            attributing_states: facts.attributing().iter().map(|code| code.to_string()).collect(),
            summary: facts.summary.get(lang).to_string(),
            data: incident.origin.clone(),
            origin: incident.origin.as_deref().map(|url| origin_line(lang, url)),
            version,
            as_of: incident.sources.iter().map(|source| source.read).max(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PictureState {
    pub code: String,
    pub name: String,
    /// The shape, when the map draws the state.
    pub d: Option<Rc<str>>,
    /// The marker of a state too small to find: centre and radius.
    pub marker: Option<(u16, u16, u16)>,
    /// The swatch's colour class (`step-4`).
    pub fill: &'static str,
    pub covered: bool,
    pub role: Option<&'static str>,
    pub selected: bool,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapPicture {
    pub width: u16,
    pub height: u16,
    /// The land no state of the view covers.
    pub land: Vec<Rc<str>>,
    pub states: Vec<PictureState>,
    pub key: Vec<KeyEntry>,
    /// Said before the states not drawn on this map.
    pub off_map: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub title: String,
    /// The pinned link's query string: it names the incident (and `data=`), forever.
    pub link: String,
    /// The full view's pinned address, in the reader's language and system theme: what the
    /// cite line and the downloaded JSON point to.
    pub address: String,
    /// The line to cite the view by, in the reader's language.
    pub cite: String,
    /// What an embed code calls its frame, in each language the embed may show.
    pub embed_titles: Vec<(Lang, String)>,
    /// The downloads' name before its extension: the incident (or `comparison`) and the day.
    pub file_stem: String,
    pub incidents: Vec<IncidentMeta>,
    pub rows: Vec<ExportRow>,
    /// `None` in the comparison, which has no map.
    pub map: Option<MapPicture>,
    /// In the comparison, its coalition table as the reader's relation counts it: the
    /// relation's id and the table's CSV.
    pub coalitions: Option<(&'static str, String)>,
}

/// Everything on screen that the export reads.
pub struct Screen<'a> {
    pub view: &'a ViewQuery,
    pub catalogue: &'a Catalogue,
    /// The incident shown, or every incident compared.
    pub incidents: Vec<&'a Incident>,
    pub names: &'a CountryNames,
    pub frame: Option<&'a Frame>,
    /// The reader's day today, which the cite line and the file names give: read from the
    /// clock by the caller, so that the model stays a function of what it is given.
    pub today: Date,
    /// The address of the folder the widget's pages are in (with its final `/`).
    pub folder: &'a str,
}

impl Export {
    pub fn derive(screen: &Screen) -> Export {
        let view = screen.view;
        let lang = view.lang;
        let mut incidents = screen.incidents.clone();
        // The comparison's downloads hold the incidents it sets side by side.
        if view.mode == ViewMode::Compare {
            let compare = CompareFilter::read(&view.compare).0;
            incidents.retain(|incident| compare.fits(incident));
        }
        sort_by_rank(&mut incidents, |incident| incident.facts.made_public.rank());
        let metas: Vec<IncidentMeta> = incidents.iter().map(|incident| meta(incident, screen)).collect();
        let rows = incidents
            .iter()
            .zip(&metas)
            .flat_map(|(incident, meta)| {
                let matrix = ReactionMatrix::build(incident, &view.filter, view.order, lang);
                rows(incident, meta, &matrix, lang)
            })
            .collect();
        let comparing = view.mode == ViewMode::Compare;
        let title = match (comparing, incidents.first()) {
            (false, Some(incident)) => incident.facts.title.get(lang).to_string(),
            _ => strings(lang).mode(ViewMode::Compare).to_string(),
        };
        let coalitions = comparing.then(|| {
            let table = CoalitionTable::build(&incidents, &view.filter, view.coalition, screen.names);
            (view.coalition.id(), coalition_csv(&table))
        });
        let map = match (comparing, screen.frame, incidents.first()) {
            (false, Some(frame), Some(incident)) => Some(picture(screen, incident, frame)),
            _ => None,
        };
        // The full view, as the share link shows it but in the reader's system theme.
        let mut full = view.clone();
        full.presentation.compact = false;
        full.presentation.theme = Theme::Auto;
        let address = format!("{}{}{}", screen.folder, page(lang), full.pinned_query(screen.catalogue));
        let cite = cite_line(lang, &title, &cited(&metas), screen.today, &address);
        let incident_title = |lang: Lang| {
            let incident = incidents.first().filter(|_| !comparing)?;
            let entry = screen.catalogue.find(incident.id()).map(|entry| entry.title.get(lang));
            // An incident file holds one language's texts; the catalogue holds both.
            Some(entry.filter(|title| !title.is_empty()).unwrap_or(&title).to_string())
        };
        let embed_titles = Lang::ALL
            .into_iter()
            .map(|lang| (lang, embed_title(lang, incident_title(lang).as_deref())))
            .collect();
        let stem = match metas.as_slice() {
            [only] if !comparing => only.id.as_str(),
            _ => "comparison",
        };
        Export {
            link: view.pinned_query(screen.catalogue),
            file_stem: format!("{stem}-{}", screen.today),
            title,
            address,
            cite,
            embed_titles,
            incidents: metas,
            rows,
            map,
            coalitions,
        }
    }

    /// What share.js reads.
    pub fn to_json(&self) -> String {
        let mut json = Json::new();
        json.open('{').key("title").string(&self.title).key("link").string(&self.link);
        json.key("address").string(&self.address).key("cite").string(&self.cite);
        json.key("file_stem").string(&self.file_stem).key("embed_titles").open('{');
        for (lang, title) in &self.embed_titles {
            json.key(lang.tag()).string(title);
        }
        json.close('}');
        json.key("incidents").open('[');
        for incident in &self.incidents {
            meta_json(&mut json, incident);
        }
        json.close(']').key("columns").open('[');
        COLUMNS.iter().for_each(|column| {
            json.string(column);
        });
        json.close(']').key("rows").open('[');
        for row in &self.rows {
            json.open('[');
            row.iter().for_each(|value| {
                json.string(value);
            });
            json.close(']');
        }
        // The CSV as the build writes the whole dataset's, so the panel saves it as it is.
        json.close(']').key("csv").string(&csv(&COLUMNS, &self.rows)).key("coalitions");
        match &self.coalitions {
            Some((relation, table)) => {
                json.open('{').key("relation").string(relation).key("csv").string(table).close('}');
            }
            None => {
                json.null();
            }
        }
        json.key("map");
        match &self.map {
            Some(map) => picture_json(&mut json, map),
            None => {
                json.null();
            }
        }
        json.close('}');
        json.finish()
    }
}

/// What the cite line says of the data: the built-in files' versions, with the latest day any
/// of their sources was read, then each reader's own file by its address.
fn cited(metas: &[IncidentMeta]) -> Vec<CitedData<'_>> {
    let built: Vec<&IncidentMeta> = metas.iter().filter(|meta| meta.version.is_some()).collect();
    let versions = built.iter().filter_map(|meta| meta.version.as_deref()).collect();
    // Every checked incident cites a source, so built-in data always has a day.
    let as_of = built.iter().filter_map(|meta| meta.as_of).max();
    let own = metas.iter().filter_map(|meta| meta.data.as_deref()).map(CitedData::Own);
    as_of.map(|as_of| CitedData::Built { as_of, versions }).into_iter().chain(own).collect()
}

fn optional<'a>(json: &'a mut Json, value: Option<&str>) -> &'a mut Json {
    match value {
        Some(value) => json.string(value),
        None => json.null(),
    }
}

/// An incident's facts as a JSON object, as the downloads and the whole dataset write them.
// HACK(size): a free function named after `Export`'s methods, not a method of `IncidentMeta`:
// the wasm's short strings are laid out in the order of the symbols that first use them, and as
// a method it moved two strings the first load shares and cost it 227 bytes brotli (measured).
pub(crate) fn meta_json(json: &mut Json, meta: &IncidentMeta) {
    json.open('{').key("id").string(&meta.id).key("title").string(&meta.title);
    json.key("made_public").string(&meta.made_public).key("accused").string(&meta.accused);
    json.key("accused_state").string(&meta.accused_state).key("attributing_states").open('[');
    meta.attributing_states.iter().for_each(|state| {
        json.string(state);
    });
    json.close(']').key("summary").string(&meta.summary).key("version");
    optional(json, meta.version.as_deref()).key("as_of");
    optional(json, meta.as_of.map(|date| date.to_string()).as_deref()).key("data");
    optional(json, meta.data.as_deref()).key("origin");
    optional(json, meta.origin.as_deref()).close('}');
}

fn picture_json(json: &mut Json, map: &MapPicture) {
    json.open('{').key("width").number(map.width.into()).key("height").number(map.height.into());
    json.key("off_map").string(map.off_map).key("land").open('[');
    map.land.iter().for_each(|d| {
        json.string(d);
    });
    json.close(']').key("states").open('[');
    for state in &map.states {
        json.open('{').key("code").string(&state.code).key("name").string(&state.name).key("d");
        optional(json, state.d.as_deref()).key("marker");
        match state.marker {
            Some((x, y, r)) => {
                json.open('[').number(x.into()).number(y.into()).number(r.into()).close(']');
            }
            None => {
                json.null();
            }
        }
        json.key("fill").string(state.fill).key("covered").boolean(state.covered);
        json.key("role");
        optional(json, state.role).key("selected").boolean(state.selected).key("label").string(&state.label);
        json.close('}');
    }
    json.close(']').key("key").open('[');
    for entry in &map.key {
        json.open('{').key("class").string(entry.class).key("number");
        match entry.number {
            Some(number) => json.number(number as i64),
            None => json.null(),
        };
        json.key("sign");
        optional(json, entry.sign).key("label").string(entry.label).close('}');
    }
    json.close(']').close('}');
}

/// The matrix's marks, in its order: a row per reaction and kind, in `lang`, with the
/// incident's facts from `meta`. The downloads and the whole dataset (crate::dataset) both
/// write their rows with it.
pub(crate) fn rows(
    incident: &Incident,
    meta: &IncidentMeta,
    matrix: &ReactionMatrix,
    lang: Lang,
) -> Vec<ExportRow> {
    let mut rows = Vec::new();
    for row in matrix.rows() {
        let actor = &incident.actors[row.actor];
        for (&kind, reactions) in matrix.columns.iter().zip(&row.cells) {
            for &index in reactions {
                let reaction = &incident.reactions[index];
                let quote = reaction.quote(lang);
                let sources: Vec<&str> = reaction
                    .sources
                    .iter()
                    .filter_map(|id| incident.source(id))
                    .map(|source| source.url.as_str())
                    .collect();
                let precision = match (reaction.date.month(), reaction.date.day()) {
                    (_, Some(_)) => "day",
                    (Some(_), None) => "month",
                    _ => "year",
                };
                // An upper bound's days count to the latest it can be, and the column says so.
                let bound = if reaction.date_upper_bound { ", upper bound" } else { "" };
                rows.push([
                    meta.id.clone(),
                    meta.accused_state.clone(),
                    meta.attributing_states.join(" "),
                    actor.name.get(lang).to_string(),
                    actor.id.clone(),
                    actor.kind.id().to_string(),
                    actor.country.map(|code| code.to_string()).unwrap_or_default(),
                    actor.speaks_for.clone().unwrap_or_default(),
                    reaction.date.to_string(),
                    format!("{precision}{bound}"),
                    place(incident, reaction).0.to_string(),
                    kind.id().to_string(),
                    reaction.summary.get(lang).to_string(),
                    quote.map(|quote| quote.text.clone()).unwrap_or_default(),
                    quote.map(|quote| quote.lang.clone()).unwrap_or_default(),
                    quote.and_then(|quote| quote.translated(lang)).unwrap_or_default().to_string(),
                    sources.join(" "),
                    meta.title.clone(),
                    meta.made_public.clone(),
                    // A reader's own file has no version of the site's: its rows say where it
                    // comes from instead, so that no row of it passes for the site's data.
                    meta.version.clone().or_else(|| meta.origin.clone()).unwrap_or_default(),
                ]);
            }
        }
    }
    rows
}

fn meta(incident: &Incident, screen: &Screen) -> IncidentMeta {
    IncidentMeta::of(incident, screen.catalogue, screen.view.lang)
}

fn picture(screen: &Screen, incident: &Incident, frame: &Frame) -> MapPicture {
    let view = screen.view;
    let standings = standings(incident, &view.filter);
    let map = MapView::derive(incident, screen.names, &standings, Some(frame));
    let highlight = Highlight::of(incident, view.selection.as_ref());
    let states: Vec<PictureState> = map
        .states
        .iter()
        .map(|state| PictureState {
            code: state.code.to_string(),
            name: state.name.clone(),
            d: match state.place {
                Some(Place::OnMap | Place::Small) => frame.shape(state.code).map(|shape| shape.d.clone()),
                _ => None,
            },
            marker: state
                .marker()
                .zip(frame.shape(state.code))
                .map(|(r, shape)| (shape.centre.0, shape.centre.1, r)),
            fill: state.paint.swatch.class(),
            covered: state.paint.covered,
            role: state.role.class(),
            selected: highlight.country(state.code),
            label: state.label(),
        })
        .collect();
    let involved = |code: &str| states.iter().any(|state| state.code == code);
    MapPicture {
        width: frame.width,
        height: frame.height,
        land: frame
            .shapes
            .iter()
            .filter(|shape| !involved(&shape.code))
            .map(|shape| shape.d.clone())
            .collect(),
        states,
        key: key(view.lang),
        off_map: strings(view.lang).beyond_map,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::bundle;
    use crate::model::{Lang, MapExtent, ResponseKind};

    fn export(query: &str) -> Export {
        let incident = crate::load::minimal();
        let catalogue = bundle(std::slice::from_ref(&incident)).catalogue;
        let (view, _) = ViewQuery::parse(query, &catalogue, &incident, Lang::En);
        let names = CountryNames::iso(view.lang);
        let frame = Frame::generated(MapExtent::Europe);
        let screen = Screen {
            view: &view,
            catalogue: &catalogue,
            incidents: vec![&incident],
            names: &names,
            frame: Some(&frame),
            today: Date::parse("2026-12-03").unwrap(),
            folder: "https://example.org/demarche/",
        };
        Export::derive(&screen)
    }

    #[test]
    fn an_upper_bound_says_so_beside_its_precision() {
        let mut incident = crate::load::minimal();
        incident.reactions[2].date_upper_bound = true;
        let filter = crate::filter::Filter::default();
        let matrix = ReactionMatrix::build(&incident, &filter, crate::matrix::RowOrder::Date, Lang::En);
        let catalogue = bundle(std::slice::from_ref(&incident)).catalogue;
        let meta = IncidentMeta::of(&incident, &catalogue, Lang::En);
        let rows = rows(&incident, &meta, &matrix, Lang::En);
        let denial = rows.iter().find(|row| row[11] == "denial").unwrap();
        assert_eq!((denial[9].as_str(), denial[10].as_str()), ("day, upper bound", "1"));
    }

    #[test]
    fn a_row_per_reaction_and_kind_with_the_incidents_facts() {
        let all = export("");
        let kinds: Vec<(&str, &str)> =
            all.rows.iter().map(|row| (row[4].as_str(), row[11].as_str())).collect();
        assert_eq!(
            kinds,
            [
                ("cz-government", "condemnation"),
                ("cz-government", "attribution"),
                ("eu", "solidarity"),
                ("cn-embassy", "denial"),
            ]
        );
        let denial = &all.rows[3];
        assert_eq!((denial[1].as_str(), denial[2].as_str(), denial[10].as_str()), ("CN", "CZ", "1"));
        let version = all.incidents[0].version.as_deref().unwrap();
        assert!(!version.is_empty() && version.chars().all(|c| c.is_ascii_hexdigit()), "{version}");
        let appended = &denial[COLUMNS.len() - 3..];
        assert_eq!(appended, ["A minimal incident", "2025-05-28", version]);
        assert!(all.link.starts_with("?incident=minimal&lang=en"), "{}", all.link);
        let filtered = export(&format!("response={}", ResponseKind::Denial.id()));
        assert_eq!(filtered.rows.len(), 1);
    }

    #[test]
    fn the_picture_paints_what_the_map_paints_and_keeps_the_states_off_it() {
        let picture = export("country=DE").map.unwrap();
        // Each state as code, fill, covered, role, selected and drawn.
        let states: Vec<String> = picture
            .states
            .iter()
            .map(|state| {
                let role = state.role.unwrap_or("-");
                let (code, fill, covered, selected, drawn) =
                    (&state.code, state.fill, state.covered, state.selected, state.d.is_some());
                format!("{code} {fill} {covered} {role} {selected} {drawn}")
            })
            .collect();
        assert_eq!(
            states,
            [
                "CZ step-4 false attributing false true",
                "DE step-2 true - true true",
                "CN off-ladder false accused false false",
            ]
        );
        assert_eq!(picture.key.len(), 16);
        assert!(!picture.land.is_empty());
    }

    #[test]
    fn the_json_is_read_back_whole() {
        let all = export("lang=cs");
        let parsed: serde_json::Value = serde_json::from_str(&all.to_json()).unwrap();
        assert_eq!(parsed["rows"].as_array().unwrap().len(), all.rows.len());
        assert_eq!(parsed["columns"][10], "days_from_attribution");
        assert_eq!(parsed["map"]["states"][1]["covered"], true);
        assert_eq!(parsed["incidents"][0]["attributing_states"][0], "CZ");
        assert_eq!(parsed["embed_titles"]["en"], all.embed_titles[0].1);
        assert_eq!(
            (&parsed["cite"], &parsed["file_stem"]),
            (&all.cite.as_str().into(), &"minimal-2026-12-03".into())
        );
    }
}
