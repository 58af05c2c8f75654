//! `Error`: everything a call can end in besides success.
//!
//! `Display` and `Debug` never show the shop secret, a query string or a raw body, and
//! mask personal data; accessors return the raw parts when a caller really needs them.

use std::fmt;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use url::Url;

use super::redact::RedactedUrl;

/// Why a call failed.
#[non_exhaustive]
pub enum Error {
    /// The client could not be built (a bad base URL, a TLS backend that failed).
    Config(String),
    /// The operation needs a credential the client does not hold; nothing was sent.
    MissingCredential {
        /// Operation id.
        operation: String,
        /// The credentials that would do, by wire name.
        needed: String,
    },
    /// The call's deadline passed (waiting for a slot, connecting, sending, reading the
    /// answer and waiting between attempts all count), or one attempt took longer than
    /// the per-attempt timeout.
    Timeout {
        /// Operation id.
        operation: String,
        /// Full URL (with the query, credentials included); not printed.
        url: Option<Box<Url>>,
        /// Which limit ran out.
        scope: TimeoutScope,
    },
    /// The request could not be sent or the response not read.
    Transport {
        /// Operation id.
        operation: String,
        /// Full URL; not printed.
        url: Option<Box<Url>>,
        /// The HTTP client's error (with its URL removed).
        source: reqwest::Error,
    },
    /// The server answered with an error status.
    Api(Box<ApiError>),
    /// The response body does not match the operation's documented type.
    Decode(Box<DecodeError>),
    /// One item of an upload is larger than a request may be; nothing was sent.
    TooLarge {
        /// Operation id.
        operation: String,
        /// Size of the smallest request that would hold the item.
        bytes: u64,
        /// The documented limit.
        limit: u64,
    },
    /// The response body is larger than the client accepts; reading stopped there.
    ResponseTooLarge {
        /// Operation id.
        operation: String,
        /// The limit in bytes.
        limit: u64,
        /// The `Content-Length` the server announced, when it announced one over the limit.
        content_length: Option<u64>,
    },
    /// The request could not be encoded (a body that does not serialize, a path parameter
    /// that is empty or a dot segment, a header value with control characters); nothing
    /// was sent.
    Encode {
        /// Operation id.
        operation: String,
        /// What was wrong (never the value itself).
        reason: String,
    },
    /// A listing stream fetched as many pages as the client allows
    /// (`ClientBuilder::max_pages`) and stopped.
    PageLimit {
        /// Operation id.
        operation: String,
        /// Pages fetched.
        pages: u64,
    },
    /// A listing stream stopped because the server answered a page with the same items as
    /// the page before (it ignores the paging parameters).
    RepeatedPage {
        /// Operation id.
        operation: String,
        /// The position (page number or offset) of the repeated page.
        page: i64,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(reason) => write!(f, "invalid client configuration: {reason}"),
            Error::MissingCredential { operation, needed } => write!(
                f,
                "`{operation}` needs {needed}, which this client was built without; nothing was sent"
            ),
            Error::Timeout {
                operation,
                url,
                scope,
            } => write!(
                f,
                "`{operation}` timed out: {scope} ({})",
                RedactedUrl(url.as_deref())
            ),
            Error::Transport {
                operation,
                url,
                source,
            } => write!(
                f,
                "`{operation}` failed to reach the server ({}): {source}",
                RedactedUrl(url.as_deref())
            ),
            Error::Api(e) => fmt::Display::fmt(e, f),
            Error::Decode(e) => fmt::Display::fmt(e, f),
            Error::TooLarge {
                operation,
                bytes,
                limit,
            } => write!(
                f,
                "`{operation}`: an item needs {bytes} bytes, more than the {limit} a request may carry"
            ),
            Error::ResponseTooLarge {
                operation,
                limit,
                content_length,
            } => {
                write!(
                    f,
                    "`{operation}`: the response body is larger than the limit of {limit} bytes"
                )?;
                if let Some(n) = content_length {
                    write!(f, " (Content-Length {n}, not read)")?;
                }
                f.write_str("; raise it with `ClientBuilder::max_response_body`")
            }
            Error::Encode { operation, reason } => {
                write!(f, "`{operation}`: could not encode the request: {reason}")
            }
            Error::PageLimit { operation, pages } => write!(
                f,
                "`{operation}`: stopped after {pages} pages, the most a listing may fetch; raise it with `ClientBuilder::max_pages`"
            ),
            Error::RepeatedPage { operation, page } => write!(
                f,
                "`{operation}`: page {page} repeats the page before it; the server ignores paging, so the listing stopped"
            ),
        }
    }
}

/// The HTTP client's error is the source of a transport error; the others have none.
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Which time limit a [`Error::Timeout`] hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutScope {
    /// The deadline of the whole call (`ClientBuilder::timeout`, or `.timeout(..)` on the
    /// call). Never retried: the time is spent.
    Call,
    /// One attempt (`ClientBuilder::attempt_timeout`); a retry-safe operation is tried
    /// again while the call's deadline allows.
    Attempt,
}

impl fmt::Display for TimeoutScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutScope::Call => "the call's deadline passed",
            TimeoutScope::Attempt => "an attempt took longer than the attempt timeout",
        })
    }
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
                .field("url", &RedactedUrl(url.as_deref()))
                .field("source", source)
                .finish(),
            Error::Timeout {
                operation,
                url,
                scope,
            } => f
                .debug_struct("Timeout")
                .field("operation", operation)
                .field("url", &RedactedUrl(url.as_deref()))
                .field("scope", scope)
                .finish(),
            other => write!(f, "{other}"),
        }
    }
}

impl Error {
    pub(crate) fn encode(operation: &str, reason: impl fmt::Display) -> Self {
        Error::Encode {
            operation: operation.to_string(),
            reason: reason.to_string(),
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
            | Error::TooLarge { operation, .. }
            | Error::ResponseTooLarge { operation, .. }
            | Error::PageLimit { operation, .. }
            | Error::RepeatedPage { operation, .. } => Some(operation),
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
            Error::Timeout { url, .. } | Error::Transport { url, .. } => url.as_deref(),
            Error::Api(e) => e.url.as_ref(),
            Error::Decode(e) => e.url.as_ref(),
            _ => None,
        }
    }

    /// True for exactly the failures the client itself retries on operations the spec marks
    /// safe to repeat (see `RetryPolicy`): a connection that could not be made, an attempt
    /// that ran past the per-attempt timeout, or a 429, 502, 503 or 504 answer. A call whose
    /// whole deadline passed is not retryable: its time is spent.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Timeout { scope, .. } => *scope == TimeoutScope::Attempt,
            Error::Transport { source, .. } => source.is_connect(),
            Error::Api(e) => retryable_status(e.status),
            _ => false,
        }
    }

    /// True for timeouts.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }
}

/// Statuses worth another try: rate limited, or a gateway that may recover.
pub(crate) fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// An error status from the server, a redirect among them: redirects are never followed,
/// so nothing the client sends reaches another address.
#[non_exhaustive]
pub struct ApiError {
    /// Operation id.
    pub operation: String,
    /// HTTP status.
    pub status: StatusCode,
    /// The message in the body, found where the spec documents one (`message`,
    /// `payload.message`, ...), with the client's credentials scrubbed out.
    pub message: Option<String>,
    /// For a redirect (3xx), where it pointed: origin and path only, no query or userinfo.
    pub location: Option<String>,
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
            write!(f, ": {}", super::redact::text(m))?;
        }
        if self.status.is_redirection() {
            match &self.location {
                Some(to) => write!(f, ": a redirect to {to}, not followed")?,
                None => f.write_str(": a redirect, not followed")?,
            }
        }
        write!(f, " ({})", RedactedUrl(self.url.as_ref()))
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("message", &self.message.as_deref().map(super::redact::text))
            .field("location", &self.location)
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
    /// Where in the body decoding failed, e.g. `products[3].price` (map keys that look
    /// like personal data masked).
    pub path: String,
    /// What was wrong there, without the value the server sent (which may be personal
    /// data): `invalid type: integer, expected a string`. The value is in the raw body.
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
            "`{}`: response does not match the spec at {}: {}",
            self.operation,
            super::redact::text(at),
            super::redact::text(&self.message)
        )
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("operation", &self.operation)
            .field("status", &self.status)
            .field("path", &super::redact::text(&self.path))
            .field("message", &super::redact::text(&self.message))
            .field("body_bytes", &self.body.len())
            .finish()
    }
}
