//! The client a generated handle type wraps: a [`Client`] tagged with the handle marker of
//! the generated code, so the generated `Client<H>` and its sub-clients need no marker
//! field of their own.

use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

use crate::Client;

/// A [`Client`] as the handle `H` (a marker type of the generated code). Derefs to the
/// client; cloning it clones the client (cheap: an `Arc` inside).
pub struct Handle<H> {
    client: Client,
    handle: PhantomData<fn() -> H>,
}

impl<H> Handle<H> {
    /// `client` as the handle `H`.
    pub fn new(client: Client) -> Self {
        Handle {
            client,
            handle: PhantomData,
        }
    }

    /// The same client as another handle.
    pub fn to<K>(&self) -> Handle<K> {
        Handle::new(self.client.clone())
    }
}

impl<H> Clone for Handle<H> {
    fn clone(&self) -> Self {
        Handle::new(self.client.clone())
    }
}

impl<H> fmt::Debug for Handle<H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.client.fmt(f)
    }
}

impl<H> Deref for Handle<H> {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}
