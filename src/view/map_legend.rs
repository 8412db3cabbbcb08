//! The map's key: the ladder's colours with their rung numbers and names, and the patterns
//! and outlines that carry everything else, so colour is never the only signal.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Lang, ResponseKind};
use crate::standing::CountryRole;

pub fn map_legend(lang: Lang) -> Html {
    let words = strings(lang);
    let ladder = ResponseKind::ALL.into_iter().filter_map(|kind| Some((kind, kind.ladder_step()?)));
    let key = |class: &'static str, label: &'static str| {
        html! { <li><span class={classes!("swatch", class)} aria-hidden="true"></span>{ label }</li> }
    };
    html! {
        <div class="map-legend">
            <p class="legend-title">{ words.legend_ladder }</p>
            <ol class="ladder-key">
                { for ladder.map(|(kind, step)| html! {
                    <li>
                        <span class={classes!("swatch", format!("step-{step}"))} aria-hidden="true">{ step }</span>
                        { words.response_label(kind) }
                    </li>
                }) }
            </ol>
            <ul class="other-key">
                { key("covered", words.legend_covered) }
                { key("off-ladder", words.legend_other) }
                { key("attributing", words.role(CountryRole::Attributing).unwrap_or_default()) }
                { key("accused", words.role(CountryRole::Accused).unwrap_or_default()) }
                { key("quiet", words.legend_none) }
            </ul>
        </div>
    }
}
