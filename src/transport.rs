//! One call on the wire: the operation table entry, request building (path, query,
//! credentials, body), sending, and turning the answer into a typed value or an error.

use std::fmt;
use std::time::Duration;

use tokio::time::Instant;

use bytes::Bytes;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tracing::Instrument;
use url::Url;

use super::client::RetryPolicy;
use super::error::{ApiError, DecodeError};
use super::{Client, Error};

/// Where a credential goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialPlace {
    /// A query parameter.
    Query,
    /// A header.
    Header,
    /// `Authorization: Bearer ...`.
    Bearer,
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
    /// Sent as a body field when the request has a body (`x-in-body`).
    pub in_body: bool,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`, nested values in bracket notation.
    Form,
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
}

/// Per-call settings.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    /// Overrides the client's request timeout.
    pub timeout: Option<Duration>,
    /// Overrides the client's retry policy.
    pub retry: Option<RetryPolicy>,
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
    path: String,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    body: Option<Result<Value, serde_json::Error>>,
}

impl<'c> Request<'c> {
    /// Starts a request for an operation at a filled-in path.
    pub fn new(client: &'c Client, meta: &'static OperationMeta, path: String) -> Self {
        Request {
            client,
            meta,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
        }
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
                let text = values
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(",");
                self.query.push((name, text));
            } else {
                self.query
                    .extend(values.iter().map(|v| (*name, v.to_string())));
            }
        }
    }

    /// A query parameter whose value is JSON text.
    pub fn query_json<T: Serialize + ?Sized>(&mut self, names: &[&'static str], value: Option<&T>) {
        if let Some(value) = value {
            match serde_json::to_string(value) {
                Ok(text) => self.query(names, Some(text.as_str())),
                Err(e) => self.body = Some(Err(e)),
            }
        }
    }

    /// A header, when set.
    pub fn header<T: fmt::Display + ?Sized>(&mut self, name: &'static str, value: Option<&T>) {
        if let Some(value) = value {
            self.headers.push((name, value.to_string()));
        }
    }

    /// The request body.
    pub fn body<T: Serialize + ?Sized>(&mut self, body: &T) {
        if !matches!(self.body, Some(Err(_))) {
            self.body = Some(serde_json::to_value(body));
        }
    }

    /// Adds credentials, encodes the body, sends, and reads the whole answer.
    pub async fn send(self, options: &CallOptions) -> Result<RawResponse, Error> {
        let Request {
            client,
            meta,
            path,
            mut query,
            mut headers,
            body,
        } = self;
        let mut body = body.transpose().map_err(|e| Error::encode(meta.id, e))?;
        // Credentials: the first alternative the client can satisfy.
        if !meta.security.is_empty() {
            let chosen = meta
                .security
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
                match (&mut body, scheme.in_body, scheme.place) {
                    (Some(Value::Object(map)), true, _) => {
                        map.insert(scheme.name.to_string(), Value::String(value));
                    }
                    (_, _, CredentialPlace::Query) => query.insert(0, (scheme.name, value)),
                    (_, _, CredentialPlace::Header) => headers.push((scheme.name, value)),
                    (_, _, CredentialPlace::Bearer) => {
                        headers.push(("authorization", format!("Bearer {value}")))
                    }
                }
            }
        }
        let url = build_url(&client.inner.base_url, &path, &query)
            .map_err(|e| Error::Config(e.to_string()))?;
        let method =
            Method::from_bytes(meta.method.as_bytes()).map_err(|e| Error::Config(e.to_string()))?;
        let mut header_map = HeaderMap::new();
        for (name, value) in &headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| Error::Config(e.to_string()))?;
            let value = HeaderValue::from_str(value)
                .map_err(|e| Error::Config(format!("header `{name}`: {e}")))?;
            header_map.append(name, value);
        }
        let body = match &body {
            None => None,
            Some(body) => Some(match meta.body_encoding.unwrap_or(BodyEncoding::Json) {
                BodyEncoding::Json => (
                    "application/json",
                    Bytes::from(serde_json::to_vec(body).map_err(|e| Error::encode(meta.id, e))?),
                ),
                BodyEncoding::Form => (
                    "application/x-www-form-urlencoded",
                    Bytes::from(form_encode(body)),
                ),
            }),
        };
        let timeout = options.timeout.unwrap_or(client.inner.request_timeout);
        let policy = options.retry.as_ref().unwrap_or(&client.inner.retry);
        // Only operations the spec marks safe to repeat are ever retried.
        let max_attempts = if meta.retry_safe {
            policy.max_attempts.max(1)
        } else {
            1
        };
        let started = Instant::now();
        let mut attempt = 1u32;
        loop {
            let mut builder = client
                .inner
                .http
                .request(method.clone(), url.clone())
                .headers(header_map.clone());
            if let Some((content_type, bytes)) = &body {
                builder = builder
                    .header(reqwest::header::CONTENT_TYPE, *content_type)
                    .body(bytes.clone());
            }
            builder = builder.timeout(timeout);
            let outcome = {
                let _permit = client.inner.limiter.acquire().await;
                send_once(meta, builder, attempt).await
            };
            let delay = match &outcome {
                _ if attempt >= max_attempts => None,
                Err(e) if e.is_connect() => Some(policy.backoff(attempt)),
                Ok((status, headers, _)) if retryable_status(*status) => {
                    Some(retry_after(headers).map_or_else(
                        || policy.backoff(attempt),
                        |d| d.min(policy.max_retry_after),
                    ))
                }
                _ => None,
            };
            match (outcome, delay) {
                (outcome, Some(delay)) if started.elapsed() + delay <= policy.max_total => {
                    tracing::debug!(
                        operation = meta.id,
                        attempt,
                        delay_ms = delay.as_millis() as u64,
                        "retrying"
                    );
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                    let _ = outcome;
                }
                (Ok((status, headers, bytes)), _) => {
                    return Ok(RawResponse {
                        meta,
                        status,
                        headers,
                        body: bytes,
                        url,
                    });
                }
                (Err(e), _) => return Err(transport_error(meta.id, url, e)),
            }
        }
    }
}

/// Statuses worth another try: rate limited, or a gateway that may recover.
fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
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

/// One attempt: send and read the whole answer, inside a span.
async fn send_once(
    meta: &'static OperationMeta,
    builder: reqwest::RequestBuilder,
    attempt: u32,
) -> Result<(StatusCode, HeaderMap, Bytes), reqwest::Error> {
    let span = tracing::debug_span!(
        "personaclick.request",
        operation = meta.id,
        method = meta.method,
        path = meta.path,
        attempt,
        status = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
    );
    let started = Instant::now();
    let result = async {
        let response = builder.send().await?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        Ok::<_, reqwest::Error>((status, headers, body))
    }
    .instrument(span.clone())
    .await;
    span.record("latency_ms", started.elapsed().as_millis() as u64);
    if let Ok((status, _, _)) = &result {
        span.record("status", status.as_u16());
    }
    result
}

fn transport_error(operation: &str, url: Url, e: reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::Timeout {
            operation: operation.to_string(),
            url: Some(url),
        }
    } else {
        Error::Transport {
            operation: operation.to_string(),
            url: Some(url),
            source: e.without_url(),
        }
    }
}

fn build_url(base: &str, path: &str, query: &[(&str, String)]) -> Result<Url, url::ParseError> {
    let mut url = Url::parse(&format!("{base}{path}"))?;
    if !query.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in query {
            pairs.append_pair(k, v);
        }
    }
    Ok(url)
}

/// Encodes a JSON value as a form: `a=1&kids[0][gender]=m&tags[]=x` (Rack/Rails notation).
pub fn form_encode(value: &Value) -> String {
    fn walk(prefix: &str, value: &Value, out: &mut url::form_urlencoded::Serializer<'_, String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}[{k}]")
                    };
                    walk(&key, v, out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let key = if v.is_object() || v.is_array() {
                        format!("{prefix}[{i}]")
                    } else {
                        format!("{prefix}[]")
                    };
                    walk(&key, v, out);
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
    walk("", value, &mut out);
    out.finish()
}

/// A whole answer, not yet decoded.
pub struct RawResponse {
    meta: &'static OperationMeta,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    url: Url,
}

impl RawResponse {
    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Decodes the body as `T`.
    pub fn json<T: DeserializeOwned>(self) -> Result<Response<T>, Error> {
        let RawResponse {
            meta,
            status,
            headers,
            body,
            url,
        } = self;
        let value = decode_json(meta.id, &body, Some((status, &url)))?;
        Ok(Response {
            status,
            headers,
            body: value,
        })
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
        } = self;
        let json: Option<Value> = serde_json::from_slice(&body).ok();
        let message = json.as_ref().and_then(|j| {
            meta.error_message_pointers
                .iter()
                .find_map(|p| j.pointer(p).and_then(Value::as_str).map(str::to_string))
        });
        Error::Api(Box::new(ApiError {
            operation: meta.id.to_string(),
            status,
            message,
            headers,
            body,
            url: Some(url),
        }))
    }
}

/// Decodes JSON into `T`: the fast path first; on failure, a second pass that tracks the
/// path to the field at fault.
pub(crate) fn decode_json<T: DeserializeOwned>(
    operation: &str,
    body: &[u8],
    from: Option<(StatusCode, &Url)>,
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
                path,
                message,
                body: Bytes::copy_from_slice(body),
                url: from.map(|(_, u)| u.clone()),
            })))
        }
    }
}

/// A decoded answer with its status and headers.
#[derive(Debug, Clone)]
pub struct Response<T> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
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
    fn forms_use_bracket_notation() {
        let v = serde_json::json!({"email": "a@b.c", "kids": [{"gender": "m"}], "tags": ["x", "y"], "n": 3, "none": null});
        assert_eq!(
            form_encode(&v),
            "email=a%40b.c&kids%5B0%5D%5Bgender%5D=m&n=3&none=&tags%5B%5D=x&tags%5B%5D=y"
        );
    }

    #[test]
    fn path_params_are_one_segment() {
        assert_eq!(PathParam("a/b c").to_string(), "a%2Fb%20c");
    }
}
