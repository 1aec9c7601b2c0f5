//! Article paths inside a session file.
//!
//! A session file keeps each article's text, so a path there only says where the article came
//! from. An absolute path is written relative to the session file's folder (`./news/a.txt`,
//! `../a.txt`), so a folder of articles and its session can be moved, shared or checked into
//! version control together; paths on another drive or with no common ancestor stay absolute.
//! On load, paths that start with `./` or `../` are resolved against the session file's folder
//! again; other paths are kept as written.

use std::path::{Component, Path, PathBuf};

use crate::model::Session;

/// The session with each document path written relative to `session_file`'s folder, or `None`
/// when no path changes (the caller then writes the session as it is).
pub fn relative_to_file(session: &Session, session_file: &Path) -> Option<Session> {
    let folder = absolute_folder_of(session_file)?;
    let relative: Vec<Option<String>> = session
        .documents
        .iter()
        .map(|doc| {
            doc.path
                .as_deref()
                .filter(|p| Path::new(p).is_absolute())
                .and_then(|p| relative_path(&folder, p))
        })
        .collect();
    if relative.iter().all(Option::is_none) {
        return None;
    }
    let mut copy = session.clone();
    for (doc, new) in copy.documents.iter_mut().zip(relative) {
        if let Some(new) = new {
            doc.path = Some(new);
        }
    }
    Some(copy)
}

/// Resolves relative document paths against `session_file`'s folder (absolute paths and
/// documents without a path are left alone).
pub fn resolve_from_file(session: &mut Session, session_file: &Path) {
    let Some(folder) = absolute_folder_of(session_file) else {
        return;
    };
    for doc in &mut session.documents {
        if let Some(path) = &doc.path
            && is_session_relative(path)
        {
            doc.path = Some(normalize(&folder.join(path)).display().to_string());
        }
    }
}

/// True for a path written relative to the session file (`./…`, `../…`, either separator).
fn is_session_relative(path: &str) -> bool {
    ["./", "../", ".\\", "..\\"]
        .iter()
        .any(|prefix| path.starts_with(prefix))
}

fn absolute_folder_of(file: &Path) -> Option<PathBuf> {
    let folder = file.parent().unwrap_or(Path::new(""));
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    std::path::absolute(folder).ok().map(|f| normalize(&f))
}

/// `path` relative to the absolute `folder`, when they share more than the root; `None` when
/// it cannot be expressed so (another drive) or `path` is already relative to nothing known.
fn relative_path(folder: &Path, path: &str) -> Option<String> {
    let target = normalize(&std::path::absolute(path).ok()?);
    let ours: Vec<Component<'_>> = folder.components().collect();
    let theirs: Vec<Component<'_>> = target.components().collect();
    let common = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
    let shares_more_than_root = ours
        .iter()
        .take(common)
        .any(|c| matches!(c, Component::Normal(_)));
    if !shares_more_than_root {
        return None;
    }
    let mut out = PathBuf::from(if common == ours.len() { "." } else { "" });
    for _ in common..ours.len() {
        out.push("..");
    }
    for part in &theirs[common..] {
        out.push(part.as_os_str());
    }
    let out = out.display().to_string();
    (out != path && !out.is_empty()).then_some(out)
}

/// Removes `.` and folds `..` lexically (no file system access: the article may be gone).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn session_with(paths: &[&str]) -> Session {
        let mut session = Session::named("t");
        for path in paths {
            session.documents.push(Document {
                path: Some(path.to_string()),
                ..Document::default()
            });
        }
        session
    }

    fn paths(session: &Session) -> Vec<String> {
        session
            .documents
            .iter()
            .map(|d| d.path.clone().unwrap_or_default())
            .collect()
    }

    #[test]
    fn articles_beside_or_below_the_session_are_written_relative() {
        let session = session_with(&[
            "/data/review/a.txt",
            "/data/review/in/b.txt",
            "/data/other/c.txt",
        ]);
        let written = relative_to_file(&session, Path::new("/data/review/s.ron")).unwrap();
        assert_eq!(paths(&written), ["./a.txt", "./in/b.txt", "../other/c.txt"]);
    }

    #[test]
    fn relative_paths_resolve_against_the_session_folder() {
        let mut session = session_with(&["./a.txt", "../other/c.txt", "/abs/d.txt", "plain/e.txt"]);
        resolve_from_file(&mut session, Path::new("/data/review/s.ron"));
        assert_eq!(
            paths(&session),
            [
                "/data/review/a.txt",
                "/data/other/c.txt",
                "/abs/d.txt",
                "plain/e.txt"
            ]
        );
    }

    #[test]
    fn paths_that_share_only_the_root_or_are_relative_stay_as_they_are() {
        let session = session_with(&["/elsewhere/a.txt", "typed/relative.txt"]);
        assert!(relative_to_file(&session, Path::new("/data/s.ron")).is_none());
    }

    #[test]
    fn writing_then_resolving_gives_the_paths_back() {
        let original = session_with(&["/w/x/y/a.txt", "/w/z.txt"]);
        let file = Path::new("/w/x/s.ron");
        let mut written = relative_to_file(&original, file).unwrap();
        resolve_from_file(&mut written, file);
        assert_eq!(paths(&written), paths(&original));
    }
}
