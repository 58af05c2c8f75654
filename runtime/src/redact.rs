//! What printing hides: personal data inside free text, the client's own credentials, the
//! query and userinfo of URLs, and the values serde quotes in its decode messages.
//!
//! Everything an `Error`, a `Client` or a log line prints goes through here.

use std::fmt;
use std::sync::Arc;

use url::Url;

use super::values::mask;

/// Credential values to scrub from text that comes back from the server. Values shorter
/// than [`Secrets::MIN_LEN`] are not scrubbed: they would match ordinary words and digits,
/// and are too short to protect anything.
#[derive(Clone, Default)]
pub(crate) struct Secrets(Arc<[Box<str>]>);

impl Secrets {
    /// Shorter values are not treated as secrets.
    pub(crate) const MIN_LEN: usize = 3;

    pub(crate) fn new<'a>(values: impl IntoIterator<Item = &'a str>) -> Self {
        // Each value as sent and as a server may echo it percent- or form-encoded, decided
        // once here rather than on every error.
        let mut list: Vec<Box<str>> = values
            .into_iter()
            .filter(|v| v.chars().count() >= Self::MIN_LEN)
            .flat_map(|v| {
                let encoded: String = url::form_urlencoded::byte_serialize(v.as_bytes()).collect();
                [Box::from(v), encoded.into_boxed_str()]
            })
            .collect();
        // Longest first, so a secret that contains another is replaced whole.
        list.sort_by_key(|v| std::cmp::Reverse(v.len()));
        list.dedup();
        Secrets(list.into())
    }

    /// `text` with every credential value replaced by `[redacted]`.
    pub(crate) fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        for secret in self.0.iter() {
            if out.contains(&**secret) {
                out = out.replace(&**secret, "[redacted]");
            }
        }
        out
    }
}

/// Characters that end a word when looking for emails: white space, quotes and the
/// punctuation JSON and prose put around values.
fn is_boundary(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\''
                | '`'
                | ','
                | ';'
                | '<'
                | '>'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '='
                | '&'
                | '?'
        )
}

/// Separators people write inside phone numbers.
fn is_phone_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}')
}

/// Fewer digits than this in a run is not treated as a phone number.
const PHONE_DIGITS: usize = 7;

/// Masks personal data inside free text: every word with an `@` (an email), and every run
/// of 7 or more digits, alone or written with separators (`+1 555 010 0199`,
/// `(555) 010-0199`, `555.010.0199`), as a phone number.
pub(crate) fn text(input: &str) -> String {
    let chars: Vec<char> = input.chars().collect();
    let mut out = String::with_capacity(input.len());
    let mut i = 0;
    while i < chars.len() {
        // An email: the word around an `@`.
        if !is_boundary(chars[i]) && (i == 0 || is_boundary(chars[i - 1])) {
            let end = (i..chars.len())
                .find(|&j| is_boundary(chars[j]))
                .unwrap_or(chars.len());
            let word: String = chars[i..end].iter().collect();
            if word.contains('@') {
                out.push_str(&mask(&word));
                i = end;
                continue;
            }
        }
        if let Some(end) = phone_run(&chars, i) {
            let run: String = chars[i..end].iter().collect();
            out.push_str(&mask(&run));
            i = end;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The end of a phone-like run starting at `start`: a digit, `+` or `(` first, then digits
/// with at most two separators between any two of them, 7 or more digits in all, ending on
/// its last digit.
fn phone_run(chars: &[char], start: usize) -> Option<usize> {
    let first = *chars.get(start)?;
    if !(first.is_ascii_digit() || first == '+' || first == '(') {
        return None;
    }
    let mut digits = 0;
    let mut end = start;
    let mut gap = 0;
    for (j, &c) in chars.iter().enumerate().skip(start) {
        if c.is_ascii_digit() {
            digits += 1;
            end = j + 1;
            gap = 0;
        } else if (is_phone_separator(c) || (c == '+' && j == start)) && gap < 2 {
            gap += 1;
        } else {
            break;
        }
    }
    (digits >= PHONE_DIGITS).then_some(end)
}

/// A decode message from serde without the value it quotes: `invalid type: integer
/// `15550100199`, expected a string` becomes `invalid type: integer, expected a string`.
/// Field and variant names the spec defines (after `expected`, and in `missing field`)
/// stay; everything the server sent is dropped.
pub(crate) fn decode_message(message: &str) -> String {
    const OWN: [&str; 2] = ["missing field ", "duplicate field "];
    if OWN.iter().any(|p| message.starts_with(p)) {
        return message.to_string();
    }
    let (sent, expected) = match message.find(", expected") {
        Some(at) => message.split_at(at),
        None => (message, ""),
    };
    let mut kept = String::with_capacity(sent.len());
    let mut quote: Option<char> = None;
    for c in sent.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '`' => quote = Some(c),
            None => kept.push(c),
        }
    }
    let kept = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{kept}{expected}")
}

/// Prints a URL as its origin and path: no userinfo, no query (which carries credentials),
/// no fragment; personal data in the path masked.
pub(crate) struct RedactedUrl<'a>(pub Option<&'a Url>);

impl fmt::Display for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(url) => {
                let origin = url.origin();
                if origin.is_tuple() {
                    f.write_str(&origin.ascii_serialization())?;
                } else {
                    write!(f, "{}:", url.scheme())?;
                }
                f.write_str(&path_text(url.path()))?;
                if url.query().is_some() {
                    f.write_str("?…")?;
                }
                Ok(())
            }
            None => f.write_str("no URL"),
        }
    }
}

impl fmt::Debug for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{self}\"")
    }
}

/// A path with segments that hold an email or start like a phone number masked.
fn path_text(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
            if decoded.contains('@') || decoded.starts_with('+') {
                mask(&decoded)
            } else {
                segment.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A JSON value with every string masked as [`text`] masks free text, for `Debug` output
/// of fields the spec does not name (and so does not mark as personal data).
pub(crate) fn json(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(text(s)),
        Value::Array(items) => Value::Array(items.iter().map(json).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (text(k), json(v))).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_with_separators_are_masked() {
        for phone in [
            "+1 555 010 0199",
            "+1-555-010-0199",
            "(555) 010-0199",
            "555.010.0199",
            "15550100199",
            "+7 (999) 123-45-67",
        ] {
            let printed = text(&format!("no customer with phone {phone} here"));
            assert!(!printed.contains("010"), "{phone}: {printed}");
            assert!(printed.ends_with(" here"), "{phone}: {printed}");
            assert!(
                printed.starts_with("no customer with phone "),
                "{phone}: {printed}"
            );
        }
    }

    #[test]
    fn short_numbers_and_words_stay() {
        assert_eq!(text("HTTP 404: page 3 of 12"), "HTTP 404: page 3 of 12");
        assert_eq!(text("limit is 100, got 1, 2"), "limit is 100, got 1, 2");
    }

    #[test]
    fn emails_are_masked_inside_quotes() {
        assert_eq!(
            text(r#"email "john@example.com" taken"#),
            r#"email "j***@example.com" taken"#
        );
    }

    #[test]
    fn secrets_are_scrubbed_even_encoded() {
        let secrets = Secrets::new(["s3cr3t/+key", "ab"]);
        assert_eq!(
            secrets.scrub("bad shop_secret=s3cr3t/+key"),
            "bad shop_secret=[redacted]"
        );
        assert_eq!(
            secrets.scrub("bad shop_secret=s3cr3t%2F%2Bkey"),
            "bad shop_secret=[redacted]"
        );
        assert_eq!(secrets.scrub("ab stays"), "ab stays");
    }

    #[test]
    fn decode_messages_lose_their_values() {
        assert_eq!(
            decode_message(
                "invalid type: integer `15550100199`, expected a string at line 1 column 20"
            ),
            "invalid type: integer, expected a string at line 1 column 20"
        );
        assert_eq!(
            decode_message(r#"invalid type: string "john@example.com", expected u32"#),
            "invalid type: string, expected u32"
        );
        assert_eq!(
            decode_message("unknown variant `secret-value`, expected one of `a`, `b`"),
            "unknown variant, expected one of `a`, `b`"
        );
        assert_eq!(
            decode_message("missing field `name`"),
            "missing field `name`"
        );
    }

    #[test]
    fn urls_lose_query_and_userinfo() {
        let url =
            Url::parse("https://user:pass@example.com:8443/a/john@x.com?shop_secret=s#f").unwrap();
        assert_eq!(
            RedactedUrl(Some(&url)).to_string(),
            "https://example.com:8443/a/j***@x.com?…"
        );
    }
}
