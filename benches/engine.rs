//! Throughput of `Engine::analyze`, in words per second, single-threaded.
//!
//! Workloads:
//! * `dev_texts`: every text under `../shared/eval/dev/texts` (read at bench time, through
//!   `ingest::read_file`, each analysed in its detected language), when that folder exists;
//! * `sample_1mb`: the bundled sample article repeated to about 1 MB, one document.
//!
//! `cargo bench --bench engine` prints plain words/s figures first, then runs criterion
//! (throughput in elements = words). `ASCRIBE_DEV_TEXTS=DIR` points at another folder of texts.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use ascribe::analysis::{AnalysisInput, Engine};
use ascribe::model::Language;
use criterion::{Criterion, Throughput};

/// One benchmark: the documents analysed per iteration and their word count.
struct Workload {
    name: &'static str,
    inputs: Vec<AnalysisInput>,
    words: u64,
    bytes: u64,
}

fn words(text: &str) -> u64 {
    text.split_whitespace().count() as u64
}

fn workload(name: &'static str, inputs: Vec<AnalysisInput>) -> Workload {
    Workload {
        name,
        words: inputs.iter().map(|i| words(&i.text)).sum(),
        bytes: inputs.iter().map(|i| i.text.len() as u64).sum(),
        inputs,
    }
}

fn dev_texts() -> Option<Workload> {
    let dir = std::env::var_os("ASCRIBE_DEV_TEXTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev/texts")
        });
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| ascribe::ingest::is_article_path(path))
        .collect();
    paths.sort();
    let inputs: Vec<AnalysisInput> = paths
        .iter()
        .filter_map(|path| match ascribe::ingest::read_file(path) {
            Ok(ingested) => Some(ingested.into_input(None)),
            Err(error) => {
                eprintln!("engine bench: skipping {error}");
                None
            }
        })
        .collect();
    if inputs.is_empty() {
        eprintln!("engine bench: no texts in {}", dir.display());
        return None;
    }
    Some(workload("dev_texts", inputs))
}

fn sample_1mb() -> Workload {
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(ascribe::SAMPLE_ARTICLE.trim_end());
        text.push_str("\n\n");
    }
    workload(
        "sample_1mb",
        vec![AnalysisInput {
            path: Some("sample_1mb.txt".to_string()),
            text,
            title: None,
            language: Language::Pl,
        }],
    )
}

fn run(engine: &Engine, workload: &Workload) {
    for input in &workload.inputs {
        black_box(engine.analyze(black_box(input)));
    }
}

/// Plain figures: repeats the workload for at least two seconds.
fn plain_figures(engine: &Engine, workload: &Workload) {
    run(engine, workload); // warm up
    let started = Instant::now();
    let mut rounds = 0u64;
    while rounds < 3 || started.elapsed() < Duration::from_secs(2) {
        run(engine, workload);
        rounds += 1;
    }
    let seconds = started.elapsed().as_secs_f64();
    let words = (workload.words * rounds) as f64;
    let bytes = (workload.bytes * rounds) as f64;
    println!(
        "engine {:<11} {:>3} document(s), {:>7} words, {:>8} bytes: {:>10.0} words/s, {:>6.2} MB/s \
         ({rounds} rounds in {seconds:.2} s)",
        workload.name,
        workload.inputs.len(),
        workload.words,
        workload.bytes,
        words / seconds,
        bytes / seconds / 1e6,
    );
}

fn main() {
    let engine = Engine::builtin();
    let workloads: Vec<Workload> = dev_texts().into_iter().chain([sample_1mb()]).collect();

    // `cargo bench` passes `--bench`; `cargo test --benches` does not (criterion then runs each
    // benchmark once as a test), so the plain timing is skipped there.
    if std::env::args().any(|arg| arg == "--bench") {
        for workload in &workloads {
            plain_figures(&engine, workload);
        }
    }

    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let mut group = criterion.benchmark_group("engine");
    group.sample_size(10);
    for workload in &workloads {
        group.throughput(Throughput::Elements(workload.words));
        group.bench_function(workload.name, |b| b.iter(|| run(&engine, workload)));
    }
    group.finish();
    criterion.final_summary();
}
