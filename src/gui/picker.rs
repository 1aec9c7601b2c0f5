//! ascribe's own file picker, used where no native file dialog can be shown (a desktop without
//! an XDG portal or zenity, a remote session): a folder listing with the files a choice is about.

use std::path::{Path, PathBuf};

use super::files::Purpose;

/// One row of the listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The file or folder.
    pub path: PathBuf,
    /// Its name as shown.
    pub name: String,
    /// A folder (opened on double click) rather than a file.
    pub folder: bool,
}

/// The picker's state: what it is for, the folder shown, the selection and the typed name.
#[derive(Clone, Debug, PartialEq)]
pub struct FilePicker {
    /// What the choice is for.
    pub purpose: Purpose,
    /// The folder shown.
    pub folder: PathBuf,
    /// The folder field (editable; Enter goes there).
    pub folder_field: String,
    /// Folders, then the files the purpose is about, sorted by name.
    pub entries: Vec<Entry>,
    /// The chosen files (opening).
    pub selected: Vec<PathBuf>,
    /// The file name field (saving).
    pub file_name: String,
    /// Why the folder could not be listed, if it could not.
    pub problem: Option<String>,
}

impl FilePicker {
    /// A picker for `purpose` showing `folder`; `file_name` is proposed when saving.
    pub fn new(purpose: Purpose, folder: PathBuf, file_name: String) -> FilePicker {
        let mut picker = FilePicker {
            purpose,
            folder: PathBuf::new(),
            folder_field: String::new(),
            entries: Vec::new(),
            selected: Vec::new(),
            file_name,
            problem: None,
        };
        picker.go_to(folder);
        picker
    }

    /// Shows `folder` (the selection is cleared; an unreadable folder keeps the old listing and
    /// says why).
    pub fn go_to(&mut self, folder: PathBuf) {
        match list(&folder, &self.purpose.extensions()) {
            Ok(entries) => {
                self.folder = folder;
                self.entries = entries;
                self.selected.clear();
                self.problem = None;
            }
            Err(problem) => self.problem = Some(format!("{}: {problem}", folder.display())),
        }
        self.folder_field = self.folder.display().to_string();
    }

    /// Shows the parent folder.
    pub fn up(&mut self) {
        if let Some(parent) = self.folder.parent().map(Path::to_path_buf) {
            self.go_to(parent);
        }
    }

    /// Selects a file (toggles it when several may be chosen).
    pub fn toggle(&mut self, path: &Path) {
        if self.purpose.saves() {
            if let Some(name) = path.file_name() {
                self.file_name = name.to_string_lossy().into_owned();
            }
            return;
        }
        if let Some(at) = self.selected.iter().position(|p| p == path) {
            self.selected.remove(at);
        } else if self.purpose.many() {
            self.selected.push(path.to_path_buf());
        } else {
            self.selected = vec![path.to_path_buf()];
        }
    }

    /// What confirming would choose: the selected files, or the folder joined with the typed
    /// name when saving (with the purpose's extension added when missing). Empty when nothing.
    pub fn choice(&self) -> Vec<PathBuf> {
        if !self.purpose.saves() {
            return self.selected.clone();
        }
        let name = self.file_name.trim();
        if name.is_empty() || name.contains(['/', '\\']) {
            return Vec::new();
        }
        let mut path = self.folder.join(name);
        let extension = self.purpose.extensions()[0];
        if path
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case(extension))
        {
            path = self.folder.join(format!("{name}.{extension}"));
        }
        vec![path]
    }
}

/// Folders and the files with one of `extensions`, folders first, each sorted by name (hidden
/// entries left out).
fn list(folder: &Path, extensions: &[&str]) -> Result<Vec<Entry>, String> {
    let reader = std::fs::read_dir(folder).map_err(|e| crate::ingest::describe_io_error(&e))?;
    let mut entries: Vec<Entry> = reader
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                return None;
            }
            let path = entry.path();
            let folder = path.is_dir();
            let wanted = folder
                || path.extension().is_some_and(|e| {
                    extensions
                        .iter()
                        .any(|x| e.to_string_lossy().eq_ignore_ascii_case(x))
                });
            wanted.then_some(Entry { path, name, folder })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.folder
            .cmp(&a.folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_then_matching_files_and_builds_the_choice() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for name in ["b.txt", "a.md", "c.png", ".hidden.txt", "s.ron"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let mut picker = FilePicker::new(
            Purpose::OpenArticles,
            dir.path().to_path_buf(),
            String::new(),
        );
        let names: Vec<&str> = picker.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["sub", "a.md", "b.txt"]);
        picker.toggle(&dir.path().join("a.md"));
        picker.toggle(&dir.path().join("b.txt"));
        assert_eq!(picker.choice().len(), 2);
        picker.go_to(dir.path().join("sub"));
        assert!(picker.choice().is_empty());
        picker.up();
        assert_eq!(picker.folder, dir.path());

        let save = FilePicker::new(
            Purpose::SaveSession,
            dir.path().to_path_buf(),
            "review".into(),
        );
        assert_eq!(save.choice(), vec![dir.path().join("review.ron")]);
        let names: Vec<&str> = save.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["sub", "s.ron"]);
    }

    #[test]
    fn an_unreadable_folder_is_explained() {
        let dir = tempfile::tempdir().unwrap();
        let mut picker = FilePicker::new(
            Purpose::OpenSession,
            dir.path().to_path_buf(),
            String::new(),
        );
        picker.go_to(dir.path().join("missing"));
        assert!(picker.problem.as_deref().unwrap().contains("no such file"));
        assert_eq!(picker.folder, dir.path());
    }
}
