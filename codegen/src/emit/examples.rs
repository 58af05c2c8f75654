//! The `no_run` example in each sub-client method's docs: the call with every required
//! input, from the spec's example values where it has them, as a user of the crate writes
//! it (so it compiles as a doctest).
//!
//! Values: the input's documented example (the parameter's, or the property's in the
//! body's example), converted to the input's type; without one, a placeholder of that type
//! (strings and ids a value of their pattern or format, else their wire name; numbers 1,
//! booleans `true`, enums their first value, lists one item, objects their constructor).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::Emitter;
use crate::model::{Operation, OutputType, TextRules, TypeKind, TypeRef};

use super::MAX_SAMPLE_DEPTH as MAX_DEPTH;

/// Where a value goes: a method argument (`impl Into<T>` or `impl IntoList<T>`, so `"a"` and
/// `["a"]` do) or a constructor field of exactly its type (`vec![..]`, `String`).
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Argument,
    Exact,
}

/// What a value is made from: the documented example, the name to fall back on, and the
/// schema's rules for strings.
#[derive(Clone, Copy)]
struct Seed<'a> {
    example: Option<&'a Value>,
    name: &'a str,
    rules: &'a TextRules,
}

impl<'a> Seed<'a> {
    fn new(example: Option<&'a Value>, name: &'a str, rules: &'a TextRules) -> Self {
        Seed {
            example,
            name,
            rules,
        }
    }
}

/// No rules: for map values and tagged-union contents, whose schemas are not recorded.
static NO_RULES: TextRules = TextRules {
    format: None,
    pattern: None,
    min_length: None,
    minimum: None,
    maximum: None,
    integer: false,
};

impl Emitter<'_> {
    /// The doc lines of the example, or nothing when no crate name is configured or a
    /// required input has no value an example can write.
    pub(super) fn doc_example(&self, op: &Operation) -> TokenStream {
        let Some(krate) = self.config.examples_crate.as_deref() else {
            return quote!();
        };
        let Some(code) = self.example_code(op, krate) else {
            return quote!();
        };
        // A fenced block may follow the paragraph directly.
        let mut lines = vec![" ```no_run".to_string()];
        // The client type is the handle that reaches the operation.
        let client = op
            .handle
            .as_deref()
            .and_then(|marker| self.model.handle_context(marker)?.handle.as_ref())
            .map_or("Client", |h| h.alias.as_str());
        lines.push(format!(
            " # async fn example(client: {krate}::{client}) -> Result<(), {krate}::Error> {{"
        ));
        lines.extend(code.lines().map(|l| format!(" {l}")));
        lines.push(" # Ok(()) }".to_string());
        lines.push(" ```".to_string());
        quote!(#(#[doc = #lines])*)
    }

    /// The statement of the example, formatted: `let answer = client.a().b(..).send().await?;`.
    fn example_code(&self, op: &Operation, krate: &str) -> Option<String> {
        let tag = self.model.tags.iter().find(|t| t.name == op.tag)?;
        let tag = format_ident!("{}", tag.ident);
        let method = format_ident!("{}", op.method_name);
        // Many required inputs go in the operation's struct of named fields, exactly typed.
        let place = match op.args_type {
            Some(_) => Place::Exact,
            None => Place::Argument,
        };
        let required: Vec<_> = op.inputs.iter().filter(|i| i.required).collect();
        let mut args = required
            .iter()
            .map(|i| {
                let seed = Seed::new(i.example.as_ref(), &i.name, &i.text);
                self.example_value(krate, &i.ty, seed, place, 0)
            })
            .collect::<Option<Vec<_>>>()?;
        if let Some(args_type) = &op.args_type {
            let path: syn::Path =
                syn::parse_str(&format!("{krate}::operations::{args_type}")).ok()?;
            let fields = required.iter().zip(&args).map(|(i, value)| {
                let ident = format_ident!("{}", i.ident);
                quote!(#ident: #value)
            });
            args = vec![quote!(#path { #(#fields),* })];
        }
        let call = quote!(client.#tag().#method(#(#args),*).send().await?);
        let statement = if matches!(op.output.ty, OutputType::Empty) {
            quote!(#call;)
        } else {
            quote!(let answer = #call;)
        };
        // Formatted inside a function, then taken out of it.
        let file: syn::File = syn::parse2(quote!(async fn example() { #statement })).ok()?;
        let text = prettyplease::unparse(&file);
        let body: Vec<&str> = text.lines().collect();
        let inner = body.get(1..body.len().checked_sub(1)?)?;
        Some(
            inner
                .iter()
                .map(|l| l.strip_prefix("    ").unwrap_or(l))
                .collect::<Vec<_>>()
                .join("\n"),
        )
    }

    /// An expression for `ty` in `place`, from `example` where it fits the type.
    fn example_value(
        &self,
        krate: &str,
        ty: &TypeRef,
        seed: Seed<'_>,
        place: Place,
        depth: usize,
    ) -> Option<TokenStream> {
        let Seed {
            example,
            name,
            rules,
        } = seed;
        let krate_path: syn::Path = syn::parse_str(krate).ok()?;
        let text = match example {
            Some(Value::String(s)) => s.clone(),
            Some(v @ (Value::Number(_) | Value::Bool(_))) => v.to_string(),
            _ => rules.sample_or(name.to_string()),
        };
        Some(match ty {
            TypeRef::String if place == Place::Argument => quote!(#text),
            TypeRef::String => quote!(#text.to_string()),
            TypeRef::Id => match example.and_then(Value::as_i64) {
                Some(n) if place == Place::Argument => {
                    let n = proc_macro2::Literal::i64_unsuffixed(n);
                    quote!(#n)
                }
                _ if place == Place::Argument => quote!(#text),
                _ => quote!(#krate_path::Id::from(#text)),
            },
            TypeRef::Int => {
                let n = proc_macro2::Literal::i64_unsuffixed(
                    example
                        .and_then(Value::as_i64)
                        .unwrap_or_else(|| rules.number(1.0).clamp(-1e15, 1e15) as i64),
                );
                quote!(#n)
            }
            TypeRef::Float | TypeRef::Number => {
                let n = example
                    .and_then(Value::as_f64)
                    .unwrap_or_else(|| rules.number(1.5));
                let n = if n.is_finite() { n } else { 1.5 };
                // A whole number is written as an integer (an integer field's `1`, not `1.0`).
                let n = if matches!(ty, TypeRef::Number) && n.fract() == 0.0 && n.abs() < 1e15 {
                    proc_macro2::Literal::i64_unsuffixed(n as i64)
                } else {
                    proc_macro2::Literal::f64_unsuffixed(n)
                };
                if matches!(ty, TypeRef::Number) && place == Place::Exact {
                    quote!(#krate_path::Number::from(#n))
                } else {
                    quote!(#n)
                }
            }
            TypeRef::Bool => {
                let b = example.and_then(Value::as_bool).unwrap_or(true);
                quote!(#b)
            }
            TypeRef::Any => {
                let json = example.cloned().unwrap_or(Value::String(text));
                let json = serde_json::to_string(&json).ok()?;
                let json: TokenStream = json.parse().ok()?;
                quote!(serde_json::json!(#json))
            }
            TypeRef::Array(inner) => {
                let first = match example {
                    Some(Value::Array(items)) => items.first(),
                    _ => None,
                };
                // `IntoList<String>` takes `&str` items; other items are of their own type.
                let item_place = match (place, &**inner) {
                    (Place::Argument, TypeRef::String | TypeRef::Id) => Place::Argument,
                    _ => Place::Exact,
                };
                let item_seed = Seed::new(first, name, rules);
                let item = self.example_value(krate, inner, item_seed, item_place, depth)?;
                match place {
                    Place::Argument => quote!([#item]),
                    Place::Exact => quote!(::std::vec![#item]),
                }
            }
            TypeRef::Map(inner) => {
                let (key, value) = match example {
                    Some(Value::Object(map)) => map
                        .iter()
                        .next()
                        .map_or(("key".to_string(), None), |(k, v)| (k.clone(), Some(v))),
                    _ => ("key".to_string(), None),
                };
                let value_seed = Seed::new(value, &key, &NO_RULES);
                let value = self.example_value(krate, inner, value_seed, Place::Exact, depth)?;
                match place {
                    Place::Argument => quote!([(#key, #value)]),
                    Place::Exact => {
                        quote!(::std::collections::BTreeMap::from([(#key.to_string(), #value)]))
                    }
                }
            }
            TypeRef::Named(type_name) => {
                return self.example_named(krate, type_name, seed, place, depth);
            }
            // The runtime's byte and file types are not part of the facade an example uses.
            TypeRef::Bytes | TypeRef::File => return None,
        })
    }

    fn example_named(
        &self,
        krate: &str,
        type_name: &str,
        seed: Seed<'_>,
        place: Place,
        depth: usize,
    ) -> Option<TokenStream> {
        if depth > MAX_DEPTH {
            return None;
        }
        let Seed { example, name, .. } = seed;
        let def = self.model.type_def(type_name)?;
        let path: syn::Path = syn::parse_str(&format!("{krate}::types::{type_name}")).ok()?;
        match &def.kind {
            TypeKind::Enum { values } => {
                let chosen = example
                    .and_then(Value::as_str)
                    .and_then(|e| values.iter().find(|v| v.json == e))
                    .or(values.first())?;
                let variant = format_ident!("{}", chosen.ident);
                Some(quote!(#path::#variant))
            }
            TypeKind::Struct { fields, .. } => {
                let mut args = Vec::new();
                for f in fields
                    .iter()
                    .filter(|f| !f.is_optional() && f.constant.is_none())
                {
                    let nested = example.and_then(|e| e.get(&f.json));
                    let field = Seed::new(nested, &f.json, &f.text);
                    let mut value =
                        self.example_value(krate, &f.ty, field, Place::Exact, depth + 1)?;
                    if f.pii {
                        let krate_path: syn::Path = syn::parse_str(krate).ok()?;
                        value = match &f.ty {
                            TypeRef::Array(_) => quote!(#value
                                .into_iter()
                                .map(#krate_path::Pii::new)
                                .collect::<::std::vec::Vec<_>>()),
                            _ => quote!(#krate_path::Pii::new(#value)),
                        };
                    }
                    if f.boxed {
                        value = quote!(::std::boxed::Box::new(#value));
                    }
                    args.push(value);
                }
                Some(quote!(#path::new(#(#args),*)))
            }
            TypeKind::Scalars { variants } | TypeKind::Union { variants } => {
                let first = variants.first()?;
                let ident = format_ident!("{}", first.ident);
                let content = Seed::new(example, name, &first.text);
                let value =
                    self.example_value(krate, &first.ty, content, Place::Exact, depth + 1)?;
                Some(quote!(#path::#ident(#value)))
            }
            TypeKind::Tagged { variants, .. } => {
                let first = variants.first()?;
                let content = Seed::new(example, name, &NO_RULES);
                let value =
                    self.example_value(krate, &first.ty, content, Place::Exact, depth + 1)?;
                Some(quote!(#path::from(#value)))
            }
            TypeKind::Alias(target) => self.example_value(krate, target, seed, place, depth + 1),
        }
    }
}
