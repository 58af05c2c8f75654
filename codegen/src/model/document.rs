//! Document-level lists: the tags that have operations (sub-clients), the supported
//! security schemes and what every operation needs, and the parameter contexts.

use std::collections::BTreeSet;

use openapiv3::ReferenceOr;
use serde_json::Value;

use super::Builder;
use super::operations::{Context, ContextParam, Operation, ParamLocation, SecurityScheme, Tag};
use crate::diagnostic::join;
use crate::naming::{Scope, camel, snake};

/// Schemes every operation requires in every alternative.
pub(super) fn global_security(ops: &[Operation]) -> Vec<String> {
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
pub(super) fn security_schemes(cx: &mut Builder<'_>) -> (Vec<SecurityScheme>, Vec<String>) {
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
        let static_ident = format!("SCHEME_{}", ident.to_ascii_uppercase());
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
                if cx.extension(&pointer, "x-in-body").is_some() {
                    cx.warn(
                        join(&pointer, "x-in-body"),
                        "`x-in-body` is not read: declare a credential sent in the body as a body property with `x-credential`",
                    );
                }
                out.push(SecurityScheme {
                    id: id.clone(),
                    static_ident,
                    ident,
                    name: name.clone(),
                    location,
                    bearer: false,
                    basic: false,
                    doc: description.clone(),
                    handle: None,
                });
            }
            openapiv3::SecurityScheme::HTTP {
                scheme,
                description,
                ..
            } if scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("basic") => {
                let bearer = scheme.eq_ignore_ascii_case("bearer");
                out.push(SecurityScheme {
                    id: id.clone(),
                    static_ident,
                    ident,
                    name: "Authorization".into(),
                    location: ParamLocation::Header,
                    bearer,
                    basic: !bearer,
                    doc: description.clone(),
                    handle: None,
                });
            }
            _ => {
                cx.warn(
                    &pointer,
                    "only `apiKey`, `http: bearer` and `http: basic` schemes are supported; this one is ignored",
                );
                ignored.push(id.clone());
            }
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    (out, ignored)
}

pub(super) fn contexts(cx: &mut Builder<'_>, schemes: &[SecurityScheme]) -> Vec<Context> {
    let Some(raw) = cx.doc.raw.get("x-contexts").cloned() else {
        return Vec::new();
    };
    let Value::Object(map) = raw else {
        cx.error(
            "/x-contexts",
            "`x-contexts` must map names to `{parameters: [..]}` or `{credentials: [..]}`",
        );
        return Vec::new();
    };
    let names = |body: &Value, key: &str| -> Vec<String> {
        body.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for (name, body) in map {
        let pointer = join("/x-contexts", &name);
        let parameters = names(&body, "parameters");
        let credentials = names(&body, "credentials");
        if parameters.is_empty() == credentials.is_empty() {
            cx.error(
                &pointer,
                "a context binds either a non-empty list of `parameters` or one of `credentials` (security scheme ids)",
            );
            continue;
        }
        if let Some(unknown) = credentials
            .iter()
            .find(|c| !schemes.iter().any(|s| &s.id == *c))
        {
            cx.error(
                join(&pointer, "credentials"),
                format!("`{unknown}` is not a declared security scheme"),
            );
            continue;
        }
        out.push(Context {
            ident: snake(&name),
            parameters: parameters
                .into_iter()
                .map(|name| ContextParam {
                    ident: snake(&name),
                    name,
                })
                .collect(),
            credentials,
            doc: body
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_string),
            handle: None,
        });
    }
    out.sort_by(|a, b| a.ident.cmp(&b.ident));
    out
}

/// The tags in use, each with its accessor name: the client's own methods and the
/// contexts' methods stay free.
pub(super) fn tags(cx: &mut Builder<'_>, ops: &[Operation], contexts: &[Context]) -> Vec<Tag> {
    let used: BTreeSet<&str> = ops.iter().map(|o| o.tag.as_str()).collect();
    let mut reserved = vec!["builder", "base_url", "raw", "clone", "to_root"];
    reserved.extend(contexts.iter().map(|c| c.ident.as_str()));
    let mut scope = Scope::with_reserved(&reserved);
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
        let summary = doc
            .as_deref()
            .and_then(first_sentence)
            .unwrap_or_else(|| format!("Operations tagged `{name}`."));
        let handles: BTreeSet<Option<String>> = ops
            .iter()
            .filter(|o| o.tag == name)
            .map(|o| o.handle.clone())
            .collect();
        out.push(Tag {
            name: name.to_string(),
            ident,
            type_name: format!("{}Api", camel(name)),
            summary,
            doc,
            handles: handles.into_iter().collect(),
        });
    }
    out
}

/// The first sentence of a description, for a one-line doc: up to the first `. ` (or the
/// end), on one line. `None` for an empty description.
fn first_sentence(text: &str) -> Option<String> {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = flat.find(". ").map_or(flat.len(), |i| i + 1);
    let sentence = flat[..end].trim();
    if sentence.is_empty() {
        return None;
    }
    Some(if sentence.ends_with(['.', '!', '?']) {
        sentence.to_string()
    } else {
        format!("{sentence}.")
    })
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn first_sentence_is_one_line_up_to_the_first_full_stop() {
        assert_eq!(
            first_sentence("Starting a session,\n which hands out ids. Section Init.").as_deref(),
            Some("Starting a session, which hands out ids.")
        );
        assert_eq!(first_sentence("Orders").as_deref(), Some("Orders."));
        assert_eq!(
            first_sentence("v1.2 of the list.").as_deref(),
            Some("v1.2 of the list.")
        );
        assert_eq!(first_sentence("  \n "), None);
    }
}
