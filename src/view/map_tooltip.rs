//! The map's tooltip: what the state under the pointer or the focus did. It keeps the hover
//! state to itself and listens on the map's `<svg>` directly, so moving over the map redraws
//! the tooltip alone, never the map.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::geography::Frame;
use crate::model::CountryCode;
use crate::view_model::MapView;

use super::roving_focus::attribute_of;
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct MapTooltipProps {
    pub svg: NodeRef,
    pub map: Shared<MapView>,
    pub frame: Shared<Frame>,
}

#[function_component]
pub fn MapTooltip(props: &MapTooltipProps) -> Html {
    let hovered = use_state(|| None::<CountryCode>);
    use_effect_with(props.svg.clone(), {
        let hovered = hovered.clone();
        move |svg: &NodeRef| {
            let listeners = svg.cast::<web_sys::Element>().map(|svg| {
                let follow = |kind: &'static str, leaving: bool| {
                    let hovered = hovered.clone();
                    EventListener::new(&svg, kind, move |event| {
                        let code = attribute_of(event, "data-country")
                            .and_then(|code| CountryCode::parse(&code).ok());
                        hovered.set(if leaving { None } else { code });
                    })
                };
                [
                    follow("mouseover", false),
                    follow("mouseout", true),
                    follow("focusin", false),
                    follow("focusout", true),
                ]
            });
            move || drop(listeners)
        }
    });
    let tip = use_node_ref();
    let shown = (*hovered).and_then(|code| {
        let state = props.map.states.iter().find(|state| state.code == code)?;
        let shape = props.frame.shape(code)?;
        // Per mille in integers: float formatting would add kilobytes to the widget for one tooltip.
        let at =
            (per_mille(shape.centre.0, props.frame.width), per_mille(shape.centre.1, props.frame.height));
        Some((state.lines.clone(), at))
    });
    use_effect_with(shown.as_ref().map(|(_, at)| *at), {
        let tip = tip.clone();
        move |at: &Option<(u32, u32)>| place(&tip, *at)
    });
    let Some((lines, (x, _))) = shown else { return html! {} };
    let side = if x > 600 { "left" } else { "right" };
    html! {
        <div ref={tip} class={classes!("map-tip", side)} aria-hidden="true">
            <strong>{ &lines[0] }</strong>
            { for lines[1..].iter().map(|line| html! { <span>{ line }</span> }) }
        </div>
    }
}

/// Puts the tooltip over its state through the style object, which a strict
/// Content-Security-Policy allows where it refuses a `style` attribute.
fn place(tip: &NodeRef, at: Option<(u32, u32)>) {
    let (Some(tip), Some((x, y))) = (tip.cast::<web_sys::HtmlElement>(), at) else { return };
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}.{}%", x / 10, x % 10));
    let _ = style.set_property("top", &format!("{}.{}%", y / 10, y % 10));
}

fn per_mille(part: u16, whole: u16) -> u32 {
    u32::from(part) * 1000 / u32::from(whole.max(1))
}
