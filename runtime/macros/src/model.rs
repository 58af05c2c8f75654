//! `Model`: the serde code, `new` and `with_` setters of an object struct.

use proc_macro2::{Span, TokenStream as Tokens};
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Error, Fields, Ident, LitStr, Type};

use crate::{Container, container};

struct ModelField<'a> {
    ident: &'a Ident,
    ty: &'a Type,
    optional: bool,
    /// The wire name, then the aliases.
    names: Vec<String>,
    constant: Option<LitStr>,
    /// `#[model(present)]`: required but nullable, so a new value sends `null` for it
    /// until it is set (a decoded one keeps what arrived: `null`, or nothing).
    present: bool,
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

pub(crate) fn model(input: &DeriveInput) -> syn::Result<Tokens> {
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
        let mut present = false;
        for a in f.attrs.iter().filter(|a| a.path().is_ident("model")) {
            a.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    rename = Some(meta.value()?.parse::<LitStr>()?.value());
                } else if meta.path.is_ident("alias") {
                    aliases.push(meta.value()?.parse::<LitStr>()?.value());
                } else if meta.path.is_ident("constant") {
                    constant = Some(meta.value()?.parse::<LitStr>()?);
                } else if meta.path.is_ident("present") {
                    present = true;
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
            present,
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
    // Required but nullable fields go out as `null` until they are set.
    let presents = fields.iter().filter(|f| f.present && f.optional).map(|f| {
        let name = &f.names[0];
        quote!(extra.set_null(#name);)
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
                #[allow(unused_mut)]
                let mut extra = #rt::Extra::default();
                #(#presents)*
                #name { #(#inits)* extra }
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
