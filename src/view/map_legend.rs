//! The map's key, as the core's key model lists it (`view_model::key`): the ladder's colours
//! with their rung numbers and names, then the patterns and outlines that carry everything
//! else, so colour is never the only signal.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Lang;
use crate::view_model::{key, KeyEntry};

pub fn map_legend(lang: Lang) -> Html {
    let entries = key(lang);
    let (ladder, other): (Vec<&KeyEntry>, Vec<&KeyEntry>) =
        entries.iter().partition(|entry| entry.number.is_some());
    let item = |entry: &&KeyEntry| {
        html! {
            <li><span class={classes!("swatch", entry.class)} aria-hidden="true">{ for entry.number }{ for entry.sign }</span>{ entry.label }</li>
        }
    };
    html! {
        <div class="map-legend">
            <p class="legend-title">{ strings(lang).legend_ladder }</p>
            <ol class="ladder-key">{ for ladder.iter().map(item) }</ol>
            <ul class="other-key">{ for other.iter().map(item) }</ul>
        </div>
    }
}
