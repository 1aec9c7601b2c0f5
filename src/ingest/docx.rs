//! Word documents (`.docx`): the paragraphs of `word/document.xml`.
//!
//! A ZIP file is a Word document only when its `[Content_Types].xml` declares the
//! WordprocessingML main part; any other ZIP stays refused as binary. Archives are opened with
//! limits, so a crafted file cannot exhaust memory: at most [`MAX_ENTRIES`] entries, parts read
//! with a hard cap on their uncompressed size ([`MAX_PART_BYTES`], checked on the bytes actually
//! inflated, not only on the header), a compression ratio of at most [`MAX_RATIO`], and the
//! extracted text within the article limit ([`super::MAX_ARTICLE_BYTES`]).

use std::io::{Cursor, Read};

use quick_xml::events::Event;

use super::MAX_ARTICLE_BYTES;

/// Most entries a Word document may have (real ones have a few dozen).
pub const MAX_ENTRIES: usize = 5_000;
/// Largest uncompressed part read (the document XML is several times its text).
pub const MAX_PART_BYTES: u64 = 4 * MAX_ARTICLE_BYTES;
/// Largest uncompressed/compressed ratio of a part (XML compresses 5–20×; bombs 1000×).
pub const MAX_RATIO: u64 = 100;

const MAIN_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/// True when `bytes` start like a ZIP archive.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Why a ZIP file gave no article.
#[derive(Debug, PartialEq, Eq)]
pub enum DocxError {
    /// A ZIP archive that is not a Word document (refused like other binary files).
    NotWord,
    /// Not a readable ZIP archive at all (damaged, truncated, or binary that starts like one).
    Damaged(String),
    /// A Word document that cannot be read, or exceeds the limits; the message says which.
    Unreadable(String),
}

/// The paragraphs of a Word document, separated by blank lines.
pub fn extract(bytes: &[u8]) -> Result<String, DocxError> {
    let unreadable = |what: String| DocxError::Unreadable(what);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| DocxError::Damaged(format!("a damaged ZIP archive ({e})")))?;
    if archive.len() > MAX_ENTRIES {
        return Err(unreadable(format!(
            "the archive has {} entries; a Word document has far fewer (limit {MAX_ENTRIES})",
            archive.len()
        )));
    }
    let types =
        read_part(&mut archive, "[Content_Types].xml").map_err(|problem| match problem {
            PartProblem::Missing => DocxError::NotWord,
            PartProblem::Other(text) => unreadable(text),
        })?;
    if !String::from_utf8_lossy(&types).contains(MAIN_CONTENT_TYPE) {
        return Err(DocxError::NotWord);
    }
    let xml = read_part(&mut archive, "word/document.xml").map_err(|problem| match problem {
        PartProblem::Missing => unreadable("a Word document without word/document.xml".into()),
        PartProblem::Other(text) => unreadable(text),
    })?;
    let text = paragraphs(&xml).map_err(unreadable)?;
    if text.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(unreadable(format!(
            "the document's text is larger than the article limit of {} MB",
            MAX_ARTICLE_BYTES / (1024 * 1024)
        )));
    }
    Ok(text)
}

enum PartProblem {
    Missing,
    Other(String),
}

fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Vec<u8>, PartProblem> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Err(PartProblem::Missing),
        Err(e) => return Err(PartProblem::Other(format!("cannot read {name} ({e})"))),
    };
    let compressed = entry.compressed_size().max(1);
    let limit = MAX_PART_BYTES.min(compressed.saturating_mul(MAX_RATIO).max(64 * 1024));
    if entry.size() > limit {
        return Err(PartProblem::Other(too_big(name, entry.size(), compressed)));
    }
    let mut out = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| PartProblem::Other(format!("cannot read {name} ({e})")))?;
    if out.len() as u64 > limit {
        return Err(PartProblem::Other(too_big(
            name,
            out.len() as u64,
            compressed,
        )));
    }
    Ok(out)
}

fn too_big(name: &str, size: u64, compressed: u64) -> String {
    if size > MAX_PART_BYTES {
        format!(
            "{name} unpacks to more than {} MB; not an article (refused as a possible ZIP bomb)",
            MAX_PART_BYTES / (1024 * 1024)
        )
    } else {
        format!(
            "{name} is compressed more than {MAX_RATIO}:1 ({size} bytes from {compressed}); \
             refused as a possible ZIP bomb"
        )
    }
}

/// The text of `w:p` paragraphs: runs (`w:t`), tabs and line breaks; paragraphs separated by a
/// blank line, empty ones dropped.
fn paragraphs(xml: &[u8]) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("word/document.xml is not valid XML ({e})"))?;
        match event {
            Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            Event::Empty(e) | Event::Start(e) if e.name().as_ref() == b"w:tab" => {
                paragraph.push('\t');
            }
            Event::Empty(e) | Event::Start(e) if matches!(e.name().as_ref(), b"w:br" | b"w:cr") => {
                paragraph.push('\n');
            }
            Event::End(e) if e.name().as_ref() == b"w:p" => {
                let text = paragraph.trim();
                if !text.is_empty() {
                    if !out.is_empty() {
                        out.push_str("\n\n");
                    }
                    out.push_str(text);
                }
                paragraph.clear();
            }
            Event::Text(t) if in_text => {
                let text = t
                    .decode()
                    .map_err(|e| format!("word/document.xml has bad text ({e})"))?;
                paragraph.push_str(&text);
            }
            Event::GeneralRef(r) if in_text => {
                let name = r
                    .decode()
                    .map_err(|e| format!("word/document.xml has a bad entity ({e})"))?;
                paragraph.push_str(entity(&name).unwrap_or(""));
                if let Some(ch) = r.resolve_char_ref().ok().flatten() {
                    paragraph.push(ch);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

fn entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use std::io::Write;

    use super::*;

    /// A ZIP archive of `(name, content)` entries, deflated.
    pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in entries {
            writer.start_file(*name, options).unwrap();
            writer.write_all(content).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    /// A minimal Word document whose body has these paragraphs.
    pub fn docx_of(paragraphs: &[&str]) -> Vec<u8> {
        let types = format!(
            "<?xml version=\"1.0\"?><Types><Override PartName=\"/word/document.xml\" \
             ContentType=\"{MAIN_CONTENT_TYPE}\"/></Types>"
        );
        let body: String = paragraphs
            .iter()
            .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
            .collect();
        let document = format!(
            "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>{body}</w:body></w:document>"
        );
        zip_of(&[
            ("[Content_Types].xml", types.as_bytes()),
            ("word/document.xml", document.as_bytes()),
        ])
    }

    #[test]
    fn paragraphs_come_out_separated_by_blank_lines() {
        let bytes = docx_of(&[
            "Tytuł",
            "Minister powiedział, że &quot;to koniec&quot;.",
            "",
        ]);
        assert!(is_zip(&bytes));
        assert_eq!(
            extract(&bytes).unwrap(),
            "Tytuł\n\nMinister powiedział, że \"to koniec\"."
        );
    }

    #[test]
    fn runs_tabs_and_breaks_join_inside_a_paragraph() {
        let xml = b"<w:document><w:body><w:p><w:r><w:t>Ala </w:t></w:r><w:r><w:t>ma</w:t>\
            <w:tab/><w:t>kota</w:t><w:br/><w:t>i psa</w:t></w:r></w:p></w:body></w:document>";
        assert_eq!(paragraphs(xml).unwrap(), "Ala ma\tkota\ni psa");
    }

    #[test]
    fn other_zips_are_not_word_documents() {
        let plain = zip_of(&[("readme.txt", b"hello")]);
        assert_eq!(extract(&plain), Err(DocxError::NotWord));
        let spreadsheet = zip_of(&[(
            "[Content_Types].xml",
            b"<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
        )]);
        assert_eq!(extract(&spreadsheet), Err(DocxError::NotWord));
    }

    #[test]
    fn zip_bombs_and_huge_archives_are_refused_with_a_message() {
        // 40 MB of one letter compresses to a few tens of KB: far past the ratio limit.
        let bomb_text = vec![b'a'; 40 * 1024 * 1024];
        let types = format!("<Types><Override ContentType=\"{MAIN_CONTENT_TYPE}\"/></Types>");
        let bomb = zip_of(&[
            ("[Content_Types].xml", types.as_bytes()),
            ("word/document.xml", &bomb_text),
        ]);
        match extract(&bomb) {
            Err(DocxError::Unreadable(message)) => {
                assert!(message.contains("ZIP bomb"), "{message}")
            }
            other => panic!("{other:?}"),
        }
        let names: Vec<String> = (0..MAX_ENTRIES + 1).map(|i| format!("f{i}")).collect();
        let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
        match extract(&zip_of(&entries)) {
            Err(DocxError::Unreadable(message)) => {
                assert!(message.contains("entries"), "{message}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_damaged_archive_is_unreadable_not_a_panic() {
        let mut bytes = docx_of(&["Tekst"]);
        bytes.truncate(bytes.len() / 2);
        assert!(matches!(extract(&bytes), Err(DocxError::Damaged(_))));
    }
}
