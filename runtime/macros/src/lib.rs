//! Derive macros of `personaclick-runtime`: the serde code of generated models.
//!
//! Use them through the runtime's re-exports (`personaclick_runtime::Model` and so on). The
//! expansions name the runtime by the path given in the container attribute (`crate =
//! "..."`, default `::personaclick_runtime`) and serde by the runtime's re-export, so a
//! crate that depends only on `personaclick-runtime` compiles them.
//!
//! - [`Model`](macro@Model): an object struct that keeps unknown fields and explicit nulls
//!   in its `extra` field.
//! - [`WireEnum`](macro@WireEnum): a string enum with a catch-all variant.
//! - [`Scalars`](macro@Scalars): a union of JSON scalars, told apart by JSON type.
//! - [`Tagged`](macro@Tagged): a union told apart by a tag property, with a catch-all.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Error, Fields, Ident, LitStr, Path, Type, parse_macro_input};

/// An object struct of a generated client.
///
/// The struct must have named fields, one of them `extra` (of the runtime's `Extra`
/// type), where unknown fields and explicit nulls go. A field whose type is an `Option` is
/// optional; any other is required. Generates:
///
/// - `Serialize`: each field under its wire name and aliases (optional fields left out when
///   unset, or written as `null` when they arrived as `null`), then the unknown fields.
/// - `Deserialize`: unknown fields kept in `extra`, explicit nulls of optional fields
///   remembered there, the first missing required field (in declaration order) reported
///   with serde's `missing_field`.
/// - `new(required..)` taking `impl Into<T>` for each required field without a constant,
///   and `Default` when it takes no argument.
///
/// Attributes:
///
/// - container `#[model(crate = "::path::to::runtime")]` (default `::personaclick_runtime`);
/// - field `#[model(rename = "wire")]`: the JSON name when it is not the Rust name;
/// - field `#[model(alias = "other")]` (repeatable): further names, read and written;
/// - field `#[model(constant = "value")]`: `new` fills the field with `From::from(value)`.
#[proc_macro_derive(Model, attributes(model))]
pub fn derive_model(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    model(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// A string enum with a catch-all: unit variants, each with `#[wire("value")]`, and one
/// variant holding a `String` for the values it does not list.
///
/// Generates `as_str`, `From<&str>`, `Display`, and serde as a JSON string (unknown values
/// decode into the catch-all). Container attribute: `#[wire(crate = "...")]`.
#[proc_macro_derive(WireEnum, attributes(wire))]
pub fn derive_wire_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    wire_enum(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// A union of JSON scalars: one-field variants of `bool`, the runtime's `Number` and
/// `String`, told apart by JSON type (with no `String` variant, a string is read as a
/// `Number`).
///
/// Generates `From` each variant's type and serde. Container attribute:
/// `#[scalars(crate = "...")]`.
#[proc_macro_derive(Scalars, attributes(scalars))]
pub fn derive_scalars(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    scalars(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// A union told apart by a tag property: `#[tagged(property = "event")]` on the enum,
/// `#[tagged("view")]` on each one-field variant, and one untagged variant holding a
/// `serde_json::Value` for the tags it does not list.
///
/// Each variant's content writes its own tag, so encoding is the content's; decoding reads
/// the tag first. Generates `From` each tagged variant's type and serde. Container
/// attribute: `crate = "..."` as well.
#[proc_macro_derive(Tagged, attributes(tagged))]
pub fn derive_tagged(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    tagged(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// The container settings shared by every derive.
struct Container {
    runtime: Path,
    /// `tagged(property = "..")`.
    property: Option<LitStr>,
}

fn container(input: &DeriveInput, attr: &str) -> syn::Result<Container> {
    let mut runtime: Path = syn::parse_quote!(::personaclick_runtime);
    let mut property = None;
    if !input.generics.params.is_empty() {
        return Err(Error::new(
            input.generics.span(),
            "generic models are not supported",
        ));
    }
    for a in input.attrs.iter().filter(|a| a.path().is_ident(attr)) {
        a.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let lit: LitStr = meta.value()?.parse()?;
                runtime = lit.parse()?;
                Ok(())
            } else if attr == "tagged" && meta.path.is_ident("property") {
                property = Some(meta.value()?.parse()?);
                Ok(())
            } else {
                Err(meta.error(format!("unknown `{attr}` attribute")))
            }
        })?;
    }
    Ok(Container { runtime, property })
}

struct ModelField<'a> {
    ident: &'a Ident,
    ty: &'a Type,
    optional: bool,
    /// The wire name, then the aliases.
    names: Vec<String>,
    constant: Option<LitStr>,
    /// The field's doc comment, repeated on its `with_` setter.
    docs: Vec<&'a syn::Attribute>,
}

/// The `T` of an `Option<T>`.
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) if last.ident == "Option" => Some(inner),
        _ => None,
    }
}

fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(p) if p.qself.is_none() => {
            p.path.segments.last().is_some_and(|s| s.ident == "Option")
        }
        _ => false,
    }
}

fn unraw(ident: &Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map(str::to_string).unwrap_or(s)
}

fn model(input: &DeriveInput) -> syn::Result<Tokens> {
    let Container { runtime: rt, .. } = container(input, "model")?;
    let serde = quote!(#rt::__private::serde);
    let name = &input.ident;
    let Data::Struct(data) = &input.data else {
        return Err(Error::new(
            Span::call_site(),
            "`Model` needs a struct with named fields",
        ));
    };
    let Fields::Named(named) = &data.fields else {
        return Err(Error::new(
            data.fields.span(),
            "`Model` needs a struct with named fields",
        ));
    };
    let mut fields = Vec::new();
    let mut has_extra = false;
    for f in &named.named {
        let ident = f.ident.as_ref().expect("named field");
        if ident == "extra" {
            has_extra = true;
            continue;
        }
        let mut rename = None;
        let mut aliases = Vec::new();
        let mut constant = None;
        for a in f.attrs.iter().filter(|a| a.path().is_ident("model")) {
            a.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    rename = Some(meta.value()?.parse::<LitStr>()?.value());
                } else if meta.path.is_ident("alias") {
                    aliases.push(meta.value()?.parse::<LitStr>()?.value());
                } else if meta.path.is_ident("constant") {
                    constant = Some(meta.value()?.parse::<LitStr>()?);
                } else {
                    return Err(meta.error("unknown `model` field attribute"));
                }
                Ok(())
            })?;
        }
        let mut names = vec![rename.unwrap_or_else(|| unraw(ident))];
        names.extend(aliases);
        fields.push(ModelField {
            ident,
            ty: &f.ty,
            optional: is_option(&f.ty),
            names,
            constant,
            docs: f
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("doc"))
                .collect(),
        });
    }
    if !has_extra {
        return Err(Error::new(
            named.span(),
            "`Model` needs an `extra` field for the unknown fields",
        ));
    }

    // Serialize: known fields under each name, then `extra`.
    let writes = fields.iter().map(|f| {
        let ident = f.ident;
        let names = &f.names;
        if f.optional {
            quote!(__out.optional(&[#(#names),*], &self.#ident)?;)
        } else {
            quote!(__out.required(&[#(#names),*], &self.#ident)?;)
        }
    });

    // Deserialize: one slot per field, filled by key; required ones must be present.
    let slot = |f: &ModelField| format_ident!("__f_{}", unraw(f.ident));
    let slots = fields.iter().map(|f| {
        let s = slot(f);
        quote!(let mut #s = ::std::option::Option::None;)
    });
    let arms = fields.iter().map(|f| {
        let s = slot(f);
        let names = &f.names;
        let json = &f.names[0];
        if f.optional {
            quote!(#(#names)|* => __reader.optional(&mut __map, #json, &mut #s)?,)
        } else {
            quote!(#(#names)|* => __reader.required(&mut __map, &mut #s)?,)
        }
    });
    let builds = fields.iter().map(|f| {
        let ident = f.ident;
        let s = slot(f);
        let json = &f.names[0];
        if f.optional {
            quote!(#ident: #s,)
        } else {
            quote!(#ident: #rt::__private::present(#s, #json)?,)
        }
    });
    let expecting = format!("a {name} object");

    // The constructor: required fields without a constant are its arguments.
    let args: Vec<&ModelField> = fields
        .iter()
        .filter(|f| !f.optional && f.constant.is_none())
        .collect();
    let many = if args.len() > 7 {
        quote!(#[allow(clippy::too_many_arguments)])
    } else {
        quote!()
    };
    let params = args.iter().map(|f| {
        let ident = f.ident;
        let ty = f.ty;
        quote!(#ident: impl ::std::convert::Into<#ty>)
    });
    let inits = fields.iter().map(|f| {
        let ident = f.ident;
        match (&f.constant, f.optional) {
            (Some(value), false) => quote!(#ident: ::std::convert::From::from(#value),),
            (Some(value), true) => {
                quote!(#ident: ::std::option::Option::Some(::std::convert::From::from(#value)),)
            }
            (None, true) => quote!(#ident: ::std::option::Option::None,),
            (None, false) => quote!(#ident: ::std::convert::Into::into(#ident),),
        }
    });
    // Chained setters, so that a value is built in one expression: `with_` and the field
    // name, taking anything that converts into the field's type (its `Option` added).
    let withs = fields.iter().filter(|f| f.constant.is_none()).map(|f| {
        let ident = f.ident;
        let method = format_ident!("with_{}", unraw(ident));
        let docs = &f.docs;
        let heading = format!("Sets `{}` and returns the value:", unraw(ident));
        match option_inner(f.ty).filter(|_| f.optional) {
            Some(inner) => quote! {
                #[doc = #heading]
                #[doc = ""]
                #(#docs)*
                pub fn #method(mut self, value: impl ::std::convert::Into<#inner>) -> Self {
                    self.#ident = ::std::option::Option::Some(::std::convert::Into::into(value));
                    self
                }
            },
            None => {
                let ty = f.ty;
                quote! {
                    #[doc = #heading]
                    #[doc = ""]
                    #(#docs)*
                    pub fn #method(mut self, value: impl ::std::convert::Into<#ty>) -> Self {
                        self.#ident = ::std::convert::Into::into(value);
                        self
                    }
                }
            }
        }
    });
    let new_doc = if fields.iter().all(|f| f.optional) {
        "An empty value: every field unset."
    } else {
        "A value with its required fields; the others unset."
    };
    let default = if args.is_empty() {
        quote! {
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    } else {
        quote!()
    };

    Ok(quote! {
        impl #name {
            #[doc = #new_doc]
            #many
            pub fn new(#(#params),*) -> Self {
                #name { #(#inits)* extra: ::std::default::Default::default() }
            }

            #(#withs)*
        }

        #default

        impl #serde::Serialize for #name {
            fn serialize<__S: #serde::Serializer>(
                &self,
                __serializer: __S,
            ) -> ::std::result::Result<__S::Ok, __S::Error> {
                let mut __out = #rt::__private::ObjectWriter::new(__serializer, &self.extra)?;
                #(#writes)*
                __out.end()
            }
        }

        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<__D: #serde::Deserializer<'de>>(
                __deserializer: __D,
            ) -> ::std::result::Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> #serde::de::Visitor<'de> for __Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<__A: #serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> ::std::result::Result<#name, __A::Error> {
                        let mut __reader = #rt::__private::ObjectReader::default();
                        #(#slots)*
                        while let ::std::option::Option::Some(__key) =
                            __map.next_key::<#rt::__private::Key<'de>>()?
                        {
                            match __key.as_str() {
                                #(#arms)*
                                _ => __reader.unknown(&mut __map, __key)?,
                            }
                        }
                        ::std::result::Result::Ok(#name { #(#builds)* extra: __reader.finish() })
                    }
                }
                __deserializer.deserialize_map(__Visitor)
            }
        }
    })
}

/// The variants of a union: each with one unnamed field.
fn one_field_variants<'a>(
    input: &'a DeriveInput,
    derive: &str,
) -> syn::Result<Vec<(&'a syn::Variant, &'a Type)>> {
    let Data::Enum(data) = &input.data else {
        return Err(Error::new(
            Span::call_site(),
            format!("`{derive}` needs an enum"),
        ));
    };
    data.variants
        .iter()
        .map(|v| match &v.fields {
            Fields::Unnamed(u) if u.unnamed.len() == 1 => Ok((v, &u.unnamed[0].ty)),
            _ => Err(Error::new(
                v.span(),
                format!("`{derive}` variants hold one value each"),
            )),
        })
        .collect()
}

/// The `#[attr("value")]` of a variant, if any.
fn variant_value(v: &syn::Variant, attr: &str) -> syn::Result<Option<LitStr>> {
    let mut value = None;
    for a in v.attrs.iter().filter(|a| a.path().is_ident(attr)) {
        if value.is_some() {
            return Err(Error::new(
                a.span(),
                format!("more than one `{attr}` value"),
            ));
        }
        value = Some(a.parse_args::<LitStr>()?);
    }
    Ok(value)
}

fn froms(name: &Ident, variants: &[(&syn::Variant, &Type)]) -> Tokens {
    let froms = variants.iter().map(|(v, ty)| {
        let ident = &v.ident;
        quote! {
            impl ::std::convert::From<#ty> for #name {
                fn from(value: #ty) -> Self {
                    #name::#ident(value)
                }
            }
        }
    });
    quote!(#(#froms)*)
}

fn wire_enum(input: &DeriveInput) -> syn::Result<Tokens> {
    let Container { runtime: rt, .. } = container(input, "wire")?;
    let serde = quote!(#rt::__private::serde);
    let name = &input.ident;
    let Data::Enum(data) = &input.data else {
        return Err(Error::new(Span::call_site(), "`WireEnum` needs an enum"));
    };
    let mut known = Vec::new();
    let mut other = None;
    for v in &data.variants {
        match &v.fields {
            Fields::Unit => match variant_value(v, "wire")? {
                Some(value) => known.push((&v.ident, value)),
                None => return Err(Error::new(v.span(), "missing `#[wire(\"value\")]`")),
            },
            Fields::Unnamed(u) if u.unnamed.len() == 1 && other.is_none() => {
                other = Some(&v.ident);
            }
            _ => {
                return Err(Error::new(
                    v.span(),
                    "`WireEnum` variants are unit variants and one catch-all holding a `String`",
                ));
            }
        }
    }
    let Some(other) = other else {
        return Err(Error::new(
            Span::call_site(),
            "`WireEnum` needs a catch-all variant holding a `String`",
        ));
    };
    let to_str = known
        .iter()
        .map(|(ident, value)| quote!(#name::#ident => #value,));
    let from_str = known
        .iter()
        .map(|(ident, value)| quote!(#value => #name::#ident,));
    Ok(quote! {
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    #name::#other(value) => value,
                }
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => #name::#other(::std::string::ToString::to_string(other)),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl #serde::Serialize for #name {
            fn serialize<__S: #serde::Serializer>(
                &self,
                __serializer: __S,
            ) -> ::std::result::Result<__S::Ok, __S::Error> {
                __serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<__D: #serde::Deserializer<'de>>(
                __deserializer: __D,
            ) -> ::std::result::Result<Self, __D::Error> {
                #rt::__private::string_enum(__deserializer, |value| #name::from(value))
            }
        }
    })
}

/// The JSON kind a scalar variant's type reads, by the type's last path segment.
fn scalar_kind(ty: &Type) -> &'static str {
    let last = match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    };
    match last.as_deref() {
        Some("bool") => "boolean",
        Some("Number" | "i64" | "u64" | "f64") => "number",
        Some("String") => "string",
        _ => "value",
    }
}

fn scalars(input: &DeriveInput) -> syn::Result<Tokens> {
    let Container { runtime: rt, .. } = container(input, "scalars")?;
    let serde = quote!(#rt::__private::serde);
    let name = &input.ident;
    let variants = one_field_variants(input, "Scalars")?;
    let is = |ty: &Type, last: &str| matches!(ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == last));
    let find = |last: &str| {
        variants
            .iter()
            .find(|(_, ty)| is(ty, last))
            .map(|(v, _)| &v.ident)
    };
    let mut arms = Vec::new();
    if let Some(v) = find("bool") {
        arms.push(quote!(#rt::__private::Scalar::Bool(value) => ::std::result::Result::Ok(#name::#v(value)),));
    }
    if let Some(v) = find("Number") {
        arms.push(quote!(#rt::__private::Scalar::Number(value) => ::std::result::Result::Ok(#name::#v(value)),));
    }
    match (find("String"), find("Number")) {
        (Some(v), _) => arms.push(
            quote!(#rt::__private::Scalar::Str(value) => ::std::result::Result::Ok(#name::#v(value)),),
        ),
        (None, Some(v)) => arms.push(
            quote!(#rt::__private::Scalar::Str(value) => ::std::result::Result::Ok(#name::#v(#rt::Number::from(value))),),
        ),
        (None, None) => {}
    }
    let expected: Vec<&str> = variants.iter().map(|(_, ty)| scalar_kind(ty)).collect();
    let expected = format!("a JSON {}", expected.join(" or "));
    let sers = variants.iter().map(|(v, _)| {
        let ident = &v.ident;
        quote!(#name::#ident(value) => #serde::Serialize::serialize(value, __serializer),)
    });
    let froms = froms(name, &variants);
    Ok(quote! {
        #froms

        impl #serde::Serialize for #name {
            fn serialize<__S: #serde::Serializer>(
                &self,
                __serializer: __S,
            ) -> ::std::result::Result<__S::Ok, __S::Error> {
                match self {
                    #(#sers)*
                }
            }
        }

        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<__D: #serde::Deserializer<'de>>(
                __deserializer: __D,
            ) -> ::std::result::Result<Self, __D::Error> {
                #[allow(unreachable_patterns)]
                match <#rt::__private::Scalar as #serde::Deserialize>::deserialize(__deserializer)? {
                    #(#arms)*
                    other => ::std::result::Result::Err(other.unexpected(#expected)),
                }
            }
        }
    })
}

fn tagged(input: &DeriveInput) -> syn::Result<Tokens> {
    let Container {
        runtime: rt,
        property,
    } = container(input, "tagged")?;
    let Some(property) = property else {
        return Err(Error::new(
            Span::call_site(),
            "`Tagged` needs `#[tagged(property = \"...\")]`",
        ));
    };
    let serde = quote!(#rt::__private::serde);
    let serde_json = quote!(#rt::__private::serde_json);
    let name = &input.ident;
    let mut known = Vec::new();
    let mut tags = Vec::new();
    let mut other = None;
    for (v, ty) in one_field_variants(input, "Tagged")? {
        match variant_value(v, "tagged")? {
            Some(tag) => {
                known.push((v, ty));
                tags.push(tag);
            }
            None if other.is_none() => other = Some(&v.ident),
            None => {
                return Err(Error::new(
                    v.span(),
                    "only one variant (the catch-all) goes without a `#[tagged(\"tag\")]`",
                ));
            }
        }
    }
    let Some(other) = other else {
        return Err(Error::new(
            Span::call_site(),
            "`Tagged` needs a catch-all variant holding a `serde_json::Value`",
        ));
    };
    let sers = known.iter().map(|(v, _)| {
        let ident = &v.ident;
        quote!(#name::#ident(value) => #serde::Serialize::serialize(value, __serializer),)
    });
    let des = known.iter().zip(&tags).map(|((v, _), tag)| {
        let ident = &v.ident;
        quote!(::std::option::Option::Some(#tag) => #serde_json::from_value(value).map(#name::#ident),)
    });
    let froms = froms(name, &known);
    Ok(quote! {
        #froms

        impl #serde::Serialize for #name {
            fn serialize<__S: #serde::Serializer>(
                &self,
                __serializer: __S,
            ) -> ::std::result::Result<__S::Ok, __S::Error> {
                match self {
                    #(#sers)*
                    #name::#other(value) => #serde::Serialize::serialize(value, __serializer),
                }
            }
        }

        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<__D: #serde::Deserializer<'de>>(
                __deserializer: __D,
            ) -> ::std::result::Result<Self, __D::Error> {
                let value = <#serde_json::Value as #serde::Deserialize>::deserialize(__deserializer)?;
                let result = match value.get(#property).and_then(#serde_json::Value::as_str) {
                    #(#des)*
                    _ => ::std::result::Result::Ok(#name::#other(value)),
                };
                result.map_err(#serde::de::Error::custom)
            }
        }
    })
}
