//! `ingest::from_bytes` on arbitrary bytes under text-ish names: never panics, and whatever it
//! accepts is non-blank text.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The first byte picks the name (and so the format rules): text, Markdown, no extension
/// (sniffed), an unknown extension (sniffed).
const NAMES: [&str; 4] = ["x.txt", "x.md", "x", "x.php"];

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.split_first() {
        Some((first, rest)) => (NAMES[usize::from(*first) % NAMES.len()], rest),
        None => ("x.txt", data),
    };
    if let Ok(ingested) = ascribe::ingest::from_bytes(bytes, name) {
        assert!(!ingested.text.trim().is_empty(), "accepted blank text");
        let _ = ingested.into_input(None);
    }
});
