//! Paths → operations: one [`Operation`] per path and method, with its security, sorted
//! by tag and method and uniquely named; the pieces come from the modules beside this one.

use std::collections::BTreeSet;

use openapiv3::{Operation as OaOperation, Parameter, ReferenceOr};

use super::operations::{Context, Operation, SecurityScheme, Tag};
use super::{
    Builder, bodies, credentials, document, extensions, handles, inputs, params, responses, types,
};
use crate::diagnostic::{Severity, join};
use crate::naming::{Scope, camel, method_name, snake};

type Built = (
    Vec<Operation>,
    Vec<Tag>,
    Vec<SecurityScheme>,
    Vec<String>,
    Vec<Context>,
);

/// Builds operations and the document-level lists.
pub(crate) fn build(cx: &mut Builder<'_>) -> Built {
    let (mut schemes, ignored) = document::security_schemes(cx);
    let mut contexts = document::contexts(cx, &schemes);
    let context_params: BTreeSet<String> = contexts
        .iter()
        .flat_map(|c| c.parameters.iter().map(|p| p.name.clone()))
        .collect();
    let api = &cx.doc.api;
    let root_security: Vec<Vec<String>> = api
        .security
        .as_ref()
        .map(|alts| alts.iter().map(|a| a.keys().cloned().collect()).collect())
        .unwrap_or_default();
    let mut operations = Vec::new();
    let mut seen_ids: Vec<(String, String)> = Vec::new();
    // (path pointer, operation pointer, operationId) of every operation met.
    let mut visited: Vec<(String, String, String)> = Vec::new();
    let paths: Vec<(String, ReferenceOr<openapiv3::PathItem>)> = api
        .paths
        .paths
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (path, item) in paths {
        let path_pointer = join("/paths", &path);
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { .. } => {
                cx.error(
                    &path_pointer,
                    "path items given by `$ref` are not supported",
                );
                continue;
            }
        };
        for (method, op) in item.iter() {
            let pointer = join(&path_pointer, method);
            let id = match op.operation_id.clone() {
                Some(id) => id,
                None => {
                    let id = derived_id(method, &path);
                    cx.warn(
                        &pointer,
                        format!("operation has no `operationId`; it is named `{id}` after its method and path"),
                    );
                    id
                }
            };
            visited.push((path_pointer.clone(), pointer.clone(), id.clone()));
            if let Some((_, first)) = seen_ids.iter().find(|(i, _)| *i == id) {
                cx.error(
                    join(&pointer, "operationId"),
                    format!("operationId `{id}` is already used at {first}"),
                );
                continue;
            }
            seen_ids.push((id.clone(), pointer.clone()));
            let declared: Vec<Vec<String>> = match &op.security {
                Some(alts) => alts.iter().map(|a| a.keys().cloned().collect()).collect(),
                None => root_security.clone(),
            };
            let mut security = Vec::new();
            for alt in declared {
                if let Some(unknown) = alt
                    .iter()
                    .find(|s| !schemes.iter().any(|k| &k.id == *s) && !ignored.contains(*s))
                {
                    cx.error(
                        join(&pointer, "security"),
                        format!("unknown security scheme `{unknown}`"),
                    );
                } else if alt.iter().all(|s| schemes.iter().any(|k| &k.id == s)) {
                    security.push(alt);
                }
            }
            let mut op = op.clone();
            op.operation_id = Some(id);
            // A query written into the path key is not part of the template.
            let (template, fixed_query) = match path.split_once('?') {
                Some((template, query)) => (template.to_string(), query_pairs(query)),
                None => (path.clone(), Vec::new()),
            };
            let mut built = operation(
                cx,
                &template,
                method,
                &pointer,
                &op,
                &item.parameters,
                security,
                &context_params,
            );
            built.fixed_query = fixed_query;
            operations.push(built);
        }
    }
    // Every type is known now: break cycles, then decide what needs the final types.
    types::box_cycles(&mut cx.types);
    for op in &mut operations {
        let body_credentials = op
            .body
            .as_ref()
            .map(|b| credentials::of_type(cx, &b.ty))
            .unwrap_or_default();
        credentials::apply(op, body_credentials);
        inputs::decide(cx, op, &context_params);
        op.pagination = extensions::pagination(cx, op);
        op.batch = extensions::batch(cx, op);
    }
    skip_failed(cx, &mut operations, &visited);
    handles::assign(cx, &mut contexts, &mut schemes, &mut operations);
    // Method names must be unique within a tag; builder names within the module.
    operations.sort_by(|a: &Operation, b: &Operation| {
        (&a.tag, &a.method_name).cmp(&(&b.tag, &b.method_name))
    });
    for pair in operations.windows(2) {
        if pair[0].tag == pair[1].tag && pair[0].method_name == pair[1].method_name {
            cx.error(
                join(&pair[1].pointer, "operationId"),
                format!(
                    "method `{}` is defined twice in tag `{}` (also at {})",
                    pair[1].method_name, pair[1].tag, pair[0].pointer
                ),
            );
        }
    }
    let tags = document::tags(cx, &operations, &contexts);
    // The prelude names the operations module writes unqualified stay free too.
    let mut type_names = Scope::with_reserved(
        &tags
            .iter()
            .map(|t| t.type_name.as_str())
            .chain(super::operations::PRELUDE_NAMES.iter().copied())
            .collect::<Vec<_>>(),
    );
    for op in &mut operations {
        let (name, changed) = type_names.claim(&op.type_name);
        if changed {
            cx.warn(
                &op.pointer,
                format!("request type `{}` is taken; using `{name}`", op.type_name),
            );
        }
        op.type_name = name;
    }
    for op in &mut operations {
        if op.inputs.iter().filter(|i| i.required).count() > super::operations::MAX_ARGUMENTS {
            let wanted = format!("{}Args", op.type_name);
            let (name, changed) = type_names.claim(&wanted);
            if changed {
                cx.warn(
                    &op.pointer,
                    format!("arguments type `{wanted}` is taken; using `{name}`"),
                );
            }
            op.args_type = Some(name);
        }
    }
    for context in &mut contexts {
        if let Some(handle) = &mut context.handle {
            let (name, changed) = type_names.claim(&handle.alias);
            if changed {
                cx.warn(
                    "/x-contexts",
                    format!(
                        "client type alias `{}` is taken; using `{name}`",
                        handle.alias
                    ),
                );
            }
            handle.alias = name;
        }
    }
    let global = document::global_security(&operations);
    (operations, tags, schemes, global, contexts)
}

#[allow(clippy::too_many_arguments)]
fn operation(
    cx: &mut Builder<'_>,
    path: &str,
    method: &str,
    pointer: &str,
    op: &OaOperation,
    shared: &[ReferenceOr<Parameter>],
    security: Vec<Vec<String>>,
    context_params: &BTreeSet<String>,
) -> Operation {
    let id = op.operation_id.clone().unwrap_or_default();
    let tag = match op.tags.first() {
        Some(t) => t.clone(),
        None => {
            cx.warn(pointer, "operation has no tag; it is placed in `default`");
            "default".to_string()
        }
    };
    let method_ident = method_name(&id, &tag);
    let type_name = camel(&id);
    let retry_safe = extensions::retry_safe(cx, pointer);
    let params = params::params(cx, path, pointer, shared, op, &type_name, context_params);
    let body = op
        .request_body
        .as_ref()
        .and_then(|b| bodies::request_body(cx, &join(pointer, "requestBody"), b, &type_name));
    let (responses, error_message_pointers) = responses::responses(cx, pointer, op, &type_name);
    let output = responses::output(&responses);
    let mock = responses::mock_answer(&responses);
    let doc = match (&op.summary, &op.description) {
        (Some(s), Some(d)) => Some(format!("{s}\n\n{d}")),
        (s, d) => s.clone().or_else(|| d.clone()),
    };
    let (summary, details) = summary_and_details(doc.as_deref(), &id);
    Operation {
        table_ident: snake(&id).to_ascii_uppercase(),
        id,
        tag,
        method_name: method_ident,
        type_name,
        http_method: method.to_ascii_uppercase(),
        path: path.to_string(),
        fixed_query: Vec::new(),
        pointer: pointer.to_string(),
        doc,
        summary,
        details,
        deprecated: op.deprecated,
        retry_safe,
        params,
        body,
        responses,
        security,
        body_credentials: Vec::new(),
        // Decided once every operation's security is known (see `handles::assign`).
        handle: None,
        error_message_pointers,
        output,
        mock,
        // Decided once every operation is known (see `SharedMeta::decide`).
        shared_security: false,
        shared_error_pointers: false,
        shared_accept: false,
        // Decided once every type is known (see `build`).
        pagination: None,
        batch: None,
        inputs: Vec::new(),
        args_type: None,
        body_object: None,
        path_parts: Vec::new(),
        required_query: Vec::new(),
        required_body: Vec::new(),
    }
}

/// An operation's one-line summary (its first paragraph, on one line, without a closing
/// full stop) and the paragraphs after it. A first paragraph holding a code block does not
/// make a line: then the summary is the operationId and the whole text follows.
fn summary_and_details(doc: Option<&str>, id: &str) -> (String, Option<String>) {
    let Some(doc) = doc.map(str::trim).filter(|d| !d.is_empty()) else {
        return (id.to_string(), None);
    };
    let (first, rest) = doc.split_once("\n\n").unwrap_or((doc, ""));
    if first.contains("```") {
        return (id.to_string(), Some(doc.to_string()));
    }
    let summary = first.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = summary.trim_end_matches('.').to_string();
    let rest = rest.trim();
    (summary, (!rest.is_empty()).then(|| rest.to_string()))
}

/// An operationId for an operation that has none: its method and path in snake case
/// (`get /pets/{id}` → `get_pets_id`).
fn derived_id(method: &str, path: &str) -> String {
    let words: Vec<String> = std::iter::once(method.to_string())
        .chain(
            path.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string),
        )
        .collect();
    snake(&words.join("_"))
}

/// Operations with errors of their own are left out instead of the whole document: each
/// such error becomes a warning saying which operation was skipped, and is kept as it was
/// in `cx.skipped` (what `--strict` refuses). An error at a path item's own parameters
/// belongs to every operation of that path; an error outside any operation (a component
/// schema) still refuses the document.
fn skip_failed(
    cx: &mut Builder<'_>,
    operations: &mut Vec<Operation>,
    visited: &[(String, String, String)],
) {
    fn under(pointer: &str, prefix: &str) -> bool {
        pointer == prefix
            || pointer
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('/'))
    }
    let mut failed: BTreeSet<String> = BTreeSet::new();
    let mut skipped = Vec::new();
    for d in cx.diagnostics.iter_mut().filter(|d| d.is_error()) {
        let Some(pointer) = d.pointer.clone() else {
            continue;
        };
        let own: Vec<&(String, String, String)> = visited
            .iter()
            .filter(|(_, op, _)| under(&pointer, op))
            .collect();
        let owners = if own.is_empty() {
            visited
                .iter()
                .filter(|(path, _, _)| under(&pointer, path))
                .collect()
        } else {
            own
        };
        if owners.is_empty() {
            continue;
        }
        skipped.push(d.clone());
        let ids: Vec<String> = owners.iter().map(|(_, _, id)| format!("`{id}`")).collect();
        d.severity = Severity::Warning;
        d.message = format!("operation {} skipped: {}", ids.join(", "), d.message);
        failed.extend(owners.iter().map(|(_, op, _)| op.clone()));
    }
    operations.retain(|op| !failed.contains(&op.pointer));
    cx.skipped.extend(skipped);
}

/// `beta=true&x=1` → `[("beta", "true"), ("x", "1")]`; a name without `=` has an empty
/// value.
fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (name.to_string(), value.to_string())
        })
        .collect()
}
