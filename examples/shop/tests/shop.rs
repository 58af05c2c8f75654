//! Drives the example shop over loopback, as a browser would, against the PersonaClick
//! mock: session cookies, the upstream calls of each page, and a failing upstream.

use personaclick::mock::MockServer;
use serde_json::{Value, json};

struct Running {
    mock: MockServer,
    base: String,
    http: reqwest::Client,
}

async fn start() -> Running {
    let mock = MockServer::start().await;
    let app = personaclick_example_shop::app(mock.client().expect("client").to_root());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    Running {
        mock,
        base,
        http: reqwest::Client::new(),
    }
}

impl Running {
    /// The operations the mock received since the last call, in order.
    fn upstream(&self) -> Vec<&'static str> {
        let ops = self
            .mock
            .requests()
            .iter()
            .filter_map(|r| r.operation)
            .collect();
        self.mock.clear_requests();
        ops
    }
}

fn cookie_header(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next())
        .collect::<Vec<_>>()
        .join("; ")
}

#[tokio::test]
async fn a_visit_opens_one_session_and_tracks_each_step() {
    let shop = start().await;
    // First page view: no cookies, so a session is opened and its cookies are set.
    let page = shop
        .http
        .get(format!("{}/products/100500", shop.base))
        .send()
        .await
        .expect("product page");
    assert_eq!(page.status(), 200);
    let cookies = cookie_header(&page);
    assert!(cookies.contains("personaclick_device_id="), "{cookies}");
    assert!(cookies.contains("personaclick_session_code="), "{cookies}");
    let body: Value = page.json().await.expect("JSON");
    assert_eq!(body["id"], "100500");
    assert!(body["name"].is_string(), "{body}");
    assert!(
        body["recommended"]
            .as_array()
            .is_some_and(|r| !r.is_empty()),
        "{body}"
    );
    let mut first = shop.upstream();
    assert_eq!(first.remove(0), "session_init");
    first.sort_unstable();
    assert_eq!(
        first,
        ["products_get", "recommendations_get", "tracking_event"]
    );

    // With the cookies the session is reused: no /init.
    let cart = shop
        .http
        .post(format!("{}/cart", shop.base))
        .header("cookie", &cookies)
        .json(&json!({"product_id": "100500", "quantity": 2}))
        .send()
        .await
        .expect("cart");
    assert_eq!(cart.status(), 200);
    let sent = shop.mock.requests();
    assert_eq!(sent.len(), 1, "only the cart event");
    let event = sent[0].body_json().expect("event body");
    assert_eq!(event["event"], "cart");
    assert_eq!(event["items"], json!([{"id": "100500", "amount": 2}]));
    shop.mock.clear_requests();

    let order = shop
        .http
        .post(format!("{}/checkout", shop.base))
        .header("cookie", &cookies)
        .json(&json!({"order_id": "ORDER-7", "lines": [
            {"product_id": "100500", "quantity": 2, "unit_price": 19.5}
        ]}))
        .send()
        .await
        .expect("checkout");
    assert_eq!(order.status(), 200);
    let sent = shop.mock.requests();
    let event = sent[0].body_json().expect("event body");
    assert_eq!(event["event"], "purchase");
    assert_eq!(event["order_id"], "ORDER-7");
    assert_eq!(event["order_price"], 39.0);
    assert_eq!(
        event["items"],
        json!([{"id": "100500", "amount": 2, "price": 19.5}])
    );
    shop.mock.clear_requests();

    let found = shop
        .http
        .get(format!("{}/search?q=shoes", shop.base))
        .header("cookie", &cookies)
        .send()
        .await
        .expect("search");
    assert_eq!(found.status(), 200);
    let body: Value = found.json().await.expect("JSON");
    assert!(
        body["products"].as_array().is_some_and(|p| !p.is_empty()),
        "{body}"
    );
    assert!(
        body["filters"].as_array().is_some_and(|f| !f.is_empty()),
        "{body}"
    );
    let sent = shop.mock.requests();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].query_value("type"), Some("full_search"));
    assert_eq!(sent[0].query_value("search_query"), Some("shoes"));
}

#[tokio::test]
async fn a_failing_upstream_is_a_bad_gateway_without_secrets() {
    let shop = start().await;
    shop.mock.respond_with(
        "search_find",
        500,
        json!({"status": "error", "message": "down"}),
    );
    let found = shop
        .http
        .get(format!("{}/search?q=shoes", shop.base))
        .send()
        .await
        .expect("search");
    assert_eq!(found.status(), 502);
    let text = found.text().await.expect("body");
    let secret = shop.mock.credential("shopSecret").expect("a secret scheme");
    assert!(!text.contains(secret), "{text}");
    assert!(text.contains("search_find"), "{text}");
}
