//! Schema uses → `TypeRef`: what type a property, item or parameter schema has, following
//! references; and what the schema it refers to says (description, `x-pii`, `x-aliases`).

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::Builder;
use super::schemas::{COMPONENTS, ScalarUnion};
use super::types::{TypeRef, Use};
use crate::diagnostic::join;
use crate::naming::camel;

impl Builder<'_> {
    /// The pointers of the component schemas a property's schema stands for: its `$ref`
    /// (also when wrapped as `allOf: [$ref]`), or its items' for a list, following
    /// references between components.
    pub(super) fn referenced(&self, schema: &ReferenceOr<Box<Schema>>) -> Vec<String> {
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
    pub(super) fn schema_meta(
        &self,
        schema: &ReferenceOr<Box<Schema>>,
    ) -> (bool, bool, Option<String>) {
        match schema {
            ReferenceOr::Item(s) => (
                s.schema_data.nullable || decorated_nullable(s),
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

    pub(super) fn resolve_boxed(
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
    pub(super) fn resolve_parts(
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
            // A parameter takes a plain scalar natively (integers as `i64`); everything
            // else (enums, unions, objects) by the component's type.
            if let ReferenceOr::Item(schema) = &target {
                let native = match &schema.schema_kind {
                    SchemaKind::Type(Type::String(s)) => s.enumeration.is_empty(),
                    SchemaKind::Type(Type::Boolean(_) | Type::Integer(_) | Type::Number(_)) => true,
                    _ => false,
                };
                if native {
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
        if let Some((schema, warning)) = super::normalize::normalized(schema) {
            if let Some(warning) = warning {
                self.warn(pointer, warning);
            }
            return self.inline(&schema, pointer, hint, usage);
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
                self.named_inline(hint, pointer, schema)
            }
            SchemaKind::Type(Type::String(_)) => TypeRef::String,
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Bool,
            // A parameter is text on the wire, so an integer enum is an enum of its numerals.
            SchemaKind::Type(Type::Integer(int))
                if usage == Use::Param && !int.enumeration.is_empty() =>
            {
                let values: Vec<Option<String>> = int
                    .enumeration
                    .iter()
                    .map(|v| v.map(|n| n.to_string()))
                    .collect();
                let (name, changed) = self.names.claim(&camel(hint));
                if changed {
                    self.warn(
                        pointer,
                        format!("type name `{}` is taken; using `{name}`", camel(hint)),
                    );
                }
                let kind = self.enum_kind(pointer, &values);
                let def = super::types::TypeDef {
                    name: name.clone(),
                    pointer: pointer.to_string(),
                    doc: schema.schema_data.description.clone(),
                    deprecated: schema.schema_data.deprecated,
                    kind,
                };
                self.types.insert(name.clone(), def);
                TypeRef::Named(name)
            }
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
            // `allOf: [$ref]` and `allOf: [$ref, {nullable: true}]` are how 3.0 documents make
            // a reference nullable or re-describe it: the value is the one real part.
            SchemaKind::AllOf { all_of } if substantive_part(all_of).is_some() => {
                let i = substantive_part(all_of).unwrap_or_default();
                self.resolve(
                    &all_of[i],
                    &join(&join(pointer, "allOf"), &i.to_string()),
                    hint,
                    usage,
                )
            }
            SchemaKind::Type(Type::Object(_)) | SchemaKind::AllOf { .. } => {
                self.named_inline(hint, pointer, schema)
            }
            SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts } => {
                match self.scalar_union(parts) {
                    Some(ScalarUnion::Id) => TypeRef::Id,
                    Some(ScalarUnion::Number) => TypeRef::Number,
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

    pub(super) fn named_inline(&mut self, hint: &str, pointer: &str, schema: &Schema) -> TypeRef {
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
}

/// The index of the one part of an `allOf` that says what the value is, when every other
/// part only decorates it (a schema of no kind: `nullable`, a description):
/// `allOf: [$ref]`, `allOf: [$ref, {nullable: true}]`.
pub(super) fn substantive_part(all_of: &[ReferenceOr<Schema>]) -> Option<usize> {
    let mut real = all_of.iter().enumerate().filter(|(_, p)| !is_decoration(p));
    match (real.next(), real.next()) {
        (Some((i, _)), None) => Some(i),
        // Decorations only: the value is of any kind, as the first part says.
        (None, _) if !all_of.is_empty() => Some(0),
        _ => None,
    }
}

/// A schema that says nothing of the value's kind: no type, properties, items or parts.
fn is_decoration(part: &ReferenceOr<Schema>) -> bool {
    match part {
        ReferenceOr::Item(s) => {
            matches!(&s.schema_kind, SchemaKind::Any(any) if *any == openapiv3::AnySchema::default())
        }
        ReferenceOr::Reference { .. } => false,
    }
}

/// `allOf: [$ref, {nullable: true}]`: nullable through a decoration part.
fn decorated_nullable(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } if substantive_part(all_of).is_some() => {
            all_of.iter().any(|p| match p {
                ReferenceOr::Item(part) => is_decoration(p) && part.schema_data.nullable,
                ReferenceOr::Reference { .. } => false,
            })
        }
        _ => false,
    }
}
