//! Every operation in the spec, called with a sample value for every input, against a
//! server on loopback: the method, the path, every parameter, every body property and the
//! credentials reach the wire; the documented answer decodes; error statuses become typed
//! errors. The calls come from `sample_call`, generated from the spec into
//! `generated/sample_calls.rs` (kept fresh by `tests/snapshot.rs`).

use personaclick::Client;
use personaclick_codegen::model::{
    BodyEncoding, Operation, ParamLocation, Status, TypeKind, TypeRef,
};
use serde_json::{Value, json};
use wiremock::{Mock, MockServer, ResponseTemplate, matchers};

include!("../generated/sample_calls.rs");

fn model() -> personaclick_codegen::Model {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/personaclick.yaml"
    ))
    .expect("read the spec");
    personaclick_codegen::check(&text).unwrap_or_else(|d| panic!("{d}"))
}

/// The answer a server gives on success: the first documented example, else an empty body
/// of the documented type.
fn success_body(op: &Operation) -> (u16, Vec<u8>) {
    let response = op.responses.iter().find(|r| r.status.is_success());
    let status = match response.map(|r| r.status) {
        Some(Status::Code(c)) => c,
        _ => 200,
    };
    let body = match response {
        Some(r) if !r.examples.is_empty() => {
            serde_json::to_vec(&r.examples[0].1).expect("example is JSON")
        }
        Some(r) => match &r.ty {
            Some(TypeRef::Array(_)) => b"[]".to_vec(),
            Some(_) => b"{}".to_vec(),
            None => Vec::new(),
        },
        None => Vec::new(),
    };
    (status, body)
}

fn path_matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter().zip(&p).all(|(t, p)| {
            if t.starts_with('{') {
                !p.is_empty()
            } else {
                t == p
            }
        })
}

fn body_fields<'m>(model: &'m personaclick_codegen::Model, op: &Operation) -> Option<Vec<&'m str>> {
    let TypeRef::Named(name) = &op.body.as_ref()?.ty else {
        return None;
    };
    let def = model.types.iter().find(|t| &t.name == name)?;
    let TypeKind::Struct { fields, .. } = &def.kind else {
        return None;
    };
    Some(
        fields
            .iter()
            .flat_map(|f| {
                std::iter::once(f.json.as_str()).chain(f.aliases.iter().map(String::as_str))
            })
            .collect(),
    )
}

#[tokio::test]
async fn every_operation_sends_every_input() {
    let model = model();
    assert_eq!(
        model.operations.len(),
        personaclick::operations::OPERATION_IDS.len()
    );
    let server = MockServer::start().await;
    let client = Client::builder("shop-1")
        .shop_secret("secret-1")
        .base_url(server.uri())
        .build()
        .expect("client");
    let mut checked = 0;
    for op in &model.operations {
        server.reset().await;
        let (status, body) = success_body(op);
        Mock::given(matchers::any())
            .respond_with(ResponseTemplate::new(status).set_body_raw(body, "application/json"))
            .mount(&server)
            .await;
        let outcome = sample_call(&client, &op.id)
            .await
            .unwrap_or_else(|| panic!("no sample call for {}", op.id));
        outcome.unwrap_or_else(|e| panic!("{}: the documented answer did not decode: {e}", op.id));
        let requests = server.received_requests().await.expect("recording");
        assert_eq!(requests.len(), 1, "{}", op.id);
        let req = &requests[0];
        assert_eq!(req.method.as_str(), op.http_method, "{}", op.id);
        assert!(
            path_matches(&op.path, req.url.path()),
            "{}: {} does not fit {}",
            op.id,
            req.url.path(),
            op.path
        );
        let query: Vec<(String, String)> = req
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let has_query = |name: &str| query.iter().any(|(k, _)| k == name);
        for p in op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Query)
        {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                assert!(
                    has_query(name),
                    "{}: query parameter `{name}` was not sent",
                    op.id
                );
            }
        }
        for p in op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Header)
        {
            assert!(
                req.headers.contains_key(p.name.as_str()),
                "{}: header `{}` was not sent",
                op.id,
                p.name
            );
        }
        let sent: Option<Value> = match op.body.as_ref().map(|b| b.encodings[0]) {
            Some(BodyEncoding::Json) => Some(
                serde_json::from_slice(&req.body)
                    .unwrap_or_else(|e| panic!("{}: body is not JSON: {e}", op.id)),
            ),
            Some(BodyEncoding::Form) => Some(Value::Object(
                url::form_urlencoded::parse(&req.body)
                    .map(|(k, v)| {
                        (
                            k.split('[').next().unwrap_or_default().to_string(),
                            json!(v),
                        )
                    })
                    .collect(),
            )),
            // The part names of a multipart body: its `Content-Disposition` lines.
            Some(BodyEncoding::Multipart) => Some(Value::Object(
                String::from_utf8_lossy(&req.body)
                    .split("name=\"")
                    .skip(1)
                    .filter_map(|rest| rest.split('"').next())
                    .map(|name| (name.to_string(), json!(true)))
                    .collect(),
            )),
            Some(BodyEncoding::Text | BodyEncoding::Bytes) | None => None,
        };
        if let Some(fields) = body_fields(&model, op) {
            let sent = sent
                .as_ref()
                .and_then(Value::as_object)
                .unwrap_or_else(|| panic!("{}: no object body", op.id));
            for field in fields {
                assert!(
                    sent.contains_key(field),
                    "{}: body property `{field}` was not sent",
                    op.id
                );
            }
        } else if op.body.as_ref().is_some_and(|b| b.required) {
            assert!(!req.body.is_empty(), "{}: the body was not sent", op.id);
        }
        // Credentials: the first alternative (the client holds every credential), each
        // exactly where the spec puts it: the body property it declares, or the scheme's
        // query key, and not in the other place too.
        if let Some(alternative) = op.security.first() {
            for scheme in alternative {
                let query_name = &model
                    .security_schemes
                    .iter()
                    .find(|s| &s.id == scheme)
                    .expect("a declared scheme")
                    .name;
                let in_body = sent.as_ref();
                match op.body_credentials.iter().find(|c| &c.scheme == scheme) {
                    Some(c) => {
                        assert!(
                            in_body.and_then(|b| b.get(&c.json)).is_some(),
                            "{}: credential `{}` is not in the body",
                            op.id,
                            c.json
                        );
                        assert!(
                            !has_query(query_name),
                            "{}: credential `{query_name}` is in the query too",
                            op.id
                        );
                    }
                    None => assert!(
                        has_query(query_name),
                        "{}: credential `{query_name}` is not in the query",
                        op.id
                    ),
                }
            }
        }
        checked += 1;
    }
    println!("{checked} operations checked on the wire");
}

#[tokio::test]
async fn error_statuses_become_typed_errors_for_every_operation() {
    let server = MockServer::start().await;
    let client = Client::builder("shop-1")
        .shop_secret("secret-1")
        .base_url(server.uri())
        .build()
        .expect("client");
    for status in [400u16, 403, 404] {
        server.reset().await;
        let body = json!({"status": "error", "payload": {"message": format!("no luck {status}")}});
        Mock::given(matchers::any())
            .respond_with(ResponseTemplate::new(status).set_body_json(body))
            .mount(&server)
            .await;
        for op in personaclick::operations::OPERATION_IDS {
            let err = sample_call(&client, op)
                .await
                .expect("known operation")
                .expect_err("an error status");
            let personaclick::Error::Api(api) = &err else {
                panic!("{op} {status}: expected an API error, got {err:?}")
            };
            assert_eq!(api.status.as_u16(), status, "{op}");
            assert_eq!(api.operation, *op);
            assert_eq!(
                api.message.as_deref(),
                Some(format!("no luck {status}").as_str()),
                "{op}"
            );
        }
    }
}

#[tokio::test]
async fn the_mock_server_answers_every_operation() {
    let mock = personaclick::mock::MockServer::start().await;
    let client = mock.client().expect("client");
    for op in personaclick::operations::OPERATION_IDS {
        sample_call(&client, op)
            .await
            .expect("known operation")
            .unwrap_or_else(|e| panic!("{op}: {e}"));
    }
    assert_eq!(
        mock.requests().len(),
        personaclick::operations::OPERATION_IDS.len()
    );
    assert!(mock.requests().iter().all(|r| r.operation.is_some()));
}
