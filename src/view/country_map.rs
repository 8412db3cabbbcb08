//! The map: each state filled by the strongest rung its own actors reached, hatched when only
//! a bloc's statement covers it, outlined or dotted when it attributed or stands accused — as
//! the core's map model (`view_model::MapView`) says; this only draws it, over the frame's
//! shapes. Reacting states form one tab stop; arrow keys move between them and Enter selects.
//! The map listens once, on the `<svg>`, and leaves hovering to the tooltip, so a pointer
//! moving over it draws nothing but the tooltip.

use yew::prelude::*;

use crate::geography::{Frame, Shape};
use crate::i18n::strings;
use crate::model::{CountryCode, Lang, MapExtent};
use crate::roving::{step, Move};
use crate::selection::Selection;
use crate::session::MapLoad;
use crate::standing::CountryRole;
use crate::view_change::ViewChange;
use crate::view_model::{Highlight, MapState, MapView, Place};

use super::roving_focus::{attribute_of, focus};
use super::{map_legend, MapTooltip, Shared};

/// Longer lists of small states start folded.
const FOLDED_LIST: usize = 10;

#[derive(Properties, PartialEq)]
pub struct CountryMapProps {
    pub lang: Lang,
    pub view: Shared<MapView>,
    pub extent: MapExtent,
    pub map: MapLoad,
    pub highlight: Shared<Highlight>,
    /// The page's first screen is written without the shapes: the widget brings them.
    pub draw_shapes: bool,
    /// In a compact embed the small states' list starts folded, whatever its length.
    #[prop_or_default]
    pub compact: bool,
    pub on_edit: Callback<ViewChange>,
}

#[function_component]
pub fn CountryMap(props: &CountryMapProps) -> Html {
    let words = strings(props.lang);
    let (width, height) = props.extent.size();
    let ready = match &props.map {
        MapLoad::Ready(frame) => Some(frame.clone()),
        _ => None,
    };
    let drawn: Vec<&MapState> = props.view.drawn().collect();
    let small: Vec<&MapState> = props.view.placed(Place::Small).collect();
    let beyond: Vec<&MapState> = props.view.placed(Place::OffMap).collect();
    let tab_stop = use_state(|| 0usize);
    let svg = use_node_ref();
    let codes: Vec<CountryCode> = drawn.iter().map(|state| state.code).collect();
    let onkeydown = keyboard(props, &codes, &tab_stop, &svg);
    let onclick = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(code) = country_of(&event) {
                on_edit.emit(ViewChange::Select(Some(Selection::Country(code))));
            }
        })
    };
    let tab_at = (*tab_stop).min(drawn.len().saturating_sub(1));
    html! {
        <section class="map-panel" aria-labelledby="map-heading">
            <div class="panel-head">
                <h2 id="map-heading">{ words.map_heading }</h2>
                { extent_switch(props) }
            </div>
            // Its shape comes from the stylesheet (one class per extent), not a style attribute,
            // which a strict Content-Security-Policy would refuse.
            <div class={classes!("map-canvas", props.extent.id())}>
                <svg ref={svg.clone()} viewBox={format!("0 0 {width} {height}")} role="group" aria-labelledby="map-heading" {onclick} {onkeydown}>
                    if let (Some(ready), true) = (ready.clone(), props.draw_shapes) {
                        { shapes(props, &Shared(ready), &drawn, tab_at) }
                    }
                </svg>
                { status(props) }
                if let (Some(ready), true) = (ready.clone(), props.draw_shapes) {
                    <MapTooltip {svg} map={props.view.clone()} frame={Shared(ready)} />
                }
            </div>
            // Buttons for what the map cannot show well, big enough for a finger at any width.
            // On the world map most of Europe is small: a long list folds away.
            if !small.is_empty() {
                <details class="small-states" open={small.len() <= FOLDED_LIST && !props.compact}>
                    <summary>{ words.small_states }{ format!(" ({})", small.len()) }</summary>
                    <p class="beyond">
                        { for small.iter().map(|state| country_button(props, state)) }
                    </p>
                </details>
            }
            if !beyond.is_empty() {
                <p class="beyond">
                    { words.beyond_map }
                    { for beyond.iter().map(|state| country_button(props, state)) }
                </p>
            }
            <p class="map-summary">{ &props.view.summary }</p>
            { map_legend(props.lang) }
        </section>
    }
}

/// Said in the map's box while its shapes are on their way or could not be had.
fn status(props: &CountryMapProps) -> Html {
    let words = strings(props.lang);
    let text = match (&props.map, props.draw_shapes) {
        (MapLoad::Loading, true) => words.map_loading,
        (MapLoad::Failed, _) => words.map_failed,
        _ => return html! {},
    };
    html! { <p class="map-status" role="status">{ text }</p> }
}

fn shapes(props: &CountryMapProps, frame: &Shared<Frame>, drawn: &[&MapState], tab_at: usize) -> Html {
    html! {
        <>
            <defs>
                <pattern id="demarche-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                    <line x1="0" y1="0" x2="0" y2="7" class="hatch-line" />
                </pattern>
                <pattern id="demarche-dots" patternUnits="userSpaceOnUse" width="6" height="6">
                    <circle cx="3" cy="3" r="1.3" class="dot" />
                </pattern>
            </defs>
            <Land frame={frame.clone()} involved={drawn.iter().map(|state| state.code).collect::<Vec<_>>()} />
            <g class="involved">
                { for drawn.iter().enumerate().map(|(index, state)| country(props, frame, state, index == tab_at)) }
            </g>
            <g class="outlines" aria-hidden="true">{ outlines(props, frame, drawn) }</g>
            <g class="map-labels" aria-hidden="true">
                { for drawn.iter().filter(|state| state.labelled()).map(|state| label(frame, state)) }
            </g>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LandProps {
    frame: Shared<Frame>,
    /// The states drawn above the land, in reading order.
    involved: Vec<CountryCode>,
}

/// The land no state of the view covers: drawn again only when the set of those states changes,
/// not at every click.
#[function_component]
fn Land(props: &LandProps) -> Html {
    let involved = |shape: &&Shape| props.involved.iter().any(|code| code.as_str() == shape.code);
    html! {
        <g class="land" aria-hidden="true">
            { for props.frame.shapes.iter().filter(|shape| !involved(shape)).map(|shape| html! { <path d={shape.d.clone()} /> }) }
        </g>
    }
}

/// Outlines drawn over every fill, so a neighbour never hides the attributing state's border
/// or the selection.
fn outlines(props: &CountryMapProps, frame: &Frame, drawn: &[&MapState]) -> Html {
    let marked = drawn.iter().filter_map(|state| {
        let selected = props.highlight.country(state.code);
        let role = state.role.class();
        let shape = frame.shape(state.code)?;
        (selected || role.is_some()).then(|| {
            html! { <path key={shape.code.clone()} d={shape.d.clone()} class={classes!(role, selected.then_some("selected"))} /> }
        })
    });
    marked.collect::<Html>()
}

fn extent_switch(props: &CountryMapProps) -> Html {
    let words = strings(props.lang);
    html! {
        <div class="segmented" role="group" aria-label={words.map_heading}>
            { for MapExtent::ALL.into_iter().map(|extent| {
                let onclick = props.on_edit.reform(move |_| ViewChange::Extent(extent));
                html! {
                    <button type="button" aria-pressed={(props.extent == extent).to_string()} {onclick}>
                        { words.extent(extent) }
                    </button>
                }
            }) }
        </div>
    }
}

fn country(props: &CountryMapProps, frame: &Frame, state: &MapState, tab_stop: bool) -> Html {
    let Some(shape) = frame.shape(state.code) else { return html! {} };
    let selected = props.highlight.country(state.code);
    html! {
        <g
            key={shape.code.clone()}
            class={classes!("country", state.classes(), selected.then_some("selected"))}
            data-country={shape.code.clone()}
            role="button"
            tabindex={if tab_stop { "0" } else { "-1" }}
            aria-pressed={selected.to_string()}
            aria-label={state.label()}
        >
            <path d={shape.d.clone()} />
            if state.paint.covered {
                <path class="hatch" d={shape.d.clone()} />
            }
            if state.role == CountryRole::Accused {
                <path class="dots" d={shape.d.clone()} />
            }
            if let Some(radius) = state.marker() {
                <circle class="marker" cx={shape.centre.0.to_string()} cy={shape.centre.1.to_string()} r={radius.to_string()} />
            }
        </g>
    }
}

/// Arrow keys walk the reacting states in reading order; Enter or Space selects.
fn keyboard(
    props: &CountryMapProps,
    codes: &[CountryCode],
    tab_stop: &UseStateHandle<usize>,
    svg: &NodeRef,
) -> Callback<KeyboardEvent> {
    let (codes, tab_stop, svg, on_edit) =
        (codes.to_vec(), tab_stop.clone(), svg.clone(), props.on_edit.clone());
    Callback::from(move |event: KeyboardEvent| {
        let Some(code) = country_of(&event) else { return };
        let at = codes.iter().position(|known| *known == code).unwrap_or(0);
        let Some(movement) = step(&event.key(), at, codes.len()) else { return };
        event.prevent_default();
        match movement {
            Move::To(next) => {
                tab_stop.set(next);
                focus(&svg, &format!("[data-country=\"{}\"]", codes[next]));
            }
            Move::Activate => on_edit.emit(ViewChange::Select(Some(Selection::Country(code)))),
        }
    })
}

/// The state an event on the map came from.
fn country_of(event: &web_sys::Event) -> Option<CountryCode> {
    attribute_of(event, "data-country").and_then(|code| CountryCode::parse(&code).ok())
}

fn label(frame: &Frame, state: &MapState) -> Html {
    let Some(shape) = frame.shape(state.code) else { return html! {} };
    let small = state.place == Some(Place::Small);
    let (x, y) = (shape.centre.0 + if small { 11 } else { 0 }, shape.centre.1);
    html! {
        <text key={shape.code.clone()} x={x.to_string()} y={y.to_string()} class={classes!(small.then_some("beside"))}>
            { &state.name }
        </text>
    }
}

fn country_button(props: &CountryMapProps, state: &MapState) -> Html {
    let code = state.code;
    let onclick = props.on_edit.reform(move |_| ViewChange::Select(Some(Selection::Country(code))));
    html! {
        <button
            type="button"
            class={classes!("beyond-country", state.classes())}
            value={code.to_string()}
            aria-pressed={props.highlight.country(code).to_string()}
            aria-label={state.label()}
            {onclick}
        >
            <span class="swatch" aria-hidden="true"></span>{ &state.lines[0] }
        </button>
    }
}
