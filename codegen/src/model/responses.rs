//! Responses of an operation: one per status key, with its JSON body type (or the text or
//! bytes of a body that is not JSON) and examples;
//! where error bodies carry a human message; what a successful call returns; what the
//! mock server answers.

use std::collections::BTreeSet;

use openapiv3::{Operation as OaOperation, ReferenceOr, Response as OaResponse, StatusCode};

use super::operations::{
    BodyEncoding, MockAnswer, MockExample, Output, OutputType, Response, Status, StatusMatch,
};
use super::types::{TypeRef, Use};
use super::{Builder, bodies, media};
use crate::diagnostic::join;

/// The responses of the operation at `pointer`, sorted by status, and the JSON pointers of
/// the messages in its error bodies.
pub(super) fn responses(
    cx: &mut Builder<'_>,
    pointer: &str,
    op: &OaOperation,
    type_name: &str,
) -> (Vec<Response>, Vec<String>) {
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
        let Some(resp) = response(cx, &at, &r, status, type_name) else {
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
    (responses, error_pointers.into_iter().collect())
}

/// What a successful call returns: the documented 2xx bodies, or without any, the
/// default's. Bodies of different types make it any JSON value.
pub(super) fn output(responses: &[Response]) -> Output {
    let mut success: Vec<&Response> = responses.iter().filter(|r| r.status.is_success()).collect();
    if success.is_empty() {
        success = responses
            .iter()
            .filter(|r| r.status == Status::Default)
            .collect();
    }
    let ty = success.iter().find_map(|r| r.ty.as_ref());
    let same = success
        .iter()
        .all(|r| r.ty.as_ref() == ty || r.ty.is_none());
    let raw: Vec<&TypeRef> = success.iter().filter_map(|r| r.raw.as_ref()).collect();
    let ty = match ty {
        Some(t) if same => OutputType::Typed(t.clone()),
        Some(_) => OutputType::Json,
        // Bodies that are not JSON are read as they are: text when all are text.
        None if raw.is_empty() => OutputType::Empty,
        None if raw.iter().all(|t| **t == TypeRef::String) => OutputType::Text,
        None => OutputType::Bytes,
    };
    // A default response stands for any 2xx here; nothing documented means any 2xx too.
    let mut statuses: Vec<StatusMatch> = success
        .iter()
        .map(|r| match r.status {
            Status::Default => StatusMatch::Range(200, 299),
            s => s.matching(),
        })
        .collect();
    if statuses.is_empty() {
        statuses.push(StatusMatch::Range(200, 299));
    }
    let mut accept: Vec<&str> = Vec::new();
    if success.iter().any(|r| r.alternatives) {
        for media in success.iter().filter_map(|r| r.media_type.as_deref()) {
            if !accept.contains(&media) {
                accept.push(media);
            }
        }
    }
    Output {
        ty,
        statuses,
        accept: accept.join(", "),
    }
}

/// The mock server's answer: the first success status (else 200), the emptiest body of its
/// type, and every documented example with the status it documents (a range's first code;
/// 500 for `default`).
pub(super) fn mock_answer(responses: &[Response]) -> MockAnswer {
    let success = responses.iter().find(|r| r.status.is_success());
    let status = match success.map(|r| r.status) {
        Some(Status::Code(c)) => c,
        _ => 200,
    };
    let empty_body = match success.and_then(|r| r.ty.as_ref()) {
        Some(TypeRef::Array(_)) => "[]",
        Some(TypeRef::Named(_) | TypeRef::Map(_) | TypeRef::Any) => "{}",
        _ => "",
    };
    let examples = responses
        .iter()
        .flat_map(|r| {
            let status = match r.status {
                Status::Code(c) => c,
                Status::Range(r) => r * 100,
                Status::Default => 500,
            };
            r.examples.iter().map(move |(name, value)| MockExample {
                status,
                name: name.clone(),
                body: serde_json::to_string(value).unwrap_or_default(),
                shared: None,
            })
        })
        .collect();
    MockAnswer {
        status,
        empty_body: empty_body.to_string(),
        examples,
    }
}

fn response(
    cx: &mut Builder<'_>,
    at: &str,
    r: &ReferenceOr<OaResponse>,
    status: Status,
    op_type: &str,
) -> Option<Response> {
    let (at, r) = cx.component(at, r, "responses", |c| &c.responses)?;
    // JSON (whatever its parameters, `+json` too), or a media range with a structured
    // schema; else the first other body, read as text or bytes.
    let json = r.content.iter().find(|(m, c)| match media::kind(m) {
        BodyEncoding::Json => true,
        BodyEncoding::Bytes if media::wildcard(m) => {
            c.schema.as_ref().is_some_and(|s| !bodies::is_string(cx, s))
        }
        _ => false,
    });
    let raw = match json {
        Some(_) => None,
        None => r.content.keys().next().map(|m| match media::kind(m) {
            BodyEncoding::Text => TypeRef::String,
            _ => TypeRef::Bytes,
        }),
    };
    let media_type = match json {
        Some((media, _)) => Some(media.clone()),
        None => r.content.keys().next().cloned(),
    };
    let mut examples = Vec::new();
    let ty = match json {
        None => None,
        Some((media, content)) => {
            let content_at = join(&join(&at, "content"), media);
            if let Some(v) = &content.example {
                examples.push(("example".to_string(), v.clone()));
            }
            for (name, ex) in &content.examples {
                match cx.example_value(ex) {
                    Ok(Some(v)) => examples.push((name.clone(), v)),
                    Ok(None) => {}
                    Err(reference) => cx.error(
                        join(&join(&content_at, "examples"), name),
                        format!("unresolved reference `{reference}`"),
                    ),
                }
            }
            let suffix = match status {
                Status::Code(c) if status.is_success() && c != 200 => format!("Response{c}"),
                Status::Code(c) if !status.is_success() => format!("Error{c}"),
                Status::Default => "Error".into(),
                Status::Range(r) => format!("Response{r}xx"),
                Status::Code(_) => "Response".into(),
            };
            // JSON without a schema is any JSON value.
            Some(match content.schema.as_ref() {
                Some(s) => cx.resolve(
                    s,
                    &join(&content_at, "schema"),
                    &format!("{op_type}{suffix}"),
                    Use::Model,
                ),
                None => TypeRef::Any,
            })
        }
    };
    Some(Response {
        status,
        ty,
        raw,
        media_type,
        alternatives: r.content.len() > 1,
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
