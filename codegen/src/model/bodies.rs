//! Request bodies: the encodings an operation accepts and the one type they share.

use openapiv3::{ReferenceOr, RequestBody, Schema};

use super::Builder;
use super::operations::{Body, BodyEncoding, Operation};
use super::types::{Field, TypeKind, TypeRef, Use};
use crate::diagnostic::join;

/// The request body at `at`, resolved.
pub(super) fn request_body(
    cx: &mut Builder<'_>,
    at: &str,
    body: &ReferenceOr<RequestBody>,
    op_type: &str,
) -> Option<Body> {
    let (at, body) = cx.component(at, body, "requestBodies", |c| &c.request_bodies)?;
    let mut encodings = Vec::new();
    let mut schema: Option<(String, ReferenceOr<Schema>)> = None;
    for (media, content) in &body.content {
        let encoding = if media == "application/json" || media.ends_with("+json") {
            BodyEncoding::Json
        } else if media == "application/x-www-form-urlencoded" {
            BodyEncoding::Form
        } else {
            cx.warn(
                join(&join(&at, "content"), media),
                format!("request content `{media}` is not supported; skipped"),
            );
            continue;
        };
        let Some(s) = &content.schema else {
            cx.error(
                join(&join(&at, "content"), media),
                "request content needs a schema",
            );
            continue;
        };
        match &schema {
            None => {
                schema = Some((
                    join(&join(&join(&at, "content"), media), "schema"),
                    s.clone(),
                ))
            }
            Some((_, first)) if first != s => {
                cx.error(
                    join(&join(&at, "content"), media),
                    "all request content types must share one schema",
                );
            }
            Some(_) => {}
        }
        encodings.push(encoding);
    }
    let Some((schema_at, schema)) = schema else {
        cx.error(
            join(&at, "content"),
            "request body has no JSON or form content",
        );
        return None;
    };
    let ty = cx.resolve(&schema, &schema_at, &format!("{op_type}Body"), Use::Model);
    Some(Body {
        encodings,
        ty,
        required: body.required,
        doc: body.description.clone(),
    })
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
