//! Bytes → text: byte-order marks, UTF-8 (strict or nearly so), UTF-16 with or without a BOM, and
//! the legacy single-byte encodings Polish and English articles come in (Windows-1250,
//! ISO-8859-2, Windows-1252). Also recognises binary files so they are refused instead of decoded.
//!
//! Decoding never re-wraps, normalises quotes or line endings: the text is exactly what the bytes
//! say, so every offset the engine reports points at what the author wrote.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, ISO_8859_2, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1250, WINDOWS_1252};

/// The legacy encodings a file without a BOM that is not UTF-8 may be guessed to be in.
pub const LEGACY_ENCODINGS: [&Encoding; 3] = [WINDOWS_1250, ISO_8859_2, WINDOWS_1252];

/// How many bytes from the start are inspected by the binary and UTF-16 sniffers.
const SNIFF_BYTES: usize = 64 * 1024;

/// Decoded text and how it was obtained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, exactly as the bytes encode it (BOM removed).
    pub text: String,
    /// The encoding's name as `encoding_rs` spells it ("UTF-8", "windows-1250", "UTF-16LE", …).
    pub encoding: &'static str,
    /// Problems that did not stop decoding (replaced bytes), one sentence each.
    pub warnings: Vec<String>,
}

/// Why bytes could not be decoded as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// No bytes at all (or only a byte-order mark).
    Empty,
    /// Not text: the payload says what it looks like ("PNG image", "binary data").
    Binary(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("empty file"),
            DecodeError::Binary(kind) => write!(f, "binary file ({kind}), not an article"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Names the file type when `bytes` start with the magic number of a common binary format.
pub fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"PK\x03\x04", "ZIP archive or office document"),
        (b"PK\x05\x06", "ZIP archive or office document"),
        (b"PK\x07\x08", "ZIP archive or office document"),
        (b"\x7fELF", "ELF executable"),
        (b"%PDF-", "PDF document"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"\x1f\x8b", "gzip archive"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"Rar!\x1a\x07", "RAR archive"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "old Microsoft Office document",
        ),
        (b"MZ", "Windows executable"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// True for bytes that never appear in text: C0 controls other than tab, line feed, vertical tab,
/// form feed, carriage return and escape — NUL included.
fn is_binary_byte(byte: u8) -> bool {
    byte < 0x20 && !matches!(byte, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1b)
}

/// True when the sample has so many control bytes that it cannot be text in a single-byte or
/// UTF-8 encoding (stray NULs in an otherwise textual file are tolerated).
fn looks_binary(sample: &[u8]) -> bool {
    if sample.is_empty() {
        return false;
    }
    let controls = sample.iter().filter(|&&b| is_binary_byte(b)).count();
    // Random or compressed data has about 11 % such bytes, executables and images far more;
    // text has none, or a handful of stray NULs.
    controls * 20 > sample.len()
}

/// The first `SNIFF_BYTES` bytes (rounded down to an even length for UTF-16 sniffing).
fn sample(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(SNIFF_BYTES)]
}

/// Detects UTF-16 without a byte-order mark from the NUL bytes of Latin text: in UTF-16LE every
/// ASCII character is followed by a NUL byte, in UTF-16BE preceded by one.
pub fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = sample(bytes);
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zero_even = sample
        .iter()
        .step_by(2)
        .take(pairs)
        .filter(|&&b| b == 0)
        .count();
    let zero_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    let candidate = if zero_odd * 10 >= pairs * 6 && zero_even * 10 <= pairs {
        UTF_16LE
    } else if zero_even * 10 >= pairs * 6 && zero_odd * 10 <= pairs {
        UTF_16BE
    } else {
        return None;
    };
    // Confirm: the sample must decode without errors to text without control characters.
    let even = &sample[..pairs * 2];
    let text = candidate.decode_without_bom_handling_and_without_replacement(even)?;
    let chars = text.chars().count().max(1);
    let controls = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}'))
        .count();
    (controls * 50 <= chars).then_some(candidate)
}

/// Finds the encoding an HTML document declares in a `<meta charset>` or `http-equiv` tag within
/// its first kilobytes. UTF-16 declarations are ignored (they cannot be true of an ASCII-compatible
/// prescan, as the HTML standard says).
pub fn html_declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(found) = find(&lower[from..], b"charset") {
        let mut i = from + found + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < lower.len()
            && (lower[i].is_ascii_whitespace() || matches!(lower[i], b'"' | b'\''))
        {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'>' | b'/'))
            .map_or(lower.len(), |p| i + p);
        if let Some(encoding) = Encoding::for_label(&lower[i..end]) {
            if encoding == UTF_16LE || encoding == UTF_16BE {
                return Some(UTF_8);
            }
            return Some(encoding);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Decodes article bytes.
///
/// Order of checks: empty → binary signature → byte-order mark (UTF-8, UTF-16LE/BE) → UTF-16
/// without BOM → too many control bytes (binary) → strict UTF-8 → UTF-8 with a few invalid bytes
/// (replaced by U+FFFD, with a warning) → the `declared` encoding (an HTML `<meta charset>`) when
/// it is a legacy one → a guess among [`LEGACY_ENCODINGS`]. A declared UTF-8 that the bytes
/// contradict is ignored (mislabelled pages are common).
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(kind) = binary_signature(bytes) {
        // "MZ" is also how some texts start ("MZ podało…" — a Polish ministry abbreviation), so
        // trust it only when a binary-looking sample backs it up.
        if kind != "Windows executable" || looks_binary(sample(bytes)) {
            return Err(DecodeError::Binary(kind));
        }
    }
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        if rest.is_empty() {
            return Err(DecodeError::Empty);
        }
        return Ok(decode_utf8_lossy(rest));
    }
    for (bom, encoding) in [(b"\xff\xfe", UTF_16LE), (b"\xfe\xff", UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            if rest.is_empty() {
                return Err(DecodeError::Empty);
            }
            return Ok(decode_utf16(rest, encoding));
        }
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return Ok(decode_utf16(bytes, encoding));
    }
    if looks_binary(sample(bytes)) {
        return Err(DecodeError::Binary("binary data"));
    }
    let utf8 = utf8_stats(bytes);
    if utf8.invalid_bytes == 0 {
        // Valid UTF-8 (ASCII included) is taken as UTF-8 whatever a page declares: legacy text
        // almost never happens to be valid UTF-8 once it has any non-ASCII letter.
        let text = String::from_utf8(bytes.to_vec()).unwrap_or_default();
        return Ok(Decoded {
            text,
            encoding: UTF_8.name(),
            warnings: Vec::new(),
        });
    }
    let declared_legacy = declared.filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE);
    let nearly_utf8 =
        utf8.invalid_bytes * 100 < bytes.len() && utf8.multibyte >= utf8.invalid_bytes;
    if nearly_utf8 {
        return Ok(decode_utf8_lossy(bytes));
    }
    if let Some(encoding) = declared_legacy {
        return Ok(decode_single(bytes, encoding));
    }
    // A long non-UTF-8 file whose bytes are mostly ≥ 0x80 is not Polish or English text.
    let high = sample(bytes).iter().filter(|&&b| b >= 0x80).count();
    if bytes.len() >= 512 && high * 5 > sample(bytes).len() * 2 {
        return Err(DecodeError::Binary("binary data"));
    }
    Ok(decode_single(bytes, guess_legacy(bytes)))
}

/// Counts of a UTF-8 validation pass.
struct Utf8Stats {
    /// Bytes in invalid sequences.
    invalid_bytes: usize,
    /// Valid characters of two or more bytes.
    multibyte: usize,
}

fn utf8_stats(bytes: &[u8]) -> Utf8Stats {
    let mut stats = Utf8Stats {
        invalid_bytes: 0,
        multibyte: 0,
    };
    for chunk in bytes.utf8_chunks() {
        stats.multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        stats.invalid_bytes += chunk.invalid().len();
    }
    stats
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn decode_utf8_lossy(bytes: &[u8]) -> Decoded {
    let invalid = bytes
        .utf8_chunks()
        .filter(|chunk| !chunk.invalid().is_empty())
        .count();
    let text = String::from_utf8_lossy(bytes).into_owned();
    let warnings = if invalid == 0 {
        Vec::new()
    } else {
        vec![format!(
            "{} in UTF-8 replaced with U+FFFD (�)",
            plural(invalid, "invalid byte sequence", "invalid byte sequences")
        )]
    };
    Decoded {
        text,
        encoding: UTF_8.name(),
        warnings,
    }
}

fn decode_utf16(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut warnings = Vec::new();
    if had_errors {
        let replaced = text.chars().filter(|&c| c == '\u{fffd}').count();
        warnings.push(format!(
            "{} in {} replaced with U+FFFD (�)",
            plural(replaced, "invalid code unit", "invalid code units"),
            encoding.name()
        ));
    }
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        warnings,
    }
}

fn decode_single(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        warnings: Vec::new(),
    }
}

const POLISH_LETTERS: &str = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

/// How plausible a decoding of non-UTF-8 bytes is as Polish or English prose: letters inside
/// words and typographic punctuation score, symbols inside words and C1 controls cost.
fn plausibility(text: &str) -> i64 {
    let chars: Vec<char> = text.chars().collect();
    let mut score = 0i64;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii() {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let in_word =
            prev.is_some_and(char::is_alphabetic) || next.is_some_and(char::is_alphabetic);
        score += if c.is_control() {
            -8
        } else if POLISH_LETTERS.contains(c) {
            if in_word { 3 } else { 1 }
        } else if c.is_alphabetic() {
            if in_word { 1 } else { -1 }
        } else if "„”“‘’«»–—…•€ \u{a0}".contains(c) {
            1
        } else if in_word {
            -4
        } else {
            -1
        };
    }
    score
}

/// Picks one of [`LEGACY_ENCODINGS`] for bytes that are not UTF-8.
///
/// chardetng (asked not to answer UTF-8) decides when it names one of them and that decoding has
/// no C1 control characters; otherwise (it named another legacy encoding, or one that turns bytes
/// into controls) the decoding that reads most like Polish or English prose wins.
pub fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let suggested = detector.guess(None, Utf8Detection::Deny);
    let head = &bytes[..bytes.len().min(1 << 20)];
    if LEGACY_ENCODINGS.contains(&suggested) {
        let (text, _) = suggested.decode_without_bom_handling(head);
        if !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
            return suggested;
        }
    }
    let mut best = (i64::MIN, WINDOWS_1250);
    for encoding in LEGACY_ENCODINGS {
        let (text, _) = encoding.decode_without_bom_handling(head);
        let score = plausibility(&text);
        if score > best.0 {
            best = (score, encoding);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLISH: &str = "Źródło: NATO potwierdziło, że Korea Północna wysłała swoich żołnierzy do \
        Rosji. Analityk Olena Guseinowa z Uniwersytetu Języków Obcych Hankuk w Seulu oceniła, \
        że \"Putin chce zademonstrować, iż ma sojusznika\". Ślązacy, Łódź, gęś, ćma, ąę.";

    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{} cannot encode the sample", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(POLISH.as_bytes(), None).unwrap();
        assert_eq!(plain.text, POLISH);
        assert_eq!(plain.encoding, "UTF-8");
        let mut with_bom = b"\xef\xbb\xbf".to_vec();
        with_bom.extend_from_slice(POLISH.as_bytes());
        let decoded = decode(&with_bom, None).unwrap();
        assert_eq!(decoded.text, POLISH);
        assert!(decoded.warnings.is_empty());
    }

    #[test]
    fn legacy_polish_encodings_are_told_apart() {
        for encoding in [WINDOWS_1250, ISO_8859_2] {
            let decoded = decode(&encode(POLISH, encoding), None).unwrap();
            assert_eq!(decoded.encoding, encoding.name());
            assert_eq!(decoded.text, POLISH);
        }
    }

    #[test]
    fn windows_1250_typographic_quotes() {
        let text = "„Nie ma zgody” — powiedział rzecznik. Źródło: ministerstwo…";
        let decoded = decode(&encode(text, WINDOWS_1250), None).unwrap();
        assert_eq!(decoded.encoding, "windows-1250");
        assert_eq!(decoded.text, text);
    }

    #[test]
    fn short_polish_legacy_text() {
        let text = "Gęślą jaźń. Zażółć gęślą jaźń.";
        for encoding in [WINDOWS_1250, ISO_8859_2] {
            let decoded = decode(&encode(text, encoding), None).unwrap();
            assert_eq!(decoded.text, text, "{}", encoding.name());
        }
    }

    #[test]
    fn plausibility_prefers_real_letters() {
        let polish = "Zażółć gęślą jaźń, Świat, źródło";
        let as_1250 = encode(polish, WINDOWS_1250);
        let scores: Vec<i64> = LEGACY_ENCODINGS
            .iter()
            .map(|e| plausibility(&e.decode_without_bom_handling(&as_1250).0))
            .collect();
        assert!(scores[0] > scores[1] && scores[0] > scores[2], "{scores:?}");
    }

    #[test]
    fn other_latin_names_in_windows_1252() {
        for text in [
            "The striker Peña scored twice, said the coach of España.",
            "Le ministre a déclaré à la presse que la crise était terminée.",
        ] {
            let decoded = decode(&encode(text, WINDOWS_1252), None).unwrap();
            assert_eq!(decoded.text, text);
        }
    }

    #[test]
    fn windows_1252_english() {
        let text = "The café’s owner said: “We’re closed” — for now. Naïve résumé, 5 €.";
        let decoded = decode(&encode(text, WINDOWS_1252), None).unwrap();
        assert_eq!(decoded.encoding, "windows-1252");
        assert_eq!(decoded.text, text);
    }

    #[test]
    fn utf16_with_boms() {
        let units: Vec<u16> = POLISH.encode_utf16().collect();
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for unit in &units {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        let decoded = decode(&le, None).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (POLISH, "UTF-16LE")
        );
        let decoded = decode(&be, None).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (POLISH, "UTF-16BE")
        );
        // Without the BOMs.
        let decoded = decode(&le[2..], None).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (POLISH, "UTF-16LE")
        );
        let decoded = decode(&be[2..], None).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (POLISH, "UTF-16BE")
        );
    }

    #[test]
    fn a_few_invalid_bytes_are_replaced_with_a_warning() {
        let mut bytes = POLISH.repeat(3).into_bytes();
        bytes.insert(40, 0xff);
        let decoded = decode(&bytes, None).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.text.matches('\u{fffd}').count(), 1);
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
    }

    #[test]
    fn binary_files_are_recognised() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(decode(png, None), Err(DecodeError::Binary("PNG image")));
        assert_eq!(
            decode(b"%PDF-1.7\n", None),
            Err(DecodeError::Binary("PDF document"))
        );
        assert_eq!(
            decode(b"\x7fELF\x02\x01", None),
            Err(DecodeError::Binary("ELF executable"))
        );
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        assert!(matches!(decode(&noise, None), Err(DecodeError::Binary(_))));
        assert_eq!(decode(b"", None), Err(DecodeError::Empty));
        assert_eq!(decode(b"\xef\xbb\xbf", None), Err(DecodeError::Empty));
        // An article that merely begins with "MZ" is text.
        assert!(decode("MZ podało, że…".as_bytes(), None).is_ok());
    }

    #[test]
    fn stray_nuls_are_kept() {
        let text = "Ala ma kota.\0 Kot ma Alę, a redakcja dostała plik z jednym bajtem zero.";
        assert_eq!(decode(text.as_bytes(), None).unwrap().text, text);
    }

    #[test]
    fn declared_html_charset() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">";
        assert_eq!(html_declared_encoding(page), Some(ISO_8859_2));
        assert_eq!(
            html_declared_encoding(b"<meta charset='windows-1250'>"),
            Some(WINDOWS_1250)
        );
        assert_eq!(
            html_declared_encoding(b"<meta charset=utf-16>"),
            Some(UTF_8)
        );
        assert_eq!(html_declared_encoding(b"<p>no charset here</p>"), None);
        // A declared legacy encoding wins over guessing for non-UTF-8 bytes.
        let bytes = encode("ąść", ISO_8859_2);
        assert_eq!(decode(&bytes, Some(ISO_8859_2)).unwrap().text, "ąść");
    }
}
