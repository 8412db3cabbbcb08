//! What the native tests share: the incidents of `seeds/`, and a view of them rendered to HTML
//! as the build renders the page (Yew's `ssr`), without a browser.

use std::path::PathBuf;
use std::rc::Rc;

use demarche::bundle::{bundle, read_seeds};
use demarche::model::{Incident, Lang};
use demarche::view::{Explorer, ExplorerProps};
use yew::LocalServerRenderer;

pub fn seeds() -> Vec<Incident> {
    read_seeds(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("seeds/ has errors:\n{}", lines.join("\n"))
    })
}

/// The whole live view a link asks for, on an English page.
#[allow(dead_code)] // tests/seeds.rs reads the seeds without rendering them
pub async fn render(query: &str) -> String {
    let incidents = seeds();
    let catalogue = Rc::new(bundle(&incidents).catalogue);
    let props = ExplorerProps::loaded(catalogue, &incidents, query, Lang::En);
    LocalServerRenderer::<Explorer>::with_props(props).hydratable(false).render().await
}
