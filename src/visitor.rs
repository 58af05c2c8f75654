//! The visitor session of a web backend: the device id (`did`) and session id (`sid`)
//! a shop keeps per browser, read from and written to cookies as plain header values, so
//! that events a server sends join the session the storefront script opened.
//!
//! The storefront script keeps the session in the cookies `personaclick_device_id`,
//! `personaclick_session_code` and `personaclick_session_last_act`; [`Visitor`] reads and
//! writes the same three, so the browser and the backend share one session. The A/B
//! segment goes in `personaclick_segment`, a cookie of this crate's own.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};
use serde::{Deserialize, Serialize};

/// The cookie holding the device id (set by the storefront script too).
pub const DEVICE_COOKIE: &str = "personaclick_device_id";
/// The cookie holding the session id (set by the storefront script too).
pub const SESSION_COOKIE: &str = "personaclick_session_code";
/// The cookie holding the time of the last activity (set by the storefront script too).
pub const LAST_ACTIVITY_COOKIE: &str = "personaclick_session_last_act";
/// The cookie holding the A/B segment (this crate's own).
pub const SEGMENT_COOKIE: &str = "personaclick_segment";

/// How long a session lasts without activity before [`Client::ensure_visitor`] opens a
/// new one: 30 minutes. The vendor's sources do not state the server's own idle limit;
/// pass another one to [`Client::ensure_visitor_within`].
///
/// [`Client::ensure_visitor`]: crate::Client::ensure_visitor
/// [`Client::ensure_visitor_within`]: crate::Client::ensure_visitor_within
pub const SESSION_IDLE: Duration = Duration::from_secs(30 * 60);

/// How long the cookies are kept: one year, as the vendor's PHP SDK kept its cookie.
pub const COOKIE_MAX_AGE: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// Bytes a cookie value may not carry as they are (RFC 6265 cookie-octet), and `%`.
const NOT_COOKIE_OCTET: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b',')
    .add(b';')
    .add(b'\\')
    .add(b'%');

/// One visitor of the shop: what a web backend keeps between page views. Serializes (for
/// a session store) and reads from and writes to cookies.
///
/// `Debug` masks the ids: they identify a person's device.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visitor {
    /// Device id, handed out by `/init` on a device's first visit.
    pub did: String,
    /// Session id (`seance` in the `/init` answer).
    pub sid: String,
    /// Traffic source label sent with this visitor's calls; `None` keeps the client's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
    /// A/B segment (`A` or `B`) sent with this visitor's calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// Last activity, in seconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<u64>,
}

impl fmt::Debug for Visitor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Visitor")
            .field("did", &"<masked>")
            .field("sid", &"<masked>")
            .field("stream", &self.stream)
            .field("segment", &self.segment)
            .field("last_activity", &self.last_activity)
            .finish()
    }
}

/// Cookie attributes of [`Visitor::set_cookies_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CookieOptions {
    /// `Domain=`, to share the cookies with subdomains (default: none, the host only).
    pub domain: Option<String>,
    /// `Path=` (default `/`).
    pub path: String,
    /// `Secure` (default `true`: sent over https only).
    pub secure: bool,
    /// `Max-Age=` (default one year, [`COOKIE_MAX_AGE`]).
    pub max_age: Duration,
}

impl Default for CookieOptions {
    fn default() -> Self {
        CookieOptions {
            domain: None,
            path: "/".to_string(),
            secure: true,
            max_age: COOKIE_MAX_AGE,
        }
    }
}

impl CookieOptions {
    /// Sets `Domain=`.
    pub fn domain(mut self, domain: impl Into<String>) -> Self {
        self.domain = Some(domain.into());
        self
    }

    /// Sets `Secure` on or off (off only for plain-http development).
    pub fn secure(mut self, secure: bool) -> Self {
        self.secure = secure;
        self
    }
}

impl Visitor {
    /// A visitor with these ids and no other settings.
    pub fn new(did: impl Into<String>, sid: impl Into<String>) -> Self {
        Visitor {
            did: did.into(),
            sid: sid.into(),
            stream: None,
            segment: None,
            last_activity: None,
        }
    }

    /// Reads the visitor from the values of `Cookie` request headers (one or several).
    /// `None` when the device or the session cookie is missing or empty. A last-activity
    /// value in milliseconds (as browsers' `Date.now()` writes it) is read as such.
    pub fn from_cookie_headers<'a>(headers: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        let mut did = None;
        let mut sid = None;
        let mut last = None;
        let mut segment = None;
        for header in headers {
            for pair in header.split(';') {
                let Some((name, value)) = pair.trim().split_once('=') else {
                    continue;
                };
                let value = value.trim().trim_matches('"');
                let value = percent_decode_str(value).decode_utf8_lossy().into_owned();
                if value.is_empty() {
                    continue;
                }
                match name.trim() {
                    DEVICE_COOKIE => did = Some(value),
                    SESSION_COOKIE => sid = Some(value),
                    LAST_ACTIVITY_COOKIE => last = value.parse::<u64>().ok(),
                    SEGMENT_COOKIE => segment = Some(value),
                    _ => {}
                }
            }
        }
        // Seconds since the epoch stay below 10^11 until the year 5138.
        let last_activity = last.map(|t| if t >= 100_000_000_000 { t / 1000 } else { t });
        Some(Visitor {
            did: did?,
            sid: sid?,
            stream: None,
            segment,
            last_activity,
        })
    }

    /// Reads the visitor from one `Cookie` header value.
    pub fn from_cookie_header(header: &str) -> Option<Self> {
        Self::from_cookie_headers([header])
    }

    /// `Set-Cookie` header values that keep this visitor, with [`CookieOptions::default`]:
    /// `Path=/`, `Max-Age` one year, `SameSite=Lax`, `Secure`. Not `HttpOnly`: the
    /// storefront script reads the same cookies.
    pub fn set_cookies(&self) -> Vec<String> {
        self.set_cookies_with(&CookieOptions::default())
    }

    /// `Set-Cookie` header values that keep this visitor, with the given attributes.
    pub fn set_cookies_with(&self, options: &CookieOptions) -> Vec<String> {
        let mut attributes = format!(
            "; Path={}; Max-Age={}; SameSite=Lax",
            options.path,
            options.max_age.as_secs()
        );
        if let Some(domain) = &options.domain {
            attributes.push_str("; Domain=");
            attributes.push_str(domain);
        }
        if options.secure {
            attributes.push_str("; Secure");
        }
        let mut cookies = vec![
            (DEVICE_COOKIE, self.did.clone()),
            (SESSION_COOKIE, self.sid.clone()),
        ];
        if let Some(last) = self.last_activity {
            cookies.push((LAST_ACTIVITY_COOKIE, last.to_string()));
        }
        if let Some(segment) = &self.segment {
            cookies.push((SEGMENT_COOKIE, segment.clone()));
        }
        cookies
            .into_iter()
            .map(|(name, value)| {
                let value = utf8_percent_encode(&value, NOT_COOKIE_OCTET);
                format!("{name}={value}{attributes}")
            })
            .collect()
    }

    /// The session has seen no activity for longer than `idle` at `now` (or never
    /// recorded any).
    pub fn is_idle(&self, now: SystemTime, idle: Duration) -> bool {
        let Some(last) = self.last_activity else {
            return true;
        };
        unix_seconds(now).saturating_sub(last) > idle.as_secs()
    }

    /// Records activity at `now`.
    pub fn touch(&mut self, now: SystemTime) {
        self.last_activity = Some(unix_seconds(now));
    }
}

/// Seconds since the Unix epoch (0 for a clock before it).
pub(crate) fn unix_seconds(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// What [`Client::ensure_visitor`](crate::Client::ensure_visitor) decided.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct EnsuredVisitor {
    /// The visitor to make calls for, its activity recorded now.
    pub visitor: Visitor,
    /// The cookies changed (a new device or session, or activity recorded over a minute
    /// after the last): send [`Visitor::set_cookies`] with the response.
    pub set_cookies: bool,
    /// The `/init` answer (the shop's front-end settings), when a session was opened.
    pub init: Option<Box<crate::types::InitResponse>>,
}

impl<H> crate::Client<H> {
    /// The visitor handle of this visitor: its calls send `did`, `sid`, and the
    /// `stream` and `segment` when set, unless a call sets them itself.
    pub fn for_visitor(&self, visitor: &Visitor) -> crate::VisitorClient {
        let mut client = self.visitor(&visitor.did, &visitor.sid);
        if let Some(stream) = &visitor.stream {
            client = client.with_stream(stream);
        }
        if let Some(segment) = &visitor.segment {
            client = client.with_segment(segment);
        }
        client
    }

    /// The visitor to make calls for: `existing` (read with
    /// [`Visitor::from_cookie_headers`]) while its session is active, else a session
    /// opened with `/init`, keeping the device id when there is one. One upstream request
    /// per new session, none per page view. Sessions idle for longer than
    /// [`SESSION_IDLE`] are renewed.
    pub async fn ensure_visitor(
        &self,
        existing: Option<Visitor>,
    ) -> Result<EnsuredVisitor, crate::Error> {
        self.ensure_visitor_within(existing, SESSION_IDLE, SystemTime::now())
            .await
    }

    /// [`ensure_visitor`](Self::ensure_visitor) with another idle limit, at the time `now`.
    pub async fn ensure_visitor_within(
        &self,
        existing: Option<Visitor>,
        idle: Duration,
        now: SystemTime,
    ) -> Result<EnsuredVisitor, crate::Error> {
        if let Some(mut visitor) = existing.clone().filter(|v| !v.is_idle(now, idle)) {
            let before = visitor.last_activity.unwrap_or(0);
            visitor.touch(now);
            let set_cookies = visitor.last_activity.unwrap_or(0).saturating_sub(before) > 60;
            return Ok(EnsuredVisitor {
                visitor,
                set_cookies,
                init: None,
            });
        }
        let mut request = self.session().init();
        if let Some(old) = &existing {
            request = request.did(old.did.clone());
        }
        if let Some(stream) = existing.as_ref().and_then(|v| v.stream.clone()) {
            request = request.stream(stream);
        }
        let init = request.send().await?;
        let mut visitor = Visitor {
            did: init.did.clone(),
            sid: init.seance.clone(),
            stream: existing.as_ref().and_then(|v| v.stream.clone()),
            segment: existing.and_then(|v| v.segment),
            last_activity: None,
        };
        visitor.touch(now);
        Ok(EnsuredVisitor {
            visitor,
            set_cookies: true,
            init: Some(Box::new(init)),
        })
    }
}
