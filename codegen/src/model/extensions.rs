//! The operation extensions OpenAPI 3.0 has no word for: `x-retry-safe`, `x-pagination`
//! (the inputs that page and where the items are) and `x-batch` (the list an upload splits).

use serde_json::Value;

use super::Builder;
use super::bodies::{body_fields, struct_of};
use super::operations::{
    Batch, FieldStep, ItemsAccess, Operation, Pagination, ParamLocation, VariantPath,
};
use super::types::{TypeKind, TypeRef};
use crate::diagnostic::join;

/// Reads `x-retry-safe`: the operation may be sent again after a failure.
pub(super) fn retry_safe(cx: &mut Builder<'_>, pointer: &str) -> bool {
    match cx.extension(pointer, "x-retry-safe") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            cx.error(
                join(pointer, "x-retry-safe"),
                "`x-retry-safe` must be true or false",
            );
            false
        }
    }
}

/// Reads `x-pagination` and checks it against the operation's inputs and response.
pub(super) fn pagination(cx: &mut Builder<'_>, op: &Operation) -> Option<Pagination> {
    let at = join(&op.pointer, "x-pagination");
    let raw = cx.extension(&op.pointer, "x-pagination")?.clone();
    let text = |key: &str| raw.get(key).and_then(Value::as_str).map(str::to_string);
    let (position, offset) = match (text("page"), text("offset")) {
        (Some(p), None) => (p, false),
        (None, Some(o)) => (o, true),
        _ => {
            cx.error(
                &at,
                "`x-pagination` needs exactly one of `page` and `offset`",
            );
            return None;
        }
    };
    let Some(limit) = text("limit") else {
        cx.error(&at, "`x-pagination` needs `limit`");
        return None;
    };
    let position_setter = paging_input(cx, op, &at, &position)?;
    let limit_setter = paging_input(cx, op, &at, &limit)?;
    let page_size = limit_size(cx, op, &limit);
    let Some(success) = op.success_type().cloned() else {
        cx.error(&at, "a paged operation needs a JSON success response");
        return None;
    };
    // `items` is one dotted path, or (for a `oneOf` response) one path per variant.
    let split = |p: &str| -> Vec<String> {
        p.split('.')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let items: Vec<Vec<String>> = match raw.get("items") {
        Some(Value::Array(paths)) => paths
            .iter()
            .map(|p| split(p.as_str().unwrap_or_default()))
            .collect(),
        Some(Value::String(p)) => vec![split(p)],
        _ => vec![Vec::new()],
    };
    // One path into the body, or one into each variant of a `oneOf` body.
    let union: Option<Vec<(String, TypeRef)>> = if items.len() > 1 {
        let variants = match &success {
            TypeRef::Named(n) => match cx.types.get(n).map(|t| &t.kind) {
                Some(TypeKind::Union { variants }) if variants.len() == items.len() => {
                    Some(variants)
                }
                _ => None,
            },
            _ => None,
        };
        let Some(variants) = variants else {
            cx.error(
                join(&at, "items"),
                "a list of item paths needs a `oneOf` response with one variant per path",
            );
            return None;
        };
        Some(
            variants
                .iter()
                .map(|v| (v.ident.clone(), v.ty.clone()))
                .collect(),
        )
    } else {
        None
    };
    let walked: Vec<TypeRef> = match &union {
        Some(variants) => variants.iter().map(|(_, ty)| ty.clone()).collect(),
        None => vec![success.clone()],
    };
    let mut item: Option<TypeRef> = None;
    let mut found = Vec::new();
    for (ty, path) in walked.iter().zip(&items) {
        match walk(cx, ty, path) {
            Some((TypeRef::Array(list), steps)) if item.as_ref().is_none_or(|i| *i == *list) => {
                item = Some(*list);
                found.push(steps);
            }
            _ => {
                cx.error(
                    join(&at, "items"),
                    format!(
                        "`{}` does not lead to a list (of one item type) in the response",
                        path.join(".")
                    ),
                );
                return None;
            }
        }
    }
    let item = item?;
    let items_access = match union {
        // One path: its steps are all there are.
        None => ItemsAccess::Path(found.concat()),
        Some(variants) => ItemsAccess::Variants {
            union: success.clone(),
            arms: variants
                .into_iter()
                .zip(found)
                .map(|((variant, _), steps)| VariantPath { variant, steps })
                .collect(),
        },
    };
    let total = split(&text("total").unwrap_or_default());
    let total_access = match walk(cx, &success, &total) {
        Some((TypeRef::Number, steps)) => steps,
        _ if total.is_empty() => Vec::new(),
        _ => {
            cx.error(
                join(&at, "total"),
                format!(
                    "`{}` does not lead to a number in the response",
                    total.join(".")
                ),
            );
            return None;
        }
    };
    Some(Pagination {
        position,
        offset,
        limit,
        page_size: page_size.unwrap_or(20),
        items,
        item,
        total,
        max_items: raw.get("max-items").and_then(Value::as_u64),
        position_setter,
        limit_setter,
        items_access,
        total_access,
    })
}

/// Checks that `name` is an optional integer parameter or top-level body property, and
/// returns the setter of that input.
fn paging_input(cx: &mut Builder<'_>, op: &Operation, at: &str, name: &str) -> Option<String> {
    let param = op
        .params
        .iter()
        .find(|p| p.name == name && p.location != ParamLocation::Path);
    let field = body_fields(cx, op).and_then(|f| f.iter().find(|f| f.json == name));
    let integer = match (param, field) {
        (Some(p), _) => p.ty == TypeRef::Int && !p.required,
        (None, Some(f)) => f.ty == TypeRef::Number && !f.required,
        (None, None) => false,
    };
    let setter = op.inputs.iter().find(|i| i.name == name && !i.is_path());
    match (integer, setter) {
        (true, Some(setter)) => Some(setter.ident.clone()),
        _ => {
            cx.error(
                at,
                format!(
                    "`{name}` must be an optional integer parameter or body property of `{}`",
                    op.id
                ),
            );
            None
        }
    }
}

/// A page size for walking all pages: the documented maximum (at most 100), else the default.
fn limit_size(cx: &Builder<'_>, op: &Operation, name: &str) -> Option<i64> {
    let mut schemas = Vec::new();
    let parameters = cx
        .doc
        .raw_at(&op.pointer)
        .and_then(|o| o.get("parameters"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for p in parameters {
        let p = match p.get("$ref").and_then(Value::as_str) {
            Some(r) => r
                .strip_prefix('#')
                .and_then(|ptr| cx.doc.raw_at(ptr))
                .cloned()
                .unwrap_or_default(),
            None => p,
        };
        if p.get("name").and_then(Value::as_str) == Some(name) {
            schemas.push(p.get("schema").cloned().unwrap_or_default());
        }
    }
    let schema = schemas.into_iter().next()?;
    let maximum = schema.get("maximum").and_then(Value::as_i64);
    let default = schema.get("default").and_then(Value::as_i64);
    maximum.map(|m| m.min(100)).or(default)
}

/// The type at a property path inside a type, and the fields on the way.
fn walk(cx: &Builder<'_>, ty: &TypeRef, path: &[String]) -> Option<(TypeRef, Vec<FieldStep>)> {
    let mut ty = ty.clone();
    let mut steps = Vec::new();
    for segment in path {
        let (_, fields) = struct_of(cx, &ty)?;
        let field = fields.iter().find(|f| &f.json == segment)?;
        steps.push(FieldStep {
            field: field.ident.clone(),
            optional: field.is_optional(),
        });
        ty = field.ty.clone();
    }
    Some((ty, steps))
}

/// Reads `x-batch` and checks that the body has that list.
pub(super) fn batch(cx: &mut Builder<'_>, op: &Operation) -> Option<Batch> {
    let at = join(&op.pointer, "x-batch");
    let raw = cx.extension(&op.pointer, "x-batch")?.clone();
    let Some(items) = raw.get("items").and_then(Value::as_str).map(str::to_string) else {
        cx.error(&at, "`x-batch` needs `items`, the body's list property");
        return None;
    };
    let list = body_fields(cx, op)
        .and_then(|f| f.iter().find(|f| f.json == items))
        .filter(|f| matches!(f.ty, TypeRef::Array(_)));
    let Some(list) = list else {
        cx.error(
            join(&at, "items"),
            format!(
                "`{items}` is not a list property of the request body of `{}`",
                op.id
            ),
        );
        return None;
    };
    Some(Batch {
        field: list.ident.clone(),
        optional: list.is_optional(),
        items,
        max_bytes: limit(cx, &at, &raw, "max-bytes", u64::MAX),
        max_items: limit(cx, &at, &raw, "max-items", u64::MAX),
        per_minute: limit(cx, &at, &raw, "per-minute", u64::from(u32::MAX))
            .and_then(|n| u32::try_from(n).ok()),
    })
}

/// An optional limit of `x-batch`: a whole number from 1 to `most`. Anything else is an error
/// at its place, not a limit silently left out.
fn limit(cx: &mut Builder<'_>, at: &str, raw: &Value, key: &str, most: u64) -> Option<u64> {
    let value = raw.get(key)?;
    match value.as_u64().filter(|n| (1..=most).contains(n)) {
        Some(n) => Some(n),
        None => {
            cx.error(
                join(at, key),
                format!("`{key}` must be a whole number from 1 to {most}, not {value}"),
            );
            None
        }
    }
}
