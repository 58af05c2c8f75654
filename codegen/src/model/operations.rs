//! Paths → operations: parameters by location, request body, responses by status,
//! security, plus the document-level security schemes, tags and contexts.

use std::collections::BTreeSet;

use openapiv3::{
    Operation as OaOperation, Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr,
    RequestBody, Response as OaResponse, Schema, StatusCode,
};
use serde_json::Value;

use super::Builder;
use super::types::{TypeRef, Use};
use crate::diagnostic::join;
use crate::naming::{Scope, camel, method_name, snake};

/// A tag: one sub-client.
#[derive(Debug, Clone)]
pub struct Tag {
    /// Tag name in the document.
    pub name: String,
    /// Accessor method name on the client.
    pub ident: String,
    /// Sub-client type name.
    pub type_name: String,
    /// Description.
    pub doc: Option<String>,
}

/// A credential the client can hold.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// Id in `components.securitySchemes`.
    pub id: String,
    /// Name of the builder setter.
    pub ident: String,
    /// Wire name (query key or header name).
    pub name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// `x-in-body`: sent as a body field when the operation has a body.
    pub in_body: bool,
    /// `http` bearer authentication (sent as `Authorization: Bearer ...`).
    pub bearer: bool,
    /// Description.
    pub doc: Option<String>,
}

/// A named set of parameters bound once (`x-contexts`).
#[derive(Debug, Clone)]
pub struct Context {
    /// Method name on the client.
    pub ident: String,
    /// Parameter (or top-level body property) names it fills.
    pub parameters: Vec<String>,
    /// Description.
    pub doc: Option<String>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
}

/// How a parameter value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// Scalars as text; arrays comma-joined (`style: form, explode: false`, or `simple`).
    Joined,
    /// Arrays as repeated keys (`style: form, explode: true`).
    Repeated,
    /// The value as JSON text (`content: application/json`).
    Json,
}

/// A path, query or header parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Wire name.
    pub name: String,
    /// More wire names the value is also sent under (`x-aliases`).
    pub aliases: Vec<String>,
    /// Rust name.
    pub ident: String,
    /// Location.
    pub location: ParamLocation,
    /// Type.
    pub ty: TypeRef,
    /// Required: a constructor argument.
    pub required: bool,
    /// Encoding.
    pub style: ParamStyle,
    /// Filled from a context when not set.
    pub context: bool,
    /// Personal data (`x-pii`).
    pub pii: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Description.
    pub doc: Option<String>,
}

/// How a request body may be encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// Encodings in document order; the first is used.
    pub encodings: Vec<BodyEncoding>,
    /// Type.
    pub ty: TypeRef,
    /// Required.
    pub required: bool,
    /// Description.
    pub doc: Option<String>,
}

/// A response status key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// One code.
    Code(u16),
    /// `1XX` .. `5XX`.
    Range(u16),
    /// `default`.
    Default,
}

impl Status {
    /// True for 2xx.
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(r) => r == 2,
            Status::Default => false,
        }
    }
}

/// A documented response.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status key.
    pub status: Status,
    /// JSON body type; `None` when no JSON body is documented.
    pub ty: Option<TypeRef>,
    /// Description.
    pub doc: Option<String>,
    /// Documented examples (name, value), in document order.
    pub examples: Vec<(String, Value)>,
}

impl Operation {
    /// The JSON body type of the first documented success response.
    pub fn success_type(&self) -> Option<&TypeRef> {
        self.responses
            .iter()
            .find(|r| r.status.is_success())
            .and_then(|r| r.ty.as_ref())
    }
}

/// How a listing pages (`x-pagination`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// The input that selects the page: a 1-based page number, or an item offset.
    pub position: String,
    /// True when `position` is an offset rather than a page number.
    pub offset: bool,
    /// The input that sets the page size.
    pub limit: String,
    /// Page size used when walking all pages.
    pub page_size: i64,
    /// Path from the response body to the item list (empty: the body is the list); for a
    /// `oneOf` response, one path per variant.
    pub items: Vec<Vec<String>>,
    /// Type of one item.
    pub item: TypeRef,
    /// Path to the total count, if the response has one.
    pub total: Vec<String>,
    /// Documented cap on reachable items.
    pub max_items: Option<u64>,
}

/// How an upload is split into requests (`x-batch`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// JSON name of the body's array property that may be split.
    pub items: String,
    /// Largest request body, in bytes.
    pub max_bytes: Option<u64>,
    /// Most requests per minute.
    pub per_minute: Option<u32>,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// operationId.
    pub id: String,
    /// Tag (sub-client).
    pub tag: String,
    /// Method name on the sub-client.
    pub method_name: String,
    /// Request builder type name.
    pub type_name: String,
    /// HTTP method, upper case.
    pub http_method: String,
    /// Path template.
    pub path: String,
    /// JSON pointer of the operation.
    pub pointer: String,
    /// Summary and description.
    pub doc: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// `x-retry-safe`.
    pub retry_safe: bool,
    /// Parameters: path ones in template order, then the rest in document order.
    pub params: Vec<Param>,
    /// Request body.
    pub body: Option<Body>,
    /// Responses, sorted by status.
    pub responses: Vec<Response>,
    /// Security alternatives (scheme ids); empty means none needed.
    pub security: Vec<Vec<String>>,
    /// JSON pointers where error bodies carry a human message.
    pub error_message_pointers: Vec<String>,
    /// Paging, when the listing pages.
    pub pagination: Option<Pagination>,
    /// Splitting, when the operation uploads a list.
    pub batch: Option<Batch>,
}

type Built = (
    Vec<Operation>,
    Vec<super::Tag>,
    Vec<SecurityScheme>,
    Vec<String>,
    Vec<Context>,
);

/// Builds operations and the document-level lists.
pub(crate) fn build(cx: &mut Builder<'_>) -> Built {
    let (schemes, ignored) = security_schemes(cx);
    let contexts = contexts(cx);
    let context_params: BTreeSet<String> = contexts
        .iter()
        .flat_map(|c| c.parameters.iter().cloned())
        .collect();
    let api = &cx.doc.api;
    let root_security: Vec<Vec<String>> = api
        .security
        .as_ref()
        .map(|alts| alts.iter().map(|a| a.keys().cloned().collect()).collect())
        .unwrap_or_default();
    let mut operations = Vec::new();
    let mut seen_ids: Vec<(String, String)> = Vec::new();
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
            let Some(id) = op.operation_id.clone() else {
                cx.error(
                    &pointer,
                    "operation has no `operationId`: it is needed to name the method",
                );
                continue;
            };
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
            let built = operation(
                cx,
                &path,
                method,
                &pointer,
                op,
                &item.parameters,
                security,
                &context_params,
            );
            operations.push(built);
        }
    }
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
    let tags = tags(cx, &operations);
    let mut type_names = Scope::with_reserved(
        &tags
            .iter()
            .map(|t| t.type_name.as_str())
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
    let global = global_security(&operations);
    (operations, tags, schemes, global, contexts)
}

/// Schemes every operation requires in every alternative.
fn global_security(ops: &[Operation]) -> Vec<String> {
    let mut common: Option<BTreeSet<String>> = None;
    for op in ops {
        let mut needed: Option<BTreeSet<String>> = None;
        for alt in &op.security {
            let set: BTreeSet<String> = alt.iter().cloned().collect();
            needed = Some(match needed {
                None => set,
                Some(n) => n.intersection(&set).cloned().collect(),
            });
        }
        let needed = needed.unwrap_or_default();
        common = Some(match common {
            None => needed,
            Some(c) => c.intersection(&needed).cloned().collect(),
        });
    }
    common.unwrap_or_default().into_iter().collect()
}

/// Supported schemes, and the ids of schemes that are declared but not supported.
fn security_schemes(cx: &mut Builder<'_>) -> (Vec<SecurityScheme>, Vec<String>) {
    let Some(components) = cx.doc.api.components.clone() else {
        return (Vec::new(), Vec::new());
    };
    let mut out = Vec::new();
    let mut ignored = Vec::new();
    let mut idents = Scope::with_reserved(&[
        "build",
        "base_url",
        "timeout",
        "connect_timeout",
        "user_agent",
        "http_client",
        "retry",
        "max_in_flight",
        "credential",
    ]);
    for (id, scheme) in &components.security_schemes {
        let pointer = join("/components/securitySchemes", id);
        let ReferenceOr::Item(scheme) = scheme else {
            cx.error(
                &pointer,
                "security schemes given by `$ref` are not supported",
            );
            continue;
        };
        let (ident, _) = idents.claim(&snake(id));
        match scheme {
            openapiv3::SecurityScheme::APIKey {
                location,
                name,
                description,
                ..
            } => {
                let location = match location {
                    openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                    openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                    openapiv3::APIKeyLocation::Cookie => {
                        cx.warn(
                            &pointer,
                            "cookie API keys are not supported; this scheme is ignored",
                        );
                        ignored.push(id.clone());
                        continue;
                    }
                };
                let in_body = cx.flag(&pointer, "x-in-body");
                if in_body && location != ParamLocation::Query {
                    cx.error(
                        join(&pointer, "x-in-body"),
                        "`x-in-body` applies to `in: query` keys only",
                    );
                }
                out.push(SecurityScheme {
                    id: id.clone(),
                    ident,
                    name: name.clone(),
                    location,
                    in_body,
                    bearer: false,
                    doc: description.clone(),
                });
            }
            openapiv3::SecurityScheme::HTTP {
                scheme,
                description,
                ..
            } if scheme.eq_ignore_ascii_case("bearer") => {
                out.push(SecurityScheme {
                    id: id.clone(),
                    ident,
                    name: "Authorization".into(),
                    location: ParamLocation::Header,
                    in_body: false,
                    bearer: true,
                    doc: description.clone(),
                });
            }
            _ => {
                cx.warn(
                    &pointer,
                    "only `apiKey` and `http: bearer` schemes are supported; this one is ignored",
                );
                ignored.push(id.clone());
            }
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    (out, ignored)
}

fn contexts(cx: &mut Builder<'_>) -> Vec<Context> {
    let Some(raw) = cx.doc.raw.get("x-contexts").cloned() else {
        return Vec::new();
    };
    let Value::Object(map) = raw else {
        cx.error(
            "/x-contexts",
            "`x-contexts` must map names to `{parameters: [..]}`",
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, body) in map {
        let pointer = join("/x-contexts", &name);
        let parameters: Option<Vec<String>> =
            body.get("parameters").and_then(Value::as_array).map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            });
        match parameters {
            Some(p) if !p.is_empty() => out.push(Context {
                ident: snake(&name),
                parameters: p,
                doc: body
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            }),
            _ => cx.error(
                join(&pointer, "parameters"),
                "a context needs a non-empty list of parameter names",
            ),
        }
    }
    out.sort_by(|a, b| a.ident.cmp(&b.ident));
    out
}

fn tags(cx: &mut Builder<'_>, ops: &[Operation]) -> Vec<super::Tag> {
    let used: BTreeSet<&str> = ops.iter().map(|o| o.tag.as_str()).collect();
    let mut scope = Scope::with_reserved(&["builder", "visitor", "clone"]);
    let mut out = Vec::new();
    for name in used {
        let doc = cx
            .doc
            .api
            .tags
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| t.description.clone());
        let (ident, changed) = scope.claim(&snake(name));
        if changed {
            cx.warn("/tags", format!("tag `{name}` is reached as `{ident}()`"));
        }
        out.push(Tag {
            name: name.to_string(),
            ident,
            type_name: format!("{}Api", camel(name)),
            doc,
        });
    }
    out
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
    let retry_safe = match cx.extension(pointer, "x-retry-safe") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            cx.error(
                join(pointer, "x-retry-safe"),
                "`x-retry-safe` must be true or false",
            );
            false
        }
    };
    // Parameters: the operation's own override the path item's by (name, location).
    let mut params: Vec<Param> = Vec::new();
    let mut idents = Scope::with_reserved(&[
        "client",
        "options",
        "timeout",
        "send",
        "send_with_response",
        "body",
        "new",
        "property",
        "retry",
        "items",
        "send_batched",
    ]);
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
        let Some((at, p)) = resolve_parameter(cx, &at, p) else {
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
        if let Some(param) = parameter(cx, &at, &p, &type_name, &mut idents, context_params) {
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
    let body = op
        .request_body
        .as_ref()
        .and_then(|b| request_body(cx, &join(pointer, "requestBody"), b, &type_name));
    let mut responses = Vec::new();
    let mut error_pointers = BTreeSet::new();
    let all = op
        .responses
        .default
        .iter()
        .map(|r| (Status::Default, r))
        .chain(op.responses.responses.iter().map(|(code, r)| {
            let status = match code {
                StatusCode::Code(c) => Status::Code(*c),
                StatusCode::Range(r) => Status::Range(*r),
            };
            (status, r)
        }));
    let collected: Vec<(Status, ReferenceOr<OaResponse>)> =
        all.map(|(s, r)| (s, r.clone())).collect();
    for (status, r) in collected {
        let key = match status {
            Status::Code(c) => c.to_string(),
            Status::Range(r) => format!("{r}XX"),
            Status::Default => "default".into(),
        };
        let at = join(&join(pointer, "responses"), &key);
        let Some(resp) = response(cx, &at, &r, status, &type_name) else {
            continue;
        };
        if !status.is_success()
            && let Some(ty) = &resp.ty
        {
            message_pointers(cx, ty, "", 0, &mut error_pointers);
        }
        responses.push(resp);
    }
    responses.sort_by_key(|r| r.status);
    if responses.is_empty() {
        cx.error(
            join(pointer, "responses"),
            "operation documents no responses",
        );
    }
    let doc = match (&op.summary, &op.description) {
        (Some(s), Some(d)) => Some(format!("{s}\n\n{d}")),
        (s, d) => s.clone().or_else(|| d.clone()),
    };
    let mut built = Operation {
        id,
        tag,
        method_name: method_ident,
        type_name,
        http_method: method.to_ascii_uppercase(),
        path: path.to_string(),
        pointer: pointer.to_string(),
        doc,
        deprecated: op.deprecated,
        retry_safe,
        params,
        body,
        responses,
        security,
        error_message_pointers: error_pointers.into_iter().collect(),
        pagination: None,
        batch: None,
    };
    built.pagination = pagination(cx, &built);
    built.batch = batch(cx, &built);
    built
}

/// The top-level body properties of an operation (when its body is an object).
fn body_fields<'m>(cx: &'m Builder<'_>, op: &Operation) -> Option<&'m [super::Field]> {
    let mut ty = &op.body.as_ref()?.ty;
    loop {
        let TypeRef::Named(name) = ty else {
            return None;
        };
        match &cx.types.get(name)?.kind {
            super::TypeKind::Struct { fields, .. } => return Some(fields),
            super::TypeKind::Alias(target) => ty = target,
            _ => return None,
        }
    }
}

/// Reads `x-pagination` and checks it against the operation's inputs and response.
fn pagination(cx: &mut Builder<'_>, op: &Operation) -> Option<Pagination> {
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
    // The position and the limit are integer parameters or top-level body properties.
    let mut page_size = None;
    for name in [&position, &limit] {
        let param = op
            .params
            .iter()
            .find(|p| &p.name == name && p.location != ParamLocation::Path);
        let field = body_fields(cx, op).and_then(|f| f.iter().find(|f| &f.json == name));
        let integer = match (param, field) {
            (Some(p), _) => p.ty == TypeRef::Int && !p.required,
            (None, Some(f)) => f.ty == TypeRef::Number && !f.required,
            (None, None) => false,
        };
        if !integer {
            cx.error(
                &at,
                format!(
                    "`{name}` must be an optional integer parameter or body property of `{}`",
                    op.id
                ),
            );
            return None;
        }
        if name == &limit {
            page_size = limit_size(cx, op, name);
        }
    }
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
    let variants: Vec<TypeRef> = if items.len() > 1 {
        match &success {
            TypeRef::Named(n) => {
                match cx.types.get(n).map(|t| &t.kind) {
                    Some(super::TypeKind::Union { variants }) if variants.len() == items.len() => {
                        variants.iter().map(|v| v.ty.clone()).collect()
                    }
                    _ => {
                        cx.error(join(&at, "items"), "a list of item paths needs a `oneOf` response with one variant per path");
                        return None;
                    }
                }
            }
            _ => {
                cx.error(
                    join(&at, "items"),
                    "a list of item paths needs a `oneOf` response with one variant per path",
                );
                return None;
            }
        }
    } else {
        vec![success.clone()]
    };
    let mut item: Option<TypeRef> = None;
    for (ty, path) in variants.iter().zip(&items) {
        match walk(cx, ty, path) {
            Some(TypeRef::Array(found)) if item.as_ref().is_none_or(|i| *i == *found) => {
                item = Some(*found)
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
    let total: Vec<String> = text("total")
        .unwrap_or_default()
        .split('.')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if !total.is_empty() && walk(cx, &success, &total) != Some(TypeRef::Number) {
        cx.error(
            join(&at, "total"),
            format!(
                "`{}` does not lead to a number in the response",
                total.join(".")
            ),
        );
        return None;
    }
    Some(Pagination {
        position,
        offset,
        limit,
        page_size: page_size.unwrap_or(20),
        items,
        item,
        total,
        max_items: raw.get("max-items").and_then(Value::as_u64),
    })
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

/// The type at a property path inside a type.
fn walk(cx: &Builder<'_>, ty: &TypeRef, path: &[String]) -> Option<TypeRef> {
    let Some((first, rest)) = path.split_first() else {
        return Some(ty.clone());
    };
    let TypeRef::Named(name) = ty else {
        return None;
    };
    match &cx.types.get(name)?.kind {
        super::TypeKind::Struct { fields, .. } => {
            let field = fields.iter().find(|f| &f.json == first)?;
            walk(cx, &field.ty, rest)
        }
        super::TypeKind::Alias(target) => walk(cx, target, path),
        _ => None,
    }
}

/// Reads `x-batch` and checks that the body has that list.
fn batch(cx: &mut Builder<'_>, op: &Operation) -> Option<Batch> {
    let at = join(&op.pointer, "x-batch");
    let raw = cx.extension(&op.pointer, "x-batch")?.clone();
    let Some(items) = raw.get("items").and_then(Value::as_str).map(str::to_string) else {
        cx.error(&at, "`x-batch` needs `items`, the body's list property");
        return None;
    };
    let is_list = body_fields(cx, op)
        .and_then(|f| f.iter().find(|f| f.json == items))
        .is_some_and(|f| matches!(f.ty, TypeRef::Array(_)));
    if !is_list {
        cx.error(
            join(&at, "items"),
            format!(
                "`{items}` is not a list property of the request body of `{}`",
                op.id
            ),
        );
        return None;
    }
    Some(Batch {
        items,
        max_bytes: raw.get("max-bytes").and_then(Value::as_u64),
        per_minute: raw
            .get("per-minute")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n > 0),
    })
}

fn resolve_parameter(
    cx: &mut Builder<'_>,
    at: &str,
    p: &ReferenceOr<Parameter>,
) -> Option<(String, Parameter)> {
    match p {
        ReferenceOr::Item(p) => Some((at.to_string(), p.clone())),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/");
            let found = name
                .and_then(|n| cx.doc.api.components.as_ref()?.parameters.get(n))
                .and_then(|p| p.as_item())
                .cloned();
            match (name, found) {
                (Some(n), Some(p)) => Some((join("/components/parameters", n), p)),
                _ => {
                    cx.error(
                        join(at, "$ref"),
                        format!("unresolved reference `{reference}`"),
                    );
                    None
                }
            }
        }
    }
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
                other => {
                    cx.error(join(at, "style"), format!("query style `{other:?}` is not supported (use form, or content: application/json)"));
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
            let is_object = match &ty {
                TypeRef::Map(_) | TypeRef::Any => true,
                TypeRef::Named(n) => !matches!(
                    cx.types.get(n).map(|t| &t.kind),
                    Some(super::TypeKind::Enum { .. })
                ),
                TypeRef::Array(inner) => {
                    !inner.is_scalar() && !matches!(&**inner, TypeRef::Named(_))
                }
                _ => false,
            };
            if is_object {
                cx.error(
                    join(at, "schema"),
                    "object parameters need `content: application/json`",
                );
                return None;
            }
            (ty, style)
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
    let context = context_params.contains(&data.name);
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
    })
}

fn request_body(
    cx: &mut Builder<'_>,
    at: &str,
    body: &ReferenceOr<RequestBody>,
    op_type: &str,
) -> Option<Body> {
    let (at, body) = match body {
        ReferenceOr::Item(b) => (at.to_string(), b.clone()),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/requestBodies/");
            let found = name
                .and_then(|n| cx.doc.api.components.as_ref()?.request_bodies.get(n))
                .and_then(|b| b.as_item())
                .cloned();
            match (name, found) {
                (Some(n), Some(b)) => (join("/components/requestBodies", n), b),
                _ => {
                    cx.error(
                        join(at, "$ref"),
                        format!("unresolved reference `{reference}`"),
                    );
                    return None;
                }
            }
        }
    };
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

fn response(
    cx: &mut Builder<'_>,
    at: &str,
    r: &ReferenceOr<OaResponse>,
    status: Status,
    op_type: &str,
) -> Option<Response> {
    let (at, r) = match r {
        ReferenceOr::Item(r) => (at.to_string(), r.clone()),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/");
            let found = name
                .and_then(|n| cx.doc.api.components.as_ref()?.responses.get(n))
                .and_then(|r| r.as_item())
                .cloned();
            match (name, found) {
                (Some(n), Some(r)) => (join("/components/responses", n), r),
                _ => {
                    cx.error(
                        join(at, "$ref"),
                        format!("unresolved reference `{reference}`"),
                    );
                    return None;
                }
            }
        }
    };
    let json = r
        .content
        .iter()
        .find(|(m, _)| *m == "application/json" || m.ends_with("+json") || m.as_str() == "*/*");
    let mut examples = Vec::new();
    let ty = match json {
        None => None,
        Some((media, content)) => {
            let content_at = join(&join(&at, "content"), media);
            if let Some(v) = &content.example {
                examples.push(("example".to_string(), v.clone()));
            }
            for (name, ex) in &content.examples {
                match ex {
                    ReferenceOr::Item(ex) => {
                        if let Some(v) = &ex.value {
                            examples.push((name.clone(), v.clone()));
                        }
                    }
                    ReferenceOr::Reference { reference } => {
                        let found = reference
                            .strip_prefix("#/components/examples/")
                            .and_then(|n| cx.doc.api.components.as_ref()?.examples.get(n))
                            .and_then(|e| e.as_item())
                            .and_then(|e| e.value.clone());
                        match found {
                            Some(v) => examples.push((name.clone(), v)),
                            None => cx.error(
                                join(&join(&content_at, "examples"), name),
                                format!("unresolved reference `{reference}`"),
                            ),
                        }
                    }
                }
            }
            let suffix = match status {
                Status::Code(c) if status.is_success() && c != 200 => format!("Response{c}"),
                Status::Code(c) if !status.is_success() => format!("Error{c}"),
                Status::Default => "Error".into(),
                Status::Range(r) => format!("Response{r}xx"),
                Status::Code(_) => "Response".into(),
            };
            content.schema.as_ref().map(|s| {
                cx.resolve(
                    s,
                    &join(&content_at, "schema"),
                    &format!("{op_type}{suffix}"),
                    Use::Model,
                )
            })
        }
    };
    Some(Response {
        status,
        ty,
        doc: Some(r.description.clone()).filter(|d| !d.is_empty()),
        examples,
    })
}

/// Finds string properties called `message` (up to two objects deep) in an error body type.
fn message_pointers(
    cx: &Builder<'_>,
    ty: &TypeRef,
    prefix: &str,
    depth: usize,
    out: &mut BTreeSet<String>,
) {
    let TypeRef::Named(name) = ty else { return };
    let Some(def) = cx.types.get(name) else {
        return;
    };
    let super::TypeKind::Struct { fields, .. } = &def.kind else {
        return;
    };
    for f in fields {
        let pointer = join(prefix, &f.json);
        match &f.ty {
            TypeRef::String if f.json == "message" => {
                out.insert(pointer);
            }
            TypeRef::Named(_) if depth < 2 => message_pointers(cx, &f.ty, &pointer, depth + 1, out),
            _ => {}
        }
    }
}
