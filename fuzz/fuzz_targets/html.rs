//! `ingest::from_bytes` on arbitrary bytes named `x.html`: charset sniffing, the HTML parser and
//! article extraction never panic, and whatever is accepted is non-blank text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(ingested) = ascribe::ingest::from_bytes(data, "x.html") {
        assert!(!ingested.text.trim().is_empty(), "accepted blank text");
        if let Some(title) = &ingested.title {
            // The title is the text's first paragraph.
            assert!(
                ingested.text.starts_with(title.as_str()),
                "title {title:?} is not the start of {:?}",
                ingested.text
            );
        }
    }
});
