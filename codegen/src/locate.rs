//! Where a JSON pointer sits in block-style YAML text: pointer → line:column.
//!
//! serde does not carry positions, so this is a separate, forgiving scan of the text.
//! It understands block mappings, block sequences (`- `), comments and multi-line scalars,
//! which is how OpenAPI documents are written. Nodes inside flow collections (`{..}`,
//! `[..]`) are located at their nearest block ancestor.

use std::collections::HashMap;

use crate::diagnostic::escape_segment;

/// Positions (1-based line, column) of the block nodes of a YAML document.
#[derive(Debug, Default)]
pub struct PositionIndex {
    positions: HashMap<String, (usize, usize)>,
}

struct Frame {
    indent: usize,
    pointer: String,
    item: bool,
}

impl PositionIndex {
    /// Scans `text`.
    pub fn new(text: &str) -> Self {
        let mut positions = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut counters: HashMap<String, usize> = HashMap::new();
        // Lines more indented than this belong to a scalar (block or multi-line plain).
        let mut scalar_indent: Option<usize> = None;
        for (index, raw) in text.lines().enumerate() {
            let line_no = index + 1;
            let content = raw.trim_start();
            let indent = raw.len() - content.len();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            if let Some(limit) = scalar_indent {
                if indent > limit {
                    continue;
                }
                scalar_indent = None;
            }
            if content == "---" || content == "..." {
                continue;
            }
            let mut column = indent;
            let mut rest = content;
            // Sequence items, possibly several on one line ("- - a").
            while let Some(after) =
                rest.strip_prefix("- ")
                    .or(if rest == "-" { Some("") } else { None })
            {
                while stack
                    .last()
                    .is_some_and(|f| f.indent > column || (f.indent == column && f.item))
                {
                    stack.pop();
                }
                let parent = stack.last().map(|f| f.pointer.clone()).unwrap_or_default();
                let counter = counters.entry(parent.clone()).or_insert(0);
                let pointer = format!("{parent}/{counter}");
                *counter += 1;
                positions
                    .entry(pointer.clone())
                    .or_insert((line_no, column + 1));
                stack.push(Frame {
                    indent: column,
                    pointer,
                    item: true,
                });
                let trimmed = after.trim_start();
                column += 2 + (after.len() - trimmed.len());
                rest = trimmed;
            }
            if rest.is_empty() {
                continue;
            }
            if let Some((key, value)) = split_key(rest) {
                while stack.last().is_some_and(|f| f.indent >= column) {
                    stack.pop();
                }
                let parent = stack.last().map(|f| f.pointer.clone()).unwrap_or_default();
                let pointer = format!("{parent}/{}", escape_segment(&key));
                counters.remove(&pointer);
                positions.insert(pointer.clone(), (line_no, column + 1));
                stack.push(Frame {
                    indent: column,
                    pointer,
                    item: false,
                });
                let value = strip_comment(value).trim();
                if !value.is_empty() && !value.starts_with('&') {
                    scalar_indent = Some(column);
                }
            } else {
                // A scalar item or a flow collection: its continuation lines are skipped.
                scalar_indent = Some(column.saturating_sub(1).max(indent));
            }
        }
        PositionIndex { positions }
    }

    /// The position of `pointer`, or of its nearest located ancestor.
    pub fn find(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut current = pointer;
        loop {
            if let Some(p) = self.positions.get(current) {
                return Some(*p);
            }
            let cut = current.rfind('/')?;
            current = &current[..cut];
        }
    }
}

/// Splits `key: value` (or `key:`), accepting quoted keys.
fn split_key(text: &str) -> Option<(String, &str)> {
    let (key, after) = if let Some(quoted) = text.strip_prefix('"') {
        let end = quoted.find('"')?;
        (quoted[..end].to_string(), &quoted[end + 1..])
    } else if let Some(quoted) = text.strip_prefix('\'') {
        let end = quoted.find('\'')?;
        (quoted[..end].to_string(), &quoted[end + 1..])
    } else {
        if text.starts_with(['{', '[', '|', '>', '"', '\'']) {
            return None;
        }
        let end = text
            .find(": ")
            .or_else(|| text.strip_suffix(':').map(str::len))?;
        (text[..end].trim_end().to_string(), &text[end..])
    };
    let value = after.strip_prefix(':')?;
    if !(value.is_empty() || value.starts_with(' ')) {
        return None;
    }
    Some((key, value))
}

fn strip_comment(value: &str) -> &str {
    match value.find(" #") {
        Some(i) => &value[..i],
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_keys_items_and_escapes() {
        let text = "openapi: 3.0.3\npaths:\n  /a/b:\n    get:\n      parameters:\n      - name: x\n        in: query\n      - name: y\n        description: >\n          text: not a key\n        in: path\n  /c:\n    get: {}\n";
        let index = PositionIndex::new(text);
        assert_eq!(index.find("/openapi"), Some((1, 1)));
        assert_eq!(index.find("/paths/~1a~1b/get"), Some((4, 5)));
        assert_eq!(
            index.find("/paths/~1a~1b/get/parameters/0/in"),
            Some((7, 9))
        );
        assert_eq!(
            index.find("/paths/~1a~1b/get/parameters/1/name"),
            Some((8, 9))
        );
        assert_eq!(
            index.find("/paths/~1a~1b/get/parameters/1/in"),
            Some((11, 9))
        );
        assert_eq!(index.find("/paths/~1c/get/responses"), Some((13, 5)));
        assert_eq!(index.find("/nowhere"), None);
    }
}
