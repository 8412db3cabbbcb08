//! What the widget has loaded, what the reader asked for, and what is on screen. The widget
//! fetches its data on demand: the catalogue first, then the incident, the language's country
//! names and the map a view needs. A view is shown once its incident and names have arrived;
//! until then the previous one stays, so the page never goes blank and never half-switches
//! language. Pure state: the view layer does the fetching and reports what arrived.

use std::rc::Rc;

use crate::catalogue::{beside, lesson_file, Catalogue, IncidentEntry};
use crate::geography::Frame;
use crate::i18n::learn;
use crate::model::{CountryNames, Glossary, Incident, Lang, Lesson, MapExtent, Text};
use crate::packed::{unpack, unpack_ready, Unreadable};
use crate::view_change::ViewChange;
use crate::view_query::{Ignored, ViewQuery, Wanted};

/// A data file the widget may need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resource {
    Catalogue,
    /// An incident, in one language.
    Incident(String, Lang),
    Map(MapExtent),
    Names(Lang),
    /// Every state's name, for a reader's own incident, which may name any state.
    AllNames(Lang),
    /// A reader's own incident file (`?data=URL`): one incident or a set, in both languages.
    Own(String),
    /// The glossary, when a reader first opens a term.
    Glossary(Lang),
    /// What a class reads of a built-in incident (`Lesson`), for its story and handout.
    Lesson(String, Lang),
}

/// A data file, read.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Catalogue(Rc<Catalogue>),
    Incident(Rc<Incident>),
    /// A reader's own file's incidents, each in every language (`own_file::split`).
    Own(Rc<Vec<Incident>>),
    Map(Rc<Frame>),
    Names(Rc<CountryNames>),
    Glossary(Rc<Glossary>),
    Lesson(Rc<Lesson>),
}

impl Loaded {
    /// Reads the bytes of a data file as the resource it was fetched for.
    pub fn read(resource: &Resource, bytes: &[u8]) -> Result<Loaded, Unreadable> {
        Ok(match resource {
            Resource::Catalogue => Loaded::Catalogue(Rc::new(unpack(bytes)?)),
            Resource::Incident(..) => Loaded::Incident(Rc::new(unpack(bytes)?)),
            Resource::Map(_) => Loaded::Map(Rc::new(unpack(bytes)?)),
            Resource::Names(_) | Resource::AllNames(_) => {
                let names: CountryNames = unpack(bytes)?;
                learn(names.lang, &names.words);
                Loaded::Names(Rc::new(names))
            }
            // As the tools module made it ready (`own_file::prepare`), marked with where it
            // came from, which every view and download then says.
            Resource::Own(url) => {
                let mut incidents = unpack_ready(bytes)?;
                incidents.iter_mut().for_each(|incident| incident.origin = Some(url.clone()));
                Loaded::Own(Rc::new(incidents))
            }
            Resource::Glossary(_) => Loaded::Glossary(Rc::new(unpack(bytes)?)),
            Resource::Lesson(..) => Loaded::Lesson(Rc::new(unpack(bytes)?)),
        })
    }
}

impl Resource {
    /// How a page names the resource a preload link is for, e.g. `incident czech-2025 en`.
    pub fn token(&self) -> String {
        match self {
            Resource::Catalogue => "catalogue".into(),
            Resource::Incident(id, lang) => format!("incident {id} {}", lang.tag()),
            Resource::Map(extent) => format!("map {extent}"),
            Resource::Names(lang) => format!("names {}", lang.tag()),
            Resource::AllNames(lang) => format!("all-names {}", lang.tag()),
            Resource::Own(url) => format!("own {url}"),
            Resource::Glossary(lang) => format!("glossary {}", lang.tag()),
            Resource::Lesson(id, lang) => format!("lesson {id} {}", lang.tag()),
        }
    }

    /// Reads [`Resource::token`] back; `None` for anything else.
    pub fn from_token(token: &str) -> Option<Resource> {
        let parts: Vec<&str> = token.split(' ').collect();
        Some(match parts.as_slice() {
            ["catalogue"] => Resource::Catalogue,
            ["incident", id, lang] => Resource::Incident(id.to_string(), Lang::from_tag(lang)?),
            ["map", extent] => Resource::Map(MapExtent::ALL.into_iter().find(|known| known.id() == *extent)?),
            ["names", lang] => Resource::Names(Lang::from_tag(lang)?),
            _ => return None,
        })
    }

    /// Where the file is: the catalogue's own address, or a file the catalogue names beside it.
    pub fn url(&self, catalogue_url: &str, catalogue: Option<&Catalogue>) -> Option<String> {
        let file = match self {
            Resource::Catalogue => return Some(catalogue_url.to_string()),
            Resource::Incident(id, lang) => catalogue?.find(id)?.file(*lang),
            Resource::Map(extent) => catalogue?.map_file(*extent),
            Resource::Names(lang) => catalogue?.names_file(*lang),
            Resource::AllNames(lang) => catalogue?.all_names_file(*lang),
            Resource::Glossary(lang) => catalogue?.glossary_file(*lang),
            // Relative to the page, as the reader wrote it.
            Resource::Own(url) => return Some(url.clone()),
            Resource::Lesson(id, lang) => {
                return Some(beside(catalogue_url, &lesson_file(catalogue?.find(id)?.file(*lang)?)))
            }
        };
        file.map(|file| beside(catalogue_url, file))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub resource: Resource,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The server answered with this status instead of the file.
    Status(u16),
    /// No answer at all: offline, blocked, or a page opened from disk.
    Network,
    Unreadable(Unreadable),
    /// The catalogue lists no such file.
    NotListed,
    /// A reader's own file arrived but does not hold together: every error, as `demarche check`
    /// prints them.
    Invalid(Vec<String>),
}

#[derive(Clone, Debug, PartialEq)]
enum Slot {
    Pending,
    Ready(Loaded),
    Failed(LoadError),
}

/// How the reader's view was last asked for.
#[derive(Clone, Debug, PartialEq)]
enum Request {
    /// A link (the page's own, or one the back button returned to), read once its incident is in.
    Link(String),
    View(Box<ViewQuery>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryWrite {
    /// A new step the back button returns from.
    Push,
    /// The same step, refined (typing in the search box) or read from the URL itself.
    Replace,
}

/// How a map's shapes stand.
#[derive(Clone, Debug, PartialEq)]
pub enum MapLoad {
    Ready(Rc<Frame>),
    Loading,
    Failed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    page_lang: Lang,
    slots: Vec<(Resource, Slot)>,
    request: Request,
    shown: Option<Rc<ViewQuery>>,
    /// Parameters of the link that could not be honoured.
    pub notices: Vec<Ignored>,
    /// How the next URL write should treat the browser's history.
    pub history: HistoryWrite,
    /// The addresses of the reader's own incident files, in the link's order.
    own: Vec<String>,
    /// Whether they are yet to be checked and added to the catalogue, all at once.
    own_pending: bool,
    /// The page does not open readers' own files (`<meta name="demarche-data" content="off">`).
    own_refused: bool,
    /// A reader has opened a glossary term.
    glossary_wanted: bool,
    /// The view draws a story or a handout (`Lesson`).
    lesson_wanted: bool,
    /// The reader is about to open the comparison in this language: every incident is read
    /// ahead, so that the comparison is shown in the frame of its click, not after their fetches.
    every_incident_in: Option<Lang>,
}

impl Session {
    /// A session for a page opened with `query`; `page_lang` is the page's own language.
    pub fn new(query: &str, page_lang: Lang) -> Session {
        Session {
            page_lang,
            slots: Vec::new(),
            request: Request::Link(query.to_string()),
            shown: None,
            notices: Vec::new(),
            history: HistoryWrite::Replace,
            own: ViewQuery::data_of(query),
            own_pending: !ViewQuery::data_of(query).is_empty(),
            own_refused: false,
            glossary_wanted: false,
            lesson_wanted: false,
            every_incident_in: None,
        }
    }

    /// The data files that have arrived, as read. The extras module hands them to the session
    /// of the next part it draws ([`Session::restore`]), so a part opened after another draws at
    /// once instead of fetching and decoding the same files again.
    pub fn arrived(&self) -> Vec<(Resource, Loaded)> {
        let ready = self.slots.iter().filter_map(|(resource, slot)| match slot {
            Slot::Ready(loaded) => Some((resource.clone(), loaded.clone())),
            _ => None,
        });
        ready.collect()
    }

    /// Takes files another session read ([`Session::arrived`]) as if they had just arrived. A
    /// reader's own files come with the catalogue they were already added to, which adding
    /// them again leaves as it is.
    pub fn restore(&mut self, files: Vec<(Resource, Loaded)>) {
        for (resource, loaded) in files {
            if self.slot(&resource).is_none() {
                self.slots.push((resource, Slot::Ready(loaded)));
            }
        }
        self.settle();
    }

    /// The page will not open files of a reader's choosing: a link's `data=` is set aside
    /// with a notice, and nothing is fetched for it.
    pub fn refuse_own(&mut self) {
        self.own_refused = true;
        self.own_pending = false;
    }

    pub fn page_lang(&self) -> Lang {
        self.page_lang
    }

    /// The view on screen, once there is one.
    pub fn shown(&self) -> Option<&Rc<ViewQuery>> {
        self.shown.as_ref()
    }

    /// Whether the reader asked for something that is still on its way.
    pub fn busy(&self) -> bool {
        match (&self.request, &self.shown) {
            (Request::View(view), Some(shown)) => **view != **shown,
            _ => true,
        }
    }

    pub fn catalogue(&self) -> Option<Rc<Catalogue>> {
        match self.loaded(&Resource::Catalogue)? {
            Loaded::Catalogue(catalogue) => Some(catalogue.clone()),
            _ => None,
        }
    }

    pub fn incident(&self, id: &str, lang: Lang) -> Option<Rc<Incident>> {
        match self.loaded(&Resource::Incident(id.to_string(), lang))? {
            Loaded::Incident(incident) => Some(incident.clone()),
            _ => None,
        }
    }

    /// Every incident of the catalogue that has arrived in `lang`, in the catalogue's order.
    pub fn incidents(&self, lang: Lang) -> Vec<Rc<Incident>> {
        let Some(catalogue) = self.catalogue() else { return Vec::new() };
        catalogue.incidents.iter().filter_map(|entry| self.incident(&entry.id, lang)).collect()
    }

    pub fn glossary(&self, lang: Lang) -> Option<Rc<Glossary>> {
        match self.loaded(&Resource::Glossary(lang))? {
            Loaded::Glossary(glossary) => Some(glossary.clone()),
            _ => None,
        }
    }

    /// A reader opened a glossary term: fetch the glossary (in whatever language is shown).
    pub fn want_glossary(&mut self) {
        self.glossary_wanted = true;
    }

    /// The reader is about to open the comparison: read every incident in the language shown.
    /// False when they were already asked for, or nothing is shown yet: nothing changes.
    pub fn want_every_incident(&mut self) -> bool {
        let lang = self.shown.as_ref().map(|view| view.lang);
        lang.is_some() && std::mem::replace(&mut self.every_incident_in, lang) != lang
    }

    /// The session draws a story or a handout: fetch what a class reads of each incident shown.
    pub fn want_lesson(&mut self) {
        self.lesson_wanted = true;
    }

    /// The incident, and when the session draws a story or a handout, what a class reads of
    /// it, once that is in too: a build ships it apart (`Lesson`); a reader's own incident
    /// carries it. The view puts them together once per pair (`Lesson::restore`).
    pub fn incident_and_lesson(&self, id: &str, lang: Lang) -> Option<(Rc<Incident>, Option<Rc<Lesson>>)> {
        let incident = self.incident(id, lang)?;
        let filed = self.catalogue()?.find(id).is_some_and(|entry| !entry.files.is_empty());
        if !(self.lesson_wanted && filed) {
            return Some((incident, None));
        }
        match self.loaded(&Resource::Lesson(id.to_string(), lang))? {
            Loaded::Lesson(lesson) => Some((incident, Some(lesson.clone()))),
            _ => None,
        }
    }

    pub fn names(&self, lang: Lang) -> Option<Rc<CountryNames>> {
        match self.loaded(&self.names_for(lang))? {
            Loaded::Names(names) => Some(names.clone()),
            _ => None,
        }
    }

    pub fn map(&self, extent: MapExtent) -> MapLoad {
        match self.slot(&Resource::Map(extent)) {
            Some(Slot::Ready(Loaded::Map(frame))) => MapLoad::Ready(frame.clone()),
            Some(Slot::Failed(_)) => MapLoad::Failed,
            _ => MapLoad::Loading,
        }
    }

    /// The data files the reader's latest request needs that nobody has asked for yet.
    pub fn needs(&self) -> Vec<Resource> {
        let Some(catalogue) = self.catalogue() else {
            return self.unasked([Resource::Catalogue]);
        };
        let wanted = self.wanted(&catalogue);
        // The language's names (and words) with the own file, so that what is wrong with the
        // file can be said in the reader's language.
        if self.own_pending {
            let files = self.own.iter().map(|url| Resource::Own(url.clone()));
            return self.unasked(files.chain([self.names_for(wanted.lang)]));
        }
        let filed = catalogue.find(&wanted.incident).is_some_and(|entry| !entry.files.is_empty());
        let mut needs = [
            Resource::Incident(wanted.incident.clone(), wanted.lang),
            self.names_for(wanted.lang),
            Resource::Map(wanted.extent),
        ]
        .to_vec();
        if self.lesson_wanted && filed {
            needs.push(Resource::Lesson(wanted.incident, wanted.lang));
        }
        if self.glossary_wanted {
            needs.push(Resource::Glossary(wanted.lang));
        }
        if wanted.every_incident || self.every_incident_in == Some(wanted.lang) {
            needs.extend(
                catalogue.incidents.iter().map(|entry| Resource::Incident(entry.id.clone(), wanted.lang)),
            );
        }
        // A reader may switch maps while a language or an incident is still on its way.
        if let Some(shown) = &self.shown {
            needs.push(Resource::Map(shown.extent));
        }
        self.unasked(needs)
    }

    /// Records that a fetch has started.
    pub fn begin(&mut self, resource: Resource) {
        if self.slot(&resource).is_none() {
            self.slots.push((resource, Slot::Pending));
        }
    }

    /// Records what a fetch brought, and shows the requested view if it can be now. A reader's
    /// own file comes checked (`fetch::load_own`): the session takes what it is given.
    pub fn arrive(&mut self, resource: Resource, result: Result<Loaded, LoadError>) {
        let slot = match result {
            Ok(loaded) => Slot::Ready(loaded),
            Err(error) => Slot::Failed(error),
        };
        match self.slots.iter_mut().find(|(known, _)| *known == resource) {
            Some((_, known)) => *known = slot,
            None => self.slots.push((resource, slot)),
        }
        self.settle();
    }

    /// Changes the view the reader sees, starting from the latest requested view.
    pub fn change(&mut self, change: ViewChange) {
        let Some(catalogue) = self.catalogue() else { return };
        let base = match &self.request {
            Request::View(view) => (**view).clone(),
            Request::Link(_) => match &self.shown {
                Some(shown) => (**shown).clone(),
                None => return,
            },
        };
        let mut next = base.clone();
        match change {
            ViewChange::Story(Some(step)) => {
                let Some(at_step) = self
                    .incident(&base.incident, base.lang)
                    .and_then(|incident| base.at_step(&incident, step))
                else {
                    return;
                };
                next = at_step;
            }
            // Anything else the reader does leaves the story, keeping what is on screen.
            change => {
                next.apply(change, &catalogue);
                next.story = None;
            }
        }
        if next == base {
            return;
        }
        let typing = next.differs_only_in_text(&base);
        self.history = if typing { HistoryWrite::Replace } else { HistoryWrite::Push };
        self.request = Request::View(Box::new(next));
        self.settle();
    }

    /// The browser moved through its history to a URL with this query.
    pub fn follow_link(&mut self, query: &str) {
        self.history = HistoryWrite::Replace;
        self.request = Request::Link(query.to_string());
        self.settle();
    }

    /// Goes to the view a link opens, as a new step the back button returns from: a part
    /// drawn by the extras module asks for views this way.
    pub fn go_to(&mut self, query: &str) {
        self.follow_link(query);
        self.history = HistoryWrite::Push;
    }

    /// The link of the latest requested view, once the catalogue is known.
    pub fn requested_link(&self) -> Option<String> {
        match &self.request {
            Request::View(view) => Some(view.to_query(&*self.catalogue()?, self.page_lang)),
            Request::Link(link) => Some(link.clone()),
        }
    }

    /// Forgets every failed fetch, so that [`Session::needs`] asks for them again.
    pub fn retry(&mut self) {
        self.slots.retain(|(_, slot)| !matches!(slot, Slot::Failed(_)));
    }

    /// The first failure among what the latest request needs.
    pub fn failure(&self) -> Option<&LoadError> {
        let wanted = self.catalogue().map(|catalogue| self.wanted(&catalogue));
        // Said in the reader's language: its words come with its names (`i18n::learn`), so an
        // error waits while they are on their way.
        if let Some(wanted) = &wanted {
            if let Some(Slot::Pending) = self.slot(&self.names_for(wanted.lang)) {
                return None;
            }
        }
        self.slots.iter().find_map(|(resource, slot)| match slot {
            Slot::Failed(error) if Self::concerns(wanted.as_ref(), resource) => Some(error),
            _ => None,
        })
    }

    fn concerns(wanted: Option<&Wanted>, resource: &Resource) -> bool {
        let Some(wanted) = wanted else { return *resource == Resource::Catalogue };
        match resource {
            Resource::Catalogue | Resource::Own(_) => true,
            Resource::Incident(id, lang) => {
                (wanted.every_incident || *id == wanted.incident) && *lang == wanted.lang
            }
            Resource::Lesson(id, lang) => *id == wanted.incident && *lang == wanted.lang,
            Resource::Names(lang) | Resource::AllNames(lang) | Resource::Glossary(lang) => {
                *lang == wanted.lang
            }
            Resource::Map(extent) => *extent == wanted.extent,
        }
    }

    pub fn dismiss_notices(&mut self) {
        self.notices.clear();
    }

    fn wanted(&self, catalogue: &Catalogue) -> Wanted {
        match &self.request {
            Request::Link(query) => ViewQuery::wanted(query, catalogue, self.page_lang),
            Request::View(view) => Wanted {
                incident: view.incident.clone(),
                lang: view.lang,
                extent: view.extent,
                every_incident: view.mode == crate::view_mode::ViewMode::Compare,
            },
        }
    }

    /// A reader's own incident names states the bundled ones may not.
    fn names_for(&self, lang: Lang) -> Resource {
        match self.own.is_empty() || self.own_refused {
            true => Resource::Names(lang),
            false => Resource::AllNames(lang),
        }
    }

    /// Once every file of the reader's own has arrived and passed the checks, their incidents
    /// join the catalogue, first and in the link's order, so that the first is what the page
    /// shows; an own incident takes the place of a built-in one of the same id, and the first
    /// of two own ones with the same id stands. Each file holds every language.
    fn adopt_own(&mut self) {
        let Some(catalogue) = self.catalogue().filter(|_| self.own_pending) else { return };
        let mut files = Vec::new();
        for url in &self.own {
            let Some(Loaded::Own(split)) = self.loaded(&Resource::Own(url.clone())) else { return };
            files.push(split.clone());
        }
        let mut entries: Vec<IncidentEntry> = Vec::new();
        for languages in files.iter().flat_map(|split| split.chunks(Lang::ALL.len())) {
            let id = languages[0].id();
            if entries.iter().any(|entry| entry.id == id) {
                continue;
            }
            let [en, cs] = languages else { continue };
            // The picker names it in either language, as a build's catalogue does.
            let title = Text { en: en.facts.title.en.clone(), cs: cs.facts.title.cs.clone() };
            entries.push(IncidentEntry { title, ..IncidentEntry::unfiled(en) });
            for (lang, incident) in Lang::ALL.into_iter().zip(languages) {
                let resource = Resource::Incident(id.to_string(), lang);
                self.slots.retain(|(known, _)| *known != resource);
                self.slots.push((resource, Slot::Ready(Loaded::Incident(Rc::new(incident.clone())))));
            }
        }
        let mut catalogue = (*catalogue).clone();
        catalogue.incidents.retain(|known| entries.iter().all(|entry| entry.id != known.id));
        catalogue.incidents.splice(0..0, entries);
        for (known, slot) in &mut self.slots {
            if *known == Resource::Catalogue {
                *slot = Slot::Ready(Loaded::Catalogue(Rc::new(catalogue.clone())));
            }
        }
        self.own_pending = false;
    }

    /// Shows the requested view once its incident and its language's names are in.
    fn settle(&mut self) {
        self.adopt_own();
        if self.own_pending {
            return;
        }
        let Some(catalogue) = self.catalogue() else { return };
        let wanted = self.wanted(&catalogue);
        let (Some(incident), Some(_)) =
            (self.incident(&wanted.incident, wanted.lang), self.names(wanted.lang))
        else {
            return;
        };
        if wanted.every_incident && self.incidents(wanted.lang).len() < catalogue.incidents.len() {
            return;
        }
        let view = match &self.request {
            Request::View(view) => (**view).clone(),
            Request::Link(query) => {
                let (mut view, mut ignored) = ViewQuery::parse(query, &catalogue, &incident, self.page_lang);
                if self.own_refused {
                    ignored.extend(view.data.drain(..).map(|url| ("data".to_string(), url)));
                }
                self.notices = ignored;
                self.request = Request::View(Box::new(view.clone()));
                view
            }
        };
        if self.shown.as_deref() != Some(&view) {
            self.shown = Some(Rc::new(view));
        }
    }

    fn slot(&self, resource: &Resource) -> Option<&Slot> {
        self.slots.iter().find(|(known, _)| known == resource).map(|(_, slot)| slot)
    }

    fn loaded(&self, resource: &Resource) -> Option<&Loaded> {
        match self.slot(resource)? {
            Slot::Ready(loaded) => Some(loaded),
            _ => None,
        }
    }

    fn unasked(&self, resources: impl IntoIterator<Item = Resource>) -> Vec<Resource> {
        let mut unasked: Vec<Resource> = Vec::new();
        for resource in resources {
            if self.slot(&resource).is_none() && !unasked.contains(&resource) {
                unasked.push(resource);
            }
        }
        unasked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::bundle;
    use crate::load::parse_incident;
    use crate::matrix::RowOrder;

    fn incident(id: &str, made_public: &str) -> Incident {
        let text = include_str!("../tests/fixtures/minimal.toml")
            .replacen("id = \"minimal\"", &format!("id = \"{id}\""), 1)
            .replacen("made_public = \"2025-05-28\"", &format!("made_public = \"{made_public}\""), 1);
        parse_incident("minimal.toml", &text).unwrap()
    }

    /// A catalogue of two incidents, `newer` (the default) and `older`.
    fn catalogue() -> (Rc<Catalogue>, Rc<Incident>, Rc<Incident>) {
        let (newer, older) = (incident("newer", "2025-05-28"), incident("older", "2024-05-03"));
        let catalogue = bundle(&[newer.clone(), older.clone()]).catalogue;
        (Rc::new(catalogue), Rc::new(newer), Rc::new(older))
    }

    /// Delivers every file the session needs, as a quick network would.
    fn deliver(session: &mut Session, catalogue: &Rc<Catalogue>, incidents: &[&Rc<Incident>]) {
        for resource in session.needs() {
            session.begin(resource.clone());
            let loaded = match &resource {
                Resource::Catalogue => Loaded::Catalogue(catalogue.clone()),
                Resource::Incident(id, _) => Loaded::Incident(
                    (*incidents.iter().find(|incident| incident.id() == id).unwrap()).clone(),
                ),
                Resource::Own(ids) => {
                    let own: Vec<Incident> = ids
                        .split('+')
                        .map(|id| (***incidents.iter().find(|incident| incident.id() == id).unwrap()).clone())
                        .collect();
                    Loaded::read(&resource, &crate::own_file::ready(&own)).unwrap()
                }
                Resource::Map(_) => Loaded::Map(Rc::new(Frame { width: 1, height: 1, shapes: vec![] })),
                Resource::Names(lang) | Resource::AllNames(lang) => {
                    Loaded::Names(Rc::new(CountryNames::iso(*lang)))
                }
                Resource::Glossary(lang) => {
                    Loaded::Glossary(Rc::new(crate::load::builtin_glossary().in_language(*lang)))
                }
                Resource::Lesson(..) => continue,
            };
            session.arrive(resource, Ok(loaded));
        }
    }

    fn failed(resource: Resource, status: u16) -> Result<Loaded, LoadError> {
        Err(LoadError { resource, problem: Problem::Status(status) })
    }

    #[test]
    fn the_catalogue_comes_first_then_only_what_the_link_asks_for() {
        let (catalogue, newer, older) = catalogue();
        let mut session = Session::new("?incident=older&lang=cs&map=world", Lang::En);
        assert_eq!(session.needs(), [Resource::Catalogue]);
        session.begin(Resource::Catalogue);
        assert_eq!(session.needs(), []);
        session.arrive(Resource::Catalogue, Ok(Loaded::Catalogue(catalogue.clone())));
        assert_eq!(
            session.needs(),
            [
                Resource::Incident("older".into(), Lang::Cs),
                Resource::Names(Lang::Cs),
                Resource::Map(MapExtent::World)
            ]
        );
        deliver(&mut session, &catalogue, &[&newer, &older]);
        let shown = session.shown().unwrap();
        assert_eq!((shown.incident.as_str(), shown.lang), ("older", Lang::Cs));
        assert!(!session.busy() && session.needs().is_empty());
        assert!(session.incident("newer", Lang::Cs).is_none(), "the other incident is never fetched");
    }

    #[test]
    fn a_new_incident_shows_only_once_it_has_arrived() {
        let (catalogue, newer, older) = catalogue();
        let mut session = Session::new("", Lang::En);
        deliver(&mut session, &catalogue, &[&newer]);
        deliver(&mut session, &catalogue, &[&newer]);
        assert_eq!(session.shown().unwrap().incident, "newer");
        session.change(ViewChange::Incident("older".into()));
        assert!(session.busy());
        assert_eq!(session.shown().unwrap().incident, "newer", "the old view stays meanwhile");
        assert_eq!(
            session.needs(),
            [Resource::Incident("older".into(), Lang::En)],
            "the same map is not fetched again"
        );
        deliver(&mut session, &catalogue, &[&older]);
        assert_eq!(session.shown().unwrap().incident, "older");
        assert_eq!(session.history, HistoryWrite::Push);
    }

    #[test]
    fn a_failed_file_is_reported_and_asked_for_again_on_retry() {
        let (catalogue, newer, _) = catalogue();
        let mut session = Session::new("", Lang::Cs);
        deliver(&mut session, &catalogue, &[]);
        let incident = Resource::Incident("newer".into(), Lang::Cs);
        for resource in session.needs() {
            if resource == incident {
                session.begin(incident.clone());
                session.arrive(incident.clone(), failed(incident.clone(), 404));
            }
        }
        deliver(&mut session, &catalogue, &[]);
        assert_eq!(session.failure().map(|error| &error.problem), Some(&Problem::Status(404)));
        assert!(session.shown().is_none() && session.needs().is_empty());
        session.retry();
        assert_eq!(session.needs(), [incident]);
        deliver(&mut session, &catalogue, &[&newer]);
        assert!(session.failure().is_none());
        assert_eq!(session.shown().unwrap().lang, Lang::Cs, "a Czech page speaks Czech");
    }

    #[test]
    fn edits_apply_to_the_latest_request_and_typing_refines_one_step() {
        let (catalogue, newer, _) = catalogue();
        let mut session = Session::new("?sort=name&zoom=2", Lang::En);
        deliver(&mut session, &catalogue, &[&newer]);
        deliver(&mut session, &catalogue, &[&newer]);
        assert_eq!(session.notices, [("zoom".to_string(), "2".to_string())]);
        session.change(ViewChange::Text("a".into()));
        assert_eq!(session.history, HistoryWrite::Replace);
        session.change(ViewChange::Extent(MapExtent::Europe));
        assert_eq!(session.history, HistoryWrite::Push);
        let shown = session.shown().unwrap();
        assert_eq!(
            (shown.order, shown.filter.text.as_str(), shown.extent),
            (RowOrder::Name, "a", MapExtent::Europe)
        );
        assert_eq!(session.needs(), [Resource::Map(MapExtent::Europe)]);
        session.follow_link("");
        assert_eq!(session.shown().unwrap().order, RowOrder::Date);
        assert_eq!(session.history, HistoryWrite::Replace);
    }

    #[test]
    fn a_resource_reads_back_from_the_token_a_page_names_it_by() {
        for resource in [
            Resource::Catalogue,
            Resource::Incident("czech-mfa-apt31-2025".into(), Lang::Cs),
            Resource::Map(MapExtent::World),
            Resource::Names(Lang::En),
        ] {
            assert_eq!(Resource::from_token(&resource.token()), Some(resource));
        }
        for bad in ["", "map mars", "incident x", "names xx", "catalogue x"] {
            assert_eq!(Resource::from_token(bad), None, "{bad}");
        }
    }

    #[test]
    fn files_are_read_as_what_they_were_fetched_for_and_found_beside_the_catalogue() {
        let (catalogue, newer, _) = catalogue();
        let bytes = crate::packed::pack(newer.as_ref());
        let incident = Resource::Incident("newer".into(), Lang::En);
        assert_eq!(Loaded::read(&incident, &bytes), Ok(Loaded::Incident(newer.clone())));
        assert_eq!(Loaded::read(&Resource::Catalogue, &bytes), Err(Unreadable::Kind));
        let url = incident.url("../data/catalogue.x.bin", Some(&catalogue)).unwrap();
        assert!(url.starts_with("../data/newer.") && url.ends_with(".bin"), "{url}");
        assert_eq!(Resource::Incident("gone".into(), Lang::En).url("data/c.bin", Some(&catalogue)), None);
        assert_eq!(Resource::Catalogue.url("data/c.bin", None).as_deref(), Some("data/c.bin"));
    }

    #[test]
    fn a_failed_world_map_does_not_hide_the_view() {
        let (catalogue, newer, _) = catalogue();
        let mut session = Session::new("?map=europe", Lang::En);
        deliver(&mut session, &catalogue, &[&newer]);
        deliver(&mut session, &catalogue, &[&newer]);
        session.change(ViewChange::Extent(MapExtent::World));
        let world = Resource::Map(MapExtent::World);
        session.begin(world.clone());
        assert_eq!(session.map(MapExtent::World), MapLoad::Loading);
        session.arrive(world.clone(), failed(world, 500));
        assert_eq!(session.map(MapExtent::World), MapLoad::Failed);
        assert!(session.failure().is_some());
        assert_eq!(session.shown().unwrap().extent, MapExtent::World);
    }

    #[test]
    fn an_error_waits_for_the_words_of_the_readers_language() {
        let (catalogue, _, _) = catalogue();
        let mut session = Session::new("?data=own&lang=cs", Lang::En);
        session.begin(Resource::Catalogue);
        session.arrive(Resource::Catalogue, Ok(Loaded::Catalogue(catalogue.clone())));
        let [own, names] = <[Resource; 2]>::try_from(session.needs()).unwrap();
        session.begin(own.clone());
        session.begin(names.clone());
        let error = LoadError { resource: own.clone(), problem: Problem::Status(404) };
        session.arrive(own, Err(error.clone()));
        assert_eq!(session.failure(), None, "the Czech words are on their way");
        session.arrive(names, Ok(Loaded::Names(Rc::new(CountryNames::iso(Lang::Cs)))));
        assert_eq!(session.failure(), Some(&error));
    }

    /// `?data=own` stands for a reader's file at the address `own`; `deliver` hands over the
    /// incidents whose ids the address names (`a+b` for a set of two).
    #[test]
    fn a_readers_own_file_is_checked_then_shown_first_with_every_states_name() {
        let (catalogue, newer, _) = catalogue();
        let own = Rc::new(incident("own", "2026-01-01"));
        let mut session = Session::new("?data=own&lang=cs", Lang::En);
        session.begin(Resource::Catalogue);
        session.arrive(Resource::Catalogue, Ok(Loaded::Catalogue(catalogue.clone())));
        assert_eq!(
            session.needs(),
            [Resource::Own("own".into()), Resource::AllNames(Lang::Cs)],
            "nothing else until it is in, but the words to say what is wrong with it"
        );
        deliver(&mut session, &catalogue, &[&own]);
        assert_eq!(session.needs(), [Resource::Map(MapExtent::World)]);
        deliver(&mut session, &catalogue, &[&own]);
        let shown = session.shown().unwrap();
        assert_eq!(
            (shown.incident.as_str(), shown.lang, shown.data.as_slice()),
            ("own", Lang::Cs, ["own".to_string()].as_slice())
        );
        assert_eq!(session.catalogue().unwrap().default_incident().id, "own");
        let czech = session.incident("own", Lang::Cs).unwrap();
        assert!(
            czech.facts.title.en.is_empty(),
            "the file's two languages are split as the build splits them"
        );
        session.change(ViewChange::Incident("newer".into()));
        deliver(&mut session, &catalogue, &[&newer]);
        assert_eq!(session.shown().unwrap().data, ["own"], "the link keeps the file");
    }

    #[test]
    fn a_session_given_what_another_read_shows_its_view_at_once_and_fetches_only_the_rest() {
        let (catalogue, newer, older) = catalogue();
        let mut first = Session::new("?incident=older", Lang::En);
        deliver(&mut first, &catalogue, &[&older]);
        deliver(&mut first, &catalogue, &[&older]);
        let mut next = Session::new("?incident=older&view=timeline", Lang::En);
        next.restore(first.arrived());
        assert_eq!(next.needs(), [], "every file of the view is in");
        assert_eq!(
            next.shown().unwrap().mode,
            crate::view_mode::ViewMode::Timeline,
            "drawn from its own link"
        );
        let mut other = Session::new("?incident=newer", Lang::En);
        other.restore(first.arrived());
        assert_eq!(other.shown(), None);
        assert_eq!(other.needs(), [Resource::Incident("newer".into(), Lang::En)]);
        deliver(&mut other, &catalogue, &[&newer]);
        assert_eq!(other.shown().unwrap().incident, "newer");
    }

    #[test]
    fn own_files_given_again_are_not_added_to_the_catalogue_twice() {
        let (catalogue, _, _) = catalogue();
        let own = Rc::new(incident("own", "2026-01-01"));
        let mut first = Session::new("?data=own", Lang::En);
        while !first.needs().is_empty() {
            deliver(&mut first, &catalogue, &[&own]);
        }
        let mut next = Session::new("?data=own", Lang::En);
        next.restore(first.arrived());
        assert_eq!(next.needs(), []);
        let ids: Vec<String> =
            next.catalogue().unwrap().incidents.iter().map(|entry| entry.id.clone()).collect();
        assert_eq!(ids, ["own", "newer", "older"]);
        assert_eq!(next.shown().unwrap().incident, "own");
    }

    #[test]
    fn several_own_files_join_the_catalogue_first_in_the_links_order() {
        let (catalogue, _, _) = catalogue();
        let [one, two, three, newer] =
            [("one", "2020-01-01"), ("two", "2021-01-01"), ("three", "2022-01-01"), ("newer", "2019-01-01")]
                .map(|(id, made_public)| Rc::new(incident(id, made_public)));
        let mut session = Session::new("?data=one&data=two%2Bnewer%2Bone&data=three&data=one", Lang::En);
        deliver(&mut session, &catalogue, &[]);
        assert_eq!(
            session.needs(),
            [
                Resource::Own("one".into()),
                Resource::Own("two+newer+one".into()),
                Resource::Own("three".into()),
                Resource::AllNames(Lang::En)
            ],
            "each address once, every state's name beside them"
        );
        let own = Resource::Own("one".into());
        session.begin(own.clone());
        let ready = crate::own_file::ready(&[(*one).clone()]);
        session.arrive(own.clone(), Loaded::read(&own, &ready).map_err(|_| unreachable!()));
        assert_eq!(session.catalogue().unwrap().incidents.len(), 2, "nothing joins before every file is in");
        deliver(&mut session, &catalogue, &[&one, &two, &three, &newer]);
        deliver(&mut session, &catalogue, &[]);
        let catalogue = session.catalogue().unwrap();
        let origin = |id: &str| session.incident(id, Lang::Cs).and_then(|incident| incident.origin.clone());
        let entries: Vec<(&str, Option<String>)> =
            catalogue.incidents.iter().map(|entry| (entry.id.as_str(), origin(&entry.id))).collect();
        assert_eq!(
            entries,
            [
                ("one", Some("one".to_string())),
                ("two", Some("two+newer+one".into())),
                ("newer", Some("two+newer+one".into())),
                ("three", Some("three".into())),
                ("older", None)
            ],
            "a set's incidents in its order; an own incident takes the built-in one's place; the first of two with one id stands"
        );
        let shown = session.shown().unwrap();
        assert_eq!((shown.incident.as_str(), shown.data.len()), ("one", 3));
        assert_eq!(session.incident("newer", Lang::En).unwrap().facts.made_public.to_string(), "2019-01-01");
    }

    #[test]
    fn a_story_waits_for_what_a_class_reads_of_a_built_in_incident_and_only_a_story() {
        let whole = crate::load::parse_incident(
            "s.toml",
            &format!(
                "{}\n[[story]]\ntitle.en = \"A\"\ntitle.cs = \"A\"\ntext.en = \"a\"\ntext.cs = \"a\"\nview = \"map=europe\"\nsources = [\"statement\"]\n",
                include_str!("../tests/fixtures/minimal.toml")
            ),
        )
        .unwrap();
        let mut light = whole.in_language(Lang::En);
        let lesson = Lesson::take(&mut light);
        let catalogue = Rc::new(bundle(std::slice::from_ref(&whole)).catalogue);
        let mut plain = Session::new("", Lang::En);
        for _ in 0..2 {
            deliver(&mut plain, &catalogue, &[&Rc::new(light.clone())]);
        }
        assert!(plain.needs().iter().all(|resource| !matches!(resource, Resource::Lesson(..))));
        assert_eq!(plain.incident_and_lesson("minimal", Lang::En).unwrap().1, None);
        let mut story = Session::new("?story=1", Lang::En);
        story.want_lesson();
        deliver(&mut story, &catalogue, &[]);
        let wanted = Resource::Lesson("minimal".into(), Lang::En);
        assert!(story.needs().contains(&wanted), "{:?}", story.needs());
        deliver(&mut story, &catalogue, &[&Rc::new(light)]);
        assert_eq!(story.incident_and_lesson("minimal", Lang::En), None, "no story without its words");
        story.arrive(wanted, Ok(Loaded::Lesson(Rc::new(lesson))));
        let (incident, lesson) = story.incident_and_lesson("minimal", Lang::En).unwrap();
        assert_eq!(lesson.unwrap().restore(&incident), whole.in_language(Lang::En));
    }

    #[test]
    fn a_page_that_refuses_own_files_fetches_none_and_says_so() {
        let (catalogue, newer, _) = catalogue();
        let mut session = Session::new("?data=https%3A%2F%2Fexample.org%2Fown.bin&lang=cs", Lang::En);
        session.refuse_own();
        deliver(&mut session, &catalogue, &[&newer]);
        deliver(&mut session, &catalogue, &[&newer]);
        let shown = session.shown().unwrap();
        assert_eq!(
            (shown.incident.as_str(), shown.data.len()),
            ("newer", 0),
            "no file, and no file in links"
        );
        assert_eq!(session.notices, [("data".to_string(), "https://example.org/own.bin".to_string())]);
        assert_eq!(session.catalogue().unwrap().incidents.len(), 2, "nothing joined the catalogue");
        assert!(session.names(Lang::Cs).is_some(), "only the bundled names are needed");
    }

    #[test]
    fn a_readers_own_file_carries_its_address_into_every_language() {
        let own = incident("own", "2026-01-01");
        let url = "https://example.org/own.bin";
        let ready = crate::own_file::ready(std::slice::from_ref(&own));
        let Ok(Loaded::Own(read)) = Loaded::read(&Resource::Own(url.into()), &ready) else { panic!() };
        assert_eq!(read.len(), Lang::ALL.len());
        assert!(
            read.iter().all(|incident| incident.origin.as_deref() == Some(url)),
            "every language says it"
        );
        let bytes = crate::packed::pack(&own);
        let Ok(Loaded::Incident(built)) = Loaded::read(&Resource::Incident("own".into(), Lang::En), &bytes)
        else {
            panic!()
        };
        assert_eq!(built.origin, None);
    }

    #[test]
    fn a_readers_file_that_fails_the_checks_is_refused_with_every_error() {
        let (catalogue, _, _) = catalogue();
        let mut broken = incident("own", "2026-01-01");
        broken.reactions[0].actor = "nobody".into();
        broken.reactions[1].sources.clear();
        let refused = crate::own_file::prepare("own", &crate::packed::pack(&broken)).unwrap_err();
        let mut session = Session::new("?data=own", Lang::En);
        deliver(&mut session, &catalogue, &[]);
        let own = Resource::Own("own".into());
        assert_eq!(session.needs(), [own.clone(), Resource::AllNames(Lang::En)]);
        session.begin(own.clone());
        session.arrive(own.clone(), Err(LoadError { resource: own.clone(), problem: refused.problem() }));
        let Some(LoadError { resource, problem: Problem::Invalid(errors) }) = session.failure() else {
            panic!("{:?}", session.failure())
        };
        assert_eq!((resource, errors.len()), (&Resource::Own("own".into()), 2));
        assert!(errors[0].to_string().starts_with("own: [[reactions]] #1"), "{}", errors[0]);
        assert!(session.shown().is_none());
        assert_eq!(session.needs(), [Resource::AllNames(Lang::En)], "nothing but the words to say it in");
    }

    #[test]
    fn the_comparison_waits_for_every_incident_in_the_readers_language() {
        let (catalogue, newer, older) = catalogue();
        let mut session = Session::new("?view=compare&lang=cs", Lang::En);
        deliver(&mut session, &catalogue, &[]);
        let needs = session.needs();
        assert!(needs.contains(&Resource::Incident("older".into(), Lang::Cs)), "{needs:?}");
        assert!(needs.contains(&Resource::Incident("newer".into(), Lang::Cs)));
        for resource in
            needs.into_iter().filter(|resource| *resource != Resource::Incident("older".into(), Lang::Cs))
        {
            session.begin(resource.clone());
            let loaded = match &resource {
                Resource::Incident(..) => Loaded::Incident(newer.clone()),
                Resource::Names(lang) => Loaded::Names(Rc::new(CountryNames::iso(*lang))),
                _ => Loaded::Map(Rc::new(Frame { width: 1, height: 1, shapes: vec![] })),
            };
            session.arrive(resource, Ok(loaded));
        }
        assert!(session.shown().is_none(), "not before every incident is in");
        deliver(&mut session, &catalogue, &[&older]);
        assert_eq!(session.shown().unwrap().mode, crate::view_mode::ViewMode::Compare);
        assert_eq!(session.incidents(Lang::Cs).len(), 2);
    }

    #[test]
    fn every_incident_is_read_ahead_of_a_comparison_without_changing_the_view() {
        let (catalogue, newer, older) = catalogue();
        let mut session = Session::new("?lang=cs", Lang::En);
        deliver(&mut session, &catalogue, &[&newer]);
        deliver(&mut session, &catalogue, &[&newer]);
        assert!(session.needs().is_empty());
        assert!(session.want_every_incident());
        assert!(!session.want_every_incident(), "asked once");
        let older_cs = Resource::Incident("older".into(), Lang::Cs);
        assert_eq!(session.needs(), std::slice::from_ref(&older_cs));
        session.begin(older_cs.clone());
        session.arrive(older_cs.clone(), failed(older_cs, 503));
        assert!(session.failure().is_none(), "the matrix shown does not need it");
        assert_eq!(session.shown().unwrap().mode, crate::view_mode::ViewMode::Matrix);
        session.change(ViewChange::Lang(Lang::En));
        assert!(
            !session.needs().contains(&Resource::Incident("older".into(), Lang::En)),
            "nor another language"
        );
        deliver(&mut session, &catalogue, &[&newer]);
        assert!(session.want_every_incident(), "asked again in the language shown");
        assert!(session.needs().contains(&Resource::Incident("older".into(), Lang::En)));
        session.change(ViewChange::Lang(Lang::Cs));
        session.retry();
        assert!(session.want_every_incident());
        deliver(&mut session, &catalogue, &[&older]);
        session.change(ViewChange::Mode(crate::view_mode::ViewMode::Compare));
        assert_eq!(session.shown().unwrap().mode, crate::view_mode::ViewMode::Compare, "at once");
        assert_eq!(session.incidents(Lang::Cs).len(), 2);
    }

    #[test]
    fn the_glossary_is_fetched_only_once_a_reader_opens_a_term() {
        let (catalogue, newer, _) = catalogue();
        let mut session = Session::new("?lang=cs", Lang::En);
        deliver(&mut session, &catalogue, &[&newer]);
        deliver(&mut session, &catalogue, &[&newer]);
        assert!(session.needs().is_empty() && session.glossary(Lang::Cs).is_none());
        session.want_glossary();
        assert_eq!(session.needs(), [Resource::Glossary(Lang::Cs)]);
        deliver(&mut session, &catalogue, &[&newer]);
        assert_eq!(session.glossary(Lang::Cs).unwrap().term("apt").unwrap().definition.en, "");
    }

    #[test]
    fn a_story_step_sets_its_view_and_anything_else_leaves_the_story() {
        let (catalogue, _, _) = catalogue();
        let mut with_story = incident("newer", "2025-05-28");
        with_story.story = crate::load::parse_incident("s.toml", &format!("{}\n[[story]]\ntitle.en = \"A\"\ntitle.cs = \"A\"\ntext.en = \"a\"\ntext.cs = \"a\"\nview = \"map=europe&country=DE\"\nsources = [\"statement\"]\n[[story]]\ntitle.en = \"B\"\ntitle.cs = \"B\"\ntext.en = \"b\"\ntext.cs = \"b\"\nview = \"response=denial\"\nsources = [\"statement\"]\n", include_str!("../tests/fixtures/minimal.toml"))).unwrap().story;
        let with_story = Rc::new(with_story);
        let mut session = Session::new("?story=2&sort=name", Lang::En);
        deliver(&mut session, &catalogue, &[&with_story]);
        deliver(&mut session, &catalogue, &[&with_story]);
        let shown = session.shown().unwrap();
        assert_eq!(
            (shown.story, shown.order),
            (Some(1), RowOrder::Date),
            "the step's view, whatever else the link says"
        );
        assert_eq!(shown.filter.responses, [crate::model::ResponseKind::Denial]);
        assert_eq!(shown.to_query(&catalogue, Lang::En), "?incident=newer&story=2");
        session.change(ViewChange::Story(Some(0)));
        let shown = session.shown().unwrap();
        assert_eq!((shown.extent, shown.story), (MapExtent::Europe, Some(0)));
        session.change(ViewChange::Order(RowOrder::Name));
        let shown = session.shown().unwrap();
        assert_eq!(
            (shown.story, shown.extent, shown.order),
            (None, MapExtent::Europe, RowOrder::Name),
            "the view stays"
        );
        session.change(ViewChange::Story(Some(9)));
        assert_eq!(session.shown().unwrap().story, None, "no such step");
    }
}
