//! Scale: the release CLI on a synthetic corpus of 100 MB or more.
//!
//! Generates thousands of articles (Polish and English, plain text, Markdown and HTML, in
//! sub-folders) from sample paragraphs — shuffled, with varied numbers and names — into a
//! temporary folder, runs `ascribe analyze DIR --format jsonl` on it (output piped back here,
//! counted and discarded), and prints wall time, MB/s, words/s and peak memory (from
//! `/usr/bin/time -v` when present, else by polling `/proc/<pid>/status`).
//!
//! ```text
//! cargo bench --bench scale                      # 100 MB
//! ASCRIBE_SCALE_MB=500 cargo bench --bench scale
//! ASCRIBE_BIN=/path/to/ascribe cargo bench --bench scale
//! ```
//!
//! The binary is `$ASCRIBE_BIN`, else the one cargo built alongside this benchmark (the release
//! binary under `cargo bench`), else `$CARGO_TARGET_DIR/release/ascribe` or `target/release/ascribe`.
//! Under `cargo test --benches` (no `--bench` argument) the corpus is only 2 MB: a smoke test.
//!
//! The output goes through a pipe rather than `-o /dev/null`: `-o` writes atomically (a temporary
//! file renamed over the target), which would replace a device node such as `/dev/null` with a
//! regular file when run with the rights to do so.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Knuth's MMIX LCG; deterministic corpus without a `rand` dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Polish paragraphs written for this benchmark (the bundled sample's paragraphs are added).
const POLISH: &[&str] = &[
    "Minister finansów zapowiedział w poniedziałek, że deficyt budżetowy w przyszłym roku wyniesie \
     5,1 proc. PKB. – Nie planujemy podwyżek podatków – powiedział dziennikarzom. Według ekonomistów \
     banku PKO BP takie założenie jest jednak zbyt optymistyczne.",
    "„Sytuacja na granicy jest stabilna, ale wymaga stałej uwagi” – przekazała rzeczniczka Straży \
     Granicznej Anna Michalska. Jak dodała, w ciągu ostatniej doby odnotowano 112 prób nielegalnego \
     przekroczenia granicy.",
    "Główny Urząd Statystyczny podał, że inflacja w październiku wyniosła 4,3 proc. rok do roku. \
     Zdaniem analityków Pekao to wynik zgodny z oczekiwaniami rynku. Rada Polityki Pieniężnej zbierze \
     się w przyszłym tygodniu.",
    "Źródła zbliżone do rządu twierdzą, że projekt ustawy trafi do Sejmu jeszcze w tym miesiącu. \
     Opozycja zapowiada, że będzie głosować przeciw. Prof. Jan Kowalski z Uniwersytetu Warszawskiego \
     ocenił, że zmiany są „spóźnione o co najmniej dekadę”.",
    "Mieszkańcy Nowego Sącza od rana usuwają skutki powodzi. – Woda przyszła w nocy, nie zdążyliśmy \
     niczego wynieść – mówi sołtys jednej z wsi. Wojewoda poinformował, że poszkodowani otrzymają \
     zasiłki w wysokości do 8 tys. zł.",
];

/// English paragraphs written for this benchmark.
const ENGLISH: &[&str] = &[
    "NATO said on Monday that several thousand North Korean soldiers had arrived in Russia, \
     according to officials who declined to be named. \"This is a serious escalation,\" a senior \
     diplomat told Reuters.",
    "The finance minister said the budget deficit would narrow to 3.2 percent next year. Economists \
     at Goldman Sachs were less optimistic, warning that growth could slow to 1.1 percent.",
    "\"We lost everything in one night,\" said Maria Lopez, a resident of the flooded valley. Local \
     authorities said 240 homes had been damaged and that emergency payments would begin on Friday.",
    "According to a report published by the World Health Organization, cases rose by 12 percent in \
     the last quarter. The agency urged governments to expand testing. Critics said the figures \
     were incomplete.",
    "The company announced that it would cut 1,500 jobs, The New York Times reported, citing people \
     familiar with the matter. A spokeswoman declined to comment. Shares fell 4 percent in early \
     trading.",
    "Police said a 34-year-old man had been arrested in connection with the attack. Witnesses told \
     the BBC they heard several shots. The investigation is continuing, officials said.",
];

const MEDIA: &[&str] = &[
    "The New York Times",
    "Reuters",
    "The Guardian",
    "Associated Press",
    "Bloomberg",
];

/// Replaces each run of digits with random digits of the same length.
fn vary_numbers(text: &str, rng: &mut Lcg) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from(b'0' + rng.below(10) as u8)
            } else {
                c
            }
        })
        .collect()
}

struct Corpus {
    files: usize,
    bytes: u64,
    words: u64,
    polish: usize,
    html: usize,
    markdown: usize,
}

/// Writes articles into `dir` until they total `target_bytes`.
fn generate(dir: &Path, target_bytes: u64) -> Corpus {
    let mut polish: Vec<String> = POLISH.iter().map(|p| p.to_string()).collect();
    polish.extend(
        ascribe::SAMPLE_ARTICLE
            .split("\n\n")
            .map(str::trim)
            .filter(|p| p.len() > 80)
            .map(str::to_string),
    );
    let english: Vec<String> = ENGLISH.iter().map(|p| p.to_string()).collect();
    let mut rng = Lcg(0xa5c1_be00_5ca1_e000);
    let mut corpus = Corpus {
        files: 0,
        bytes: 0,
        words: 0,
        polish: 0,
        html: 0,
        markdown: 0,
    };
    let mut folder = PathBuf::new();
    while corpus.bytes < target_bytes {
        if corpus.files.is_multiple_of(100) {
            folder = dir.join(format!("batch_{:04}", corpus.files / 100));
            std::fs::create_dir_all(&folder).unwrap();
        }
        let is_polish = rng.below(2) == 0;
        let pool = if is_polish { &polish } else { &english };
        let title = if is_polish {
            format!(
                "Artykuł nr {}: {}",
                corpus.files,
                rng.pick(&["kraj", "świat", "gospodarka"])
            )
        } else {
            format!(
                "Article {}: {}",
                corpus.files,
                rng.pick(&["world", "business", "science"])
            )
        };
        let count = 6 + rng.below(11);
        let media = rng.pick(MEDIA);
        let paragraphs: Vec<String> = (0..count)
            .map(|_| {
                let p = &pool[rng.below(pool.len())];
                vary_numbers(p, &mut rng).replace("The New York Times", media)
            })
            .collect();
        let kind = rng.below(10);
        let (extension, content) = match kind {
            0 => {
                corpus.html += 1;
                let mut html = format!(
                    "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}\
                     </title></head>\n<body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\n",
                    if is_polish { "pl" } else { "en" }
                );
                for p in &paragraphs {
                    let _ = writeln!(
                        html,
                        "<p>{}</p>",
                        p.replace('&', "&amp;").replace('<', "&lt;")
                    );
                }
                html.push_str("</article><footer>© 2025</footer></body></html>\n");
                ("html", html)
            }
            1 => {
                corpus.markdown += 1;
                ("md", format!("# {title}\n\n{}\n", paragraphs.join("\n\n")))
            }
            _ => ("txt", format!("{title}\n\n{}\n", paragraphs.join("\n\n"))),
        };
        corpus.words += (title.split_whitespace().count()
            + paragraphs
                .iter()
                .map(|p| p.split_whitespace().count())
                .sum::<usize>()) as u64;
        let path = folder.join(format!("article_{:06}.{extension}", corpus.files));
        std::fs::write(&path, &content).unwrap();
        corpus.bytes += content.len() as u64;
        corpus.files += 1;
        corpus.polish += usize::from(is_polish);
    }
    corpus
}

/// The CLI binary to measure.
fn binary() -> PathBuf {
    if let Some(bin) = std::env::var_os("ASCRIBE_BIN") {
        return PathBuf::from(bin);
    }
    let built = PathBuf::from(env!("CARGO_BIN_EXE_ascribe"));
    if built.is_file() {
        return built;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("release").join("ascribe")
}

struct Run {
    status: ExitStatus,
    wall: Duration,
    peak_rss_kb: Option<u64>,
    user_s: Option<f64>,
    system_s: Option<f64>,
    out_bytes: u64,
    out_lines: u64,
    stderr: String,
}

/// The value after `label` on a line of `/usr/bin/time -v` output.
fn time_field(report: &str, label: &str) -> Option<String> {
    report
        .lines()
        .find_map(|line| line.trim().strip_prefix(label))
        .map(|rest| rest.trim_start_matches(':').trim().to_string())
}

/// Peak resident memory of a live process so far (Linux), in kB.
fn vm_hwm_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn measure(bin: &Path, corpus_dir: &Path) -> Run {
    let gnu_time = Path::new("/usr/bin/time");
    let use_time = gnu_time.is_file();
    let mut command = if use_time {
        let mut c = Command::new(gnu_time);
        c.arg("-v").arg(bin);
        c
    } else {
        Command::new(bin)
    };
    command
        .arg("analyze")
        .arg(corpus_dir)
        .args(["--format", "jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = command.spawn().expect("start the ascribe binary");
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let counter = std::thread::spawn(move || {
        let mut buffer = vec![0u8; 1 << 16];
        let (mut bytes, mut lines) = (0u64, 0u64);
        loop {
            match stdout.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    bytes += n as u64;
                    lines += buffer[..n].iter().filter(|&&b| b == b'\n').count() as u64;
                }
            }
        }
        (bytes, lines)
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut polled_peak = None;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if !use_time && let Some(kb) = vm_hwm_kb(child.id()) {
            polled_peak = Some(polled_peak.unwrap_or(0).max(kb));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let wall = started.elapsed();
    let (out_bytes, out_lines) = counter.join().unwrap();
    let stderr = errors.join().unwrap();
    let parse = |label: &str| time_field(&stderr, label);
    Run {
        status,
        wall,
        peak_rss_kb: if use_time {
            parse("Maximum resident set size (kbytes)").and_then(|v| v.parse().ok())
        } else {
            polled_peak
        },
        user_s: parse("User time (seconds)").and_then(|v| v.parse().ok()),
        system_s: parse("System time (seconds)").and_then(|v| v.parse().ok()),
        out_bytes,
        out_lines,
        stderr,
    }
}

fn main() {
    let bench_mode = std::env::args().any(|arg| arg == "--bench");
    let megabytes: u64 = std::env::var("ASCRIBE_SCALE_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if bench_mode { 100 } else { 2 });
    let bin = binary();
    assert!(
        bin.is_file(),
        "no ascribe binary at {} (build it with `cargo build --release`, or set ASCRIBE_BIN)",
        bin.display()
    );

    let dir = tempfile::Builder::new()
        .prefix("ascribe-scale-")
        .tempdir()
        .unwrap();
    let started = Instant::now();
    let corpus = generate(dir.path(), megabytes * 1_000_000);
    let mb = corpus.bytes as f64 / 1e6;
    println!(
        "scale: corpus {mb:.1} MB, {} files ({} Polish, {} English; {} HTML, {} Markdown), {} words, \
         generated in {:.1} s in {}",
        corpus.files,
        corpus.polish,
        corpus.files - corpus.polish,
        corpus.html,
        corpus.markdown,
        corpus.words,
        started.elapsed().as_secs_f64(),
        dir.path().display()
    );
    println!(
        "scale: running {} analyze DIR --format jsonl ({} CPU(s) available)",
        bin.display(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    let run = measure(&bin, dir.path());
    let seconds = run.wall.as_secs_f64();
    let problems: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("ascribe:"))
        .collect();
    println!(
        "scale: wall {seconds:.2} s, {:.2} MB/s, {:.0} words/s, {:.0} files/s",
        mb / seconds,
        corpus.words as f64 / seconds,
        corpus.files as f64 / seconds
    );
    match run.peak_rss_kb {
        Some(kb) => println!("scale: peak RSS {:.1} MB", kb as f64 / 1024.0),
        None => println!("scale: peak RSS unknown (no /usr/bin/time, no /proc)"),
    }
    if let (Some(user), Some(system)) = (run.user_s, run.system_s) {
        println!(
            "scale: CPU {user:.2} s user + {system:.2} s system ({:.0}% of one core)",
            (user + system) / seconds * 100.0
        );
    }
    println!(
        "scale: output {:.1} MB of JSON lines, {} lines for {} files; {}",
        run.out_bytes as f64 / 1e6,
        run.out_lines,
        corpus.files,
        run.status
    );
    for line in problems.iter().take(10) {
        println!("scale: stderr: {line}");
    }
    assert!(run.status.success(), "ascribe failed:\n{}", run.stderr);
    assert_eq!(
        run.out_lines, corpus.files as u64,
        "one JSON line per article expected"
    );
}
