//! `WireEnum`: a string enum with a catch-all variant.

use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Error, Fields, LitStr};

use crate::{Container, container, variant_value};

pub(crate) fn wire_enum(input: &DeriveInput) -> syn::Result<Tokens> {
    let Container {
        runtime: rt,
        integers,
        ..
    } = container(input, "wire")?;
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
                // Without `#[wire]`, the name in lower case.
                None => {
                    let lower = v.ident.to_string();
                    let lower = lower.trim_start_matches("r#").to_lowercase();
                    known.push((&v.ident, LitStr::new(&lower, v.ident.span())));
                }
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
    let from_integer = integers.then(|| {
        quote! {
            impl ::std::convert::From<i64> for #name {
                fn from(value: i64) -> Self {
                    #name::from(::std::string::ToString::to_string(&value).as_str())
                }
            }
        }
    });
    Ok(quote! {
        #from_integer

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
