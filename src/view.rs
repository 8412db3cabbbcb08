//! The thin view: Yew components that draw the core's data and send user actions up.

use std::rc::Rc;

use yew::Properties;

use crate::model::{Incident, Lang};

mod app;
mod codebook_legend;
mod error_panel;
mod incident_summary;
mod notices;
mod reaction_list;
mod reaction_table;
mod source_link;
mod toolbar;

pub use app::{App, AppProps};
pub use codebook_legend::CodebookLegend;
pub use error_panel::{crash_panel_html, ErrorPanel, ErrorPanelProps};
pub use incident_summary::IncidentSummary;
pub use notices::Notices;
pub use reaction_list::ReactionList;
pub use reaction_table::ReactionTable;
pub use source_link::SourceLink;
pub use toolbar::Toolbar;

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

/// The anchor of a reaction's detail, which its matrix cells link to.
pub fn reaction_anchor(index: usize) -> String {
    format!("reaction-{}", index + 1)
}
