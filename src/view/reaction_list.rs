//! Every shown reaction in date order, in full: it reads on its own in print, to a screen
//! reader, or to a class working through the story.

use yew::prelude::*;

use crate::i18n::strings;
use crate::ranking::sort_by_rank;

use super::{ExplorerProps, ReactionDetail};

#[function_component]
pub fn ReactionList(props: &ExplorerProps) -> Html {
    let (lang, incident) = (props.view.lang, props.incident.as_ref());
    let words = strings(lang);
    let mut shown: Vec<usize> = props.view.filter.reactions(incident).map(|(index, _)| index).collect();
    sort_by_rank(&mut shown, |&index| incident.reactions[index].date.rank());
    html! {
        <section class="reactions" aria-labelledby="reactions-heading">
            <h2 id="reactions-heading">{ words.reactions_heading }</h2>
            <ol class="reaction-list">
                { for shown.into_iter().map(|index| html! {
                    <li key={index}><ReactionDetail {lang} incident={props.incident.clone()} {index} with_actor=true /></li>
                }) }
            </ol>
        </section>
    }
}
