//! Media types: which kind of body a media type names, whatever its parameters
//! (`application/json; charset=utf-8`) or structured suffix (`application/problem+json`).

use super::operations::BodyEncoding;

/// The type and subtype of a media type, lower case, without parameters.
pub(super) fn essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// The kind of body a media type names. `*/*` (and `application/*`) are bytes here: what
/// they carry depends on the schema (see [`wildcard`]).
pub(super) fn kind(media: &str) -> BodyEncoding {
    let essence = essence(media);
    match essence.as_str() {
        "application/json" | "text/json" => BodyEncoding::Json,
        e if e.ends_with("+json") => BodyEncoding::Json,
        "application/x-www-form-urlencoded" => BodyEncoding::Form,
        "multipart/form-data" => BodyEncoding::Multipart,
        e if e.starts_with("text/") => BodyEncoding::Text,
        _ => BodyEncoding::Bytes,
    }
}

/// True for a media range that names no one type (`*/*`, `application/*`).
pub(super) fn wildcard(media: &str) -> bool {
    essence(media).ends_with("/*")
}

/// The content type a raw body is sent with by default: the media type, or for a range a
/// concrete type of it.
pub(super) fn default_content_type(media: &str) -> String {
    match essence(media).as_str() {
        "text/*" => "text/plain".to_string(),
        e if e.ends_with("/*") => "application/octet-stream".to_string(),
        _ => media.trim().to_string(),
    }
}

/// How well a body of this kind is supported, best first: the one to send when a request
/// body offers several. JSON and form rank alike, so the spec's order picks between them
/// (the first one listed is sent).
pub(super) fn rank(kind: BodyEncoding) -> u8 {
    match kind {
        BodyEncoding::Json | BodyEncoding::Form => 1,
        BodyEncoding::Multipart => 2,
        BodyEncoding::Text => 3,
        BodyEncoding::Bytes => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_with_parameters_and_suffixes() {
        assert_eq!(kind("application/json; charset=utf-8"), BodyEncoding::Json);
        assert_eq!(kind("Application/Problem+JSON"), BodyEncoding::Json);
        assert_eq!(kind("text/plain; charset=utf-8"), BodyEncoding::Text);
        assert_eq!(kind("multipart/form-data"), BodyEncoding::Multipart);
        assert_eq!(kind("application/octet-stream"), BodyEncoding::Bytes);
        assert_eq!(kind("*/*"), BodyEncoding::Bytes);
        assert!(wildcard("*/*"));
        assert_eq!(default_content_type("text/*"), "text/plain");
        assert_eq!(default_content_type("*/*"), "application/octet-stream");
    }
}
