//! Writes the widget's first view into a built page, so readers see the matrix before the
//! wasm arrives, and readers without JavaScript see it at all.
//!
//! `prerender <page.html> [query]` replaces whatever the page's `#demarche` root holds before
//! its `<noscript>` with the view for `query` (default: the bare URL). Running it again on the
//! same page replaces its own output, so a build can run it any number of times.

use std::rc::Rc;
use std::{env, fs, process};

use demarche::catalogue::Catalogue;
use demarche::view::{App, AppProps, HOST_CLASS};
use yew::LocalServerRenderer;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = env::args().skip(1);
    let (Some(page), query) = (args.next(), args.next().unwrap_or_default()) else {
        fail("usage: prerender <page.html> [query]");
    };
    let text = fs::read_to_string(&page).unwrap_or_else(|error| fail(&format!("{page}: {error}")));
    let catalogue = Rc::new(Catalogue::embedded().unwrap_or_else(|_| fail("the embedded seeds are invalid")));
    let props = AppProps { catalogue, query: query.into() };
    let view = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    let Some(view) = first_screen(&view) else {
        fail("the rendered view has no map <svg> or no incident-about section to cut at");
    };
    let Some(written) = insert(&text, &format!("<div class=\"{HOST_CLASS}\">{view}</div>")) else {
        fail(&format!("{page}: no element with id=demarche followed by <noscript> to write into"));
    };
    fs::write(&page, written).unwrap_or_else(|error| fail(&format!("{page}: {error}")));
}

/// Only the first screen: the title, the filters, the map's frame and the matrix. The widget
/// draws the rest itself (the incident's details, every reaction in full, the codebook), and the
/// map's shapes too: they would be half the page (10 KB brotli) and the widget carries them
/// anyway. The empty `<svg>` keeps the map's box, so nothing moves when the widget draws into it.
/// `None` when the markup no longer has the landmarks this cuts at.
fn first_screen(view: &str) -> Option<String> {
    let svg = view.find("<svg ")?;
    let svg_open_end = svg + view[svg..].find('>')? + 1;
    let svg_close = svg + view[svg..].find("</svg>")?;
    let about = view[..view.find("id=\"incident-about\"")?].rfind("<section")?;
    // The sections cut away are the last in the page's two outer containers.
    let containers_end = view.strip_suffix("</div></div>")?.len();
    (svg_close < about && about <= containers_end)
        .then(|| [&view[..svg_open_end], &view[svg_close..about], &view[containers_end..]].concat())
}

/// The page with `view` as the root's content, up to the root's `<noscript>`. Trunk's minifier
/// may drop the attribute's quotes, so both spellings are found.
fn insert(page: &str, view: &str) -> Option<String> {
    let id = page.find("id=demarche").or_else(|| page.find("id=\"demarche\""))?;
    let start = id + page[id..].find('>')? + 1;
    let end = start + page[start..].find("<noscript")?;
    Some([&page[..start], view, &page[end..]].concat())
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    process::exit(1)
}
