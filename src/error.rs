//! `Error`: everything a call can end in besides success.
//!
//! `Display` and `Debug` never show the shop secret, a query string or a raw body, and
//! mask personal data; accessors return the raw parts when a caller really needs them.

use std::fmt;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use url::Url;

use super::values::mask;

/// Why a call failed.
#[derive(thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client could not be built (a bad base URL, a TLS backend that failed).
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// The operation needs a credential the client does not hold; nothing was sent.
    #[error("`{operation}` needs {needed}, which this client was built without; nothing was sent")]
    MissingCredential {
        /// Operation id.
        operation: String,
        /// The credentials that would do, by wire name.
        needed: String,
    },
    /// No response within the timeout (connect or whole request).
    #[error("`{operation}` timed out ({})", RedactedUrl(url.as_ref()))]
    Timeout {
        /// Operation id.
        operation: String,
        /// Full URL (with the query, credentials included); not printed.
        url: Option<Url>,
    },
    /// The request could not be sent or the response not read.
    #[error("`{operation}` failed to reach the server ({}): {source}", RedactedUrl(url.as_ref()))]
    Transport {
        /// Operation id.
        operation: String,
        /// Full URL; not printed.
        url: Option<Url>,
        /// The HTTP client's error (with its URL removed).
        #[source]
        source: reqwest::Error,
    },
    /// The server answered with an error status.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// The response body does not match the operation's documented type.
    #[error("{0}")]
    Decode(Box<DecodeError>),
    /// One item of an upload is larger than a request may be; nothing was sent.
    #[error(
        "`{operation}`: an item needs {bytes} bytes, more than the {limit} a request may carry"
    )]
    TooLarge {
        /// Operation id.
        operation: String,
        /// Size of the smallest request that would hold the item.
        bytes: u64,
        /// The documented limit.
        limit: u64,
    },
    /// The request body could not be encoded.
    #[error("`{operation}`: could not encode the request: {source}")]
    Encode {
        /// Operation id.
        operation: String,
        /// The encoder's error.
        #[source]
        source: serde_json::Error,
    },
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => fmt::Debug::fmt(e, f),
            Error::Decode(e) => fmt::Debug::fmt(e, f),
            Error::Transport {
                operation,
                url,
                source,
            } => f
                .debug_struct("Transport")
                .field("operation", operation)
                .field("url", &RedactedUrl(url.as_ref()))
                .field("source", source)
                .finish(),
            Error::Timeout { operation, url } => f
                .debug_struct("Timeout")
                .field("operation", operation)
                .field("url", &RedactedUrl(url.as_ref()))
                .finish(),
            other => write!(f, "{other}"),
        }
    }
}

impl Error {
    pub(crate) fn encode(operation: &str, source: serde_json::Error) -> Self {
        Error::Encode {
            operation: operation.to_string(),
            source,
        }
    }

    /// The operation id, where the error belongs to a call.
    pub fn operation(&self) -> Option<&str> {
        match self {
            Error::Config(_) => None,
            Error::MissingCredential { operation, .. }
            | Error::Timeout { operation, .. }
            | Error::Transport { operation, .. }
            | Error::Encode { operation, .. }
            | Error::TooLarge { operation, .. } => Some(operation),
            Error::Api(e) => Some(&e.operation),
            Error::Decode(e) => Some(&e.operation),
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => e.status,
            _ => None,
        }
    }

    /// The server's error message, when its body had one.
    pub fn api_message(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.message.as_deref(),
            _ => None,
        }
    }

    /// The raw response body, when there was one.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(e) => Some(&e.body),
            Error::Decode(e) => Some(&e.body),
            _ => None,
        }
    }

    /// The full request URL, query (and so credentials) included: handle with care.
    pub fn url(&self) -> Option<&Url> {
        match self {
            Error::Timeout { url, .. } | Error::Transport { url, .. } => url.as_ref(),
            Error::Api(e) => e.url.as_ref(),
            Error::Decode(e) => e.url.as_ref(),
            _ => None,
        }
    }

    /// True when trying again later may succeed: a connection that failed, a timeout, or
    /// a 429, 502, 503 or 504 answer. (The client retries by itself only operations that
    /// are safe to repeat; see `RetryPolicy`.)
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout { .. } => true,
            Error::Transport { source, .. } => source.is_connect(),
            Error::Api(e) => matches!(e.status.as_u16(), 429 | 502 | 503 | 504),
            _ => false,
        }
    }

    /// True for timeouts.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }
}

/// An error status from the server.
#[non_exhaustive]
pub struct ApiError {
    /// Operation id.
    pub operation: String,
    /// HTTP status.
    pub status: StatusCode,
    /// The message in the body, found where the spec documents one (`message`,
    /// `payload.message`, ...).
    pub message: Option<String>,
    /// Response headers.
    pub headers: HeaderMap,
    /// Raw body.
    pub body: bytes::Bytes,
    /// Full request URL; not printed.
    pub url: Option<Url>,
}

impl ApiError {
    /// The body as JSON, when it is JSON.
    pub fn body_json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` failed with HTTP {}", self.operation, self.status)?;
        if let Some(m) = &self.message {
            write!(f, ": {}", mask_message(m))?;
        }
        write!(f, " ({})", RedactedUrl(self.url.as_ref()))
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("message", &self.message.as_deref().map(mask_message))
            .field("body_bytes", &self.body.len())
            .field("url", &RedactedUrl(self.url.as_ref()))
            .finish()
    }
}

/// A response body that does not fit the documented type.
#[non_exhaustive]
pub struct DecodeError {
    /// Operation id.
    pub operation: String,
    /// HTTP status, when it came from a call.
    pub status: Option<StatusCode>,
    /// Where in the body decoding failed, e.g. `products[3].price`.
    pub path: String,
    /// What was wrong there.
    pub message: String,
    /// Raw body.
    pub body: bytes::Bytes,
    /// Full request URL; not printed.
    pub url: Option<Url>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.path.is_empty() || self.path == "." {
            "the top level"
        } else {
            &self.path
        };
        write!(
            f,
            "`{}`: response does not match the spec at {at}: {}",
            self.operation, self.message
        )
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("path", &self.path)
            .field("message", &self.message)
            .field("body_bytes", &self.body.len())
            .finish()
    }
}

/// Masks emails and phone-like runs of digits inside a server message.
fn mask_message(message: &str) -> String {
    message
        .split(' ')
        .map(|word| {
            let digits = word.chars().filter(char::is_ascii_digit).count();
            if word.contains('@') || digits >= 7 {
                mask(word)
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prints a URL without its query string (which carries credentials).
struct RedactedUrl<'a>(Option<&'a Url>);

impl fmt::Display for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(url) => {
                write!(f, "{}{}", url.origin().ascii_serialization(), url.path())?;
                if url.query().is_some() {
                    f.write_str("?…")?;
                }
                Ok(())
            }
            None => f.write_str("no URL"),
        }
    }
}

impl fmt::Debug for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{self}\"")
    }
}
