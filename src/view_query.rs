//! The whole view as a URL query string (`?map=world&response=summons&actor=cz-lipavsky`), so a
//! copied link reopens exactly what the reader saw. Reading never trusts the link: whatever
//! cannot be honoured falls back to its default and leaves a notice for the reader.

use crate::catalogue::Catalogue;
use crate::filter::{BlocScope, Filter};
use crate::matrix::RowOrder;
use crate::model::{ActorKind, CountryCode, Date, Incident, Lang, MapExtent, ResponseKind};
use crate::selection::Selection;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewQuery {
    pub incident: String,
    pub lang: Lang,
    pub extent: MapExtent,
    pub filter: Filter,
    pub order: RowOrder,
    pub selection: Option<Selection>,
}

/// A parameter that was not honoured, as (name, value), for a polite notice.
pub type Ignored = (String, String);

impl ViewQuery {
    /// The view a reader first sees of an incident.
    pub fn default_for(incident: &Incident, lang: Lang) -> ViewQuery {
        ViewQuery {
            incident: incident.id().to_string(),
            lang,
            extent: incident.facts.map,
            filter: Filter::default(),
            order: RowOrder::default(),
            selection: None,
        }
    }

    /// Reads a query string, with or without its leading `?`.
    pub fn parse(query: &str, catalogue: &Catalogue) -> (ViewQuery, Vec<Ignored>) {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        let mut ignored = Vec::new();
        let mut incident = catalogue.default_incident();
        for (name, value) in pairs.iter().filter(|(name, _)| name == "incident") {
            match catalogue.find(value) {
                Some(found) => incident = found,
                None => ignored.push((name.clone(), value.clone())),
            }
        }
        let mut view = ViewQuery::default_for(incident, Lang::default());
        for (name, value) in pairs.into_iter().filter(|(name, _)| name != "incident") {
            if !view.read(incident, &name, &value, &mut ignored) {
                ignored.push((name, value));
            }
        }
        (view, ignored)
    }

    /// Whether the only change is to the search text: each keystroke refines one step of the
    /// reader's history rather than adding one.
    pub fn differs_only_in_text(&self, other: &ViewQuery) -> bool {
        let mut same_text = other.clone();
        same_text.filter.text = self.filter.text.clone();
        *self == same_text && self.filter.text != other.filter.text
    }

    /// Only the language a link asks for: enough to apologise in it when nothing else works.
    pub fn lang_of(query: &str) -> Lang {
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .find(|(name, _)| name == "lang")
            .and_then(|(_, value)| Lang::from_tag(&value))
            .unwrap_or_default()
    }

    /// The query string that reopens this view, naming only what differs from the default
    /// (so the plainest view has the plainest link); empty, or starting with `?`.
    pub fn to_query(&self, catalogue: &Catalogue) -> String {
        let incident = catalogue.find(&self.incident).unwrap_or_else(|| catalogue.default_incident());
        let default = ViewQuery::default_for(incident, Lang::default());
        let mut out = form_urlencoded::Serializer::new(String::new());
        if incident.id() != catalogue.default_incident().id() {
            out.append_pair("incident", &self.incident);
        }
        let mut pair = |name: &str, value: String, default: String| {
            if value != default {
                out.append_pair(name, &value);
            }
        };
        pair("lang", self.lang.tag().into(), default.lang.tag().into());
        pair("map", self.extent.id().into(), default.extent.id().into());
        let filter = &self.filter;
        pair("kind", list(filter.actor_kinds.iter().map(|kind| kind.id())), String::new());
        pair("bloc", filter.bloc.id().into(), String::new());
        pair("response", list(filter.responses.iter().map(|kind| kind.id())), String::new());
        pair("from", filter.from.map(|date| date.to_string()).unwrap_or_default(), String::new());
        pair("until", filter.until.map(|date| date.to_string()).unwrap_or_default(), String::new());
        pair("q", filter.text.clone(), String::new());
        pair("sort", self.order.id().into(), default.order.id().into());
        match &self.selection {
            Some(Selection::Country(code)) => pair("country", code.to_string(), String::new()),
            Some(Selection::Actor(id)) => pair("actor", id.clone(), String::new()),
            Some(Selection::Reaction(index)) => pair("reaction", (index + 1).to_string(), String::new()),
            None => {}
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
    fn read(&mut self, incident: &Incident, name: &str, value: &str, ignored: &mut Vec<Ignored>) -> bool {
        let filter = &mut self.filter;
        match name {
            "lang" => Lang::from_tag(value).map(|lang| self.lang = lang).is_some(),
            "map" => MapExtent::parse(value).map(|extent| self.extent = extent).is_ok(),
            "kind" => read_list(name, value, ActorKind::from_id, &mut filter.actor_kinds, ignored),
            "response" => read_list(name, value, ResponseKind::from_id, &mut filter.responses, ignored),
            "bloc" => BlocScope::from_id(incident, value).map(|scope| filter.bloc = scope).is_some(),
            "from" => Date::parse(value).map(|date| filter.from = Some(date)).is_ok(),
            "until" => Date::parse(value).map(|date| filter.until = Some(date)).is_ok(),
            "q" => {
                filter.text = value.to_string();
                true
            }
            "sort" => RowOrder::from_id(value).map(|order| self.order = order).is_some(),
            "country" | "actor" | "reaction" => {
                selection(incident, name, value).map(|selected| self.selection = Some(selected)).is_some()
            }
            _ => false,
        }
    }
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

    fn catalogue() -> Catalogue {
        Catalogue::from_files(&[("minimal.toml", include_str!("../tests/fixtures/minimal.toml"))]).unwrap()
    }

    fn default_view() -> ViewQuery {
        ViewQuery::default_for(catalogue().default_incident(), Lang::En)
    }

    fn ignored(pairs: &[Ignored]) -> Vec<(&str, &str)> {
        pairs.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect()
    }

    #[test]
    fn an_empty_query_is_the_default_view_and_back() {
        let catalogue = catalogue();
        assert_eq!(ViewQuery::parse("", &catalogue), (default_view(), vec![]));
        assert_eq!(default_view().to_query(&catalogue), "");
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
        ];
        for view in views {
            let query = view.to_query(&catalogue);
            assert_eq!(ViewQuery::parse(&query, &catalogue), (view, vec![]), "{query}");
        }
    }

    #[test]
    fn links_name_only_what_differs_from_the_default() {
        let view = ViewQuery {
            selection: Some(Selection::Reaction(0)),
            filter: Filter { responses: vec![ResponseKind::Denial], ..Filter::default() },
            ..default_view()
        };
        assert_eq!(view.to_query(&catalogue()), "?response=denial&reaction=1");
    }

    #[test]
    fn every_malformed_parameter_falls_back_and_is_reported() {
        let catalogue = catalogue();
        let query = "incident=nope&lang=xx&map=mars&kind=mission,king&bloc=OPEC&response=hugs\
                     &from=2025-13&until=soon&sort=size&country=Czechia&actor=nobody&reaction=9&zoom=3&lang";
        let (view, notices) = ViewQuery::parse(query, &catalogue);
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
        let (view, notices) = ViewQuery::parse("?lang=%43S&q=a%20b&note=x+y", &catalogue());
        assert_eq!((view.lang, view.filter.text.as_str()), (Lang::Cs, "a b"));
        assert_eq!(ignored(&notices), [("note", "x y")]);
        assert_eq!(ViewQuery::lang_of("?x=1&lang=cs"), Lang::Cs);
    }
}
