//! Macros generated clients expand, so that what every client shares is written once,
//! here, rather than in each generated file.

/// The generic settings of [`ClientBuilder`](crate::ClientBuilder), on a generated client's
/// own builder type: a tuple struct around `ClientBuilder` (`pub struct ClientBuilder(rt::ClientBuilder)`).
/// The generated builder adds its credential setters and `build` itself.
#[doc(hidden)]
#[macro_export]
macro_rules! client_builder_settings {
    ($builder:ident) => {
        impl<H> $builder<H> {
            /// Sends requests to another address (a proxy, a regional endpoint, a mock
            /// server).
            pub fn base_url(self, url: impl ::std::convert::Into<::std::string::String>) -> Self {
                $builder(self.0.base_url(url), ::std::marker::PhantomData)
            }

            /// How long to wait for a connection (default 5 s).
            pub fn connect_timeout(self, timeout: ::std::time::Duration) -> Self {
                $builder(self.0.connect_timeout(timeout), ::std::marker::PhantomData)
            }

            /// The deadline of a whole call (default 30 s): waiting for a free slot,
            /// connecting, every attempt with its whole answer, and the waits between
            /// attempts. No retry starts past it, and a server that trickles its answer is
            /// cut off at it. A call can override it with `.timeout(..)`.
            pub fn timeout(self, timeout: ::std::time::Duration) -> Self {
                $builder(self.0.timeout(timeout), ::std::marker::PhantomData)
            }

            /// A limit on each attempt of a call, within its deadline (default: none). An
            /// attempt that runs past it fails with a timeout of scope `Attempt`, and a
            /// retry-safe operation is tried again while the deadline allows.
            pub fn attempt_timeout(self, timeout: ::std::time::Duration) -> Self {
                $builder(self.0.attempt_timeout(timeout), ::std::marker::PhantomData)
            }

            /// The largest response body the client reads, in bytes (default 64 MiB). A
            /// `Content-Length` above it is refused before reading; otherwise reading stops
            /// at the limit. The limit counts the body as decoded, so it holds for
            /// compressed answers too.
            pub fn max_response_body(self, bytes: u64) -> Self {
                $builder(self.0.max_response_body(bytes), ::std::marker::PhantomData)
            }

            /// The most pages one `.items()` or `.pages()` stream fetches (default 1,000);
            /// the stream ends with `Error::PageLimit` when it would fetch more.
            pub fn max_pages(self, pages: u64) -> Self {
                $builder(self.0.max_pages(pages), ::std::marker::PhantomData)
            }

            /// When failed calls of retry-safe operations are tried again (default:
            /// `RetryPolicy::default()`; `RetryPolicy::none()` turns retries off).
            pub fn retry(self, policy: $crate::RetryPolicy) -> Self {
                $builder(self.0.retry(policy), ::std::marker::PhantomData)
            }

            /// At most this many requests in flight at once; more wait for a free slot
            /// (default 64). The wait counts toward the call's deadline.
            pub fn max_in_flight(self, limit: usize) -> Self {
                $builder(self.0.max_in_flight(limit), ::std::marker::PhantomData)
            }

            /// The `User-Agent` header.
            pub fn user_agent(
                self,
                agent: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                $builder(self.0.user_agent(agent), ::std::marker::PhantomData)
            }

            /// Uses a `reqwest::Client` of your own (its timeouts, proxy and TLS settings
            /// apply; this builder's connect timeout and user agent do not).
            ///
            /// Build it with `.redirect(reqwest::redirect::Policy::none())`: the client's
            /// own never follows a redirect, so nothing it sends reaches another address.
            /// An answer that a client of yours fetched from another origin after a
            /// redirect is refused with `Error::Config`, but the request has gone there by
            /// then.
            pub fn http_client(self, client: $crate::__private::reqwest::Client) -> Self {
                $builder(self.0.http_client(client), ::std::marker::PhantomData)
            }
        }
    };
}

/// The methods every request builder has: `retry`, `timeout`, `send` and
/// `send_with_response`, on a generated builder that implements
/// `__private::Operation` with `Output = $output` and holds its `__private::Call` in a
/// field `call` (this implements `__private::HasCall`).
#[doc(hidden)]
#[macro_export]
macro_rules! operation_methods {
    ($op:ident, $output:ty) => {
        impl $crate::__private::HasCall for $op {
            fn call(&mut self) -> &mut $crate::__private::Call {
                &mut self.call
            }
        }

        impl $op {
            /// Overrides the client's retry policy for this call. Only operations the spec
            /// marks safe to repeat are ever retried, whatever the policy.
            pub fn retry(mut self, policy: $crate::RetryPolicy) -> Self {
                $crate::__private::HasCall::call(&mut self).options.retry =
                    ::std::option::Option::Some(policy);
                self
            }

            /// Overrides whether repeating this call is harmless, which decides whether a
            /// failed attempt is retried (the spec says so per operation). `true` lets a call
            /// that the API may carry out twice, such as a tracking event, be retried when
            /// a lost event costs more than a duplicate; `false` never retries it.
            pub fn retry_safe(mut self, safe: bool) -> Self {
                $crate::__private::HasCall::call(&mut self)
                    .options
                    .retry_safe = ::std::option::Option::Some(safe);
                self
            }

            /// Overrides the client's deadline for this whole call (every attempt, and the
            /// waits for a free slot and between attempts).
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                $crate::__private::HasCall::call(&mut self).options.timeout =
                    ::std::option::Option::Some(timeout);
                self
            }

            /// Sends a parameter the spec does not name yet, the way this operation sends
            /// its inputs: a body field when it has a body, else a query parameter
            /// (strings as they are, numbers and other values as JSON text). For the
            /// time between an API change and a release of this client; a body field
            /// of the same name is replaced.
            pub fn param(
                mut self,
                name: impl ::std::convert::Into<::std::string::String>,
                value: impl ::std::convert::Into<$crate::__private::serde_json::Value>,
            ) -> Self {
                $crate::__private::HasCall::call(&mut self)
                    .extra
                    .push((name.into(), value.into()));
                self
            }

            /// Sends the request and decodes the documented response body.
            pub async fn send(self) -> ::std::result::Result<$output, $crate::Error> {
                $crate::__private::send(self)
                    .await
                    .map($crate::Response::into_body)
            }

            /// Sends the request; the result also carries the status and headers.
            pub async fn send_with_response(
                self,
            ) -> ::std::result::Result<$crate::Response<$output>, $crate::Error> {
                $crate::__private::send(self).await
            }
        }
    };
}

/// `items()` and `pages()` of a generated listing that implements `__private::Paged` with
/// `Item = $item` and `Output = $output`; `$what` says how it pages (page size, setters,
/// cap).
#[doc(hidden)]
#[macro_export]
macro_rules! paged_methods {
    ($op:ident, $item:ty, $output:ty, $what:expr) => {
        impl $op {
            /// Every item of every page, fetched as the stream is read.
            #[doc = $what]
            /// Stops after the first error; ends with an error when a page repeats the one
            /// before or after the client's `max_pages`.
            pub fn items(
                self,
            ) -> impl $crate::__private::futures_util::Stream<
                Item = ::std::result::Result<$item, $crate::Error>,
            > + ::std::marker::Send
            + 'static {
                $crate::__private::items(self)
            }

            /// Every page, whole (totals and facets kept), fetched as the stream is read.
            #[doc = $what]
            /// Ends at a short or empty page, at the total or the documented cap; stops
            /// after the first error; ends with an error when a page repeats the one before
            /// or after the client's `max_pages`.
            pub fn pages(
                self,
            ) -> impl $crate::__private::futures_util::Stream<
                Item = ::std::result::Result<$output, $crate::Error>,
            > + ::std::marker::Send
            + 'static {
                $crate::__private::pages(self)
            }
        }
    };
}
