//! Scripted answers: for one operation, chosen by its request builder type (a typo does
//! not compile), answers in sequence with optional delays, for the calls that match query
//! or body conditions, with a call count checked when the mock is dropped.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::Value;

use super::{MockServer, RecordedRequest, lock};
use crate::operation::Operation;

/// One answer of a script.
#[derive(Debug, Clone)]
pub(super) enum Reply {
    /// This status and raw JSON body.
    Body {
        status: u16,
        body: Vec<u8>,
        delay: Option<Duration>,
    },
    /// The operation's documented answer, as the mock gives it unscripted.
    Documented { delay: Option<Duration> },
}

impl Reply {
    fn delay_mut(&mut self) -> &mut Option<Duration> {
        match self {
            Reply::Body { delay, .. } | Reply::Documented { delay } => delay,
        }
    }
}

/// A condition a call must meet for a script to answer it.
#[derive(Debug, Clone)]
enum Condition {
    /// The query has this parameter with this value.
    Query(String, String),
    /// The body (JSON, or a form read as an object of strings) has this value at this JSON
    /// pointer (`/items/0/id`).
    Body(String, Value),
}

impl Condition {
    fn holds(&self, request: &RecordedRequest, body: Option<&Value>) -> bool {
        match self {
            Condition::Query(name, value) => {
                request.query.iter().any(|(k, v)| k == name && v == value)
            }
            Condition::Body(pointer, value) => body.and_then(|b| b.pointer(pointer)) == Some(value),
        }
    }
}

/// A mounted script, as the mock keeps it.
#[derive(Debug)]
pub(super) struct Script {
    pub(super) operation: &'static str,
    conditions: Vec<Condition>,
    replies: Vec<Reply>,
    expected: Option<usize>,
    calls: Arc<AtomicUsize>,
}

impl Script {
    /// A script without conditions that answers `status` and `body` to every call.
    pub(super) fn always(operation: &'static str, status: u16, body: Vec<u8>) -> Script {
        Script {
            operation,
            conditions: Vec::new(),
            replies: vec![Reply::Body {
                status,
                body,
                delay: None,
            }],
            expected: None,
            calls: Arc::default(),
        }
    }

    /// The answer for `request` when this script takes it: the next reply of the sequence
    /// (the last one repeats).
    pub(super) fn take(&self, request: &RecordedRequest, body: Option<&Value>) -> Option<Reply> {
        if !self.conditions.iter().all(|c| c.holds(request, body)) {
            return None;
        }
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        self.replies
            .get(n.min(self.replies.len().saturating_sub(1)))
            .cloned()
    }

    /// Why the call count is not the expected one, if it is not.
    pub(super) fn unmet(&self) -> Option<String> {
        let expected = self.expected?;
        let calls = self.calls.load(Ordering::SeqCst);
        (calls != expected).then(|| {
            format!(
                "the mock's script for `{}` expected {expected} matching call(s), got {calls}",
                self.operation
            )
        })
    }
}

/// Builds a script for one operation: conditions, then answers in order. Nothing changes
/// until [`mount`](ScriptBuilder::mount).
///
/// ```ignore
/// use personaclick::operations::SearchFind;
/// let hits = mock
///     .on::<SearchFind>()
///     .query("search_query", "shoes")
///     .reply(503, json!({"status": "error", "message": "busy"}))
///     .then_documented()
///     .expect(2)
///     .mount();
/// ```
#[must_use = "a script answers nothing until `.mount()`"]
#[derive(Debug)]
pub struct ScriptBuilder<'m> {
    mock: &'m MockServer,
    script: Script,
}

impl MockServer {
    /// Scripts the answers of operation `O`, named by its request builder type (for
    /// example `mock.on::<personaclick::operations::SearchFind>()`), so that a misspelt
    /// operation does not compile. Credentials and required parameters are still checked
    /// as for documented answers; scripts mounted later are tried first.
    pub fn on<O: Operation>(&self) -> ScriptBuilder<'_> {
        ScriptBuilder {
            mock: self,
            script: Script {
                operation: O::META.id,
                conditions: Vec::new(),
                replies: Vec::new(),
                expected: None,
                calls: Arc::default(),
            },
        }
    }

    /// Checks the call counts set with [`ScriptBuilder::expect`]; the same check runs when
    /// the mock is dropped (and panics there, failing the test).
    pub fn verify(&self) -> Result<(), String> {
        let unmet: Vec<String> = lock(&self.state.scripts)
            .iter()
            .filter_map(Script::unmet)
            .collect();
        if unmet.is_empty() {
            Ok(())
        } else {
            Err(unmet.join("; "))
        }
    }
}

impl ScriptBuilder<'_> {
    /// Only calls whose query has `name=value`.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.script
            .conditions
            .push(Condition::Query(name.into(), value.into()));
        self
    }

    /// Only calls whose body has `value` at the JSON pointer `pointer` (for example
    /// `"/event"` or `"/items/0/id"`; a form body is read as an object of strings).
    pub fn body(mut self, pointer: impl Into<String>, value: impl Into<Value>) -> Self {
        self.script
            .conditions
            .push(Condition::Body(pointer.into(), value.into()));
        self
    }

    /// The first answer: this status and JSON body.
    pub fn reply(self, status: u16, body: Value) -> Self {
        self.reply_bytes(status, body.to_string().into_bytes())
    }

    /// The first answer: this status and raw body (sent as `application/json`, so that
    /// malformed answers can be tested too).
    pub fn reply_bytes(mut self, status: u16, body: impl Into<Vec<u8>>) -> Self {
        self.script.replies.push(Reply::Body {
            status,
            body: body.into(),
            delay: None,
        });
        self
    }

    /// The next answer, after the ones before it: this status and JSON body. The last
    /// answer repeats for every later call.
    pub fn then(self, status: u16, body: Value) -> Self {
        self.reply(status, body)
    }

    /// The next answer: the operation's documented one.
    pub fn then_documented(mut self) -> Self {
        self.script.replies.push(Reply::Documented { delay: None });
        self
    }

    /// Delays the answer added last by `delay` (to test timeouts).
    pub fn delay(mut self, delay: Duration) -> Self {
        if self.script.replies.is_empty() {
            self.script.replies.push(Reply::Documented { delay: None });
        }
        if let Some(last) = self.script.replies.last_mut() {
            *last.delay_mut() = Some(delay);
        }
        self
    }

    /// Expects exactly `calls` matching calls, checked by [`MockServer::verify`] and when
    /// the mock is dropped.
    pub fn expect(mut self, calls: usize) -> Self {
        self.script.expected = Some(calls);
        self
    }

    /// Mounts the script; returns a counter of the calls it answered.
    pub fn mount(mut self) -> Calls {
        if self.script.replies.is_empty() {
            self.script.replies.push(Reply::Documented { delay: None });
        }
        let calls = Calls(Arc::clone(&self.script.calls));
        lock(&self.mock.state.scripts).push(self.script);
        calls
    }
}

/// How many calls a mounted script answered.
#[derive(Debug, Clone)]
pub struct Calls(Arc<AtomicUsize>);

impl Calls {
    /// The number of calls answered so far.
    pub fn count(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}
