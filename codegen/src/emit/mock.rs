//! The mock server's route table: each operation with its success status, a fallback
//! body and its documented examples.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Emitter;

impl Emitter<'_> {
    /// `MOCK_ROUTES`, behind the mock feature (nothing without one).
    pub(super) fn mock_routes(&self) -> TokenStream {
        let rt = &self.rt;
        let Some(feature) = &self.config.mock_feature else {
            return quote!();
        };
        let routes = self.model.operations.iter().map(|op| {
            let meta = format_ident!("{}", op.table_ident);
            let mock = &op.mock;
            let examples = mock.examples.iter().map(|e| {
                let code = proc_macro2::Literal::u16_unsuffixed(e.status);
                let (name, json) = (&e.name, &e.body);
                quote!((#code, #name, #json))
            });
            let success = proc_macro2::Literal::u16_unsuffixed(mock.status);
            let empty = &mock.empty_body;
            quote!(#rt::__private::MockRoute { meta: &#meta, success: #success, empty: #empty, examples: &[#(#examples),*] })
        });
        quote! {
            /// Every operation with its documented examples, for the mock server.
            #[cfg(feature = #feature)]
            pub(crate) static MOCK_ROUTES: &[#rt::__private::MockRoute] = &[#(#routes),*];
        }
    }
}
