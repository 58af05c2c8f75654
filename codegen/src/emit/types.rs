//! Model types: structs with a lenient, unknown-field-keeping decoder, enums with a
//! catch-all, scalar unions, aliases.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::module::{path_tokens, prelude_table, shadows_prelude, shorten};
use super::{Emitter, doc};
use crate::model::{EnumValue, Field, TaggedVariant, TypeDef, TypeKind, TypeRef, Variant};

impl Emitter<'_> {
    /// `pub mod types { ... }`.
    pub(crate) fn types_module(&self) -> TokenStream {
        let items = self.model.types.iter().map(|t| self.type_def(t));
        let items = quote!(#(#items)*);
        // Short paths: `rt::` for the runtime, bare names for the models (they are this
        // module's own), and prelude names for `std` items unless a model shadows one.
        let full_rt = &self.rt;
        let rt = &self.ops_rt;
        let root = &self.root;
        let mut table = if self.model.types.iter().any(|t| shadows_prelude(&t.name)) {
            Vec::new()
        } else {
            prelude_table()
        };
        table.push((path_tokens(&quote!(#root::types::)), quote!()));
        table.push((path_tokens(full_rt), quote!(#rt)));
        let items = shorten(items, &table);
        quote! {
            /// Request and response models generated from the spec.
            ///
            /// Objects keep the fields the spec does not name (in `extra`) and send them back
            /// when serialized; numbers keep the form they arrived in.
            // Deprecated items stay deprecated for users; the generated code itself uses them.
            #[allow(deprecated)]
            pub mod types {
                #[allow(unused_imports)]
                use #full_rt as #rt;
                #[allow(unused_imports)]
                use #rt::__private::serde;
                #items
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
    pub(crate) fn pii_ty(&self, ty: &TypeRef) -> TokenStream {
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
    pub(crate) fn field_type(&self, f: &Field) -> TokenStream {
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

    /// `#[<attr>(crate = "..")]` when the runtime is not at the derives' default path.
    fn crate_attr(&self, attr: &str) -> TokenStream {
        let runtime = self.config.runtime.replace(' ', "");
        if runtime == "::personaclick_runtime" {
            return quote!();
        }
        let attr = format_ident!("{}", attr);
        quote!(#[#attr(crate = #runtime)])
    }

    // #[object] pub struct X { pub a: Option<T> }: the attribute adds the derives (`Model`
    // among them), `#[non_exhaustive]` and `pub extra: Extra`; `Model` writes `new(required..)`,
    // serde (known fields, explicit nulls, then extra) and `Default` when `new` takes no
    // argument.
    fn struct_def(&self, name: &syn::Ident, fields: &[Field]) -> TokenStream {
        let rt = &self.rt;
        let decls = fields.iter().map(|f| {
            let fallback = format!("The `{}` field (not described in the spec).", f.json);
            let docs = doc(Some(f.doc.as_deref().unwrap_or(&fallback)));
            let deprecated = deprecated(f.deprecated);
            let ident = format_ident!("{}", f.ident);
            let ty = self.field_type(f);
            let mut settings = Vec::new();
            let wire = if f.ident == f.json {
                quote!()
            } else {
                let text = format!(" JSON name: `{}`.", f.json);
                let json = &f.json;
                settings.push(quote!(rename = #json));
                quote!(#[doc = ""] #[doc = #text])
            };
            settings.extend(f.aliases.iter().map(|a| quote!(alias = #a)));
            settings.extend(f.constant.iter().map(|c| quote!(constant = #c)));
            if f.required && f.nullable && f.constant.is_none() {
                settings.push(quote!(present));
            }
            let attr = if settings.is_empty() {
                quote!()
            } else {
                quote!(#[model(#(#settings),*)])
            };
            quote! { #docs #wire #deprecated #attr pub #ident: #ty, }
        });
        let runtime = self.config.runtime.replace(' ', "");
        let settings = (runtime != "::personaclick_runtime").then(|| quote!((crate = #runtime)));
        quote! {
            #[#rt::object #settings]
            pub struct #name {
                #(#decls)*
            }
        }
    }

    // #[derive(WireEnum)] pub enum X { A, #[wire("b-c")] BC, Other(String) }: the derive writes
    // as_str, From<&str>, Display and serde as a string.
    fn enum_def(&self, name: &syn::Ident, values: &[EnumValue]) -> TokenStream {
        let rt = &self.rt;
        let variants = values.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let text = format!(" `{}`", v.json);
            let json = &v.json;
            let wire = v.needs_wire_name().then(|| quote!(#[wire(#json)]));
            quote!(#[doc = #text] #wire #ident,)
        });
        let crate_attr = self.crate_attr("wire");
        let integers = EnumValue::all_integers(values).then(|| quote!(#[wire(integers)]));
        quote! {
            #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, #rt::WireEnum)]
            #crate_attr
            #integers
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
                /// A value the spec does not list, kept as sent.
                Other(::std::string::String),
            }
        }
    }

    // #[derive(Scalars)] pub enum X { Bool(bool), Number(Number), String(String) }, told
    // apart by JSON type (the derive reads each variant's kind from its type).
    fn scalars_def(&self, name: &syn::Ident, variants: &[Variant]) -> TokenStream {
        let rt = &self.rt;
        let decls = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            let text = format!(" Sent as a JSON {}.", json_kind(&v.ty));
            quote!(#[doc = #text] #ident(#ty),)
        });
        let crate_attr = self.crate_attr("scalars");
        quote! {
            #[derive(Debug, Clone, PartialEq, #rt::Scalars)]
            #crate_attr
            #[non_exhaustive]
            pub enum #name {
                #(#decls)*
            }
        }
    }

    // #[derive(Tagged)] pub enum X { #[tagged("a")] A(A), Other(Value) }: each variant's
    // struct carries the tag property (a constant field), so encoding is the variant's own;
    // decoding looks at the tag first.
    fn tagged_def(
        &self,
        name: &syn::Ident,
        property: &str,
        variants: &[TaggedVariant],
    ) -> TokenStream {
        let rt = &self.rt;
        let serde_json = &self.serde_json;
        let decls = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            let text = format!(" `{property}: {}`", v.tag);
            let tag = &v.tag;
            quote!(#[doc = #text] #[tagged(#tag)] #ident(#ty),)
        });
        let runtime = self.config.runtime.replace(' ', "");
        let crate_setting = if runtime == "::personaclick_runtime" {
            quote!()
        } else {
            quote!(, crate = #runtime)
        };
        quote! {
            // Variants are models of very different sizes; values are short-lived, so no boxing.
            #[allow(clippy::large_enum_variant)]
            #[derive(Debug, Clone, PartialEq, #rt::Tagged)]
            #[tagged(property = #property #crate_setting)]
            #[non_exhaustive]
            pub enum #name {
                #(#decls)*
                /// A value whose tag the spec does not list, kept as sent.
                Other(#serde_json::Value),
            }
        }
    }

    // #[serde(untagged)] pub enum X { A(A), B(B) }: the first variant that decodes wins.
    fn union_def(&self, name: &syn::Ident, variants: &[Variant]) -> TokenStream {
        let rt = &self.rt;
        let serde_crate = format!("{}::__private::serde", self.config.runtime);
        // `From` each variant's content where the model allows it (`#[from]`).
        let decls = variants.iter().map(|v| {
            let ident = format_ident!("{}", v.ident);
            let ty = self.ty(&v.ty);
            let from = v.from.then(|| quote!(#[from]));
            quote!(#from #ident(#ty),)
        });
        let from_variants = variants
            .iter()
            .any(|v| v.from)
            .then(|| quote!(, #rt::FromVariants));
        // Text when every variant is (an id-or-name): it can be a path or query parameter.
        let kind_of = |n: &str| self.model.type_def(n).map(|t| &t.kind);
        let display = TypeRef::Named(name.to_string())
            .is_textual(&kind_of)
            .then(|| quote!(, #rt::VariantDisplay));
        quote! {
            // Variants are models of very different sizes; values are short-lived, so no boxing.
            #[allow(clippy::large_enum_variant)]
            #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize #from_variants #display)]
            #[serde(untagged, crate = #serde_crate)]
            #[non_exhaustive]
            // A variant is named after its type, which says all there is to say.
            #[allow(missing_docs)]
            pub enum #name {
                #(#decls)*
            }
        }
    }
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
