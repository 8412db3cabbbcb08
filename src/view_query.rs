//! The whole view as a URL query string (`?map=world&response=summons&actor=cz-lipavsky`), so a
//! copied link reopens exactly what the reader saw. Reading never trusts the link: whatever
//! cannot be honoured falls back to its default and leaves a notice for the reader.

use crate::catalogue::{Catalogue, IncidentEntry};
use crate::comparison::{CompareFilter, CompareOrder, Relation};
use crate::filter::{BlocScope, Filter};
use crate::link_format::unnamed_incident;
use crate::matrix::RowOrder;
use crate::model::{ActorKind, CountryCode, Date, Incident, Lang, MapExtent, ResponseKind};
use crate::presentation::{Presentation, Theme};
use crate::selection::Selection;
use crate::view_mode::ViewMode;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewQuery {
    pub incident: String,
    pub lang: Lang,
    pub extent: MapExtent,
    pub filter: Filter,
    pub order: RowOrder,
    /// What the explorer shows; in the comparison, `incident` and `selection` name the cell
    /// the reader opened.
    pub mode: ViewMode,
    pub compare_order: CompareOrder,
    /// Which relation the comparison's coalition table counts.
    pub coalition: Relation,
    /// Which incidents the comparison sets side by side, as the link names them
    /// (`accused=CN`, `made_from=2021-03-01`): kept as written, since only the parts that
    /// compare incidents read them (`CompareFilter::read`, which leaves the notice for a value
    /// it cannot honour), so that the first load carries no more than their names.
    pub compare: Vec<(String, String)>,
    /// In the comparison, the responder whose profile across every incident is open, by the id
    /// the comparison names its rows with (`comparison::Responder::id`). Only the extras module
    /// has every incident to find it in, so it is read there (`Responder::find`), and an unknown
    /// one gets its notice there.
    pub profile: Option<String>,
    pub selection: Option<Selection>,
    pub presentation: Presentation,
    /// The addresses of a reader's own incident files (`?data=URL`, repeated for several),
    /// kept in every link.
    pub data: Vec<String>,
    /// The story step on screen (from 0), whose view this is.
    pub story: Option<usize>,
}

/// A parameter that was not honoured, as (name, value), for a polite notice.
pub type Ignored = (String, String);

/// What a link asks for before its incident is loaded: enough to fetch what the view needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub incident: String,
    pub lang: Lang,
    pub extent: MapExtent,
    /// The comparison needs every incident.
    pub every_incident: bool,
}

impl ViewQuery {
    /// The view a reader first sees of an incident.
    pub fn default_for(incident: &IncidentEntry, lang: Lang) -> ViewQuery {
        ViewQuery {
            incident: incident.id.clone(),
            lang,
            extent: incident.map,
            filter: Filter::default(),
            order: RowOrder::default(),
            mode: ViewMode::default(),
            compare_order: CompareOrder::default(),
            coalition: Relation::default(),
            compare: Vec::new(),
            profile: None,
            selection: None,
            presentation: Presentation::default(),
            data: Vec::new(),
            story: None,
        }
    }

    /// Whether the view shows what the incident's default view shows, however it is presented.
    pub fn shows_default(&self, catalogue: &Catalogue) -> bool {
        catalogue.find(&self.incident).is_some_and(|entry| {
            let default = ViewQuery {
                presentation: self.presentation.clone(),
                data: self.data.clone(),
                mode: self.mode,
                ..ViewQuery::default_for(entry, self.lang)
            };
            *self == default
        })
    }

    /// The incident, language and map a query string asks for, read without the incident; a
    /// page's own language (`page_lang`) is the default.
    pub fn wanted(query: &str, catalogue: &Catalogue, page_lang: Lang) -> Wanted {
        let entry = incident_of(&pairs(query), catalogue).0;
        let (view, _) = ViewQuery::read_all(query, entry, page_lang, None);
        Wanted {
            incident: view.incident,
            lang: view.lang,
            extent: view.extent,
            every_incident: view.mode == ViewMode::Compare,
        }
    }

    /// Reads a query string, with or without its leading `?`, once its incident is loaded:
    /// `incident` must be the one [`ViewQuery::wanted`] named.
    pub fn parse(
        query: &str,
        catalogue: &Catalogue,
        incident: &Incident,
        page_lang: Lang,
    ) -> (ViewQuery, Vec<Ignored>) {
        let (entry, mut ignored) = incident_of(&pairs(query), catalogue);
        let (view, more) = ViewQuery::read_all(query, entry, page_lang, Some(incident));
        ignored.extend(more);
        (view, ignored)
    }

    /// Every parameter but `incident`; those that need the incident's records are read only
    /// when it is given.
    fn read_all(
        query: &str,
        entry: &IncidentEntry,
        page_lang: Lang,
        incident: Option<&Incident>,
    ) -> (ViewQuery, Vec<Ignored>) {
        let mut ignored = Vec::new();
        let mut view = ViewQuery::default_for(entry, page_lang);
        for (name, value) in pairs(query).into_iter().filter(|(name, _)| name != "incident") {
            if !view.read(incident, &name, &value, &mut ignored) {
                ignored.push((name, value));
            }
        }
        // A profile is part of the comparison, as `ViewChange::Profile` makes it: a link that
        // names one opens the comparison, whatever else it says of the view.
        if view.profile.is_some() {
            view.mode = ViewMode::Compare;
        }
        // A story step's link shows the step's view, whatever else it says.
        if let (Some(step), Some(incident)) = (view.story, incident) {
            view = view.at_step(incident, step).unwrap_or(view);
        }
        (view, ignored)
    }

    /// This view moved to a step of the incident's story: the step's view, in the same
    /// language and presentation; `None` when the incident has no such step.
    pub fn at_step(&self, incident: &Incident, step: usize) -> Option<ViewQuery> {
        let view = &incident.story.get(step)?.view;
        let (mut next, _) =
            ViewQuery::read_all(view, &IncidentEntry::unfiled(incident), self.lang, Some(incident));
        next.presentation = self.presentation.clone();
        next.data = self.data.clone();
        next.story = Some(step);
        Some(next)
    }

    /// Whether the only change is to the search text: each keystroke refines one step of the
    /// reader's history rather than adding one.
    pub fn differs_only_in_text(&self, other: &ViewQuery) -> bool {
        let mut same_text = other.clone();
        same_text.filter.text = self.filter.text.clone();
        *self == same_text && self.filter.text != other.filter.text
    }

    /// Only the language a link asks for: enough to apologise in it when nothing else works.
    pub fn lang_of(query: &str, page_lang: Lang) -> Lang {
        pairs(query)
            .into_iter()
            .rev()
            .find_map(|(name, value)| (name == "lang").then(|| Lang::from_tag(&value)).flatten())
            .unwrap_or(page_lang)
    }

    /// The addresses of the reader's own incident files a link names, each once, in its order.
    pub fn data_of(query: &str) -> Vec<String> {
        let mut data: Vec<String> = Vec::new();
        for (name, value) in pairs(query) {
            if name == "data" && !value.is_empty() && !data.contains(&value) {
                data.push(value);
            }
        }
        data
    }

    /// The query string that reopens this view, naming only what differs from the default
    /// (so the plainest view has the plainest link); empty, or starting with `?`.
    pub fn to_query(&self, catalogue: &Catalogue, page_lang: Lang) -> String {
        self.query(catalogue, Some(page_lang))
    }

    /// The query string that reopens this view in full, not compact: what a compact embed's
    /// way out and the printed handout link to.
    pub fn full_query(&self, catalogue: &Catalogue) -> String {
        let mut full = self.clone();
        full.presentation.compact = false;
        full.to_query(catalogue, self.lang)
    }

    /// The query string for an embed code: the incident, language, map, order and theme named
    /// even where they are the defaults, so that a later change of an incident's default map
    /// or order does not silently change an article that is already published.
    pub fn pinned_query(&self, catalogue: &Catalogue) -> String {
        self.query(catalogue, None)
    }

    /// `page_lang` is `None` for a pinned query. A story step's link names the step, whose view
    /// the incident file holds.
    fn query(&self, catalogue: &Catalogue, page_lang: Option<Lang>) -> String {
        if let Some(step) = self.story {
            let entry = catalogue.find(&self.incident).unwrap_or_else(|| catalogue.default_incident());
            let plain = ViewQuery {
                presentation: self.presentation.clone(),
                data: self.data.clone(),
                ..ViewQuery::default_for(entry, self.lang)
            };
            let rest = plain.query(catalogue, page_lang);
            let separator = if rest.is_empty() { "?" } else { "&" };
            return format!("{rest}{separator}story={}", step + 1);
        }
        let pinned = page_lang.is_none();
        let incident = catalogue.find(&self.incident).unwrap_or_else(|| catalogue.default_incident());
        let default = ViewQuery::default_for(incident, page_lang.unwrap_or(self.lang));
        let mut out = form_urlencoded::Serializer::new(String::new());
        // Always named: which incident is the default changes as newer ones are added, and a
        // link must keep showing what it showed (see `link_format`).
        out.append_pair("incident", &self.incident);
        let mut pair = |name: &str, value: String, default: String, pins: bool| {
            if value != default || (pinned && pins) {
                out.append_pair(name, &value);
            }
        };
        pair("lang", self.lang.tag().into(), default.lang.tag().into(), true);
        pair("map", self.extent.id().into(), default.extent.id().into(), true);
        let filter = &self.filter;
        pair("kind", list(filter.actor_kinds.iter().map(|kind| kind.id())), String::new(), false);
        pair("bloc", filter.bloc.id().into(), String::new(), false);
        pair("response", list(filter.responses.iter().map(|kind| kind.id())), String::new(), false);
        pair("from", filter.from.map(|date| date.to_string()).unwrap_or_default(), String::new(), false);
        pair("until", filter.until.map(|date| date.to_string()).unwrap_or_default(), String::new(), false);
        pair("q", filter.text.clone(), String::new(), false);
        pair("sort", self.order.id().into(), default.order.id().into(), true);
        pair("view", self.mode.id().into(), default.mode.id().into(), false);
        pair("rank", self.compare_order.id().into(), default.compare_order.id().into(), false);
        pair("coalition", self.coalition.id().into(), default.coalition.id().into(), false);
        match &self.selection {
            Some(Selection::Country(code)) => pair("country", code.to_string(), String::new(), false),
            Some(Selection::Actor(id)) => pair("actor", id.clone(), String::new(), false),
            Some(Selection::Reaction(index)) => {
                pair("reaction", (index + 1).to_string(), String::new(), false)
            }
            None => {}
        }
        let theme = self.presentation.theme;
        pair("theme", theme.id().into(), Theme::default().id().into(), true);
        for (name, value) in self.presentation.pairs() {
            out.append_pair(name, &value);
        }
        for (name, value) in &self.compare {
            out.append_pair(name, value);
        }
        if let Some(profile) = &self.profile {
            out.append_pair("profile", profile);
        }
        for data in &self.data {
            out.append_pair("data", data);
        }
        let query = out.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }

    /// Applies one parameter; `false` when it is unknown or its value cannot be honoured.
    /// List parameters keep their good items and report each bad one on its own.
    fn read(
        &mut self,
        incident: Option<&Incident>,
        name: &str,
        value: &str,
        ignored: &mut Vec<Ignored>,
    ) -> bool {
        if let Some(honoured) = self.presentation.read(name, value) {
            return honoured;
        }
        let filter = &mut self.filter;
        match name {
            "lang" => Lang::from_tag(value).map(|lang| self.lang = lang).is_some(),
            "map" => MapExtent::parse(value).map(|extent| self.extent = extent).is_ok(),
            "kind" => read_list(name, value, ActorKind::from_id, &mut filter.actor_kinds, ignored),
            "response" => read_list(name, value, ResponseKind::from_id, &mut filter.responses, ignored),
            "bloc" => incident.is_none_or(|incident| {
                BlocScope::from_id(incident, value).map(|scope| filter.bloc = scope).is_some()
            }),
            "from" => Date::parse(value).map(|date| filter.from = Some(date)).is_ok(),
            "until" => Date::parse(value).map(|date| filter.until = Some(date)).is_ok(),
            "q" => {
                filter.text = value.to_string();
                true
            }
            "sort" => RowOrder::from_id(value).map(|order| self.order = order).is_some(),
            "view" => ViewMode::from_id(value).map(|mode| self.mode = mode).is_some(),
            "rank" => CompareOrder::from_id(value).map(|order| self.compare_order = order).is_some(),
            "coalition" => Relation::from_id(value).map(|relation| self.coalition = relation).is_some(),
            _ if CompareFilter::NAMES.contains(&name) => {
                self.compare.push((name.to_string(), value.to_string()));
                true
            }
            "profile" if !value.is_empty() => {
                self.profile = Some(value.to_string());
                true
            }
            "story" => value
                .parse::<usize>()
                .ok()
                .filter(|&n| n >= 1 && incident.is_none_or(|incident| n <= incident.story.len()))
                .map(|n| self.story = Some(n - 1))
                .is_some(),
            "data" if !value.is_empty() => {
                if !self.data.iter().any(|known| known == value) {
                    self.data.push(value.to_string());
                }
                true
            }
            "country" | "actor" | "reaction" => incident.is_none_or(|incident| {
                selection(incident, name, value).map(|selected| self.selection = Some(selected)).is_some()
            }),
            _ => false,
        }
    }
}

/// The full page that paints `lang` from the start, beside the widget's own (cs.html for
/// Czech): what a link to the full view opens.
pub fn page(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Cs => "cs.html",
    }
}

/// The parameters of a story step's view (`map=europe&country=CZ`) that a link could not
/// honour, or that a step may not set (the incident, the language, the presentation).
pub fn story_view_problems(incident: &Incident, view: &str) -> Vec<Ignored> {
    const NOT_A_STEPS: [&str; 8] = ["incident", "lang", "embed", "theme", "accent", "font", "data", "story"];
    let entry = IncidentEntry::unfiled(incident);
    let mut problems: Vec<Ignored> =
        pairs(view).into_iter().filter(|(name, _)| NOT_A_STEPS.contains(&name.as_str())).collect();
    let allowed: Vec<(String, String)> =
        pairs(view).into_iter().filter(|(name, _)| !NOT_A_STEPS.contains(&name.as_str())).collect();
    let query = form_urlencoded::Serializer::new(String::new()).extend_pairs(allowed).finish();
    problems.extend(ViewQuery::read_all(&query, &entry, Lang::En, Some(incident)).1);
    problems
}

fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// The incident a link names (the last good `incident=`), or the one a link without it has
/// always meant (`link_format::unnamed_incident`).
fn incident_of<'c>(
    pairs: &[(String, String)],
    catalogue: &'c Catalogue,
) -> (&'c IncidentEntry, Vec<Ignored>) {
    let mut ignored = Vec::new();
    let mut incident = unnamed_incident(pairs, catalogue);
    for (name, value) in pairs.iter().filter(|(name, _)| name == "incident") {
        match catalogue.find(value) {
            Some(found) => incident = found,
            None => ignored.push((name.clone(), value.clone())),
        }
    }
    (incident, ignored)
}

fn read_list<T: PartialEq>(
    name: &str,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
    into: &mut Vec<T>,
    ignored: &mut Vec<Ignored>,
) -> bool {
    for item in value.split(',') {
        match parse(item) {
            Some(parsed) if !into.contains(&parsed) => into.push(parsed),
            Some(_) => {}
            None => ignored.push((name.to_string(), item.to_string())),
        }
    }
    true
}

fn list<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(",")
}

fn selection(incident: &Incident, name: &str, value: &str) -> Option<Selection> {
    match name {
        "country" => CountryCode::parse(value).ok().map(Selection::Country),
        "actor" => incident.actor(value).map(|actor| Selection::Actor(actor.id.clone())),
        _ => value
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=incident.reactions.len()).contains(n))
            .map(|n| Selection::Reaction(n - 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::bundle::bundle;

    fn incident() -> Incident {
        crate::load::minimal()
    }

    fn catalogue() -> Catalogue {
        bundle(&[incident()]).catalogue
    }

    fn default_view() -> ViewQuery {
        ViewQuery::default_for(catalogue().default_incident(), Lang::En)
    }

    fn parse(query: &str) -> (ViewQuery, Vec<Ignored>) {
        ViewQuery::parse(query, &catalogue(), &incident(), Lang::En)
    }

    fn ignored(pairs: &[Ignored]) -> Vec<(&str, &str)> {
        pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect()
    }

    #[test]
    fn an_empty_query_is_the_default_view_and_back() {
        let catalogue = catalogue();
        assert_eq!(parse(""), (default_view(), vec![]));
        assert_eq!(default_view().to_query(&catalogue, Lang::En), "?incident=minimal", "only the incident");
    }

    #[test]
    fn every_part_of_the_view_survives_a_round_trip() {
        let catalogue = catalogue();
        let views = [
            ViewQuery { lang: Lang::Cs, extent: MapExtent::Europe, ..default_view() },
            ViewQuery {
                filter: Filter {
                    actor_kinds: vec![ActorKind::Mission, ActorKind::Government],
                    bloc: BlocScope::In("EU".into()),
                    responses: vec![ResponseKind::Summons, ResponseKind::Concern],
                    from: Some(Date::parse("2025-05").unwrap()),
                    until: Some(Date::parse("2025-06-30").unwrap()),
                    text: "Lipavský & co, 100%".into(),
                },
                order: RowOrder::Strength,
                selection: Some(Selection::Country(CountryCode::parse("DE").unwrap())),
                ..default_view()
            },
            ViewQuery {
                filter: Filter { bloc: BlocScope::Outside, ..Filter::default() },
                selection: Some(Selection::Actor("cn-embassy".into())),
                ..default_view()
            },
            ViewQuery { order: RowOrder::Name, selection: Some(Selection::Reaction(2)), ..default_view() },
            ViewQuery { mode: ViewMode::Timeline, ..default_view() },
            ViewQuery {
                mode: ViewMode::Compare,
                compare_order: CompareOrder::Strength,
                selection: Some(Selection::Country(CountryCode::parse("CZ").unwrap())),
                data: vec!["https://example.org/own.bin?v=2&x=1".into(), "two.bin".into()],
                ..default_view()
            },
            ViewQuery {
                mode: ViewMode::Compare,
                profile: Some("DE".into()),
                selection: Some(Selection::Actor("eu".into())),
                ..default_view()
            },
            ViewQuery { mode: ViewMode::Compare, profile: Some("EU".into()), ..default_view() },
            ViewQuery { mode: ViewMode::Compare, coalition: Relation::Day, ..default_view() },
            ViewQuery {
                mode: ViewMode::Compare,
                compare_order: CompareOrder::Speed,
                compare: vec![("accused".into(), "CN".into()), ("made_until".into(), "2025-12".into())],
                profile: Some("DE".into()),
                ..default_view()
            },
            ViewQuery {
                presentation: Presentation {
                    compact: true,
                    theme: Theme::Dark,
                    accent: "#c00".into(),
                    font: "Georgia, serif".into(),
                },
                ..default_view()
            },
        ];
        for view in views {
            let query = view.to_query(&catalogue, Lang::En);
            assert_eq!(parse(&query), (view, vec![]), "{query}");
        }
    }

    #[test]
    fn a_profile_is_in_the_link_as_the_comparison_names_its_row() {
        let catalogue = catalogue();
        let (germany, notices) = parse("?view=compare&profile=DE");
        assert_eq!(
            (germany.mode, germany.profile.as_deref(), notices),
            (ViewMode::Compare, Some("DE"), vec![])
        );
        assert_eq!(germany.to_query(&catalogue, Lang::En), "?incident=minimal&view=compare&profile=DE");
        assert_eq!(ignored(&parse("?view=compare&profile=").1), [("profile", "")]);
        for link in ["?profile=DE", "?profile=DE&view=matrix", "?view=timeline&profile=DE"] {
            assert_eq!(
                parse(link).0.mode,
                ViewMode::Compare,
                "{link}: never a profile outside the comparison"
            );
        }
    }

    #[test]
    fn the_coalition_tables_relation_is_in_the_link_and_a_strange_one_is_ignored_with_a_notice() {
        let catalogue = catalogue();
        for relation in Relation::ALL {
            let link = format!("?view=compare&coalition={}", relation.id());
            let (view, notices) = parse(&link);
            assert_eq!((view.coalition, notices), (relation, vec![]), "{link}");
            let again = view.to_query(&catalogue, Lang::En);
            assert_eq!(parse(&again).0, view, "{again}");
        }
        let bloc = ViewQuery { mode: ViewMode::Compare, coalition: Relation::Bloc, ..default_view() };
        assert_eq!(bloc.to_query(&catalogue, Lang::En), "?incident=minimal&view=compare&coalition=bloc");
        let (view, notices) = parse("?view=compare&coalition=friends");
        assert_eq!(
            (view.coalition, ignored(&notices)),
            (Relation::Attributed, vec![("coalition", "friends")])
        );
        let mut changed = view;
        changed.apply(crate::view_change::ViewChange::Coalition(Relation::Day), &catalogue);
        assert_eq!(changed.coalition, Relation::Day);
    }

    #[test]
    fn the_comparisons_choice_of_incidents_and_its_sort_by_speed_are_in_the_link() {
        let catalogue = catalogue();
        let link = "?incident=minimal&view=compare&rank=speed&accused=CN&attributed_by=CZ\
                    &made_from=2021-03-01&made_until=2025-06-30";
        let (view, notices) = parse(link);
        assert_eq!(notices, vec![]);
        assert_eq!(view.compare_order, CompareOrder::Speed);
        let (compare, notices) = CompareFilter::read(&view.compare);
        assert_eq!(notices, vec![]);
        assert_eq!(
            compare,
            CompareFilter {
                accused: CountryCode::parse("CN").ok(),
                attributed_by: CountryCode::parse("CZ").ok(),
                made_from: Date::parse("2021-03-01").ok(),
                made_until: Date::parse("2025-06-30").ok(),
            }
        );
        assert_eq!(view.to_query(&catalogue, Lang::En), link);
        let chosen = ViewQuery { compare: compare.pairs(), ..view.clone() };
        assert_eq!(chosen, view, "the pairs the comparison writes are those the link gave");
        let (twice, _) = parse("?view=compare&accused=RU&accused=CN");
        assert_eq!(
            CompareFilter::read(&twice.compare).0.accused,
            CountryCode::parse("CN").ok(),
            "the last one"
        );
        assert_eq!(ignored(&parse("?view=compare&rank=fast").1), [("rank", "fast")]);
    }

    #[test]
    fn presentation_is_not_what_the_view_shows() {
        let catalogue = catalogue();
        let compact = parse("?embed=compact&theme=light").0;
        assert!(compact.shows_default(&catalogue), "a compact default view is still the default view");
        let mut filtered = parse("?embed=compact&response=denial").0;
        assert!(!filtered.shows_default(&catalogue));
        filtered.apply(crate::view_change::ViewChange::Reset, &catalogue);
        assert_eq!(
            filtered.to_query(&catalogue, Lang::En),
            "?incident=minimal&embed=compact",
            "Reset keeps the embed compact"
        );
        assert_eq!(ignored(&parse("?theme=sepia").1), [("theme", "sepia")]);
    }

    #[test]
    fn an_embed_code_pins_what_has_a_default() {
        let catalogue = catalogue();
        let view = ViewQuery {
            presentation: Presentation { compact: true, ..Presentation::default() },
            ..default_view()
        };
        let pinned = view.pinned_query(&catalogue);
        assert_eq!(pinned, "?incident=minimal&lang=en&map=world&sort=date&theme=auto&embed=compact");
        assert_eq!(parse(&pinned), (view, vec![]));
    }

    #[test]
    fn links_name_only_what_differs_from_the_default() {
        let view = ViewQuery {
            selection: Some(Selection::Reaction(0)),
            filter: Filter { responses: vec![ResponseKind::Denial], ..Filter::default() },
            ..default_view()
        };
        assert_eq!(view.to_query(&catalogue(), Lang::En), "?incident=minimal&response=denial&reaction=1");
    }

    #[test]
    fn every_malformed_parameter_falls_back_and_is_reported() {
        let query = "incident=nope&lang=xx&map=mars&kind=mission,king&bloc=OPEC&response=hugs\
                     &from=2025-13&until=soon&sort=size&country=Czechia&actor=nobody&reaction=9&zoom=3&lang\
                     &view=chart&rank=size";
        let (view, notices) = parse(query);
        let expected_filter = Filter { actor_kinds: vec![ActorKind::Mission], ..Filter::default() };
        assert_eq!(view, ViewQuery { filter: expected_filter, ..default_view() });
        assert_eq!(
            ignored(&notices),
            [
                ("incident", "nope"),
                ("lang", "xx"),
                ("map", "mars"),
                ("kind", "king"),
                ("bloc", "OPEC"),
                ("response", "hugs"),
                ("from", "2025-13"),
                ("until", "soon"),
                ("sort", "size"),
                ("country", "Czechia"),
                ("actor", "nobody"),
                ("reaction", "9"),
                ("zoom", "3"),
                ("lang", ""),
                ("view", "chart"),
                ("rank", "size"),
            ]
        );
    }

    #[test]
    fn typing_refines_a_step_and_anything_else_is_a_new_one() {
        let before = default_view();
        let typed =
            ViewQuery { filter: Filter { text: "lip".into(), ..Filter::default() }, ..default_view() };
        assert!(typed.differs_only_in_text(&before));
        let sorted = ViewQuery { order: RowOrder::Name, ..typed.clone() };
        assert!(!sorted.differs_only_in_text(&before));
        assert!(!before.differs_only_in_text(&before));
    }

    #[test]
    fn decodes_percent_encoding() {
        let (view, notices) = parse("?lang=%43S&q=a%20b&note=x+y");
        assert_eq!((view.lang, view.filter.text.as_str()), (Lang::Cs, "a b"));
        assert_eq!(ignored(&notices), [("note", "x y")]);
        assert_eq!(ViewQuery::lang_of("?x=1&lang=cs", Lang::En), Lang::Cs);
        assert_eq!(ViewQuery::lang_of("?lang=xx", Lang::Cs), Lang::Cs);
    }
}

#[cfg(test)]
mod page_language {
    use super::*;
    use crate::bundle::bundle;

    #[test]
    fn a_czech_page_defaults_to_czech_and_its_links_say_so_only_for_english() {
        let incident = crate::load::minimal();
        let catalogue = bundle(std::slice::from_ref(&incident)).catalogue;
        let (czech, _) = ViewQuery::parse("", &catalogue, &incident, Lang::Cs);
        assert_eq!(czech.lang, Lang::Cs);
        assert_eq!(czech.to_query(&catalogue, Lang::Cs), "?incident=minimal");
        let english = ViewQuery { lang: Lang::En, ..czech };
        assert_eq!(english.to_query(&catalogue, Lang::Cs), "?incident=minimal&lang=en");
    }

    #[test]
    fn what_a_link_wants_is_known_before_its_incident_loads() {
        let incident = crate::load::minimal();
        let catalogue = bundle(&[incident]).catalogue;
        let wanted =
            ViewQuery::wanted("?map=europe&lang=cs&actor=nobody&incident=nope", &catalogue, Lang::En);
        assert_eq!(
            wanted,
            Wanted {
                incident: "minimal".into(),
                lang: Lang::Cs,
                extent: MapExtent::Europe,
                every_incident: false
            }
        );
    }
}
