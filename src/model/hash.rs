/// A stable 64-bit FNV-1a hash of a text, used to notice when a document's text changed since it
/// was saved. Stable across platforms, Rust versions and runs (unlike `DefaultHasher`).
pub fn content_hash(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_sensitivity() {
        assert_eq!(content_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(content_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(
            content_hash("NATO potwierdziło"),
            content_hash("NATO potwierdzilo")
        );
    }
}
