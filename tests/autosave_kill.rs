//! Work is never lost: the real app runs as a child process under a virtual X display, a person's
//! edit is made with the keyboard, the process is killed with SIGKILL two seconds later, and the
//! edit is in the recovery file that the next start offers back (the offer itself is covered by
//! `tests/gui.rs`).
//!
//! Needs `Xvfb`, `xdotool` and Mesa (`.ci/run` installs them and sets `ASCRIBE_REQUIRE_DISPLAY=1`,
//! so there the test cannot skip); elsewhere it skips with a note when they are missing.

#![cfg(all(unix, feature = "gui"))]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Kills the child when dropped (also when an assertion fails).
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool runs");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn start_app(display: &str, home: &Path, article: &Path) -> Killed {
    Killed(
        Command::new(env!("CARGO_BIN_EXE_ascribe"))
            .arg(article)
            .env("DISPLAY", display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("ASCRIBE_RECOVERY_DIR", home.join("recovery"))
            .env("ASCRIBE_FILE_DIALOG", "builtin")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the app starts"),
    )
}

/// The app's window, once it is mapped (within 60 s).
fn window_of(display: &str, app: &Killed) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let found = xdotool(
            display,
            &["search", "--onlyvisible", "--pid", &app.0.id().to_string()],
        );
        if let Some(window) = found.lines().last().filter(|w| !w.is_empty()) {
            return window.to_string();
        }
        assert!(Instant::now() < deadline, "the app's window never appeared");
        std::thread::sleep(Duration::from_millis(300));
    }
}

#[test]
fn an_edit_survives_sigkill_two_seconds_later() {
    let required = std::env::var("ASCRIBE_REQUIRE_DISPLAY").is_ok_and(|v| v == "1");
    if !(have("Xvfb") && have("xdotool")) {
        assert!(
            !required,
            "Xvfb and xdotool are required (ASCRIBE_REQUIRE_DISPLAY=1)"
        );
        eprintln!("skipped: Xvfb or xdotool is not installed");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let article = home.path().join("article.txt");
    std::fs::write(&article, include_str!("../assets/samples/seed_pl.txt")).unwrap();
    let display = format!(":{}", 300 + std::process::id() % 600);
    let _xvfb = Killed(
        Command::new("Xvfb")
            .args([&display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts"),
    );
    std::thread::sleep(Duration::from_secs(1));

    let mut app = start_app(&display, home.path(), &article);
    let window = window_of(&display, &app);
    // The article is analysed in the background; give it a moment, then review like a person:
    // focus the window, next statement (J), confirm it (Enter).
    std::thread::sleep(Duration::from_secs(3));
    xdotool(&display, &["windowfocus", "--sync", &window]);
    for key in ["j", "Return"] {
        xdotool(&display, &["key", "--clearmodifiers", key]);
        std::thread::sleep(Duration::from_millis(300));
    }
    std::thread::sleep(Duration::from_secs(2));
    app.0.kill().expect("SIGKILL");
    let _ = app.0.wait();

    let recovery =
        ascribe::session::read_recovery_at(&home.path().join("recovery").join("recovery.ron"))
            .expect("the recovery file holds the work of the killed app");
    assert_eq!(recovery.documents.len(), 1);
    assert_eq!(
        recovery.decisions.len(),
        1,
        "the confirmed statement is in it"
    );

    // The next start finds it and leaves it in place until the reviewer decides.
    let again = start_app(&display, home.path(), &article);
    window_of(&display, &again);
    std::thread::sleep(Duration::from_secs(1));
    drop(again);
    assert!(home.path().join("recovery").join("recovery.ron").is_file());
}
