//! `Client`, its builder and configuration; credentials and bound contexts live here.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use url::Url;

use super::Error;

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
    pub credentials: Vec<(&'static str, String)>,
    pub request_timeout: Duration,
    pub retry: RetryPolicy,
    /// Requests in flight, at most `max_in_flight` at once.
    pub limiter: tokio::sync::Semaphore,
}

/// When and how often a failed call is tried again.
///
/// Only operations the spec marks safe to repeat (`x-retry-safe`) are ever retried, and only
/// after a connection failure or a 429, 502, 503 or 504 answer. The delay doubles from
/// `base_delay` up to `max_delay`, with jitter; a `Retry-After` header (in seconds) is honoured
/// up to `max_retry_after`. No retry starts past `max_total` since the first attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
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

    /// The backoff before attempt `attempt + 1`: doubling, capped, with jitter (half to all
    /// of the computed delay).
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let doubled = self
            .base_delay
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(20));
        let capped = doubled.min(self.max_delay);
        let half = capped / 2;
        half + half.mul_f64(fastrand::f64())
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
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &held)
            .field("context", &bound)
            .field("request_timeout", &self.inner.request_timeout)
            .field("retry", &self.inner.retry)
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
    user_agent: String,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    max_in_flight: usize,
}

impl ClientBuilder {
    /// Defaults: no base URL (`Client::builder` sets the spec's server), 5 s connect
    /// timeout, 30 s request timeout.
    pub fn new() -> Self {
        ClientBuilder {
            credentials: Vec::new(),
            base_url: String::new(),
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(30),
            user_agent: concat!("personaclick-rs/", env!("CARGO_PKG_VERSION")).to_string(),
            http: None,
            retry: RetryPolicy::default(),
            max_in_flight: 64,
        }
    }

    /// Sets the credential of a security scheme (by its id in the spec).
    pub fn credential(mut self, scheme: &'static str, value: impl Into<String>) -> Self {
        self.credentials.retain(|(id, _)| *id != scheme);
        self.credentials.push((scheme, value.into()));
        self
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

    /// How long a whole call may take; a call can override it with `.timeout(..)`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// When failed calls of retry-safe operations are tried again (default:
    /// [`RetryPolicy::default`]; [`RetryPolicy::none`] turns retries off).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// At most this many requests in flight at once; more wait for a free slot (default 64).
    pub fn max_in_flight(mut self, limit: usize) -> Self {
        self.max_in_flight = limit.max(1);
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// Uses a `reqwest::Client` of your own (its timeouts, proxy and TLS settings apply;
    /// this builder's connect timeout and user agent do not).
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
        let parsed = Url::parse(&self.base_url)
            .map_err(|e| Error::Config(format!("base URL `{}`: {e}", self.base_url)))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
            return Err(Error::Config(format!(
                "base URL `{}` must be http(s) without a query",
                self.base_url
            )));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .user_agent(self.user_agent)
                .build()
                .map_err(|e| Error::Config(e.without_url().to_string()))?,
        };
        let base_url = self.base_url.trim_end_matches('/').to_string();
        let inner = Inner {
            http,
            base_url,
            credentials: self.credentials,
            request_timeout: self.request_timeout,
            retry: self.retry,
            limiter: tokio::sync::Semaphore::new(self.max_in_flight),
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
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("credentials", &held)
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .finish()
    }
}
