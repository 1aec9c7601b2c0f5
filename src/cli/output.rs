//! Where command output goes: standard output, or a file written atomically (a temporary file in
//! the same folder, renamed over the target only when everything was written).

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::ingest::describe_io_error;

/// Distinguishes temporary files created by one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A file being written under a temporary name; [`AtomicFile::commit`] renames it into place.
/// Dropped without committing, the temporary file is removed and the target left untouched.
#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    /// The temporary file; `None` when writing straight into a special file (a pipe, a device).
    temp: Option<PathBuf>,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    /// Creates a temporary file next to `target`. A symbolic link is written through (its target
    /// is replaced, the link kept); a special file such as a named pipe or `/dev/null` is written
    /// directly, never replaced.
    pub fn create(target: &Path) -> io::Result<AtomicFile> {
        let is_link = fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink());
        let target = if is_link {
            fs::canonicalize(target).unwrap_or_else(|_| target.to_path_buf())
        } else {
            target.to_path_buf()
        };
        let target = target.as_path();
        if fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let file = OpenOptions::new().write(true).truncate(true).open(target)?;
            return Ok(AtomicFile {
                target: target.to_path_buf(),
                temp: None,
                writer: Some(BufWriter::new(file)),
            });
        }
        let file_name = target
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "names no file"))?
            .to_string_lossy()
            .into_owned();
        let dir = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        loop {
            let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
            let temp = dir.join(format!(".{file_name}.{}.{n}.tmp", std::process::id()));
            match OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => {
                    return Ok(AtomicFile {
                        target: target.to_path_buf(),
                        temp: Some(temp),
                        writer: Some(BufWriter::new(file)),
                    });
                }
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(error),
            }
        }
    }

    /// Flushes, syncs and renames the temporary file over the target.
    pub fn commit(mut self) -> io::Result<()> {
        let writer = self
            .writer
            .take()
            .ok_or_else(|| io::Error::other("already committed"))?;
        let file = writer.into_inner().map_err(|e| e.into_error())?;
        let Some(temp) = self.temp.take() else {
            // A special file: everything is already written to it.
            return Ok(());
        };
        if let Ok(metadata) = fs::metadata(&self.target) {
            // Keep the permissions of the file being replaced (best effort).
            let _ = fs::set_permissions(&temp, metadata.permissions());
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, &self.target)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.writer.as_mut() {
            Some(writer) => writer.write(buf),
            None => Err(io::Error::other("already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.writer.as_mut() {
            Some(writer) => writer.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.take().is_some()
            && let Some(temp) = &self.temp
        {
            let _ = fs::remove_file(temp);
        }
    }
}

/// Checks, before any work is done, that `path` can be an output file: not a folder, and in a
/// folder that exists. Returns the problem otherwise.
pub fn check_output_path(path: &Path) -> Result<(), String> {
    if path.is_dir() {
        return Err("is a directory".to_string());
    }
    if path.file_name().is_none() {
        return Err("names no file".to_string());
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    match fs::metadata(parent) {
        Ok(metadata) if metadata.is_dir() => Ok(()),
        Ok(_) => Err(format!("{} is not a folder", parent.display())),
        Err(error) => Err(format!(
            "cannot write into {}: {}",
            parent.display(),
            describe_io_error(&error)
        )),
    }
}

/// Writes a whole text to `path` atomically, or to standard output when `path` is `None`
/// (adding a final newline there if the text lacks one).
pub fn write_text(path: Option<&Path>, text: &str) -> io::Result<()> {
    match path {
        Some(path) => {
            let mut file = AtomicFile::create(path)?;
            file.write_all(text.as_bytes())?;
            file.commit()
        }
        None => {
            let stdout = io::stdout();
            let mut out = stdout.lock();
            out.write_all(text.as_bytes())?;
            if !text.is_empty() && !text.ends_with('\n') {
                out.write_all(b"\n")?;
            }
            out.flush()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_discards() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        fs::write(&target, "old").unwrap();

        let mut file = AtomicFile::create(&target).unwrap();
        file.write_all(b"half").unwrap();
        drop(file);
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");

        let mut file = AtomicFile::create(&target).unwrap();
        file.write_all(b"new").unwrap();
        file.commit().unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        // No temporary files are left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn output_paths_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        assert!(check_output_path(&dir.path().join("a.json")).is_ok());
        assert_eq!(check_output_path(dir.path()).unwrap_err(), "is a directory");
        assert!(check_output_path(&dir.path().join("missing/a.json")).is_err());
    }
}
