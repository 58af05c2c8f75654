//! One call on the wire: the operation table entry, request building (path, query,
//! credentials, body), sending, and turning the answer into a typed value or an error.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use tokio::time::Instant;

use bytes::{Bytes, BytesMut};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tracing::Instrument;
use url::Url;

use super::body::{self, Payload};
use super::client::RetryPolicy;
use super::error::{ApiError, DecodeError, TimeoutScope, retryable_status};
use super::redact::{self, RedactedUrl, Secrets};
use super::{Client, Error};

/// Where a credential goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialPlace {
    /// A query parameter.
    Query,
    /// A property of the request body, which must be an object (the request gets one when
    /// it has no body yet).
    Body,
    /// A header.
    Header,
    /// `Authorization: Bearer ...`.
    Bearer,
    /// `Authorization: Basic ...`: the credential is `user:password`, sent base64-encoded.
    Basic,
}

/// A security scheme, as the generated operation table names it.
#[derive(Debug)]
pub struct SchemeMeta {
    /// Id in the spec.
    pub id: &'static str,
    /// Wire name.
    pub name: &'static str,
    /// Where it goes.
    pub place: CredentialPlace,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded` as OpenAPI writes it by default: a list of
    /// scalars as the key repeated (`tags=x&tags=y`), nested objects in bracket notation
    /// (`kids[0][gender]=m`).
    Form,
    /// `application/x-www-form-urlencoded` in Rack/Rails bracket notation throughout, lists
    /// of scalars too (`tags[]=x&tags[]=y`): the API says so with `x-form-style: brackets`.
    FormBrackets,
}

/// What the generated code knows about an operation.
#[derive(Debug)]
pub struct OperationMeta {
    /// operationId.
    pub id: &'static str,
    /// HTTP method.
    pub method: &'static str,
    /// Path template.
    pub path: &'static str,
    /// Credential alternatives: the first one the client can satisfy is used.
    pub security: &'static [&'static [&'static SchemeMeta]],
    /// Repeating the call is harmless (`x-retry-safe`).
    pub retry_safe: bool,
    /// Body encoding, when the operation has a body.
    pub body_encoding: Option<BodyEncoding>,
    /// Where error bodies carry a message (JSON pointers).
    pub error_message_pointers: &'static [&'static str],
    /// Required query parameters (checked by the mock server).
    pub required_query: &'static [&'static str],
    /// Required body properties (checked by the mock server).
    pub required_body: &'static [&'static str],
    /// The `Accept` header: the media types of the answers the operation reads (empty:
    /// none sent).
    pub accept: &'static str,
}

impl OperationMeta {
    /// These settings for the operation `id` at `method path`: how an operation table names
    /// an operation on one line and takes everything else from shared defaults.
    pub const fn at(self, id: &'static str, method: &'static str, path: &'static str) -> Self {
        OperationMeta {
            id,
            method,
            path,
            ..self
        }
    }
}

/// Per-call settings.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Overrides the client's deadline for the whole call.
    pub timeout: Option<Duration>,
    /// Overrides the client's retry policy.
    pub retry: Option<RetryPolicy>,
    /// Overrides whether repeating the call is harmless (the spec's `x-retry-safe`), and
    /// so whether failed attempts may be retried.
    pub retry_safe: Option<bool>,
}

/// A path parameter, percent-encoded as one segment.
pub struct PathParam<'a, T: ?Sized>(pub &'a T);

const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

impl<T: fmt::Display + ?Sized> fmt::Display for PathParam<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string();
        write!(f, "{}", utf8_percent_encode(&text, SEGMENT))
    }
}

/// A request being built by generated code.
pub struct Request<'c> {
    client: &'c Client,
    meta: &'static OperationMeta,
    path: Cow<'static, str>,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    pub(crate) payload: Option<Payload>,
    /// Parameters the spec does not name, set with `.param(..)`: they go in the query.
    extra_query: Vec<(String, String)>,
    /// What a raw request (`client.raw(..)`) sets instead of the operation table.
    raw: Option<RawParts>,
    /// Why the request cannot be encoded, found while building it (reported by `send`).
    fault: Option<String>,
}

impl<'c> Request<'c> {
    /// Starts a request for an operation, at the path of its table entry.
    pub fn new(client: &'c Client, meta: &'static OperationMeta) -> Self {
        Request {
            client,
            meta,
            path: Cow::Borrowed(meta.path),
            query: Vec::new(),
            headers: Vec::new(),
            payload: None,
            extra_query: Vec::new(),
            raw: None,
            fault: None,
        }
    }

    /// Query parameters of a raw request.
    pub(crate) fn raw_query(&mut self, params: Vec<(String, String)>) {
        self.extra_query = params;
    }

    /// The body of a raw request.
    pub(crate) fn raw_json(&mut self, body: Value) {
        self.payload = Some(Payload::Value(body));
    }

    /// A request to a path the spec may not know: `meta` gives the error-message pointers
    /// and the schemes (its first security alternative), each sent when the client holds
    /// it; the method, path, retry safety and body encoding are the caller's.
    pub(crate) fn raw(
        client: &'c Client,
        meta: &'static OperationMeta,
        parts: RawParts,
        path: String,
    ) -> Self {
        let mut request = Request::new(client, meta);
        request.path = Cow::Owned(path);
        request.raw = Some(parts);
        request
    }

    /// The path, its parameters filled in (each one a percent-encoded segment).
    pub fn path(&mut self, path: String) {
        self.path = Cow::Owned(path);
    }

    /// The value a bound context gives the parameter or field `name`, if any.
    pub fn context_value(&self, name: &str) -> Option<&'c str> {
        self.client.context_value(name)
    }

    /// A scalar query parameter, sent under each of `names` when set.
    pub fn query<T: fmt::Display + ?Sized>(&mut self, names: &[&'static str], value: Option<&T>) {
        if let Some(value) = value {
            let text = value.to_string();
            for name in names {
                self.query.push((name, text.clone()));
            }
        }
    }

    /// A scalar query parameter a bound context may fill: the value when set, else the
    /// text the context binds for `context`.
    pub fn query_or_context<T: fmt::Display + ?Sized>(
        &mut self,
        names: &[&'static str],
        value: Option<&T>,
        context: &str,
    ) {
        match value {
            Some(value) => self.query(names, Some(value)),
            None => {
                let bound = self.context_value(context);
                self.query(names, bound);
            }
        }
    }

    /// Sets an unset body field from the bound context's value for `name`, if any.
    pub fn fill_from_context(&self, slot: &mut Option<String>, name: &str) {
        if slot.is_none() {
            *slot = self.context_value(name).map(String::from);
        }
    }

    /// A list query parameter: comma-joined (`joined`) or one pair per item.
    pub fn query_list<T: fmt::Display>(
        &mut self,
        names: &[&'static str],
        values: Option<&[T]>,
        joined: bool,
    ) {
        let Some(values) = values else { return };
        for name in names {
            if joined {
                self.query.push((name, comma_joined(values)));
            } else {
                self.query
                    .extend(values.iter().map(|v| (*name, v.to_string())));
            }
        }
    }

    /// An object-valued query parameter: its properties as parameters of their own
    /// (`style: form, explode: true`) or under its name (`deep`: `style: deepObject`).
    pub fn query_object<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: Option<&T>,
        deep: bool,
    ) {
        let Some(value) = value else { return };
        match serde_json::to_value(value) {
            Ok(value) => self
                .extra_query
                .extend(super::query::object_pairs(name, &value, deep)),
            Err(e) => self.fail(format!("query parameter `{name}`: {e}")),
        }
    }

    /// A query parameter whose value is JSON text.
    pub fn query_json<T: Serialize + ?Sized>(&mut self, names: &[&'static str], value: Option<&T>) {
        if let Some(value) = value {
            match serde_json::to_string(value) {
                Ok(text) => self.query(names, Some(text.as_str())),
                Err(e) => self.fail(format!("query parameter `{}`: {e}", names[0])),
            }
        }
    }

    /// A list header, when set: the items comma-separated (`style: simple`).
    pub fn header_list<T: fmt::Display>(&mut self, name: &'static str, values: Option<&[T]>) {
        if let Some(values) = values {
            self.headers.push((name, comma_joined(values)));
        }
    }

    /// A header, when set.
    pub fn header<T: fmt::Display + ?Sized>(&mut self, name: &'static str, value: Option<&T>) {
        if let Some(value) = value {
            self.headers.push((name, value.to_string()));
        }
    }

    /// The request body, encoded as the operation's table entry says (JSON or a form).
    pub fn body<T: Serialize + ?Sized>(&mut self, body: &T) {
        match serde_json::to_value(body) {
            Ok(value) => self.payload = Some(Payload::Value(value)),
            Err(e) => self.fail(format!("the body: {e}")),
        }
    }

    /// Parameters the spec does not name (`.param(name, value)`), sent the way the
    /// operation sends its inputs: as body fields when it has a body, else in the query
    /// (strings as they are, other values as JSON text). A field the body already has is
    /// replaced.
    pub fn extra(&mut self, params: Vec<(String, Value)>) {
        if params.is_empty() {
            return;
        }
        if self.meta.body_encoding.is_some() {
            let body = self
                .payload
                .get_or_insert_with(|| Payload::Value(Value::Object(serde_json::Map::new())));
            let Payload::Value(Value::Object(map)) = body else {
                return self.fail("`.param(..)` needs a body that is an object".to_string());
            };
            map.extend(params);
        } else {
            self.extra_query
                .extend(params.into_iter().map(|(name, value)| match value {
                    Value::String(text) => (name, text),
                    other => (name, other.to_string()),
                }));
        }
    }

    pub(crate) fn fail(&mut self, reason: String) {
        self.fault.get_or_insert(reason);
    }

    /// Adds credentials, encodes the body, sends (retrying where the spec allows), and
    /// reads the whole answer, all within the call's deadline.
    pub async fn send(self, options: &CallOptions) -> Result<RawResponse, Error> {
        let client = self.client;
        let meta = self.meta;
        let inner = &client.inner;
        let prepared = self.prepare()?;
        let timeout = options.timeout.unwrap_or(inner.request_timeout);
        // A deadline too far to represent is no deadline.
        let deadline = Instant::now().checked_add(timeout);
        let attempts = prepared.attempts(client, options, deadline);
        let answer = match deadline {
            Some(at) => match tokio::time::timeout_at(at, attempts).await {
                Ok(answer) => answer,
                Err(_) => Err(Error::Timeout {
                    operation: meta.id.to_string(),
                    url: Some(Box::new(prepared.url.clone())),
                    scope: TimeoutScope::Call,
                }),
            },
            None => attempts.await,
        }
        .inspect_err(|e| {
            // The error prints nothing secret or personal.
            tracing::warn!(operation = meta.id, error = %e, "call failed");
        })?;
        Ok(RawResponse {
            meta,
            status: answer.status,
            headers: answer.headers,
            body: answer.body,
            url: prepared.url,
            secrets: inner.secrets.clone(),
        })
    }

    /// Everything that goes on the wire, checked: credentials placed, the path's parameters
    /// each one segment, headers valid, the body encoded.
    fn prepare(self) -> Result<Prepared, Error> {
        let Request {
            client,
            meta,
            path,
            mut query,
            mut headers,
            mut payload,
            extra_query,
            raw,
            fault,
        } = self;
        if let Some(reason) = fault {
            return Err(Error::encode(meta.id, reason));
        }
        match &raw {
            None => check_path(meta.path, &path),
            Some(_) => check_raw_path(&path),
        }
        .map_err(|reason| Error::encode(meta.id, reason))?;
        // A raw request sends every scheme of the list that the client holds.
        let held: Vec<&'static SchemeMeta>;
        let raw_security: &[&[&'static SchemeMeta]] = match &raw {
            Some(_) => {
                held = meta
                    .security
                    .first()
                    .map(|alt| {
                        alt.iter()
                            .copied()
                            .filter(|s| client.credential(s.id).is_some())
                            .collect()
                    })
                    .unwrap_or_default();
                &[&held]
            }
            None => meta.security,
        };
        // Credentials: the first alternative the client can satisfy.
        if !raw_security.is_empty() {
            let chosen = raw_security
                .iter()
                .find(|alt| alt.iter().all(|s| client.credential(s.id).is_some()));
            let Some(chosen) = chosen else {
                let needed: Vec<String> = meta
                    .security
                    .iter()
                    .map(|alt| {
                        alt.iter()
                            .map(|s| format!("`{}`", s.name))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    })
                    .collect();
                return Err(Error::MissingCredential {
                    operation: meta.id.to_string(),
                    needed: needed.join(" or "),
                });
            };
            for scheme in chosen.iter() {
                let value = client.credential(scheme.id).unwrap_or_default().to_string();
                match scheme.place {
                    CredentialPlace::Body => {
                        let body = payload.get_or_insert_with(|| {
                            Payload::Value(Value::Object(serde_json::Map::new()))
                        });
                        let Payload::Value(Value::Object(map)) = body else {
                            return Err(Error::encode(
                                meta.id,
                                format!(
                                    "`{}` goes in the body, which is not an object",
                                    scheme.name
                                ),
                            ));
                        };
                        map.insert(scheme.name.to_string(), Value::String(value));
                    }
                    CredentialPlace::Query => query.insert(0, (scheme.name, value)),
                    CredentialPlace::Header => headers.push((scheme.name, value)),
                    CredentialPlace::Bearer => {
                        headers.push(("authorization", format!("Bearer {value}")))
                    }
                    CredentialPlace::Basic => {
                        use base64::Engine as _;
                        let encoded = base64::engine::general_purpose::STANDARD.encode(value);
                        headers.push(("authorization", format!("Basic {encoded}")))
                    }
                }
            }
        }
        let url = build_url(&client.inner.base_url, &path, &query, &extra_query)
            .map_err(|e| Error::encode(meta.id, format!("the URL: {e}")))?;
        if !url.path().ends_with(&*path) {
            return Err(Error::encode(
                meta.id,
                format!("the path of `{}` would not stay as built", meta.path),
            ));
        }
        let method = match &raw {
            Some(parts) => parts.method.clone(),
            None => Method::from_bytes(meta.method.as_bytes())
                .map_err(|_| Error::encode(meta.id, "not an HTTP method"))?,
        };
        let retry_safe = raw
            .as_ref()
            .map_or(meta.retry_safe, |parts| parts.retry_safe);
        let encoding = raw
            .as_ref()
            .and_then(|parts| parts.encoding)
            .or(meta.body_encoding);
        // The media types the operation reads, unless a header parameter says otherwise.
        if !meta.accept.is_empty()
            && !headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case("accept"))
        {
            headers.push(("accept", meta.accept.to_string()));
        }
        let mut header_map = HeaderMap::new();
        for (name, value) in &headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::encode(meta.id, format!("`{name}` is not a header name")))?;
            // The value is never quoted: it may be a credential.
            let mut value = HeaderValue::from_str(value).map_err(|_| {
                Error::encode(
                    meta.id,
                    format!("header `{name}` holds characters a header may not carry"),
                )
            })?;
            // Kept out of the HTTP client's own debug output and HPACK tables.
            value.set_sensitive(name == reqwest::header::AUTHORIZATION);
            header_map.append(name, value);
        }
        let body = match payload {
            None => None,
            Some(Payload::Value(body)) => Some(match encoding.unwrap_or(BodyEncoding::Json) {
                BodyEncoding::Json => (
                    Cow::Borrowed("application/json"),
                    Bytes::from(
                        serde_json::to_vec(&body)
                            .map_err(|e| Error::encode(meta.id, format!("the body: {e}")))?,
                    ),
                ),
                BodyEncoding::Form | BodyEncoding::FormBrackets => (
                    Cow::Borrowed("application/x-www-form-urlencoded"),
                    Bytes::from(form_encode(
                        &body,
                        encoding == Some(BodyEncoding::FormBrackets),
                    )),
                ),
            }),
            Some(Payload::Raw {
                content_type,
                bytes,
            }) => Some((Cow::Owned(content_type), bytes)),
            Some(Payload::Multipart(parts)) => {
                let (content_type, bytes) = body::multipart(&parts);
                Some((Cow::Owned(content_type), bytes))
            }
        };
        Ok(Prepared {
            meta,
            method,
            retry_safe,
            url,
            headers: header_map,
            body,
        })
    }
}

/// Every path parameter fills exactly one segment of its template: not empty, not `.` or
/// `..` (which a URL parser resolves, moving the request to another path).
fn check_path(template: &str, path: &str) -> Result<(), String> {
    let built: Vec<&str> = path.split('/').collect();
    let wanted: Vec<&str> = template.split('/').collect();
    if built.len() != wanted.len() {
        return Err(format!(
            "a path parameter of `{template}` spans several segments"
        ));
    }
    for (segment, pattern) in built.iter().zip(&wanted) {
        if !pattern.contains('{') {
            continue;
        }
        if segment.is_empty() {
            return Err(format!("a path parameter of `{template}` is empty"));
        }
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        if decoded == "." || decoded == ".." {
            return Err(format!(
                "a path parameter of `{template}` is `.` or `..`, which would leave its segment"
            ));
        }
    }
    Ok(())
}

/// A raw path (`client.raw(..)`) starts with `/`, carries no query or fragment (set them
/// with `.query(..)`), and has no `.` or `..` segment (which would move it elsewhere).
fn check_raw_path(path: &str) -> Result<(), String> {
    if !path.starts_with('/') {
        return Err("a raw path starts with `/`".to_string());
    }
    if path.contains(['?', '#']) {
        return Err("a raw path carries no query or fragment: use `.query(..)`".to_string());
    }
    let dots = path.split('/').any(|segment| {
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        decoded == "." || decoded == ".."
    });
    if dots {
        return Err("a raw path has no `.` or `..` segment".to_string());
    }
    Ok(())
}

/// What a raw request sets itself.
#[derive(Debug)]
pub(crate) struct RawParts {
    /// The HTTP method.
    pub(crate) method: Method,
    /// Repeating it is harmless.
    pub(crate) retry_safe: bool,
    /// The body's encoding, when it has one.
    pub(crate) encoding: Option<BodyEncoding>,
}

/// A request ready to go on the wire, sent once per attempt.
struct Prepared {
    meta: &'static OperationMeta,
    method: Method,
    retry_safe: bool,
    url: Url,
    headers: HeaderMap,
    body: Option<(Cow<'static, str>, Bytes)>,
}

/// A whole answer as read from the wire.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Prepared {
    /// Attempts until one succeeds, fails for good, or no retry fits the policy or the
    /// deadline. A retry that would start at or past the deadline is not made: the last
    /// outcome is returned instead.
    async fn attempts(
        &self,
        client: &Client,
        options: &CallOptions,
        deadline: Option<Instant>,
    ) -> Result<Answer, Error> {
        let inner = &client.inner;
        let policy = options.retry.as_ref().unwrap_or(&inner.retry);
        // Only operations the spec marks safe to repeat are ever retried, unless the call
        // says otherwise.
        let max_attempts = if options.retry_safe.unwrap_or(self.retry_safe) {
            policy.max_attempts.max(1)
        } else {
            1
        };
        let started = Instant::now();
        let retries_end = started.checked_add(policy.max_total);
        let mut attempt = 1u32;
        loop {
            let outcome = self.attempt(client, attempt).await;
            let reason = match &outcome {
                _ if attempt >= max_attempts => None,
                Ok(answer) if retryable_status(answer.status) => Some("status"),
                Err(e) if e.is_retryable() => Some(if e.is_timeout() {
                    "attempt timeout"
                } else {
                    "connection failed"
                }),
                _ => None,
            };
            let Some(reason) = reason else {
                return outcome;
            };
            let delay = match &outcome {
                Ok(answer) => retry_after(&answer.headers)
                    .map(|d| d.min(policy.max_retry_after))
                    .unwrap_or_else(|| policy.backoff(attempt)),
                Err(_) => policy.backoff(attempt),
            };
            let next = Instant::now().checked_add(delay);
            let fits = next.is_some_and(|at| {
                retries_end.is_none_or(|end| at <= end) && deadline.is_none_or(|end| at < end)
            });
            let Some(next) = next.filter(|_| fits) else {
                return outcome;
            };
            tracing::info!(
                operation = self.meta.id,
                attempt,
                reason,
                status = outcome.as_ref().ok().map(|a| a.status.as_u16()),
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "retrying"
            );
            drop(outcome);
            tokio::time::sleep_until(next).await;
            attempt = attempt.saturating_add(1);
        }
    }

    /// One attempt: wait for a free slot, then send and read the whole answer within the
    /// per-attempt timeout, inside a span.
    async fn attempt(&self, client: &Client, attempt: u32) -> Result<Answer, Error> {
        let inner = &client.inner;
        // The semaphore is never closed; the wait counts toward the call's deadline.
        let _permit = inner.limiter.acquire().await.ok();
        let span = tracing::info_span!(
            "personaclick.request",
            operation = self.meta.id,
            method = self.method.as_str(),
            path = self.meta.path,
            attempt,
            status = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let exchange = self.exchange(client).instrument(span.clone());
        let result = match inner
            .attempt_timeout
            .and_then(|t| Instant::now().checked_add(t))
        {
            Some(at) => tokio::time::timeout_at(at, exchange)
                .await
                .unwrap_or_else(|_| {
                    Err(Error::Timeout {
                        operation: self.meta.id.to_string(),
                        url: Some(Box::new(self.url.clone())),
                        scope: TimeoutScope::Attempt,
                    })
                }),
            None => exchange.await,
        };
        span.record(
            "latency_ms",
            u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        );
        if let Ok(answer) = &result {
            span.record("status", answer.status.as_u16());
        }
        result
    }

    /// Sends and reads the answer, at most `max_response_body` bytes of it.
    async fn exchange(&self, client: &Client) -> Result<Answer, Error> {
        let inner = &client.inner;
        let id = self.meta.id;
        let mut builder = inner
            .http
            .request(self.method.clone(), self.url.clone())
            .headers(self.headers.clone());
        if let Some((content_type, bytes)) = &self.body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, content_type.as_ref())
                .body(bytes.clone());
        }
        let mut response = builder
            .send()
            .await
            .map_err(|e| transport_error(id, &self.url, e))?;
        // A client of the user's own may have followed a redirect: refuse what another
        // origin answered.
        if response.url().origin() != inner.origin {
            return Err(Error::Config(format!(
                "`{id}`: the HTTP client followed a redirect to {}; build it with `redirect(reqwest::redirect::Policy::none())`",
                RedactedUrl(Some(response.url()))
            )));
        }
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let limit = inner.max_response_body;
        let too_large = |content_length| Error::ResponseTooLarge {
            operation: id.to_string(),
            limit,
            content_length,
        };
        let announced = response.content_length();
        if let Some(length) = announced.filter(|n| *n > limit) {
            return Err(too_large(Some(length)));
        }
        // Never reserve more than a few MiB on the server's word alone.
        let reserve = announced.unwrap_or(0).min(limit).min(4 << 20);
        let mut body = BytesMut::with_capacity(usize::try_from(reserve).unwrap_or(0));
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| transport_error(id, &self.url, e))?
        {
            let total = (body.len() as u64).saturating_add(chunk.len() as u64);
            if total > limit {
                return Err(too_large(None));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Answer {
            status,
            headers,
            body: body.freeze(),
        })
    }
}

/// `Retry-After`, in seconds or as an HTTP date (a date in the past means now).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(text).ok()?;
    Some(
        at.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

fn transport_error(operation: &str, url: &Url, e: reqwest::Error) -> Error {
    if e.is_timeout() {
        // Only a client of the user's own sets reqwest timeouts, per attempt.
        Error::Timeout {
            operation: operation.to_string(),
            url: Some(Box::new(url.clone())),
            scope: TimeoutScope::Attempt,
        }
    } else {
        Error::Transport {
            operation: operation.to_string(),
            url: Some(Box::new(url.clone())),
            source: e.without_url(),
        }
    }
}

/// `a,b,c`: a list parameter or header in `form`/`simple` style without explode.
fn comma_joined<T: fmt::Display>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn build_url(
    base: &str,
    path: &str,
    query: &[(&str, String)],
    extra: &[(String, String)],
) -> Result<Url, url::ParseError> {
    let mut url = Url::parse(&format!("{base}{path}"))?;
    if !query.is_empty() || !extra.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in query {
            pairs.append_pair(k, v);
        }
        for (k, v) in extra {
            pairs.append_pair(k, v);
        }
    }
    Ok(url)
}

/// Encodes a JSON value as a form: `a=1&kids[0][gender]=m&tags=x&tags=y`, or with
/// `brackets` (Rack/Rails notation) `tags[]=x&tags[]=y`. Lists inside objects always take
/// brackets: nothing else says where they belong.
pub(crate) fn form_encode(value: &Value, brackets: bool) -> String {
    fn walk(
        prefix: &str,
        value: &Value,
        brackets: bool,
        out: &mut url::form_urlencoded::Serializer<'_, String>,
    ) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}[{k}]")
                    };
                    walk(&key, v, brackets, out);
                }
            }
            Value::Array(items) => {
                let top_level = !prefix.contains('[');
                for (i, v) in items.iter().enumerate() {
                    let key = if v.is_object() || v.is_array() {
                        format!("{prefix}[{i}]")
                    } else if top_level && !brackets {
                        prefix.to_string()
                    } else {
                        format!("{prefix}[]")
                    };
                    walk(&key, v, brackets, out);
                }
            }
            Value::Null => {
                out.append_pair(prefix, "");
            }
            Value::String(s) => {
                out.append_pair(prefix, s);
            }
            other => {
                out.append_pair(prefix, &other.to_string());
            }
        }
    }
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    walk("", value, brackets, &mut out);
    out.finish()
}

/// A whole answer, not yet decoded.
pub struct RawResponse {
    pub(crate) meta: &'static OperationMeta,
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) url: Url,
    secrets: Secrets,
}

impl RawResponse {
    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Decodes the body as `T`. An empty body is `T`'s null when it has one (any JSON
    /// value, an `Option`): a server may answer a body the spec does not describe with
    /// nothing.
    pub fn json<T: DeserializeOwned>(self) -> Result<Response<T>, Error> {
        let RawResponse {
            meta,
            status,
            headers,
            body,
            url,
            secrets,
        } = self;
        if body.iter().all(u8::is_ascii_whitespace) {
            let unit = serde::de::value::UnitDeserializer::<serde::de::value::Error>::new();
            if let Ok(value) = T::deserialize(unit) {
                return Ok(Response {
                    status,
                    headers,
                    body: value,
                });
            }
        }
        let value = decode_json(meta.id, &body, Some((status, &url)), &secrets)?;
        Ok(Response {
            status,
            headers,
            body: value,
        })
    }

    /// The body as JSON, `Null` when it is empty (a raw request's answer).
    pub(crate) fn json_or_null(self) -> Result<Response<Value>, Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Response {
                status: self.status,
                headers: self.headers,
                body: Value::Null,
            });
        }
        self.json()
    }

    /// A success without a documented body.
    pub fn empty(self) -> Result<Response<()>, Error> {
        Ok(Response {
            status: self.status,
            headers: self.headers,
            body: (),
        })
    }

    /// An error status as an [`Error::Api`], with the message the spec says the body has.
    pub fn into_error(self) -> Error {
        let RawResponse {
            meta,
            status,
            headers,
            body,
            url,
            secrets,
        } = self;
        tracing::warn!(
            operation = meta.id,
            status = status.as_u16(),
            "call failed: the API answered with an error status"
        );
        let json: Option<Value> = serde_json::from_slice(&body).ok();
        let message = json.as_ref().and_then(|j| {
            meta.error_message_pointers.iter().find_map(|p| {
                j.pointer(p)
                    .and_then(Value::as_str)
                    .map(|m| secrets.scrub(m))
            })
        });
        let location = status
            .is_redirection()
            .then(|| headers.get(reqwest::header::LOCATION))
            .flatten()
            .map(
                |value| match value.to_str().ok().and_then(|l| url.join(l).ok()) {
                    Some(to) => secrets.scrub(&RedactedUrl(Some(&to)).to_string()),
                    None => "(an unreadable address)".to_string(),
                },
            );
        Error::Api(Box::new(ApiError {
            operation: meta.id.to_string(),
            status,
            message,
            location,
            headers,
            body,
            url: Some(url),
        }))
    }
}

/// Decodes JSON into `T`: the fast path first; on failure, a second pass that tracks the
/// path to the field at fault.
///
/// The error never quotes what the server sent (it may be personal data or an echoed
/// credential): serde's quoted value is dropped, and map keys in the path are masked.
pub(crate) fn decode_json<T: DeserializeOwned>(
    operation: &str,
    body: &[u8],
    from: Option<(StatusCode, &Url)>,
    secrets: &Secrets,
) -> Result<T, Error> {
    match serde_json::from_slice(body) {
        Ok(v) => Ok(v),
        Err(first) => {
            let mut de = serde_json::Deserializer::from_slice(body);
            let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut de) {
                Err(e) => (e.path().to_string(), e.into_inner().to_string()),
                Ok(_) => (String::new(), first.to_string()),
            };
            Err(Error::Decode(Box::new(DecodeError {
                operation: operation.to_string(),
                status: from.map(|(s, _)| s),
                path: secrets.scrub(&path),
                message: secrets.scrub(&redact::decode_message(&message)),
                body: Bytes::copy_from_slice(body),
                url: from.map(|(_, u)| u.clone()),
            })))
        }
    }
}

impl<T> Response<T> {
    /// The same answer with another body.
    pub(crate) fn with_body<U>(self, body: U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            body,
        }
    }
}

/// A decoded answer with its status and headers.
#[derive(Debug, Clone)]
pub struct Response<T> {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: T,
}

impl<T> Response<T> {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, by value.
    pub fn into_body(self) -> T {
        self.body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_repeat_list_keys_by_default_and_take_brackets_when_told() {
        let v = serde_json::json!({"email": "a@b.c", "kids": [{"gender": "m", "tags": ["p"]}], "tags": ["x", "y"], "n": 3, "none": null});
        assert_eq!(
            form_encode(&v, false),
            "email=a%40b.c&kids%5B0%5D%5Bgender%5D=m&kids%5B0%5D%5Btags%5D%5B%5D=p&n=3&none=&tags=x&tags=y"
        );
        assert_eq!(
            form_encode(&v, true),
            "email=a%40b.c&kids%5B0%5D%5Bgender%5D=m&kids%5B0%5D%5Btags%5D%5B%5D=p&n=3&none=&tags%5B%5D=x&tags%5B%5D=y"
        );
    }

    #[test]
    fn path_params_are_one_segment() {
        assert_eq!(PathParam("a/b c").to_string(), "a%2Fb%20c");
    }
}
