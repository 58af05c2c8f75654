//! The one call path every generated request builder shares: a builder implements
//! [`Operation`] (its operation table entry, its success type and the code that puts its
//! inputs on the wire), and [`send`] does the rest — credentials, deadline, retries,
//! limits, and the decode by status.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde::de::value::UnitDeserializer;

use super::transport::{CallOptions, OperationMeta, RawResponse, Request, Response};
use super::{Client, Error};

/// What every request builder holds besides its inputs: a clone of the client (cheap: the
/// client is shared) and the per-call settings.
#[derive(Debug, Clone)]
pub struct Call {
    /// The client the call goes through.
    pub client: Client,
    /// `retry` and `timeout` of this call.
    pub options: CallOptions,
    /// Parameters the spec does not name (`.param(..)`), in the order they were set.
    pub extra: Vec<(String, serde_json::Value)>,
}

impl Call {
    /// A call through `client`, with the client's own settings.
    pub fn new(client: &Client) -> Self {
        Call {
            client: client.clone(),
            options: CallOptions::default(),
            extra: Vec::new(),
        }
    }
}

/// The shared part of a request builder, its `call` field (implemented by
/// `operation_methods!`).
pub trait HasCall {
    /// The client and per-call settings.
    fn call(&mut self) -> &mut Call;
}

/// A generated request builder: what is specific to one operation.
pub trait Operation: HasCall + Sized + Send + 'static {
    /// The operation's entry in the operation table.
    const META: &'static OperationMeta;
    /// The statuses that decode into [`Output`](Operation::Output), as inclusive ranges;
    /// any other status is an `Error::Api`. `200` alone unless the operation says otherwise.
    const OK: &'static [(u16, u16)] = &[(200, 200)];
    /// A success carries no documented body (`Output` is `()`).
    const EMPTY: bool = false;
    /// A success body is read as it is, not as JSON (`Output` is `Bytes` or `String`).
    const RAW: bool = false;
    /// What a successful call returns.
    type Output: DeserializeOwned + Send + 'static;

    /// Puts the inputs on the request: path parameters, query, headers, body.
    fn write(self, request: &mut Request<'_>);
}

/// Sends the request `op` describes and decodes the answer by its status.
pub async fn send<O: Operation>(mut op: O) -> Result<Response<O::Output>, Error> {
    let call = op.call();
    let client = call.client.clone();
    let options = std::mem::take(&mut call.options);
    let extra = std::mem::take(&mut call.extra);
    let mut request = Request::new(&client, O::META);
    op.write(&mut request);
    request.extra(extra);
    let response = request.send(&options).await?;
    decode::<O>(response)
}

fn decode<O: Operation>(response: RawResponse) -> Result<Response<O::Output>, Error> {
    let status = response.status().as_u16();
    if !O::OK.iter().any(|(lo, hi)| (*lo..=*hi).contains(&status)) {
        return Err(response.into_error());
    }
    if O::EMPTY {
        // `Output` is `()`, which deserializes from a unit without reading the body.
        let unit = O::Output::deserialize(UnitDeserializer::<serde::de::value::Error>::new())
            .map_err(|e| Error::Config(format!("`{}`: {e}", O::META.id)))?;
        Ok(response.empty()?.with_body(unit))
    } else if O::RAW {
        response.raw::<O::Output>()
    } else {
        response.json::<O::Output>()
    }
}
