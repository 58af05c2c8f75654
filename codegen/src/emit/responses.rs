//! Responses: the success type of a call, the `match` that decodes an answer by status,
//! and the table that decodes any documented body (`decode_response`).

use proc_macro2::TokenStream;
use quote::quote;

use super::Emitter;
use crate::model::{Operation, OutputType, StatusMatch};

impl Emitter<'_> {
    /// The type a successful call returns.
    pub(super) fn output_type(&self, op: &Operation) -> TokenStream {
        let serde_json = &self.serde_json;
        match &op.output.ty {
            OutputType::Empty => quote!(()),
            OutputType::Typed(ty) => self.ty(ty),
            OutputType::Json => quote!(#serde_json::Value),
        }
    }

    /// The `match` that decodes a response into `ok_ty`, or into the error.
    pub(super) fn decode(&self, op: &Operation, ok_ty: &TokenStream) -> TokenStream {
        let arms = op.output.statuses.iter().map(|status| {
            let pattern = status_pattern(*status);
            let decode = match op.output.ty {
                OutputType::Empty => quote!(response.empty()),
                _ => quote!(response.json::<#ok_ty>()),
            };
            quote!(#pattern => #decode,)
        });
        quote! {
            #[allow(unreachable_patterns)]
            match response.status().as_u16() {
                #(#arms)*
                _ => ::std::result::Result::Err(response.into_error()),
            }
        }
    }

    /// The body of `decode_response`: every documented JSON body, by operation and status.
    pub(super) fn decode_response_body(&self) -> TokenStream {
        let rt = &self.rt;
        let arms: Vec<TokenStream> = self
            .model
            .operations
            .iter()
            .flat_map(|op| {
                op.responses.iter().filter_map(move |r| {
                    let ty = self.ty(r.ty.as_ref()?);
                    let id = &op.id;
                    let pattern = status_pattern(r.status.matching());
                    Some(quote!((#id, #pattern) => ::std::option::Option::Some(#rt::__private::reencode::<#ty>(operation, body)),))
                })
            })
            .collect();
        if arms.is_empty() {
            quote! {
                let _ = (operation, status, body);
                ::std::option::Option::None
            }
        } else {
            quote! {
                #[allow(unreachable_patterns)]
                match (operation, status) {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    }
}

/// A `match` pattern on a `u16` status.
fn status_pattern(status: StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(c) => {
            let c = proc_macro2::Literal::u16_unsuffixed(c);
            quote!(#c)
        }
        StatusMatch::Range(lo, hi) => {
            let (lo, hi) = (
                proc_macro2::Literal::u16_unsuffixed(lo),
                proc_macro2::Literal::u16_unsuffixed(hi),
            );
            quote!(#lo..=#hi)
        }
        StatusMatch::Any => quote!(_),
    }
}
