//! Parameters of an operation: the path item's and the operation's own (the latter win),
//! resolved, typed, named, and ordered path first (in template order).

use std::collections::BTreeSet;

use openapiv3::{
    Operation as OaOperation, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr,
};

use super::Builder;
use super::inputs::BUILDER_NAMES;
use super::operations::{Param, ParamLocation, ParamStyle};
use super::types::{TypeRef, Use};
use crate::diagnostic::join;
use crate::naming::{Scope, camel, snake};

/// The parameters of the operation at `pointer` (path `path`), checked against the template.
pub(super) fn params(
    cx: &mut Builder<'_>,
    path: &str,
    pointer: &str,
    shared: &[ReferenceOr<Parameter>],
    op: &OaOperation,
    type_name: &str,
    context_params: &BTreeSet<String>,
) -> Vec<Param> {
    // Parameters: the operation's own override the path item's by (name, location).
    let mut params: Vec<Param> = Vec::new();
    // `body` is the whole body's input, and the field an object body is held in.
    let mut idents = Scope::with_reserved(&[BUILDER_NAMES, &["body"]].concat());
    let sources = shared
        .iter()
        .enumerate()
        .map(|(i, p)| {
            (
                join(&join(&join("/paths", path), "parameters"), &i.to_string()),
                p,
            )
        })
        .chain(
            op.parameters
                .iter()
                .enumerate()
                .map(|(i, p)| (join(&join(pointer, "parameters"), &i.to_string()), p)),
        );
    let mut collected: Vec<(String, Parameter)> = Vec::new();
    for (at, p) in sources {
        let Some((at, p)) = cx.component(&at, p, "parameters", |c| &c.parameters) else {
            continue;
        };
        let key = (
            p.parameter_data_ref().name.clone(),
            std::mem::discriminant(&p),
        );
        collected.retain(|(_, q)| {
            (
                q.parameter_data_ref().name.clone(),
                std::mem::discriminant(q),
            ) != key
        });
        collected.push((at, p));
    }
    for (at, p) in collected {
        if let Some(param) = parameter(cx, &at, &p, type_name, &mut idents, context_params) {
            params.push(param);
        }
    }
    // Path parameters in template order, then the rest.
    let template: Vec<String> = path
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_string()))
        .collect();
    for name in &template {
        if !params
            .iter()
            .any(|p| p.location == ParamLocation::Path && &p.name == name)
        {
            cx.error(
                join(pointer, "parameters"),
                format!("path parameter `{name}` of `{path}` is not declared"),
            );
        }
    }
    params.sort_by_key(|p| match p.location {
        ParamLocation::Path => template.iter().position(|n| *n == p.name).unwrap_or(0),
        _ => usize::MAX,
    });
    params
}

fn parameter(
    cx: &mut Builder<'_>,
    at: &str,
    p: &Parameter,
    op_type: &str,
    idents: &mut Scope,
    context_params: &BTreeSet<String>,
) -> Option<Param> {
    let data = p.parameter_data_ref();
    let (location, style) = match p {
        Parameter::Path { .. } => (ParamLocation::Path, ParamStyle::Joined),
        Parameter::Header { .. } => (ParamLocation::Header, ParamStyle::Joined),
        Parameter::Query { style, .. } => {
            let style = match style {
                QueryStyle::Form => {
                    if data.explode.unwrap_or(true) {
                        ParamStyle::Repeated
                    } else {
                        ParamStyle::Joined
                    }
                }
                QueryStyle::DeepObject => ParamStyle::Deep,
                other => {
                    cx.error(join(at, "style"), format!("query style `{other:?}` is not supported (use form or deepObject, or content: application/json)"));
                    return None;
                }
            };
            (ParamLocation::Query, style)
        }
        Parameter::Cookie { .. } => {
            cx.error(at, "cookie parameters are not supported");
            return None;
        }
    };
    let hint = format!("{op_type}{}", camel(&data.name));
    let (ty, style) = match &data.format {
        ParameterSchemaOrContent::Schema(schema) => {
            let ty = cx.resolve(schema, &join(at, "schema"), &hint, Use::Param);
            let kind_of = |n: &str| cx.types.get(n).map(|t| &t.kind);
            let is_object = match &ty {
                TypeRef::Array(inner) => !inner.is_textual(&kind_of),
                other => !other.is_textual(&kind_of),
            };
            let object_style = match (location, style) {
                (ParamLocation::Query, ParamStyle::Repeated) => Some(ParamStyle::Exploded),
                (ParamLocation::Query, ParamStyle::Deep) => Some(ParamStyle::Deep),
                _ => None,
            };
            match (is_object, object_style) {
                (true, Some(style)) if !matches!(ty, TypeRef::Array(_)) => (ty, style),
                (true, _) => {
                    cx.error(
                        join(at, "schema"),
                        "object parameters need `style: form` with `explode: true`, `style: deepObject`, or `content: application/json`",
                    );
                    return None;
                }
                (false, _) if style == ParamStyle::Deep => {
                    cx.error(
                        join(at, "style"),
                        "`style: deepObject` needs an object schema",
                    );
                    return None;
                }
                (false, _) => (ty, style),
            }
        }
        ParameterSchemaOrContent::Content(content) => {
            let Some((media, media_type)) = content.iter().next() else {
                cx.error(join(at, "content"), "`content` must name one media type");
                return None;
            };
            if !media.contains("json") {
                cx.error(
                    join(at, "content"),
                    format!("parameter content `{media}` is not supported (only JSON)"),
                );
                return None;
            }
            let Some(schema) = &media_type.schema else {
                cx.error(join(at, "content"), "parameter content needs a schema");
                return None;
            };
            let ty = cx.resolve(
                schema,
                &join(&join(&join(at, "content"), media), "schema"),
                &hint,
                Use::Model,
            );
            (ty, ParamStyle::Json)
        }
    };
    let (ident, changed) = idents.claim(&snake(&data.name));
    if changed {
        cx.warn(
            at,
            format!("parameter `{}` is set with `.{ident}()`", data.name),
        );
    }
    // A context binds a scalar query parameter (its value goes out as the bound text).
    let context = context_params.contains(&data.name)
        && location == ParamLocation::Query
        && style != ParamStyle::Json
        && !matches!(ty, TypeRef::Array(_) | TypeRef::Map(_));
    let required = data.required || location == ParamLocation::Path;
    if context && required {
        cx.warn(
            at,
            "a context parameter is required here: it must be passed as an argument",
        );
    }
    let aliases = cx.aliases(at);
    Some(Param {
        name: data.name.clone(),
        aliases,
        ident,
        location,
        ty,
        required,
        style,
        context: context && !required,
        pii: cx.flag(at, "x-pii"),
        deprecated: data.deprecated.unwrap_or(false),
        doc: data.description.clone(),
        example: param_example(cx, data),
        text: cx.text_rules(&join(at, "schema")),
    })
}

/// A parameter's documented example: its `example`, the first of its `examples`, or its
/// inline schema's `example`.
fn param_example(cx: &Builder<'_>, data: &openapiv3::ParameterData) -> Option<serde_json::Value> {
    let from_examples = || {
        data.examples
            .values()
            .find_map(|e| cx.example_value(e).ok().flatten())
    };
    let from_schema = || match &data.format {
        ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => {
            schema.schema_data.example.clone()
        }
        _ => None,
    };
    data.example
        .clone()
        .or_else(from_examples)
        .or_else(from_schema)
}
