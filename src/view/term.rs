//! A glossary term in running text: a button that opens its definition in place, with the
//! source that backs it. The glossary is fetched when a reader first opens a term.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::{Glossary, Lang};

/// What a term needs from the page: the glossary once it is in, and a way to ask for it.
#[derive(Clone, PartialEq)]
pub struct GlossaryContext {
    pub lang: Lang,
    pub glossary: Option<Rc<Glossary>>,
    pub want: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct TermProps {
    pub id: AttrValue,
    pub words: AttrValue,
}

/// Numbers each term on the page, so that two open definitions of one term (in the detail
/// panel and the codebook) never share an id.
static TERMS: AtomicUsize = AtomicUsize::new(0);

#[function_component]
pub fn Term(props: &TermProps) -> Html {
    let context = use_context::<GlossaryContext>();
    let open = use_state(|| false);
    let note = use_state(|| format!("term-{}", TERMS.fetch_add(1, Ordering::Relaxed)));
    let onclick = {
        let (open, want) = (open.clone(), context.as_ref().map(|context| context.want.clone()));
        Callback::from(move |_| {
            if let Some(want) = &want {
                want.emit(());
            }
            open.set(!*open);
        })
    };
    html! {
        <>
            <button type="button" class="term" data-term={props.id.clone()} aria-expanded={open.to_string()}
                aria-controls={open.then(|| (*note).clone())} {onclick}>{ &props.words }</button>
            if *open {
                <span class="definition" role="note" id={(*note).clone()}>{ definition(context.as_ref(), &props.id) }</span>
            }
        </>
    }
}

fn definition(context: Option<&GlossaryContext>, id: &str) -> Html {
    let Some(context) = context else { return html! {} };
    let words = strings(context.lang);
    let Some(glossary) = &context.glossary else { return html! { { words.glossary_loading } } };
    let Some(term) = glossary.term(id) else { return html! {} };
    let source = &term.source;
    let own = (source.lang != context.lang.tag()).then(|| source.lang.clone());
    html! {
        <>
            <strong>{ term.term.get(context.lang) }</strong>{ ": " }{ term.definition.get(context.lang) }{ " " }
            <a href={source.url.to_string()} target="_blank" rel="noopener noreferrer" lang={own}>
                { source.title.as_deref().unwrap_or(&source.publisher) }
                <span class="visually-hidden">{ " " }{ words.opens_in_new_tab }</span>
            </a>
        </>
    }
}
