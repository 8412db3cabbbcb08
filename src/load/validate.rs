//! Checks that a parsed incident file holds together: every id it refers to exists, nothing is
//! defined twice, and every reaction can be traced to a source.

use std::collections::HashSet;

use crate::model::{
    check_marks, Actor, CountryCode, Date, Incident, Quote, Reaction, ResponseFamily, ResponseKind, Text,
    Translation, Url,
};

use super::DataError;

/// Collects every problem in the file at once, so its author fixes them in one pass.
pub fn validate(file: &str, incident: &Incident) -> Vec<DataError> {
    let mut report = Report {
        file,
        errors: Vec::new(),
        copied: copied_tables(incident),
        duplicates: Vec::new(),
        orphans: Vec::new(),
    };
    check_facts(&mut report, incident);
    check_sources(&mut report, incident);
    check_blocs(&mut report, incident);
    check_actors(&mut report, incident);
    for (index, reaction) in incident.reactions.iter().enumerate() {
        check_reaction(&mut report, incident, index, reaction);
    }
    check_story(&mut report, incident);
    report.finish()
}

struct Report<'a> {
    file: &'a str,
    errors: Vec<DataError>,
    /// The tables where two records share an id.
    copied: Vec<&'static str>,
    /// Each duplicate id's error, by table and place in `errors`.
    duplicates: Vec<(&'static str, usize)>,
    /// Ids that name no record of a table with a duplicate: most likely the id the copy was
    /// meant to have, so they are said with the duplicate, not as unknown on their own.
    orphans: Vec<(&'static str, String)>,
}

/// The tables in which a record repeats another's id.
fn copied_tables(incident: &Incident) -> Vec<&'static str> {
    let repeats = |ids: Vec<&str>| ids.iter().enumerate().any(|(at, id)| ids[..at].contains(id));
    [
        ("sources", repeats(incident.sources.iter().map(|source| source.id.as_str()).collect())),
        ("blocs", repeats(incident.blocs.iter().map(|bloc| bloc.id.as_str()).collect())),
        ("actors", repeats(incident.actors.iter().map(|actor| actor.id.as_str()).collect())),
    ]
    .into_iter()
    .filter_map(|(table, repeats)| repeats.then_some(table))
    .collect()
}

impl Report<'_> {
    /// The errors, each duplicate id's with the ids its copy may have been meant to have.
    fn finish(mut self) -> Vec<DataError> {
        for (table, at) in self.duplicates {
            let mut meant: Vec<&str> =
                self.orphans.iter().filter(|(of, _)| *of == table).map(|(_, id)| id.as_str()).collect();
            meant.dedup();
            let hint = match meant.as_slice() {
                [] => "give one of the two another id".to_string(),
                meant => format!(
                    "was this copy meant to be `{}`? The file names it, but no [[{table}]] has that id",
                    meant.join("` or `")
                ),
            };
            self.errors[at].hint = Some(hint);
        }
        self.errors
    }

    fn error(&mut self, record: &str, field: &str, message: String) {
        self.errors.push(DataError::new(self.file, record, Some(field), message));
    }

    /// An id that names no record of `table`: the nearest id it may have meant, or the ids
    /// there are.
    fn unknown(
        &mut self,
        record: &str,
        field: &str,
        message: String,
        (id, table): (&str, &'static str),
        ids: &[&str],
    ) {
        if self.copied.contains(&table) {
            self.orphans.push((table, id.to_string()));
            return;
        }
        let hint = match (super::suggest::nearest(id, ids), ids.is_empty()) {
            (Some(near), _) => format!("did you mean `{near}`?"),
            (None, true) => format!("add a [[{table}]] with id = \"{id}\""),
            (None, false) => format!("the file's [[{table}]] ids are: {}", ids.join(", ")),
        };
        self.errors
            .push(DataError { hint: Some(hint), ..DataError::new(self.file, record, Some(field), message) });
    }

    /// A name, role or title: in both languages, and with no `{xx:…}` marks, since it is also
    /// shown where only plain text goes (a map label, a menu option).
    fn label(&mut self, record: &str, field: &str, text: &Text) {
        self.text(record, field, text);
        if [&text.en, &text.cs].iter().any(|words| words.contains('{')) {
            self.error(
                record,
                field,
                "a name, role or title cannot mark words {xx:…}; write them plainly".into(),
            );
        }
    }

    /// Control characters draw nothing, and the bidirectional ones (U+202A–U+202E,
    /// U+2066–U+2069) reorder the text after them ("Trojan Source"): no source's words need
    /// them, and a file from elsewhere could use them to make a line say what it does not.
    fn visible(&mut self, record: &str, field: &str, words: &str) {
        let hidden = words.chars().find(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        });
        if let Some(hidden) = hidden {
            self.error(
                record,
                field,
                format!("contains the invisible character U+{:04X}; delete it", u32::from(hidden)),
            );
        }
    }

    /// Prose in English (Czech is optional), its `{xx:…}` marks well formed, and Czech in
    /// Czech quotes.
    fn text(&mut self, record: &str, field: &str, text: &Text) {
        self.visible(record, &format!("{field}.en"), &text.en);
        self.visible(record, &format!("{field}.cs"), &text.cs);
        if text.is_blank() {
            self.error(
                record,
                &format!("{field}.en"),
                "give the text in English (en); Czech (cs) is optional".into(),
            );
        }
        for (lang, words) in [("en", &text.en), ("cs", &text.cs)] {
            if let Err(message) = check_marks(words) {
                self.error(record, &format!("{field}.{lang}"), message);
            }
        }
        if text.cs.contains('"') {
            self.error(record, &format!("{field}.cs"), "Czech quotes are „…“, not \"…\"".into());
        }
    }

    fn real_date(&mut self, record: &str, field: &str, date: Date) {
        if let Err(why) = date.check_calendar() {
            self.error(record, field, format!("`{date}` is not a date: {why}"));
        }
    }

    fn sources_exist(&mut self, incident: &Incident, record: &str, field: &str, ids: &[String]) {
        if ids.is_empty() {
            self.error(record, field, "no source given: cite at least one".into());
        }
        for id in ids {
            if incident.source(id).is_none() {
                let message = format!("unknown source `{id}`: no [[sources]] has this id");
                let known: Vec<&str> = incident.sources.iter().map(|source| source.id.as_str()).collect();
                self.unknown(record, field, message, (id, "sources"), &known);
            }
        }
    }

    /// Shape is checked when the file is read; whether ISO assigned the code is checked here,
    /// so `QQ` fails as clearly as `China`.
    fn assigned(&mut self, record: &str, field: &str, country: CountryCode) {
        if !country.is_assigned() {
            self.error(record, field, format!("`{country}` is not an assigned ISO 3166-1 country code"));
        }
    }

    fn unique<'i>(&mut self, table: &'static str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if id.trim().is_empty() || id.contains(char::is_whitespace) {
                self.error(
                    &record(table, index, id),
                    "id",
                    format!("`{id}` is not an id: use letters, digits and -"),
                );
            } else if !seen.insert(id) {
                self.duplicates.push((table, self.errors.len()));
                self.error(
                    &record(table, index, id),
                    "id",
                    format!("duplicate id `{id}`: ids must be unique in a file"),
                );
            }
        }
    }
}

fn record(table: &str, index: usize, label: &str) -> String {
    format!("[[{table}]] #{} ({label})", index + 1)
}

fn check_facts(report: &mut Report, incident: &Incident) {
    let facts = &incident.facts;
    report.label("[incident]", "title", &facts.title);
    let texts = [
        ("summary", Some(&facts.summary)),
        ("confidence", Some(&facts.confidence)),
        ("target.name", Some(&facts.target.name)),
        ("attributed_to.sponsor", facts.attributed_to.sponsor.as_ref()),
        ("activity.note", facts.activity.note.as_ref()),
    ];
    for (field, text) in texts.into_iter().filter_map(|(field, text)| Some((field, text?))) {
        report.text("[incident]", field, text);
    }
    for text in &facts.unverified {
        report.text("[incident]", "unverified", text);
    }
    report.sources_exist(incident, "[incident]", "sources", &facts.sources);
    let actor = &facts.attributed_to;
    for name in std::iter::once(&actor.name).chain(&actor.aliases) {
        report.visible("[incident]", "attributed_to.name", name);
    }
    report.real_date("[incident]", "made_public", facts.made_public);
    report.real_date("[incident]", "activity.from", facts.activity.from);
    if let Some(until) = facts.activity.until {
        report.real_date("[incident]", "activity.until", until);
    }
    report.assigned("[incident]", "target.country", facts.target.country);
    report.assigned("[incident]", "attributed_to.state", facts.attributed_to.state);
    for &country in &facts.attributed_by {
        report.assigned("[incident]", "attributed_by", country);
    }
    if facts.attributed_by.contains(&facts.attributed_to.state) {
        report.error(
            "[incident]",
            "attributed_by",
            "the accused state cannot be among the states that attributed".into(),
        );
    }
    if facts.attributed_to.state == facts.target.country {
        report.error(
            "[incident]",
            "attributed_to.state",
            "the accused state is the target's own state".into(),
        );
    }
}

fn check_sources(report: &mut Report, incident: &Incident) {
    report.unique("sources", incident.sources.iter().map(|source| source.id.as_str()));
    for (index, source) in incident.sources.iter().enumerate() {
        let record = record("sources", index, &source.id);
        if let Err(message) = Url::parse(source.url.as_str()) {
            report.error(&record, "url", message);
        }
        if let Some(published) = source.published {
            report.real_date(&record, "published", published);
        }
        report.real_date(&record, "read", source.read);
        let words = [Some(&source.publisher), source.title.as_ref(), source.via.as_ref()];
        for (field, words) in ["publisher", "title", "via"].into_iter().zip(words) {
            report.visible(&record, field, words.map_or("", String::as_str));
        }
        if source.publisher.trim().is_empty() {
            report.error(&record, "publisher", "name the publisher".into());
        }
        if source.title.as_ref().is_some_and(|title| title.trim().is_empty()) {
            report.error(&record, "title", "give the page's title, or leave the field out".into());
        }
        if source.published.is_some_and(|published| published > source.read) {
            report.error(&record, "read", "the source was read before it was published".into());
        }
    }
}

fn check_blocs(report: &mut Report, incident: &Incident) {
    report.unique("blocs", incident.blocs.iter().map(|bloc| bloc.id.as_str()));
    for (index, bloc) in incident.blocs.iter().enumerate() {
        let record = record("blocs", index, &bloc.id);
        report.label(&record, "name", &bloc.name);
        if bloc.members.is_empty() {
            report.error(&record, "members", "a bloc needs its member states".into());
        }
        for &member in &bloc.members {
            report.assigned(&record, "members", member);
        }
        report.sources_exist(incident, &record, "source", std::slice::from_ref(&bloc.source));
    }
}

fn check_actors(report: &mut Report, incident: &Incident) {
    report.unique("actors", incident.actors.iter().map(|actor| actor.id.as_str()));
    for (index, actor) in incident.actors.iter().enumerate() {
        check_actor(report, incident, &record("actors", index, &actor.id), actor);
    }
}

fn check_actor(report: &mut Report, incident: &Incident, record: &str, actor: &Actor) {
    report.label(record, "name", &actor.name);
    if let Some(role) = &actor.role {
        report.label(record, "role", role);
    }
    if let Some(country) = actor.country {
        report.assigned(record, "country", country);
    }
    match (&actor.country, &actor.speaks_for) {
        (Some(_), Some(_)) => {
            report.error(record, "speaks_for", "give either country or speaks_for, not both".into())
        }
        (None, None) => {
            report.error(record, "country", "give the actor's country, or the bloc it speaks_for".into())
        }
        (None, Some(bloc)) if incident.bloc(bloc).is_none() => {
            let message = format!("unknown bloc `{bloc}`: no [[blocs]] has this id");
            let known: Vec<&str> = incident.blocs.iter().map(|bloc| bloc.id.as_str()).collect();
            report.unknown(record, "speaks_for", message, (bloc, "blocs"), &known);
        }
        _ => {}
    }
    // An actor whose id another actor repeats is already named as a duplicate: its `part_of`
    // may well mean the other one, and is not also called unknown.
    if let Some(parent) = &actor.part_of {
        if !incident.actors.iter().any(|other| &other.id == parent && !std::ptr::eq(other, actor)) {
            let message = format!("unknown actor `{parent}`: name another [[actors]] id");
            let others = incident.actors.iter().filter(|other| !std::ptr::eq(*other, actor));
            let others: Vec<&str> = others.map(|other| other.id.as_str()).collect();
            report.unknown(record, "part_of", message, (parent, "actors"), &others);
        }
    }
}

fn check_reaction(report: &mut Report, incident: &Incident, index: usize, reaction: &Reaction) {
    let record = record("reactions", index, &format!("actor {}, {}", reaction.actor, reaction.date));
    if incident.actor(&reaction.actor).is_none() {
        let message = format!("unknown actor `{}`: no [[actors]] has this id", reaction.actor);
        let known: Vec<&str> = incident.actors.iter().map(|actor| actor.id.as_str()).collect();
        report.unknown(&record, "actor", message, (&reaction.actor, "actors"), &known);
    }
    report.real_date(&record, "date", reaction.date);
    if reaction.responses.is_empty() {
        report.error(&record, "responses", "name at least one response kind".into());
    }
    let distinct: HashSet<_> = reaction.responses.iter().collect();
    if distinct.len() != reaction.responses.len() {
        report.error(&record, "responses", "a response kind is listed twice".into());
    }
    check_side(report, incident, &record, reaction);
    report.text(&record, "summary", &reaction.summary);
    report.sources_exist(incident, &record, "sources", &reaction.sources);
    for quote in &reaction.quotes {
        report.visible(&record, "quotes.text", &quote.text);
        if quote.text.trim().is_empty() {
            report.error(
                &record,
                "quotes.text",
                "a quote needs its words; leave out the quote instead".into(),
            );
        }
        if !reaction.sources.contains(&quote.source) {
            report.error(
                &record,
                "quotes.source",
                format!("the quote's source `{}` is not among the reaction's sources", quote.source),
            );
        }
        if let Some(translation) = &quote.translation {
            check_translation(report, &record, quote, translation);
        }
    }
    for disagreement in &reaction.disagreements {
        report.text(&record, "disagreements.note", &disagreement.note);
        report.sources_exist(incident, &record, "disagreements.sources", &disagreement.sources);
    }
}

/// The codebook's rule for sides: the state held responsible may only reply (a denial, a
/// counter-accusation) or hit back, never climb the ladder or attribute; and only it hits
/// back, so another state's measures stay on the ladder, where the map compares them.
/// A translation is into the app's other languages, never the quote's own, and never empty.
fn check_translation(report: &mut Report, record: &str, quote: &Quote, translation: &Translation) {
    for (lang, words) in [("en", &translation.en), ("cs", &translation.cs)] {
        let Some(words) = words else { continue };
        let field = format!("quotes.translation.{lang}");
        report.visible(record, &field, words);
        if let Err(message) = check_marks(words) {
            report.error(record, &field, message);
        }
        if quote.lang == lang {
            report.error(
                record,
                &field,
                format!("the quote is in `{lang}` already: translate it into the other language"),
            );
        } else if words.trim().is_empty() {
            report.error(record, &field, "a translation needs its words; leave it out instead".into());
        }
    }
    if translation.cs.as_deref().is_some_and(|words| words.contains('"')) {
        report.error(record, "quotes.translation.cs", "Czech quotes are „…“, not \"…\"".into());
    }
}

fn check_side(report: &mut Report, incident: &Incident, record: &str, reaction: &Reaction) {
    let Some(actor) = incident.actor(&reaction.actor) else { return };
    let accused = incident.facts.attributed_to.state;
    let of_accused = actor.country == Some(accused);
    for &kind in &reaction.responses {
        if of_accused && !kind.open_to_accused() {
            report.error(record, "responses", accused_only(kind, accused));
        } else if !of_accused && kind.family() == ResponseFamily::Retaliation {
            report.error(
                record,
                "responses",
                format!(
                    "`{kind}` is the accused state's retaliation: only an actor of {accused} can make it; \
                     code another state's measure on the ladder (summons, expulsion, sanctions…)"
                ),
            );
        }
    }
}

fn accused_only(kind: ResponseKind, accused: CountryCode) -> String {
    let open: Vec<&str> =
        ResponseKind::ALL.into_iter().filter(|kind| kind.open_to_accused()).map(ResponseKind::id).collect();
    format!(
        "`{kind}` is not open to an actor of the accused state ({accused}): the codebook gives it only {}",
        open.join(", ")
    )
}

/// Each step's words in both languages, its sources, and its view read as a link would be:
/// anything a link could not show is an error here, not a notice in a classroom.
fn check_story(report: &mut Report, incident: &Incident) {
    for (index, step) in incident.story.iter().enumerate() {
        let record = record("story", index, step.title.en.as_str());
        report.label(&record, "title", &step.title);
        report.text(&record, "text", &step.text);
        report.sources_exist(incident, &record, "sources", &step.sources);
        for (name, value) in crate::view_query::story_view_problems(incident, &step.view) {
            report.error(
                &record,
                "view",
                format!("`{name}={value}` cannot be shown: {}", view_problem(&name)),
            );
        }
    }
    for (index, question) in incident.questions.iter().enumerate() {
        report.text(&record("questions", index, &format!("{}", index + 1)), "question", question);
    }
}

fn view_problem(name: &str) -> &'static str {
    match name {
        "incident" | "lang" | "embed" | "theme" | "accent" | "font" | "data" | "story" => {
            "a step shows a view of its own incident, in the reader's language and presentation"
        }
        "country" | "actor" | "reaction" | "bloc" => "the file has no such record",
        _ => "not a parameter a link understands, or not one of its values",
    }
}
