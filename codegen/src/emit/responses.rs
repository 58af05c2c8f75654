//! Responses: the success type of a call, the statuses that decode into it,
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
            OutputType::Text => quote!(::std::string::String),
            OutputType::Bytes => {
                let rt = &self.ops_rt;
                quote!(#rt::Bytes)
            }
        }
    }

    /// `const OK` (the statuses that decode into the output, as inclusive ranges) and, for
    /// an answer without a body, `const EMPTY`; for one read as it is, `const RAW`.
    pub(super) fn decode(&self, op: &Operation) -> TokenStream {
        let ranges = op.output.statuses.iter().map(|status| {
            let (lo, hi) = status_range(*status);
            quote!((#lo, #hi))
        });
        let empty = matches!(op.output.ty, OutputType::Empty).then(|| {
            quote!(
                const EMPTY: bool = true;
            )
        });
        let raw = matches!(op.output.ty, OutputType::Text | OutputType::Bytes).then(|| {
            quote!(
                const RAW: bool = true;
            )
        });
        // `200` alone is the trait's default.
        let only_200 = matches!(op.output.statuses.as_slice(), [StatusMatch::Code(200)]);
        let ok = (!only_200).then(|| quote!(const OK: &'static [(u16, u16)] = &[#(#ranges),*];));
        quote! {
            #ok
            #empty
            #raw
        }
    }

    /// The body of `decode_response`: every documented JSON body, by operation and status,
    /// as a table the runtime searches in order.
    pub(super) fn decode_response_body(&self) -> TokenStream {
        let rt = &self.ops_rt;
        let entries: Vec<TokenStream> = self
            .model
            .operations
            .iter()
            .flat_map(|op| {
                op.responses.iter().filter_map(move |r| {
                    let ty = self.ty(r.ty.as_ref()?);
                    let id = &op.id;
                    let (lo, hi) = status_range(r.status.matching());
                    Some(quote!((#id, #lo, #hi, reencode::<#ty>),))
                })
            })
            .collect();
        quote! {
            use #rt::__private::reencode;
            static RESPONSES: &[#rt::__private::ResponseDecoder] = &[#(#entries)*];
            #rt::__private::decode_response(RESPONSES, operation, status, body)
        }
    }
}

/// The inclusive status range a response covers.
fn status_range(status: StatusMatch) -> (proc_macro2::Literal, proc_macro2::Literal) {
    let (lo, hi) = match status {
        StatusMatch::Code(c) => (c, c),
        StatusMatch::Range(lo, hi) => (lo, hi),
        StatusMatch::Any => (0, u16::MAX),
    };
    (
        proc_macro2::Literal::u16_unsuffixed(lo),
        proc_macro2::Literal::u16_unsuffixed(hi),
    )
}
