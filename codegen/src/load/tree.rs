//! Text → YAML value tree, reading integers of any size.
//!
//! `yaml_serde::Value` holds numbers as `i64`, `u64` or `f64`: it refuses integers that
//! only fit 128 bits, and reads longer ones as floats without a word. This builds the same
//! tree, but an integer beyond 64 bits becomes the nearest float, and every number that
//! `openapiv3` cannot take as a 64-bit integer is noted in document order, so that a second
//! walk ([`wide_numbers`]) can say where each one is and whether digits were lost.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;

use serde::de::{DeserializeSeed, EnumAccess, Error as _, MapAccess, SeqAccess, VariantAccess};
use yaml_serde::value::{Tag, TaggedValue};
use yaml_serde::{Mapping, Number, Value};

use crate::diagnostic::{Diagnostic, escape_segment};

/// How a number beyond the 64-bit integers was written.
#[derive(Debug)]
enum Written {
    /// As a number that the float holds exactly (a float, or an integer such as 2^64).
    Exact,
    /// As an integer whose digits the float does not hold.
    Rounded(String),
    /// As an integer beyond 128 bits, or as a float: only the text can tell.
    Unknown,
}

/// A parsed tree, and the wide numbers in it, in document order.
pub(super) struct Parsed {
    /// The tree, as `yaml_serde` would have built it, but for the wide numbers.
    pub tree: Value,
    wide: VecDeque<Written>,
}

impl Parsed {
    /// True when the tree holds a number beyond the 64-bit integers.
    pub(super) fn has_wide_numbers(&self) -> bool {
        !self.wide.is_empty()
    }
}

/// Parses one YAML (or JSON) document.
pub(super) fn parse(text: &str) -> Result<Parsed, yaml_serde::Error> {
    let wide = RefCell::new(VecDeque::new());
    let tree = Seed {
        wide: &wide,
        key: false,
    }
    .deserialize(yaml_serde::Deserializer::from_str(text))?;
    Ok(Parsed {
        tree,
        wide: wide.into_inner(),
    })
}

/// True for a number that is not a 64-bit integer but is integral and at least 2^63 in
/// size: a `u64` above `i64::MAX`, or such a float.
pub(super) fn is_wide(number: &Number) -> bool {
    if number.is_i64() {
        return false;
    }
    if number.is_u64() {
        return true;
    }
    number
        .as_f64()
        .is_some_and(|f| f.is_finite() && f.fract() == 0.0 && f.abs() >= TWO_TO_THE_63)
}

/// 2^63: the first magnitude no `i64` holds.
const TWO_TO_THE_63: f64 = 9_223_372_036_854_775_808.0;

/// 2^127: a float beyond it may stand for an integer too long for 128 bits, which the parser
/// reads as a float without a word.
const BEYOND_128_BITS: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;

#[derive(Clone, Copy)]
struct Seed<'a> {
    wide: &'a RefCell<VecDeque<Written>>,
    /// Mapping keys are not numbers to anyone: a wide key keeps its digits as a string.
    key: bool,
}

impl Seed<'_> {
    fn number(self, number: Number, written: Written) -> Value {
        if !self.key && is_wide(&number) {
            self.wide.borrow_mut().push_back(written);
        }
        Value::Number(number)
    }

    fn big<E: serde::de::Error>(self, digits: String) -> Result<Value, E> {
        if self.key {
            return Ok(Value::String(digits));
        }
        let float: f64 = digits
            .parse()
            .map_err(|_| E::custom(format!("the integer {digits} cannot be read")))?;
        let written = if format!("{float:.0}") == digits {
            Written::Exact
        } else {
            Written::Rounded(digits)
        };
        Ok(self.number(Number::from(float), written))
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any YAML value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<Value, E> {
        Ok(Value::Number(i.into()))
    }

    fn visit_u64<E>(self, u: u64) -> Result<Value, E> {
        Ok(self.number(u.into(), Written::Exact))
    }

    fn visit_i128<E: serde::de::Error>(self, i: i128) -> Result<Value, E> {
        self.big(i.to_string())
    }

    fn visit_u128<E: serde::de::Error>(self, u: u128) -> Result<Value, E> {
        self.big(u.to_string())
    }

    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        let written = if f.abs() > BEYOND_128_BITS {
            Written::Unknown
        } else {
            Written::Exact
        };
        Ok(self.number(f.into(), written))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let item = Seed { key: false, ..self };
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(value) = seq.next_element_seed(item)? {
            items.push(value);
        }
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let key_seed = Seed { key: true, ..self };
        let value_seed = Seed { key: false, ..self };
        let mut mapping = Mapping::new();
        while let Some(key) = map.next_key_seed(key_seed)? {
            if mapping.contains_key(&key) {
                return Err(A::Error::custom(duplicate(&key)));
            }
            let value = map.next_value_seed(value_seed)?;
            mapping.insert(key, value);
        }
        Ok(Value::Mapping(mapping))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        let (tag, contents): (String, _) = data.variant()?;
        if tag.is_empty() {
            return Err(A::Error::custom("empty YAML tag is not allowed"));
        }
        let value = contents.newtype_variant_seed(Seed { key: false, ..self })?;
        Ok(Value::Tagged(Box::new(TaggedValue {
            tag: Tag::new(tag),
            value,
        })))
    }
}

/// The message `yaml_serde` gives for a key that appears twice.
fn duplicate(key: &Value) -> String {
    match key {
        Value::Null => "duplicate entry with null key".to_string(),
        Value::Bool(b) => format!("duplicate entry with key `{b}`"),
        Value::Number(n) => format!("duplicate entry with key {n}"),
        Value::String(s) => format!("duplicate entry with key {s:?}"),
        Value::Sequence(_) | Value::Mapping(_) | Value::Tagged(_) => {
            "duplicate entry in YAML map".to_string()
        }
    }
}

/// Warns, at its pointer, of every wide number whose digits the float lost.
pub(super) fn wide_numbers(parsed: &mut Parsed, text: &str, out: &mut Vec<Diagnostic>) {
    let mut walk = Walk {
        wide: &mut parsed.wide,
        text,
        out,
    };
    walk.node(&parsed.tree, &mut String::new());
}

struct Walk<'a> {
    wide: &'a mut VecDeque<Written>,
    text: &'a str,
    out: &'a mut Vec<Diagnostic>,
}

impl Walk<'_> {
    /// Visits the values under `node` in document order, as the parser made them.
    fn node(&mut self, node: &Value, pointer: &mut String) {
        if self.wide.is_empty() {
            return;
        }
        match node {
            Value::Number(number) if is_wide(number) => {
                let Some(written) = self.wide.pop_front() else {
                    return;
                };
                let digits = match written {
                    Written::Exact => None,
                    Written::Rounded(digits) => Some(digits),
                    Written::Unknown => number
                        .as_f64()
                        .and_then(|f| written_integer(self.text, f))
                        .filter(|digits| {
                            number
                                .as_f64()
                                .is_some_and(|f| format!("{f:.0}") != *digits)
                        }),
                };
                if let Some(digits) = digits {
                    self.out.push(Diagnostic::warning(
                        pointer.clone(),
                        format!(
                            "the integer {digits} does not fit in 64 bits: it is read as the number {number}, which loses digits"
                        ),
                    ));
                }
            }
            Value::Sequence(items) => {
                let base = pointer.len();
                for (index, item) in items.iter().enumerate() {
                    pointer.push('/');
                    pointer.push_str(&index.to_string());
                    self.node(item, pointer);
                    pointer.truncate(base);
                }
            }
            Value::Mapping(mapping) => {
                let base = pointer.len();
                for (key, value) in mapping {
                    pointer.push('/');
                    pointer.push_str(&escape_segment(&segment(key)));
                    self.node(value, pointer);
                    pointer.truncate(base);
                }
            }
            Value::Tagged(tagged) => self.node(&tagged.value, pointer),
            _ => {}
        }
    }
}

/// A mapping key as a JSON pointer segment (JSON's string form of the key).
pub(super) fn segment(key: &Value) -> String {
    match key {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_string(),
        Value::Tagged(tagged) => segment(&tagged.value),
        Value::Sequence(_) | Value::Mapping(_) => String::new(),
    }
}

/// The digits of an integer of more than 38 digits written in `text` that reads as `float`,
/// if there is one (a float written as such, like `1e40`, has none).
fn written_integer(text: &str, float: f64) -> Option<String> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        let before = start.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at).copied();
        let joined =
            |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_');
        if at - start < 39 || joined(before) || joined(after) {
            continue;
        }
        let negative = before == Some(b'-');
        let digits = text[start..at].trim_start_matches('0');
        let signed = if negative {
            format!("-{digits}")
        } else {
            digits.to_string()
        };
        if signed.parse::<f64>().ok() == Some(float) {
            return Some(signed);
        }
    }
    None
}
