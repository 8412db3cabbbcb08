//! The widget's entry point: mounts Démarche into the host page's `#demarche` element.

use std::rc::Rc;

use demarche::catalogue::Catalogue;
use demarche::view::{crash_panel_html, data_error_panel_html, App, AppProps, HOST_CLASS};
use demarche::view_query::ViewQuery;
use wasm_bindgen::JsCast;

/// The element the host page gives us; we never take over `<body>`.
const ROOT_ID: &str = "demarche";
/// The `performance.mark` that says the widget is drawn and answers input; benchmarks wait for it.
const READY_MARK: &str = "demarche-ready";

// Smaller and faster than Rust's default for wasm (dlmalloc); native builds keep the system's.
#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    std::panic::set_hook(Box::new(show_crash));
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        gloo::console::error!(format!(
            "Démarche: the page has no element with id=\"{ROOT_ID}\" to show the widget in"
        ));
        return;
    };
    let query = gloo::utils::window().location().search().unwrap_or_default();
    // The page usually shows the first view already, rendered at build time. Drawing into a
    // detached element and swapping it in whole means readers never see an empty box or a jump.
    let Ok(host) = document.create_element("div") else { return };
    host.set_class_name(HOST_CLASS);
    match Catalogue::embedded() {
        Ok(catalogue) => {
            let props = AppProps { catalogue: Rc::new(catalogue), query: query.into() };
            yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
        }
        Err(errors) => {
            host.set_inner_html(&data_error_panel_html(ViewQuery::lang_of(&query)));
            if let Ok(Some(list)) = host.query_selector(".data-errors") {
                for error in &errors {
                    let Ok(item) = document.create_element("li") else { continue };
                    item.set_text_content(Some(&error.to_string()));
                    let _ = list.append_child(&item);
                }
            }
        }
    }
    // Yew draws in a task it has just queued; this one runs after it, on the drawn tree.
    yew::platform::spawn_local(async move {
        root.replace_children_with_node_1(&host);
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark(READY_MARK);
        }
    });
}

/// Replaces whatever is on screen with a readable panel, and keeps the detail for the console.
fn show_crash(info: &std::panic::PanicHookInfo) {
    let detail = info.to_string();
    gloo::console::error!(format!("Démarche crashed: {detail}"));
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else { return };
    let query = gloo::utils::window().location().search().unwrap_or_default();
    root.set_inner_html(&crash_panel_html(ViewQuery::lang_of(&query)));
    if let Some(pre) = root.query_selector(".crash-detail").ok().flatten() {
        pre.unchecked_into::<web_sys::HtmlElement>().set_inner_text(&detail);
    }
}
