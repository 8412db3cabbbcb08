//! The Czech view holds no English: every view of every incident, rendered in Czech, is read
//! word by word, as a Czech reader and a Czech screen reader meet it. Words another language
//! owns (a source's English headline, an English quote) are marked with their `lang` and skipped.

mod support;

use demarche::load::DataError;
use demarche::model::Lang;
use demarche::packed::Unreadable;
use demarche::session::{LoadError, Problem, Resource};
use demarche::view::load_panel;
use scraper::{ElementRef, Html, Node};
use yew::{function_component, html, Callback, LocalServerRenderer, Properties};

/// Words that are English and never Czech: one of them in the Czech view is a missed string.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "from",
    "of",
    "with",
    "not",
    "is",
    "are",
    "was",
    "were",
    "copy",
    "shown",
    "title",
    "syndicated",
    "said",
    "this",
    "that",
    "which",
    "for",
    "has",
    "have",
    "been",
    "in",
    "at",
    "an",
    "or",
    "its",
    "their",
    "who",
    "what",
    "where",
    "when",
    "state",
    "states",
    "reaction",
    "reactions",
    "actor",
    "actors",
    "loading",
    "read",
    "published",
    "via",
    "unknown",
    "error",
];

/// Attributes a reader hears or sees as text.
const SPOKEN: &[&str] = &["aria-label", "title", "alt", "placeholder", "aria-description"];

/// Each English word found in `html` outside text marked with another language, with where.
fn english_in(html: &str) -> Vec<String> {
    let page = Html::parse_fragment(html);
    let mut found = Vec::new();
    for node in page.root_element().descendants() {
        let text = match node.value() {
            Node::Text(text) => text.to_string(),
            Node::Element(element) => {
                SPOKEN.iter().filter_map(|name| element.attr(name)).collect::<Vec<_>>().join(" ")
            }
            _ => continue,
        };
        let Some(parent) = node.ancestors().find_map(ElementRef::wrap) else { continue };
        let holder = ElementRef::wrap(node).unwrap_or(parent);
        if foreign(holder) {
            continue;
        }
        // A web address's host (krone.at) is no word of any language.
        let words = text.split_whitespace().filter(|token| !is_host(token));
        for word in words.flat_map(|token| token.split(|c: char| !c.is_alphanumeric())) {
            if ENGLISH.contains(&word.to_lowercase().as_str()) {
                found.push(format!("“{word}” in <{}>: {}", holder.value().name(), text.trim()));
            }
        }
    }
    found
}

fn is_host(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_alphanumeric());
    token.contains('.') && token.split('.').all(|part| !part.is_empty())
}

/// Czech text set as Czech is set: no line break after a one-letter word, inside a number or
/// after it („400 000“, „3 dny“), or before a spaced dash; no em dash, no "…".
fn untypeset_in(html: &str) -> Vec<String> {
    let page = Html::parse_fragment(html);
    let mut found = Vec::new();
    for node in page.root_element().descendants() {
        let (Node::Text(text), Some(parent)) = (node.value(), node.parent().and_then(ElementRef::wrap))
        else {
            continue;
        };
        if foreign(parent) {
            continue;
        }
        let words: Vec<&str> = text.split(' ').collect();
        let loose = words.windows(2).any(|pair| breaks_wrongly(pair[0], pair[1]));
        if loose || text.contains('—') || text.contains('"') {
            found.push(text.to_string());
        }
    }
    found
}

/// Whether a line may not break between `word` and `next` where the text has a plain space.
fn breaks_wrongly(word: &str, next: &str) -> bool {
    let one_letter = word.chars().count() == 1 && "ksvzouaiKSVZOUAI".contains(word);
    let last = word.rsplit('\u{a0}').next().unwrap_or_default();
    let number =
        last.ends_with(|c: char| c.is_ascii_digit()) && last.chars().all(|c| c.is_ascii_digit() || c == ',');
    let counted = next.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase());
    (one_letter && !next.is_empty()) || (number && counted) || next.starts_with('–')
}

/// Whether the nearest `lang` around the element names a language other than Czech.
fn foreign(element: ElementRef) -> bool {
    std::iter::once(element)
        .chain(element.ancestors().filter_map(ElementRef::wrap))
        .find_map(|element| element.value().attr("lang"))
        .is_some_and(|lang| lang != "cs")
}

fn assert_czech(view: &str, html: &str) {
    let found = english_in(html);
    assert!(found.is_empty(), "English in the Czech view {view}:\n{}", found.join("\n"));
    let loose = untypeset_in(html);
    assert!(loose.is_empty(), "Czech typography missed in {view}:\n{}", loose.join("\n"));
}

#[test]
fn the_word_check_finds_english_and_respects_lang() {
    assert_eq!(english_in("<p>Reakce <b>of</b> státu</p>").len(), 1);
    assert_eq!(english_in("<p title=\"copy shown\">Reakce</p>").len(), 2);
    assert!(english_in("<p>Titulek: <span lang=\"en\">the copy</span></p>").is_empty());
    assert!(english_in("<div lang=\"de\"><p>in the</p></div>").is_empty());
    assert_eq!(untypeset_in("<p>a v Praze</p><p>Praha — Brno</p><p>a\u{a0}v\u{a0}Praze</p>").len(), 2);
    assert_eq!(untypeset_in("<p>400 000</p><p>3 dny</p><p>Praha – Brno</p><p>APT31 útočí</p>").len(), 3);
    assert!(untypeset_in("<p>400\u{a0}000\u{a0}počítačů a\u{a0}3\u{a0}dny, Praha\u{a0}– Brno</p>").is_empty());
}

#[tokio::test]
async fn every_view_of_every_incident_speaks_czech() {
    for incident in support::seeds() {
        let id = incident.id().to_string();
        let mut views = vec![
            format!("?incident={id}&lang=cs"),
            format!("?incident={id}&lang=cs&map=world&sort=name"),
            format!("?incident={id}&lang=cs&response=summons&kind=official"),
            format!("?incident={id}&lang=cs&q=zzzz"),
            format!("?incident={id}&lang=cs&sort=wrong&colour=red"),
            format!("?incident={id}&lang=cs&view=timeline"),
            format!("?incident={id}&lang=cs&view=timeline&reaction=1"),
            format!("?incident={id}&lang=cs&view=compare&rank=strength"),
            format!("?incident={id}&lang=cs&view=compare&response=summons"),
            format!("?incident={id}&lang=cs&story=1"),
            format!("?incident={id}&lang=cs&story={}", incident.story.len()),
        ];
        views
            .extend(incident.actors.iter().map(|actor| format!("?incident={id}&lang=cs&actor={}", actor.id)));
        // An actor's view shows each of its reactions in full, as a selected reaction's does.
        let countries = incident.actors.iter().filter_map(|actor| actor.country);
        views.extend(countries.map(|country| format!("?incident={id}&lang=cs&country={country}")));
        for view in views {
            assert_czech(&view, &support::render(&view).await);
        }
    }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    error: LoadError,
}

#[function_component]
fn Panel(props: &PanelProps) -> yew::Html {
    html! { <>{ load_panel(Lang::Cs, &props.error, &Callback::noop()) }</> }
}

#[tokio::test]
async fn every_loading_error_speaks_czech() {
    let resources = [
        Resource::Catalogue,
        Resource::Incident("x".into(), Lang::Cs),
        Resource::Map(demarche::model::MapExtent::World),
        Resource::Names(Lang::Cs),
        Resource::Own("https://example.org/own.bin".into()),
    ];
    let problems = [
        Problem::Status(404),
        Problem::Status(500),
        Problem::Network,
        Problem::NotListed,
        Problem::Unreadable(Unreadable::Corrupt),
        Problem::Unreadable(Unreadable::Kind),
        Problem::Unreadable(Unreadable::Format { found: 9 }),
        Problem::Invalid(vec![DataError::new(
            "https://example.org/own.bin",
            "[[sources]] #1 (x)",
            Some("url"),
            "`javascript:x` is not a web address".into(),
        )
        .to_string()]),
    ];
    for resource in resources {
        for problem in problems.clone() {
            let error = LoadError { resource: resource.clone(), problem };
            let html = LocalServerRenderer::<Panel>::with_props(PanelProps { error }).render().await;
            assert_czech(&format!("{resource:?}"), &html);
        }
    }
}
