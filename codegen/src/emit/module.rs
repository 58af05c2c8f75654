//! Module assembly: `pub mod operations { .. }` from the scheme statics, the client entry
//! points, the sub-clients, the request builders, the operation ids, the response decoder
//! and the mock routes, in the model's order.

use proc_macro2::TokenStream;
use quote::quote;

use super::Emitter;

impl Emitter<'_> {
    /// `pub mod operations { ... }`.
    pub fn operations_module(&self) -> TokenStream {
        let rt = &self.rt;
        let schemes = self.scheme_statics();
        let client = self.client_impl();
        let tags = self.sub_clients();
        let ops = self.model.operations.iter().map(|op| self.operation(op));
        let decode = self.config.drift_feature.as_ref().map(|feature| {
            let body = self.decode_response_body();
            quote! {
                /// Decodes a response body of `operation` with status `status` into its typed
                /// model and encodes it back to JSON. `None` when the spec documents no JSON
                /// body for that status.
                #[cfg(feature = #feature)]
                pub fn decode_response(
                    operation: &str,
                    status: u16,
                    body: &[u8],
                ) -> ::std::option::Option<::std::result::Result<#rt::Decoded, #rt::Error>> {
                    #body
                }
            }
        });
        let routes = self.mock_routes();
        let ids = self.model.operations.iter().map(|o| &o.id);
        quote! {
            /// Request builders, one per operation, and the sub-clients that hand them out.
            // Deprecated items stay deprecated for users; the generated code itself uses them.
            #[allow(deprecated)]
            pub mod operations {
                #schemes
                #client
                #tags
                #(#ops)*

                /// Every operation id in the spec, sorted by tag and method.
                pub const OPERATION_IDS: &[&str] = &[#(#ids),*];

                #decode

                #routes
            }
        }
    }
}
