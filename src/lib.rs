//! Démarche: who answered a state-attributed cyber attack, and how.
//!
//! A pure core (the incident model, loading and validation, the data files, the matrix, the
//! map's standings and prose, the app's words) that is plain Rust tested natively, and a thin
//! Yew view in [`view`] that only draws it.

#[cfg(not(target_family = "wasm"))]
pub mod bundle;
pub mod catalogue;
pub mod comparison;
#[cfg(not(target_family = "wasm"))]
pub mod dataset;
pub mod derived;
pub mod fetch;
pub mod filter;
#[cfg(feature = "fuzz")]
pub mod fuzz;
pub mod geography;
pub mod i18n;
pub mod link_format;
pub mod load;
pub mod map_prose;
pub mod matrix;
pub mod model;
pub mod own_file;
pub mod packed;
pub mod presentation;
pub mod ranking;
pub mod roving;
pub mod row_window;
pub mod rung;
#[cfg(not(target_family = "wasm"))]
pub mod schema;
pub mod selection;
pub mod session;
pub mod standing;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod timeline;
pub mod view;
pub mod view_change;
pub mod view_mode;
pub mod view_model;
pub mod view_query;
