//! Request bodies: the media type an operation's body is sent as, and its type.

use openapiv3::{
    ReferenceOr, RequestBody, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty,
};

use super::operations::{Body, BodyEncoding, Operation};
use super::schemas::COMPONENTS;
use super::types::{Field, TypeKind, TypeRef, Use};
use super::{Builder, media};
use crate::diagnostic::join;

/// The request body at `at`, resolved: of the media types it offers, the one best
/// supported (JSON, form, multipart, text, bytes, in that order).
pub(super) fn request_body(
    cx: &mut Builder<'_>,
    at: &str,
    body: &ReferenceOr<RequestBody>,
    op_type: &str,
) -> Option<Body> {
    let (at, body) = cx.component(at, body, "requestBodies", |c| &c.request_bodies)?;
    let content_at = join(&at, "content");
    let offered: Vec<(String, BodyEncoding, Option<ReferenceOr<Schema>>)> = body
        .content
        .iter()
        .map(|(media, content)| {
            let schema = content.schema.clone();
            let kind = match media::kind(media) {
                // A media range carries JSON when its schema is structured.
                BodyEncoding::Bytes if media::wildcard(media) => match &schema {
                    Some(s) if !is_string(cx, s) => BodyEncoding::Json,
                    _ => BodyEncoding::Bytes,
                },
                kind => kind,
            };
            (media.clone(), kind, schema)
        })
        .collect();
    let Some((media, kind, schema)) = offered
        .iter()
        .min_by_key(|(_, kind, _)| media::rank(*kind))
        .cloned()
    else {
        cx.error(&content_at, "request body names no media type");
        return None;
    };
    let schema_at = join(&join(&content_at, &media), "schema");
    let mut encodings = vec![kind];
    encodings.extend(
        offered
            .iter()
            .filter(|(m, k, s)| {
                *m != media && *s == schema && matches!(k, BodyEncoding::Json | BodyEncoding::Form)
            })
            .map(|(_, k, _)| *k),
    );
    let hint = format!("{op_type}Body");
    let mut files = Vec::new();
    let ty = match (kind, &schema) {
        (BodyEncoding::Text, _) => TypeRef::String,
        (BodyEncoding::Bytes, _) => TypeRef::Bytes,
        (_, None) => TypeRef::Any,
        (BodyEncoding::Multipart, Some(schema)) => {
            let ty = cx.resolve(schema, &schema_at, &hint, Use::Model);
            if struct_of(cx, &ty).is_none() {
                cx.warn(
                    &schema_at,
                    "a multipart body that is not an object has no parts to name; it is sent as bytes (set its content type, boundary included)",
                );
                encodings = vec![BodyEncoding::Bytes];
                TypeRef::Bytes
            } else {
                files = file_properties(cx, schema);
                ty
            }
        }
        (_, Some(schema)) => cx.resolve(schema, &schema_at, &hint, Use::Model),
    };
    let example = body.content.get(&media).and_then(|content| {
        content
            .example
            .clone()
            .or_else(|| {
                content
                    .examples
                    .values()
                    .find_map(|e| cx.example_value(e).ok().flatten())
            })
            .or_else(|| {
                let schema = content.schema.as_ref()?;
                deref(cx, schema)?.schema_data.example.clone()
            })
    });
    Some(Body {
        example,
        encodings,
        content_type: media::default_content_type(&media),
        media_type: media,
        files,
        ty,
        required: body.required,
        doc: body.description.clone(),
    })
}

/// The schema, following `$ref`s between component schemas.
fn deref<'s>(cx: &'s Builder<'_>, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
    let mut schema = schema;
    for _ in 0..16 {
        match schema {
            ReferenceOr::Item(s) => return Some(s),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(COMPONENTS)?;
                schema = cx.doc.api.components.as_ref()?.schemas.get(name)?;
            }
        }
    }
    None
}

/// True for a `type: string` schema (text or bytes, not a structure).
pub(super) fn is_string(cx: &Builder<'_>, schema: &ReferenceOr<Schema>) -> bool {
    matches!(
        deref(cx, schema).map(|s| &s.schema_kind),
        Some(SchemaKind::Type(Type::String(_)))
    )
}

/// True for `type: string, format: binary` (a file's contents).
fn is_binary(cx: &Builder<'_>, schema: &ReferenceOr<Schema>) -> bool {
    match deref(cx, schema).map(|s| &s.schema_kind) {
        Some(SchemaKind::Type(Type::String(s))) => matches!(
            &s.format,
            VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
        ),
        _ => false,
    }
}

/// The properties of an object schema (with those of its `allOf` parts) that are files
/// or lists of files.
fn file_properties(cx: &Builder<'_>, schema: &ReferenceOr<Schema>) -> Vec<String> {
    fn walk(cx: &Builder<'_>, schema: &ReferenceOr<Schema>, depth: usize, out: &mut Vec<String>) {
        let Some(s) = deref(cx, schema).filter(|_| depth < 16) else {
            return;
        };
        match &s.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                for (name, property) in &object.properties {
                    let property = property.clone().unbox();
                    let file = match deref(cx, &property).map(|s| &s.schema_kind) {
                        Some(SchemaKind::Type(Type::Array(array))) => array
                            .items
                            .as_ref()
                            .is_some_and(|items| is_binary(cx, &items.clone().unbox())),
                        _ => is_binary(cx, &property),
                    };
                    if file && !out.contains(name) {
                        out.push(name.clone());
                    }
                }
            }
            SchemaKind::AllOf { all_of } => {
                for part in all_of {
                    walk(cx, part, depth + 1, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(cx, schema, 0, &mut out);
    out
}

/// The struct a type names, through aliases: its Rust name and fields.
pub(super) fn struct_of<'m>(cx: &'m Builder<'_>, ty: &TypeRef) -> Option<(&'m str, &'m [Field])> {
    let mut ty = ty;
    loop {
        let TypeRef::Named(name) = ty else {
            return None;
        };
        let def = cx.types.get(name)?;
        match &def.kind {
            TypeKind::Struct { fields, .. } => return Some((&def.name, fields)),
            TypeKind::Alias(target) => ty = target,
            _ => return None,
        }
    }
}

/// The top-level body properties of an operation (when its body is an object).
pub(super) fn body_fields<'m>(cx: &'m Builder<'_>, op: &Operation) -> Option<&'m [Field]> {
    struct_of(cx, &op.body.as_ref()?.ty).map(|(_, fields)| fields)
}
