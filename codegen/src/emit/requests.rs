//! The send path: an operation's entry in the operation table (`OperationMeta`), and the
//! code that puts a builder's inputs on the wire (path, query, headers, body, context fills).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Emitter;
use crate::model::{
    BodyEncoding, Input, InputSource, Operation, ParamLocation, ParamStyle, PathPart, TypeRef,
};

impl Emitter<'_> {
    /// `pub static OPERATION_ID: OperationMeta = ..`: how to call an operation.
    pub(super) fn meta_static(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let meta = format_ident!("{}", op.table_ident);
        let id = &op.id;
        let method = &op.http_method;
        let path = &op.path;
        let schemes = &self.model.security_schemes;
        let alternatives = op.security.iter().map(|alt| {
            let refs = alt
                .iter()
                .filter_map(|id| schemes.iter().find(|s| &s.id == id))
                .map(|s| format_ident!("{}", s.static_ident));
            quote!(&[#(&#refs),*])
        });
        let retry_safe = op.retry_safe;
        let encoding = match op.body.as_ref().and_then(|b| b.encodings.first()) {
            Some(BodyEncoding::Json) => {
                quote!(::std::option::Option::Some(#rt::__private::BodyEncoding::Json))
            }
            Some(BodyEncoding::Form) => {
                quote!(::std::option::Option::Some(#rt::__private::BodyEncoding::Form))
            }
            None => quote!(::std::option::Option::None),
        };
        let pointers = &op.error_message_pointers;
        let required_query = &op.required_query;
        let required_body = &op.required_body;
        let text = format!(" How to call `{id}`.");
        quote! {
            #[doc = #text]
            static #meta: #rt::__private::OperationMeta = #rt::__private::OperationMeta {
                id: #id,
                method: #method,
                path: #path,
                security: &[#(#alternatives),*],
                retry_safe: #retry_safe,
                body_encoding: #encoding,
                error_message_pointers: &[#(#pointers),*],
                required_query: &[#(#required_query),*],
                required_body: &[#(#required_body),*],
            };
        }
    }

    /// `let mut request = Request::new(..); request.query(..); ...`
    pub(super) fn request_code(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let meta = format_ident!("{}", op.table_ident);
        // Path: "/a/{b}" → format!("/a/{}", PathParam(&self.b)).
        let mut template = String::new();
        let mut path_args = Vec::new();
        for part in &op.path_parts {
            match part {
                PathPart::Text(text) => {
                    template.push_str(&text.replace('{', "{{").replace('}', "}}"))
                }
                PathPart::Input(ident) => {
                    let ident = format_ident!("{}", ident);
                    template.push_str("{}");
                    path_args.push(quote!(#rt::__private::PathParam(&self.#ident)));
                }
            }
        }
        let path = if path_args.is_empty() {
            quote!(::std::string::String::from(#template))
        } else {
            quote!(::std::format!(#template, #(#path_args),*))
        };
        let mut lines = Vec::new();
        for input in &op.inputs {
            if let InputSource::Param {
                location,
                style,
                aliases,
            } = &input.source
                && *location != ParamLocation::Path
            {
                lines.push(self.param_line(input, *location, *style, aliases));
            }
        }
        let whole_body = op.inputs.iter().find_map(|i| match &i.source {
            InputSource::Body { variant_fills } => Some((i, variant_fills)),
            _ => None,
        });
        if op.body_object.is_some() {
            let fills: Vec<TokenStream> = op
                .inputs
                .iter()
                .filter(|i| i.context)
                .filter_map(|i| match &i.source {
                    InputSource::BodyField { field, .. } => {
                        Some(fill(quote!(body), field, &i.name))
                    }
                    _ => None,
                })
                .collect();
            let binding = if fills.is_empty() {
                quote!(let body)
            } else {
                quote!(let mut body)
            };
            lines.push(quote! {
                #binding = self.body;
                #(#fills)*
                request.body(&body);
            });
        } else if let Some((i, variant_fills)) = whole_body {
            let ident = format_ident!("{}", i.ident);
            lines.push(if !variant_fills.is_empty() {
                // A discriminated union: each variant's context fields are filled.
                let union = self.ty(&i.ty);
                let arms = variant_fills.iter().map(|v| {
                    let variant = format_ident!("{}", v.variant);
                    let fills = v
                        .fields
                        .iter()
                        .map(|f| fill(quote!(variant), &f.field, &f.name));
                    quote!(#union::#variant(variant) => { #(#fills)* })
                });
                quote! {
                    let mut body = self.#ident;
                    #[allow(unreachable_patterns)]
                    match &mut body {
                        #(#arms)*
                        _ => {}
                    }
                    request.body(&body);
                }
            } else if i.required {
                quote!(request.body(&self.#ident);)
            } else {
                quote!(if let ::std::option::Option::Some(body) = &self.#ident { request.body(body); })
            });
        }
        let binding = if lines.is_empty() {
            quote!(let request)
        } else {
            quote!(let mut request)
        };
        quote! {
            #binding = #rt::__private::Request::new(&self.client, &#meta, #path);
            #(#lines)*
        }
    }

    /// `request.query(..)` (or `header`, `query_list`, `query_json`) for a query or header
    /// parameter.
    fn param_line(
        &self,
        input: &Input,
        location: ParamLocation,
        style: ParamStyle,
        aliases: &[String],
    ) -> TokenStream {
        let rt = &self.rt;
        let ident = format_ident!("{}", input.ident);
        let name = &input.name;
        let names: Vec<&str> = std::iter::once(name.as_str())
            .chain(aliases.iter().map(String::as_str))
            .collect();
        // Borrow as `Option<&str>` / `Option<&[T]>` / `Option<&T>`.
        let derefs = !input.pii && matches!(input.ty, TypeRef::String | TypeRef::Array(_));
        let mut value = match (input.required, derefs, &input.ty) {
            (true, _, _) if input.pii => {
                quote!(::std::option::Option::Some(#rt::Pii::expose(&self.#ident)))
            }
            (true, true, TypeRef::String) => {
                quote!(::std::option::Option::Some(self.#ident.as_str()))
            }
            (true, true, _) => quote!(::std::option::Option::Some(self.#ident.as_slice())),
            (true, false, _) => quote!(::std::option::Option::Some(&self.#ident)),
            (false, true, _) => quote!(self.#ident.as_deref()),
            (false, false, _) => quote!(self.#ident.as_ref()),
        };
        if input.pii && !input.required {
            value = quote!(#value.map(#rt::Pii::expose));
        }
        if input.context {
            value = quote!(#value.or_else(|| self.client.context_value(#name)));
        }
        match (location, style, &input.ty) {
            (ParamLocation::Header, _, _) => quote!(request.header(#name, #value);),
            (_, ParamStyle::Json, _) => quote!(request.query_json(&[#(#names),*], #value);),
            (_, style, TypeRef::Array(_)) => {
                let joined = style == ParamStyle::Joined;
                quote!(request.query_list(&[#(#names),*], #value, #joined);)
            }
            _ => quote!(request.query(&[#(#names),*], #value);),
        }
    }
}

/// `if target.did.is_none() { target.did = context("did") }`: a field a context fills.
fn fill(target: TokenStream, field: &str, json: &str) -> TokenStream {
    let ident = format_ident!("{}", field);
    quote! {
        if #target.#ident.is_none() {
            #target.#ident = self.client.context_value(#json).map(::std::string::String::from);
        }
    }
}
