//! The serde plumbing generated models call: a map visitor helper that keeps unknown
//! fields and explicit nulls without `#[serde(flatten)]`'s buffering, the matching writer,
//! and decoders for string enums and scalar unions.

use std::fmt;

use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::values::{Extra, Number};

/// A map key, borrowed from the input when it can be.
#[derive(Debug)]
pub enum Key<'de> {
    /// Borrowed from the input.
    Borrowed(&'de str),
    /// Copied (the input had escapes, or is not borrowable).
    Owned(String),
}

impl Key<'_> {
    /// The key text.
    pub fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }

    fn into_string(self) -> String {
        match self {
            Key::Borrowed(s) => s.to_string(),
            Key::Owned(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Collects what a generated model's visitor does not place in a named field.
#[derive(Default)]
pub struct ObjectReader {
    extra: Extra,
}

impl ObjectReader {
    /// Reads an optional field; an explicit `null` is remembered.
    pub fn optional<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        &mut self,
        map: &mut A,
        name: &'static str,
        slot: &mut Option<T>,
    ) -> Result<(), A::Error> {
        let value: Option<T> = map.next_value()?;
        if value.is_none() {
            self.extra.set_null(name);
        } else if !self.extra.is_empty() {
            self.extra.unset_null(name);
        }
        *slot = value;
        Ok(())
    }

    /// Reads a required field.
    pub fn required<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
        &mut self,
        map: &mut A,
        slot: &mut Option<T>,
    ) -> Result<(), A::Error> {
        *slot = Some(map.next_value()?);
        Ok(())
    }

    /// Keeps a field the model does not name.
    pub fn unknown<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: Key<'de>,
    ) -> Result<(), A::Error> {
        let value: serde_json::Value = map.next_value()?;
        self.extra.insert(key.into_string(), value);
        Ok(())
    }

    /// What was kept.
    pub fn finish(self) -> Extra {
        self.extra
    }
}

/// A required field's value, or a "missing field" error.
pub fn present<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

thread_local! {
    /// While set, models are written without their unknown fields (used by drift checks to
    /// see what the spec does not name).
    static KNOWN_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Encodes `value` leaving out every field the spec does not name.
pub(crate) fn to_known_json<T: Serialize>(
    value: &T,
) -> Result<serde_json::Value, serde_json::Error> {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            KNOWN_ONLY.with(|k| k.set(false));
        }
    }
    KNOWN_ONLY.with(|k| k.set(true));
    let _reset = Reset;
    serde_json::to_value(value)
}

/// Writes a generated model: named fields, explicit nulls, then the kept unknown fields.
pub struct ObjectWriter<'a, M> {
    map: M,
    extra: &'a Extra,
}

impl<'a, M: SerializeMap> ObjectWriter<'a, M> {
    /// Starts the object.
    pub fn new<S: Serializer<SerializeMap = M>>(
        serializer: S,
        extra: &'a Extra,
    ) -> Result<Self, S::Error> {
        Ok(ObjectWriter {
            map: serializer.serialize_map(None)?,
            extra,
        })
    }

    /// Writes an optional field under each of its names: absent when unset, `null` when
    /// it arrived (or was set) as `null`.
    pub fn optional<T: Serialize>(
        &mut self,
        names: &[&str],
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(v) => self.required(names, v),
            None if self.extra.is_null(names[0]) => self.required(names, &()),
            None => Ok(()),
        }
    }

    /// Writes a field under each of its names.
    pub fn required<T: Serialize + ?Sized>(
        &mut self,
        names: &[&str],
        value: &T,
    ) -> Result<(), M::Error> {
        for name in names {
            self.map.serialize_entry(name, value)?;
        }
        Ok(())
    }

    /// Writes the unknown fields and ends the object.
    pub fn end(mut self) -> Result<M::Ok, M::Error> {
        if !KNOWN_ONLY.with(std::cell::Cell::get) {
            for (k, v) in self.extra.fields() {
                self.map.serialize_entry(k, v)?;
            }
        }
        self.map.end()
    }
}

/// Decodes a string enum with `from` (which maps unknown values to a catch-all).
pub fn string_enum<'de, D: Deserializer<'de>, T>(d: D, from: fn(&str) -> T) -> Result<T, D::Error> {
    struct StrVisitor<T>(fn(&str) -> T);
    impl<T> Visitor<'_> for StrVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
    }
    d.deserialize_str(StrVisitor(from))
}

/// One JSON scalar, as scalar unions see it.
pub enum Scalar {
    /// `true` / `false`.
    Bool(bool),
    /// Any JSON number.
    Number(Number),
    /// Any JSON string.
    Str(String),
}

impl Scalar {
    /// The "invalid type" error for a scalar no variant accepts.
    pub fn unexpected<E: de::Error>(self, expected: &str) -> E {
        let unexpected = match &self {
            Scalar::Bool(b) => de::Unexpected::Bool(*b),
            Scalar::Number(_) => de::Unexpected::Other("a number"),
            Scalar::Str(s) => de::Unexpected::Str(s),
        };
        E::invalid_type(unexpected, &expected)
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl Visitor<'_> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a boolean, number or string")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Bool(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Number(Number::from(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Number(Number::from(v)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Number(Number::from(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Str(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Scalar, E> {
                Ok(Scalar::Str(v))
            }
        }
        d.deserialize_any(ScalarVisitor)
    }
}

/// A response body decoded into its typed model and encoded back.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The typed value, pretty-printed with `Debug` (personal data masked).
    pub debug: String,
    /// The typed value encoded back to JSON.
    pub json: serde_json::Value,
    /// The same without the fields the spec does not name.
    pub known: serde_json::Value,
}

/// One documented response body of an operation, for drift checks: the operation id, the
/// statuses it covers (inclusive), and the decoder of its typed model.
pub type ResponseDecoder = (
    &'static str,
    u16,
    u16,
    fn(&str, &[u8]) -> Result<Decoded, super::Error>,
);

/// Decodes `body` with the first entry of `table` for `operation` whose statuses hold
/// `status`; `None` when there is none (see `operations::decode_response`).
pub fn decode_response(
    table: &[ResponseDecoder],
    operation: &str,
    status: u16,
    body: &[u8],
) -> Option<Result<Decoded, super::Error>> {
    table
        .iter()
        .find(|(id, lo, hi, _)| *id == operation && (*lo..=*hi).contains(&status))
        .map(|(_, _, _, decode)| decode(operation, body))
}

/// Decodes with the typed model of an operation, then encodes back (see
/// `operations::decode_response`).
pub fn reencode<T: DeserializeOwned + Serialize + fmt::Debug>(
    operation: &str,
    body: &[u8],
) -> Result<Decoded, super::Error> {
    let value: T = super::transport::decode_json(operation, body, None, &Default::default())?;
    let json = serde_json::to_value(&value).map_err(|e| super::Error::encode(operation, e))?;
    let known = to_known_json(&value).map_err(|e| super::Error::encode(operation, e))?;
    Ok(Decoded {
        debug: format!("{value:#?}"),
        json,
        known,
    })
}
