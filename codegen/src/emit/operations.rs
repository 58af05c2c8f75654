//! Operations: one request builder per operation, one sub-client per tag, the client
//! entry points (builder, contexts), the static operation table and the mock routes.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::{deprecated, is_optional};
use super::{Emitter, doc};
use crate::model::{
    BodyEncoding, Field, Operation, Param, ParamLocation, ParamStyle, SecurityScheme, Status,
    TypeKind, TypeRef,
};
use crate::naming::Scope;

/// One input of a request builder: a parameter, a property of an object body, or a whole body.
pub(crate) struct Input<'a> {
    pub ident: syn::Ident,
    pub kind: InputKind<'a>,
}

pub(crate) enum InputKind<'a> {
    Param(&'a Param),
    BodyField(&'a Field),
    Body(&'a TypeRef, bool),
}

impl Input<'_> {
    pub(crate) fn required(&self) -> bool {
        match self.kind {
            InputKind::Param(p) => p.required,
            InputKind::BodyField(f) => !is_optional(f),
            InputKind::Body(_, required) => required,
        }
    }

    pub(crate) fn ty(&self) -> &TypeRef {
        match self.kind {
            InputKind::Param(p) => &p.ty,
            InputKind::BodyField(f) => &f.ty,
            InputKind::Body(t, _) => t,
        }
    }

    pub(crate) fn pii(&self) -> bool {
        match self.kind {
            InputKind::Param(p) => p.pii,
            InputKind::BodyField(f) => f.pii,
            InputKind::Body(..) => false,
        }
    }

    pub(crate) fn boxed(&self) -> bool {
        matches!(self.kind, InputKind::BodyField(f) if f.boxed)
    }

    fn doc(&self) -> Option<&str> {
        match self.kind {
            InputKind::Param(p) => p.doc.as_deref(),
            InputKind::BodyField(f) => f.doc.as_deref(),
            InputKind::Body(..) => Some("The request body."),
        }
    }
}

impl<'a> Emitter<'a> {
    /// `pub mod operations { ... }`.
    pub fn operations_module(&self) -> TokenStream {
        let rt = &self.rt;
        let schemes = self
            .model
            .security_schemes
            .iter()
            .map(|s| self.scheme_static(s));
        let client = self.client_impl();
        let tags = self.model.tags.iter().map(|tag| {
            let ty = format_ident!("{}", tag.type_name);
            let fallback = format!("Operations tagged `{}`.", tag.name);
            let docs = doc(Some(tag.doc.as_deref().unwrap_or(&fallback)));
            let methods = self
                .model
                .operations
                .iter()
                .filter(|o| o.tag == tag.name)
                .map(|op| self.tag_method(op));
            quote! {
                #docs
                #[derive(Debug, Clone, Copy)]
                pub struct #ty<'a> {
                    client: &'a #rt::Client,
                }

                impl<'a> #ty<'a> {
                    #(#methods)*
                }
            }
        });
        let ops = self.model.operations.iter().map(|op| self.operation(op));
        let decode_arms: Vec<TokenStream> = self.model.operations.iter().flat_map(|op| {
            op.responses.iter().filter_map(move |r| {
                let ty = self.ty(r.ty.as_ref()?);
                let id = &op.id;
                let pattern = status_pattern(r.status);
                Some(quote!((#id, #pattern) => ::std::option::Option::Some(#rt::__private::reencode::<#ty>(operation, body)),))
            })
        }).collect();
        let decode_body = if decode_arms.is_empty() {
            quote! {
                let _ = (operation, status, body);
                ::std::option::Option::None
            }
        } else {
            quote! {
                #[allow(unreachable_patterns)]
                match (operation, status) {
                    #(#decode_arms)*
                    _ => ::std::option::Option::None,
                }
            }
        };
        let routes = self.mock_routes();
        let ids = self.model.operations.iter().map(|o| &o.id);
        quote! {
            /// Request builders, one per operation, and the sub-clients that hand them out.
            // Deprecated items stay deprecated for users; the generated code itself uses them.
            #[allow(deprecated)]
            pub mod operations {
                #(#schemes)*
                #client
                #(#tags)*
                #(#ops)*

                /// Every operation id in the spec, sorted by tag and method.
                pub const OPERATION_IDS: &[&str] = &[#(#ids),*];

                /// Decodes a response body of `operation` with status `status` into its typed
                /// model and encodes it back to JSON. `None` when the spec documents no JSON
                /// body for that status.
                pub fn decode_response(
                    operation: &str,
                    status: u16,
                    body: &[u8],
                ) -> ::std::option::Option<::std::result::Result<#rt::Decoded, #rt::Error>> {
                    #decode_body
                }

                #routes
            }
        }
    }

    fn scheme_static(&self, s: &SecurityScheme) -> TokenStream {
        let rt = &self.rt;
        let ident = scheme_ident(s);
        let id = &s.id;
        let name = &s.name;
        let location = match (s.bearer, s.location) {
            (true, _) => quote!(#rt::__private::CredentialPlace::Bearer),
            (false, ParamLocation::Header) => quote!(#rt::__private::CredentialPlace::Header),
            _ => quote!(#rt::__private::CredentialPlace::Query),
        };
        let in_body = s.in_body;
        quote! {
            static #ident: #rt::__private::SchemeMeta = #rt::__private::SchemeMeta {
                id: #id,
                name: #name,
                place: #location,
                in_body: #in_body,
            };
        }
    }

    // impl Client { pub fn builder(..) -> ClientBuilder; pub fn <context>(..) -> Client; pub fn <tag>() -> TagApi }
    // impl ClientBuilder { pub fn <scheme>(value) -> Self }
    fn client_impl(&self) -> TokenStream {
        let rt = &self.rt;
        let global: Vec<&SecurityScheme> = self
            .model
            .security_schemes
            .iter()
            .filter(|s| self.model.global_security.contains(&s.id))
            .collect();
        let args = global.iter().map(|s| {
            let ident = format_ident!("{}", s.ident);
            quote!(#ident: impl ::std::convert::Into<::std::string::String>)
        });
        let sets = global.iter().map(|s| {
            let id = &s.id;
            let ident = format_ident!("{}", s.ident);
            quote!(.credential(#id, #ident))
        });
        let builder_doc = if global.is_empty() {
            " A builder for a client.".to_string()
        } else {
            let names: Vec<String> = global.iter().map(|s| format!("`{}`", s.name)).collect();
            format!(
                " A builder for a client; {} is sent with every call.",
                names.join(" and ")
            )
        };
        let setters = self.model.security_schemes.iter().map(|s| {
            let ident = format_ident!("{}", s.ident);
            let id = &s.id;
            let text = format!(" Sets the `{}` credential.", s.name);
            let docs = doc(s.doc.as_deref());
            quote! {
                #[doc = #text]
                #[doc = ""]
                #docs
                pub fn #ident(self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
                    self.credential(#id, value)
                }
            }
        });
        let contexts = self.model.contexts.iter().map(|c| {
            let ident = format_ident!("{}", c.ident);
            let params: Vec<syn::Ident> = c.parameters.iter().map(|p| format_ident!("{}", crate::naming::snake(p))).collect();
            let names = &c.parameters;
            let docs = doc(c.doc.as_deref());
            let text = format!(
                " A handle whose calls send {} unless a call sets them itself. Cheap: it shares this client's connections.",
                c.parameters.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
            );
            quote! {
                #docs
                #[doc = ""]
                #[doc = #text]
                pub fn #ident(&self, #(#params: impl ::std::convert::Into<::std::string::String>),*) -> #rt::Client {
                    self.with_context(::std::vec![#((#names, #params.into())),*])
                }
            }
        });
        let accessors = self.model.tags.iter().map(|t| {
            let ident = format_ident!("{}", t.ident);
            let ty = format_ident!("{}", t.type_name);
            let text = format!(" Operations tagged `{}`.", t.name);
            quote! {
                #[doc = #text]
                pub fn #ident(&self) -> #ty<'_> {
                    #ty { client: self }
                }
            }
        });
        let server = &self.model.server;
        let server_doc = format!(" The API address from the spec, `{server}`.");
        let base = if server.is_empty() {
            quote!()
        } else {
            quote!(.base_url(DEFAULT_BASE_URL))
        };
        quote! {
            #[doc = #server_doc]
            pub const DEFAULT_BASE_URL: &str = #server;

            impl #rt::Client {
                #[doc = #builder_doc]
                pub fn builder(#(#args),*) -> #rt::ClientBuilder {
                    #rt::ClientBuilder::new() #base #(#sets)*
                }
                #(#contexts)*
                #(#accessors)*
            }

            impl #rt::ClientBuilder {
                #(#setters)*
            }
        }
    }

    pub(crate) fn inputs(&self, op: &'a Operation) -> (Vec<Input<'a>>, Option<&'a str>) {
        let mut scope = Scope::with_reserved(&[
            "client",
            "options",
            "timeout",
            "retry",
            "send",
            "send_with_response",
            "send_batched",
            "items",
            "new",
            "property",
        ]);
        let mut inputs = Vec::new();
        for p in &op.params {
            let (ident, _) = scope.claim(&p.ident);
            inputs.push(Input {
                ident: format_ident!("{}", ident),
                kind: InputKind::Param(p),
            });
        }
        let mut body_struct = None;
        if let Some(body) = &op.body {
            match self.struct_fields(&body.ty) {
                Some((name, fields)) => {
                    body_struct = Some(name);
                    // Constant fields (a one-value enum) are set by the body's constructor.
                    for f in fields.iter().filter(|f| f.constant.is_none()) {
                        let (ident, _) = scope.claim(&f.ident);
                        inputs.push(Input {
                            ident: format_ident!("{}", ident),
                            kind: InputKind::BodyField(f),
                        });
                    }
                }
                None => {
                    let (ident, _) = scope.claim("body");
                    inputs.push(Input {
                        ident: format_ident!("{}", ident),
                        kind: InputKind::Body(&body.ty, body.required),
                    });
                }
            }
        }
        (inputs, body_struct)
    }

    pub(crate) fn struct_fields(&self, ty: &TypeRef) -> Option<(&'a str, &'a [Field])> {
        let TypeRef::Named(name) = ty else {
            return None;
        };
        let def = self.model.types.iter().find(|t| &t.name == name)?;
        match &def.kind {
            TypeKind::Struct { fields, .. } => Some((def.name.as_str(), fields)),
            TypeKind::Alias(target) => self.struct_fields(target),
            _ => None,
        }
    }

    fn tag_method(&self, op: &'a Operation) -> TokenStream {
        let ty = format_ident!("{}", op.type_name);
        let method = format_ident!("{}", op.method_name);
        let (inputs, _) = self.inputs(op);
        let required: Vec<&Input> = inputs.iter().filter(|i| i.required()).collect();
        let args = required.iter().map(|i| {
            let ident = &i.ident;
            let (arg, _) = self.arg(i.ty());
            quote!(#ident: #arg)
        });
        let passes = required.iter().map(|i| {
            let ident = &i.ident;
            self.convert(i, quote!(#ident))
        });
        // As many arguments as the operation has required inputs.
        let many = if required.len() > 6 {
            quote!(#[allow(clippy::too_many_arguments)])
        } else {
            quote!()
        };
        let fallback = format!("Calls `{}`.", op.id);
        let docs = doc(Some(op.doc.as_deref().unwrap_or(&fallback)));
        let line = format!(" `{} {}`", op.http_method, op.path);
        let deprecated = deprecated(op.deprecated);
        quote! {
            #docs
            #[doc = ""]
            #[doc = #line]
            #deprecated
            #many
            pub fn #method(&self, #(#args),*) -> #ty<'a> {
                #ty::new(self.client, #(#passes),*)
            }
        }
    }

    /// The argument type of a setter for `ty`, and the conversion of the argument.
    fn arg(&self, ty: &TypeRef) -> (TokenStream, Box<dyn Fn(TokenStream) -> TokenStream>) {
        let inner = self.ty(ty);
        match ty {
            TypeRef::Bool | TypeRef::Int | TypeRef::Float => (inner, Box::new(|v| v)),
            TypeRef::Array(item) => {
                let item = self.ty(item);
                (
                    quote!(impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#item>>),
                    Box::new(|v| quote!(#v.into_iter().map(::std::convert::Into::into).collect())),
                )
            }
            // Maps of lists take any iterables, so `[("color", ["red"])]` works.
            TypeRef::Map(value) if matches!(&**value, TypeRef::Array(_)) => {
                let item = match &**value {
                    TypeRef::Array(item) => self.ty(item),
                    other => self.ty(other),
                };
                (
                    quote!(impl ::std::iter::IntoIterator<Item = (impl ::std::convert::Into<::std::string::String>, impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#item>>)>),
                    Box::new(
                        |v| quote!(#v.into_iter().map(|(k, v)| (k.into(), v.into_iter().map(::std::convert::Into::into).collect())).collect()),
                    ),
                )
            }
            TypeRef::Map(value) => {
                let value = self.ty(value);
                (
                    quote!(impl ::std::iter::IntoIterator<Item = (impl ::std::convert::Into<::std::string::String>, impl ::std::convert::Into<#value>)>),
                    Box::new(
                        |v| quote!(#v.into_iter().map(|(k, v)| (k.into(), v.into())).collect()),
                    ),
                )
            }
            _ => (
                quote!(impl ::std::convert::Into<#inner>),
                Box::new(|v| quote!(#v.into())),
            ),
        }
    }

    /// Wraps a converted value in `Pii` / `Box` as the input's stored type needs.
    /// Converts a setter or method argument to the input's stored type (`Pii`, `Box` included).
    fn convert(&self, input: &Input, raw: TokenStream) -> TokenStream {
        let rt = &self.rt;
        let mut value = match (input.pii(), input.ty()) {
            (true, TypeRef::Array(_)) => {
                quote!(#raw.into_iter().map(|v| #rt::Pii::new(v.into())).collect())
            }
            (true, ty) => {
                let (_, conv) = self.arg(ty);
                let converted = conv(raw);
                quote!(#rt::Pii::new(#converted))
            }
            (false, ty) => {
                let (_, conv) = self.arg(ty);
                conv(raw)
            }
        };
        if input.boxed() {
            value = quote!(::std::boxed::Box::new(#value));
        }
        value
    }

    /// The stored type of an input (without the `Option` of optional ones).
    fn stored(&self, input: &Input) -> TokenStream {
        let mut ty = if input.pii() {
            self.pii_ty(input.ty())
        } else {
            self.ty(input.ty())
        };
        if input.boxed() {
            ty = quote!(::std::boxed::Box<#ty>);
        }
        ty
    }

    fn operation(&self, op: &'a Operation) -> TokenStream {
        let rt = &self.rt;
        let name = format_ident!("{}", op.type_name);
        let (inputs, body_struct) = self.inputs(op);
        let params: Vec<&Input> = inputs
            .iter()
            .filter(|i| matches!(i.kind, InputKind::Param(_) | InputKind::Body(..)))
            .collect();
        // Struct fields: params (and a whole body) as themselves, an object body as one value.
        let fields = params.iter().map(|i| {
            let ident = &i.ident;
            let ty = self.stored(i);
            if i.required() {
                quote!(#ident: #ty,)
            } else {
                quote!(#ident: ::std::option::Option<#ty>,)
            }
        });
        let body_field = body_struct.map(|b| {
            let b = format_ident!("{}", b);
            quote!(body: #rt::types::#b,)
        });
        // new(client, required...)
        let required: Vec<&Input> = inputs.iter().filter(|i| i.required()).collect();
        let many = if required.len() > 6 {
            quote!(#[allow(clippy::too_many_arguments)])
        } else {
            quote!()
        };
        let new_args = required.iter().map(|i| {
            let ident = &i.ident;
            let ty = self.stored(i);
            quote!(#ident: #ty)
        });
        let inits = params.iter().map(|i| {
            let ident = &i.ident;
            if i.required() {
                quote!(#ident,)
            } else {
                quote!(#ident: ::std::option::Option::None,)
            }
        });
        let body_init = body_struct.map(|b| {
            let b = format_ident!("{}", b);
            let args = required
                .iter()
                .filter(|i| matches!(i.kind, InputKind::BodyField(_)))
                .map(|i| &i.ident);
            quote!(body: #rt::types::#b::new(#(#args),*),)
        });
        // Setters for optional inputs.
        let setters = inputs
            .iter()
            .filter(|i| !i.required())
            .map(|i| self.setter(i));
        let clears = inputs.iter().filter_map(|i| match i.kind {
            InputKind::BodyField(f) if f.nullable => {
                let ident = &i.ident;
                let clear = format_ident!("clear_{}", i.ident);
                let json = &f.json;
                let text = format!(" Sends `{json}: null`, which clears the value on the server.");
                Some(quote! {
                    #[doc = #text]
                    pub fn #clear(mut self) -> Self {
                        self.body.#ident = ::std::option::Option::None;
                        self.body.extra.set_null(#json);
                        self
                    }
                })
            }
            _ => None,
        });
        let property = body_struct
            .filter(|_| self.struct_additional(op).is_some())
            .map(|_| {
                quote! {
                    /// Sends a property the spec does not name (a custom field).
                    pub fn property(mut self, name: impl ::std::convert::Into<::std::string::String>, value: impl ::std::convert::Into<::serde_json::Value>) -> Self {
                        self.body.extra.insert(name.into(), value.into());
                        self
                    }
                }
            });
        let (ok_ty, decode) = self.decode(op);
        let pages = self.pages_method(op, &inputs, &ok_ty);
        let batched = self.batched_method(op, &ok_ty);
        let request = self.request_code(op, &inputs, body_struct.is_some());
        let docs = doc(op.doc.as_deref());
        let line = format!(
            " `{} {}`: build with the sub-client method, then `.send().await`.",
            op.http_method, op.path
        );
        let deprecated = deprecated(op.deprecated);
        let meta_static = self.meta_static(op);
        quote! {
            #meta_static

            #docs
            #[doc = ""]
            #[doc = #line]
            #deprecated
            #[derive(Debug, Clone)]
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct #name<'a> {
                client: &'a #rt::Client,
                #(#fields)*
                #body_field
                options: #rt::__private::CallOptions,
            }

            impl<'a> #name<'a> {
                #many
                fn new(client: &'a #rt::Client, #(#new_args),*) -> Self {
                    #name { client, #(#inits)* #body_init options: #rt::__private::CallOptions::default() }
                }

                #(#setters)*
                #(#clears)*
                #property

                #pages
                #batched

                /// Overrides the client's retry policy for this call. Only operations the spec
                /// marks safe to repeat are ever retried, whatever the policy.
                pub fn retry(mut self, policy: #rt::RetryPolicy) -> Self {
                    self.options.retry = ::std::option::Option::Some(policy);
                    self
                }

                /// Overrides the client's deadline for this whole call (every attempt, and the
                /// waits for a free slot and between attempts).
                pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                    self.options.timeout = ::std::option::Option::Some(timeout);
                    self
                }

                /// Sends the request and decodes the documented response body.
                pub async fn send(self) -> ::std::result::Result<#ok_ty, #rt::Error> {
                    self.send_with_response().await.map(#rt::Response::into_body)
                }

                /// Sends the request; the result also carries the status and headers.
                pub async fn send_with_response(self) -> ::std::result::Result<#rt::Response<#ok_ty>, #rt::Error> {
                    #request
                    let response = request.send(&self.options).await?;
                    #decode
                }
            }
        }
    }

    // pub fn items(self) -> impl Stream<Item = Result<T, Error>>: every page, item by item.
    fn pages_method(&self, op: &Operation, inputs: &[Input], ok_ty: &TokenStream) -> TokenStream {
        let rt = &self.rt;
        let Some(p) = &op.pagination else {
            return quote!();
        };
        let setter = |name: &str| {
            inputs.iter().find(|i| match i.kind {
                InputKind::Param(param) => param.name == name,
                InputKind::BodyField(f) => f.json == name,
                InputKind::Body(..) => false,
            })
        };
        let (Some(position), Some(limit)) = (setter(&p.position), setter(&p.limit)) else {
            return quote!();
        };
        let (position, limit) = (&position.ident, &limit.ident);
        let item = self.ty(&p.item);
        let Some(success) = op.success_type().cloned() else {
            return quote!();
        };
        let items = if p.items.len() == 1 {
            self.path_access(&success, &p.items[0], true)
        } else {
            // One path per variant of a `oneOf` answer.
            let Some(def) = self
                .model
                .types
                .iter()
                .find(|t| matches!(&success, TypeRef::Named(n) if *n == t.name))
            else {
                return quote!();
            };
            let TypeKind::Union { variants } = &def.kind else {
                return quote!();
            };
            let union = self.ty(&success);
            let arms = variants.iter().zip(&p.items).map(|(v, path)| {
                let ident = format_ident!("{}", v.ident);
                let access = self.path_access(&v.ty, path, true);
                quote!(#union::#ident(body) => #access,)
            });
            quote! {
                {
                    #[allow(unreachable_patterns)]
                    match body {
                        #(#arms)*
                        _ => ::std::vec::Vec::new(),
                    }
                }
            }
        };
        let total = if p.total.is_empty() {
            quote!(::std::option::Option::None)
        } else {
            let access = self.path_access(&success, &p.total, false);
            quote!(#access.and_then(|n| n.as_u64()))
        };
        let op_id = &op.id;
        let offset = p.offset;
        let page_size = proc_macro2::Literal::i64_unsuffixed(p.page_size);
        let max = match p.max_items {
            Some(m) => {
                let m = proc_macro2::Literal::u64_unsuffixed(m);
                quote!(::std::option::Option::Some(#m))
            }
            None => quote!(::std::option::Option::None),
        };
        let text = format!(
            " Every item of every page, fetched {page_size} at a time as the stream is read (this sets `{}` and `{}`){}. Stops after the first error; ends with an error when a page repeats the one before or after the client's `max_pages`.",
            p.position,
            p.limit,
            p.max_items
                .map(|m| format!("; the API reaches at most {m} items"))
                .unwrap_or_default()
        );
        quote! {
            #[doc = #text]
            pub fn items(self) -> impl ::futures_util::Stream<Item = ::std::result::Result<#item, #rt::Error>> + 'a {
                #rt::__private::paginate(
                    self.client,
                    self,
                    #rt::__private::PageSpec { operation: #op_id, offset: #offset, page_size: #page_size, max_items: #max },
                    |request, at, size| request.#position(at).#limit(size),
                    |request| request.send(),
                    |body: #ok_ty| {
                        let total = #total;
                        (#items, total)
                    },
                )
            }
        }
    }

    /// `body.a.and_then(|v| v.b)...` for a property path, as an `Option` (or, for the item
    /// list, unwrapped to an empty list).
    fn path_access(&self, ty: &TypeRef, path: &[String], list: bool) -> TokenStream {
        let mut ty = ty.clone();
        if path.is_empty() {
            return quote!(body);
        }
        let by_ref = !list;
        let mut expr: Option<TokenStream> = None;
        for segment in path {
            let Some((_, fields)) = self.struct_fields(&ty) else {
                return quote!(::std::option::Option::None);
            };
            let Some(field) = fields.iter().find(|f| &f.json == segment) else {
                return quote!(::std::option::Option::None);
            };
            let ident = format_ident!("{}", field.ident);
            let optional = is_optional(field);
            expr = Some(match (expr, optional, by_ref) {
                (None, true, false) => quote!(body.#ident),
                (None, true, true) => quote!(body.#ident.as_ref()),
                (None, false, false) => quote!(::std::option::Option::Some(body.#ident)),
                (None, false, true) => quote!(::std::option::Option::Some(&body.#ident)),
                (Some(e), true, false) => quote!(#e.and_then(|v| v.#ident)),
                (Some(e), true, true) => quote!(#e.and_then(|v| v.#ident.as_ref())),
                (Some(e), false, false) => quote!(#e.map(|v| v.#ident)),
                (Some(e), false, true) => quote!(#e.map(|v| &v.#ident)),
            });
            ty = field.ty.clone();
        }
        let expr = expr.unwrap_or_else(|| quote!(::std::option::Option::None));
        if list {
            quote!(#expr.unwrap_or_default())
        } else {
            expr
        }
    }

    // pub async fn send_batched(self) -> Result<Vec<Response<T>>, Error>: split and paced.
    fn batched_method(&self, op: &Operation, ok_ty: &TokenStream) -> TokenStream {
        let rt = &self.rt;
        let Some(b) = &op.batch else { return quote!() };
        let Some(body) = &op.body else {
            return quote!();
        };
        let Some((_, fields)) = self.struct_fields(&body.ty) else {
            return quote!();
        };
        let Some(field) = fields.iter().find(|f| f.json == b.items) else {
            return quote!();
        };
        let ident = format_ident!("{}", field.ident);
        let meta = meta_ident(op);
        let (take, put) = if is_optional(field) {
            (
                quote!(self.body.#ident.take().unwrap_or_default()),
                quote!(::std::option::Option::Some(chunk)),
            )
        } else {
            (
                quote!(::std::mem::take(&mut self.body.#ident)),
                quote!(chunk),
            )
        };
        let max = match b.max_bytes {
            Some(m) => quote!(::std::option::Option::Some(#m)),
            None => quote!(::std::option::Option::None),
        };
        let rate = match b.per_minute {
            Some(n) => quote!(::std::option::Option::Some(#n)),
            None => quote!(::std::option::Option::None),
        };
        let limits = match (b.max_bytes, b.per_minute) {
            (Some(m), Some(n)) => {
                format!("at most {m} bytes per request and {n} requests a minute")
            }
            (Some(m), None) => format!("at most {m} bytes per request"),
            (None, Some(n)) => format!("at most {n} requests a minute"),
            (None, None) => "one request".to_string(),
        };
        let text = format!(
            " Sends `{}` in as many requests as the documented limits need ({limits}), one after another, waiting between them as needed. Returns each request's answer; stops at the first error.",
            b.items
        );
        quote! {
            #[doc = #text]
            pub async fn send_batched(mut self) -> ::std::result::Result<::std::vec::Vec<#rt::Response<#ok_ty>>, #rt::Error> {
                let items = #take;
                let chunks = #rt::__private::split_batches(#meta.id, &self.body, items, #max)?;
                let mut pacer = #rt::__private::Pacer::new(#rate);
                let mut answers = ::std::vec::Vec::with_capacity(chunks.len());
                for chunk in chunks {
                    pacer.ready().await;
                    let mut request = self.clone();
                    request.body.#ident = #put;
                    answers.push(request.send_with_response().await?);
                }
                ::std::result::Result::Ok(answers)
            }
        }
    }

    pub(crate) fn struct_additional(&self, op: &Operation) -> Option<&TypeRef> {
        let TypeRef::Named(name) = &op.body.as_ref()?.ty else {
            return None;
        };
        let def = self.model.types.iter().find(|t| &t.name == name)?;
        match &def.kind {
            TypeKind::Struct { additional, .. } => additional.as_ref(),
            _ => None,
        }
    }

    fn setter(&self, input: &Input) -> TokenStream {
        let ident = &input.ident;
        let (arg, _) = self.arg(input.ty());
        let value = self.convert(input, quote!(value));
        let fallback = format!("Sets `{}` (not described in the spec).", input.ident);
        let docs = doc(Some(input.doc().unwrap_or(&fallback)));
        let target = match input.kind {
            InputKind::BodyField(f) => {
                let field = format_ident!("{}", f.ident);
                quote!(self.body.#field)
            }
            _ => quote!(self.#ident),
        };
        let deprecated = match input.kind {
            InputKind::Param(p) => deprecated(p.deprecated),
            InputKind::BodyField(f) => deprecated(f.deprecated),
            InputKind::Body(..) => quote!(),
        };
        quote! {
            #docs
            #deprecated
            pub fn #ident(mut self, value: #arg) -> Self {
                #target = ::std::option::Option::Some(#value);
                self
            }
        }
    }

    /// `let mut request = Request::new(..); request.query(..); ...`
    fn request_code(&self, op: &Operation, inputs: &[Input], object_body: bool) -> TokenStream {
        let rt = &self.rt;
        let meta = meta_ident(op);
        // Path: "/a/{b}" → format!("/a/{}", PathParam(&self.b)).
        let mut template = String::new();
        let mut path_args = Vec::new();
        let mut rest = op.path.as_str();
        while let Some(start) = rest.find('{') {
            template.push_str(&rest[..start].replace('{', "{{").replace('}', "}}"));
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            let name = &rest[start + 1..start + end];
            if let Some(i) = inputs.iter().find(|i| matches!(i.kind, InputKind::Param(p) if p.location == ParamLocation::Path && p.name == name)) {
                let ident = &i.ident;
                path_args.push(quote!(#rt::__private::PathParam(&self.#ident)));
            }
            template.push_str("{}");
            rest = &rest[start + end + 1..];
        }
        template.push_str(&rest.replace('{', "{{").replace('}', "}}"));
        let path = if path_args.is_empty() {
            quote!(::std::string::String::from(#template))
        } else {
            quote!(::std::format!(#template, #(#path_args),*))
        };
        let mut lines = Vec::new();
        for input in inputs {
            let InputKind::Param(p) = input.kind else {
                continue;
            };
            if p.location == ParamLocation::Path {
                continue;
            }
            let ident = &input.ident;
            let names: Vec<&str> = std::iter::once(p.name.as_str())
                .chain(p.aliases.iter().map(String::as_str))
                .collect();
            let name = &p.name;
            // Borrow as `Option<&str>` / `Option<&[T]>` / `Option<&T>`.
            let derefs = !p.pii && matches!(p.ty, TypeRef::String | TypeRef::Array(_));
            let mut value = match (p.required, derefs, &p.ty) {
                (true, _, _) if p.pii => {
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
            if p.pii && !p.required {
                value = quote!(#value.map(#rt::Pii::expose));
            }
            if p.context {
                value = quote!(#value.or_else(|| self.client.context_value(#name)));
            }
            let call = match (p.location, p.style, &p.ty) {
                (ParamLocation::Header, _, _) => quote!(request.header(#name, #value);),
                (_, ParamStyle::Json, _) => quote!(request.query_json(&[#(#names),*], #value);),
                (_, style, TypeRef::Array(_)) => {
                    let joined = style == ParamStyle::Joined;
                    quote!(request.query_list(&[#(#names),*], #value, #joined);)
                }
                _ => quote!(request.query(&[#(#names),*], #value);),
            };
            lines.push(call);
        }
        if object_body {
            let fills = self.context_body_fills(op);
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
        } else if let Some(i) = inputs
            .iter()
            .find(|i| matches!(i.kind, InputKind::Body(..)))
        {
            let ident = &i.ident;
            let variant_fills = self.context_variant_fills(i.ty());
            lines.push(if i.required() && !variant_fills.is_empty() {
                // A discriminated union: each variant's context fields are filled.
                quote! {
                    let mut body = self.#ident;
                    #[allow(unreachable_patterns)]
                    match &mut body {
                        #(#variant_fills)*
                        _ => {}
                    }
                    request.body(&body);
                }
            } else if i.required() {
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
            #binding = #rt::__private::Request::new(self.client, &#meta, #path);
            #(#lines)*
        }
    }

    /// For a discriminated-union body: one `match` arm per variant filling its context fields.
    fn context_variant_fills(&self, ty: &TypeRef) -> Vec<TokenStream> {
        let TypeRef::Named(name) = ty else {
            return Vec::new();
        };
        let Some(def) = self.model.types.iter().find(|t| &t.name == name) else {
            return Vec::new();
        };
        let TypeKind::Tagged { variants, .. } = &def.kind else {
            return Vec::new();
        };
        let union = self.ty(ty);
        variants
            .iter()
            .filter_map(|v| {
                let fills = self.context_fills_for(&v.ty, quote!(variant));
                if fills.is_empty() {
                    return None;
                }
                let ident = format_ident!("{}", v.ident);
                Some(quote!(#union::#ident(variant) => { #(#fills)* }))
            })
            .collect()
    }

    /// Top-level string body fields named in a context are filled from it when unset.
    fn context_body_fills(&self, op: &Operation) -> Vec<TokenStream> {
        match &op.body {
            Some(body) => self.context_fills_for(&body.ty, quote!(body)),
            None => Vec::new(),
        }
    }

    /// `if target.did.is_none() { target.did = context("did") }` for each context field of a struct.
    fn context_fills_for(&self, ty: &TypeRef, target: TokenStream) -> Vec<TokenStream> {
        let Some((_, fields)) = self.struct_fields(ty) else {
            return Vec::new();
        };
        let names: Vec<&String> = self
            .model
            .contexts
            .iter()
            .flat_map(|c| c.parameters.iter())
            .collect();
        fields
            .iter()
            .filter(|f| names.contains(&&f.json) && f.ty == TypeRef::String && !f.pii && !f.boxed && is_optional(f))
            .map(|f| {
                let ident = format_ident!("{}", f.ident);
                let json = &f.json;
                quote! {
                    if #target.#ident.is_none() {
                        #target.#ident = self.client.context_value(#json).map(::std::string::String::from);
                    }
                }
            })
            .collect()
    }

    /// The success type and the `match` that decodes a response.
    fn decode(&self, op: &Operation) -> (TokenStream, TokenStream) {
        let mut success: Vec<_> = op
            .responses
            .iter()
            .filter(|r| r.status.is_success())
            .collect();
        if success.is_empty() {
            // Nothing documented for 2xx: a default body (if any) is what success returns.
            success = op
                .responses
                .iter()
                .filter(|r| r.status == Status::Default)
                .collect();
        }
        let ty = success.iter().find_map(|r| r.ty.as_ref());
        let same = success
            .iter()
            .all(|r| r.ty.as_ref() == ty || r.ty.is_none());
        let ok_ty = match ty {
            Some(t) if same => self.ty(t),
            Some(_) => quote!(::serde_json::Value),
            None => quote!(()),
        };
        let mut arms = Vec::new();
        for r in &success {
            let pattern = match r.status {
                Status::Default => quote!(200..=299),
                s => status_pattern(s),
            };
            let decode = match (&r.ty, same) {
                (Some(t), true) => {
                    let t = self.ty(t);
                    quote!(response.json::<#t>())
                }
                (Some(_), false) => quote!(response.json::<::serde_json::Value>()),
                (None, _) if ty.is_some() => quote!(response.json::<#ok_ty>()),
                (None, _) => quote!(response.empty()),
            };
            arms.push(quote!(#pattern => #decode,));
        }
        if success.is_empty() {
            arms.push(quote!(200..=299 => response.empty(),));
        }
        let decode = quote! {
            #[allow(unreachable_patterns)]
            match response.status().as_u16() {
                #(#arms)*
                _ => ::std::result::Result::Err(response.into_error()),
            }
        };
        (ok_ty, decode)
    }

    fn meta_static(&self, op: &Operation) -> TokenStream {
        let rt = &self.rt;
        let meta = meta_ident(op);
        let id = &op.id;
        let method = &op.http_method;
        let path = &op.path;
        let schemes = &self.model.security_schemes;
        let alternatives = op.security.iter().map(|alt| {
            let refs = alt
                .iter()
                .filter_map(|id| schemes.iter().find(|s| &s.id == id))
                .map(scheme_ident);
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
        let required_query: Vec<&str> = op
            .params
            .iter()
            .filter(|p| p.required && p.location == ParamLocation::Query)
            .map(|p| p.name.as_str())
            .collect();
        let required_body: Vec<&str> = op
            .body
            .as_ref()
            .and_then(|b| self.struct_fields(&b.ty))
            .map(|(_, fields)| {
                fields
                    .iter()
                    .filter(|f| f.required && f.constant.is_none())
                    .map(|f| f.json.as_str())
                    .collect()
            })
            .unwrap_or_default();
        let text = format!(" How to call `{id}`.");
        quote! {
            #[doc = #text]
            pub static #meta: #rt::__private::OperationMeta = #rt::__private::OperationMeta {
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

    /// The mock server's routes: each operation with its documented examples.
    fn mock_routes(&self) -> TokenStream {
        let rt = &self.rt;
        let Some(feature) = &self.config.mock_feature else {
            return quote!();
        };
        let routes = self.model.operations.iter().map(|op| {
            let meta = meta_ident(op);
            let examples = op.responses.iter().flat_map(|r| {
                let code = match r.status {
                    Status::Code(c) => c,
                    Status::Range(r) => r * 100,
                    Status::Default => 500,
                };
                r.examples.iter().map(move |(name, value)| {
                    let json = serde_json::to_string(value).unwrap_or_default();
                    let code = proc_macro2::Literal::u16_unsuffixed(code);
                    quote!((#code, #name, #json))
                })
            });
            let success = op.responses.iter().find(|r| r.status.is_success()).map(|r| match r.status {
                Status::Code(c) => c,
                _ => 200,
            });
            let success = proc_macro2::Literal::u16_unsuffixed(success.unwrap_or(200));
            // Without an example, the emptiest body of the documented type.
            let empty = match op.responses.iter().find(|r| r.status.is_success()).and_then(|r| r.ty.as_ref()) {
                Some(TypeRef::Array(_)) => "[]",
                Some(TypeRef::Named(_) | TypeRef::Map(_) | TypeRef::Any) => "{}",
                _ => "",
            };
            quote!(#rt::__private::MockRoute { meta: &#meta, success: #success, empty: #empty, examples: &[#(#examples),*] })
        });
        quote! {
            /// Every operation with its documented examples, for the mock server.
            #[cfg(feature = #feature)]
            pub(crate) static MOCK_ROUTES: &[#rt::__private::MockRoute] = &[#(#routes),*];
        }
    }
}

fn scheme_ident(s: &SecurityScheme) -> syn::Ident {
    format_ident!("SCHEME_{}", s.ident.to_ascii_uppercase())
}

fn meta_ident(op: &Operation) -> syn::Ident {
    format_ident!("{}", crate::naming::snake(&op.id).to_ascii_uppercase())
}

fn status_pattern(status: Status) -> TokenStream {
    match status {
        Status::Code(c) => {
            let c = proc_macro2::Literal::u16_unsuffixed(c);
            quote!(#c)
        }
        Status::Range(r) => {
            let (lo, hi) = (
                proc_macro2::Literal::u16_unsuffixed(r * 100),
                proc_macro2::Literal::u16_unsuffixed(r * 100 + 99),
            );
            quote!(#lo..=#hi)
        }
        Status::Default => quote!(_),
    }
}
