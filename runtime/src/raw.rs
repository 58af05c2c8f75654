//! The raw request: a call to a path the spec does not know yet, through the same
//! credentials, deadline, retries, limits and redaction as every generated operation.

use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::operation::Call;
use super::transport::{BodyEncoding, OperationMeta, RawParts, Request, Response};
use super::{Client, Error, RetryPolicy};

/// The HTTP method of a raw request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Method {
    /// `GET`.
    Get,
    /// `POST`.
    Post,
    /// `PUT`.
    Put,
    /// `PATCH`.
    Patch,
    /// `DELETE`.
    Delete,
}

impl Method {
    fn http(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

/// A request to any path of the API, built by a generated client's `raw(method, path)`:
/// for what the spec does not describe yet. It sends every credential the client holds
/// where the API's operations send it (in the body, when the body is an object and the
/// operations with a body carry it there), and answers with the JSON body as a [`serde_json::Value`]
/// (`Null` for an empty body). Errors are those of generated operations, under the
/// operation name `raw`.
///
/// `GET` is retried like a retry-safe operation; other methods only after
/// [`retry_safe(true)`](RawRequest::retry_safe).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send()` is awaited"]
pub struct RawRequest {
    call: Call,
    meta: &'static OperationMeta,
    body_meta: &'static OperationMeta,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Result<Value, String>>,
    encoding: Option<BodyEncoding>,
    retry_safe: bool,
}

impl RawRequest {
    /// A raw request through `client`. `meta` and `body_meta` are the generated raw
    /// entries of the operation table, without a body and with an object body: the first
    /// security alternative of each lists every scheme of the API, placed as operations of
    /// that kind place it.
    #[doc(hidden)]
    pub fn new(
        client: &Client,
        meta: &'static OperationMeta,
        body_meta: &'static OperationMeta,
        method: Method,
        path: impl Into<String>,
    ) -> Self {
        RawRequest {
            call: Call::new(client),
            meta,
            body_meta,
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            encoding: None,
            retry_safe: method == Method::Get,
        }
    }

    /// Adds a query parameter: strings as they are, other values as JSON text.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        let text = match value.into() {
            Value::String(text) => text,
            other => other.to_string(),
        };
        self.query.push((name.into(), text));
        self
    }

    /// Sends `body` as JSON.
    pub fn json(mut self, body: &impl Serialize) -> Self {
        self.body = Some(serde_json::to_value(body).map_err(|e| format!("the body: {e}")));
        self.encoding = Some(BodyEncoding::Json);
        self
    }

    /// Sends `body` as `application/x-www-form-urlencoded` in the notation the API's forms
    /// use: nested values in brackets (`items[0][id]=1`), lists of scalars as the key
    /// repeated or, where the API says so, with brackets (`tags[]=x`).
    pub fn form(mut self, body: &impl Serialize) -> Self {
        self.body = Some(serde_json::to_value(body).map_err(|e| format!("the body: {e}")));
        self.encoding = Some(match self.meta.body_encoding {
            Some(BodyEncoding::FormBrackets) => BodyEncoding::FormBrackets,
            _ => BodyEncoding::Form,
        });
        self
    }

    /// Whether repeating the call is harmless, so that failed attempts may be retried
    /// (default: only for `GET`).
    pub fn retry_safe(mut self, safe: bool) -> Self {
        self.retry_safe = safe;
        self
    }

    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.call.options.retry = Some(policy);
        self
    }

    /// Overrides the client's deadline for this whole call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.call.options.timeout = Some(timeout);
        self
    }

    /// Sends the request and returns the JSON body.
    pub async fn send(self) -> Result<Value, Error> {
        self.send_with_response().await.map(Response::into_body)
    }

    /// Sends the request and returns the status, headers and JSON body.
    pub async fn send_with_response(self) -> Result<Response<Value>, Error> {
        let RawRequest {
            call,
            meta,
            body_meta,
            method,
            path,
            query,
            body,
            encoding,
            retry_safe,
        } = self;
        let meta = match body {
            Some(Ok(Value::Object(_))) => body_meta,
            _ => meta,
        };
        let parts = RawParts {
            method: method.http(),
            retry_safe,
            encoding,
        };
        let mut request = Request::raw(&call.client, meta, parts, path);
        request.raw_query(query);
        match body {
            Some(Ok(body)) => request.raw_json(body),
            Some(Err(reason)) => return Err(Error::encode(meta.id, reason)),
            None => {}
        }
        let response = request.send(&call.options).await?;
        let status = response.status();
        if !status.is_success() {
            return Err(response.into_error());
        }
        response.json_or_null()
    }
}
