//! What is on screen, published for the download panel. share.js is plain JavaScript fetched
//! only when an editor opens the panel; when a reader asks for a download it calls
//! `demarcheScreen()`, which derives the core's export model (`view_model::Export`) from what
//! the explorer last drew. Holding the inputs, not the export, keeps clicks free of its cost.

use std::cell::RefCell;
use std::rc::Rc;

use crate::catalogue::Catalogue;
use crate::geography::Frame;
use crate::model::{CountryNames, Incident};
use crate::view_model::{Export, Screen};
use crate::view_query::ViewQuery;

/// The explorer's inputs, as last drawn.
#[derive(Clone, PartialEq)]
pub struct Shown {
    pub view: Rc<ViewQuery>,
    pub catalogue: Rc<Catalogue>,
    pub incidents: Vec<Rc<Incident>>,
    pub names: Rc<CountryNames>,
    pub frame: Option<Rc<Frame>>,
}

thread_local! {
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

pub fn publish(shown: Shown) {
    SHOWN.with(|slot| *slot.borrow_mut() = Some(shown));
}

/// The export model of what is on screen, as JSON; `None` before anything is drawn.
pub fn export_json() -> Option<String> {
    SHOWN.with(|slot| {
        let shown = slot.borrow();
        let shown = shown.as_ref()?;
        let screen = Screen {
            view: &shown.view,
            catalogue: &shown.catalogue,
            incidents: shown.incidents.iter().map(|incident| &**incident).collect(),
            names: &shown.names,
            frame: shown.frame.as_deref(),
        };
        Some(Export::derive(&screen).to_json())
    })
}

#[cfg(target_family = "wasm")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = demarcheScreen)]
pub fn demarche_screen() -> Option<String> {
    export_json()
}
