//! The write code of bodies that are not JSON or a form: a multipart body part by part,
//! and a text or bytes body with its content type.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Emitter;
use crate::model::{BodyEncoding, InputSource, Operation, TypeRef};

impl Emitter<'_> {
    /// The lines of `Operation::write` that put a multipart, text or bytes body on the
    /// request; `None` for a JSON or form body (or none).
    pub(super) fn media_body_lines(&self, op: &Operation) -> Option<Vec<TokenStream>> {
        let body = op.body.as_ref()?;
        match body.encodings.first()? {
            BodyEncoding::Multipart => Some(
                op.inputs
                    .iter()
                    .filter(|i| matches!(i.source, InputSource::Part))
                    .map(|i| {
                        let ident = format_ident!("{}", i.ident);
                        let name = &i.name;
                        match (&i.ty, i.required) {
                            (TypeRef::File, true) => {
                                quote!(request.part_files(#name, [&self.#ident]);)
                            }
                            (TypeRef::File, false) => {
                                quote!(request.part_files(#name, self.#ident.iter());)
                            }
                            (TypeRef::Array(item), true) if **item == TypeRef::File => {
                                quote!(request.part_files(#name, &self.#ident);)
                            }
                            (TypeRef::Array(item), false) if **item == TypeRef::File => {
                                quote!(request.part_files(#name, self.#ident.iter().flatten());)
                            }
                            (_, true) => quote!(request.part(#name, ::std::option::Option::Some(&self.#ident));),
                            (_, false) => quote!(request.part(#name, self.#ident.as_ref());),
                        }
                    })
                    .collect(),
            ),
            BodyEncoding::Text | BodyEncoding::Bytes => {
                let input = |wanted: fn(&InputSource) -> bool| {
                    op.inputs
                        .iter()
                        .find(|i| wanted(&i.source))
                        .map(|i| (format_ident!("{}", i.ident), i.required))
                };
                let (value, required) = input(|s| matches!(s, InputSource::Body { .. }))?;
                let (content_type, _) = input(|s| matches!(s, InputSource::ContentType))?;
                let default = &body.content_type;
                let content_type =
                    quote!(self.#content_type.as_deref().unwrap_or(#default));
                Some(vec![if required {
                    quote!(request.raw_body(#content_type, self.#value);)
                } else {
                    quote! {
                        if let ::std::option::Option::Some(body) = self.#value {
                            request.raw_body(#content_type, body);
                        }
                    }
                }])
            }
            BodyEncoding::Json | BodyEncoding::Form => None,
        }
    }
}
