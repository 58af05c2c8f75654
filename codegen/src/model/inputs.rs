//! The inputs of a request builder: parameters, body properties or the whole body, each
//! with its final Rust name, and which of them a bound context fills; the path template
//! in terms of those inputs.

use serde_json::Value;
use std::collections::BTreeSet;

use super::Builder;
use super::bodies::struct_of;
use super::operations::{
    Body, BodyEncoding, BodyObject, ContextFill, Input, InputSource, Operation, ParamLocation,
    ParamStyle, PathPart, VariantFills,
};
use super::types::{Field, TypeKind, TypeRef};
use crate::naming::Scope;

/// Method and field names every request builder has: no input may take them.
pub(super) const BUILDER_NAMES: &[&str] = &[
    "call",
    "client",
    "options",
    "param",
    "pages",
    "timeout",
    "retry",
    "retry_safe",
    "send",
    "send_with_response",
    "send_batched",
    "items",
    "new",
    "property",
];

/// The fields every request builder struct has: no input may take them.
const BUILDER_FIELDS: &[&str] = &["call", "body", "client", "options"];

/// An input's identifier, unique among the builder's inputs. An optional input is a setter,
/// so it avoids every builder method name; a required one is only an argument and a field,
/// so it keeps a method's name (`items`), avoiding only the builder's own fields.
fn claim_input(scope: &mut Scope, wanted: &str, required: bool) -> String {
    let method_name = BUILDER_NAMES.contains(&wanted) && !BUILDER_FIELDS.contains(&wanted);
    if required && method_name && !scope.is_taken(&format!("arg:{wanted}")) {
        // Marked taken for the next required input of that name.
        scope.claim(&format!("arg:{wanted}"));
        return wanted.to_string();
    }
    scope.claim(wanted).0
}

/// The builder inputs of an operation and the facts that follow from them: its object
/// body, the required query parameters and body properties, and the path template's parts. `context_names` are
/// the names the document's contexts bind.
pub(super) fn decide(cx: &Builder<'_>, op: &mut Operation, context_names: &BTreeSet<String>) {
    let mut scope = Scope::with_reserved(BUILDER_NAMES);
    let mut inputs = Vec::new();
    for p in &op.params {
        let ident = claim_input(&mut scope, &p.ident, p.required);
        inputs.push(Input {
            ident,
            name: p.name.clone(),
            source: InputSource::Param {
                location: p.location,
                style: p.style,
                aliases: p.aliases.clone(),
            },
            required: p.required,
            ty: p.ty.clone(),
            pii: p.pii,
            boxed: false,
            deprecated: p.deprecated,
            context: p.context,
            doc: p.doc.clone(),
            example: p.example.clone(),
            text: p.text.clone(),
        });
    }
    let encoding = op.body.as_ref().and_then(|b| b.encodings.first().copied());
    if let (Some(body), Some(BodyEncoding::Multipart)) = (&op.body, encoding) {
        parts(cx, body, &mut scope, &mut inputs);
    } else if let (Some(body), Some(BodyEncoding::Text | BodyEncoding::Bytes)) =
        (&op.body, encoding)
    {
        let (ident, _) = scope.claim("body");
        inputs.push(Input {
            ident,
            name: "body".to_string(),
            source: InputSource::Body {
                variant_fills: Vec::new(),
            },
            required: body.required,
            ty: body.ty.clone(),
            pii: false,
            boxed: false,
            deprecated: false,
            context: false,
            doc: Some(format!("The request body (`{}`).", body.media_type)),
            example: None,
            text: Default::default(),
        });
        let (ident, _) = scope.claim("content_type");
        inputs.push(Input {
            ident,
            name: "Content-Type".to_string(),
            source: InputSource::ContentType,
            required: false,
            ty: TypeRef::String,
            pii: false,
            boxed: false,
            deprecated: false,
            context: false,
            doc: Some(format!(
                "The body's content type (default `{}`).",
                body.content_type
            )),
            // What a sample or doc example sets: the default, a media type that parses.
            example: Some(Value::String(body.content_type.clone())),
            text: Default::default(),
        });
    } else if let Some(body) = &op.body {
        match struct_of(cx, &body.ty) {
            Some((type_name, fields)) => {
                op.body_object = Some(BodyObject {
                    type_name: type_name.to_string(),
                    extensible: has_additional(cx, &body.ty),
                });
                op.required_body = fields
                    .iter()
                    .filter(|f| f.required && f.constant.is_none())
                    .map(|f| f.json.clone())
                    .collect();
                // Constant fields (a one-value enum) are set by the body's constructor.
                for f in fields.iter().filter(|f| f.constant.is_none()) {
                    let ident = claim_input(&mut scope, &f.ident, !f.is_optional());
                    inputs.push(Input {
                        source: InputSource::BodyField {
                            field: f.ident.clone(),
                            clear: f.nullable.then(|| format!("clear_{ident}")),
                        },
                        ident,
                        name: f.json.clone(),
                        required: !f.is_optional(),
                        ty: f.ty.clone(),
                        pii: f.pii,
                        boxed: f.boxed,
                        deprecated: f.deprecated,
                        context: fills(f, context_names),
                        doc: f.doc.clone(),
                        example: body.example.as_ref().and_then(|e| e.get(&f.json)).cloned(),
                        text: f.text.clone(),
                    });
                }
            }
            None => {
                let (ident, _) = scope.claim("body");
                let variant_fills = if body.required {
                    variant_fills(cx, &body.ty, context_names)
                } else {
                    Vec::new()
                };
                inputs.push(Input {
                    ident,
                    name: "body".to_string(),
                    source: InputSource::Body { variant_fills },
                    required: body.required,
                    ty: body.ty.clone(),
                    pii: false,
                    boxed: false,
                    deprecated: false,
                    context: false,
                    doc: Some("The request body.".to_string()),
                    example: body.example.clone(),
                    text: Default::default(),
                });
            }
        }
    }
    op.required_query = op
        .params
        .iter()
        // An object's properties go under their own names: the name itself is not sent.
        .filter(|p| p.required && p.location == ParamLocation::Query)
        .filter(|p| !matches!(p.style, ParamStyle::Exploded | ParamStyle::Deep))
        .map(|p| p.name.clone())
        .collect();
    op.path_parts = path_parts(&op.path, &inputs);
    op.inputs = inputs;
}

/// The parts of a multipart body: one input per property of its object type, files
/// typed as the runtime's `File`.
fn parts(cx: &Builder<'_>, body: &Body, scope: &mut Scope, inputs: &mut Vec<Input>) {
    let Some((_, fields)) = struct_of(cx, &body.ty) else {
        return;
    };
    for f in fields {
        let ident = claim_input(scope, &f.ident, !f.is_optional());
        let ty = match (&f.ty, body.files.contains(&f.json)) {
            (TypeRef::Array(_), true) => TypeRef::Array(Box::new(TypeRef::File)),
            (_, true) => TypeRef::File,
            (ty, false) => ty.clone(),
        };
        inputs.push(Input {
            ident,
            name: f.json.clone(),
            source: InputSource::Part,
            required: !f.is_optional(),
            ty,
            pii: f.pii,
            boxed: false,
            deprecated: f.deprecated,
            context: false,
            doc: f.doc.clone(),
            example: body.example.as_ref().and_then(|e| e.get(&f.json)).cloned(),
            text: f.text.clone(),
        });
    }
}

/// A context fills a top-level body property it names when it is an optional plain string.
fn fills(f: &Field, context_names: &BTreeSet<String>) -> bool {
    context_names.contains(&f.json)
        && f.ty == TypeRef::String
        && !f.pii
        && !f.boxed
        && f.is_optional()
}

/// The body's own type declares `additionalProperties`.
fn has_additional(cx: &Builder<'_>, ty: &TypeRef) -> bool {
    let TypeRef::Named(name) = ty else {
        return false;
    };
    matches!(
        cx.types.get(name).map(|t| &t.kind),
        Some(TypeKind::Struct {
            additional: Some(_),
            ..
        })
    )
}

/// For a discriminated-union body: the fields of each variant a context fills.
fn variant_fills(
    cx: &Builder<'_>,
    ty: &TypeRef,
    context_names: &BTreeSet<String>,
) -> Vec<VariantFills> {
    let TypeRef::Named(name) = ty else {
        return Vec::new();
    };
    let Some(TypeKind::Tagged { variants, .. }) = cx.types.get(name).map(|t| &t.kind) else {
        return Vec::new();
    };
    variants
        .iter()
        .filter_map(|v| {
            let (_, fields) = struct_of(cx, &v.ty)?;
            let fields: Vec<ContextFill> = fields
                .iter()
                .filter(|f| fills(f, context_names))
                .map(|f| ContextFill {
                    field: f.ident.clone(),
                    name: f.json.clone(),
                })
                .collect();
            (!fields.is_empty()).then(|| VariantFills {
                variant: v.ident.clone(),
                fields,
            })
        })
        .collect()
}

/// `/a/{b}/c` as text and the path inputs' names; a `{name}` no path input has stays text.
fn path_parts(path: &str, inputs: &[Input]) -> Vec<PathPart> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + end];
        let input = inputs.iter().find(|i| i.name == name && i.is_path());
        match input {
            Some(input) => {
                text.push_str(&rest[..start]);
                parts.push(PathPart::Text(std::mem::take(&mut text)));
                parts.push(PathPart::Input(input.ident.clone()));
            }
            None => text.push_str(&rest[..start + end + 1]),
        }
        rest = &rest[start + end + 1..];
    }
    text.push_str(rest);
    parts.push(PathPart::Text(text));
    parts.retain(|p| !matches!(p, PathPart::Text(t) if t.is_empty()));
    parts
}
