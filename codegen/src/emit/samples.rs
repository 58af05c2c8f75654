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

use crate::model::types::TextRules;
use crate::model::{Operation, TypeKind, TypeRef};

/// Deepest object nesting a sample builds.
const MAX_DEPTH: usize = 4;

impl Emitter<'_> {
    /// `pub async fn sample_call(client, operation) -> Option<Result<(), Error>>`.
    pub(crate) fn samples_file(&self) -> TokenStream {
        let rt = &self.rt;
        let arms = self.model.operations.iter().filter_map(|op| {
            let call = self.sample_call(op)?;
            let id = &op.id;
            Some(quote!(#id => ::std::option::Option::Some(#call.send().await.map(drop)),))
        });
        quote! {
            /// Calls `operation` on `client` with a sample value for every parameter and body
            /// property; `None` for an operation the spec does not have.
            #[allow(deprecated)]
            pub async fn sample_call(
                client: &#rt::Client,
                operation: &str,
            ) -> ::std::option::Option<::std::result::Result<(), #rt::Error>> {
                match operation {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    }

    fn sample_call(&self, op: &Operation) -> Option<TokenStream> {
        let tag = self.model.tags.iter().find(|t| t.name == op.tag)?;
        let tag = format_ident!("{}", tag.ident);
        let method = format_ident!("{}", op.method_name);
        let mut args = Vec::new();
        let mut setters = Vec::new();
        for input in &op.inputs {
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
        if op.body_object.as_ref().is_some_and(|b| b.extensible) {
            setters.push(quote!(.property("s-custom", "s-custom")));
        }
        Some(quote!(client.#tag().#method(#(#args),*)#(#setters)*))
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
        let text = sample_text(rules, name);
        Some(match ty {
            TypeRef::String => quote!(::std::string::String::from(#text)),
            TypeRef::Id => quote!(#rt::Id::from(#text)),
            TypeRef::Number => quote!(#rt::Number::from(7)),
            TypeRef::Int => quote!(7i64),
            TypeRef::Float => quote!(7.5f64),
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
        let def = self.model.types.iter().find(|t| t.name == type_name)?;
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

/// A string a validator accepts for `rules`: one that matches the `pattern`, else a value
/// of the `format` where it names one validators check, else `s-<name>`; padded to
/// `minLength`.
fn sample_text(rules: &TextRules, name: &str) -> String {
    let mut text = match (&rules.pattern, rules.format.as_deref()) {
        (Some(pattern), _) if let Some(text) = matching(pattern) => text,
        (_, Some(format)) if let Some(text) = format_sample(format) => text.to_string(),
        _ => format!("s-{name}"),
    };
    let min = rules.min_length.unwrap_or(0).min(4096) as usize;
    while text.chars().count() < min {
        text.push('s');
    }
    text
}

fn format_sample(format: &str) -> Option<&'static str> {
    Some(match format {
        "date-time" => "2024-01-02T03:04:05Z",
        "date" => "2024-01-02",
        "time" => "03:04:05Z",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "email" => "user@example.com",
        "uri" | "url" | "uri-reference" | "iri" => "https://example.com/sample",
        "hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "c2FtcGxl",
        _ => return None,
    })
}

/// The shortest plain string the regular expression `pattern` matches (each repetition
/// its minimum, each class its first character, each alternation its first branch), when
/// the pattern parses.
fn matching(pattern: &str) -> Option<String> {
    use regex_syntax::hir::{Class, Hir, HirKind};
    fn walk(hir: &Hir, out: &mut String) -> Option<()> {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(lit) => out.push_str(std::str::from_utf8(&lit.0).ok()?),
            HirKind::Class(Class::Unicode(class)) => out.push(class.ranges().first()?.start()),
            HirKind::Class(Class::Bytes(class)) => {
                out.push(char::from(class.ranges().first()?.start()))
            }
            HirKind::Repetition(rep) => {
                for _ in 0..rep.min.min(256) {
                    walk(&rep.sub, out)?;
                }
            }
            HirKind::Capture(cap) => walk(&cap.sub, out)?,
            HirKind::Concat(parts) => {
                for part in parts {
                    walk(part, out)?;
                }
            }
            HirKind::Alternation(branches) => walk(branches.first()?, out)?,
        }
        Some(())
    }
    // Lookarounds (which regex-syntax does not parse) only narrow what matches: the
    // shortest match of the rest usually passes them.
    let hir = match regex_syntax::parse(pattern) {
        Ok(hir) => hir,
        Err(_) => regex_syntax::parse(&without_lookarounds(pattern)).ok()?,
    };
    let mut out = String::new();
    walk(&hir, &mut out)?;
    Some(out)
}

/// `pattern` without its `(?=..)`, `(?!..)`, `(?<=..)` and `(?<!..)` groups.
fn without_lookarounds(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..chars.len().min(i + 4)].iter().collect();
        let look = ["(?<=", "(?<!", "(?=", "(?!"]
            .iter()
            .any(|start| rest.starts_with(start));
        if chars[i] == '\\' {
            out.extend(&chars[i..chars.len().min(i + 2)]);
            i += 2;
        } else if look {
            // Skip to the matching parenthesis, escapes and classes included.
            let mut depth = 0;
            let mut in_class = false;
            while i < chars.len() {
                match chars[i] {
                    '\\' => i += 1,
                    '[' => in_class = true,
                    ']' => in_class = false,
                    '(' if !in_class => depth += 1,
                    ')' if !in_class => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{TextRules, sample_text, without_lookarounds};

    #[test]
    fn lookarounds_are_left_out_of_the_sample() {
        let uuid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}$";
        let name = format!("^(?!{uuid})^[a-z]([a-zA-Z0-9-]*[a-zA-Z0-9]+)?$");
        assert_eq!(
            without_lookarounds(&name),
            "^^[a-z]([a-zA-Z0-9-]*[a-zA-Z0-9]+)?$"
        );
        assert_eq!(sample_text(&rules(None, Some(&name), None), "n"), "a");
        assert_eq!(without_lookarounds(r"a\(?=b)"), r"a\(?=b)");
    }

    fn rules(format: Option<&str>, pattern: Option<&str>, min_length: Option<u64>) -> TextRules {
        TextRules {
            format: format.map(str::to_string),
            pattern: pattern.map(str::to_string),
            min_length,
        }
    }

    #[test]
    fn samples_satisfy_patterns_formats_and_lengths() {
        assert_eq!(
            sample_text(&rules(None, Some("^MG[0-9a-fA-F]{32}$"), Some(34)), "sid"),
            format!("MG{}", "0".repeat(32))
        );
        assert_eq!(
            sample_text(&rules(Some("uuid"), None, None), "id").len(),
            36
        );
        assert_eq!(
            sample_text(&rules(Some("date"), None, None), "d"),
            "2024-01-02"
        );
        assert_eq!(sample_text(&rules(None, None, Some(5)), "a"), "s-ass");
        assert_eq!(
            sample_text(&rules(None, Some("^(ab|c)+x?$"), None), "p"),
            "ab"
        );
        // A pattern that does not parse falls back to the name.
        assert_eq!(sample_text(&rules(None, Some("(["), None), "n"), "s-n");
    }
}
