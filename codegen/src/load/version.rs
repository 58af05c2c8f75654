//! Which OpenAPI version a document is, decided before it is parsed when the text allows.

use yaml_serde::{Mapping, Value};

use crate::diagnostic::Diagnostic;
use crate::locate::{PositionIndex, Scalar};

/// The OpenAPI versions the loader reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecVersion {
    /// OpenAPI 3.0.x, read as it is.
    V3_0,
    /// OpenAPI 3.1.x, mapped to the 3.0 shape on loading.
    V3_1,
}

/// What a document says about its version.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Found {
    /// `openapi: <string>`.
    Version(String),
    /// `openapi:` with something other than a string, as JSON.
    NotAString(String),
    /// No `openapi`, but `swagger`.
    Swagger,
    /// Neither.
    Missing,
}

/// The version as the first scan of the text saw it, or `None` when only the parsed tree
/// can tell (a flow-style or oddly written `openapi`, or neither key at the top).
pub(super) fn probe(positions: &PositionIndex) -> Option<Found> {
    match positions.top_level("openapi") {
        Some(Scalar::Text(version)) => Some(Found::Version(version.clone())),
        Some(Scalar::Undecided) => None,
        None => positions.top_level("swagger").map(|_| Found::Swagger),
    }
}

/// The version as the parsed tree has it.
pub(super) fn in_tree(root: &Mapping) -> Found {
    match root.get("openapi") {
        Some(Value::String(version)) => Found::Version(version.clone()),
        Some(other) => Found::NotAString(
            serde_json::to_value(other)
                .map_or_else(|_| "a YAML value".to_string(), |v| v.to_string()),
        ),
        None if root.contains_key("swagger") => Found::Swagger,
        None => Found::Missing,
    }
}

/// Accepts 3.0.x and 3.1.x; anything else is one error, at `/openapi` (or `/swagger`).
pub(super) fn check(found: Found) -> Result<SpecVersion, Diagnostic> {
    match found {
        Found::Version(v) if v.starts_with("3.0.") => Ok(SpecVersion::V3_0),
        Found::Version(v) if v.starts_with("3.1.") => Ok(SpecVersion::V3_1),
        Found::Version(v) => Err(Diagnostic::error(
            "/openapi",
            format!("OpenAPI version {v} is not supported: only 3.0.x and 3.1.x documents are"),
        )),
        Found::NotAString(shown) => Err(Diagnostic::error(
            "/openapi",
            format!("`openapi` must be a version string such as \"3.0.3\", found {shown}"),
        )),
        Found::Swagger => Err(Diagnostic::error(
            "/swagger",
            "Swagger 2.0 documents are not supported: convert to OpenAPI 3.0 or 3.1 first",
        )),
        Found::Missing => Err(Diagnostic::error(
            "",
            "missing `openapi: 3.0.x` (or `3.1.x`) at the top of the document",
        )),
    }
}
