//! `Tagged`: a union told apart by a tag property, with a catch-all.

use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::spanned::Spanned;
use syn::{DeriveInput, Error};

use crate::{Container, container, froms, one_field_variants, variant_value};

pub(crate) fn tagged(input: &DeriveInput) -> syn::Result<Tokens> {
    let Container {
        runtime: rt,
        property,
        ..
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
