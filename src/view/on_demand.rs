//! A part of the view that comes in the extras module (src/bin/demarche-extras.rs): the first
//! load does not carry it. The module is fetched when the browser is idle, when a control that
//! opens a part is hovered or focused, or at the latest when the part is opened; the part is
//! then drawn by the module into a box of its own, from the same view, and sends the reader's
//! changes back as links. If the module cannot be fetched, the part's place says so and offers
//! to try again, like a data file that did not arrive.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

use crate::catalogue::Catalogue;
use crate::i18n::strings;
use crate::model::Lang;
use crate::view_query::ViewQuery;

use super::app::Action;
use super::{retry_panel, PartHost, Shared};
use crate::view_mode::Part;

#[derive(Properties, PartialEq)]
pub struct OnDemandProps {
    pub part: Part,
    pub view: Shared<ViewQuery>,
    pub catalogue: Shared<Catalogue>,
    /// Each new number draws the part afresh and asks the browser to print it (the handout).
    #[prop_or_default]
    pub print: u32,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Loading,
    Shown,
    Failed,
}

#[function_component]
pub fn OnDemand(props: &OnDemandProps) -> Html {
    let host = use_context::<PartHost>();
    let slot = use_node_ref();
    let status = use_state_eq(|| Status::Loading);
    let attempt = use_state(|| 0_u32);
    let handle = use_mut_ref(|| None::<JsValue>);
    let query = host.as_ref().map(|host| props.view.to_query(&props.catalogue, host.page_lang));
    let latest = use_mut_ref(String::new);
    *latest.borrow_mut() = query.clone().unwrap_or_default();
    let on_link = use_memo(host.as_ref().map(|host| host.session.clone()), |session| {
        let session = session.clone();
        Closure::<dyn Fn(String)>::new(move |query: String| {
            if let Some(session) = &session {
                session.dispatch(Action::GoTo(query));
            }
        })
    });
    {
        let (slot, status, handle, latest) = (slot.clone(), status.clone(), handle.clone(), latest.clone());
        let (part, print) = (props.part, props.print);
        use_effect_with((part, print, *attempt), move |_| {
            let cancelled = Rc::new(Cell::new(false));
            let element = host.zip(slot.cast::<Element>()).and_then(|(host, slot)| {
                let element = gloo::utils::document().create_element("div").ok()?;
                slot.append_child(&element).ok()?;
                status.set(Status::Loading);
                let on_link = AsRef::<JsValue>::as_ref(&*on_link).clone();
                let (into, cancelled, handle) = (element.clone(), cancelled.clone(), handle.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let query = latest.borrow().clone();
                    let lang = host.page_lang.tag();
                    match mount(&into, &host.catalogue_url, &query, lang, part.id(), print > 0, &on_link)
                        .await
                    {
                        Ok(mounted) if cancelled.get() => unmount(&mounted),
                        Ok(mounted) => {
                            // The view may have moved on while the module was on its way.
                            update(&mounted, &latest.borrow());
                            *handle.borrow_mut() = Some(mounted);
                            status.set(Status::Shown);
                        }
                        Err(_) if cancelled.get() => {}
                        Err(_) => status.set(Status::Failed),
                    }
                });
                Some(element)
            });
            move || {
                cancelled.set(true);
                if let Some(mounted) = handle.borrow_mut().take() {
                    unmount(&mounted);
                }
                if let Some(element) = element {
                    element.remove();
                }
            }
        });
    }
    // The handout is only printed: it follows the view when the browser is about to print,
    // never on a click.
    let follows = props.part != Part::Handout;
    {
        let handle = handle.clone();
        use_effect_with(query.filter(|_| follows), move |query| {
            if let (Some(mounted), Some(query)) = (handle.borrow().as_ref(), query) {
                update(mounted, query);
            }
        });
    }
    use_effect_with(follows, move |&follows| {
        let listener = (!follows).then(|| {
            gloo::events::EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
                if let Some(mounted) = handle.borrow().as_ref() {
                    update(mounted, &latest.borrow());
                }
            })
        });
        move || drop(listener)
    });
    let lang = props.view.lang;
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    html! {
        <>
            if *status == Status::Failed && (props.part != Part::Handout || props.print > 0) {
                { retry_panel(lang, &strings(lang).part_failed(props.part), &retry) }
            } else if *status == Status::Loading && props.part != Part::Handout {
                <p class="loading part-loading">{ strings(lang).loading }</p>
            }
            <div class={classes!("on-demand", format!("part-{}", props.part.id()))} ref={slot}></div>
        </>
    }
}

/// Starts fetching the extras module, so that a part opens at once when asked for; for the
/// comparison, the module then reads every incident too, in the language `compare_in` names.
pub fn prefetch_extras(compare_in: Option<Lang>) {
    prefetch(compare_in.map_or("", Lang::tag));
}

/// Calls `then` once the browser is idle, or a few seconds on: for what no reader waits for.
pub fn when_idle(then: impl FnOnce() + 'static) {
    whenIdle(&Closure::once_into_js(then), false);
}

/// Calls `then` once the browser is idle after the frame under way, or a moment on: for what a
/// click changes out of the reader's sight (the address, what lies below the comparison's
/// table), after the frame that shows the reader its answer.
pub fn soon_when_idle(then: impl FnOnce() + 'static) {
    whenIdle(&Closure::once_into_js(then), true);
}

/// The widget's way to its extras module (src/bin/demarche-extras.rs), in src/embed/extras.js,
/// which wasm-bindgen copies into the build's snippets as it is written: it is in the first
/// load, so its words live here. The module is imported once, when a part is first opened, the
/// browser is idle, or a control that opens one is hovered or focused (the comparison's also
/// has the module read every incident ahead: `prefetch` is given the comparison's language, a
/// tag, or "" for none, and reads the catalogue the page names, as the widget's start does);
/// with it the page enables the parts' stylesheet (styles/parts.css), which it links disabled,
/// and the module resolves only once that applies. A failed import or stylesheet is tried
/// again at the next opening (Try again in the panel), the stylesheet through a fresh copy of
/// its link (a link whose load failed keeps an empty sheet, so only the module's own promise
/// says what arrived). `whenIdle` waits for the browser's idle callback, or a moment where
/// there is none; `soon` waits less.
#[wasm_bindgen(module = "/src/embed/extras.js")]
extern "C" {
    fn prefetch(compare_lang: &str);
    fn whenIdle(then: &JsValue, soon: bool);
    #[wasm_bindgen(catch)]
    async fn mount(
        element: &Element,
        catalogue: &str,
        query: &str,
        page_lang: &str,
        part: &str,
        print: bool,
        on_link: &JsValue,
    ) -> Result<JsValue, JsValue>;
    fn update(handle: &JsValue, query: &str);
    fn unmount(handle: &JsValue);
}
