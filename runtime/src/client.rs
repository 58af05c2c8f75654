//! `Client`, its builder and configuration; credentials and bound contexts live here.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use url::Url;

use super::Error;
use super::redact::{RedactedUrl, Secrets};

/// A client for the API. Cheap to clone (it shares one connection pool), `Send` and `Sync`.
///
/// Build one with `Client::builder(shop_id)`; reach operations through the sub-clients
/// (`client.products()`, `client.profile()`, ...).
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
    context: Option<Arc<[(&'static str, String)]>>,
}

pub(crate) struct Inner {
    pub http: reqwest::Client,
    pub base_url: String,
    /// Scheme, host and port of the base URL: no answer from elsewhere is accepted.
    pub origin: url::Origin,
    pub credentials: Vec<(&'static str, String)>,
    /// The credential values (and a password in the base URL), scrubbed from what the
    /// server echoes back.
    pub secrets: Secrets,
    /// The deadline of a whole call.
    pub request_timeout: Duration,
    /// The limit on one attempt, if any.
    pub attempt_timeout: Option<Duration>,
    pub retry: RetryPolicy,
    /// Requests in flight, at most `max_in_flight` at once.
    pub limiter: tokio::sync::Semaphore,
    /// The largest response body read, in bytes.
    pub max_response_body: u64,
    /// The most pages one listing stream fetches.
    pub max_pages: u64,
    /// When the next paced request of each operation may start (`x-batch` rates), shared
    /// by every call through this client and its clones.
    pub pacing: std::sync::Mutex<std::collections::HashMap<&'static str, tokio::time::Instant>>,
}

/// The default [`ClientBuilder::max_response_body`]: 64 MiB, twice the API's own 32 MB
/// request limit.
pub const DEFAULT_MAX_RESPONSE_BODY: u64 = 64 * 1024 * 1024;

/// The default [`ClientBuilder::max_pages`].
pub const DEFAULT_MAX_PAGES: u64 = 1_000;

/// When and how often a failed call is tried again.
///
/// Only operations the spec marks safe to repeat (`x-retry-safe`) are ever retried, and only
/// after a connection failure, an attempt timeout or a 429, 502, 503 or 504 answer (exactly
/// when [`Error::is_retryable`] is true). The delay doubles from `base_delay` up to
/// `max_delay`, with jitter; a `Retry-After` header (seconds or an HTTP date) is honoured up
/// to `max_retry_after`. No retry starts past `max_total` since the first attempt, nor at or
/// past the call's deadline. Any values are safe, `Duration::MAX` included.
///
/// Start from [`RetryPolicy::default`] or [`RetryPolicy::none`] and change what you need:
/// `RetryPolicy::default().max_attempts(5).base_delay(Duration::from_millis(50))`. The
/// struct is `#[non_exhaustive]`, so later releases can add settings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: no retries).
    pub max_attempts: u32,
    /// Delay before the first retry (before jitter).
    pub base_delay: Duration,
    /// Longest delay between attempts computed by backoff.
    pub max_delay: Duration,
    /// Longest wait a `Retry-After` header may ask for.
    pub max_retry_after: Duration,
    /// No retry starts later than this after the first attempt.
    pub max_total: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, 200 ms doubling up to 5 s, `Retry-After` up to 30 s, 60 s in all.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(30),
            max_total: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Attempts in all, the first included (1: no retries).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// Delay before the first retry (before jitter); it doubles for each later one.
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// Longest delay between attempts computed by backoff.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Longest wait a `Retry-After` header may ask for.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// No retry starts later than this after the first attempt.
    pub fn max_total(mut self, total: Duration) -> Self {
        self.max_total = total;
        self
    }

    /// The backoff before attempt `attempt + 1`: doubling, capped, with jitter (half to all
    /// of the computed delay).
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let doubled = self
            .base_delay
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(20));
        let capped = doubled.min(self.max_delay);
        let half = capped / 2;
        // `half * [0, 1)` never exceeds `half`; the checked form guards float rounding.
        let jitter = Duration::try_from_secs_f64(half.as_secs_f64() * fastrand::f64())
            .unwrap_or(Duration::ZERO)
            .min(half);
        half.saturating_add(jitter)
    }
}

impl Client {
    /// The credential held for a security scheme id.
    pub(crate) fn credential(&self, scheme: &str) -> Option<&str> {
        self.inner
            .credentials
            .iter()
            .find(|(id, _)| *id == scheme)
            .map(|(_, v)| v.as_str())
    }

    /// The value bound for a parameter by a context (`client.visitor(..)`), if any.
    pub fn context_value(&self, name: &str) -> Option<&str> {
        self.context
            .as_deref()?
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A handle that shares this client and fills the given parameters on every call that
    /// takes them and does not set them itself. Generated methods such as `visitor` call it.
    pub fn with_context(&self, values: Vec<(&'static str, String)>) -> Client {
        let mut merged: Vec<(&'static str, String)> = self
            .context
            .as_deref()
            .map(<[_]>::to_vec)
            .unwrap_or_default();
        for (name, value) in values {
            merged.retain(|(n, _)| *n != name);
            merged.push((name, value));
        }
        Client {
            inner: Arc::clone(&self.inner),
            context: Some(merged.into()),
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held: Vec<&str> = self.inner.credentials.iter().map(|(id, _)| *id).collect();
        let bound: Vec<&str> = self
            .context
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|(n, _)| *n)
            .collect();
        let base = Url::parse(&self.inner.base_url).ok();
        f.debug_struct("Client")
            .field("base_url", &RedactedUrl(base.as_ref()))
            .field("credentials", &held)
            .field("context", &bound)
            .field("request_timeout", &self.inner.request_timeout)
            .field("attempt_timeout", &self.inner.attempt_timeout)
            .field("retry", &self.inner.retry)
            .field("max_response_body", &self.inner.max_response_body)
            .field("max_pages", &self.inner.max_pages)
            .finish()
    }
}

/// Configures a [`Client`]. Credentials are set with the generated methods
/// (`shop_secret(..)`), or by scheme id with [`credential`](ClientBuilder::credential).
#[must_use]
pub struct ClientBuilder {
    credentials: Vec<(&'static str, String)>,
    base_url: String,
    connect_timeout: Duration,
    request_timeout: Duration,
    attempt_timeout: Option<Duration>,
    user_agent: String,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    max_in_flight: usize,
    max_response_body: u64,
    max_pages: u64,
}

impl ClientBuilder {
    /// Defaults: no base URL (`Client::builder` sets the spec's server), 5 s connect
    /// timeout, 30 s deadline per call, no per-attempt timeout, 64 requests in flight,
    /// response bodies up to [`DEFAULT_MAX_RESPONSE_BODY`], listings up to
    /// [`DEFAULT_MAX_PAGES`] pages.
    pub fn new() -> Self {
        ClientBuilder {
            credentials: Vec::new(),
            base_url: String::new(),
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(30),
            attempt_timeout: None,
            user_agent: concat!("personaclick-rs/", env!("CARGO_PKG_VERSION")).to_string(),
            http: None,
            retry: RetryPolicy::default(),
            max_in_flight: 64,
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            max_pages: DEFAULT_MAX_PAGES,
        }
    }

    /// Sets the credential of a security scheme (by its id in the spec).
    pub fn credential(mut self, scheme: &'static str, value: impl Into<String>) -> Self {
        self.credentials.retain(|(id, _)| *id != scheme);
        self.credentials.push((scheme, value.into()));
        self
    }

    /// Sets the credential of an HTTP basic scheme: `user:password`, which the transport
    /// sends base64-encoded. Like every credential it is never printed.
    pub fn basic_credential(
        self,
        scheme: &'static str,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        let value = format!("{}:{}", username.into(), password.into());
        self.credential(scheme, value)
    }

    /// Sends requests to another address (a proxy, a regional endpoint, a mock server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// How long to wait for a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The deadline of a whole call (default 30 s): waiting for a free slot, connecting,
    /// every attempt with its whole answer, and the waits between attempts. No retry
    /// starts past it, and a server that trickles its answer is cut off at it. A call can
    /// override it with `.timeout(..)`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// A limit on each attempt of a call, within its deadline (default: none). An attempt
    /// that runs past it fails with [`TimeoutScope::Attempt`](crate::TimeoutScope), and a
    /// retry-safe operation is tried again while the deadline allows.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// The largest response body the client reads, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BODY`], 64 MiB). A `Content-Length` above it is refused
    /// before reading; otherwise reading stops at the limit. The limit counts the body as
    /// decoded, so it holds for compressed answers too.
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.max_response_body = bytes;
        self
    }

    /// The most pages one `.items()` stream fetches (default [`DEFAULT_MAX_PAGES`]); the
    /// stream ends with [`Error::PageLimit`] when it would fetch more.
    pub fn max_pages(mut self, pages: u64) -> Self {
        self.max_pages = pages.max(1);
        self
    }

    /// When failed calls of retry-safe operations are tried again (default:
    /// [`RetryPolicy::default`]; [`RetryPolicy::none`] turns retries off).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// At most this many requests in flight at once; more wait for a free slot (default
    /// 64). The wait counts toward the call's deadline.
    pub fn max_in_flight(mut self, limit: usize) -> Self {
        self.max_in_flight = limit.clamp(1, tokio::sync::Semaphore::MAX_PERMITS);
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// Uses a `reqwest::Client` of your own (its timeouts, proxy and TLS settings apply;
    /// this builder's connect timeout and user agent do not).
    ///
    /// Build it with `.redirect(reqwest::redirect::Policy::none())`: the client's own
    /// never follows a redirect, so nothing it sends reaches another address. An answer
    /// that a client of yours fetched from another origin after a redirect is refused
    /// with [`Error::Config`], but the request has gone there by then.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        if self.base_url.is_empty() {
            return Err(Error::Config(
                "no base URL: set one with `.base_url(..)`".into(),
            ));
        }
        // The URL is never echoed whole: it may carry a password or a secret.
        let parsed = Url::parse(&self.base_url)
            .map_err(|e| Error::Config(format!("the base URL is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https")
            || parsed.query().is_some()
            || parsed.fragment().is_some()
        {
            return Err(Error::Config(format!(
                "the base URL `{}` must be http(s) without a query or fragment",
                RedactedUrl(Some(&parsed))
            )));
        }
        super::tls::check(parsed.scheme(), super::tls::AVAILABLE, self.http.is_some())
            .map_err(Error::Config)?;
        let http = match self.http {
            Some(http) => http,
            None => super::tls::configure(
                reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout)
                    .user_agent(self.user_agent)
                    // Never follow a redirect, never send a `Referer`: nothing the client
                    // sends may reach an origin other than the base URL.
                    .redirect(reqwest::redirect::Policy::none())
                    .referer(false),
            )
            .map_err(Error::Config)?
            .build()
            .map_err(|e| Error::Config(e.without_url().to_string()))?,
        };
        let base_url = self.base_url.trim_end_matches('/').to_string();
        let password = parsed.password().map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        });
        let secrets = Secrets::new(
            self.credentials
                .iter()
                .map(|(_, v)| v.as_str())
                .chain(password.as_deref()),
        );
        let inner = Inner {
            http,
            base_url,
            origin: parsed.origin(),
            credentials: self.credentials,
            secrets,
            request_timeout: self.request_timeout,
            attempt_timeout: self.attempt_timeout,
            retry: self.retry,
            limiter: tokio::sync::Semaphore::new(self.max_in_flight),
            max_response_body: self.max_response_body,
            max_pages: self.max_pages,
            pacing: std::sync::Mutex::default(),
        };
        Ok(Client {
            inner: Arc::new(inner),
            context: None,
        })
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder::new()
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held: Vec<&str> = self.credentials.iter().map(|(id, _)| *id).collect();
        let base = Url::parse(&self.base_url).ok();
        f.debug_struct("ClientBuilder")
            .field("base_url", &RedactedUrl(base.as_ref()))
            .field("credentials", &held)
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .finish()
    }
}
