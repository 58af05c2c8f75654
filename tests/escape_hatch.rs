//! The escape hatch for what the spec does not know yet: `.param(name, value)` on every
//! request builder, and `client.raw(method, path)`, both through the client's credentials,
//! retries and redaction.

use personaclick::mock::MockServer;
use personaclick::{Client, Method, RetryPolicy};
use serde_json::json;
use std::time::Duration;
use wiremock::matchers::{body_partial_json, method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

/// A client of shop `SHOP` (and `secret`, if any) against a wiremock server.
fn client_of(server: &wiremock::MockServer, secret: Option<&str>) -> Client {
    let builder = Client::builder("SHOP").base_url(server.uri());
    match secret {
        Some(secret) => builder.shop_secret(secret).build().map(|c| c.to_root()),
        None => builder.build(),
    }
    .expect("client")
}

/// The mock's log holds one request; its query and JSON body.
fn only_request(mock: &MockServer) -> personaclick::mock::RecordedRequest {
    let mut requests = mock.requests();
    assert_eq!(requests.len(), 1);
    requests.remove(0)
}

#[tokio::test]
async fn param_goes_in_the_query_of_a_query_operation() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    client
        .products()
        .get("100500")
        .param("brand_new_flag", true)
        .param("label", "summer")
        .send()
        .await
        .expect("get");
    let request = only_request(&mock);
    assert_eq!(request.query_value("brand_new_flag"), Some("true"));
    assert_eq!(request.query_value("label"), Some("summer"));
    assert_eq!(request.query_value("item_id"), Some("100500"));
}

#[tokio::test]
async fn param_is_a_body_field_of_a_body_operation_and_keeps_its_type() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    client
        .profile()
        .set()
        .email("a@b.c")
        .param("loyalty_tier", 3)
        .send()
        .await
        .expect("set");
    let body = only_request(&mock).body_json().expect("JSON body");
    assert_eq!(body["loyalty_tier"], json!(3));
    assert_eq!(body["email"], json!("a@b.c"));
    assert_eq!(body["shop_secret"], json!("mock-shopSecret"));
}

#[tokio::test]
async fn a_raw_request_carries_the_credentials_and_answers_with_json() {
    let server = wiremock::MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/future/endpoint"))
        .and(query_param("mode", "fast"))
        .and(body_partial_json(json!({
            "items": [1, 2],
            "shop_id": "SHOP",
            "shop_secret": "SECRET"
        })))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = client_of(&server, Some("SECRET"));
    let answer = client
        .raw(Method::Post, "/future/endpoint")
        .query("mode", "fast")
        .json(&json!({"items": [1, 2]}))
        .send()
        .await
        .expect("raw call");
    assert_eq!(answer["status"], json!("success"));
}

#[tokio::test]
async fn a_raw_get_sends_the_query_credentials_and_is_retried() {
    let server = wiremock::MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/thing"))
        .and(query_param("shop_id", "SHOP"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2/thing"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client_of(&server, None);
    let answer = client
        .raw(Method::Get, "/v2/thing")
        .timeout(Duration::from_secs(10))
        .send_with_response()
        .await
        .expect("second attempt");
    assert_eq!(answer.status().as_u16(), 204);
    assert_eq!(answer.body(), &json!(null), "an empty body is null");
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(2));
}

#[tokio::test]
async fn a_raw_post_is_not_retried_unless_marked_safe() {
    let server = wiremock::MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"message": "busy"})))
        .mount(&server)
        .await;
    let client = client_of(&server, None);
    let err = client
        .raw(Method::Post, "/x")
        .send()
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.api_message(), Some("busy"));
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(1));
    let _ = client
        .raw(Method::Post, "/x")
        .retry_safe(true)
        .retry(RetryPolicy::default())
        .send()
        .await;
    assert!(
        server
            .received_requests()
            .await
            .map(|r| r.len())
            .unwrap_or(0)
            > 2
    );
}

#[tokio::test]
async fn raw_paths_that_would_leave_their_place_are_refused_before_sending() {
    let server = wiremock::MockServer::start().await;
    let client = client_of(&server, None);
    for bad in [
        "no-slash",
        "/a/../admin",
        "/a/%2E%2e/b",
        "/a?x=1",
        "/a#frag",
    ] {
        let err = client.raw(Method::Get, bad).send().await.expect_err(bad);
        assert!(err.to_string().contains("raw"), "{bad}: {err}");
    }
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(0));
}

#[tokio::test]
async fn a_raw_error_does_not_print_the_secret() {
    let server = wiremock::MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(400).set_body_string("bad shop_secret=SECRET-123"))
        .mount(&server)
        .await;
    let client = client_of(&server, Some("SECRET-123"));
    let err = client
        .raw(Method::Get, "/echo")
        .send()
        .await
        .expect_err("400");
    assert!(!format!("{err} {err:?}").contains("SECRET-123"));
}

#[tokio::test]
async fn a_raw_form_takes_the_apis_bracket_notation_and_the_body_credentials() {
    let server = wiremock::MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/future/form"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = client_of(&server, Some("SECRET"));
    client
        .raw(Method::Post, "/future/form")
        .form(&json!({"tags": ["a", "b"]}))
        .send()
        .await
        .expect("raw call");
    let requests = server.received_requests().await.expect("recorded");
    let body = String::from_utf8_lossy(&requests[0].body).into_owned();
    // The spec says `x-form-style: brackets`; the credentials go in the body, as its
    // operations with a body send them.
    assert_eq!(
        body,
        "shop_id=SHOP&shop_secret=SECRET&tags%5B%5D=a&tags%5B%5D=b"
    );
    assert_eq!(requests[0].url.query(), None);
}
