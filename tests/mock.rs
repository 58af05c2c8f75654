//! The embedded mock server: credential and required-parameter checks, answer overrides,
//! and the request log. (`tests/operations.rs` calls every operation against it.)

use personaclick::Client;
use personaclick::mock::MockServer;
use serde_json::json;

#[tokio::test]
async fn wrong_credentials_are_refused_like_the_api_does() {
    let mock = MockServer::start().await;
    let stranger = Client::builder("someone-else")
        .base_url(mock.uri())
        .build()
        .expect("client");
    let err = stranger.products().get("1").send().await.expect_err("403");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert_eq!(
        err.api_message(),
        Some("Shop not found"),
        "the documented 403 body"
    );
    assert_eq!(mock.credential("shopId"), Some("mock-shopId"));
}

#[tokio::test]
async fn credentials_in_the_body_count() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    client
        .profile()
        .set()
        .email("a@b.c")
        .send()
        .await
        .expect("set");
    let body = mock.requests()[0].body_json().expect("JSON body");
    assert_eq!(body["shop_id"], json!("mock-shopId"));
    assert_eq!(body["shop_secret"], json!("mock-shopSecret"));
}

#[tokio::test]
async fn missing_required_parameters_are_refused() {
    let mock = MockServer::start().await;
    let url = format!("{}/products/get?shop_id=mock-shopId", mock.uri());
    let response = reqwest::get(url).await.expect("request");
    assert_eq!(response.status().as_u16(), 400);
    let url = format!("{}/products/get?shop_id=mock-shopId&item_id=7", mock.uri());
    assert_eq!(
        reqwest::get(url).await.expect("request").status().as_u16(),
        200
    );
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn an_answer_can_be_replaced_and_restored() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    mock.respond_with(
        "products_get",
        200,
        json!({"name": "Replaced", "price": "9.99"}),
    );
    let product = client.products().get("1").send().await.expect("get");
    assert_eq!(product.name.as_deref(), Some("Replaced"));
    mock.respond_with(
        "products_get",
        404,
        json!({"status": "error", "message": "gone"}),
    );
    let err = client.products().get("1").send().await.expect_err("404");
    assert_eq!(err.api_message(), Some("gone"));
    mock.reset("products_get");
    let product = client.products().get("1").send().await.expect("get");
    assert_ne!(product.name.as_deref(), Some("Replaced"));
}

#[tokio::test]
async fn the_log_shows_what_was_sent() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    client
        .visitor("D1", "S1")
        .products()
        .list()
        .categories(["5", "6"])
        .send()
        .await
        .expect("list");
    let requests = mock.requests();
    let r = &requests[0];
    assert_eq!(
        (r.method.as_str(), r.path.as_str(), r.operation),
        ("GET", "/products", Some("products_list"))
    );
    assert_eq!(r.query_value("categories"), Some("5,6"));
    assert_eq!(r.query_value("seance"), Some("S1"));
    mock.clear_requests();
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn unknown_paths_are_404() {
    let mock = MockServer::start().await;
    let response = reqwest::get(format!("{}/nowhere", mock.uri()))
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(mock.requests()[0].operation, None);
}
