//! A responder across every incident, drawn from the core's profile model
//! (`view_model::ProfileView`): the way back to the comparison, the lines that sum it up, and a
//! table with a group of rows per incident (oldest first) and a row per reaction — who spoke,
//! what kinds with their rungs, when and how many days after the attribution, the words and
//! the sources. The incident's swatch opens it, as the comparison's cell does.

use yew::prelude::*;

use crate::i18n::strings;
use crate::view_change::ViewChange;
use crate::view_model::{ProfileIncident, ProfileReaction, ProfileView};
use crate::view_query::ViewQuery;

use super::reaction_detail::quote_figure;
use super::source_link;

pub struct ProfileProps<'a> {
    pub model: &'a ProfileView,
    pub view: &'a ViewQuery,
    pub on_edit: &'a Callback<ViewChange>,
}

/// The table's columns after the incident: who, what, when, the words, the sources.
const COLUMNS: usize = 5;

pub fn profile_view(props: &ProfileProps) -> Html {
    let words = strings(props.view.lang);
    let model = props.model;
    let back = props.on_edit.reform(|_| ViewChange::Profile(None));
    html! {
        <section class="comparison profile" aria-labelledby="profile-heading" data-responder={model.responder.id().to_string()}>
            <p><button type="button" class="link-button profile-back" onclick={back}>{ &model.words.back }</button></p>
            <h2 id="profile-heading" tabindex="-1">{ &model.heading }</h2>
            if let Some(kept) = &model.kept {
                <p class="compare-kept">{ kept }</p>
            }
            <section class="compare-summary" aria-labelledby="summary-heading">
                <h3 id="summary-heading">{ words.summary_heading }</h3>
                <ul>{ for model.summary.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            </section>
            <div class="compare-scroll">
                <table class="compare">
                    <caption class="visually-hidden">{ &model.heading }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ words.incident }</th>
                            <th scope="col">{ words.actor }</th>
                            <th scope="col">{ words.responses }</th>
                            <th scope="col">{ &model.words.when }</th>
                            <th scope="col">{ words.quote }</th>
                            <th scope="col">{ words.sources }</th>
                        </tr>
                    </thead>
                    { for model.incidents.iter().map(|incident| incident_rows(props, incident)) }
                </table>
            </div>
        </section>
    }
}

/// The incident's rows: its heading cell spans them, then a row per reaction, or one that says
/// it did not answer itself.
fn incident_rows(props: &ProfileProps, incident: &ProfileIncident) -> Html {
    let words = &props.model.words;
    let column = &incident.column;
    let cell = &incident.cell;
    let opened = cell.opened(&props.model.responder, &props.view.incident, props.view.selection.as_ref());
    let open = cell.opens.clone().map(|selection| {
        let id = cell.incident.clone();
        props.on_edit.reform(move |_| ViewChange::Open(id.clone(), Some(selection.clone())))
    });
    let heading = html! {
        <th scope="rowgroup" rowspan={incident.reactions.len().max(1).to_string()} class={classes!(opened.then_some("selected"))}>
            <span class="incident-title">{ &column.accused }</span>
            <time datetime={column.datetime.clone()}>{ &column.date }</time>
            <span class="visually-hidden" lang={column.title_lang}>{ &column.title }</span>
            if let Some(origin) = &column.origin {
                <small class="origin">{ origin }</small>
            }
            if let Some(open) = open {
                <button type="button" class={cell.classes()} aria-label={cell.label.clone()} aria-pressed={opened.to_string()} onclick={open}>{ &cell.text }</button>
            }
            if let Some(role) = incident.role {
                <span class="detail-sub">{ role }</span>
            }
            <span class="detail-sub profile-kinds">{ incident.kinds.join(", ") }</span>
            if let (true, Some(covered)) = (incident.reacted(), &incident.covered) {
                <span class="detail-sub covered-note">{ covered }</span>
            }
        </th>
    };
    if !incident.reacted() {
        // The bloc that spoke for it is what there is to say: in the row's width, not under the
        // incident's name.
        return html! {
            <tbody data-incident={column.id.clone()}>
                <tr>
                    { heading }
                    <td colspan={COLUMNS.to_string()}>
                        { &words.no_answer }
                        if let Some(covered) = &incident.covered {
                            <span class="detail-sub covered-note">{ covered }</span>
                        }
                    </td>
                </tr>
            </tbody>
        };
    }
    html! {
        <tbody data-incident={column.id.clone()}>
            { for incident.reactions.iter().enumerate().map(|(at, reaction)| html! {
                <tr data-reaction={(reaction.index + 1).to_string()}>
                    if at == 0 { { heading.clone() } }
                    { reaction_cells(props, reaction) }
                </tr>
            }) }
        </tbody>
    }
}

fn reaction_cells(props: &ProfileProps, reaction: &ProfileReaction) -> Html {
    let lang = props.view.lang;
    let words = strings(lang);
    html! {
        <>
            <td>{ &reaction.actor }</td>
            <td class="profile-kinds">{ reaction.kinds.join(", ") }</td>
            <td>
                <time datetime={reaction.datetime.clone()}>{ &reaction.date }</time>
                <span class="detail-sub" data-day={reaction.day.to_string()}>{ " · " }{ &reaction.days }</span>
            </td>
            <td class="profile-words">
                if let Some(quote) = &reaction.quote {
                    { quote_figure(lang, quote, reaction.translation.as_deref(), reaction.cite.clone()) }
                }
            </td>
            <td>
                <ul class="reaction-sources" aria-label={words.sources}>
                    { for reaction.sources.iter().map(|source| html! { <li>{ source_link(lang, source) }</li> }) }
                </ul>
            </td>
        </>
    }
}
