//! The mock server's route table: each operation with its success status, a fallback
//! body and its documented examples.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Emitter;

impl Emitter<'_> {
    /// `MOCK_ROUTES`, behind the mock feature (nothing without one).
    pub(super) fn mock_routes(&self) -> TokenStream {
        let rt = &self.ops_rt;
        let Some(feature) = &self.config.mock_feature else {
            return quote!();
        };
        let routes = self.model.operations.iter().map(|op| {
            let ty = format_ident!("{}", op.type_name);
            let mock = &op.mock;
            let examples = mock.examples.iter().map(|e| {
                if let Some(shared) = &e.shared {
                    let shared = format_ident!("{}", shared);
                    return quote!(#shared);
                }
                let code = proc_macro2::Literal::u16_unsuffixed(e.status);
                let (name, json) = (&e.name, &e.body);
                quote!((#code, #name, #json))
            });
            let success = proc_macro2::Literal::u16_unsuffixed(mock.status);
            let empty = &mock.empty_body;
            quote!(#rt::__private::MockRoute { meta: <#ty as #rt::__private::Operation>::META, success: #success, empty: #empty, examples: &[#(#examples),*] })
        });
        let shared = self.model.shared_meta.examples.iter().map(|e| {
            let ident = format_ident!("{}", e.ident);
            let code = proc_macro2::Literal::u16_unsuffixed(e.status);
            let (name, json) = (&e.name, &e.body);
            quote! {
                #[cfg(feature = #feature)]
                const #ident: (u16, &str, &str) = (#code, #name, #json);
            }
        });
        let handle =
            super::client::handle_type(self.model.full_handle().map(|h| h.marker.as_str()));
        quote! {
            // Examples several operations document, written once.
            #(#shared)*

            /// Every operation with its documented examples, for the mock server.
            #[cfg(feature = #feature)]
            static MOCK_ROUTES: &[#rt::__private::MockRoute] = &[#(#routes),*];

            /// A mock of the API on loopback, serving the spec's examples (see the runtime's
            /// `mock` module for what it checks and records). Stops when dropped; its other
            /// methods come from the runtime's `MockServer`, through `Deref`.
            #[cfg(feature = #feature)]
            #[derive(Debug)]
            pub struct MockServer(#rt::mock::MockServer);

            #[cfg(feature = #feature)]
            impl MockServer {
                /// Starts on a free loopback port. Each security scheme accepts one value,
                /// `mock-<scheme id>`; [`client`](MockServer::client) holds them all.
                pub async fn start() -> MockServer {
                    MockServer(#rt::mock::MockServer::start(MOCK_ROUTES).await)
                }

                /// A client builder aimed at this mock, holding every credential it accepts.
                pub fn client_builder(&self) -> ClientBuilder<#handle> {
                    ClientBuilder(self.0.client_builder(), ::std::marker::PhantomData)
                }

                /// A client aimed at this mock, holding every credential it accepts.
                pub fn client(&self) -> ::std::result::Result<Client<#handle>, #rt::Error> {
                    self.client_builder().build()
                }
            }

            #[cfg(feature = #feature)]
            impl ::std::ops::Deref for MockServer {
                type Target = #rt::mock::MockServer;
                fn deref(&self) -> &Self::Target {
                    &self.0
                }
            }
        }
    }
}
