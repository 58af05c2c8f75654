//! Schemas → named Rust types.
//!
//! Rules (the same for every document):
//! - objects with properties become structs; every struct keeps fields it does not know;
//! - `type: integer` and `type: number` become the runtime's lenient `Number` in models, and
//!   `i64` / `f64` in parameters;
//! - a `oneOf` of exactly string and integer becomes the runtime's `Id`; other `oneOf`s of
//!   scalars become enums that dispatch on the JSON type; other `oneOf`/`anyOf` become
//!   untagged enums;
//! - string enums become enums with a catch-all `Other(String)`;
//! - `additionalProperties` without properties becomes a map, `{}` becomes any JSON value;
//! - `allOf` merges the properties of its parts.

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::Builder;
use super::text_rules::is_numeric_pattern;
use crate::diagnostic::join;
use crate::naming::{Scope, camel, snake};

use super::types::{
    CredentialField, EnumValue, Field, TaggedVariant, TypeDef, TypeKind, TypeRef, Use, Variant,
};

pub(super) const COMPONENTS: &str = "#/components/schemas/";

impl Builder<'_> {
    /// Registers every component schema under its Rust name.
    pub(crate) fn component_types(&mut self) {
        let Some(components) = &self.doc.api.components else {
            return;
        };
        let names: Vec<String> = components.schemas.keys().cloned().collect();
        // Claim names first, so references resolve whatever the order.
        let mut claimed = Vec::new();
        for name in &names {
            let (rust, changed) = self.names.claim(&camel(name));
            if changed {
                self.warn(
                    join("/components/schemas", name),
                    format!("type name `{}` is taken; using `{rust}`", camel(name)),
                );
            }
            self.components.insert(name.clone(), rust.clone());
            claimed.push(rust);
        }
        for (name, rust) in names.iter().zip(claimed) {
            let pointer = join("/components/schemas", name);
            let schema = components.schemas[name].clone();
            match schema {
                ReferenceOr::Item(schema) => self.define(&rust, &pointer, &schema),
                ReferenceOr::Reference { reference } => {
                    let target = self.reference(&reference, &pointer, Use::Model);
                    let def = TypeDef {
                        name: rust.clone(),
                        pointer,
                        doc: None,
                        deprecated: false,
                        kind: TypeKind::Alias(target),
                    };
                    self.types.insert(rust, def);
                }
            }
        }
    }

    /// The Rust name of a component schema, as claimed.
    pub(super) fn component_name(&self, name: &str) -> Option<String> {
        self.components.get(name).cloned()
    }

    /// Defines a named type from a schema.
    pub(super) fn define(&mut self, name: &str, pointer: &str, schema: &Schema) {
        if let Some((schema, warning)) = super::normalize::normalized(schema) {
            if let Some(warning) = warning {
                self.warn(pointer, warning);
            }
            return self.define(name, pointer, &schema);
        }
        let data = &schema.schema_data;
        let discriminated = match (&schema.schema_kind, &data.discriminator) {
            (SchemaKind::OneOf { one_of }, Some(d))
                if one_of
                    .iter()
                    .all(|p| matches!(p, ReferenceOr::Reference { .. })) =>
            {
                Some(self.tagged_kind(pointer, one_of, d))
            }
            (SchemaKind::OneOf { .. }, Some(_)) => {
                self.warn(
                    join(pointer, "discriminator"),
                    "a `discriminator` over inline schemas is not used: the variants are told apart by trying each",
                );
                None
            }
            _ => None,
        };
        let kind = match &schema.schema_kind {
            _ if discriminated.is_some() => discriminated.unwrap_or(TypeKind::Union {
                variants: Vec::new(),
            }),
            SchemaKind::Type(Type::Object(object)) if !object.properties.is_empty() => self
                .struct_kind(
                    name,
                    pointer,
                    &object.properties,
                    &object.required,
                    object.additional_properties.as_ref(),
                    &Default::default(),
                ),
            SchemaKind::Any(any) if !any.properties.is_empty() => self.struct_kind(
                name,
                pointer,
                &any.properties,
                &any.required,
                any.additional_properties.as_ref(),
                &Default::default(),
            ),
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.enum_kind(pointer, &s.enumeration)
            }
            SchemaKind::OneOf { one_of } | SchemaKind::AnyOf { any_of: one_of } => {
                let key = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                    "oneOf"
                } else {
                    "anyOf"
                };
                self.one_of_kind(name, &join(pointer, key), one_of)
            }
            SchemaKind::AllOf { all_of } => self.all_of_kind(name, &join(pointer, "allOf"), all_of),
            _ => TypeKind::Alias(self.inline(schema, pointer, name, Use::Model)),
        };
        let def = TypeDef {
            name: name.to_string(),
            pointer: pointer.to_string(),
            doc: data.description.clone().or_else(|| data.title.clone()),
            deprecated: data.deprecated,
            kind,
        };
        self.types.insert(name.to_string(), def);
    }

    fn struct_kind(
        &mut self,
        name: &str,
        pointer: &str,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        declared_at: &indexmap::IndexMap<String, String>,
    ) -> TypeKind {
        // Names that are already snake case get their own spelling first, so `_id` cannot take
        // `id` away from `id`.
        let mut scope = Scope::with_reserved(&["extra"]);
        let mut idents: std::collections::BTreeMap<&str, (String, bool)> = Default::default();
        let exact = properties.keys().filter(|k| snake(k) == **k);
        let others = properties.keys().filter(|k| snake(k) != **k);
        for json in exact.chain(others) {
            // `_id` beside `id` reads better as `underscore_id` than as `id_2`.
            let wanted = if json.starts_with('_') && scope.is_taken(&snake(json)) {
                format!("underscore_{}", snake(json))
            } else {
                snake(json)
            };
            idents.insert(json, scope.claim(&wanted));
        }
        let mut fields = Vec::new();
        let mut credentials = Vec::new();
        for (json, schema) in properties {
            // Where the property is written: here, or in the `allOf` part it came from (its
            // extensions, and the places of its diagnostics, are read there).
            let owner = declared_at.get(json).map_or(pointer, String::as_str);
            let at = join(&join(owner, "properties"), json);
            if let Some(scheme) = self.credential_of(&at, schema) {
                credentials.push(CredentialField {
                    json: json.clone(),
                    scheme,
                    required: required.contains(json),
                });
                continue;
            }
            let (ident, changed) = idents[json.as_str()].clone();
            if changed {
                self.warn(
                    &at,
                    format!(
                        "field name `{}` is taken in `{name}`; using `{ident}`",
                        snake(json)
                    ),
                );
            }
            let hint = format!("{name}{}", camel(json));
            let ty = self.resolve_boxed(schema, &at, &hint, Use::Model);
            let (nullable, deprecated, doc) = self.schema_meta(schema);
            // `x-pii` and `x-aliases` hold where the property says so, or where the schema
            // it refers to (or, for a list, its items' schema) says so.
            let targets = self.referenced(schema);
            let pii = self.flag(&at, "x-pii") || targets.iter().any(|t| self.flag(t, "x-pii"));
            let mut aliases = self.aliases(&at);
            if let (true, Some(target)) = (aliases.is_empty(), targets.first()) {
                aliases = self.aliases(target);
            }
            let constant = if required.contains(json) {
                self.single_value(schema)
            } else {
                None
            };
            fields.push(Field {
                json: json.clone(),
                aliases,
                ident,
                ty,
                required: required.contains(json),
                nullable,
                pii,
                boxed: false,
                deprecated,
                doc,
                constant,
                text: self.text_rules(&at),
            });
        }
        for name_required in required {
            if !properties.contains_key(name_required) {
                self.warn(
                    join(pointer, "required"),
                    format!("`{name_required}` is required but not a property"),
                );
            }
        }
        let additional = match additional {
            None | Some(AdditionalProperties::Any(false)) => None,
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Any),
            Some(AdditionalProperties::Schema(schema)) => Some(self.resolve(
                schema,
                &join(pointer, "additionalProperties"),
                &format!("{name}Value"),
                Use::Model,
            )),
        };
        TypeKind::Struct {
            fields,
            additional,
            credentials,
        }
    }

    /// The scheme a property carries (`x-credential`, on the property or on the schema it
    /// refers to), checked to be a declared scheme.
    fn credential_of(&mut self, at: &str, schema: &ReferenceOr<Box<Schema>>) -> Option<String> {
        let (place, value) = std::iter::once(at.to_string())
            .chain(self.referenced(schema))
            .find_map(|p| Some((p.clone(), self.extension(&p, "x-credential")?.clone())))?;
        let place = join(&place, "x-credential");
        let Value::String(scheme) = value else {
            self.error(place, "`x-credential` must name a security scheme");
            return None;
        };
        let declared = self
            .doc
            .api
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(&scheme));
        match declared {
            None => {
                self.error(place, format!("unknown security scheme `{scheme}`"));
                None
            }
            // A value the client holds as one string: an API key.
            Some(ReferenceOr::Item(openapiv3::SecurityScheme::APIKey { .. })) => Some(scheme),
            Some(_) => {
                self.error(
                    place,
                    format!("`x-credential` names `{scheme}`, which is not an `apiKey` scheme"),
                );
                None
            }
        }
    }

    pub(super) fn enum_kind(&mut self, pointer: &str, values: &[Option<String>]) -> TypeKind {
        let mut scope = Scope::with_reserved(&["Other"]);
        let mut out = Vec::new();
        for value in values.iter().flatten() {
            if out.iter().any(|v: &EnumValue| &v.json == value) {
                continue;
            }
            let (ident, changed) = scope.claim(&camel(value));
            if changed {
                self.warn(
                    join(pointer, "enum"),
                    format!("enum value `{value}` is named `{ident}`"),
                );
            }
            out.push(EnumValue {
                json: value.clone(),
                ident,
            });
        }
        TypeKind::Enum { values: out }
    }

    /// The value of a one-value string enum (inline or referenced).
    fn single_value(&self, schema: &ReferenceOr<Box<Schema>>) -> Option<String> {
        let schema: &Schema = match schema {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => reference
                .strip_prefix(COMPONENTS)
                .and_then(|n| self.doc.api.components.as_ref()?.schemas.get(n))?
                .as_item()?,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if s.enumeration.len() == 1 => {
                s.enumeration[0].clone()
            }
            _ => None,
        }
    }

    /// A `oneOf` of references with a `discriminator`.
    fn tagged_kind(
        &mut self,
        pointer: &str,
        schemas: &[ReferenceOr<Schema>],
        d: &openapiv3::Discriminator,
    ) -> TypeKind {
        let mut scope = Scope::with_reserved(&["Other"]);
        let mut variants = Vec::new();
        for (i, schema) in schemas.iter().enumerate() {
            let at = join(&join(pointer, "oneOf"), &i.to_string());
            let ReferenceOr::Reference { reference } = schema else {
                self.error(&at, "a `oneOf` with a `discriminator` must list `$ref`s");
                continue;
            };
            let component = reference
                .strip_prefix(COMPONENTS)
                .unwrap_or(reference)
                .to_string();
            let tag = d
                .mapping
                .iter()
                .find(|(_, target)| *target == reference || **target == component)
                .map(|(tag, _)| tag.clone())
                .unwrap_or_else(|| component.clone());
            let ty = self.reference(reference, &at, Use::Model);
            let (ident, _) = scope.claim(&camel(&tag));
            variants.push(TaggedVariant { tag, ident, ty });
        }
        TypeKind::Tagged {
            property: d.property_name.clone(),
            variants,
        }
    }

    fn one_of_kind(
        &mut self,
        name: &str,
        pointer: &str,
        schemas: &[ReferenceOr<Schema>],
    ) -> TypeKind {
        // A `oneOf` of one-value string enums (how dropshot writes an enum whose values are
        // documented one by one) is that enum.
        let singles: Option<Vec<Option<String>>> = schemas
            .iter()
            .map(|s| match s {
                ReferenceOr::Item(s) => match &s.schema_kind {
                    SchemaKind::Type(Type::String(t)) if t.enumeration.len() == 1 => {
                        Some(t.enumeration[0].clone())
                    }
                    _ => None,
                },
                ReferenceOr::Reference { .. } => None,
            })
            .collect();
        if let Some(values) = singles.filter(|v| !v.is_empty() && v.iter().all(Option::is_some)) {
            return self.enum_kind(pointer, &values);
        }
        if let Some(scalar) = self.scalar_union(schemas) {
            return match scalar {
                ScalarUnion::Id => TypeKind::Alias(TypeRef::Id),
                ScalarUnion::Number => TypeKind::Alias(TypeRef::Number),
                ScalarUnion::Variants(variants) => TypeKind::Scalars { variants },
            };
        }
        let mut scope = Scope::default();
        let mut variants = Vec::new();
        for (i, schema) in schemas.iter().enumerate() {
            let at = join(pointer, &i.to_string());
            let ty = self.resolve(schema, &at, &format!("{name}Variant{i}"), Use::Model);
            // A part's `title` names its variant (`id`, `name`); else its type does.
            let title = match schema {
                ReferenceOr::Item(s) => s.schema_data.title.as_deref().map(camel),
                ReferenceOr::Reference { .. } => None,
            };
            let wanted = match (title, &ty) {
                (Some(title), _) if !title.is_empty() => title,
                (_, TypeRef::Named(n)) => n.clone(),
                (_, other) => variant_label(other).to_string(),
            };
            let (ident, _) = scope.claim(&wanted);
            variants.push(Variant {
                ident,
                ty,
                from: false,
                text: self.text_rules(&at),
            });
        }
        if variants.is_empty() {
            self.error(pointer, "`oneOf` needs at least one schema");
        }
        TypeKind::Union { variants }
    }

    fn all_of_kind(
        &mut self,
        name: &str,
        pointer: &str,
        parts: &[ReferenceOr<Schema>],
    ) -> TypeKind {
        // One real part and decorations: that part (an `allOf: [anyOf: ..]`, say).
        if let Some(i) = super::resolve::substantive_part(parts) {
            let ty = self.resolve(
                &parts[i],
                &join(pointer, &i.to_string()),
                &format!("{name}Value"),
                Use::Model,
            );
            return TypeKind::Alias(ty);
        }
        let mut merged = Merged::default();
        self.merge_all_of(pointer, parts, &mut merged);
        if merged.not_objects {
            return TypeKind::Alias(TypeRef::Any);
        }
        self.struct_kind(
            name,
            pointer,
            &merged.properties,
            &merged.required,
            merged.additional.as_ref(),
            &merged.declared_at,
        )
    }

    /// Collects the properties of `allOf` parts, following references and nested `allOf`s.
    fn merge_all_of(&mut self, pointer: &str, parts: &[ReferenceOr<Schema>], merged: &mut Merged) {
        for (i, part) in parts.iter().enumerate() {
            let at = join(pointer, &i.to_string());
            let Some((owner, schema)) = self.deref_schema(part, &at) else {
                continue;
            };
            match &schema.schema_kind {
                SchemaKind::Type(Type::Object(object)) => {
                    for (k, v) in &object.properties {
                        merged.properties.insert(k.clone(), v.clone());
                        merged.declared_at.insert(k.clone(), owner.clone());
                    }
                    merged.required.extend(object.required.iter().cloned());
                    if object.additional_properties.is_some() {
                        merged.additional = object.additional_properties.clone();
                    }
                }
                SchemaKind::Any(any) if any.typ.as_deref().is_none_or(|t| t == "object") => {
                    for (k, v) in &any.properties {
                        merged.properties.insert(k.clone(), v.clone());
                        merged.declared_at.insert(k.clone(), owner.clone());
                    }
                    merged.required.extend(any.required.iter().cloned());
                    if any.additional_properties.is_some() {
                        merged.additional = any.additional_properties.clone();
                    }
                }
                SchemaKind::AllOf { all_of } => {
                    self.merge_all_of(&join(&owner, "allOf"), all_of, merged)
                }
                // A union beside objects has no one Rust shape: the value is kept as JSON.
                _ => {
                    self.warn(
                        &at,
                        "an `allOf` part that is not an object: the whole value is typed as any JSON value",
                    );
                    merged.not_objects = true;
                }
            }
        }
    }

    /// Follows `$ref`s to a component schema: where it is written, and the schema.
    fn deref_schema(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
    ) -> Option<(String, Schema)> {
        match schema {
            ReferenceOr::Item(s) => Some((pointer.to_string(), s.clone())),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(COMPONENTS);
                let found = name.and_then(|n| self.doc.api.components.as_ref()?.schemas.get(n));
                match found {
                    Some(ReferenceOr::Item(s)) => Some((
                        join("/components/schemas", name.unwrap_or_default()),
                        s.clone(),
                    )),
                    Some(r @ ReferenceOr::Reference { .. }) => {
                        let r = r.clone();
                        self.deref_schema(&r, pointer)
                    }
                    None => {
                        self.error(
                            join(pointer, "$ref"),
                            format!("unresolved reference `{reference}`"),
                        );
                        None
                    }
                }
            }
        }
    }

    pub(super) fn scalar_union(&mut self, schemas: &[ReferenceOr<Schema>]) -> Option<ScalarUnion> {
        let mut kinds = Vec::new();
        let mut numeric_text = false;
        for s in schemas {
            let ReferenceOr::Item(s) = s else { return None };
            let kind = match &s.schema_kind {
                SchemaKind::Type(Type::String(t))
                    if t.enumeration.is_empty()
                        && t.pattern.as_deref().is_some_and(is_numeric_pattern) =>
                {
                    numeric_text = true;
                    continue;
                }
                SchemaKind::Type(Type::String(t)) if t.enumeration.is_empty() => TypeRef::String,
                SchemaKind::Type(Type::Boolean(_)) => TypeRef::Bool,
                SchemaKind::Type(Type::Integer(_)) => TypeRef::Int,
                SchemaKind::Type(Type::Number(_)) => TypeRef::Number,
                _ => return None,
            };
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        // A number that may arrive as text: the lenient number type keeps either form.
        if numeric_text
            && !kinds.is_empty()
            && kinds
                .iter()
                .all(|k| matches!(k, TypeRef::Int | TypeRef::Number))
        {
            return Some(ScalarUnion::Number);
        }
        if numeric_text {
            kinds.push(TypeRef::String);
        }
        if kinds.len() == 2 && kinds.contains(&TypeRef::String) && kinds.contains(&TypeRef::Int) {
            return Some(ScalarUnion::Id);
        }
        // Integers and numbers are both read by the lenient number type.
        let mut variants: Vec<Variant> = Vec::new();
        for kind in kinds {
            let ty = if kind == TypeRef::Int {
                TypeRef::Number
            } else {
                kind
            };
            if variants.iter().any(|v| v.ty == ty) {
                continue;
            }
            variants.push(Variant {
                ident: variant_label(&ty).to_string(),
                ty,
                from: true,
                text: Default::default(),
            });
        }
        if variants.is_empty() {
            None
        } else {
            Some(ScalarUnion::Variants(variants))
        }
    }
}

#[derive(Default)]
struct Merged {
    properties: indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    /// The pointer of the object schema each property is written in.
    declared_at: indexmap::IndexMap<String, String>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
    /// A part is not an object (a union, a scalar).
    not_objects: bool,
}

pub(super) enum ScalarUnion {
    Id,
    /// A number, or a number written as text (a string whose `pattern` allows numerals only).
    Number,
    Variants(Vec<Variant>),
}

fn variant_label(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::String => "String",
        TypeRef::Bool => "Bool",
        TypeRef::Number | TypeRef::Int | TypeRef::Float => "Number",
        TypeRef::Id => "Id",
        TypeRef::Any => "Value",
        TypeRef::Array(_) => "List",
        TypeRef::Map(_) => "Map",
        TypeRef::Bytes | TypeRef::File => "Bytes",
        TypeRef::Named(_) => "Object",
    }
}
