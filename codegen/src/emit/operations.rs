//! Request builders: one struct per operation with its `Operation` impl and setters; the
//! runtime's macros add `retry`, `timeout`, `send`, and `items()`/`pages()` for listings
//! (`x-pagination`, with a `Paged` impl); `send_batched()` for uploads (`x-batch`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::deprecated;
use super::{Emitter, doc};
use crate::model::{FieldStep, Input, InputSource, ItemsAccess, Operation, TypeRef};

impl Emitter<'_> {
    /// The request builder of an operation: its struct, its `Operation` impl (operation
    /// table entry, output, `write`), its setters, and the shared methods by macro.
    pub(super) fn operation(&self, op: &Operation) -> TokenStream {
        let serde_json = &self.serde_json;
        let rt = &self.ops_rt;
        let root = &self.root;
        let name = format_ident!("{}", op.type_name);
        let inputs = &op.inputs;
        // Struct fields: params (and a whole body) as themselves, an object body as one value.
        let fields = inputs
            .iter()
            .filter(|i| !matches!(i.source, InputSource::BodyField { .. }))
            .map(|i| {
                let ident = format_ident!("{}", i.ident);
                let ty = self.stored(i);
                if i.required {
                    quote!(#ident: #ty,)
                } else {
                    quote!(#ident: ::std::option::Option<#ty>,)
                }
            });
        let body_field = op.body_object.as_ref().map(|b| {
            let b = format_ident!("{}", b.type_name);
            quote!(body: #root::types::#b,)
        });
        // Setters for optional inputs.
        let setters: Vec<TokenStream> = inputs
            .iter()
            .filter(|i| !i.required)
            .map(|i| self.setter(i))
            .collect();
        let clears: Vec<TokenStream> = inputs
            .iter()
            .filter_map(|i| {
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
            })
            .collect();
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
        let decode = self.decode(op);
        let meta = self.meta(op);
        let pages = self.pages_impl(op, &ok_ty);
        let batched = self.batched_method(op, &ok_ty);
        let own =
            if setters.is_empty() && clears.is_empty() && property.is_none() && batched.is_none() {
                quote!()
            } else {
                quote! {
                    impl #name {
                        #(#setters)*
                        #(#clears)*
                        #property
                        #batched
                    }
                }
            };
        let write = self.request_code(op);
        // The whole description is on the sub-client method; the builder has one line:
        // the summary, the endpoint and the method that builds it.
        let summary = crate::emit::sanitize(&op.summary).concat();
        let line = match self.model.tags.iter().find(|t| t.name == op.tag) {
            Some(tag) => format!(
                "{summary}: `{} {}`, built by [`{}::{}`] and sent with `.send().await`.",
                op.http_method, op.path, tag.type_name, op.method_name
            ),
            None => format!(
                "{summary}: `{} {}`, built by the sub-client method and sent with `.send().await`.",
                op.http_method, op.path
            ),
        };
        let deprecated = deprecated(op.deprecated);
        let args = self.args_struct(op);
        quote! {
            #args

            #[doc = #line]
            #deprecated
            #[derive(Debug, Clone)]
            #[must_use = "a request does nothing until `.send()` is awaited"]
            pub struct #name {
                call: #rt::__private::Call,
                #(#fields)*
                #body_field
            }

            impl #rt::__private::Operation for #name {
                const META: &'static #rt::__private::OperationMeta = #meta;
                #decode
                type Output = #ok_ty;
                #write
            }

            #own
            #rt::operation_methods!(#name, #ok_ty);
            #pages
        }
    }

    /// `pub struct <Op>Args { pub <input>: T, .. }`: the required inputs of an operation
    /// with many, by name (a struct literal names each one, so none can be swapped).
    fn args_struct(&self, op: &Operation) -> Option<TokenStream> {
        let name = format_ident!("{}", op.args_type.as_ref()?);
        let fields = op.inputs.iter().filter(|i| i.required).map(|i| {
            let ident = format_ident!("{}", i.ident);
            let ty = self.ty(&i.ty);
            let docs = doc(Some(i.doc.as_deref().unwrap_or(&format!("`{}`.", i.name))));
            quote!(#docs pub #ident: #ty,)
        });
        let line = match self.model.tags.iter().find(|t| t.name == op.tag) {
            Some(tag) => format!(
                " The required inputs of [`{}::{}`], by name.",
                tag.type_name, op.method_name
            ),
            None => " The required inputs of the operation, by name.".to_string(),
        };
        Some(quote! {
            #[doc = #line]
            #[derive(Debug, Clone, PartialEq)]
            pub struct #name {
                #(#fields)*
            }
        })
    }

    /// The struct literal a sub-client method returns: required inputs from `values`
    /// (converted arguments, in input order), optional ones unset.
    pub(super) fn construct(&self, op: &Operation, values: Vec<TokenStream>) -> TokenStream {
        let rt = &self.ops_rt;
        let root = &self.root;
        let name = format_ident!("{}", op.type_name);
        let mut values = values.into_iter();
        let mut fields = Vec::new();
        let mut body_args = Vec::new();
        for input in &op.inputs {
            let ident = format_ident!("{}", input.ident);
            match (&input.source, input.required) {
                // A collected map is typed: the body's `new` takes `impl Into<_>`, which
                // would not infer it (a list comes typed from `IntoList`).
                (InputSource::BodyField { .. }, true) => {
                    let value = values.next();
                    body_args.push(match input.ty {
                        TypeRef::Map(_) => {
                            let ty = self.stored(input);
                            quote!(::std::convert::identity::<#ty>(#value))
                        }
                        _ => quote!(#value),
                    });
                }
                (InputSource::BodyField { .. }, false) => {}
                (_, true) => {
                    let value = values.next().unwrap_or_default();
                    fields.push(if value.to_string() == input.ident {
                        quote!(#ident,)
                    } else {
                        quote!(#ident: #value,)
                    });
                }
                (_, false) => fields.push(quote!(#ident: ::std::option::Option::None,)),
            }
        }
        let body = op.body_object.as_ref().map(|b| {
            let b = format_ident!("{}", b.type_name);
            quote!(body: #root::types::#b::new(#(#body_args),*),)
        });
        quote!(#name { call: #rt::__private::Call::new(&self.0), #(#fields)* #body })
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
                let rt = self.ops_rt.clone();
                (
                    quote!(impl #rt::IntoList<#item>),
                    Box::new(move |v| quote!(#rt::IntoList::into_list(#v))),
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
        let rt = &self.ops_rt;
        let mut value = match (input.pii, &input.ty) {
            (true, TypeRef::Array(item)) => {
                let item = self.ty(item);
                quote!(#rt::IntoList::<#item>::into_list(#raw).into_iter().map(#rt::Pii::new).collect::<::std::vec::Vec<_>>())
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

    /// Converts a field of an operation's arguments struct, which already has the input's
    /// type, to the stored type (`Pii`, `Box` included).
    pub(super) fn convert_field(&self, input: &Input, raw: TokenStream) -> TokenStream {
        let rt = &self.ops_rt;
        let mut value = match (input.pii, &input.ty) {
            (true, TypeRef::Array(_)) => {
                quote!(#raw.into_iter().map(#rt::Pii::new).collect::<::std::vec::Vec<_>>())
            }
            (true, _) => quote!(#rt::Pii::new(#raw)),
            (false, _) => raw,
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

    // impl Paged (the page position, size and splitting), and `items()`/`pages()` by macro.
    fn pages_impl(&self, op: &Operation, ok_ty: &TokenStream) -> TokenStream {
        let rt = &self.ops_rt;
        let Some(p) = &op.pagination else {
            return quote!();
        };
        let name = format_ident!("{}", op.type_name);
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
                    #[allow(unreachable_patterns)]
                    match body {
                        #(#arms)*
                        _ => ::std::option::Option::None,
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
        let offset = p.offset;
        let page_size = proc_macro2::Literal::i64_unsuffixed(p.page_size);
        let max = option_number(p.max_items);
        let text = format!(
            " {page_size} at a time (this sets `{}` and `{}`){}.",
            p.position,
            p.limit,
            p.max_items
                .map(|m| format!("; the API reaches at most {m} items"))
                .unwrap_or_default()
        );
        quote! {
            #rt::paged_methods!(#name, #item, #ok_ty, #text);
            impl #rt::__private::Paged for #name {
                type Item = #item;
                const PAGES: #rt::__private::PageSpec = #rt::__private::PageSpec { offset: #offset, page_size: #page_size, max_items: #max };
                fn at(self, position: i64, size: i64) -> Self {
                    self.#position(position).#limit(size)
                }
                fn page(body: &mut Self::Output) -> #rt::__private::Page<'_, Self::Item> {
                    let total = #total;
                    (#items, total)
                }
            }
        }
    }

    // pub async fn send_batched(self) -> Result<Vec<Response<T>>, Error>: split and paced.
    fn batched_method(&self, op: &Operation, ok_ty: &TokenStream) -> Option<TokenStream> {
        let rt = &self.ops_rt;
        let b = op.batch.as_ref()?;
        let ident = format_ident!("{}", b.field);
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
        let max = option_number(b.max_bytes);
        let count = option_number(b.max_items);
        let rate = option_number(b.per_minute.map(u64::from));
        let limits = [
            b.max_items
                .map(|n| format!("at most {n} items per request")),
            b.max_bytes
                .map(|m| format!("at most {m} bytes per request")),
            b.per_minute
                .map(|n| format!("at most {n} requests a minute")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
        let limits = if limits.is_empty() {
            "one request".to_string()
        } else {
            limits.join(", ")
        };
        let text = format!(
            " Sends `{}` in as many requests as the documented limits need ({limits}), one after another, waiting between them as needed (the rate is shared by every call of the operation through this client and its clones). Returns each request's answer; stops at the first error.",
            b.items
        );
        Some(quote! {
            #[doc = #text]
            pub async fn send_batched(mut self) -> ::std::result::Result<::std::vec::Vec<#rt::Response<#ok_ty>>, #rt::Error> {
                let items = #take;
                let operation = <Self as #rt::__private::Operation>::META.id;
                let chunks = #rt::__private::split_batches(operation, &self.body, items, #max, #count)?;
                let mut answers = ::std::vec::Vec::with_capacity(chunks.len());
                for chunk in chunks {
                    #rt::__private::pace(&self.call.client, operation, #rate).await;
                    let mut request = self.clone();
                    request.body.#ident = #put;
                    answers.push(request.send_with_response().await?);
                }
                ::std::result::Result::Ok(answers)
            }
        })
    }
}

/// `Some(n)` with an unsuffixed literal, so that the runtime's parameter type decides the
/// integer type, or `None`.
fn option_number(n: Option<u64>) -> TokenStream {
    match n {
        Some(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(::std::option::Option::Some(#n))
        }
        None => quote!(::std::option::Option::None),
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

/// `body.a.as_mut().and_then(|v| v.b.as_mut())...` through the fields of a body, as an
/// `Option`: the item list by `&mut` (`list`), the total by `&`.
fn path_access(steps: &[FieldStep], list: bool) -> TokenStream {
    let Some((first, rest)) = steps.split_first() else {
        return quote!(::std::option::Option::Some(body));
    };
    let (as_ref, by_ref) = if list {
        (quote!(as_mut), quote!(&mut))
    } else {
        (quote!(as_ref), quote!(&))
    };
    let ident = format_ident!("{}", first.field);
    let mut expr = if first.optional {
        quote!(body.#ident.#as_ref())
    } else {
        quote!(::std::option::Option::Some(#by_ref body.#ident))
    };
    for step in rest {
        let ident = format_ident!("{}", step.field);
        expr = if step.optional {
            quote!(#expr.and_then(|v| v.#ident.#as_ref()))
        } else {
            quote!(#expr.map(|v| #by_ref v.#ident))
        };
    }
    expr
}
