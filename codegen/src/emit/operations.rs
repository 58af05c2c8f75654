//! Request builders: one struct per operation with its constructor, setters, per-call
//! options and `send`, plus `items()` (`x-pagination`) and `send_batched()` (`x-batch`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::deprecated;
use super::{Emitter, doc};
use crate::model::{FieldStep, Input, InputSource, ItemsAccess, Operation, TypeRef};

impl Emitter<'_> {
    /// The operation-table static and the request builder of an operation.
    pub(super) fn operation(&self, op: &Operation) -> TokenStream {
        let serde_json = &self.serde_json;
        let root = &self.root;
        let rt = &self.rt;
        let name = format_ident!("{}", op.type_name);
        let inputs = &op.inputs;
        let body_struct = op.body_object.as_ref().map(|b| {
            let b = format_ident!("{}", b.type_name);
            quote!(#root::types::#b)
        });
        // Struct fields: params (and a whole body) as themselves, an object body as one value.
        let params: Vec<&Input> = inputs
            .iter()
            .filter(|i| !matches!(i.source, InputSource::BodyField { .. }))
            .collect();
        let fields = params.iter().map(|i| {
            let ident = format_ident!("{}", i.ident);
            let ty = self.stored(i);
            if i.required {
                quote!(#ident: #ty,)
            } else {
                quote!(#ident: ::std::option::Option<#ty>,)
            }
        });
        let body_field = body_struct.as_ref().map(|b| quote!(body: #b,));
        // new(client, required...)
        let required: Vec<&Input> = inputs.iter().filter(|i| i.required).collect();
        let many = many_arguments(required.len());
        let new_args = required.iter().map(|i| {
            let ident = format_ident!("{}", i.ident);
            let ty = self.stored(i);
            quote!(#ident: #ty)
        });
        let inits = params.iter().map(|i| {
            let ident = format_ident!("{}", i.ident);
            if i.required {
                quote!(#ident,)
            } else {
                quote!(#ident: ::std::option::Option::None,)
            }
        });
        let body_init = body_struct.as_ref().map(|b| {
            let args = required
                .iter()
                .filter(|i| matches!(i.source, InputSource::BodyField { .. }))
                .map(|i| format_ident!("{}", i.ident));
            quote!(body: #b::new(#(#args),*),)
        });
        // Setters for optional inputs.
        let setters = inputs
            .iter()
            .filter(|i| !i.required)
            .map(|i| self.setter(i));
        let clears = inputs.iter().filter_map(|i| {
            let InputSource::BodyField {
                field,
                clear: Some(clear),
            } = &i.source
            else {
                return None;
            };
            let field = format_ident!("{}", field);
            let clear = format_ident!("{}", clear);
            let json = &i.name;
            let text = format!(" Sends `{json}: null`, which clears the value on the server.");
            Some(quote! {
                #[doc = #text]
                pub fn #clear(mut self) -> Self {
                    self.body.#field = ::std::option::Option::None;
                    self.body.extra.set_null(#json);
                    self
                }
            })
        });
        let property = op.body_object.as_ref().filter(|b| b.extensible).map(|_| {
            quote! {
                /// Sends a property the spec does not name (a custom field).
                pub fn property(mut self, name: impl ::std::convert::Into<::std::string::String>, value: impl ::std::convert::Into<#serde_json::Value>) -> Self {
                    self.body.extra.insert(name.into(), value.into());
                    self
                }
            }
        });
        let ok_ty = self.output_type(op);
        let decode = self.decode(op, &ok_ty);
        let pages = self.pages_method(op, &ok_ty);
        let batched = self.batched_method(op, &ok_ty);
        let request = self.request_code(op);
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
            pub struct #name {
                client: #rt::Client,
                #(#fields)*
                #body_field
                options: #rt::__private::CallOptions,
            }

            impl #name {
                #many
                fn new(client: #rt::Client, #(#new_args),*) -> Self {
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

    /// The setter of an optional input.
    fn setter(&self, input: &Input) -> TokenStream {
        let ident = format_ident!("{}", input.ident);
        let (arg, _) = self.arg(&input.ty);
        let value = self.convert(input, quote!(value));
        let fallback = format!("Sets `{}` (not described in the spec).", input.ident);
        let docs = doc(Some(input.doc.as_deref().unwrap_or(&fallback)));
        let target = match &input.source {
            InputSource::BodyField { field, .. } => {
                let field = format_ident!("{}", field);
                quote!(self.body.#field)
            }
            _ => quote!(self.#ident),
        };
        let deprecated = deprecated(input.deprecated);
        quote! {
            #docs
            #deprecated
            pub fn #ident(mut self, value: #arg) -> Self {
                #target = ::std::option::Option::Some(#value);
                self
            }
        }
    }

    /// The argument type of a setter for `ty`, and the conversion of the argument.
    pub(super) fn arg(
        &self,
        ty: &TypeRef,
    ) -> (TokenStream, Box<dyn Fn(TokenStream) -> TokenStream>) {
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

    /// Converts a setter or method argument to the input's stored type (`Pii`, `Box` included).
    pub(super) fn convert(&self, input: &Input, raw: TokenStream) -> TokenStream {
        let rt = &self.rt;
        let mut value = match (input.pii, &input.ty) {
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
        if input.boxed {
            value = quote!(::std::boxed::Box::new(#value));
        }
        value
    }

    /// The stored type of an input (without the `Option` of optional ones).
    fn stored(&self, input: &Input) -> TokenStream {
        let mut ty = if input.pii {
            self.pii_ty(&input.ty)
        } else {
            self.ty(&input.ty)
        };
        if input.boxed {
            ty = quote!(::std::boxed::Box<#ty>);
        }
        ty
    }

    // pub fn items(self) -> impl Stream<Item = Result<T, Error>>: every page, item by item.
    fn pages_method(&self, op: &Operation, ok_ty: &TokenStream) -> TokenStream {
        let futures_util = &self.futures_util;
        let rt = &self.rt;
        let Some(p) = &op.pagination else {
            return quote!();
        };
        let position = format_ident!("{}", p.position_setter);
        let limit = format_ident!("{}", p.limit_setter);
        let item = self.ty(&p.item);
        let items = match &p.items_access {
            ItemsAccess::Path(steps) => path_access(steps, true),
            // One path per variant of a `oneOf` answer.
            ItemsAccess::Variants { union, arms } => {
                let union = self.ty(union);
                let arms = arms.iter().map(|arm| {
                    let ident = format_ident!("{}", arm.variant);
                    let access = path_access(&arm.steps, true);
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
            }
        };
        let total = if p.total_access.is_empty() {
            quote!(::std::option::Option::None)
        } else {
            let access = path_access(&p.total_access, false);
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
            pub fn items(self) -> impl #futures_util::Stream<Item = ::std::result::Result<#item, #rt::Error>> + ::std::marker::Send + 'static {
                #rt::__private::paginate(
                    self.client.clone(),
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

    // pub async fn send_batched(self) -> Result<Vec<Response<T>>, Error>: split and paced.
    fn batched_method(&self, op: &Operation, ok_ty: &TokenStream) -> TokenStream {
        let rt = &self.rt;
        let Some(b) = &op.batch else { return quote!() };
        let ident = format_ident!("{}", b.field);
        let meta = format_ident!("{}", op.table_ident);
        let (take, put) = if b.optional {
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
}

/// `#[allow(clippy::too_many_arguments)]` for a function with as many arguments as the
/// operation has required inputs, when that is many.
pub(super) fn many_arguments(count: usize) -> TokenStream {
    if count > 6 {
        quote!(#[allow(clippy::too_many_arguments)])
    } else {
        quote!()
    }
}

/// `body.a.and_then(|v| v.b)...` through the fields of a body, as an `Option` (or, for the
/// item list, unwrapped to an empty list).
fn path_access(steps: &[FieldStep], list: bool) -> TokenStream {
    let Some((first, rest)) = steps.split_first() else {
        return quote!(body);
    };
    // The total is read by reference; the item list is moved out.
    let by_ref = !list;
    let ident = format_ident!("{}", first.field);
    let mut expr = match (first.optional, by_ref) {
        (true, false) => quote!(body.#ident),
        (true, true) => quote!(body.#ident.as_ref()),
        (false, false) => quote!(::std::option::Option::Some(body.#ident)),
        (false, true) => quote!(::std::option::Option::Some(&body.#ident)),
    };
    for step in rest {
        let ident = format_ident!("{}", step.field);
        expr = match (step.optional, by_ref) {
            (true, false) => quote!(#expr.and_then(|v| v.#ident)),
            (true, true) => quote!(#expr.and_then(|v| v.#ident.as_ref())),
            (false, false) => quote!(#expr.map(|v| v.#ident)),
            (false, true) => quote!(#expr.map(|v| &v.#ident)),
        };
    }
    if list {
        quote!(#expr.unwrap_or_default())
    } else {
        expr
    }
}
