//! A typed async client for the [PersonaClick](https://personaclick.com) REST API:
//! sessions, products, profiles, orders and more, generated from an OpenAPI spec.
//!
//! ```no_run
//! # async fn demo() -> Result<(), personaclick::Error> {
//! let client = personaclick::Client::builder("SHOP_ID").shop_secret("SHOP_SECRET").build()?;
//! let visitor = client.visitor("DEVICE_ID", "SESSION_ID");
//! let page = visitor.products().list().categories(["42"]).limit(20).send().await?;
//! for product in page.products.unwrap_or_default() {
//!     println!("{:?} {:?}", product.name, product.price);
//! }
//! # Ok(()) }
//! ```
//!
//! - Every operation is a method of a sub-client (`client.products()`, `client.profile()`,
//!   ...); the table in [`operations`] maps each endpoint (`GET /search`) to its method,
//!   and each method's docs show a call. Required parameters are its arguments; optional ones are chained setters;
//!   `.send().await` returns the typed body, `.send_with_response().await` also the status
//!   and headers. Sub-clients and request builders own a cheap clone of the client: keep
//!   them, return them, `tokio::spawn` their `send()`.
//! - Three [`handle`]s say by type which calls a client reaches: a [`Client`] reaches
//!   what every caller may do; `client.visitor(did, sid)` gives a [`VisitorClient`], which
//!   also reaches the calls that need a visitor's device and session (tracking,
//!   recommendations, search, category pages, the cart); a client built with
//!   `.shop_secret(..)` is a [`ServerClient`], which also reaches the server-to-server
//!   calls. A call made from the wrong one does not compile.
//! - Models ([`types`]) decode what the live API really sends: numbers as numbers or
//!   strings ([`Number`]), ids as strings or integers ([`Id`]), enum values the spec does
//!   not list, and fields it does not name ([`Extra`]); encoding writes all of it back.
//! - [`Error`] tells transport, timeout, API and decode failures apart, and never prints
//!   the shop secret, a query string or unmasked personal data ([`Pii`]).
//! - With the `mock` feature, `mock::MockServer` serves the spec's examples on loopback.
//!
//! This crate is the generated client (`generated/personaclick.rs`) and this thin facade;
//! the transport, errors and values are `personaclick-runtime`'s.

#![cfg_attr(docsrs, feature(doc_cfg))]

pub use personaclick_runtime::{
    ApiError, DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BODY, DecodeError, Error, Extra, Id,
    IntoList, Method, Number, NumberForm, Pii, RawRequest, Response, RetryPolicy, TimeoutScope,
};

mod env;
pub mod track;
pub mod visitor;
pub use track::{PurchaseItem, Track};
pub use visitor::{EnsuredVisitor, Visitor};

/// A mock of the PersonaClick API on loopback (feature `mock`), for offline examples and
/// for tests in your own crate.
///
/// It serves each operation's documented example, refuses calls without valid credentials
/// or required parameters the way the API does, and records every request it received.
/// A test scripts an operation's answers with [`on`](personaclick_runtime::mock::MockServer::on),
/// naming the operation by its request builder type (a typo does not compile): answers in
/// sequence, delays, query and body conditions, and call counts checked on drop.
///
/// ```no_run
/// # async fn demo() -> Result<(), personaclick::Error> {
/// use personaclick::operations::SearchFind;
/// use personaclick::types::SearchFindType;
/// use serde_json::json;
///
/// let mock = personaclick::mock::MockServer::start().await;
/// mock.on::<SearchFind>()
///     .query("search_query", "shoes")
///     .reply(503, json!({"status": "error", "message": "busy"}))
///     .then_documented()
///     .expect(2)
///     .mount();
/// let client = mock.client()?;
/// // The 503 is retried; the second attempt gets the documented answer.
/// let visitor = client.visitor("DEVICE_ID", "SESSION_ID");
/// let found = visitor.search().find(SearchFindType::FullSearch, "shoes").send().await?;
/// # Ok(()) }
/// ```
///
/// ```no_run
/// # async fn demo() -> Result<(), personaclick::Error> {
/// let mock = personaclick::mock::MockServer::start().await;
/// let client = mock.client()?;
/// mock.respond_with("products_get", 404, serde_json::json!({"status": "error", "message": "no such product"}));
/// let err = client.products().get("100500").send().await.unwrap_err();
/// assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
/// assert_eq!(mock.requests()[0].query_value("item_id"), Some("100500"));
/// # Ok(()) }
/// ```
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock {
    pub use super::operations::MockServer;
    pub use personaclick_runtime::mock::{Calls, RecordedRequest, ScriptBuilder};
}

/// Drift checks (feature `drift`): does a captured response still fit the spec? Decodes it
/// with the typed model of its operation and lists every field the spec does not name.
///
/// ```
/// let body = br#"{"name": "Kettle", "price": "19.90", "colour_code": "r"}"#;
/// let drift = personaclick::drift::check("products_get", 200, body)?;
/// assert_eq!(drift.unknown[0].path, "colour_code");
/// assert_eq!(drift.unknown[0].kind, "string");
/// # Ok::<(), personaclick::Error>(())
/// ```
///
/// The same check runs from the command line: `cargo run --example drift -- OPERATION FILE`.
#[cfg(feature = "drift")]
#[cfg_attr(docsrs, doc(cfg(feature = "drift")))]
pub mod drift {
    pub use personaclick_runtime::drift::{Drift, UnknownField};

    /// Decodes `body` as the answer of `operation` with HTTP `status` and lists what the
    /// spec does not name. Errors when the operation or status has no documented JSON
    /// body, or when the body does not decode (the error names the field at fault).
    pub fn check(operation: &str, status: u16, body: &[u8]) -> Result<Drift, crate::Error> {
        personaclick_runtime::drift::check(
            crate::operations::decode_response,
            operation,
            status,
            body,
        )
    }
}

// The README's Rust blocks compile (and, unless `no_run`, run) as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme_doctests {}

// The generated client: a real file in the package, so compiler errors and
// go-to-definition land there. build.rs checks it was made from the spec beside it.
include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/generated/personaclick.rs"
));
