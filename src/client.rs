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
