//! UI preferences kept in eframe's storage between runs (never the work itself: that goes to
//! session files). Panel sizes are kept by egui's own memory, which eframe also persists.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const KEY: &str = "ascribe.prefs";
const RECENT_LIMIT: usize = 10;

/// Preferences that survive a restart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Dark theme (else light).
    pub dark: bool,
    /// Zoom factor (1.0 = 100 %).
    pub zoom: f32,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// Exported reports show full file paths instead of file names (off: reports are shared).
    pub full_paths_in_reports: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            dark: true,
            zoom: 1.0,
            recent: Vec::new(),
            full_paths_in_reports: false,
        }
    }
}

/// Smallest and largest zoom.
pub const ZOOM_RANGE: (f32, f32) = (0.5, 3.0);

impl Prefs {
    /// Reads the preferences (defaults when there are none or they do not parse).
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Prefs {
        let mut prefs: Prefs = storage
            .and_then(|s| eframe::get_value(s, KEY))
            .unwrap_or_default();
        if !prefs.zoom.is_finite() {
            prefs.zoom = 1.0;
        }
        prefs.zoom = prefs.zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        prefs.recent.truncate(RECENT_LIMIT);
        prefs
    }

    /// Writes the preferences.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, self);
    }

    /// Puts `path` at the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_LIMIT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut prefs = Prefs::default();
        for i in 0..15 {
            prefs.remember(Path::new(&format!("/nonexistent/{i}.ron")));
        }
        prefs.remember(Path::new("/nonexistent/3.ron"));
        assert_eq!(prefs.recent.len(), RECENT_LIMIT);
        assert_eq!(prefs.recent[0], PathBuf::from("/nonexistent/3.ron"));
        assert_eq!(
            prefs.recent.iter().filter(|p| p.ends_with("3.ron")).count(),
            1
        );
    }
}
