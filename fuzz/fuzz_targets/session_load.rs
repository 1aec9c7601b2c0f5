//! `session::from_ron` on arbitrary UTF-8: never panics; a session it accepts goes through the
//! same steps as `ascribe export` (checks, re-anchoring, every report format) without panicking,
//! and saving it is stable (writing, reading back and writing again gives the same text).
#![no_main]

use ascribe::report::{ReportFormat, render};
use ascribe::session;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(report) = session::from_ron_with_report(text, "fuzz.ron") else {
        return;
    };
    let loaded = report.session;
    for format in ReportFormat::ALL {
        let _ = render(&loaded, format);
    }
    let saved = session::to_ron(&loaded);
    let again = session::from_ron(&saved, "saved.ron")
        .unwrap_or_else(|e| panic!("a saved session does not load: {e}\n{saved}"));
    assert_eq!(session::to_ron(&again), saved, "saving is not stable");
});
