//! The desktop reviewer (egui/eframe). The only module that imports egui.
//!
//! The GUI is thin: panels (`views`) read the session and the view state and push
//! [`Command`]s; the app applies them in one place after drawing, recording each edit in an undo
//! history. Opening and analysing files runs on a background thread. UI preferences (theme, zoom,
//! recent files, panel sizes) live in eframe's storage; the work lives only in session files (and
//! the autosaved recovery file).

mod app;
pub mod command;
mod derived;
mod files;
mod insight;
mod picker;
mod prefs;
mod recovery;
mod search;
mod state;
mod theme;
mod views;
mod worker;
mod workspace;

#[cfg(test)]
mod testing;

use std::path::PathBuf;

pub use app::{AppOptions, AscribeApp, Startup, sample_session};
pub use command::Command;
pub use insight::{FigureFilter, InsightView};
pub use recovery::Recovery;

/// Opens the reviewer window and returns when it is closed.
///
/// No paths: the bundled sample, already analysed. A path ending in `.ron` opens as a session
/// (other paths are then added to it as articles); otherwise the paths open as articles of a new
/// session.
pub fn run(paths: Vec<PathBuf>) -> Result<(), String> {
    let startup = if paths.is_empty() {
        Startup::Sample
    } else {
        Startup::Files(paths)
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("ascribe")
            .with_app_id("ascribe")
            .with_inner_size([1400.0, 880.0])
            .with_min_inner_size([720.0, 420.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "ascribe",
        options,
        Box::new(|cc| {
            Ok(Box::new(AscribeApp::new(
                cc,
                AppOptions {
                    startup,
                    recovery: Recovery::standard(),
                },
            )))
        }),
    )
    .map_err(|e| format!("could not open the window: {e}"))
}
