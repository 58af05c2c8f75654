//! Text → checked OpenAPI document in the 3.0 shape, with located errors and warnings.
//!
//! The steps: a scan of the text for positions and the version (`locate`), which
//! refuses a wrong version before anything is parsed; a parse into a YAML tree that reads
//! integers of any size (`load::tree`); OpenAPI 3.1 forms mapped to 3.0 (`load::normalize`); and
//! last the typed `openapiv3` tree.

mod normalize;
mod tree;
mod version;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics, escape_segment};
use crate::locate::PositionIndex;

pub use version::SpecVersion;

/// A parsed document: the typed tree, the same tree as JSON, and where its nodes are.
#[derive(Debug)]
pub struct Document {
    /// The typed tree, in the OpenAPI 3.0 shape whatever the document's version; its
    /// `openapi` field keeps the version the document states.
    pub api: OpenAPI,
    /// The OpenAPI version the document was written in.
    pub version: SpecVersion,
    /// The document as JSON (in the 3.0 shape, as `api`), for the parts `openapiv3` does
    /// not type (extensions, examples).
    pub raw: Value,
    /// Line and column of each node.
    pub positions: PositionIndex,
    /// What loading changed or dropped (3.1 forms with no 3.0 equivalent, numbers beyond
    /// 64 bits), located.
    pub warnings: Vec<Diagnostic>,
}

impl Document {
    /// Adds the line and column of its pointer to a diagnostic.
    pub fn locate(&self, diagnostic: Diagnostic) -> Diagnostic {
        locate_in(&self.positions, diagnostic)
    }

    /// The raw JSON node at a pointer.
    pub fn raw_at(&self, pointer: &str) -> Option<&Value> {
        self.raw.pointer(pointer)
    }
}

fn locate_in(positions: &PositionIndex, mut diagnostic: Diagnostic) -> Diagnostic {
    if diagnostic.position.is_none()
        && let Some(pointer) = &diagnostic.pointer
    {
        diagnostic.position = positions.find(pointer);
    }
    diagnostic
}

/// Parses YAML (or JSON, which is YAML) text into a [`Document`].
///
/// Reads OpenAPI 3.0.x, and 3.1.x mapped to the 3.0 shape; refuses any other version.
pub fn load(text: &str) -> Result<Document, Diagnostics> {
    let positions = PositionIndex::new(text);
    let refuse = |d: Diagnostic| Diagnostics(vec![locate_in(&positions, d)]);
    // The version first, from the scan, so that a wrong one is the only error.
    let probed = version::probe(&positions)
        .map(version::check)
        .transpose()
        .map_err(refuse)?;
    let mut parsed = tree::parse(text).map_err(|e| {
        let message = format!("not valid YAML: {e}");
        let diagnostic = match e.location() {
            Some(at) => Diagnostic::at_position(at.line(), at.column(), message),
            None => Diagnostic::error("", message),
        };
        refuse(diagnostic)
    })?;
    let Some(root) = parsed.tree.as_mapping() else {
        return Err(refuse(Diagnostic::error(
            "",
            "the document must be a mapping with `openapi`, `info` and `paths`",
        )));
    };
    let version = match probed {
        Some(version) => version,
        None => version::check(version::in_tree(root)).map_err(refuse)?,
    };
    let mut warnings = Vec::new();
    let v31 = version == SpecVersion::V3_1;
    let wide = parsed.has_wide_numbers();
    if wide {
        tree::wide_numbers(&mut parsed, text, &mut warnings);
    }
    if v31 || wide {
        normalize::document(&mut parsed.tree, v31, &mut warnings);
    }
    let raw: Value = serde_json::to_value(&parsed.tree).map_err(|e| {
        refuse(Diagnostic::error(
            "",
            format!("the document cannot be read as JSON: {e}"),
        ))
    })?;
    let api: OpenAPI = serde_path_to_error::deserialize(parsed.tree).map_err(|e| {
        let pointer = to_pointer(e.path());
        let shape = if v31 { " (read as 3.0)" } else { "" };
        refuse(Diagnostic::error(
            pointer,
            format!("not a valid OpenAPI 3.0 document{shape}: {}", e.inner()),
        ))
    })?;
    let warnings = warnings
        .into_iter()
        .map(|d| locate_in(&positions, d))
        .collect();
    Ok(Document {
        api,
        version,
        raw,
        positions,
        warnings,
    })
}

fn to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&escape_segment(key));
            }
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_other_versions_with_a_position() {
        let err = load("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n").unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.pointer.as_deref(), Some("/openapi"));
        assert_eq!(d.position, Some((1, 1)));
        assert!(d.message.contains("3.2.0"), "{d}");
    }

    #[test]
    fn reports_yaml_errors_at_line_and_column() {
        let err = load("openapi: 3.0.3\ninfo: [unclosed\n").unwrap_err();
        assert!(err.0[0].position.is_some(), "{err}");
    }

    #[test]
    fn reports_structure_errors_at_a_pointer() {
        let err = load("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: 5\n").unwrap_err();
        let d = &err.0[0];
        // Through untagged enums (`ReferenceOr`) serde can only name the outer key.
        assert!(d.pointer.as_deref().unwrap().starts_with("/paths"), "{d}");
        assert!(d.message.contains("Responses"), "{d}");
        assert!(d.position.is_some(), "{d}");
    }
}
