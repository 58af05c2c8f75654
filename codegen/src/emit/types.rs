//! Model types: structs with a lenient, unknown-field-keeping decoder, enums with a
//! catch-all, scalar unions, aliases.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{Emitter, doc};
use crate::model::{EnumValue, Field, TaggedVariant, TypeDef, TypeKind, TypeRef, Variant};

impl Emitter<'_> {
    /// `pub mod types { ... }`.
    pub fn types_module(&self) -> TokenStream {
        let items = self.model.types.iter().map(|t| self.type_def(t));
        quote! {
            /// Request and response models generated from the spec.
            ///
            /// Objects keep the fields the spec does not name (in `extra`) and send them back
            /// when serialized; numbers keep the form they arrived in.
            // Deprecated items stay deprecated for users; the generated code itself uses them.
            #[allow(deprecated)]
            pub mod types {
                #(#items)*
            }
        }
    }

    fn type_def(&self, def: &TypeDef) -> TokenStream {
        let fallback = format!("`{}` (not described in the spec).", def.name);
        let docs = doc(Some(def.doc.as_deref().unwrap_or(&fallback)));
        let deprecated = deprecated(def.deprecated);
        let name = format_ident!("{}", def.name);
        let body = match &def.kind {
            TypeKind::Struct { fields, .. } => self.struct_def(&name, fields),
            TypeKind::Enum { values } => self.enum_def(&name, values),
            TypeKind::Scalars { variants } => self.scalars_def(&name, variants),
            TypeKind::Union { variants } => self.union_def(&name, variants),
            TypeKind::Tagged { property, variants } => self.tagged_def(&name, property, variants),
            TypeKind::Alias(target) => {
                let target = self.ty(target);
                return quote! { #docs #deprecated pub type #name = #target; };
            }
        };
        quote! { #docs #deprecated #body }
    }

    /// A personal-data type: `Pii<T>`, or `Vec<Pii<T>>` for a list.
    pub fn pii_ty(&self, ty: &TypeRef) -> TokenStream {
        let rt = &self.rt;
        match ty {
            TypeRef::Array(inner) => {
                let inner = self.ty(inner);
                quote!(::std::vec::Vec<#rt::Pii<#inner>>)
            }
            other => {
                let t = self.ty(other);
                quote!(#rt::Pii<#t>)
            }
        }
    }

    /// The declared type of a struct field.
    pub fn field_type(&self, f: &Field) -> TokenStream {
        let mut ty = if f.pii {
            self.pii_ty(&f.ty)
        } else {
            self.ty(&f.ty)
        };
        if f.boxed {
            ty = quote!(::std::boxed::Box<#ty>);
        }
        if f.is_optional() {
            quote!(::std::option::Option<#ty>)
        } else {
            ty
        }
    }

    // pub struct X { pub a: Option<T>, pub extra: Extra }
    // impl X { pub fn new(required..) -> Self }
    // impl Serialize (writes known fields, explicit nulls, then extra)
    // impl Deserialize (map visitor: known keys typed, unknown keys kept)
    fn struct_def(&self, name: &syn::Ident, fields: &[Field]) -> TokenStream {
        let serde = &self.serde;
        let rt = &self.rt;
        let decls = fields.iter().map(|f| {
            let fallback = format!("The `{}` field (not described in the spec).", f.json);
            let docs = doc(Some(f.doc.as_deref().unwrap_or(&fallback)));
            let deprecated = deprecated(f.deprecated);
            let ident = format_ident!("{}", f.ident);
            let ty = self.field_type(f);
            let wire = if f.ident == f.json {
                String::new()
            } else {
                format!(" JSON name: `{}`.", f.json)
            };
            let wire = if wire.is_empty() {
                quote!()
            } else {
                quote!(#[doc = ""] #[doc = #wire])
            };
            quote! { #docs #wire #deprecated pub #ident: #ty, }
        });
        let required: Vec<&Field> = fields.iter().filter(|f| !f.is_optional()).collect();
        let writes = fields.iter().map(|f| {
            let ident = format_ident!("{}", f.ident);
            let names = wire_names(f);
            if f.is_optional() {
                quote!(out.optional(&[#(#names),*], &self.#ident)?;)
            } else {
                quote!(out.required(&[#(#names),*], &self.#ident)?;)
            }
        });
        // Without required fields the value starts as `Default` and the decoder writes into
        // it: one line per field. With required fields, slots collect them first.
        let (derive_default, constructor, decode) = if required.is_empty() {
            (
                quote!(, Default),
                self.empty_constructor(name),
                self.decode_in_place(name, fields),
            )
        } else {
            (
                quote!(),
                self.required_constructor(name, fields, &required),
                self.decode_with_slots(name, fields),
            )
        };
        quote! {
            #[derive(Debug, Clone, PartialEq #derive_default)]
            #[non_exhaustive]
            pub struct #name {
                #(#decls)*
                /// Fields the spec does not name, and known fields that arrived as `null`:
                /// kept, and written back when this value is serialized.
                pub extra: #rt::Extra,
            }

            #constructor

            impl #serde::Serialize for #name {
                fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    let mut out = #rt::__private::ObjectWriter::new(serializer, &self.extra)?;
                    #(#writes)*
                    out.end()
                }
            }

            #decode
        }
    }

    // impl X { pub fn new() -> Self { Self::default() } }
    fn empty_constructor(&self, name: &syn::Ident) -> TokenStream {
        quote! {
            impl #name {
                /// An empty value: every field unset.
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
    }

    // impl X { pub fn new(required: impl Into<T>, ..) -> Self }
    fn required_constructor(
        &self,
        name: &syn::Ident,
        fields: &[Field],
        required: &[&Field],
    ) -> TokenStream {
        let rt = &self.rt;
        let no_args = required.iter().all(|f| f.constant.is_some());
        // As many arguments as the spec has required fields.
        let many = if required.iter().filter(|f| f.constant.is_none()).count() > 7 {
            quote!(#[allow(clippy::too_many_arguments)])
        } else {
            quote!()
        };
        let args = required.iter().filter(|f| f.constant.is_none()).map(|f| {
            let ident = format_ident!("{}", f.ident);
            let ty = self.field_type(f);
            quote!(#ident: impl ::std::convert::Into<#ty>)
        });
        let inits = fields.iter().map(|f| {
            let ident = format_ident!("{}", f.ident);
            match (&f.constant, f.is_optional()) {
                (Some(value), _) => quote!(#ident: ::std::convert::From::from(#value),),
                (None, true) => quote!(#ident: ::std::option::Option::None,),
                (None, false) => quote!(#ident: #ident.into(),),
            }
        });
        // Only constants required: `Default` is the same as `new()`.
        let default = if no_args {
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
        quote! {
            impl #name {
                /// A value with its required fields; the others unset.
                #many
                pub fn new(#(#args),*) -> Self {
                    #name { #(#inits)* extra: #rt::Extra::default() }
                }
            }
            #default
        }
    }

    // impl Object for X { fn read_field(..) { match key { "a" => r.optional(m, "a", &mut self.a)?, .. } } }
    fn decode_in_place(&self, name: &syn::Ident, fields: &[Field]) -> TokenStream {
        let serde = &self.serde;
        let rt = &self.rt;
        let arms = fields.iter().map(|f| {
            let ident = format_ident!("{}", f.ident);
            let names = wire_names(f);
            let json = &f.json;
            quote!(#(#names)|* => r.optional(m, #json, &mut self.#ident)?,)
        });
        let expecting = format!("a {name} object");
        quote! {
            impl #rt::__private::Object for #name {
                const EXPECTING: &'static str = #expecting;
                fn read_field<'de, A: #serde::de::MapAccess<'de>>(
                    &mut self,
                    key: &str,
                    m: &mut A,
                    r: &mut #rt::__private::ObjectReader,
                ) -> ::std::result::Result<bool, A::Error> {
                    match key {
                        #(#arms)*
                        _ => return ::std::result::Result::Ok(false),
                    }
                    ::std::result::Result::Ok(true)
                }
                fn extra_mut(&mut self) -> &mut #rt::Extra {
                    &mut self.extra
                }
            }

            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    #rt::__private::read_object(deserializer)
                }
            }
        }
    }

    // A map visitor with one slot per field; required ones must be present.
    fn decode_with_slots(&self, name: &syn::Ident, fields: &[Field]) -> TokenStream {
        let serde = &self.serde;
        let rt = &self.rt;
        let slots = fields.iter().map(|f| {
            let slot = format_ident!("f_{}", f.ident);
            quote!(let mut #slot = ::std::option::Option::None;)
        });
        let arms = fields.iter().map(|f| {
            let slot = format_ident!("f_{}", f.ident);
            let names = wire_names(f);
            let json = &f.json;
            if f.is_optional() {
                quote!(#(#names)|* => reader.optional(&mut map, #json, &mut #slot)?,)
            } else {
                quote!(#(#names)|* => reader.required(&mut map, &mut #slot)?,)
            }
        });
        let builds = fields.iter().map(|f| {
            let ident = format_ident!("{}", f.ident);
            let slot = format_ident!("f_{}", f.ident);
            let json = &f.json;
            if f.is_optional() {
                quote!(#ident: #slot,)
            } else {
                quote!(#ident: #rt::__private::present(#slot, #json)?,)
            }
        });
        let expecting = format!("a {name} object");
        quote! {
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    struct Visitor;
                    impl<'de> #serde::de::Visitor<'de> for Visitor {
                        type Value = #name;
                        fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                            f.write_str(#expecting)
                        }
                        fn visit_map<A: #serde::de::MapAccess<'de>>(self, mut map: A) -> ::std::result::Result<#name, A::Error> {
                            let mut reader = #rt::__private::ObjectReader::default();
                            #(#slots)*
                            while let ::std::option::Option::Some(key) = map.next_key::<#rt::__private::Key<'de>>()? {
                                match key.as_str() {
                                    #(#arms)*
                                    _ => reader.unknown(&mut map, key)?,
                                }
                            }
                            ::std::result::Result::Ok(#name { #(#builds)* extra: reader.finish() })
                        }
                    }
                    deserializer.deserialize_map(Visitor)
                }
            }
        }
    }

    // pub enum X { A, B, Other(String) } with as_str, From<&str>, Display and serde as a string.
    fn enum_def(&self, name: &syn::Ident, values: &[EnumValue]) -> TokenStream {
        let serde = &self.serde;
        let rt = &self.rt;
        let variants = values.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let text = format!(" `{}`", v.json);
            quote!(#[doc = #text] #ident,)
        });
        let to_str = values.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let json = &v.json;
            quote!(#name::#ident => #json,)
        });
        let from_str = values.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let json = &v.json;
            quote!(#json => #name::#ident,)
        });
        quote! {
            #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
                /// A value the spec does not list, kept as sent.
                Other(::std::string::String),
            }

            impl #name {
                /// The value as sent on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#to_str)*
                        #name::Other(value) => value,
                    }
                }
            }

            impl ::std::convert::From<&str> for #name {
                fn from(value: &str) -> Self {
                    match value {
                        #(#from_str)*
                        other => #name::Other(other.to_string()),
                    }
                }
            }

            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            impl #serde::Serialize for #name {
                fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }

            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    #rt::__private::string_enum(deserializer, |value| #name::from(value))
                }
            }
        }
    }

    // pub enum X { Bool(bool), Number(Number), String(String) }, told apart by JSON type.
    fn scalars_def(&self, name: &syn::Ident, variants: &[Variant]) -> TokenStream {
        let serde = &self.serde;
        let rt = &self.rt;
        let decls = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            let text = format!(" Sent as a JSON {}.", json_kind(&v.ty));
            quote!(#[doc = #text] #ident(#ty),)
        });
        let sers = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            quote!(#name::#ident(value) => #serde::Serialize::serialize(value, serializer),)
        });
        let has = |t: &TypeRef| {
            variants
                .iter()
                .find(|v| &v.ty == t)
                .map(|v| format_ident!("{}", v.ident))
        };
        let mut arms = Vec::new();
        if let Some(v) = has(&TypeRef::Bool) {
            arms.push(quote!(#rt::__private::Scalar::Bool(value) => ::std::result::Result::Ok(#name::#v(value)),));
        }
        if let Some(v) = has(&TypeRef::Number) {
            arms.push(quote!(#rt::__private::Scalar::Number(value) => ::std::result::Result::Ok(#name::#v(value)),));
        }
        match (has(&TypeRef::String), has(&TypeRef::Number)) {
            (Some(v), _) => arms.push(quote!(#rt::__private::Scalar::Str(value) => ::std::result::Result::Ok(#name::#v(value)),)),
            (None, Some(v)) => arms.push(
                quote!(#rt::__private::Scalar::Str(value) => ::std::result::Result::Ok(#name::#v(#rt::Number::from(value))),),
            ),
            (None, None) => {}
        }
        let expected: Vec<&str> = variants.iter().map(|v| json_kind(&v.ty)).collect();
        let expected = format!("a JSON {}", expected.join(" or "));
        let froms = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            quote! {
                impl ::std::convert::From<#ty> for #name {
                    fn from(value: #ty) -> Self {
                        #name::#ident(value)
                    }
                }
            }
        });
        quote! {
                    #[derive(Debug, Clone, PartialEq)]
                    #[non_exhaustive]
                    pub enum #name {
                        #(#decls)*
                    }

        #(#froms)*

                    impl #serde::Serialize for #name {
                        fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                            match self {
                                #(#sers)*
                            }
                        }
                    }

                    impl<'de> #serde::Deserialize<'de> for #name {
                        fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                            #[allow(unreachable_patterns)]
                            match <#rt::__private::Scalar as #serde::Deserialize>::deserialize(deserializer)? {
                                #(#arms)*
                                other => ::std::result::Result::Err(other.unexpected(#expected)),
                            }
                        }
                    }
                }
    }

    // pub enum X { A(A), B(B), Other(Value) }: each variant's struct carries the tag property
    // (a constant field), so encoding is the variant's own; decoding looks at the tag first.
    fn tagged_def(
        &self,
        name: &syn::Ident,
        property: &str,
        variants: &[TaggedVariant],
    ) -> TokenStream {
        let serde = &self.serde;
        let serde_json = &self.serde_json;
        let decls = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            let text = format!(" `{property}: {}`", v.tag);
            quote!(#[doc = #text] #ident(#ty),)
        });
        let froms = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            quote! {
                impl ::std::convert::From<#ty> for #name {
                    fn from(value: #ty) -> Self {
                        #name::#ident(value)
                    }
                }
            }
        });
        let sers = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            quote!(#name::#ident(value) => #serde::Serialize::serialize(value, serializer),)
        });
        let des = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let tag = &v.tag;
            quote!(::std::option::Option::Some(#tag) => #serde_json::from_value(value).map(#name::#ident),)
        });
        quote! {
            // Variants are models of very different sizes; values are short-lived, so no boxing.
            #[allow(clippy::large_enum_variant)]
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            pub enum #name {
                #(#decls)*
                /// A value whose tag the spec does not list, kept as sent.
                Other(#serde_json::Value),
            }

            #(#froms)*

            impl #serde::Serialize for #name {
                fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    match self {
                        #(#sers)*
                        #name::Other(value) => #serde::Serialize::serialize(value, serializer),
                    }
                }
            }

            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    let value = <#serde_json::Value as #serde::Deserialize>::deserialize(deserializer)?;
                    let result = match value.get(#property).and_then(#serde_json::Value::as_str) {
                        #(#des)*
                        _ => ::std::result::Result::Ok(#name::Other(value)),
                    };
                    result.map_err(#serde::de::Error::custom)
                }
            }
        }
    }

    // #[serde(untagged)] pub enum X { A(A), B(B) }: the first variant that decodes wins.
    fn union_def(&self, name: &syn::Ident, variants: &[Variant]) -> TokenStream {
        let serde_crate = self.serde.to_string().replace(' ', "");
        let serde = &self.serde;
        let decls = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            quote!(#[allow(missing_docs)] #ident(#ty),)
        });
        // `From` each variant's content, where no two variants share a type.
        let froms = variants
            .iter()
            .filter(|v| variants.iter().filter(|w| w.ty == v.ty).count() == 1)
            .filter(|v| !matches!(&v.ty, TypeRef::Named(n) if name == n))
            .map(|v| {
                let ident = format_ident!("{}", v.ident);
                let ty = self.ty(&v.ty);
                quote! {
                    impl ::std::convert::From<#ty> for #name {
                        fn from(value: #ty) -> Self {
                            #name::#ident(value)
                        }
                    }
                }
            });
        quote! {
            // Variants are models of very different sizes; values are short-lived, so no boxing.
            #[allow(clippy::large_enum_variant)]
            #[derive(Debug, Clone, PartialEq, #serde::Serialize, #serde::Deserialize)]
            #[serde(untagged, crate = #serde_crate)]
            #[non_exhaustive]
            pub enum #name {
                #(#decls)*
            }

            #(#froms)*
        }
    }
}

fn wire_names(f: &Field) -> Vec<&str> {
    std::iter::once(f.json.as_str())
        .chain(f.aliases.iter().map(String::as_str))
        .collect()
}

fn json_kind(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::Bool => "boolean",
        TypeRef::Number | TypeRef::Int | TypeRef::Float => "number",
        TypeRef::String => "string",
        _ => "value",
    }
}

pub(crate) fn deprecated(yes: bool) -> TokenStream {
    if yes { quote!(#[deprecated]) } else { quote!() }
}
