//! `personaclick-runtime`: the hand-written half of clients that `personaclick-codegen`
//! generates from an OpenAPI document. It knows no API by name.
//!
//! - [`Client`] and [`ClientBuilder`]: connections, credentials by security-scheme id,
//!   deadlines, retries, limits on bodies, pages and requests in flight.
//! - [`Error`]: transport, timeout, API and decode failures told apart; nothing secret or
//!   personal is ever printed.
//! - Lossless values: [`Number`], [`Id`], [`Extra`] (fields a spec does not name) and
//!   [`Pii`] (personal data, masked in `Debug`).
//! - `mock` (feature `mock`): a spec-driven mock server on loopback.
//! - [`drift`]: does a captured response still fit the spec?
//!
//! Generated code plugs in through data tables and traits in a hidden module (`__private`); nothing here
//! is generated, and nothing the generated code needs is an inherent impl on a type of
//! this crate.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod batches;
mod body;
mod client;
pub mod drift;
mod error;
mod handle;
mod list;
mod macros;
mod objects;
mod operation;
mod pages;
mod query;
mod raw;
mod redact;
mod tls;
mod transport;
mod values;

#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;

pub use body::File;
pub use bytes::Bytes;
pub use client::{Client, ClientBuilder, RetryPolicy};
pub use client::{DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BODY};
pub use error::{ApiError, DecodeError, Error, TimeoutScope};
pub use list::IntoList;
pub use objects::Decoded;
pub use raw::{Method, RawRequest};
pub use transport::Response;
pub use values::{Extra, Id, Number, NumberForm, Pii};

/// The derives generated models use for their serde code (see `personaclick-macros`):
/// [`Model`](macro@Model) for objects that keep unknown fields, [`WireEnum`](macro@WireEnum)
/// for string enums with a catch-all, [`Scalars`](macro@Scalars) and
/// [`Tagged`](macro@Tagged) for unions. Their expansions call the hidden `__private`
/// module, so they are meant for generated code.
pub use personaclick_macros::{
    FromVariants, Model, Scalars, Tagged, VariantDisplay, WireEnum, object,
};

/// What generated code calls: operation tables, the request on the wire, paging, batching
/// and the serde plumbing of models. Not meant for hand-written code; it may change in
/// any release.
#[doc(hidden)]
pub mod __private {
    pub use super::batches::{pace, split_batches};
    pub use super::handle::Handle;
    #[cfg(feature = "mock")]
    pub use super::mock::MockRoute;
    pub use super::objects::{
        Key, ObjectReader, ObjectWriter, ResponseDecoder, Scalar, decode_response, present,
        reencode, string_enum,
    };
    pub use super::operation::{Call, HasCall, Operation, send};
    pub use super::pages::{Page, PageSpec, Paged, items, pages};
    pub use super::transport::{
        BodyEncoding, CallOptions, CredentialPlace, OperationMeta, PathParam, Request, SchemeMeta,
    };
    pub use ::futures_util;
    pub use ::reqwest;
    pub use ::serde;
    pub use ::serde_json;
}
