//! Responses of an operation: one per status key, with its JSON body type and examples,
//! and where error bodies carry a human message.

use std::collections::BTreeSet;

use openapiv3::{Operation as OaOperation, ReferenceOr, Response as OaResponse, StatusCode};

use super::Builder;
use super::operations::{Response, Status};
use super::types::{TypeRef, Use};
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

fn response(
    cx: &mut Builder<'_>,
    at: &str,
    r: &ReferenceOr<OaResponse>,
    status: Status,
    op_type: &str,
) -> Option<Response> {
    let (at, r) = cx.component(at, r, "responses", |c| &c.responses)?;
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
