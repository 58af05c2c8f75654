//! The send path: an operation's entry in the operation table (`OperationMeta`, the
//! fields most operations share written once), and `Operation::write`, which puts a
//! builder's inputs on the wire (path, query, headers, body, context fills).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Emitter;
use crate::model::{
    BodyEncoding, CredentialField, Input, InputSource, Operation, ParamLocation, ParamStyle,
    PathPart, TypeRef,
};

impl Emitter<'_> {
    /// `const META_DEFAULTS: OperationMeta`: what the operation table entries
    /// share (the model's [`SharedMeta`](crate::model::SharedMeta)); each entry names only
    /// what differs.
    pub(super) fn meta_defaults(&self) -> TokenStream {
        let rt = &self.ops_rt;
        let shared = &self.model.shared_meta;
        let security = self.security(&shared.security, &shared.body_credentials);
        let pointers = &shared.error_message_pointers;
        let accept = &shared.accept;
        quote! {
            /// The operation table's shared fields.
            const META_DEFAULTS: #rt::__private::OperationMeta = #rt::__private::OperationMeta {
                id: "",
                method: "GET",
                path: "",
                security: #security,
                retry_safe: false,
                body_encoding: ::std::option::Option::None,
                error_message_pointers: &[#(#pointers),*],
                required_query: &[],
                required_body: &[],
                accept: #accept,
            };
        }
    }

    /// `&[&[&SCHEME_A, &SCHEME_B], ..]`: security alternatives, each scheme by its own
    /// static or, where the body carries it, by its body slot's.
    fn security(&self, alternatives: &[Vec<String>], in_body: &[CredentialField]) -> TokenStream {
        let model = self.model;
        let alternatives = alternatives.iter().map(|alt| {
            let refs = alt.iter().filter_map(|id| {
                let slot = in_body.iter().find(|c| &c.scheme == id).and_then(|c| {
                    model
                        .credential_slots
                        .iter()
                        .find(|s| s.scheme == c.scheme && s.json == c.json)
                });
                let ident = match slot {
                    Some(slot) => &slot.static_ident,
                    None => {
                        &model
                            .security_schemes
                            .iter()
                            .find(|s| &s.id == id)?
                            .static_ident
                    }
                };
                Some(format_ident!("{ident}"))
            });
            quote!(&[#(&#refs),*])
        });
        quote!(&[#(#alternatives),*])
    }

    /// `&OperationMeta { .., ..META_DEFAULTS.at(id, method, path) }`: how to call an
    /// operation, naming only what differs from the shared defaults.
    pub(super) fn meta(&self, op: &Operation) -> TokenStream {
        let rt = &self.ops_rt;
        let id = &op.id;
        let method = &op.http_method;
        let path = &op.path;
        let security = (!op.shared_security).then(|| {
            let security = self.security(&op.security, &op.body_credentials);
            quote!(security: #security,)
        });
        let retry_safe = op.retry_safe.then(|| quote!(retry_safe: true,));
        let encoding = op
            .body
            .as_ref()
            .and_then(|b| b.encodings.first())
            // Multipart, text and bytes bodies carry their own content type.
            .filter(|e| matches!(e, BodyEncoding::Json | BodyEncoding::Form))
            .map(|encoding| {
                let encoding = match encoding {
                    BodyEncoding::Form if self.model.form_brackets => quote!(FormBrackets),
                    BodyEncoding::Form => quote!(Form),
                    _ => quote!(Json),
                };
                quote!(body_encoding: ::std::option::Option::Some(#rt::__private::BodyEncoding::#encoding),)
            });
        let pointers = (!op.shared_error_pointers).then(|| {
            let pointers = &op.error_message_pointers;
            quote!(error_message_pointers: &[#(#pointers),*],)
        });
        let required_query = &op.required_query;
        let required_query =
            (!required_query.is_empty()).then(|| quote!(required_query: &[#(#required_query),*],));
        let required_body = &op.required_body;
        let required_body =
            (!required_body.is_empty()).then(|| quote!(required_body: &[#(#required_body),*],));
        let accept = (!op.shared_accept).then(|| {
            let accept = &op.output.accept;
            quote!(accept: #accept,)
        });
        let at = quote!(META_DEFAULTS.at(#id, #method, #path));
        if accept.is_none()
            && security.is_none()
            && retry_safe.is_none()
            && encoding.is_none()
            && pointers.is_none()
            && required_query.is_none()
            && required_body.is_none()
        {
            return quote!(&#at);
        }
        quote! {
            &#rt::__private::OperationMeta {
                #security
                #retry_safe
                #encoding
                #pointers
                #required_query
                #required_body
                #accept
                ..#at
            }
        }
    }

    /// The body of `Operation::write`: `request.path(..); request.query(..); ...`
    pub(super) fn request_code(&self, op: &Operation) -> TokenStream {
        let rt = &self.ops_rt;
        // Path: "/a/{b}" → format!("/a/{}", PathParam(&self.b)); a path without
        // parameters is the operation table's.
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
        let mut lines = Vec::new();
        if !path_args.is_empty() {
            lines.push(quote!(request.path(::std::format!(#template, #(#path_args),*));));
        }
        for (name, value) in &op.fixed_query {
            lines.push(quote!(request.query(&[#name], ::std::option::Option::Some(#value));));
        }
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
        if let Some(body_lines) = self.media_body_lines(op) {
            lines.extend(body_lines);
        } else if op.body_object.is_some() {
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
            lines.push(if fills.is_empty() {
                quote!(request.body(&self.body);)
            } else {
                quote! {
                    let mut body = self.body;
                    #(#fills)*
                    request.body(&body);
                }
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
        let request = if lines.is_empty() {
            quote!(_)
        } else {
            quote!(request)
        };
        quote! {
            fn write(self, #request: &mut #rt::__private::Request<'_>) {
                #(#lines)*
            }
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
        let rt = &self.ops_rt;
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
            // A bound context gives the value (as its wire form) when the call sets none.
            return quote!(request.query_or_context(&[#(#names),*], #value, #name););
        }
        match (location, style, &input.ty) {
            (ParamLocation::Header, _, TypeRef::Array(_)) => {
                quote!(request.header_list(#name, #value);)
            }
            (ParamLocation::Header, _, _) => quote!(request.header(#name, #value);),
            (_, ParamStyle::Json, _) => quote!(request.query_json(&[#(#names),*], #value);),
            (_, ParamStyle::Exploded | ParamStyle::Deep, _) => {
                let deep = style == ParamStyle::Deep;
                quote!(request.query_object(#name, #value, #deep);)
            }
            (_, style, TypeRef::Array(_)) => {
                let joined = style == ParamStyle::Joined;
                quote!(request.query_list(&[#(#names),*], #value, #joined);)
            }
            _ => quote!(request.query(&[#(#names),*], #value);),
        }
    }
}

/// `request.fill_from_context(&mut target.did, "did")`: a field a context fills.
fn fill(target: TokenStream, field: &str, json: &str) -> TokenStream {
    let ident = format_ident!("{}", field);
    quote!(request.fill_from_context(&mut #target.#ident, #json);)
}
