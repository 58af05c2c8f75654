//! Derive and attribute macros of `personaclick-runtime`: the serde code of generated models.
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
//! - [`FromVariants`](macro@FromVariants): `From` the content of marked union variants.
//! - [`VariantDisplay`](macro@VariantDisplay): `Display` as the content of the variant held.
//! - [`object`](macro@object): the attribute that makes a struct a `Model` with its
//!   `extra` field, written once instead of on every struct.

mod from_variants;
mod model;
mod object;
mod scalars;
mod tagged;
mod variant_display;
mod wire_enum;

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
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
/// - field `#[model(present)]` on an `Option` field the schema requires but allows to be
///   `null`: `new` marks it to be written as `null` until it is set, so the key is never
///   missing from a value built here (a decoded value keeps what arrived).
#[proc_macro_derive(Model, attributes(model))]
pub fn derive_model(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    model::model(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// A string enum with a catch-all: unit variants, and one variant holding a `String` for
/// the values it does not list. A unit variant is sent as its name in lower case (`Ios` as
/// `ios`) unless `#[wire("value")]` gives its value.
///
/// Generates `as_str`, `From<&str>`, `Display`, and serde as a JSON string (unknown values
/// decode into the catch-all). Container attributes: `#[wire(crate = "...")]`, and
/// `#[wire(integers)]` for an enum of integers' text (a parameter's integer enum), which also
/// converts from `i64`.
#[proc_macro_derive(WireEnum, attributes(wire))]
pub fn derive_wire_enum(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    wire_enum::wire_enum(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// A union of JSON scalars: one-field variants of `bool`, the runtime's `Number` and
/// `String`, told apart by JSON type (with no `String` variant, a string is read as a
/// `Number`).
///
/// Generates `From` each variant's type, `Display` (the value as text) and serde.
/// Container attribute: `#[scalars(crate = "...")]`.
#[proc_macro_derive(Scalars, attributes(scalars))]
pub fn derive_scalars(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    scalars::scalars(&input)
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
    tagged::tagged(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// `From` the content of each variant marked `#[from]`, for an enum whose variants hold
/// one value each (an untagged union, whose serde code comes from serde's own derive).
///
/// Only the variants whose content type no other variant holds should be marked: two
/// `From` impls for one type do not compile.
#[proc_macro_derive(FromVariants, attributes(from))]
pub fn derive_from_variants(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    from_variants::from_variants(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// `Display` as the content of whichever variant the value holds, for an enum whose
/// variants hold one value each, every one of them `Display` (an id-or-name union sent as a
/// path or query parameter).
#[proc_macro_derive(VariantDisplay)]
pub fn derive_variant_display(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    variant_display::variant_display(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// An object struct of a generated client: adds `#[derive(Debug, Clone, PartialEq,
/// Model)]`, `#[non_exhaustive]` and the documented `pub extra: Extra` field that
/// [`Model`](macro@Model) keeps unknown fields and explicit nulls in.
///
/// `#[object(crate = "::path::to::runtime")]` names the runtime when it is not at
/// `::personaclick_runtime`; it is passed on to `Model`.
#[proc_macro_attribute]
pub fn object(args: TokenStream, input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    object::object(args.into(), input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

/// The container settings shared by every derive.
struct Container {
    runtime: Path,
    /// `tagged(property = "..")`.
    property: Option<LitStr>,
    /// `wire(integers)`: every value is an integer's text, so the enum also converts from
    /// `i64`.
    integers: bool,
}

fn container(input: &DeriveInput, attr: &str) -> syn::Result<Container> {
    let mut runtime: Path = syn::parse_quote!(::personaclick_runtime);
    let mut property = None;
    let mut integers = false;
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
            } else if attr == "wire" && meta.path.is_ident("integers") {
                integers = true;
                Ok(())
            } else {
                Err(meta.error(format!("unknown `{attr}` attribute")))
            }
        })?;
    }
    Ok(Container {
        runtime,
        property,
        integers,
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

/// `impl Display`: the content of whichever variant the value holds.
fn display_variants(name: &Ident, variants: &[(&syn::Variant, &Type)]) -> Tokens {
    let arms = variants.iter().map(|(v, _)| {
        let ident = &v.ident;
        quote!(#name::#ident(value) => ::std::fmt::Display::fmt(value, f),)
    });
    quote! {
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}
