//! Value types the generated models use: lenient numbers and ids that keep their wire
//! form, personal data that prints masked, and the store of fields the spec does not name.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A number as the API sent it: `2969`, `2969.0`, `"2969.0"`, or any other string.
///
/// Decoding never fails on a JSON number or string, and encoding writes the same form back
/// (integer, float or string), so a round trip loses nothing. Read it with
/// [`as_i64`](Number::as_i64), [`as_f64`](Number::as_f64), [`to_decimal`](Number::to_decimal)
/// or, for money, [`to_minor_units`](Number::to_minor_units), which is exact: no `f64` rounding
/// is involved for integers, strings, or floats of up to 15 significant digits.
#[derive(Clone, PartialEq)]
pub struct Number(Repr);

#[derive(Clone, PartialEq)]
enum Repr {
    UInt(u64),
    NegInt(i64),
    Float(f64),
    Text(Box<str>),
}

/// The JSON form a [`Number`] arrived in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberForm {
    /// A JSON integer.
    Integer,
    /// A JSON number with a fraction or exponent.
    Float,
    /// A JSON string.
    Text,
}

impl Number {
    /// The form it arrived in (and will be sent in).
    pub fn form(&self) -> NumberForm {
        match self.0 {
            Repr::UInt(_) | Repr::NegInt(_) => NumberForm::Integer,
            Repr::Float(_) => NumberForm::Float,
            Repr::Text(_) => NumberForm::Text,
        }
    }

    /// The original text when it arrived as a string.
    pub fn as_text(&self) -> Option<&str> {
        match &self.0 {
            Repr::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The value in decimal notation (`"2969"`, `"199.99"`), or `None` for a string that is
    /// not a number (such as `"..."` in documentation examples).
    pub fn to_decimal(&self) -> Option<String> {
        match &self.0 {
            Repr::UInt(v) => Some(v.to_string()),
            Repr::NegInt(v) => Some(v.to_string()),
            // Rust prints the shortest text that reads back as the same f64, without exponent.
            Repr::Float(v) => v.is_finite().then(|| v.to_string()),
            Repr::Text(t) => {
                let t = t.trim();
                parse_decimal(t).map(|_| t.to_string())
            }
        }
    }

    /// The value as an integer, when it is one (`2969`, `2969.0`, `"2969"`).
    pub fn as_i64(&self) -> Option<i64> {
        match &self.0 {
            Repr::UInt(v) => i64::try_from(*v).ok(),
            Repr::NegInt(v) => Some(*v),
            _ => {
                let units = self.scaled(0)?;
                i64::try_from(units).ok()
            }
        }
    }

    /// The value as an unsigned integer, when it is one.
    pub fn as_u64(&self) -> Option<u64> {
        match &self.0 {
            Repr::UInt(v) => Some(*v),
            _ => u64::try_from(self.scaled(0)?).ok(),
        }
    }

    /// The value as an `f64` (rounded if it has more than 15 significant digits).
    pub fn as_f64(&self) -> Option<f64> {
        match &self.0 {
            Repr::UInt(v) => Some(*v as f64),
            Repr::NegInt(v) => Some(*v as f64),
            Repr::Float(v) => Some(*v),
            Repr::Text(t) => parse_decimal(t.trim()).and_then(|_| t.trim().parse().ok()),
        }
    }

    /// The value in units of `10^-scale` (cents for scale 2), exactly; `None` when it is not
    /// a number, has more fractional digits than `scale` that are not zero, or does not fit
    /// an `i64`.
    ///
    /// ```
    /// # use personaclick_runtime::Number;
    /// assert_eq!(Number::from("199.99").to_minor_units(2), Some(19999));
    /// assert_eq!(Number::from(10760.5).to_minor_units(2), Some(1076050));
    /// assert_eq!(Number::from("1.005").to_minor_units(2), None);
    /// assert_eq!(Number::from("1e30").to_minor_units(2), None);
    /// ```
    pub fn to_minor_units(&self, scale: u32) -> Option<i64> {
        i64::try_from(self.scaled(scale)?).ok()
    }

    /// [`to_minor_units`](Self::to_minor_units) as an `i128`, the range `as_u64` needs too.
    fn scaled(&self, scale: u32) -> Option<i128> {
        let text = self.to_decimal()?;
        let (negative, int, frac, exp) = parse_decimal(&text)?;
        let shift = i64::from(scale) + exp;
        let mut digits: String = format!("{int}{frac}");
        let point = int.len() as i64 + shift;
        let Some(first) = digits.bytes().position(|b| b != b'0') else {
            return Some(0);
        };
        if point < 0 {
            return None;
        }
        // More integer digits than an i128 holds (39): overflow, whatever the scale asked.
        if point - first as i64 > 39 {
            return None;
        }
        let point = point as usize;
        if point >= digits.len() {
            digits.extend(std::iter::repeat_n('0', point - digits.len()));
        } else if digits[point..].bytes().any(|b| b != b'0') {
            return None;
        } else {
            digits.truncate(point);
        }
        let value: i128 = if digits.is_empty() {
            0
        } else {
            digits.parse().ok()?
        };
        Some(if negative { -value } else { value })
    }
}

/// Splits a decimal literal into sign, integer digits, fraction digits and exponent.
fn parse_decimal(text: &str) -> Option<(bool, &str, &str, i64)> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exp) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i64>().ok()?),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) || exp.abs() > 4000 {
        return None;
    }
    Some((negative, int, frac, exp))
}

impl Default for Number {
    fn default() -> Self {
        Number(Repr::UInt(0))
    }
}

macro_rules! number_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(v: $t) -> Self {
                let v = i128::from(v);
                match u64::try_from(v) {
                    Ok(u) => Number(Repr::UInt(u)),
                    Err(_) => Number(Repr::NegInt(v as i64)),
                }
            }
        }
    )*};
}
number_from_int!(u8, u16, u32, u64, i8, i16, i32, i64);

impl From<f64> for Number {
    /// A float; sent as a JSON float.
    fn from(v: f64) -> Self {
        Number(Repr::Float(v))
    }
}

impl From<&str> for Number {
    /// A string; sent as a JSON string, as the API sometimes does.
    fn from(v: &str) -> Self {
        Number(Repr::Text(v.into()))
    }
}

impl From<String> for Number {
    fn from(v: String) -> Self {
        Number(Repr::Text(v.into_boxed_str()))
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::UInt(v) => write!(f, "{v}"),
            Repr::NegInt(v) => write!(f, "{v}"),
            Repr::Float(v) => write!(f, "{v}"),
            Repr::Text(t) => f.write_str(t),
        }
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::UInt(v) => write!(f, "{v}"),
            Repr::NegInt(v) => write!(f, "{v}"),
            Repr::Float(v) => write!(f, "{v:?}"),
            Repr::Text(t) => write!(f, "{t:?}"),
        }
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Repr::UInt(v) => s.serialize_u64(*v),
            Repr::NegInt(v) => s.serialize_i64(*v),
            Repr::Float(v) => s.serialize_f64(*v),
            Repr::Text(t) => s.serialize_str(t),
        }
    }
}

struct NumberVisitor;

impl Visitor<'_> for NumberVisitor {
    type Value = Number;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or a string")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
        Ok(Number(Repr::UInt(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
        Ok(Number::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
        Ok(Number(Repr::Float(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Number, E> {
        Ok(Number::from(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Number, E> {
        Ok(Number::from(v))
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NumberVisitor)
    }
}

/// An identifier the API sends as a string or as an integer.
///
/// Integers keep every digit (ids above 2^53 included) and are sent back as integers;
/// strings are sent back as strings. Compare with a string with `id == "100500"`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Id(IdRepr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum IdRepr {
    Text(String),
    UInt(u64),
    NegInt(i64),
    /// A float with no fraction (ids that went through JavaScript), kept bit for bit.
    Float(u64),
}

impl Id {
    /// The id as text (allocates only for numeric ids).
    pub fn as_str(&self) -> std::borrow::Cow<'_, str> {
        match &self.0 {
            IdRepr::Text(t) => std::borrow::Cow::Borrowed(t),
            _ => std::borrow::Cow::Owned(self.to_string()),
        }
    }

    /// True when it arrived as a JSON number.
    pub fn is_numeric(&self) -> bool {
        !matches!(self.0, IdRepr::Text(_))
    }

    /// The id as an integer, when it is one (`100500` or `"100500"`).
    pub fn as_u64(&self) -> Option<u64> {
        match &self.0 {
            IdRepr::Text(t) => t.parse().ok(),
            IdRepr::UInt(v) => Some(*v),
            IdRepr::NegInt(_) => None,
            IdRepr::Float(bits) => {
                let f = f64::from_bits(*bits);
                ((0.0..1.8e19).contains(&f) && f.fract() == 0.0).then_some(f as u64)
            }
        }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            IdRepr::Text(t) => f.write_str(t),
            IdRepr::UInt(v) => write!(f, "{v}"),
            IdRepr::NegInt(v) => write!(f, "{v}"),
            IdRepr::Float(bits) => write!(f, "{}", f64::from_bits(*bits)),
        }
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            IdRepr::Text(t) => write!(f, "{t:?}"),
            _ => write!(f, "{self}"),
        }
    }
}

impl From<&str> for Id {
    fn from(v: &str) -> Self {
        Id(IdRepr::Text(v.to_string()))
    }
}

impl From<String> for Id {
    fn from(v: String) -> Self {
        Id(IdRepr::Text(v))
    }
}

impl From<&String> for Id {
    fn from(v: &String) -> Self {
        Id(IdRepr::Text(v.clone()))
    }
}

impl From<&Id> for Id {
    /// A copy, so that an id read from one answer goes into the next request as it is.
    fn from(v: &Id) -> Self {
        v.clone()
    }
}

macro_rules! id_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Id {
            /// An integer id; sent as a JSON integer.
            fn from(v: $t) -> Self {
                let v = i128::from(v);
                match u64::try_from(v) {
                    Ok(u) => Id(IdRepr::UInt(u)),
                    Err(_) => Id(IdRepr::NegInt(v as i64)),
                }
            }
        }
    )*};
}
id_from_int!(u8, u16, u32, u64, i8, i16, i32, i64);

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        match &self.0 {
            IdRepr::Text(t) => t == other,
            _ => self.as_str() == other,
        }
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            IdRepr::Text(t) => s.serialize_str(t),
            IdRepr::UInt(v) => s.serialize_u64(*v),
            IdRepr::NegInt(v) => s.serialize_i64(*v),
            IdRepr::Float(bits) => s.serialize_f64(f64::from_bits(*bits)),
        }
    }
}

struct IdVisitor;

impl Visitor<'_> for IdVisitor {
    type Value = Id;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or an integer id")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
        Ok(Id::from(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
        Ok(Id::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Id, E> {
        if v.is_finite() && v.fract() == 0.0 {
            Ok(Id(IdRepr::Float(v.to_bits())))
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
        Ok(Id::from(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Id, E> {
        Ok(Id::from(v))
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(IdVisitor)
    }
}

/// Personal data (an email, a phone number). Reads like the value inside (it derefs to it),
/// but `Debug` and `Display` print it masked: `j***@example.com`, `***99`.
/// Use [`expose`](Pii::expose) to get the value itself.
#[derive(Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Pii<T>(T);

impl<T> Pii<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Pii(value)
    }

    /// The value itself.
    pub fn expose(&self) -> &T {
        &self.0
    }

    /// Unwraps the value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Pii<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Pii<T> {
    fn from(value: T) -> Self {
        Pii(value)
    }
}

/// Masks personal data for printing: emails keep their first letter and domain, phone
/// numbers their last two digits, anything else is hidden.
pub(crate) fn mask(text: &str) -> String {
    if let Some((local, domain)) = text.split_once('@') {
        let first: String = local.chars().take(1).collect();
        return format!("{first}***@{domain}");
    }
    let digits: Vec<char> = text.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 6 {
        let tail: String = digits[digits.len() - 2..].iter().collect();
        return format!("***{tail}");
    }
    "***".to_string()
}

impl<T: fmt::Display> fmt::Display for Pii<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mask(&self.0.to_string()))
    }
}

impl<T: fmt::Display> fmt::Debug for Pii<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Pii({:?})", mask(&self.0.to_string()))
    }
}

impl<T: Serialize> Serialize for Pii<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Pii<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Pii)
    }
}

/// What a model keeps beyond its named fields: fields the spec does not know, and the
/// named fields that arrived as an explicit `null` (so `null` and "absent" stay distinct).
/// Both are written back when the model is serialized.
#[derive(Clone, Default, PartialEq)]
pub struct Extra {
    fields: serde_json::Map<String, serde_json::Value>,
    nulls: Vec<&'static str>,
}

impl Extra {
    /// An unknown field by name.
    pub fn get(&self, name: &str) -> Option<&serde_json::Value> {
        self.fields.get(name)
    }

    /// Adds (or replaces) an unknown field; it is sent when the model is serialized.
    pub fn insert(&mut self, name: String, value: serde_json::Value) -> Option<serde_json::Value> {
        self.fields.insert(name, value)
    }

    /// Removes an unknown field.
    pub fn remove(&mut self, name: &str) -> Option<serde_json::Value> {
        self.fields.remove(name)
    }

    /// The unknown fields.
    pub fn fields(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.fields
    }

    /// True when there are no unknown fields and no explicit nulls.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.nulls.is_empty()
    }

    /// True when the named (known) field arrived as, or is to be sent as, `null`.
    pub fn is_null(&self, name: &str) -> bool {
        self.nulls.contains(&name)
    }

    /// Marks a named field to be sent as `null` while it is unset.
    pub fn set_null(&mut self, name: &'static str) {
        if !self.nulls.contains(&name) {
            self.nulls.push(name);
        }
    }

    /// Forgets an explicit `null` of a named field.
    pub fn unset_null(&mut self, name: &str) {
        self.nulls.retain(|n| *n != name);
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("Extra");
        if !self.fields.is_empty() {
            // Unnamed fields may hold personal data the spec does not mark: masked.
            let fields: serde_json::Map<String, serde_json::Value> = self
                .fields
                .iter()
                .map(|(k, v)| (super::redact::text(k), super::redact::json(v)))
                .collect();
            s.field("fields", &fields);
        }
        if !self.nulls.is_empty() {
            s.field("nulls", &self.nulls);
        }
        s.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(json: &str) -> String {
        let n: Number = serde_json::from_str(json).unwrap();
        serde_json::to_string(&n).unwrap()
    }

    #[test]
    fn numbers_keep_their_form() {
        for json in [
            "2969",
            "2969.0",
            "\"2969.0\"",
            "-5",
            "199.99",
            "\"...\"",
            "18446744073709551615",
        ] {
            assert_eq!(round(json), json);
        }
    }

    #[test]
    fn ids_convert_from_what_callers_hold() {
        let owned = String::from("42");
        let from_response: Id = serde_json::from_str("42").unwrap();
        assert_eq!(serde_json::to_string(&Id::from(&owned)).unwrap(), "\"42\"");
        assert_eq!(
            serde_json::to_string(&Id::from(&from_response)).unwrap(),
            "42"
        );
        assert_eq!(serde_json::to_string(&Id::from(7u32)).unwrap(), "7");
    }

    #[test]
    fn money_is_exact() {
        assert_eq!(Number::from(199.99).to_minor_units(2), Some(19999));
        assert_eq!(Number::from("2969.0").to_minor_units(2), Some(296900));
        assert_eq!(Number::from(0.1 + 0.2).to_minor_units(2), None);
        assert_eq!(Number::from("1e3").to_minor_units(0), Some(1000));
        assert_eq!(Number::from("...").to_minor_units(2), None);
        assert_eq!(Number::from(-12).as_i64(), Some(-12));
        assert_eq!(Number::from("2969.0").as_i64(), Some(2969));
        // Extreme scales and exponents end in `None`, quickly and without overflow.
        assert_eq!(Number::from(1).to_minor_units(u32::MAX), None);
        assert_eq!(Number::from(0).to_minor_units(u32::MAX), Some(0));
        assert_eq!(Number::from("1e4000").to_minor_units(0), None);
        assert_eq!(Number::from("0.001").to_minor_units(0), None);
        assert_eq!(
            Number::from(u64::MAX).scaled(18),
            Some(i128::from(u64::MAX) * 10i128.pow(18))
        );
        // Minor units are an i64: past it, `None`; the largest one is kept.
        assert_eq!(Number::from(u64::MAX).to_minor_units(0), None);
        assert_eq!(Number::from(i64::MAX).to_minor_units(0), Some(i64::MAX));
        assert_eq!(Number::from(u64::MAX).as_u64(), Some(u64::MAX));
    }

    #[test]
    fn ids_keep_every_digit() {
        let id: Id = serde_json::from_str("1571698960744055000").unwrap();
        assert_eq!(id, "1571698960744055000");
        assert_eq!(serde_json::to_string(&id).unwrap(), "1571698960744055000");
        let id: Id = serde_json::from_str("\"SKU-1\"").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"SKU-1\"");
    }

    #[test]
    fn pii_is_masked() {
        let email = Pii::new("john.doe@example.com".to_string());
        assert_eq!(email.to_string(), "j***@example.com");
        assert_eq!(format!("{email:?}"), "Pii(\"j***@example.com\")");
        assert_eq!(Pii::new("+44 0011 452 7199").to_string(), "***99");
        assert_eq!(email.len(), 20);
    }
}
