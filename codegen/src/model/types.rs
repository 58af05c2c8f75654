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

use super::Builder;
use crate::diagnostic::join;
use crate::naming::{Scope, camel, snake};

/// How a value is typed in Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// The runtime's lenient, form-preserving number.
    Number,
    /// `i64` (parameters only).
    Int,
    /// `f64` (parameters only).
    Float,
    /// The runtime's string-or-integer id.
    Id,
    /// Any JSON value.
    Any,
    /// A generated type, by Rust name.
    Named(String),
    /// `Vec<T>`.
    Array(Box<TypeRef>),
    /// A map from string keys.
    Map(Box<TypeRef>),
}

impl TypeRef {
    /// True for types that read from one JSON scalar.
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            TypeRef::String
                | TypeRef::Bool
                | TypeRef::Number
                | TypeRef::Int
                | TypeRef::Float
                | TypeRef::Id
        )
    }
}

/// A named type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Rust name.
    pub name: String,
    /// Where it is defined in the document.
    pub pointer: String,
    /// Description.
    pub doc: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// What it is.
    pub kind: TypeKind,
}

/// The shape of a named type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// An object with known properties (plus kept unknown ones).
    Struct {
        /// Properties, in document order.
        fields: Vec<Field>,
        /// What `additionalProperties` allows, when declared.
        additional: Option<TypeRef>,
    },
    /// A string enum with a catch-all.
    Enum {
        /// Known values.
        values: Vec<EnumValue>,
    },
    /// A `oneOf` of scalars, told apart by JSON type.
    Scalars {
        /// One variant per scalar type.
        variants: Vec<Variant>,
    },
    /// A `oneOf` with a `discriminator`: told apart by the value of one property.
    Tagged {
        /// The discriminating property.
        property: String,
        /// Variants in document order.
        variants: Vec<TaggedVariant>,
    },
    /// Any other `oneOf`/`anyOf`: the first variant that decodes wins.
    Union {
        /// Variants in document order.
        variants: Vec<Variant>,
    },
    /// Another name for a type.
    Alias(TypeRef),
}

/// A struct field.
#[derive(Debug, Clone)]
pub struct Field {
    /// JSON name.
    pub json: String,
    /// Other JSON names accepted for it (`x-aliases`).
    pub aliases: Vec<String>,
    /// Rust name.
    pub ident: String,
    /// Type (without `Option`).
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// `nullable: true`.
    pub nullable: bool,
    /// Personal data (`x-pii`).
    pub pii: bool,
    /// Needs a `Box` to break a type cycle.
    pub boxed: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Description.
    pub doc: Option<String>,
    /// A required field with a one-value enum: always that value, set by the constructor.
    pub constant: Option<String>,
}

impl Field {
    /// Held as an `Option`: optional fields, and nullable ones.
    pub fn is_optional(&self) -> bool {
        !self.required || self.nullable
    }
}

/// A known value of a string enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    /// The string on the wire.
    pub json: String,
    /// Rust variant name.
    pub ident: String,
}

/// A variant of a discriminated `oneOf`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedVariant {
    /// The discriminator value.
    pub tag: String,
    /// Rust variant name.
    pub ident: String,
    /// Its content (a named struct).
    pub ty: TypeRef,
}

/// A variant of a `oneOf`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Rust variant name.
    pub ident: String,
    /// Its content.
    pub ty: TypeRef,
}

/// Where a schema is used: models decode leniently, parameters are typed natively.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A request or response body, or anything inside one.
    Model,
    /// A path, query or header parameter.
    Param,
}

const COMPONENTS: &str = "#/components/schemas/";

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
    fn component_name(&self, name: &str) -> Option<String> {
        self.components.get(name).cloned()
    }

    /// Defines a named type from a schema.
    fn define(&mut self, name: &str, pointer: &str, schema: &Schema) {
        let data = &schema.schema_data;
        let discriminated = match (&schema.schema_kind, &data.discriminator) {
            (SchemaKind::OneOf { one_of }, Some(d)) => Some(self.tagged_kind(pointer, one_of, d)),
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
        for (json, schema) in properties {
            // Where the property is written: here, or in the `allOf` part it came from (its
            // extensions, and the places of its diagnostics, are read there).
            let owner = declared_at.get(json).map_or(pointer, String::as_str);
            let at = join(&join(owner, "properties"), json);
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
        TypeKind::Struct { fields, additional }
    }

    fn enum_kind(&mut self, pointer: &str, values: &[Option<String>]) -> TypeKind {
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
        if let Some(scalar) = self.scalar_union(schemas) {
            return match scalar {
                ScalarUnion::Id => TypeKind::Alias(TypeRef::Id),
                ScalarUnion::Variants(variants) => TypeKind::Scalars { variants },
            };
        }
        let mut scope = Scope::default();
        let mut variants = Vec::new();
        for (i, schema) in schemas.iter().enumerate() {
            let at = join(pointer, &i.to_string());
            let ty = self.resolve(schema, &at, &format!("{name}Variant{i}"), Use::Model);
            let wanted = match &ty {
                TypeRef::Named(n) => n.clone(),
                other => variant_label(other).to_string(),
            };
            let (ident, _) = scope.claim(&wanted);
            variants.push(Variant { ident, ty });
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
        let mut merged = Merged::default();
        self.merge_all_of(pointer, parts, &mut merged);
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
                _ => self.error(&at, "`allOf` parts must be objects"),
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

    /// The pointers of the component schemas a property's schema stands for: its `$ref`
    /// (also when wrapped as `allOf: [$ref]`), or its items' for a list, following
    /// references between components.
    fn referenced(&self, schema: &ReferenceOr<Box<Schema>>) -> Vec<String> {
        fn name_of(schema: &ReferenceOr<Box<Schema>>) -> Option<&str> {
            match schema {
                ReferenceOr::Reference { reference } => reference.strip_prefix(COMPONENTS),
                ReferenceOr::Item(s) => match &s.schema_kind {
                    SchemaKind::AllOf { all_of } if all_of.len() == 1 => match &all_of[0] {
                        ReferenceOr::Reference { reference } => reference.strip_prefix(COMPONENTS),
                        ReferenceOr::Item(_) => None,
                    },
                    SchemaKind::Type(Type::Array(array)) => array.items.as_ref().and_then(name_of),
                    _ => None,
                },
            }
        }
        let schemas = self.doc.api.components.as_ref().map(|c| &c.schemas);
        let mut out: Vec<String> = Vec::new();
        let mut next = name_of(schema).map(str::to_string);
        while let Some(name) = next.take() {
            let pointer = join("/components/schemas", &name);
            if out.contains(&pointer) {
                break;
            }
            out.push(pointer);
            next = match schemas.and_then(|s| s.get(&name)) {
                Some(ReferenceOr::Reference { reference }) => {
                    reference.strip_prefix(COMPONENTS).map(str::to_string)
                }
                _ => None,
            };
        }
        out
    }

    /// Nullable, deprecated and description of a property schema (following one `$ref`).
    fn schema_meta(&self, schema: &ReferenceOr<Box<Schema>>) -> (bool, bool, Option<String>) {
        match schema {
            ReferenceOr::Item(s) => (
                s.schema_data.nullable,
                s.schema_data.deprecated,
                s.schema_data
                    .description
                    .clone()
                    .or_else(|| s.schema_data.title.clone()),
            ),
            ReferenceOr::Reference { reference } => {
                let target = reference
                    .strip_prefix(COMPONENTS)
                    .and_then(|n| self.doc.api.components.as_ref()?.schemas.get(n))
                    .and_then(|s| s.as_item());
                match target {
                    // A `$ref` carries no siblings in 3.0: the target's description stands in.
                    Some(s) => (
                        s.schema_data.nullable,
                        false,
                        s.schema_data
                            .description
                            .clone()
                            .or_else(|| s.schema_data.title.clone()),
                    ),
                    None => (false, false, None),
                }
            }
        }
    }

    fn resolve_boxed(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        pointer: &str,
        hint: &str,
        usage: Use,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Item(s) => self.resolve_parts(Ok(s), pointer, hint, usage),
            ReferenceOr::Reference { reference } => {
                self.resolve_parts(Err(reference), pointer, hint, usage)
            }
        }
    }

    /// An inline schema (`Ok`) or a reference (`Err`).
    fn resolve_parts(
        &mut self,
        schema: Result<&Schema, &str>,
        pointer: &str,
        hint: &str,
        usage: Use,
    ) -> TypeRef {
        match schema {
            Ok(s) => self.inline(s, pointer, hint, usage),
            Err(reference) => self.reference(reference, pointer, usage),
        }
    }

    /// The type of a schema used at `pointer`; inline objects and enums get `hint` as name.
    pub(crate) fn resolve(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
        hint: &str,
        usage: Use,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Item(s) => self.resolve_parts(Ok(s), pointer, hint, usage),
            ReferenceOr::Reference { reference } => {
                self.resolve_parts(Err(reference), pointer, hint, usage)
            }
        }
    }

    /// The type a `$ref` names.
    pub(crate) fn reference(&mut self, reference: &str, pointer: &str, usage: Use) -> TypeRef {
        let at = join(pointer, "$ref");
        let Some(name) = reference.strip_prefix(COMPONENTS) else {
            self.error(at, format!("only local references to `{COMPONENTS}...` are supported here, found `{reference}`"));
            return TypeRef::Any;
        };
        let Some(target) = self
            .doc
            .api
            .components
            .as_ref()
            .and_then(|c| c.schemas.get(name))
            .cloned()
        else {
            self.error(at, format!("unresolved reference `{reference}`"));
            return TypeRef::Any;
        };
        // A reference to a plain scalar (a string without an enum, a number, a boolean) is
        // typed as that scalar, not as an alias of it: such components exist to share a
        // description or an extension (`x-pii`), not to name a type.
        if let ReferenceOr::Item(schema) = &target {
            let scalar = match &schema.schema_kind {
                SchemaKind::Type(Type::String(s)) => s.enumeration.is_empty(),
                SchemaKind::Type(Type::Boolean(_) | Type::Integer(_) | Type::Number(_)) => true,
                _ => false,
            };
            if scalar && usage == Use::Model {
                return self.inline(schema, &join("/components/schemas", name), name, usage);
            }
        }
        if usage == Use::Param {
            // Parameters name enums and structs; anything else is typed natively.
            if let ReferenceOr::Item(schema) = &target {
                let named = matches!(&schema.schema_kind, SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty());
                if !named {
                    return self.inline(
                        schema,
                        &join("/components/schemas", name),
                        name,
                        Use::Param,
                    );
                }
            }
        }
        match self.component_name(name) {
            Some(rust) => TypeRef::Named(rust),
            None => TypeRef::Any,
        }
    }

    /// The type of an inline schema.
    pub(crate) fn inline(
        &mut self,
        schema: &Schema,
        pointer: &str,
        hint: &str,
        usage: Use,
    ) -> TypeRef {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.named_inline(hint, pointer, schema)
            }
            SchemaKind::Type(Type::String(_)) => TypeRef::String,
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Bool,
            SchemaKind::Type(Type::Integer(_)) => match usage {
                Use::Model => TypeRef::Number,
                Use::Param => TypeRef::Int,
            },
            SchemaKind::Type(Type::Number(_)) => match usage {
                Use::Model => TypeRef::Number,
                Use::Param => TypeRef::Float,
            },
            SchemaKind::Type(Type::Array(array)) => {
                let item_hint = format!("{hint}Item");
                let items = match &array.items {
                    Some(items) => {
                        self.resolve_boxed(items, &join(pointer, "items"), &item_hint, usage)
                    }
                    None => TypeRef::Any,
                };
                TypeRef::Array(Box::new(items))
            }
            SchemaKind::Type(Type::Object(object)) if object.properties.is_empty() => {
                let value = match &object.additional_properties {
                    Some(AdditionalProperties::Schema(s)) => self.resolve(
                        s,
                        &join(pointer, "additionalProperties"),
                        &format!("{hint}Value"),
                        usage,
                    ),
                    _ => TypeRef::Any,
                };
                TypeRef::Map(Box::new(value))
            }
            // `allOf: [$ref]` is how 3.0 documents make a reference nullable or re-describe it.
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                self.resolve(&all_of[0], &join(&join(pointer, "allOf"), "0"), hint, usage)
            }
            SchemaKind::Type(Type::Object(_)) | SchemaKind::AllOf { .. } => {
                self.named_inline(hint, pointer, schema)
            }
            SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts } => {
                match self.scalar_union(parts) {
                    Some(ScalarUnion::Id) => TypeRef::Id,
                    _ => self.named_inline(hint, pointer, schema),
                }
            }
            SchemaKind::Any(any) if !any.properties.is_empty() => {
                self.named_inline(hint, pointer, schema)
            }
            SchemaKind::Any(any) => {
                if any.typ.is_some()
                    || !any.properties.is_empty()
                    || !any.one_of.is_empty()
                    || !any.all_of.is_empty()
                {
                    self.warn(
                        pointer,
                        "schema mixes keywords of several types; typed as any JSON value",
                    );
                }
                TypeRef::Any
            }
            SchemaKind::Not { .. } => {
                self.error(pointer, "`not` schemas are not supported");
                TypeRef::Any
            }
        }
    }

    fn named_inline(&mut self, hint: &str, pointer: &str, schema: &Schema) -> TypeRef {
        let (name, changed) = self.names.claim(&camel(hint));
        if changed {
            self.warn(
                pointer,
                format!("type name `{}` is taken; using `{name}`", camel(hint)),
            );
        }
        self.define(&name, pointer, schema);
        TypeRef::Named(name)
    }

    fn scalar_union(&mut self, schemas: &[ReferenceOr<Schema>]) -> Option<ScalarUnion> {
        let mut kinds = Vec::new();
        for s in schemas {
            let ReferenceOr::Item(s) = s else { return None };
            let kind = match &s.schema_kind {
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
}

enum ScalarUnion {
    Id,
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
        TypeRef::Named(_) => "Object",
    }
}

/// Marks struct fields that close a cycle of direct (non-`Vec`, non-map) containment,
/// so the emitter boxes them.
pub fn box_cycles(types: &mut std::collections::BTreeMap<String, TypeDef>) {
    let named = |ty: &TypeRef| match ty {
        TypeRef::Named(n) => Some(n.clone()),
        _ => None,
    };
    let direct = |def: &TypeDef| -> Vec<String> {
        match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().filter_map(|f| named(&f.ty)).collect(),
            TypeKind::Tagged { variants, .. } => {
                variants.iter().filter_map(|v| named(&v.ty)).collect()
            }
            TypeKind::Union { variants } | TypeKind::Scalars { variants } => {
                variants.iter().filter_map(|v| named(&v.ty)).collect()
            }
            TypeKind::Alias(TypeRef::Named(n)) => vec![n.clone()],
            _ => Vec::new(),
        }
    };
    let edges: std::collections::BTreeMap<String, Vec<String>> = types
        .values()
        .map(|t| (t.name.clone(), direct(t)))
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = std::collections::BTreeSet::new();
        let mut stack = vec![from.to_string()];
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    for def in types.values_mut() {
        let name = def.name.clone();
        if let TypeKind::Struct { fields, .. } = &mut def.kind {
            for f in fields {
                if let TypeRef::Named(target) = &f.ty
                    && reaches(target, &name)
                {
                    f.boxed = true;
                }
            }
        }
    }
}
