//! The map: each state filled by the strongest rung its own actors reached, hatched when only
//! a bloc's statement covers it, outlined or dotted when it attributed or stands accused.
//! Reacting states form one tab stop; arrow keys move between them and Enter selects.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::geography::{country_name, frame, Frame, Shape};
use crate::i18n::{strings, Strings};
use crate::model::{CountryCode, Lang, MapExtent, ResponseKind};
use crate::selection::Selection;
use crate::standing::{standings, CountryRole, CountryStanding};

use super::{ExplorerProps, MapLegend};

/// Below this many square pixels a state gets a marker, so a finger or a pointer can find it.
const SMALL_AREA: u32 = 900;

/// Longer lists of small states start folded.
const FOLDED_LIST: usize = 10;

#[function_component]
pub fn CountryMap(props: &ExplorerProps) -> Html {
    let (view, incident) = (&props.view, props.incident.as_ref());
    let words = strings(view.lang);
    let frame = frame(view.extent);
    let standings = standings(incident, &view.filter);
    let (inside, beyond): (Vec<&CountryStanding>, Vec<&CountryStanding>) =
        standings.iter().partition(|standing| frame.shape(standing.country).is_some());
    let small: Vec<&CountryStanding> = inside
        .iter()
        .copied()
        .filter(|standing| frame.shape(standing.country).is_some_and(|shape| shape.area < SMALL_AREA))
        .collect();
    let highlighted =
        view.selection.as_ref().map(|selection| selection.countries(incident)).unwrap_or_default();
    let hovered = use_state(|| None::<CountryCode>);
    let tab_stop = use_state(|| 0usize);
    let svg = use_node_ref();
    let shapes = Shapes { frame, inside: &inside, highlighted: &highlighted };
    let context = Context { props, hovered: &hovered, tab_stop: &tab_stop, svg: &svg };
    html! {
        <section class="map-panel" aria-labelledby="map-heading">
            <div class="panel-head">
                <h2 id="map-heading">{ words.map_heading }</h2>
                { extent_switch(props, words) }
            </div>
            <div class="map-canvas" style={format!("aspect-ratio: {} / {}", frame.width, frame.height)}>
                <svg ref={svg.clone()} viewBox={format!("0 0 {} {}", frame.width, frame.height)} role="group" aria-labelledby="map-heading">
                    <defs>
                        <pattern id="demarche-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                            <line x1="0" y1="0" x2="0" y2="7" class="hatch-line" />
                        </pattern>
                        <pattern id="demarche-dots" patternUnits="userSpaceOnUse" width="6" height="6">
                            <circle cx="3" cy="3" r="1.3" class="dot" />
                        </pattern>
                    </defs>
                    <g class="land" aria-hidden="true">
                        { for frame.shapes.iter().filter(|shape| !shapes.involves(shape)).map(|shape| html! { <path d={shape.d} /> }) }
                    </g>
                    <g class="involved">
                        { for inside.iter().enumerate().map(|(index, standing)| country(&context, &shapes, index, standing)) }
                    </g>
                    <g class="outlines" aria-hidden="true">{ shapes.outlines() }</g>
                    <g class="map-labels" aria-hidden="true">
                        { for inside.iter().filter(|s| s.spoke() || s.role != CountryRole::Third).map(|s| label(view.lang, frame, s)) }
                    </g>
                </svg>
                { tooltip(&context, frame, &standings) }
            </div>
            // Buttons for what the map cannot show well, big enough for a finger at any width.
            // On the world map most of Europe is small: a long list folds away.
            if !small.is_empty() {
                <details class="small-states" open={small.len() <= FOLDED_LIST}>
                    <summary>{ words.small_states }{ format!(" ({})", small.len()) }</summary>
                    <p class="beyond">
                        { for small.iter().map(|standing| country_button(props, standing, &highlighted)) }
                    </p>
                </details>
            }
            if !beyond.is_empty() {
                <p class="beyond">
                    { words.beyond_map }
                    { for beyond.iter().map(|standing| country_button(props, standing, &highlighted)) }
                </p>
            }
            <p class="map-summary">{ summary(view.lang, &standings) }</p>
            <MapLegend lang={view.lang} />
        </section>
    }
}

/// What the event handlers of every country share.
struct Context<'a> {
    props: &'a ExplorerProps,
    hovered: &'a UseStateHandle<Option<CountryCode>>,
    tab_stop: &'a UseStateHandle<usize>,
    svg: &'a NodeRef,
}

struct Shapes<'a> {
    frame: &'static Frame,
    inside: &'a [&'a CountryStanding<'a>],
    highlighted: &'a [CountryCode],
}

impl Shapes<'_> {
    fn involves(&self, shape: &Shape) -> bool {
        self.inside.iter().any(|standing| standing.country.as_str() == shape.code)
    }

    /// Outlines drawn over every fill, so a neighbour never hides the attributing state's
    /// border or the selection.
    fn outlines(&self) -> Html {
        let marked = self.inside.iter().filter_map(|standing| {
            let selected = self.highlighted.contains(&standing.country);
            let role = role_class(standing.role);
            (selected || role.is_some()).then(|| {
                let shape = self.frame.shape(standing.country)?;
                Some(html! { <path d={shape.d} class={classes!(role, selected.then_some("selected"))} /> })
            })?
        });
        marked.collect::<Html>()
    }
}

fn extent_switch(props: &ExplorerProps, words: &'static Strings) -> Html {
    html! {
        <div class="segmented" role="group" aria-label={words.map_heading}>
            { for MapExtent::ALL.into_iter().map(|extent| {
                let onclick = props.edit(move |view, _: MouseEvent| view.extent = extent);
                html! {
                    <button type="button" aria-pressed={(props.view.extent == extent).to_string()} {onclick}>
                        { words.extent(extent) }
                    </button>
                }
            }) }
        </div>
    }
}

fn country(context: &Context, shapes: &Shapes, index: usize, standing: &CountryStanding) -> Html {
    let Some(shape) = shapes.frame.shape(standing.country) else { return html! {} };
    let code = standing.country;
    let selected = shapes.highlighted.contains(&code);
    let select = context.props.edit(move |view, ()| view.selection = Some(Selection::Country(code)));
    let onclick = select.reform(|_: MouseEvent| ());
    let onkeydown = keyboard(context, shapes.inside, index, select);
    let hover = |value: Option<CountryCode>| {
        let hovered = context.hovered.clone();
        move || hovered.set(value)
    };
    let (enter, leave) = (hover(Some(code)), hover(None));
    let (focus, blur) = (hover(Some(code)), hover(None));
    let tab_stop = (*context.tab_stop).min(shapes.inside.len() - 1) == index;
    let small = shape.area < SMALL_AREA;
    html! {
        <g
            class={classes!("country", fill_class(standing), role_class(standing.role), selected.then_some("selected"))}
            data-country={code.to_string()}
            role="button"
            tabindex={if tab_stop { "0" } else { "-1" }}
            aria-pressed={selected.to_string()}
            aria-label={describe(context.props.view.lang, standing).join(". ")}
            {onclick}
            {onkeydown}
            onmouseenter={move |_| enter()}
            onmouseleave={move |_| leave()}
            onfocus={move |_| focus()}
            onblur={move |_| blur()}
        >
            <path d={shape.d} />
            if !standing.spoke() && !standing.covered_by.is_empty() {
                <path class="hatch" d={shape.d} />
            }
            if standing.role == CountryRole::Accused {
                <path class="dots" d={shape.d} />
            }
            if small {
                <circle class="marker" cx={shape.centre.0.to_string()} cy={shape.centre.1.to_string()} r={if standing.spoke() { "8" } else { "5" }} />
            }
        </g>
    }
}

/// Arrow keys walk the reacting states in reading order; Enter or Space selects.
fn keyboard(
    context: &Context,
    inside: &[&CountryStanding],
    index: usize,
    select: Callback<()>,
) -> Callback<KeyboardEvent> {
    let codes: Vec<CountryCode> = inside.iter().map(|standing| standing.country).collect();
    let (tab_stop, svg) = (context.tab_stop.clone(), context.svg.clone());
    Callback::from(move |event: KeyboardEvent| {
        let last = codes.len() - 1;
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => (index + 1).min(last),
            "ArrowLeft" | "ArrowUp" => index.saturating_sub(1),
            "Home" => 0,
            "End" => last,
            "Enter" | " " => {
                event.prevent_default();
                select.emit(());
                return;
            }
            _ => return,
        };
        event.prevent_default();
        tab_stop.set(next);
        focus_country(&svg, codes[next]);
    })
}

fn focus_country(svg: &NodeRef, code: CountryCode) {
    let Some(svg) = svg.cast::<web_sys::Element>() else { return };
    let selector = format!("[data-country=\"{code}\"]");
    if let Ok(Some(element)) = svg.query_selector(&selector) {
        // An SVG element has no HtmlElement type in web-sys, but `focus` is the same call.
        let _ = element.unchecked_into::<HtmlElement>().focus();
    }
}

fn fill_class(standing: &CountryStanding) -> String {
    let step = |kind: Option<ResponseKind>| {
        kind.and_then(|kind| kind.ladder_step())
            .map_or("off-ladder".to_string(), |step| format!("step-{step}"))
    };
    match (standing.spoke(), standing.covered_by.is_empty()) {
        (true, _) => step(standing.strongest()),
        (false, false) => format!("covered {}", step(standing.covered_strongest)),
        (false, true) => "quiet".into(),
    }
}

fn role_class(role: CountryRole) -> Option<&'static str> {
    match role {
        CountryRole::Attributing => Some("attributing"),
        CountryRole::Third => None,
        CountryRole::Accused => Some("accused"),
    }
}

/// What the tooltip shows and a screen reader hears: the state, its role, each of its actors
/// with what they did, and the blocs that spoke for it.
fn describe(lang: Lang, standing: &CountryStanding) -> Vec<String> {
    let words = strings(lang);
    let mut lines = vec![country_name(standing.country, lang)];
    lines.extend(words.role(standing.role).map(sentence_case));
    for (actor, kinds) in &standing.actors {
        let kinds: Vec<&str> = kinds.iter().map(|&kind| words.response_label(kind)).collect();
        lines.push(format!("{}: {}", actor.name.get(lang), kinds.join(", ")));
    }
    if !standing.covered_by.is_empty() {
        let blocs: Vec<&str> = standing.covered_by.iter().map(|bloc| bloc.name.get(lang)).collect();
        lines.push(format!("{} {}", words.covered_by, blocs.join(", ")));
    }
    lines
}

/// Role names begin with an ASCII letter in both languages (an i18n test holds them to it), so
/// the standard library's Unicode case tables, 7 KB brotli, stay out of the widget.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

fn tooltip(context: &Context, frame: &Frame, standings: &[CountryStanding]) -> Html {
    let Some(code) = **context.hovered else { return html! {} };
    let (Some(standing), Some(shape)) =
        (standings.iter().find(|standing| standing.country == code), frame.shape(code))
    else {
        return html! {};
    };
    let view = &context.props.view;
    let lines = describe(view.lang, standing);
    // Per mille in integers: float formatting would add kilobytes to the widget for one tooltip.
    let (x, y) = (per_mille(shape.centre.0, frame.width), per_mille(shape.centre.1, frame.height));
    let side = if x > 600 { "left" } else { "right" };
    let style = format!("left: {}.{}%; top: {}.{}%", x / 10, x % 10, y / 10, y % 10);
    html! {
        <div class={classes!("map-tip", side)} {style} aria-hidden="true">
            <strong>{ &lines[0] }</strong>
            { for lines[1..].iter().map(|line| html! { <span>{ line }</span> }) }
        </div>
    }
}

fn per_mille(part: u16, whole: u16) -> u32 {
    u32::from(part) * 1000 / u32::from(whole.max(1))
}

fn label(lang: Lang, frame: &Frame, standing: &CountryStanding) -> Html {
    let Some(shape) = frame.shape(standing.country) else { return html! {} };
    let small = shape.area < SMALL_AREA;
    let (x, y) = (shape.centre.0 + if small { 11 } else { 0 }, shape.centre.1);
    html! {
        <text x={x.to_string()} y={y.to_string()} class={classes!(small.then_some("beside"))}>
            { country_name(standing.country, lang) }
        </text>
    }
}

fn country_button(props: &ExplorerProps, standing: &CountryStanding, highlighted: &[CountryCode]) -> Html {
    let code = standing.country;
    let onclick = props.edit(move |view, _: MouseEvent| view.selection = Some(Selection::Country(code)));
    let lines = describe(props.view.lang, standing);
    html! {
        <button
            type="button"
            class={classes!("beyond-country", fill_class(standing), role_class(standing.role))}
            value={code.to_string()}
            aria-pressed={highlighted.contains(&code).to_string()}
            aria-label={lines.join(". ")}
            {onclick}
        >
            <span class="swatch" aria-hidden="true"></span>{ &lines[0] }
        </button>
    }
}

/// The map in one sentence: who spoke for themselves, and how many only a bloc covered.
fn summary(lang: Lang, standings: &[CountryStanding]) -> String {
    let words = strings(lang);
    let spoke: Vec<String> = standings
        .iter()
        .filter(|standing| standing.spoke())
        .map(|standing| {
            let kind = standing.strongest().or(standing.kinds.first().copied());
            let mut notes: Vec<&str> = kind.map(|kind| words.response_label(kind)).into_iter().collect();
            notes.extend(words.role(standing.role));
            format!("{} ({})", country_name(standing.country, lang), notes.join("; "))
        })
        .collect();
    let covered: Vec<&CountryStanding> =
        standings.iter().filter(|standing| !standing.spoke() && !standing.covered_by.is_empty()).collect();
    let mut blocs: Vec<&str> = covered
        .iter()
        .flat_map(|standing| standing.covered_by.iter().map(|bloc| bloc.name.get(lang)))
        .collect();
    blocs.sort_unstable();
    blocs.dedup();
    words.map_summary(&spoke.join(", "), covered.len(), &blocs.join(", "))
}
