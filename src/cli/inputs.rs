//! Command-line inputs → the list of article files to analyse.

use std::path::{Path, PathBuf};

use crate::ingest::{ARTICLE_EXTENSIONS, IngestError, describe_io_error, is_article_path};

/// Expands the command line's paths: folders are searched recursively for article files
/// ([`ARTICLE_EXTENSIONS`]) and their files listed sorted by path, hidden entries (`.name`) and
/// symbolic links to folders skipped; other paths are kept as given (whatever their extension,
/// and even when missing, so that reading them reports the problem in its place).
///
/// Returns the files and the problems met (unreadable folders, folders without articles).
pub fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            walk(path, &mut files, &mut problems);
            files[before..].sort();
            if files.len() == before {
                let extensions: Vec<String> =
                    ARTICLE_EXTENSIONS.iter().map(|e| format!(".{e}")).collect();
                problems.push(IngestError::new(
                    path.display().to_string(),
                    format!("folder has no {} files", extensions.join(", ")),
                ));
            }
        } else {
            files.push(path.clone());
        }
    }
    (files, problems)
}

/// Depth-first walk with an explicit stack (no recursion, no symlinked folders, so no cycles).
fn walk(root: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<IngestError>) {
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) => {
                problems.push(IngestError::new(
                    dir.display().to_string(),
                    describe_io_error(&error),
                ));
                continue;
            }
        };
        for entry in entries.filter_map(Result::ok) {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                pending.push(path);
            } else if is_article_path(&path) && (kind.is_file() || path.is_file()) {
                files.push(path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/inner")).unwrap();
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for file in [
            "z.txt",
            "m.HTML",
            "notes.pdf",
            "a/2.md",
            "a/1.htm",
            "b/inner/deep.txt",
            "b/x.txt",
            ".hidden/secret.txt",
            ".dot.txt",
        ] {
            std::fs::write(root.join(file), "text").unwrap();
        }
        let (files, problems) = expand(&[root.to_path_buf(), root.join("missing.txt")]);
        assert!(problems.is_empty());
        let names: Vec<String> = files
            .iter()
            .map(|f| {
                f.strip_prefix(root)
                    .unwrap_or(f)
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        assert_eq!(
            names,
            [
                "a/1.htm",
                "a/2.md",
                "b/inner/deep.txt",
                "b/x.txt",
                "m.HTML",
                "z.txt",
                // Kept as given; reading it reports "no such file".
                "missing.txt",
            ]
        );
    }

    #[test]
    fn empty_folder_is_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let (files, problems) = expand(&[dir.path().to_path_buf()]);
        assert!(files.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].problem.contains("no .txt"), "{}", problems[0]);
    }
}
