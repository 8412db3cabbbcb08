//! What each view draws, derived in the core from the incidents, the reader's view and the
//! language: text, dates, classes and the words a screen reader hears. Components only render
//! these and send `ViewChange`s; the downloads, the share panel and the tests read the same
//! models, so what is saved, shared or asserted is what is on screen. Each part is derived
//! from what it depends on only (the app memoises them apart: a language switch re-derives the
//! words, not the filter).

mod coalition_view;
mod compare_filter_view;
mod comparison_view;
mod csv;
pub use csv::csv;
mod detail_view;
mod export;
mod handout_view;
mod highlight;
mod json;
pub use json::Json;
mod key;
mod map_view;
mod matrix_view;
mod profile_view;
mod story_view;
mod timeline_view;

pub use coalition_view::{
    coalition_csv, drawn_columns, Behind, CoalitionCell, CoalitionHead, CoalitionRow, CoalitionView,
    OpenedIncident,
};
pub use compare_filter_view::{CompareFilterView, StateChoice};
pub use comparison_view::{AlignedView, ComparisonView, IncidentColumn, ResponderCell, ResponderRow};
pub use detail_view::{reprints_only, DetailActor, DetailBody, DetailView};
// For the whole dataset (crate::dataset), which only the build writes.
#[cfg(not(target_family = "wasm"))]
pub(crate) use export::{meta_json, rows};
pub use export::{Export, ExportRow, IncidentMeta, MapPicture, PictureState, Screen, COLUMNS};
pub use handout_view::{HandoutSource, HandoutStep, HandoutView};
pub use highlight::Highlight;
pub use key::{key, KeyEntry};
pub use map_view::{MapState, MapView, Place};
pub use matrix_view::{CellView, ColumnView, GroupView, MatrixView, RowView};
pub use profile_view::{ProfileIncident, ProfileReaction, ProfileView};
pub use story_view::{Shows, StoryView};
pub use timeline_view::{day_position, AxisView, MarkView, TimelineView, TrackGroup, TrackView};
