//! A spec-driven mock of the API on loopback (feature `mock`), for offline examples and
//! for tests in your own crate.
//!
//! It serves each operation's documented example, refuses calls without valid credentials
//! or required parameters the way the API does, lets a test replace an operation's answer,
//! and records every request it received.
//!
//! A generated client wraps [`MockServer::start`] with its own route table; with the
//! `personaclick` crate:
//!
//! ```ignore
//! # async fn demo() -> Result<(), personaclick::Error> {
//! let mock = personaclick::mock::MockServer::start().await;
//! let client = mock.client()?;
//! mock.respond_with("products_get", 404, serde_json::json!({"status": "error", "message": "no such product"}));
//! let err = client.products().get("100500").send().await.unwrap_err();
//! assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
//! assert_eq!(mock.requests()[0].query_value("item_id"), Some("100500"));
//! # Ok(()) }
//! ```

use std::sync::{Arc, Mutex, PoisonError};

use serde_json::Value;
use wiremock::{Mock, ResponseTemplate, matchers};

use crate::transport::{CredentialPlace, OperationMeta, SchemeMeta};
use crate::{Client, ClientBuilder, Error};

mod script;
pub use script::{Calls, ScriptBuilder};
use script::{Reply, Script};

/// An operation and its documented examples, as the generated code lists them.
#[derive(Debug)]
pub struct MockRoute {
    /// The operation.
    pub meta: &'static OperationMeta,
    /// Its first documented success status.
    pub success: u16,
    /// The body served when no success example is documented (`{}`, `[]` or nothing).
    pub empty: &'static str,
    /// `(status, name, JSON text)` of each documented response example.
    pub examples: &'static [(u16, &'static str, &'static str)],
}

/// A request the mock received.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// The operation it matched, if any.
    pub operation: Option<&'static str>,
    /// HTTP method.
    pub method: String,
    /// Path.
    pub path: String,
    /// Query pairs, in order.
    pub query: Vec<(String, String)>,
    /// `Content-Type`, if sent.
    pub content_type: Option<String>,
    /// Raw body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a query parameter.
    pub fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON: parsed JSON, or a form turned into an object of strings.
    pub fn body_json(&self) -> Option<Value> {
        if self
            .content_type
            .as_deref()
            .is_some_and(|c| c.contains("x-www-form-urlencoded"))
        {
            let map = url::form_urlencoded::parse(&self.body)
                .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
                .collect();
            return Some(Value::Object(map));
        }
        serde_json::from_slice(&self.body).ok()
    }
}

struct State {
    routes: &'static [MockRoute],
    credentials: Vec<(&'static str, String)>,
    scripts: Mutex<Vec<Script>>,
    log: Mutex<Vec<RecordedRequest>>,
}

/// The mock server. Stops when dropped.
pub struct MockServer {
    server: wiremock::MockServer,
    state: Arc<State>,
}

impl MockServer {
    /// Starts on a free loopback port, serving `routes` (the table a generated client
    /// emits). Each security scheme accepts one value, `mock-<scheme id>` (see
    /// [`credential`](MockServer::credential)); [`client`](MockServer::client) holds them all.
    pub async fn start(routes: &'static [MockRoute]) -> MockServer {
        let mut credentials: Vec<(&'static str, String)> = Vec::new();
        for route in routes {
            for scheme in route.meta.security.iter().flat_map(|alt| alt.iter()) {
                if !credentials.iter().any(|(id, _)| *id == scheme.id) {
                    credentials.push((scheme.id, format!("mock-{}", scheme.id)));
                }
            }
        }
        let state = Arc::new(State {
            routes,
            credentials,
            scripts: Mutex::default(),
            log: Mutex::default(),
        });
        let server = wiremock::MockServer::start().await;
        Mock::given(matchers::any())
            .respond_with(Responder(Arc::clone(&state)))
            .mount(&server)
            .await;
        MockServer { server, state }
    }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// The value the mock accepts for a security scheme (by id, e.g. `shopId`).
    pub fn credential(&self, scheme: &str) -> Option<&str> {
        self.state
            .credentials
            .iter()
            .find(|(id, _)| *id == scheme)
            .map(|(_, v)| v.as_str())
    }

    /// A client builder aimed at this mock, holding every credential it accepts.
    pub fn client_builder(&self) -> ClientBuilder {
        let mut builder = ClientBuilder::new().base_url(self.uri());
        for (id, value) in &self.state.credentials {
            builder = builder.credential(id, value.clone());
        }
        builder
    }

    /// A client aimed at this mock, holding every credential it accepts.
    pub fn client(&self) -> Result<Client, Error> {
        self.client_builder().build()
    }

    /// Answers every later call of `operation` with this status and JSON body.
    pub fn respond_with(&self, operation: &str, status: u16, body: Value) {
        self.respond_with_bytes(operation, status, body.to_string().into_bytes());
    }

    /// Answers every later call of `operation` with this status and raw body.
    ///
    /// # Panics
    ///
    /// When the spec has no operation with this id, so that a misspelt id fails the test
    /// instead of being ignored ([`on`](MockServer::on) checks it at compile time).
    pub fn respond_with_bytes(&self, operation: &str, status: u16, body: impl Into<Vec<u8>>) {
        let operation = self.known(operation);
        // The newest script is asked first, so this one answers every later call.
        lock(&self.state.scripts).push(Script::always(operation, status, body.into()));
    }

    /// The spec's id of `operation`; panics when there is none.
    fn known(&self, operation: &str) -> &'static str {
        if let Some(route) = self.state.routes.iter().find(|r| r.meta.id == operation) {
            route.meta.id
        } else {
            let mut near: Vec<&str> = self.state.routes.iter().map(|r| r.meta.id).collect();
            near.retain(|id| id.split('_').next() == operation.split('_').next());
            panic!(
                "the mock has no operation `{operation}`{}",
                if near.is_empty() {
                    String::new()
                } else {
                    format!(" (operations of that group: {})", near.join(", "))
                }
            );
        }
    }

    /// Goes back to the documented answer for `operation`, dropping its scripts too.
    ///
    /// # Panics
    ///
    /// When the spec has no operation with this id.
    pub fn reset(&self, operation: &str) {
        self.known(operation);
        lock(&self.state.scripts).retain(|s| s.operation != operation);
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.state.log).clone()
    }

    /// Forgets the requests received so far.
    pub fn clear_requests(&self) {
        lock(&self.state.log).clear();
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Err(unmet) = self.verify() {
            panic!("{unmet}");
        }
    }
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("uri", &self.uri())
            .finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

struct Responder(Arc<State>);

impl wiremock::Respond for Responder {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let state = &self.0;
        let mut recorded = RecordedRequest {
            operation: None,
            method: request.method.to_string(),
            path: request.url.path().to_string(),
            query: request
                .url
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
            content_type: request
                .headers
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            body: request.body.clone(),
        };
        let route = state.routes.iter().find(|r| {
            r.meta.method == recorded.method && path_matches(r.meta.path, &recorded.path)
        });
        recorded.operation = route.map(|r| r.meta.id);
        let answer = match route {
            None => json(404, &error_body("no such operation in the spec")),
            Some(route) => state.answer(route, &recorded, request),
        };
        lock(&state.log).push(recorded);
        answer
    }
}

impl State {
    fn answer(
        &self,
        route: &MockRoute,
        req: &RecordedRequest,
        raw: &wiremock::Request,
    ) -> ResponseTemplate {
        let meta = route.meta;
        let body = req.body_json();
        let has = |scheme: &SchemeMeta, expected: &str| -> bool {
            let found = match scheme.place {
                CredentialPlace::Query => req.query_value(scheme.name).map(str::to_string),
                CredentialPlace::Body => body
                    .as_ref()
                    .and_then(|b| b.get(scheme.name)?.as_str())
                    .map(str::to_string),
                CredentialPlace::Header => raw
                    .headers
                    .get(scheme.name)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
                CredentialPlace::Bearer => raw
                    .headers
                    .get("authorization")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.strip_prefix("Bearer "))
                    .map(str::to_string),
                CredentialPlace::Basic => {
                    use base64::Engine as _;
                    raw.headers
                        .get("authorization")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.strip_prefix("Basic "))
                        .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
                        .and_then(|v| String::from_utf8(v).ok())
                }
            };
            found.as_deref() == Some(expected)
        };
        let authorized = meta.security.is_empty()
            || meta.security.iter().any(|alt| {
                alt.iter().all(|s| {
                    self.credentials
                        .iter()
                        .any(|(id, v)| *id == s.id && has(s, v))
                })
            });
        if !authorized {
            return documented_error(route, 403, "invalid or missing credentials");
        }
        if let Some(missing) = meta
            .required_query
            .iter()
            .find(|q| req.query_value(q).is_none())
        {
            return documented_error(route, 400, &format!("missing parameter {missing}"));
        }
        if let Some(missing) = meta
            .required_body
            .iter()
            .find(|f| body.as_ref().and_then(|b| b.get(**f)).is_none())
        {
            return documented_error(route, 400, &format!("missing field {missing}"));
        }
        let scripted = lock(&self.scripts)
            .iter()
            .rev()
            .filter(|s| s.operation == meta.id)
            .find_map(|s| s.take(req, body.as_ref()));
        match scripted {
            Some(Reply::Body {
                status,
                body,
                delay,
            }) => {
                let answer = ResponseTemplate::new(status).set_body_raw(body, "application/json");
                return delayed(answer, delay);
            }
            Some(Reply::Documented { delay }) => return delayed(documented(route), delay),
            None => {}
        }
        documented(route)
    }
}

fn delayed(answer: ResponseTemplate, delay: Option<std::time::Duration>) -> ResponseTemplate {
    match delay {
        Some(delay) => answer.set_delay(delay),
        None => answer,
    }
}

/// The documented success answer: the richest example (the longest), else an empty body
/// of the documented type.
fn documented(route: &MockRoute) -> ResponseTemplate {
    let example = route
        .examples
        .iter()
        .filter(|(status, _, _)| *status == route.success)
        .max_by_key(|(_, _, t)| t.len());
    let text = example.map_or(route.empty, |(_, _, text)| text);
    ResponseTemplate::new(route.success).set_body_raw(text.as_bytes().to_vec(), "application/json")
}

/// The operation's documented error example for `status`, or a generic error body.
fn documented_error(route: &MockRoute, status: u16, message: &str) -> ResponseTemplate {
    match route.examples.iter().find(|(s, _, _)| *s == status) {
        Some((_, _, text)) => {
            ResponseTemplate::new(status).set_body_raw(text.as_bytes().to_vec(), "application/json")
        }
        None => json(status, &error_body(message)),
    }
}

fn error_body(message: &str) -> Value {
    serde_json::json!({ "status": "error", "message": message })
}

fn json(status: u16, body: &Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.to_string().into_bytes(), "application/json")
}

fn path_matches(template: &str, path: &str) -> bool {
    let mut t = template.split('/');
    let mut p = path.split('/');
    loop {
        match (t.next(), p.next()) {
            (None, None) => return true,
            (Some(ts), Some(ps)) if ts.starts_with('{') && ts.ends_with('}') && !ps.is_empty() => {}
            (Some(ts), Some(ps)) if ts == ps => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::path_matches;

    #[test]
    fn templates_match_segments() {
        assert!(path_matches("/category/{category_id}", "/category/42"));
        assert!(!path_matches("/category/{category_id}", "/category/"));
        assert!(!path_matches("/products", "/products/get"));
        assert!(path_matches("/products/get", "/products/get"));
    }
}
