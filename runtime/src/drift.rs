//! Drift checks: does a captured response still fit the spec? Decodes it with the typed
//! model of its operation and lists every field the spec does not name.
//!
//! A generated client passes its own decoder (`decode_response`, emitted with the drift
//! feature); with the `personaclick` crate:
//!
//! ```ignore
//! let body = br#"{"name": "Kettle", "price": "19.90", "colour_code": "r"}"#;
//! let drift = personaclick::drift::check("products_get", 200, body)?;
//! assert_eq!(drift.unknown[0].path, "colour_code");
//! assert_eq!(drift.unknown[0].kind, "string");
//! # Ok::<(), personaclick::Error>(())
//! ```
//!
//! The same check runs from the command line: `cargo run --example drift -- OPERATION FILE`.

use serde_json::Value;

use super::Error;

/// What a captured response shows about the spec.
#[derive(Debug, Clone)]
pub struct Drift {
    /// The typed value, pretty-printed (personal data masked).
    pub typed: String,
    /// Fields the spec does not name, in document order.
    pub unknown: Vec<UnknownField>,
}

/// A field of a response that the spec does not name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField {
    /// Where it is, e.g. `products[0].brand_downcase`.
    pub path: String,
    /// Its JSON type: `null`, `boolean`, `number`, `string`, `array` or `object`.
    pub kind: &'static str,
}

/// A generated client's decoder: the typed decoding of `(operation, status, body)`, or
/// `None` when the spec documents no JSON body for them.
pub type DecodeFn = fn(&str, u16, &[u8]) -> Option<Result<super::Decoded, Error>>;

/// Decodes `body` with `decode` as the answer of `operation` with HTTP `status` and lists
/// what the spec does not name. Errors when the operation or status has no documented
/// JSON body, or when the body does not decode (the error names the field at fault).
pub fn check(decode: DecodeFn, operation: &str, status: u16, body: &[u8]) -> Result<Drift, Error> {
    let decoded = decode(operation, status, body).ok_or_else(|| {
        Error::Config(format!(
            "the spec documents no JSON body for `{operation}` with status {status}"
        ))
    })??;
    let original: Value = serde_json::from_slice(body).map_err(|e| Error::encode(operation, e))?;
    let mut unknown = Vec::new();
    diff(&original, &decoded.known, &mut String::new(), &mut unknown);
    Ok(Drift {
        typed: decoded.debug,
        unknown,
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Walks what arrived against what the typed model knows.
fn diff(original: &Value, known: &Value, path: &mut String, out: &mut Vec<UnknownField>) {
    match (original, known) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                match b.get(key) {
                    Some(inner) => diff(value, inner, path, out),
                    None => out.push(UnknownField {
                        path: path.clone(),
                        kind: kind(value),
                    }),
                }
                path.truncate(len);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                diff(x, y, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}
