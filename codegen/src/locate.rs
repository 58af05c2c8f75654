//! Where a JSON pointer sits in the text: pointer → line:column.
//!
//! serde does not carry positions, so this is a separate, forgiving scan of the text.
//! Block-style YAML is scanned line by line: block mappings, block sequences (`- `),
//! comments and multi-line scalars, which is how OpenAPI documents are written. A document
//! that is one flow collection (JSON, minified or not, or YAML flow style) is scanned
//! character by character, so every node of it is located. Inside block-style YAML, nodes
//! within flow collections (`{..}`, `[..]`) are located at their nearest block ancestor.
//!
//! The same scan notes the scalar values of the top-level keys, which is all the loader
//! needs to check the document's version before parsing it.

use std::collections::HashMap;

use crate::diagnostic::escape_segment;

/// A top-level scalar value, as far as a scan of the text can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scalar {
    /// Certainly a string (quoted, or plain and shaped like a version such as `3.0.3`).
    Text(String),
    /// Something a scan cannot decide (a number, a flow collection, a tag…); the parsed tree
    /// must be asked.
    Undecided,
}

/// Positions (1-based line, column) of the nodes of a YAML or JSON document.
#[derive(Debug, Default)]
pub struct PositionIndex {
    positions: HashMap<String, (usize, usize)>,
    top: Vec<(String, Scalar)>,
}

struct Frame {
    indent: usize,
    pointer: String,
    item: bool,
}

impl PositionIndex {
    /// Scans `text`.
    pub fn new(text: &str) -> Self {
        let body = text.trim_start_matches('\u{feff}');
        let first = body.trim_start().as_bytes().first();
        if matches!(first, Some(b'{' | b'['))
            && let Some(index) = flow::scan(text)
        {
            return index;
        }
        Self::block(text)
    }

    /// The scalar value of a top-level key, when the document has that key.
    pub fn top_level(&self, key: &str) -> Option<&Scalar> {
        self.top.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn block(text: &str) -> Self {
        let mut positions = HashMap::new();
        let mut top = Vec::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut counters: HashMap<String, usize> = HashMap::new();
        // Lines more indented than this belong to a scalar (block or multi-line plain).
        let mut scalar_indent: Option<usize> = None;
        for (index, raw) in text.lines().enumerate() {
            let line_no = index + 1;
            let raw = if index == 0 {
                raw.trim_start_matches('\u{feff}')
            } else {
                raw
            };
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
            if content == "---" || content == "..." || content.starts_with('%') {
                continue;
            }
            positions
                .entry(String::new())
                .or_insert((line_no, indent + 1));
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
                let value = strip_comment(value).trim();
                if stack.is_empty() && column == 0 {
                    top.push((key, block_scalar(value)));
                }
                stack.push(Frame {
                    indent: column,
                    pointer,
                    item: false,
                });
                if !value.is_empty() && !value.starts_with('&') {
                    scalar_indent = Some(column);
                }
            } else {
                // A scalar item or a flow collection: its continuation lines are skipped.
                scalar_indent = Some(column.saturating_sub(1).max(indent));
            }
        }
        PositionIndex { positions, top }
    }

    /// The position of `pointer`, or of its nearest located ancestor below the root;
    /// the root (`""`) is at the document's first node.
    pub fn find(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut current = pointer;
        loop {
            if let Some(p) = self.positions.get(current) {
                return Some(*p);
            }
            let cut = current.rfind('/')?;
            current = &current[..cut];
            if current.is_empty() {
                return None;
            }
        }
    }
}

/// What the value text of a block `key: value` line says, when it is a one-line scalar.
fn block_scalar(value: &str) -> Scalar {
    if let Some(quoted) = value.strip_prefix('"') {
        return match quoted.strip_suffix('"') {
            Some(inner) if !inner.contains(['"', '\\']) => Scalar::Text(inner.to_string()),
            _ => Scalar::Undecided,
        };
    }
    if let Some(quoted) = value.strip_prefix('\'') {
        return match quoted.strip_suffix('\'') {
            Some(inner) if !inner.replace("''", "").contains('\'') => {
                Scalar::Text(inner.replace("''", "'"))
            }
            _ => Scalar::Undecided,
        };
    }
    plain_scalar(value)
}

/// A plain scalar is certainly a string when it looks like a version with two dots
/// (`3.0.3`, `3.1.0-rc1`): YAML reads no number or keyword that way.
fn plain_scalar(value: &str) -> Scalar {
    let versionish = value.starts_with(|c: char| c.is_ascii_digit())
        && value.matches('.').count() >= 2
        && !value.contains(char::is_whitespace);
    if versionish {
        Scalar::Text(value.to_string())
    } else {
        Scalar::Undecided
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

/// The scan of a document that is one flow collection: JSON, or YAML in flow style.
mod flow {
    use std::borrow::Cow;
    use std::collections::HashMap;
    use std::fmt::Write as _;

    use super::{PositionIndex, Scalar, plain_scalar};
    use crate::diagnostic::escape_segment;

    /// Deeper nesting than this is left to the parser to refuse.
    const MAX_DEPTH: usize = 512;

    /// Scans `text`, or gives up (`None`) on anything that is not a well-formed flow
    /// collection, leaving the text to the block scanner.
    pub(super) fn scan(text: &str) -> Option<PositionIndex> {
        let mut cursor = Cursor {
            text,
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
            column: 1,
            positions: HashMap::new(),
            top: Vec::new(),
        };
        if text.starts_with('\u{feff}') {
            cursor.at = '\u{feff}'.len_utf8();
        }
        cursor.blank();
        let mut pointer = String::new();
        cursor.value(&mut pointer, 0)?;
        cursor.blank();
        (cursor.at == cursor.bytes.len()).then_some(PositionIndex {
            positions: cursor.positions,
            top: cursor.top,
        })
    }

    struct Cursor<'a> {
        text: &'a str,
        bytes: &'a [u8],
        at: usize,
        line: usize,
        column: usize,
        positions: HashMap<String, (usize, usize)>,
        top: Vec<(String, Scalar)>,
    }

    impl<'a> Cursor<'a> {
        fn peek(&self) -> Option<u8> {
            self.bytes.get(self.at).copied()
        }

        fn bump(&mut self) {
            let Some(b) = self.peek() else { return };
            self.at += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                // Columns count characters: UTF-8 continuation bytes do not start one.
                self.column += 1;
            }
        }

        /// Skips white space and (YAML) comments.
        fn blank(&mut self) {
            while let Some(b) = self.peek() {
                match b {
                    b' ' | b'\t' | b'\r' | b'\n' => self.bump(),
                    b'#' => {
                        while self.peek().is_some_and(|b| b != b'\n') {
                            self.bump();
                        }
                    }
                    _ => break,
                }
            }
        }

        fn eat(&mut self, byte: u8) -> bool {
            let found = self.peek() == Some(byte);
            if found {
                self.bump();
            }
            found
        }

        /// One node at `pointer`; returns what it is when it is a scalar.
        fn value(&mut self, pointer: &mut String, depth: usize) -> Option<Scalar> {
            if depth > MAX_DEPTH {
                return None;
            }
            // A member is already located at its key.
            if !self.positions.contains_key(pointer.as_str()) {
                self.positions
                    .insert(pointer.clone(), (self.line, self.column));
            }
            match self.peek()? {
                b'{' => {
                    self.bump();
                    self.members(pointer, depth)?;
                    Some(Scalar::Undecided)
                }
                b'[' => {
                    self.bump();
                    self.items(pointer, depth)?;
                    Some(Scalar::Undecided)
                }
                _ => self.scalar().map(|(text, quoted)| {
                    if quoted {
                        Scalar::Text(text.into_owned())
                    } else {
                        plain_scalar(&text)
                    }
                }),
            }
        }

        fn members(&mut self, pointer: &mut String, depth: usize) -> Option<()> {
            let base = pointer.len();
            loop {
                self.blank();
                if self.eat(b'}') {
                    return Some(());
                }
                let at = (self.line, self.column);
                let (key, _) = self.scalar()?;
                pointer.push('/');
                if key.contains(['~', '/']) {
                    pointer.push_str(&escape_segment(&key));
                } else {
                    pointer.push_str(&key);
                }
                self.positions.insert(pointer.clone(), at);
                self.blank();
                let scalar = if self.eat(b':') {
                    self.blank();
                    self.value(pointer, depth + 1)?
                } else {
                    Scalar::Undecided
                };
                if depth == 0 {
                    self.top.push((key.into_owned(), scalar));
                }
                pointer.truncate(base);
                self.blank();
                if !self.eat(b',') {
                    self.blank();
                    return self.eat(b'}').then_some(());
                }
            }
        }

        fn items(&mut self, pointer: &mut String, depth: usize) -> Option<()> {
            let base = pointer.len();
            let mut index = 0usize;
            loop {
                self.blank();
                if self.eat(b']') {
                    return Some(());
                }
                let _ = write!(pointer, "/{index}");
                self.value(pointer, depth + 1)?;
                pointer.truncate(base);
                index += 1;
                self.blank();
                if !self.eat(b',') {
                    self.blank();
                    return self.eat(b']').then_some(());
                }
            }
        }

        /// A quoted or plain scalar: its text, and whether it was quoted.
        fn scalar(&mut self) -> Option<(Cow<'a, str>, bool)> {
            match self.peek()? {
                b'"' => self.double_quoted().map(|s| (s, true)),
                b'\'' => self.single_quoted().map(|s| (s, true)),
                b'{' | b'[' | b']' | b'}' | b',' | b':' => None,
                _ => {
                    let start = self.at;
                    while let Some(b) = self.peek() {
                        let next = self.bytes.get(self.at + 1).copied();
                        let ends_key = b == b':'
                            && next.is_none_or(|n| {
                                matches!(n, b' ' | b'\t' | b'\r' | b'\n' | b',' | b']' | b'}')
                            });
                        if matches!(b, b',' | b']' | b'}' | b'\n' | b'\r') || ends_key {
                            break;
                        }
                        if b == b'#' && self.at > start && self.bytes[self.at - 1] == b' ' {
                            break;
                        }
                        self.bump();
                    }
                    let text = self.text.get(start..self.at)?.trim_end();
                    (!text.is_empty()).then_some((Cow::Borrowed(text), false))
                }
            }
        }

        /// A JSON string (JSON escapes; YAML's extra ones are kept as written).
        fn double_quoted(&mut self) -> Option<Cow<'a, str>> {
            self.bump();
            let start = self.at;
            let plain = self.bytes[start..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\')
                .filter(|&end| self.bytes[start + end] == b'"');
            if let Some(end) = plain {
                while self.at < start + end {
                    self.bump();
                }
                self.bump();
                return self.text.get(start..start + end).map(Cow::Borrowed);
            }
            let mut out = Vec::new();
            loop {
                let b = self.peek()?;
                self.bump();
                match b {
                    b'"' => return String::from_utf8(out).ok().map(Cow::Owned),
                    b'\\' => {
                        let e = self.peek()?;
                        self.bump();
                        match e {
                            b'n' => out.push(b'\n'),
                            b't' => out.push(b'\t'),
                            b'r' => out.push(b'\r'),
                            b'b' => out.push(0x08),
                            b'f' => out.push(0x0C),
                            b'u' => {
                                let c = self.unicode_escape()?;
                                let mut buf = [0; 4];
                                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                            }
                            other => out.push(other),
                        }
                    }
                    other => out.push(other),
                }
            }
        }

        /// The four hex digits after `\u` (and a low surrogate's, after a high one).
        fn unicode_escape(&mut self) -> Option<char> {
            let high = self.hex4()?;
            if !(0xD800..0xDC00).contains(&high) {
                return Some(char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            if !(self.eat(b'\\') && self.eat(b'u')) {
                return Some(char::REPLACEMENT_CHARACTER);
            }
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Some(char::REPLACEMENT_CHARACTER);
            }
            let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
            Some(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
        }

        fn hex4(&mut self) -> Option<u32> {
            let digits = self.bytes.get(self.at..self.at + 4)?;
            let value = u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?;
            for _ in 0..4 {
                self.bump();
            }
            Some(value)
        }

        /// A YAML single-quoted string (`''` is a quote).
        fn single_quoted(&mut self) -> Option<Cow<'a, str>> {
            self.bump();
            let mut out = Vec::new();
            loop {
                let b = self.peek()?;
                self.bump();
                if b == b'\'' {
                    if !self.eat(b'\'') {
                        return String::from_utf8(out).ok().map(Cow::Owned);
                    }
                    out.push(b'\'');
                } else {
                    out.push(b);
                }
            }
        }
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
