//! One error type for everything the generator can say about a document.

use std::fmt;

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The document cannot be turned into code.
    Error,
    /// Code is generated, but something was ignored or guessed.
    Warning,
}

/// A problem found in a document, with where it is.
///
/// `pointer` is a JSON pointer into the document (where the meaning is at fault);
/// `line` and `column` (1-based) locate the text, when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// JSON pointer (RFC 6901) to the offending node, `""` for the whole document.
    pub pointer: Option<String>,
    /// Line and column (1-based) in the source text.
    pub position: Option<(usize, usize)>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Diagnostic {
    /// An error at a JSON pointer.
    pub fn error(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            pointer: Some(pointer.into()),
            position: None,
            message: message.into(),
        }
    }

    /// A warning at a JSON pointer.
    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(pointer, message)
        }
    }

    /// An error in the text itself, at a line and column.
    pub fn at_position(line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            pointer: None,
            position: Some((line, column)),
            message: message.into(),
        }
    }

    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}")?;
        if let Some((line, column)) = self.position {
            write!(f, " at {line}:{column}")?;
        }
        if let Some(pointer) = &self.pointer {
            let shown = if pointer.is_empty() {
                "(document root)"
            } else {
                pointer
            };
            write!(f, " [{shown}]")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Several diagnostics, as returned when a document is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// True when at least one diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Appends `segment` to `pointer`.
pub fn join(pointer: &str, segment: &str) -> String {
    format!("{pointer}/{}", escape_segment(segment))
}
