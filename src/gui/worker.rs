//! Opening and analysing files on a background thread, so the window never freezes.
//!
//! One job at a time: read a session and/or analyse article files. Progress is shared through a
//! mutex, cancellation through an [`AtomicBool`] checked between files, and the result comes back
//! over a channel. A panic inside the engine becomes an error message for that file.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex, OnceLock};

use crate::analysis::{Analysis, Engine};
use crate::model::Session;
use crate::session::SessionError;

/// Where the results of a job go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// They replace the current session.
    NewSession,
    /// The articles are added to the current session.
    AddToSession,
}

/// What to open.
#[derive(Clone, Debug)]
pub struct Job {
    /// A session file to load first.
    pub session: Option<PathBuf>,
    /// Article files to analyse.
    pub articles: Vec<PathBuf>,
    /// Pasted text to analyse as an article (after the files).
    pub pasted: Option<String>,
    /// Where the results go.
    pub target: Target,
}

impl Job {
    /// Sorts `paths` into a session (the first `.ron`) and articles (the rest but other `.ron`s).
    pub fn from_paths(paths: Vec<PathBuf>, target: Target) -> Job {
        let is_session = |p: &PathBuf| {
            p.extension()
                .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case("ron"))
        };
        let session = paths.iter().find(|p| is_session(p)).cloned();
        let articles = paths.into_iter().filter(|p| !is_session(p)).collect();
        Job {
            session,
            articles,
            pasted: None,
            target,
        }
    }

    /// Pasted text, to be analysed as one article.
    pub fn from_text(text: String, target: Target) -> Job {
        Job {
            session: None,
            articles: Vec::new(),
            pasted: Some(text),
            target,
        }
    }
}

/// What a job produced.
#[derive(Debug)]
pub struct Loaded {
    /// The job's target.
    pub target: Target,
    /// The session file and what loading it gave.
    pub session: Option<(PathBuf, Result<Session, SessionError>)>,
    /// The analysed articles, in the order given.
    pub analyses: Vec<Analysis>,
    /// Articles that could not be opened: "file: problem".
    pub failures: Vec<String>,
}

/// How a job ended.
#[derive(Debug)]
pub enum Outcome {
    /// It ran to the end.
    Finished(Box<Loaded>),
    /// The reviewer cancelled it; nothing is to change.
    Cancelled,
}

/// How far the running job is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    /// Files done.
    pub done: usize,
    /// Files in the job.
    pub total: usize,
    /// The file being worked on.
    pub current: String,
}

struct Running {
    cancel: Arc<AtomicBool>,
    progress: Arc<Mutex<Progress>>,
    receiver: Receiver<Outcome>,
}

/// The background worker.
pub struct Worker {
    /// The engine, loaded on the worker thread the first time it is needed (unless given).
    engine: Arc<OnceLock<Engine>>,
    running: Option<Running>,
}

impl Worker {
    /// A worker analysing with `engine`, or with the built-in engine loaded when first needed.
    pub fn new(engine: Option<Engine>) -> Worker {
        let cell = OnceLock::new();
        if let Some(engine) = engine {
            let _ = cell.set(engine);
        }
        Worker {
            engine: Arc::new(cell),
            running: None,
        }
    }

    /// True while a job runs.
    pub fn is_busy(&self) -> bool {
        self.running.is_some()
    }

    /// Starts a job; `false` when one is already running. `wake` is called after each step.
    pub fn start(&mut self, job: Job, wake: impl Fn() + Send + 'static) -> bool {
        if self.running.is_some() {
            return false;
        }
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(Mutex::new(Progress {
            done: 0,
            total: job.articles.len() + usize::from(job.session.is_some()),
            current: String::new(),
        }));
        let (sender, receiver) = channel();
        let engine = Arc::clone(&self.engine);
        let thread_cancel = Arc::clone(&cancel);
        let thread_progress = Arc::clone(&progress);
        let spawned = std::thread::Builder::new()
            .name("ascribe-worker".into())
            .spawn(move || {
                let outcome = run(&engine, job, &thread_cancel, &thread_progress, &wake);
                let _ = sender.send(outcome);
                wake();
            });
        if spawned.is_err() {
            return false;
        }
        self.running = Some(Running {
            cancel,
            progress,
            receiver,
        });
        true
    }

    /// Asks the running job to stop after the current file.
    pub fn cancel(&self) {
        if let Some(running) = &self.running {
            running.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// The running job's progress.
    pub fn progress(&self) -> Option<Progress> {
        let running = self.running.as_ref()?;
        Some(match running.progress.lock() {
            Ok(progress) => progress.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        })
    }

    /// The finished job's outcome, if it has finished (never blocks).
    pub fn poll(&mut self) -> Option<Outcome> {
        let running = self.running.as_ref()?;
        let outcome = match running.receiver.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Outcome::Finished(Box::new(Loaded {
                target: Target::AddToSession,
                session: None,
                analyses: Vec::new(),
                failures: vec!["the background worker stopped unexpectedly".to_string()],
            })),
        };
        self.running = None;
        Some(outcome)
    }

    /// Waits for the running job to finish and returns its outcome (for tests and benchmarks).
    pub fn wait(&mut self) -> Option<Outcome> {
        let running = self.running.take()?;
        Some(running.receiver.recv().unwrap_or(Outcome::Cancelled))
    }
}

fn run(
    engine: &OnceLock<Engine>,
    job: Job,
    cancel: &AtomicBool,
    progress: &Mutex<Progress>,
    wake: &dyn Fn(),
) -> Outcome {
    let step = |current: String, done: usize| {
        if let Ok(mut p) = progress.lock() {
            p.current = current;
            p.done = done;
        }
        wake();
    };
    let mut done = 0;
    let mut notes: Vec<String> = Vec::new();
    let session = job.session.map(|path| {
        step(path.display().to_string(), done);
        let loaded = catch_unwind(AssertUnwindSafe(|| {
            crate::session::load_for_use(&path).map(|report| {
                // Edited text re-analysed, decisions moved: tell the reviewer.
                notes.extend(
                    report
                        .warnings
                        .iter()
                        .map(|w| format!("{}: {w}", path.display())),
                );
                report.session
            })
        }))
        .unwrap_or_else(|_| {
            Err(SessionError {
                path: path.display().to_string(),
                line: None,
                problem: "the session reader crashed on this file".to_string(),
            })
        });
        done += 1;
        (path, loaded)
    });
    let mut analyses = Vec::new();
    let mut failures = notes;
    for path in job.articles {
        if cancel.load(Ordering::Relaxed) {
            return Outcome::Cancelled;
        }
        step(path.display().to_string(), done);
        let result = catch_unwind(AssertUnwindSafe(|| {
            let engine = engine.get_or_init(Engine::builtin);
            crate::ingest::analyze_file(engine, &path, None)
        }));
        match result {
            Ok(Ok(analysis)) => analyses.push(analysis),
            Ok(Err(error)) => failures.push(error.to_string()),
            Err(_) => failures.push(format!(
                "{}: the analysis crashed on this file",
                path.display()
            )),
        }
        done += 1;
    }
    if let Some(text) = job.pasted {
        step("pasted text".to_string(), done);
        match catch_unwind(AssertUnwindSafe(|| {
            analyse_pasted(engine.get_or_init(Engine::builtin), &text)
        })) {
            Ok(Ok(analysis)) => analyses.push(analysis),
            Ok(Err(problem)) => failures.push(format!("pasted text: {problem}")),
            Err(_) => failures.push("pasted text: the analysis crashed on it".to_string()),
        }
        done += 1;
    }
    if cancel.load(Ordering::Relaxed) {
        return Outcome::Cancelled;
    }
    step(String::new(), done);
    Outcome::Finished(Box::new(Loaded {
        target: job.target,
        session,
        analyses,
        failures,
    }))
}

/// Pasted text as an article: the same limits and checks as a file (size, blank, binary), its
/// first line as the title; it has no path until the session is saved.
fn analyse_pasted(engine: &Engine, text: &str) -> Result<Analysis, String> {
    if text.len() as u64 > crate::ingest::MAX_ARTICLE_BYTES {
        return Err(format!(
            "{} MB of text; the article limit is {} MB",
            text.len() / (1024 * 1024),
            crate::ingest::MAX_ARTICLE_BYTES / (1024 * 1024)
        ));
    }
    let ingested =
        crate::ingest::from_bytes(text.as_bytes(), "pasted.txt").map_err(|error| error.problem)?;
    let mut input = ingested.into_input(None);
    input.path = None;
    let mut analysis = engine.analyze(&input);
    if analysis.document.title.trim().is_empty() {
        analysis.document.title = "Pasted article".to_string();
    }
    Ok(analysis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_sessions_from_articles() {
        let job = Job::from_paths(
            vec!["a.txt".into(), "s.RON".into(), "b.html".into()],
            Target::NewSession,
        );
        assert_eq!(job.session, Some(PathBuf::from("s.RON")));
        assert_eq!(
            job.articles,
            vec![PathBuf::from("a.txt"), PathBuf::from("b.html")]
        );
    }

    #[test]
    fn missing_files_become_failures_not_panics() {
        let mut worker = Worker::new(None);
        let job = Job::from_paths(
            vec!["/nonexistent/x.txt".into(), "/nonexistent/s.ron".into()],
            Target::NewSession,
        );
        assert!(worker.start(job, || {}));
        let Some(Outcome::Finished(loaded)) = worker.wait() else {
            panic!("expected a result");
        };
        assert_eq!(loaded.failures.len(), 1);
        assert!(matches!(loaded.session, Some((_, Err(_)))));
    }
}
