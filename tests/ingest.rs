//! The ingest API: files and bytes → text, title, language; refusals with clear messages.

use std::fs::File;
use std::path::{Path, PathBuf};

use ascribe::analysis::Engine;
use ascribe::ingest::{
    self, IngestError, Ingested, InputFormat, MAX_ARTICLE_BYTES, analyze_file, from_bytes,
    read_file,
};
use ascribe::model::Language;
use encoding_rs::{Encoding, ISO_8859_2, WINDOWS_1250, WINDOWS_1252};
use proptest::prelude::*;

const POLISH: &str = "NATO potwierdziło, że Korea Północna wysłała swoich żołnierzy do Rosji. \
Według analityczki Oleny Guseinowej Putin chce pokazać, że ma sojusznika.\n\nŹródło zbliżone do \
rządu oceniło, że to poważna eskalacja. Zażółć gęślą jaźń, powiedział Ślązak z Łodzi.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn ok(bytes: &[u8], name: &str) -> Ingested {
    from_bytes(bytes, name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn refused(bytes: &[u8], name: &str) -> IngestError {
    match from_bytes(bytes, name) {
        Ok(ingested) => panic!("{name} was accepted as {:?}", ingested.text),
        Err(error) => error,
    }
}

#[test]
fn utf8_with_and_without_bom() {
    let plain = ok(POLISH.as_bytes(), "a.txt");
    assert_eq!(plain.text, POLISH);
    assert_eq!(plain.encoding, "UTF-8");
    assert_eq!(plain.path.as_deref(), Some("a.txt"));
    assert_eq!(plain.language, Language::Pl);
    assert_eq!(plain.format, InputFormat::Text);
    assert!(plain.warnings.is_empty());
    let bom = [b"\xef\xbb\xbf".as_slice(), POLISH.as_bytes()].concat();
    assert_eq!(ok(&bom, "a.txt").text, POLISH);
}

#[test]
fn legacy_encodings() {
    for encoding in [WINDOWS_1250, ISO_8859_2] {
        let ingested = ok(&encode(POLISH, encoding), "legacy.txt");
        assert_eq!(ingested.text, POLISH, "{}", encoding.name());
        assert_eq!(ingested.encoding, encoding.name());
        assert!(ingested.text.contains("żołnierzy") && ingested.text.contains("Guseinowej"));
    }
    let english = "“Quoted,” she said — the café’s naïve owner paid 5 €.";
    let ingested = ok(&encode(english, WINDOWS_1252), "en.txt");
    assert_eq!(ingested.text, english);
    assert_eq!(ingested.encoding, "windows-1252");
    assert_eq!(ingested.language, Language::En);
}

#[test]
fn utf16_all_variants() {
    let units: Vec<u16> = POLISH.encode_utf16().collect();
    let le: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = units.iter().flat_map(|u| u.to_be_bytes()).collect();
    let cases = [
        ([b"\xff\xfe".as_slice(), &le].concat(), "UTF-16LE"),
        ([b"\xfe\xff".as_slice(), &be].concat(), "UTF-16BE"),
        (le.clone(), "UTF-16LE"),
        (be.clone(), "UTF-16BE"),
    ];
    for (bytes, encoding) in cases {
        let ingested = ok(&bytes, "u16.txt");
        assert_eq!(ingested.text, POLISH);
        assert_eq!(ingested.encoding, encoding);
    }
}

#[test]
fn line_endings_are_kept_byte_for_byte() {
    let text =
        "Pierwsza linia.\r\nDruga linia.\nTrzecia.\rCzwarta.\r\n\r\nNowy akapit.\n\n\rKoniec";
    let ingested = ok(text.as_bytes(), "mixed.txt");
    assert_eq!(ingested.text.as_bytes(), text.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "mixed.md", text.as_bytes());
    assert_eq!(read_file(&path).unwrap().text.as_bytes(), text.as_bytes());
}

#[test]
fn text_is_not_normalised() {
    // Quotes, dashes, tabs, trailing spaces, no-break spaces and leading blank lines stay.
    let text = "\n\n  „Cytat” — powiedział\u{a0}ktoś.\t \n\"Straight\" 'quotes' … ";
    assert_eq!(ok(text.as_bytes(), "q.txt").text, text);
}

#[test]
fn five_megabyte_single_line_paragraph() {
    let sentence = "Rzecznik rządu powiedział, że decyzja zapadnie wkrótce. ";
    let text = sentence.repeat(5 * 1024 * 1024 / sentence.len() + 1);
    assert!(text.len() > 5 * 1024 * 1024);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "long.txt", text.as_bytes());
    let ingested = read_file(&path).unwrap();
    assert_eq!(ingested.text.len(), text.len());
    assert_eq!(ingested.text, text);
    // In Windows-1250 too.
    let legacy = ok(&encode(&text, WINDOWS_1250), "long.txt");
    assert_eq!(legacy.text, text);
}

#[test]
fn files_over_the_limit_are_refused_from_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = File::create(&path).unwrap();
    // Sparse: takes no disk space, and reading it would allocate 200 MB.
    file.set_len(200 * 1024 * 1024).unwrap();
    drop(file);
    let error = read_file(&path).unwrap_err();
    assert_eq!(error.problem, "file is 200 MB; the limit is 8 MB");
    assert_eq!(
        error.to_string(),
        format!("{}: file is 200 MB; the limit is 8 MB", path.display())
    );
    assert_eq!(MAX_ARTICLE_BYTES, 8 * 1024 * 1024);
}

#[test]
fn missing_file_and_directory() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let error = read_file(&missing).unwrap_err();
    assert_eq!(error.path, missing.display().to_string());
    assert_eq!(error.problem, "no such file");
    let error = read_file(dir.path()).unwrap_err();
    assert_eq!(error.problem, "is a directory");
    let error = read_file(&dir.path().join("missing.txt/inner.txt")).unwrap_err();
    assert!(error.problem.starts_with("no such file"), "{error}");
}

#[cfg(unix)]
#[test]
fn permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "secret.txt", POLISH.as_bytes());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root (or with CAP_DAC_OVERRIDE): permissions cannot deny anything.
        eprintln!("skipped: this user can read a file with mode 000");
        return;
    }
    let error = read_file(&path).unwrap_err();
    assert_eq!(error.problem, "permission denied");
    assert!(error.to_string().ends_with("secret.txt: permission denied"));
}

#[test]
fn empty_blank_and_binary_files_are_refused() {
    assert_eq!(refused(b"", "e.txt").to_string(), "e.txt: empty file");
    assert_eq!(refused(b"\xef\xbb\xbf", "e.txt").problem, "empty file");
    assert_eq!(
        refused(b" \t\r\n\n  ", "w.txt").problem,
        "contains only whitespace"
    );
    assert_eq!(
        refused("\u{a0}\u{3000}\n".as_bytes(), "w.txt").problem,
        "contains only whitespace"
    );
    let cases: [(&[u8], &str); 7] = [
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG image"),
        (
            b"PK\x03\x04\x14\0\0\0\x08\0",
            "ZIP archive or office document",
        ),
        (b"\x7fELF\x02\x01\x01\0\0\0", "ELF executable"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"GIF89a\x01\0\x01\0", "GIF image"),
        (b"GIF87a\x01\0\x01\0", "GIF image"),
        (b"\xff\xd8\xff\xe0\0\x10JFIF\0", "JPEG image"),
    ];
    for (bytes, kind) in cases {
        assert_eq!(
            refused(bytes, "x.txt").problem,
            format!("binary file ({kind}), not an article")
        );
    }
    // No signature, but mostly control bytes and NULs.
    let blob: Vec<u8> = (0..2048u32).map(|i| (i % 7) as u8).collect();
    assert_eq!(
        refused(&blob, "x.dat").problem,
        "binary file (binary data), not an article"
    );
}

#[test]
fn a_few_invalid_utf8_bytes_are_replaced_with_a_warning() {
    let mut bytes = POLISH.repeat(4).into_bytes();
    bytes.insert(100, 0xff);
    bytes.insert(300, 0xc3);
    let ingested = ok(&bytes, "broken.txt");
    assert_eq!(ingested.encoding, "UTF-8");
    assert_eq!(ingested.text.matches('\u{fffd}').count(), 2);
    assert_eq!(ingested.warnings.len(), 1);
    assert!(
        ingested.warnings[0].contains("U+FFFD"),
        "{:?}",
        ingested.warnings
    );
    // Everything else is intact.
    assert_eq!(ingested.text.replace('\u{fffd}', ""), POLISH.repeat(4));
}

#[test]
fn rtl_and_emoji_text() {
    let text = "Arabic: مرحبا بالعالم. Hebrew: שלום עולם\u{200f}. Emoji: 👩‍👩‍👧 🇵🇱 🙂. ẞ, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.";
    let ingested = ok(text.as_bytes(), "rtl.txt");
    assert_eq!(ingested.text, text);
    let analysis = Engine::builtin().analyze(&ingested.into_input(None));
    assert_eq!(analysis.document.text, text);
}

#[test]
fn nul_bytes_are_kept_and_do_not_panic() {
    let text = "Rzecznik\0 powiedział, że\0\0 nic się nie stało.\n\nDrugi akapit.";
    let ingested = ok(text.as_bytes(), "nul.txt");
    assert_eq!(ingested.text, text);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "nul.txt", text.as_bytes());
    let analysis = analyze_file(&Engine::builtin(), &path, None).unwrap();
    assert_eq!(analysis.document.text, text);
}

#[test]
fn html_files() {
    let page = "<!DOCTYPE html><html><head><title>Tytuł strony</title>\
        <script>alert('x')</script></head><body><nav>Menu</nav><main>\
        <p>Pierwszy &amp; jedyny   akapit\n o &#261;.</p><aside>Reklama</aside></main></body></html>";
    let dir = tempfile::tempdir().unwrap();
    for name in ["page.html", "page.htm", "page.HTML", "download"] {
        let path = write(dir.path(), name, page.as_bytes());
        let ingested = read_file(&path).unwrap();
        assert_eq!(ingested.format, InputFormat::Html, "{name}");
        assert_eq!(ingested.title.as_deref(), Some("Tytuł strony"));
        assert_eq!(
            ingested.text,
            "Tytuł strony\n\nPierwszy & jedyny akapit o ą."
        );
        assert_eq!(ingested.path, Some(path.display().to_string()));
    }
    // The same page named .txt is text, kept verbatim.
    assert_eq!(ok(page.as_bytes(), "page.txt").text, page);
}

#[test]
fn html_in_a_legacy_encoding() {
    let page = "<html><head><meta charset=\"windows-1250\"><title>Świat</title></head>\
        <body><article><h1>Źródła</h1><p>Zażółć gęślą jaźń.</p></article></body></html>";
    let ingested = ok(&encode(page, WINDOWS_1250), "old.htm");
    assert_eq!(ingested.encoding, "windows-1250");
    assert_eq!(ingested.text, "Źródła\n\nZażółć gęślą jaźń.");
    // Undeclared: guessed.
    let undeclared = page.replace("<meta charset=\"windows-1250\">", "");
    let ingested = ok(&encode(&undeclared, ISO_8859_2), "old.html");
    assert_eq!(ingested.text, "Źródła\n\nZażółć gęślą jaźń.");
}

#[test]
fn languages() {
    assert_eq!(ok(POLISH.as_bytes(), "pl.txt").language, Language::Pl);
    let english = "The minister said that the talks would continue, according to officials.";
    assert_eq!(ok(english.as_bytes(), "en.txt").language, Language::En);
    assert_eq!(ingest::detect_language(english), Language::En);
    assert_eq!(ingest::detect_language("Nie."), Language::Pl);
    assert_eq!(ingest::detect_language("???"), Language::Pl);
}

#[test]
fn other_extensions_with_text_are_text() {
    let ingested = ok(POLISH.as_bytes(), "article.nfo");
    assert_eq!(ingested.format, InputFormat::Text);
    assert_eq!(ingested.text, POLISH);
    assert_eq!(ok(POLISH.as_bytes(), "README").text, POLISH);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Arbitrary bytes never panic, and accepted text is never empty.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for name in ["x.txt", "x.html", "x"] {
            if let Ok(ingested) = from_bytes(&bytes, name) {
                prop_assert!(!ingested.text.trim().is_empty());
            }
        }
    }

    /// Any non-blank UTF-8 text without control characters comes back byte for byte.
    #[test]
    fn utf8_text_round_trips(text in "[\\PC\\r\\n\\t]{1,300}") {
        prop_assume!(!text.trim().is_empty());
        prop_assume!(!text.starts_with('\u{feff}'));
        let ingested = from_bytes(text.as_bytes(), "p.txt").unwrap();
        prop_assert_eq!(ingested.text, text);
    }
}

/// A Word document whose body has `paragraphs` (a real .docx keeps more parts; these two are
/// what a reader needs).
fn docx(paragraphs: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"))
        .collect();
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    writer.start_file("[Content_Types].xml", options).unwrap();
    writer
        .write_all(
            b"<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/\
vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
        )
        .unwrap();
    writer.start_file("word/document.xml", options).unwrap();
    write!(
        writer,
        "<w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>"
    )
    .unwrap();
    writer.finish().unwrap().into_inner()
}

#[test]
fn word_documents_are_read_and_other_zips_refused() {
    let dir = tempfile::tempdir().unwrap();
    let paragraphs: Vec<&str> = POLISH.split("\n\n").map(str::trim).collect();
    let path = write(dir.path(), "article.docx", &docx(&paragraphs));
    let ingested = read_file(&path).unwrap();
    assert_eq!(ingested.format, InputFormat::Docx);
    assert_eq!(ingested.language, Language::Pl);
    assert_eq!(ingested.text, paragraphs.join("\n\n"));
    let analysis = analyze_file(&Engine::builtin(), &path, None).unwrap();
    assert!(
        analysis.sources.iter().any(|s| s.name.contains("NATO")),
        "analysed like any article"
    );

    // Also found by content under another name.
    let renamed = write(dir.path(), "download.bin", &docx(&paragraphs));
    assert_eq!(read_file(&renamed).unwrap().format, InputFormat::Docx);

    let other = {
        use std::io::Write;
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        writer
            .start_file("notes.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(b"hello").unwrap();
        writer.finish().unwrap().into_inner()
    };
    let error = from_bytes(&other, "archive.zip").unwrap_err();
    assert!(error.problem.contains("ZIP"), "{error}");
    let error = from_bytes(b"plain text, not a zip", "fake.docx").unwrap_err();
    assert!(error.problem.contains("not a Word document"), "{error}");
}

#[test]
fn a_language_given_in_advance_replaces_detection() {
    let polish = "Według analityków rząd podniesie podatki. Minister zaprzeczył.".as_bytes();
    let detected = ascribe::ingest::from_bytes(polish, "a.txt").unwrap();
    assert_eq!(detected.language, Language::Pl);
    let given = ascribe::ingest::from_bytes_as(polish, "a.txt", Some(Language::En)).unwrap();
    assert_eq!(given.language, Language::En);
    assert_eq!(given.text, detected.text);
}
