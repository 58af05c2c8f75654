//! Text → checked OpenAPI 3.0 document, with located errors.

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics, escape_segment};
use crate::locate::PositionIndex;

/// A parsed document: the typed tree, the same tree as JSON, and where its nodes are.
#[derive(Debug)]
pub struct Document {
    /// The typed OpenAPI 3.0 tree.
    pub api: OpenAPI,
    /// The document as JSON, for the parts `openapiv3` does not type (extensions, examples).
    pub raw: Value,
    /// Line and column of each block node.
    pub positions: PositionIndex,
}

impl Document {
    /// Adds the line and column of its pointer to a diagnostic.
    pub fn locate(&self, mut diagnostic: Diagnostic) -> Diagnostic {
        if diagnostic.position.is_none()
            && let Some(pointer) = &diagnostic.pointer
        {
            diagnostic.position = self.positions.find(pointer);
        }
        diagnostic
    }

    /// The raw JSON node at a pointer.
    pub fn raw_at(&self, pointer: &str) -> Option<&Value> {
        self.raw.pointer(pointer)
    }
}

/// Parses YAML (or JSON, which is YAML) text into a [`Document`].
///
/// Refuses anything but OpenAPI 3.0.x.
pub fn load(text: &str) -> Result<Document, Diagnostics> {
    let positions = PositionIndex::new(text);
    // One parse into YAML's own (ordered) tree: the typed document keeps the key order of
    // the text, and the JSON copy serves extensions and examples.
    let tree: yaml_serde::Value = yaml_serde::from_str(text).map_err(|e| {
        let message = format!("not valid YAML: {e}");
        let diagnostic = match e.location() {
            Some(at) => Diagnostic::at_position(at.line(), at.column(), message),
            None => Diagnostic::error("", message),
        };
        Diagnostics(vec![diagnostic])
    })?;
    let raw: Value = serde_json::to_value(&tree).map_err(|e| {
        Diagnostics(vec![Diagnostic::error(
            "",
            format!("the document cannot be read as JSON: {e}"),
        )])
    })?;
    let locate = |d: Diagnostic| {
        let position = d.pointer.as_deref().and_then(|p| positions.find(p));
        Diagnostic { position, ..d }
    };
    if !raw.is_object() {
        return Err(Diagnostics(vec![Diagnostic::error(
            "",
            "the document must be a mapping with `openapi`, `info` and `paths`",
        )]));
    }
    match raw.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0.") => {}
        Some(Value::String(v)) => {
            return Err(Diagnostics(vec![locate(Diagnostic::error(
                "/openapi",
                format!(
                    "OpenAPI version {v} is not supported: only 3.0.x documents are (3.1 changed the schema language)"
                ),
            ))]));
        }
        Some(other) => {
            return Err(Diagnostics(vec![locate(Diagnostic::error(
                "/openapi",
                format!("`openapi` must be a version string such as \"3.0.3\", found {other}"),
            ))]));
        }
        None => {
            let message = if raw.get("swagger").is_some() {
                "Swagger 2.0 documents are not supported: convert to OpenAPI 3.0 first"
            } else {
                "missing `openapi: 3.0.x` at the top of the document"
            };
            return Err(Diagnostics(vec![locate(Diagnostic::error("", message))]));
        }
    }
    let api: OpenAPI = serde_path_to_error::deserialize(tree).map_err(|e| {
        let pointer = to_pointer(e.path());
        Diagnostics(vec![locate(Diagnostic::error(
            pointer,
            format!("not a valid OpenAPI 3.0 document: {}", e.inner()),
        ))])
    })?;
    Ok(Document {
        api,
        raw,
        positions,
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
        let err = load("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n").unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.pointer.as_deref(), Some("/openapi"));
        assert_eq!(d.position, Some((1, 1)));
        assert!(d.message.contains("3.1.0"), "{d}");
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
