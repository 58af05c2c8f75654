//! `#[object]`: an object struct of a generated client, with what every one of them has
//! written once: the derives, `#[non_exhaustive]` and the `extra` field.

use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::{Data, DeriveInput, Error, Fields, LitStr, Path};

pub(crate) fn object(args: Tokens, mut input: DeriveInput) -> syn::Result<Tokens> {
    let mut runtime: Option<LitStr> = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("crate") {
            runtime = Some(meta.value()?.parse()?);
            Ok(())
        } else {
            Err(meta.error("unknown `object` setting (expected `crate = \"...\"`)"))
        }
    });
    syn::parse::Parser::parse2(parser, args)?;
    let rt: Path = match &runtime {
        Some(lit) => lit.parse()?,
        None => syn::parse_quote!(::personaclick_runtime),
    };
    let Data::Struct(data) = &mut input.data else {
        return Err(Error::new(Span::call_site(), "`object` needs a struct"));
    };
    let Fields::Named(fields) = &mut data.fields else {
        return Err(Error::new(
            Span::call_site(),
            "`object` needs a struct with named fields",
        ));
    };
    if fields
        .named
        .iter()
        .any(|f| f.ident.as_ref().is_some_and(|i| i == "extra"))
    {
        return Err(Error::new(
            Span::call_site(),
            "`object` adds the `extra` field itself",
        ));
    }
    fields.named.push(syn::parse_quote! {
        /// Fields the spec does not name and known fields sent as `null`, written back.
        pub extra: #rt::Extra
    });
    let crate_setting = runtime.map(|lit| quote!(#[model(crate = #lit)]));
    Ok(quote! {
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, #rt::Model)]
        #crate_setting
        #[non_exhaustive]
        #input
    })
}
