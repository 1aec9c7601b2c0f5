//! CPU time per GUI frame in steady state (after the first layout), with the bundled sample and
//! with a synthetic ~1 MB article (the sample's paragraphs repeated). Thanks to viewport culling
//! and the paragraph cache, the long article should cost about as much per frame as the sample.
//!
//! Runs the real app in the egui_kittest harness (no GPU): `cargo bench --bench frame`.

#[cfg(feature = "gui")]
mod frame {
    use std::time::{Duration, Instant};

    use ascribe::analysis::{AnalysisInput, Engine};
    use ascribe::gui::{AscribeApp, sample_session};
    use ascribe::model::Session;
    use criterion::{Criterion, criterion_group};
    use egui_kittest::Harness;

    fn long_session(engine: &Engine) -> Session {
        let paragraph_block = ascribe::SAMPLE_ARTICLE.trim_end();
        let mut text = String::with_capacity(1_050_000);
        while text.len() < 1_000_000 {
            text.push_str(paragraph_block);
            text.push_str("\n\n");
        }
        let analysis = engine.analyze(&AnalysisInput {
            path: Some("long.txt".to_string()),
            language: ascribe::ingest::detect_language(&text),
            text,
            title: None,
        });
        let mut session = Session::named("long");
        session.add_document(analysis.document, &analysis.sources);
        session
    }

    fn harness(session: Session) -> Harness<'static, AscribeApp> {
        let mut harness = Harness::builder()
            .with_size([1400.0, 900.0])
            .with_accessibility_check(false)
            .build_eframe(move |_cc| AscribeApp::new_for_test(session));
        harness.run();
        // A few extra frames so every cache is warm.
        harness.run_steps(5);
        harness
    }

    /// Mean CPU time per steady-state frame over `frames` frames.
    fn per_frame(harness: &mut Harness<'static, AscribeApp>, frames: u32) -> Duration {
        let start = Instant::now();
        for _ in 0..frames {
            harness.step();
        }
        start.elapsed() / frames
    }

    fn frames(c: &mut Criterion) {
        let engine = Engine::builtin();
        let sample = sample_session(&engine);
        let long = long_session(&engine);
        let long_bytes = long.documents[0].text.len();
        let long_statements = long.documents[0].statements.len();

        let mut small = harness(sample);
        let mut big = harness(long);
        assert_eq!(
            big.state().paragraphs_laid_out_last_frame(),
            0,
            "steady state lays nothing out"
        );

        let mut group = c.benchmark_group("frame");
        group.sample_size(60);
        group.measurement_time(Duration::from_secs(6));
        group.bench_function("sample", |b| b.iter(|| small.step()));
        group.bench_function("long_1mb", |b| b.iter(|| big.step()));
        group.finish();

        let sample_time = per_frame(&mut small, 300);
        let long_time = per_frame(&mut big, 300);
        let ratio = long_time.as_secs_f64() / sample_time.as_secs_f64();
        println!(
            "\nsteady-state frame: sample {:.3} ms, {:.2} MB article ({} statements) {:.3} ms, ratio {:.2} (target ≤ 1.5)",
            sample_time.as_secs_f64() * 1e3,
            long_bytes as f64 / 1e6,
            long_statements,
            long_time.as_secs_f64() * 1e3,
            ratio
        );
    }

    criterion_group!(benches, frames);
}

#[cfg(feature = "gui")]
criterion::criterion_main!(frame::benches);

/// Without the GUI there is nothing to measure.
#[cfg(not(feature = "gui"))]
fn main() {}
