//! The thin view: Yew components that draw the core's data and send user actions up.

use std::rc::Rc;

use yew::Properties;

use yew::Callback;

use crate::model::{Incident, Lang};
use crate::view_query::ViewQuery;

mod app;
mod codebook_legend;
mod country_map;
mod detail_panel;
mod error_panel;
mod filter_panel;
mod incident_heading;
mod incident_summary;
mod map_legend;
mod notices;
mod reaction_detail;
mod reaction_list;
mod reaction_table;
mod source_link;
mod toolbar;

pub use app::{App, AppProps};
pub use codebook_legend::CodebookLegend;
pub use country_map::CountryMap;
pub use detail_panel::DetailPanel;
pub use error_panel::{crash_panel_html, data_error_panel_html};
pub use filter_panel::FilterPanel;
pub use incident_heading::IncidentHeading;
pub use incident_summary::IncidentSummary;
pub use map_legend::MapLegend;
pub use notices::Notices;
pub use reaction_detail::ReactionDetail;
pub use reaction_list::ReactionList;
pub use reaction_table::ReactionTable;
pub use source_link::SourceLink;
pub use toolbar::Toolbar;

/// The element the widget draws into, inside the host page's root. The browser build swaps a
/// freshly drawn one in for the one `prerender` wrote into the page at build time.
pub const HOST_CLASS: &str = "demarche-host";

/// What the views of one incident draw from: the incident, in the reader's language.
#[derive(Properties)]
pub struct IncidentProps {
    pub lang: Lang,
    pub incident: Rc<Incident>,
}

/// Incidents never change after loading, so the same `Rc` means the same incident: comparing
/// pointers spares every re-render a walk through every reaction and source.
impl PartialEq for IncidentProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.incident, &other.incident)
    }
}

/// What the linked views (filters, map, matrix, detail) draw from: the incident and the
/// reader's whole view, and where to send the next view when the reader changes it.
#[derive(Properties)]
pub struct ExplorerProps {
    pub incident: Rc<Incident>,
    pub view: Rc<ViewQuery>,
    pub on_change: Callback<ViewQuery>,
}

impl PartialEq for ExplorerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.incident, &other.incident)
            && self.view == other.view
            && self.on_change == other.on_change
    }
}

impl ExplorerProps {
    /// A callback that edits a copy of the current view with the event and sends it up.
    pub fn edit<E: 'static>(&self, edit: impl Fn(&mut ViewQuery, E) + 'static) -> Callback<E> {
        let (view, on_change) = (self.view.clone(), self.on_change.clone());
        Callback::from(move |event| {
            let mut next = (*view).clone();
            edit(&mut next, event);
            on_change.emit(next);
        })
    }
}
