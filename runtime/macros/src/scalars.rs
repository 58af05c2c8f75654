//! `Scalars`: a union of JSON scalars, told apart by JSON type.

use proc_macro2::TokenStream as Tokens;
use quote::quote;
use syn::{DeriveInput, Type};

use crate::{Container, container, display_variants, froms, one_field_variants};

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

pub(crate) fn scalars(input: &DeriveInput) -> syn::Result<Tokens> {
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
    let display = display_variants(name, &variants);
    Ok(quote! {
        #froms
        #display

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
