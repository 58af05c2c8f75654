//! A test helper generated from the spec: one call of every operation with a sample value
//! for every input, so a test can check what goes over the wire for all of them.
//!
//! Sample values follow fixed rules a test can predict: an input's documented example when
//! it is a scalar of its type; otherwise strings (and ids) are `"s-<name>"`, or a value of
//! their `format` (a date-time, a uuid, an email address, ...), integers 7, numbers 7.5,
//! booleans `true`, enums their first value, lists one sample item, maps one `"s-key"`
//! entry, objects their constructor with samples.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::Emitter;
use serde_json::Value;

use crate::model::TextRules;
use crate::model::{BodyEncoding, InputSource, Operation, TypeKind, TypeRef};

use super::MAX_SAMPLE_DEPTH as MAX_DEPTH;

impl Emitter<'_> {
    /// `pub async fn sample_call(client, operation) -> Option<Result<(), Error>>`.
    pub(crate) fn samples_file(&self) -> TokenStream {
        let rt = &self.rt;
        let arms = self.model.operations.iter().filter_map(|op| {
            let call = self.sample_call(op)?;
            let id = &op.id;
            Some(quote!(#id => ::std::option::Option::Some(#call.send().await.map(drop)),))
        });
        let client = self.sample_client();
        let full = self.full_handle();
        quote! {
            #client

            /// Calls `operation` on `client` with a sample value for every parameter and body
            /// property; `None` for an operation the spec does not have.
            #[allow(deprecated)]
            pub async fn sample_call(
                client: &#rt::Client<#full>,
                operation: &str,
            ) -> ::std::option::Option<::std::result::Result<(), #rt::Error>> {
                match operation {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    }

    /// `pub fn sample_client(base_url) -> Result<Client, Error>`: a client of `base_url`
    /// holding a placeholder for every credential (a user name and a password for basic
    /// schemes), the ones every call needs given to `Client::builder`.
    fn sample_client(&self) -> TokenStream {
        let rt = &self.rt;
        let full = self.full_handle();
        let mut args: Vec<TokenStream> = Vec::new();
        let mut setters: Vec<TokenStream> = Vec::new();
        for s in &self.model.security_schemes {
            let global = self.model.global_security.contains(&s.id);
            let ident = format_ident!("{}", s.ident);
            match (global, s.basic) {
                (true, true) => {
                    args.push(quote!("placeholder-user"));
                    args.push(quote!("placeholder-password"));
                }
                (true, false) => args.push(quote!("placeholder")),
                (false, true) => {
                    setters.push(quote!(.#ident("placeholder-user", "placeholder-password")))
                }
                (false, false) => setters.push(quote!(.#ident("placeholder"))),
            }
        }
        quote! {
            /// A client of `base_url` with a placeholder value for every credential.
            pub fn sample_client(
                base_url: &str,
            ) -> ::std::result::Result<#rt::Client<#full>, #rt::Error> {
                #rt::Client::builder(#(#args),*)
                    .base_url(base_url)
                    #(#setters)*
                    .build()
            }
        }
    }

    fn sample_call(&self, op: &Operation) -> Option<TokenStream> {
        let tag = self.model.tags.iter().find(|t| t.name == op.tag)?;
        let tag = format_ident!("{}", tag.ident);
        let method = format_ident!("{}", op.method_name);
        let mut args = Vec::new();
        let mut setters = Vec::new();
        // A list in a form body is its key repeated (OpenAPI's default), and a list or an
        // object in a multipart body is several text parts or a JSON part: a reader that
        // does not look at the schema takes them for text (Prism keeps a form key's last
        // value, and reads every part as text). An optional one is left out.
        let form = op
            .body
            .as_ref()
            .and_then(|b| b.encodings.first())
            .is_some_and(|e| *e == BodyEncoding::Form);
        for input in &op.inputs {
            let textual_reading = match input.source {
                InputSource::BodyField { .. } => form && self.is_list(&input.ty),
                InputSource::Part => self.is_list(&input.ty) || self.is_structured(&input.ty),
                _ => false,
            };
            if textual_reading && !input.required {
                continue;
            }
            let value = match self.documented_sample(&input.ty, input.example.as_ref()) {
                Some(value) => Some(value),
                None => self.sample_value(&input.ty, &input.name, &input.text, 0),
            };
            if input.required {
                args.push(value?);
            } else if let Some(value) = value {
                let ident = format_ident!("{}", input.ident);
                setters.push(quote!(.#ident(#value)));
            }
        }
        if let Some(args_type) = &op.args_type {
            let rt = &self.rt;
            let args_type = format_ident!("{}", args_type);
            let fields = op
                .inputs
                .iter()
                .filter(|i| i.required)
                .zip(&args)
                .map(|(i, value)| {
                    let ident = format_ident!("{}", i.ident);
                    quote!(#ident: ::std::convert::Into::into(#value))
                });
            args = vec![quote!(#rt::operations::#args_type { #(#fields),* })];
        }
        if op.body_object.as_ref().is_some_and(|b| b.extensible) {
            setters.push(quote!(.property("s-custom", "s-custom")));
        }
        // A call that needs a parameter context goes through its handle; one that needs
        // credentials the sample client does not hold is left out.
        let handle = match op.handle.as_deref() {
            None => quote!(client),
            Some(marker) => {
                let context = self.model.handle_context(marker)?;
                if context.parameters.is_empty() {
                    if self.model.full_handle().map(|h| h.marker.as_str()) != Some(marker) {
                        return None;
                    }
                    quote!(client)
                } else {
                    let ident = format_ident!("{}", context.ident);
                    let values = context.parameters.iter().map(|p| &p.name);
                    quote!(client.#ident(#(#values),*))
                }
            }
        };
        Some(quote!(#handle.#tag().#method(#(#args),*)#(#setters)*))
    }

    /// The handle a client holding every credential is, as a path in the client's crate.
    fn full_handle(&self) -> TokenStream {
        let rt = &self.rt;
        let handle =
            super::client::handle_type(self.model.full_handle().map(|h| h.marker.as_str()));
        quote!(#rt::#handle)
    }

    /// A list, or another name for one.
    fn is_list(&self, ty: &TypeRef) -> bool {
        matches!(self.model.unaliased(ty), TypeRef::Array(_))
    }

    /// An object, a map, a union or any JSON value, or another name for one.
    fn is_structured(&self, ty: &TypeRef) -> bool {
        match self.model.unaliased(ty) {
            TypeRef::Map(_) | TypeRef::Any => true,
            TypeRef::Named(name) => !matches!(
                self.model.type_def(name).map(|d| &d.kind),
                None | Some(TypeKind::Enum { .. } | TypeKind::Scalars { .. })
            ),
            _ => false,
        }
    }

    /// The input's documented example, where it is a scalar of the input's type.
    fn documented_sample(&self, ty: &TypeRef, example: Option<&Value>) -> Option<TokenStream> {
        let rt = &self.rt;
        match (ty, example?) {
            (TypeRef::String, Value::String(text)) => {
                Some(quote!(::std::string::String::from(#text)))
            }
            (TypeRef::Id, Value::String(text)) => Some(quote!(#rt::Id::from(#text))),
            (TypeRef::Int, Value::Number(n)) => {
                let n = proc_macro2::Literal::i64_suffixed(n.as_i64()?);
                Some(quote!(#n))
            }
            (TypeRef::Float, Value::Number(n)) => {
                let n = proc_macro2::Literal::f64_suffixed(n.as_f64()?);
                Some(quote!(#n))
            }
            (TypeRef::Bool, Value::Bool(b)) => Some(quote!(#b)),
            _ => None,
        }
    }

    /// An expression of exactly type `ty` (so it fits `Into<T>` and iterator arguments).
    fn sample_value(
        &self,
        ty: &TypeRef,
        name: &str,
        rules: &TextRules,
        depth: usize,
    ) -> Option<TokenStream> {
        let rt = &self.rt;
        let text = rules.sample_or(format!("s-{name}"));
        Some(match ty {
            TypeRef::String => quote!(::std::string::String::from(#text)),
            TypeRef::Id => quote!(#rt::Id::from(#text)),
            TypeRef::Number => match rules.number(7.0) {
                n if n.fract() == 0.0 && n.abs() < 1e15 => {
                    let n = proc_macro2::Literal::i64_unsuffixed(n as i64);
                    quote!(#rt::Number::from(#n))
                }
                n => {
                    let n = proc_macro2::Literal::f64_suffixed(n);
                    quote!(#rt::Number::from(#n))
                }
            },
            TypeRef::Int => {
                let n =
                    proc_macro2::Literal::i64_suffixed(rules.number(7.0).clamp(-1e15, 1e15) as i64);
                quote!(#n)
            }
            TypeRef::Float => {
                let n = proc_macro2::Literal::f64_suffixed(rules.number(7.5));
                quote!(#n)
            }
            TypeRef::Bool => quote!(true),
            TypeRef::Any => quote!(::serde_json::Value::from(#text)),
            TypeRef::Array(inner) => {
                let item = self.sample_value(inner, name, rules, depth)?;
                quote!(::std::vec![#item])
            }
            TypeRef::Map(inner) => {
                let value = self.sample_value(inner, name, &TextRules::default(), depth)?;
                quote!(::std::collections::BTreeMap::from([(::std::string::String::from("s-key"), #value)]))
            }
            TypeRef::Named(type_name) => return self.sample_named(type_name, name, rules, depth),
            TypeRef::Bytes => {
                let bytes = proc_macro2::Literal::byte_string(text.as_bytes());
                quote!(#rt::Bytes::from_static(#bytes))
            }
            TypeRef::File => {
                let bytes = proc_macro2::Literal::byte_string(text.as_bytes());
                let file_name = format!("{text}.txt");
                quote!(#rt::File::new(#rt::Bytes::from_static(#bytes)).file_name(#file_name).content_type("text/plain"))
            }
        })
    }

    fn sample_named(
        &self,
        type_name: &str,
        name: &str,
        rules: &TextRules,
        depth: usize,
    ) -> Option<TokenStream> {
        if depth > MAX_DEPTH {
            return None;
        }
        let def = self.model.type_def(type_name)?;
        let path = self.ty(&TypeRef::Named(type_name.to_string()));
        match &def.kind {
            TypeKind::Enum { values } => {
                let first = values.first().map_or("s-enum", |v| v.json.as_str());
                Some(quote!(#path::from(#first)))
            }
            TypeKind::Struct { fields, .. } => {
                let mut args = Vec::new();
                for f in fields
                    .iter()
                    .filter(|f| !f.is_optional() && f.constant.is_none())
                {
                    let mut value = self.sample_value(&f.ty, &f.json, &f.text, depth + 1)?;
                    if f.boxed {
                        value = quote!(::std::boxed::Box::new(#value));
                    }
                    if f.pii {
                        let rt = &self.rt;
                        value = match &f.ty {
                            TypeRef::Array(_) => {
                                quote!(#value.into_iter().map(#rt::Pii::new).collect::<::std::vec::Vec<_>>())
                            }
                            _ => quote!(#rt::Pii::new(#value)),
                        };
                    }
                    args.push(value);
                }
                Some(quote!(#path::new(#(#args),*)))
            }
            TypeKind::Scalars { variants } | TypeKind::Union { variants } => {
                let first = variants.first()?;
                let ident = format_ident!("{}", first.ident);
                let value = self.sample_value(&first.ty, type_name, &first.text, depth + 1)?;
                Some(quote!(#path::#ident(#value)))
            }
            TypeKind::Tagged { variants, .. } => {
                let first = variants.first()?;
                let value =
                    self.sample_value(&first.ty, type_name, &TextRules::default(), depth + 1)?;
                Some(quote!(#path::from(#value)))
            }
            TypeKind::Alias(target) => self.sample_value(target, name, rules, depth + 1),
        }
    }
}
