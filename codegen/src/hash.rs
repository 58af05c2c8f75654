//! The fingerprint of a spec that generated code records, so a build can tell, without the
//! generator, whether the checked-in code was made from the spec beside it.

/// FNV-1a (64 bits) of the spec text with carriage returns left out (so a checkout with
/// CRLF line ends has the same fingerprint), as 16 hex digits.
pub fn spec_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes().filter(|b| *b != b'\r') {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The line generated code starts with: `// spec-hash: <16 hex digits>`.
pub const STAMP_PREFIX: &str = "// spec-hash: ";

/// `code` with the fingerprint of `text` as its first line.
pub fn stamp(code: &str, text: &str) -> String {
    format!("{STAMP_PREFIX}{}\n{code}", spec_hash(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_do_not_matter_and_content_does() {
        assert_eq!(spec_hash("a: 1\r\nb: 2\r\n"), spec_hash("a: 1\nb: 2\n"));
        assert_ne!(spec_hash("a: 1\n"), spec_hash("a: 2\n"));
        assert_eq!(spec_hash(""), "cbf29ce484222325");
    }
}
