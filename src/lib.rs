//! ascribe: who stands behind every statement of a news article.
//!
//! Data flows one way: file bytes → [`ingest`] → text → [`analysis`] → [`model::Document`] with
//! attributed statements → [`model::Session`] (+ reviewer decisions) → [`report`]s, [`insights`] and
//! the GUI.
//! Only the `gui` module (behind the `gui` feature) imports egui.

pub mod analysis;
pub mod api;
pub mod cli;
pub mod ingest;
pub mod insights;
pub mod model;
pub mod report;
pub mod session;

#[cfg(feature = "gui")]
pub mod gui;

/// The bundled sample article (the reference article), embedded in the binary.
pub const SAMPLE_ARTICLE: &str = include_str!("../assets/samples/seed_pl.txt");
/// The file name the bundled sample is shown under.
pub const SAMPLE_NAME: &str = "seed_pl.txt";
