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
//!   ...). Required parameters are its arguments; optional ones are chained setters;
//!   `.send().await` returns the typed body, `.send_with_response().await` also the status
//!   and headers.
//! - Models ([`types`]) decode what the live API really sends: numbers as numbers or
//!   strings ([`Number`]), ids as strings or integers ([`Id`]), enum values the spec does
//!   not list, and fields it does not name ([`Extra`]); encoding writes all of it back.
//! - [`Error`] tells transport, timeout, API and decode failures apart, and never prints
//!   the shop secret, a query string or unmasked personal data ([`Pii`]).
//! - With the `mock` feature, `mock::MockServer` serves the spec's examples on loopback.

#![warn(missing_docs)]

mod batches;
mod client;
pub mod drift;
mod error;
mod objects;
mod pages;
mod redact;
mod tls;
mod transport;
mod values;

#[cfg(feature = "mock")]
pub mod mock;

pub use client::{Client, ClientBuilder, RetryPolicy};
pub use client::{DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BODY};
pub use error::{ApiError, DecodeError, Error, TimeoutScope};
pub use objects::Decoded;
pub use operations::DEFAULT_BASE_URL;
pub use transport::Response;
pub use values::{Extra, Id, Number, NumberForm, Pii};

/// Used by the generated code; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use super::batches::{Pacer, split_batches};
    #[cfg(feature = "mock")]
    pub use super::mock::MockRoute;
    pub use super::objects::{
        Key, Object, ObjectReader, ObjectWriter, Scalar, present, read_object, reencode,
        string_enum,
    };
    pub use super::pages::{PageSpec, paginate};
    pub use super::transport::{
        BodyEncoding, CallOptions, CredentialPlace, OperationMeta, PathParam, Request, SchemeMeta,
        form_encode,
    };
}

// The generated client: a real file in the package, so compiler errors and
// go-to-definition land there. build.rs checks it was made from the spec beside it.
include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/generated/personaclick.rs"
));
