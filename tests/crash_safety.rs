//! Crash safety of sessions on disk.
//!
//! * `save_survives_sigkill`: a child process (this test binary, re-executed to run the ignored
//!   test `child_writer_loop`) saves two large sessions in turn, forever; it is killed with SIGKILL
//!   at random moments, and after every kill the session file must load as exactly one of the two.
//! * `recovery_round_trip`: autosave recovery files under `ASCRIBE_RECOVERY_DIR`, in a child
//!   process so that the environment of this (multi-threaded) test process is never modified.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use ascribe::model::{
    Attribution, Document, Language, Session, SourceKind, Span, Statement, Verdict, content_hash,
};
use ascribe::session;

/// Tells the child `child_writer_loop` which file to save to.
const TARGET_ENV: &str = "ASCRIBE_CRASH_TEST_TARGET";
/// Tells the child `child_writer_loop` which session to save first (0 or 1).
const START_ENV: &str = "ASCRIBE_CRASH_TEST_START";
/// Tells the child `child_recovery_round_trip` to run (it sets `ASCRIBE_RECOVERY_DIR` itself
/// through the parent).
const RECOVERY_CHILD_ENV: &str = "ASCRIBE_CRASH_TEST_RECOVERY_CHILD";
/// The line the writer prints once the target exists and it starts looping.
const READY: &str = "ASCRIBE-CHILD-READY";
/// The line the writer prints after each completed save.
const SAVED: &str = "ASCRIBE-CHILD-SAVED";
/// How many times the writer is killed.
const TRIALS: usize = 100;

/// A minimal linear congruential generator (Knuth's MMIX constants): enough to vary sleeps.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A session of about `target_bytes` of article text, different for each `variant`: paragraphs
/// of Polish text with one statement each, a few sources and a reviewer decision.
fn big_session(variant: u8, target_bytes: usize) -> Session {
    let para = match variant {
        0 => {
            "NATO potwierdziło, że Korea Północna wysłała żołnierzy do Rosji – powiedziała \
             rzeczniczka. Według analityczki Oleny Guseinowej „to poważna eskalacja”."
        }
        _ => {
            "Główny Urząd Statystyczny podał, że inflacja wyniosła 4,3 proc. Zażółć gęślą jaźń, \
             dodał ekonomista z Łodzi, cytowany przez \"Rzeczpospolitą\"."
        }
    };
    let mut text = String::with_capacity(target_bytes + 1024);
    let mut paragraphs = Vec::new();
    let mut n = 0usize;
    while text.len() < target_bytes {
        let start = text.len();
        text.push_str(&format!("{n}."));
        // Long paragraphs (~8 KB): few statements, so a save is mostly writing the text.
        while text.len() - start < 8 * 1024 {
            text.push(' ');
            text.push_str(para);
        }
        paragraphs.push(Span::new(start, text.len()));
        text.push_str("\n\n");
        n += 1;
    }
    let mut session = Session::named(&format!("crash test {variant}"));
    let nato = session
        .sources
        .add("NATO", SourceKind::Organization, vec![]);
    let analyst = session.sources.add(
        "Olena Guseinowa",
        SourceKind::Person,
        vec!["Guseinowej".to_string()],
    );
    let statements = paragraphs
        .iter()
        .enumerate()
        .map(|(i, &span)| Statement {
            id: i,
            paragraph: i,
            span,
            attribution: Attribution {
                source: Some(if i % 2 == 0 { &nato } else { &analyst }.clone()),
                mention: Some(Span::new(span.start, span.start + 1)),
                cue: None,
                via: if i % 3 == 0 {
                    vec![nato.clone()]
                } else {
                    vec![]
                },
                confidence: 0.25 + (i % 4) as f32 / 8.0,
                rule: "verb-that".to_string(),
            },
        })
        .collect();
    session.documents.push(Document {
        path: Some(format!("/articles/crash-{variant}.txt")),
        title: format!("Crash test {variant}"),
        language: Language::Pl,
        text_hash: content_hash(&text),
        text,
        paragraphs,
        statements,
    });
    session.decide(0, 1, Verdict::Confirmed);
    session.decide(
        0,
        2,
        Verdict::Assigned {
            source: None,
            via: vec![],
        },
    );
    session
}

/// The two sessions the writer alternates between (~2 MB of text and ~1.5 MB, so a torn file
/// could not pass for either).
fn sessions() -> [Session; 2] {
    [
        big_session(0, 2 * 1024 * 1024),
        big_session(1, 3 * 512 * 1024),
    ]
}

/// Re-executes this test binary running one (ignored) test.
fn child_command(test: &str) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("the test binary's path"));
    command.args([
        "--ignored",
        "--exact",
        test,
        "--nocapture",
        "--test-threads=1",
    ]);
    command
}

/// Kills the child (SIGKILL on Unix) and reaps it.
fn kill(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
#[ignore = "run by save_survives_sigkill in a child process"]
fn child_writer_loop() {
    let Some(target) = std::env::var_os(TARGET_ENV) else {
        eprintln!("{TARGET_ENV} is not set; nothing to do");
        return;
    };
    let target = PathBuf::from(target);
    let sessions = sessions();
    // Start with the session the file does not hold, so the very first save changes it.
    let first: usize = std::env::var(START_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    println!("\n{READY}");
    for n in first.. {
        session::save(&target, &sessions[n % 2]).expect("save");
        println!("{SAVED}");
    }
}

#[test]
fn save_survives_sigkill() {
    let sessions = sessions();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("session.ron");
    session::save(&target, &sessions[0]).unwrap();
    assert_eq!(session::load(&target).unwrap(), sessions[0]);

    let mut rng = Lcg(0x5eed_a5c1_b0e5_2024);
    let mut seen = [0usize; 2];
    let mut interrupted_writes = 0usize;
    let mut last_seen_temps = 0usize;
    let mut current = 0usize;
    for trial in 0..TRIALS {
        let mut child = child_command("child_writer_loop")
            .env(TARGET_ENV, &target)
            .env(START_ENV, (1 - current).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("re-execute the test binary");

        // Read the writer's progress on a thread.
        let stdout = child.stdout.take().unwrap();
        let (progress_tx, progress_rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if line.contains(READY) || line.contains(SAVED) {
                    let _ = progress_tx.send(line.contains(SAVED));
                }
            }
        });
        // Wait (bounded) until it is about to save; on every fourth trial, until it has saved
        // once (so the file changes on those trials however slow saving is here).
        let wait_for_a_save = trial % 4 == 3;
        loop {
            match progress_rx.recv_timeout(Duration::from_secs(60)) {
                Ok(saved) if saved || !wait_for_a_save => break,
                Ok(_) => {}
                Err(_) => {
                    kill(&mut child);
                    panic!("trial {trial}: the writer did not start or save");
                }
            }
        }
        // A save takes some tens of milliseconds (debug build): kills land before, during and
        // after a save.
        let sleep_ms = rng.below(31);
        std::thread::sleep(Duration::from_millis(sleep_ms));
        if let Ok(Some(status)) = child.try_wait() {
            panic!("trial {trial}: the writer stopped by itself ({status})");
        }
        kill(&mut child);
        reader.join().unwrap();

        let loaded = session::load(&target).unwrap_or_else(|error| {
            panic!("trial {trial} (killed after {sleep_ms} ms): the file does not load: {error}")
        });
        match sessions.iter().position(|s| *s == loaded) {
            Some(which) => {
                seen[which] += 1;
                current = which;
            }
            None => panic!(
                "trial {trial} (killed after {sleep_ms} ms): the file loads as neither session"
            ),
        }
        // A temporary file left behind means the kill interrupted a write.
        let temps = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        if temps > last_seen_temps {
            interrupted_writes += 1;
        }
        last_seen_temps = temps;
    }
    println!(
        "{TRIALS} kills: the file held session A {} times and session B {} times; \
         {interrupted_writes} kills interrupted a write (left a temporary file)",
        seen[0], seen[1]
    );
    assert!(
        seen[0] > 0 && seen[1] > 0,
        "the kills never left one of the sessions ({seen:?}): the test does not exercise saving"
    );
    // Only the target and temporary files of killed writers are in the folder.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name == "session.ron" || (name.starts_with(".session.ron.") && name.ends_with(".tmp")),
            "unexpected file {name}"
        );
    }
}

/// The recovery API, run in a child process whose `ASCRIBE_RECOVERY_DIR` the parent set.
#[test]
#[ignore = "run by recovery_round_trip in a child process"]
fn child_recovery_round_trip() {
    if std::env::var_os(RECOVERY_CHILD_ENV).is_none() {
        eprintln!("{RECOVERY_CHILD_ENV} is not set; nothing to do");
        return;
    }
    let dir = PathBuf::from(std::env::var_os(session::autosave::RECOVERY_DIR_ENV).unwrap());
    assert!(!dir.exists(), "the recovery folder is created on demand");
    assert_eq!(session::recovery_dir(), dir);
    assert_eq!(session::read_recovery(), None);
    session::clear_recovery().expect("clearing nothing is fine");

    let small = big_session(0, 4 * 1024);
    let other = big_session(1, 8 * 1024);
    let written = session::write_recovery(&small).unwrap();
    assert_eq!(written, session::recovery_path(None));
    assert!(written.starts_with(&dir), "{}", written.display());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "the recovery folder is private");
    }
    assert_eq!(session::read_recovery(), Some(small.clone()));
    // Overwriting replaces it.
    session::write_recovery(&other).unwrap();
    assert_eq!(session::read_recovery(), Some(other.clone()));

    // Per-session recovery files are distinct from the unsaved one and from each other.
    let saved_a = Path::new("/articles/a.ron");
    let saved_b = Path::new("/elsewhere/a.ron");
    let at_a = session::recovery_path(Some(saved_a));
    let at_b = session::recovery_path(Some(saved_b));
    assert_ne!(at_a, at_b);
    assert_ne!(at_a, written);
    assert!(at_a.starts_with(&dir) && at_b.starts_with(&dir));
    assert_eq!(at_a, session::recovery_path(Some(saved_a)), "stable");
    session::write_recovery_at(&at_a, &small).unwrap();
    assert_eq!(session::read_recovery_at(&at_a), Some(small.clone()));
    assert_eq!(session::read_recovery_at(&at_b), None);
    assert_eq!(session::read_recovery(), Some(other.clone()));

    // A damaged recovery file reads as none rather than as an error.
    std::fs::write(
        &at_b,
        "(format: \"ascribe-session\", version: 2, documents: [",
    )
    .unwrap();
    assert_eq!(session::read_recovery_at(&at_b), None);

    session::clear_recovery().unwrap();
    assert_eq!(session::read_recovery(), None);
    assert!(!written.exists());
    session::clear_recovery().expect("clearing twice is fine");
    session::clear_recovery_at(&at_a).unwrap();
    session::clear_recovery_at(&at_b).unwrap();
    assert_eq!(session::read_recovery_at(&at_a), None);
    // No temporary files were left behind.
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    println!("recovery round trip ok");
}

#[test]
fn recovery_round_trip() {
    let base = tempfile::tempdir().unwrap();
    let dir = base.path().join("nested").join("recovery");
    let output = child_command("child_recovery_round_trip")
        .env(RECOVERY_CHILD_ENV, "1")
        .env(session::autosave::RECOVERY_DIR_ENV, &dir)
        .output()
        .expect("re-execute the test binary");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the child failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    assert!(
        stdout.contains("recovery round trip ok"),
        "the child did not run the test:\n{stdout}\n{stderr}"
    );
}
