//! Démarche: who answered a state-attributed cyber attack, and how.
//!
//! A pure core (the incident model, loading and validation, the matrix, the app's words) that
//! is plain Rust tested natively, and a thin Yew view in [`view`] that only draws it.

pub mod catalogue;
pub mod filter;
pub mod geography;
pub mod i18n;
pub mod load;
pub mod matrix;
pub mod model;
pub mod ranking;
pub mod selection;
pub mod standing;
pub mod synthetic;
pub mod view;
pub mod view_query;
