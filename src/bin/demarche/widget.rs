//! The widget: mounts Démarche into the host page's `#demarche` element.
//!
//! The page names the catalogue of data files (`data-catalogue`) and its own language
//! (`data-lang`), and usually already shows the first screen, written at build time. The widget
//! draws into a detached element and puts it in the written screen's place in one step once its
//! view is drawn, so readers never see an empty box or a jump. If the data cannot be loaded,
//! the panel that says so goes above the written screen, which stays readable.

use demarche::model::Lang;
use demarche::session::Resource;
use demarche::view::{App, AppProps, Phase, HOST_CLASS};
use demarche::view_query::ViewQuery;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::Callback;

/// The element the host page gives us; we never take over `<body>`.
const ROOT_ID: &str = "demarche";
/// How a host tells the widget not to open files of a reader's choosing (`?data=`): a link to
/// its page could otherwise show anyone's "reactions" under its name.
const REFUSE_OWN: &str = r#"meta[name="demarche-data"][content="off"]"#;
/// The `performance.mark` that says the widget is drawn and answers input; benchmarks wait for it.
const READY_MARK: &str = "demarche-ready";

// Smaller and faster than Rust's default for wasm (dlmalloc).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub fn main() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        gloo::console::error!(format!(
            "Démarche: the page has no element with id=\"{ROOT_ID}\" to show the widget in"
        ));
        return;
    };
    let page_lang = root.get_attribute("data-lang").and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default();
    // The page's own presentation first (embed.html is compact), then the link's, which wins.
    let link = gloo::utils::window().location().search().unwrap_or_default();
    let page_query = root.get_attribute("data-query").unwrap_or_default();
    let query = format!("?{page_query}&{}", link.trim_start_matches('?'));
    let Ok(host) = document.create_element("div") else { return };
    host.set_class_name(HOST_CLASS);
    let Some(catalogue_url) = root.get_attribute("data-catalogue") else {
        let words = demarche::i18n::strings(ViewQuery::lang_of(&query, page_lang));
        host.set_class_name("error-panel");
        host.set_attribute("role", "alert").ok();
        host.set_text_content(Some(words.no_data_source));
        let _ = root.prepend_with_node_1(&host);
        return;
    };
    let on_phase = {
        let host = host.clone();
        Callback::from(move |phase: Phase| place(&root, &host, phase))
    };
    let early = preloaded(&document);
    let refuse_own = document.query_selector(REFUSE_OWN).ok().flatten().is_some();
    let props = AppProps {
        catalogue_url: catalogue_url.into(),
        query: query.into(),
        page_lang,
        on_phase,
        early,
        refuse_own,
    };
    yew::Renderer::<App>::with_root_and_props(host, props).render();
}

/// The data files the page announces with `<link rel="preload" data-demarche="…">`, each with
/// the resource its token names.
fn preloaded(document: &web_sys::Document) -> Vec<(Resource, String)> {
    let Ok(links) = document.query_selector_all("link[rel=preload][data-demarche]") else {
        return Vec::new();
    };
    (0..links.length())
        .filter_map(|at| links.item(at)?.dyn_into::<Element>().ok())
        .filter_map(|link| {
            let resource = Resource::from_token(&link.get_attribute("data-demarche")?)?;
            Some((resource, link.get_attribute("href")?))
        })
        .collect()
}

/// Shows the widget where it belongs for its phase: in place of the written screen once a view
/// is drawn; above it while the panel explains a failure; nowhere while loading.
fn place(root: &Element, host: &Element, phase: Phase) {
    match phase {
        Phase::Shown
            if root.child_element_count() != 1 || root.first_element_child().as_ref() != Some(host) =>
        {
            root.replace_children_with_node_1(host);
            mark_ready();
        }
        Phase::Failed if host.parent_node().is_none() => {
            let _ = root.prepend_with_node_1(host);
        }
        _ => {}
    }
}

fn mark_ready() {
    if let Some(performance) = gloo::utils::window().performance() {
        if performance.get_entries_by_name(READY_MARK).length() == 0 {
            let _ = performance.mark(READY_MARK);
        }
    }
}
