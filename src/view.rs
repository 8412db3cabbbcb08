//! The thin view: Yew components that draw the core's data and send the reader's actions up.
//! [`App`] loads what a view needs and holds the reader's view; [`Explorer`] draws one loaded
//! view, live or, at build time, as the page's first screen.

use std::rc::Rc;

mod app;
mod bring_into_view;
mod class_tools;
mod coalition_table;
mod codebook_legend;
mod compare_table;
mod comparison_view;
mod country_map;
mod credit_line;
mod date_field;
mod detail_panel;
mod error_panel;
mod explorer;
mod filter_fold;
mod filter_panel;
mod handout;
mod incident_heading;
mod incident_notes;
mod incident_summary;
mod load_panel;
mod map_legend;
mod map_tooltip;
mod mode_switch;
mod notices;
#[cfg(target_family = "wasm")]
mod on_demand;
mod part_app;
mod part_view;
mod profile_view;
mod prose;
mod reaction_detail;
mod reaction_list;
mod reaction_table;
mod roving_focus;
mod share_panel;
mod source_link;
mod story_panel;
mod term;
mod timeline_chart;
mod toolbar;
mod when_idle;
mod window;

pub use app::{App, AppProps, Phase};
pub use class_tools::class_tools;
pub use coalition_table::{CoalitionTable, CoalitionTableProps};
pub use codebook_legend::codebook_legend;
pub use compare_table::{CompareTable, CompareTableProps};
pub use comparison_view::{comparison_view, ComparisonProps};
pub use country_map::CountryMap;
pub use credit_line::credit_line;
pub use detail_panel::DetailPanel;
pub use error_panel::{crash_panels, CRASH_TEMPLATE_ID};
pub use explorer::{Explorer, ExplorerProps};
pub use filter_fold::FilterFold;
pub use filter_panel::{filter_panel, FilterPanelProps, SortChoice};
pub use handout::handout;
pub use incident_heading::incident_heading;
pub use incident_notes::incident_notes;
pub use incident_summary::incident_summary;
pub use load_panel::{load_panel, retry_panel};
pub use map_legend::map_legend;
pub use map_tooltip::MapTooltip;
pub use mode_switch::mode_switch;
pub use notices::notices;
#[cfg(target_family = "wasm")]
pub use on_demand::{prefetch_extras, soon_when_idle, when_idle, OnDemand};
pub use part_app::{read_every_incident, PartApp, PartAppProps};
pub use part_view::{PartHost, PartView, PartViewProps};
pub use profile_view::{profile_view, ProfileProps};
pub use prose::prose;
pub use reaction_detail::ReactionDetail;
pub use reaction_list::ReactionList;
pub use reaction_table::ReactionTable;
pub use share_panel::share_panel;
pub use source_link::source_link;
pub use story_panel::{StoryPanel, StoryPanelProps};
pub use term::{GlossaryContext, Term};
pub use timeline_chart::TimelineChart;
pub use toolbar::{toolbar, ToolbarProps};

/// The element the widget draws into, inside the host page's root. The browser build swaps a
/// freshly drawn one in for the one the build wrote into the page.
pub const HOST_CLASS: &str = "demarche-host";

/// Data that never changes once loaded compares by pointer: the same `Rc` is the same data,
/// and comparing props never walks an incident.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
