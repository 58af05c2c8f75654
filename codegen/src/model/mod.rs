//! The intermediate model: what the generated code will contain, decided before any token
//! is written. It can be printed (`Debug`) and asserted on in tests.
//!
//! Built in two passes over a loaded [`Document`]: named types first ([`types`]), then
//! operations (`paths`, with `params`, `bodies`, `responses` and `extensions`), which may
//! add inline types of their own; `document` reads the document-level lists. Once every
//! type is known, `inputs` decides each request builder's inputs. [`operations`] holds the
//! operation side's types: everything the emitter renders, names included, is decided here.

mod bodies;
mod conversions;
mod credentials;
mod cycles;
mod document;
mod extensions;
mod handles;
mod inputs;
mod media;
mod normalize;
pub mod operations;
mod params;
mod paths;
mod resolve;
mod responses;
mod schemas;
mod shared_examples;
mod text_rules;
pub mod types;

use std::collections::BTreeMap;

use indexmap::IndexMap;
use openapiv3::{Components, ReferenceOr};
use serde_json::Value;

use crate::diagnostic::{Diagnostic, join};
use crate::load::Document;

pub use credentials::CredentialSlot;
pub use operations::{
    Batch, Body, BodyEncoding, BodyObject, Context, ContextFill, ContextParam, FieldStep, Input,
    InputSource, ItemsAccess, MockAnswer, MockExample, Operation, Output, OutputType, Pagination,
    Param, ParamLocation, ParamStyle, PathPart, Response, SecurityScheme, SharedMeta, Status,
    StatusMatch, Tag, VariantFills, VariantPath,
};
pub use types::{
    CredentialField, EnumValue, Field, TaggedVariant, TextRules, TypeDef, TypeKind, TypeRef,
    Variant,
};

/// Everything the emitter needs.
#[derive(Debug)]
pub struct Model {
    /// Named types, sorted by name.
    pub types: Vec<TypeDef>,
    /// Operations, sorted by tag, then method name.
    pub operations: Vec<Operation>,
    /// Tags that have operations, sorted by name.
    pub tags: Vec<Tag>,
    /// Security schemes, sorted by id.
    pub security_schemes: Vec<SecurityScheme>,
    /// Security alternatives every operation requires at least (credentials the client
    /// cannot do without), as scheme ids.
    pub global_security: Vec<String>,
    /// Where scheme values are written as body properties (see `x-credential`), sorted by
    /// scheme and property.
    pub credential_slots: Vec<CredentialSlot>,
    /// Parameter contexts (`x-contexts`), sorted by name.
    pub contexts: Vec<Context>,
    /// What most operations' table entries share, written once.
    pub shared_meta: SharedMeta,
    /// The first server URL (`servers[0].url`), or empty.
    pub server: String,
    /// `x-form-style: brackets` at the document's root: form bodies write lists of scalars
    /// in Rack/Rails bracket notation (`tags[]=x`) instead of OpenAPI's repeated key
    /// (`tags=x&tags=y`), which OpenAPI 3.0 cannot say.
    pub form_brackets: bool,
    /// Warnings collected while building.
    pub warnings: Vec<Diagnostic>,
    /// The errors of the operations that were left out because of them (each is also a
    /// warning in `warnings`): a caller that wants every operation or none (the CLI's
    /// `--strict`) refuses the document when this is not empty.
    pub skipped: Vec<Diagnostic>,
}

impl Model {
    /// The handle a client holding every credential is: that of the one credential
    /// context some calls need (`None`, the root handle, without one or with several).
    pub fn full_handle(&self) -> Option<&operations::ContextHandle> {
        let mut handles = self
            .contexts
            .iter()
            .filter(|c| !c.credentials.is_empty())
            .filter_map(|c| c.handle.as_ref());
        let first = handles.next();
        if handles.next().is_some() {
            return None;
        }
        first
    }

    /// The context of the handle with this marker (see [`Operation::handle`]).
    ///
    /// [`Operation::handle`]: operations::Operation::handle
    pub fn handle_context(&self, marker: &str) -> Option<&operations::Context> {
        self.contexts
            .iter()
            .find(|c| c.handle.as_ref().is_some_and(|h| h.marker == marker))
    }

    /// The named type `name` (types are sorted by name).
    pub fn type_def(&self, name: &str) -> Option<&TypeDef> {
        let at = self
            .types
            .binary_search_by(|t| t.name.as_str().cmp(name))
            .ok()?;
        self.types.get(at)
    }

    /// `ty` with other names followed to what they name (an alias of an alias of a list is
    /// the list); a name that is not an alias, or a chain deeper than 16, stays as it is.
    pub fn unaliased<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        let mut ty = ty;
        for _ in 0..16 {
            let TypeRef::Named(name) = ty else { break };
            match self.type_def(name).map(|d| &d.kind) {
                Some(TypeKind::Alias(target)) => ty = target,
                _ => break,
            }
        }
        ty
    }
}

/// Builds the model, or returns every error found.
pub fn build(doc: &Document) -> Result<Model, Vec<Diagnostic>> {
    let mut cx = Builder {
        doc,
        types: BTreeMap::new(),
        diagnostics: Vec::new(),
        skipped: Vec::new(),
        names: Default::default(),
        components: Default::default(),
    };
    cx.component_types();
    let form_brackets = match doc.raw.get("x-form-style") {
        None => false,
        Some(Value::String(style)) if style == "brackets" => true,
        Some(_) => {
            cx.error(
                "/x-form-style",
                "`x-form-style` takes one value: `brackets`",
            );
            false
        }
    };
    let ops = paths::build(&mut cx);
    let Builder {
        types,
        diagnostics,
        skipped,
        ..
    } = cx;
    let skipped: Vec<Diagnostic> = skipped.into_iter().map(|d| doc.locate(d)).collect();
    let (errors, warnings): (Vec<_>, Vec<_>) = diagnostics
        .into_iter()
        .map(|d| doc.locate(d))
        .partition(Diagnostic::is_error);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut types = types;
    conversions::decide(&mut types);
    let types: Vec<TypeDef> = types.into_values().collect();
    let (mut operations, tags, security_schemes, global_security, contexts) = ops;
    let shared_meta = SharedMeta::decide(&mut operations);
    let credential_slots = credentials::slots(&operations, &security_schemes);
    let server = doc
        .api
        .servers
        .first()
        .map(|s| s.url.trim_end_matches('/').to_string())
        .unwrap_or_default();
    Ok(Model {
        types,
        operations,
        tags,
        security_schemes,
        global_security,
        credential_slots,
        contexts,
        shared_meta,
        server,
        form_brackets,
        warnings,
        skipped,
    })
}

/// Shared state of the passes.
pub(crate) struct Builder<'a> {
    pub doc: &'a Document,
    /// Types by Rust name.
    pub types: BTreeMap<String, TypeDef>,
    pub diagnostics: Vec<Diagnostic>,
    /// The errors of operations that were left out (see `Model::skipped`).
    pub skipped: Vec<Diagnostic>,
    /// Rust type names taken, for collision checks.
    pub names: crate::naming::Scope,
    /// Component schema name → Rust name.
    pub components: BTreeMap<String, String>,
}

impl Builder<'_> {
    pub(crate) fn error(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(pointer, message));
    }

    pub(crate) fn warn(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::warning(pointer, message));
    }

    /// An `x-` extension at a pointer, read from the raw JSON.
    pub(crate) fn extension(&self, pointer: &str, name: &str) -> Option<&Value> {
        self.doc.raw_at(pointer)?.get(name)
    }

    /// What the string schema at a pointer says its values look like (`format`, `pattern`,
    /// `minLength`), following `$ref`s, one-part `allOf`s and, for a list, its `items` (the
    /// rules of each item); the nearest value of each wins.
    pub(crate) fn text_rules(&self, pointer: &str) -> types::TextRules {
        let mut rules = types::TextRules::default();
        let mut at = pointer.to_string();
        for _ in 0..8 {
            let Some(node) = self.doc.raw_at(&at) else {
                break;
            };
            let text = |key: &str| node.get(key).and_then(Value::as_str).map(str::to_string);
            rules.format = rules.format.or_else(|| text("format"));
            rules.pattern = rules.pattern.or_else(|| text("pattern"));
            rules.min_length = rules
                .min_length
                .or_else(|| node.get("minLength").and_then(Value::as_u64));
            // 3.0 writes an exclusive bound as `exclusiveMinimum: true` beside `minimum`.
            let bound = |key: &str, exclusive: &str| {
                let n = node.get(key).and_then(Value::as_f64)?;
                Some((n, node.get(exclusive) == Some(&Value::Bool(true))))
            };
            rules.minimum = rules
                .minimum
                .or_else(|| bound("minimum", "exclusiveMinimum"));
            rules.maximum = rules
                .maximum
                .or_else(|| bound("maximum", "exclusiveMaximum"));
            rules.integer |= node.get("type").and_then(Value::as_str) == Some("integer");
            if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
                match reference.strip_prefix('#') {
                    Some(next) => at = next.to_string(),
                    None => break,
                }
                continue;
            }
            if node.get("items").is_some_and(Value::is_object) {
                at = format!("{at}/items");
                continue;
            }
            // A value or null (`anyOf: [X, {type: 'null'}]`, as 3.1 documents write it): X.
            let parts = ["anyOf", "oneOf"]
                .iter()
                .find_map(|k| node.get(*k).and_then(Value::as_array));
            if let Some(parts) = parts {
                let real: Vec<usize> = (0..parts.len())
                    .filter(|i| parts[*i].get("type").and_then(Value::as_str) != Some("null"))
                    .collect();
                if let [only] = real[..] {
                    let key = if node.get("anyOf").is_some() {
                        "anyOf"
                    } else {
                        "oneOf"
                    };
                    at = format!("{at}/{key}/{only}");
                    continue;
                }
            }
            match node.get("allOf").and_then(Value::as_array) {
                Some(parts) if parts.len() == 1 => at = format!("{at}/allOf/0"),
                _ => break,
            }
        }
        rules
    }

    /// The value of a documented example, given in place or by `$ref` to
    /// `#/components/examples/<name>`; the reference, when it does not resolve.
    pub(crate) fn example_value<'e>(
        &self,
        example: &'e ReferenceOr<openapiv3::Example>,
    ) -> Result<Option<Value>, &'e str> {
        match example {
            ReferenceOr::Item(example) => Ok(example.value.clone()),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/examples/")
                .and_then(|n| self.doc.api.components.as_ref()?.examples.get(n))
                .and_then(ReferenceOr::as_item)
                .map(|e| e.value.clone())
                .ok_or(reference.as_str()),
        }
    }

    /// `x-name: true` at a pointer.
    pub(crate) fn flag(&self, pointer: &str, name: &str) -> bool {
        self.extension(pointer, name)
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    /// A component given in place or by `$ref` to `#/components/<section>/<name>`: where
    /// it is and its value, or an error at `at` when the reference does not resolve.
    pub(crate) fn component<T: Clone>(
        &mut self,
        at: &str,
        item: &ReferenceOr<T>,
        section: &str,
        pick: fn(&Components) -> &IndexMap<String, ReferenceOr<T>>,
    ) -> Option<(String, T)> {
        let reference = match item {
            ReferenceOr::Item(item) => return Some((at.to_string(), item.clone())),
            ReferenceOr::Reference { reference } => reference,
        };
        let name = reference.strip_prefix(&format!("#/components/{section}/"));
        let found = name
            .and_then(|n| pick(self.doc.api.components.as_ref()?).get(n))
            .and_then(ReferenceOr::as_item)
            .cloned();
        match (name, found) {
            (Some(n), Some(found)) => Some((join(&format!("/components/{section}"), n), found)),
            _ => {
                self.error(
                    join(at, "$ref"),
                    format!("unresolved reference `{reference}`"),
                );
                None
            }
        }
    }

    /// `x-aliases` at a pointer, checked.
    pub(crate) fn aliases(&mut self, pointer: &str) -> Vec<String> {
        match self.extension(pointer, "x-aliases") {
            None => Vec::new(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Some(_) => {
                self.error(
                    join(pointer, "x-aliases"),
                    "`x-aliases` must be a list of names",
                );
                Vec::new()
            }
        }
    }
}
