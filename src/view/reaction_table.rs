//! The matrix as a real table: actors in rows, grouped by where they stand; response kinds in
//! columns, in codebook order; each mark links to the reaction's details and sources.

use yew::prelude::*;

use crate::i18n::strings;
use crate::matrix::{MatrixRow, ReactionMatrix};
use crate::model::{Incident, Lang, ResponseKind};

use super::{reaction_anchor, IncidentProps};

#[function_component]
pub fn ReactionTable(props: &IncidentProps) -> Html {
    let words = strings(props.lang);
    let incident = props.incident.as_ref();
    let matrix = ReactionMatrix::build(
        incident,
        &crate::filter::Filter::default(),
        crate::matrix::RowOrder::Date,
        props.lang,
    );
    let actors = matrix.rows().count();
    html! {
        <div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
            <table class="matrix">
                <caption id="matrix-caption">{ words.matrix_caption(actors, incident.reactions.len()) }</caption>
                <thead>
                    <tr>
                        <th scope="col" class="actor-col">{ words.actor }</th>
                        { for matrix.columns.iter().map(|&kind| html! {
                            <th scope="col" class={classes!("kind", kind_class(kind))} title={words.response_definition(kind)}>
                                <span>{ words.response_label(kind) }</span>
                            </th>
                        }) }
                    </tr>
                </thead>
                { for matrix.groups.iter().map(|group| html! {
                    <tbody>
                        <tr class="group-row">
                            <th scope="rowgroup" colspan={(matrix.columns.len() + 1).to_string()}>{ words.group(group.group) }</th>
                        </tr>
                        { for group.rows.iter().map(|row| matrix_row(props.lang, incident, &matrix.columns, row)) }
                    </tbody>
                }) }
            </table>
        </div>
    }
}

fn matrix_row(lang: Lang, incident: &Incident, columns: &[ResponseKind], row: &MatrixRow) -> Html {
    let words = strings(lang);
    let name = row.actor.name.get(lang);
    let role = row.actor.role.as_ref().map(|role| role.get(lang));
    html! {
        <tr data-actor={row.actor.id.clone()}>
            <th scope="row" class="actor-col">
                <span class="actor-name">{ name }</span>
                <span class="actor-kind">{ role.unwrap_or_else(|| words.actor_kind(row.actor.kind)) }</span>
            </th>
            { for columns.iter().zip(&row.cells).map(|(&kind, reactions)| html! {
                <td class={classes!(kind_class(kind), (!reactions.is_empty()).then_some("filled"))}>
                    { for reactions.iter().map(|&index| {
                        let reaction = &incident.reactions[index];
                        html! {
                            <a class="mark" href={format!("#{}", reaction_anchor(index))} aria-label={words.cell_label(name, kind, reaction.date)}>
                                <span aria-hidden="true">{ "●" }</span>
                                <time datetime={reaction.date.to_string()}>{ words.short_date(reaction.date, incident.facts.made_public.year()) }</time>
                            </a>
                        }
                    }) }
                </td>
            }) }
        </tr>
    }
}

/// A stable class per kind, so styles (and later the map) colour each kind the same way.
pub fn kind_class(kind: ResponseKind) -> String {
    format!("kind-{}", kind.id())
}
