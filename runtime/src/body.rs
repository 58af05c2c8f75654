//! Request bodies by media type: JSON and forms (encoded from a JSON value), raw bytes or
//! text with a content type, and `multipart/form-data` built part by part; and success
//! bodies read as they are (text or bytes) rather than as JSON.

use std::fmt;

use bytes::{BufMut, Bytes, BytesMut};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::transport::{RawResponse, Request, Response};
use super::{DecodeError, Error};

/// A file to upload as one part of a `multipart/form-data` body: its bytes, and the file
/// name and content type the part announces (both optional).
///
/// `Debug` shows the name, type and length, never the content.
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    bytes: Bytes,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl File {
    /// A file with these contents, no name and no content type (sent as
    /// `application/octet-stream`).
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        File {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// The file name the part announces (`filename="..."`).
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The part's content type (default `application/octet-stream`).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The contents.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl From<Bytes> for File {
    fn from(bytes: Bytes) -> Self {
        File::new(bytes)
    }
}

impl From<Vec<u8>> for File {
    fn from(bytes: Vec<u8>) -> Self {
        File::new(bytes)
    }
}

impl From<&'static [u8]> for File {
    fn from(bytes: &'static [u8]) -> Self {
        File::new(bytes)
    }
}

/// What a request carries, before it is encoded.
#[derive(Debug)]
pub(crate) enum Payload {
    /// A value the operation's [`BodyEncoding`](super::transport::BodyEncoding) encodes
    /// (JSON or a form).
    Value(Value),
    /// Bytes sent as they are, with their content type.
    Raw { content_type: String, bytes: Bytes },
    /// `multipart/form-data`, part by part.
    Multipart(Vec<Part>),
}

/// One part of a multipart body.
#[derive(Debug)]
pub(crate) struct Part {
    name: &'static str,
    file_name: Option<String>,
    content_type: Option<String>,
    bytes: Bytes,
}

impl Request<'_> {
    /// The body as raw bytes (or text), sent with `content_type`.
    pub fn raw_body(&mut self, content_type: &str, bytes: impl Into<Bytes>) {
        if content_type.contains(['\r', '\n']) {
            return self.fail("the content type holds a line break".to_string());
        }
        self.payload = Some(Payload::Raw {
            content_type: content_type.to_string(),
            bytes: bytes.into(),
        });
    }

    fn parts(&mut self) -> &mut Vec<Part> {
        if !matches!(self.payload, Some(Payload::Multipart(_))) {
            self.payload = Some(Payload::Multipart(Vec::new()));
        }
        match &mut self.payload {
            Some(Payload::Multipart(parts)) => parts,
            _ => unreachable!("set just above"),
        }
    }

    /// A multipart field, when set: a string, number or boolean as a text part; a list of
    /// them as one text part per item; anything else as a JSON part.
    pub fn part<T: Serialize + ?Sized>(&mut self, name: &'static str, value: Option<&T>) {
        let Some(value) = value else { return };
        let value = match serde_json::to_value(value) {
            Ok(value) => value,
            Err(e) => return self.fail(format!("multipart field `{name}`: {e}")),
        };
        let scalar = |v: &Value| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        };
        let texts: Option<Vec<String>> = match &value {
            Value::Null => Some(Vec::new()),
            Value::Array(items) => items.iter().map(scalar).collect(),
            other => scalar(other).map(|s| vec![s]),
        };
        let parts = self.parts();
        match texts {
            Some(texts) => parts.extend(texts.into_iter().map(|text| Part {
                name,
                file_name: None,
                content_type: None,
                bytes: Bytes::from(text),
            })),
            None => parts.push(Part {
                name,
                file_name: None,
                content_type: Some("application/json".to_string()),
                bytes: Bytes::from(value.to_string()),
            }),
        }
    }

    /// Multipart file parts, one per file.
    pub fn part_files<'f>(
        &mut self,
        name: &'static str,
        files: impl IntoIterator<Item = &'f File>,
    ) {
        let files: Vec<&File> = files.into_iter().collect();
        let unsafe_header = files.iter().any(|f| {
            [&f.file_name, &f.content_type]
                .into_iter()
                .flatten()
                .any(|s| s.contains(['\r', '\n']))
        });
        if unsafe_header {
            return self.fail(format!(
                "multipart file `{name}`: its name or content type holds a line break"
            ));
        }
        let parts = self.parts();
        for file in files {
            parts.push(Part {
                name,
                file_name: Some(file.file_name.clone().unwrap_or_else(|| name.to_string())),
                content_type: Some(
                    file.content_type
                        .clone()
                        .unwrap_or_else(|| "application/octet-stream".to_string()),
                ),
                bytes: file.bytes.clone(),
            });
        }
    }
}

/// Encodes multipart parts (RFC 7578) with a boundary none of them contains: the content
/// type and the body.
pub(crate) fn multipart(parts: &[Part]) -> (String, Bytes) {
    let boundary = loop {
        let candidate = format!(
            "----personaclick{:016x}{:016x}",
            fastrand::u64(..),
            fastrand::u64(..)
        );
        let needle = candidate.as_bytes();
        if !parts
            .iter()
            .any(|p| p.bytes.windows(needle.len()).any(|w| w == needle))
        {
            break candidate;
        }
    };
    let quoted = |s: &str| s.replace('"', "%22");
    let mut out = BytesMut::new();
    for part in parts {
        out.put_slice(format!("--{boundary}\r\n").as_bytes());
        let mut disposition = format!(
            "Content-Disposition: form-data; name=\"{}\"",
            quoted(part.name)
        );
        if let Some(file_name) = &part.file_name {
            disposition.push_str(&format!("; filename=\"{}\"", quoted(file_name)));
        }
        out.put_slice(disposition.as_bytes());
        out.put_slice(b"\r\n");
        if let Some(content_type) = &part.content_type {
            out.put_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
        }
        out.put_slice(b"\r\n");
        out.put_slice(&part.bytes);
        out.put_slice(b"\r\n");
    }
    out.put_slice(format!("--{boundary}--\r\n").as_bytes());
    (
        format!("multipart/form-data; boundary={boundary}"),
        out.freeze(),
    )
}

impl RawResponse {
    /// The body as it is: `T` is `Bytes`, or `String` (which must be UTF-8).
    pub fn raw<T: DeserializeOwned>(self) -> Result<Response<T>, Error> {
        let deserializer =
            serde::de::value::BytesDeserializer::<serde::de::value::Error>::new(&self.body);
        match T::deserialize(deserializer) {
            Ok(value) => Ok(Response {
                status: self.status,
                headers: self.headers,
                body: value,
            }),
            Err(e) => Err(Error::Decode(Box::new(DecodeError {
                operation: self.meta.id.to_string(),
                status: Some(self.status),
                path: String::new(),
                message: format!("the body is not text: {e}"),
                body: self.body,
                url: Some(self.url),
            }))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_parts_are_framed() {
        let parts = vec![
            Part {
                name: "note",
                file_name: None,
                content_type: None,
                bytes: Bytes::from_static(b"hi"),
            },
            Part {
                name: "upload",
                file_name: Some("a\"b.txt".into()),
                content_type: Some("text/plain".into()),
                bytes: Bytes::from_static(b"data"),
            },
        ];
        let (content_type, body) = multipart(&parts);
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("a boundary");
        let text = String::from_utf8(body.to_vec()).expect("text");
        assert_eq!(
            text,
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a%22b.txt\"\r\nContent-Type: text/plain\r\n\r\ndata\r\n--{boundary}--\r\n"
            )
        );
    }

    #[test]
    fn files_do_not_print_their_contents() {
        let file = File::new(b"secret".to_vec()).file_name("a.txt");
        assert!(!format!("{file:?}").contains("secret"));
    }
}
