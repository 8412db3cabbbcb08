//! One end of the date range, typed in the page's language ([`parse_date_entry`]) rather than
//! in a date input, which speaks the browser's. An entry is read when the reader commits it
//! (Enter or leaving the field); one that names no day is kept for mending, with a message,
//! and the filter is left as it was.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::filter::parse_date_entry;
use crate::i18n::strings;
use crate::model::{Date, Lang};

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub lang: Lang,
    pub label: &'static str,
    /// The field's id; its message's is derived from it.
    pub id: &'static str,
    /// The bound as the field shows it ([`crate::filter::date_entry_text`]).
    pub shown: String,
    pub on_commit: Callback<Option<Date>>,
}

/// What the reader typed and has not committed, or committed and was refused. It belongs to
/// the bound shown when it was typed: once the bound changes elsewhere (Reset, Back), it goes.
#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    over: String,
    refused: bool,
}

#[function_component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let draft = use_state(|| None::<Draft>);
    let current = draft.as_ref().filter(|draft| draft.over == props.shown);
    let refused = current.is_some_and(|draft| draft.refused);
    let value = current.map_or_else(|| props.shown.clone(), |draft| draft.text.clone());
    let keep = {
        let (draft, over) = (draft.clone(), props.shown.clone());
        move |text, refused| draft.set(Some(Draft { text, over: over.clone(), refused }))
    };
    let oninput = {
        let keep = keep.clone();
        Callback::from(move |event: InputEvent| keep(typed(&event), false))
    };
    let onchange = {
        let (lang, on_commit) = (props.lang, props.on_commit.clone());
        Callback::from(move |event: Event| match parse_date_entry(lang, &typed(&event)) {
            Ok(date) => {
                draft.set(None);
                on_commit.emit(date);
            }
            Err(_) => keep(typed(&event), true),
        })
    };
    let words = strings(props.lang);
    let message = format!("{}-error", props.id);
    // Czech days are all numbers; an English one names its month, so it keeps the letters.
    let inputmode = (props.lang == Lang::Cs).then_some("numeric");
    html! {
        <div class="field">
            <label for={props.id}>{ props.label }</label>
            <input id={props.id} type="text" {inputmode} autocomplete="off" placeholder={words.date_format}
                {value} {oninput} {onchange}
                aria-invalid={refused.then_some("true")} aria-describedby={refused.then(|| message.clone())} />
            if refused {
                <span id={message} class="field-error">{ words.date_invalid }</span>
            }
        </div>
    }
}

fn typed(event: &Event) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}
