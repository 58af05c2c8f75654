//! Uploads larger than one request may carry are split and paced (`x-batch`).

use std::time::{Duration, Instant};

use personaclick::types::AudienceMember;
use personaclick::{Client, Pii, ServerClient};
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A server answering `status` to every `verb path`, and a client of it with the secret.
async fn accepting(verb: &str, at: &str, status: u16) -> (MockServer, ServerClient) {
    let server = MockServer::start().await;
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(ResponseTemplate::new(status))
        .mount(&server)
        .await;
    let client = Client::builder("shop")
        .shop_secret("secret")
        .base_url(server.uri())
        .build()
        .expect("client");
    (server, client)
}

#[tokio::test]
async fn an_import_over_32_mb_is_split_and_paced() {
    let (server, client) = accepting("POST", "/import/audience", 200).await;
    // 340 customers of about 100 kB each: some 34 MB, more than one request may carry.
    let members: Vec<AudienceMember> = (0..340)
        .map(|i| {
            let mut m = AudienceMember::new();
            m.email = Some(Pii::new(format!("c{i}@example.com")));
            m.extra
                .insert("note".into(), Value::String("x".repeat(100_000)));
            m
        })
        .collect();
    let started = Instant::now();
    let answers = client
        .audience()
        .import(members)
        .send_batched()
        .await
        .expect("import");
    assert_eq!(answers.len(), 2);
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 2);
    let mut emails = Vec::new();
    for r in &requests {
        assert!(
            r.body.len() <= 32 * 1024 * 1024,
            "{} bytes in one request",
            r.body.len()
        );
        let body: Value = serde_json::from_slice(&r.body).expect("JSON");
        assert_eq!(
            body["shop_secret"], "secret",
            "credentials in every request"
        );
        emails.extend(
            body["audience"]
                .as_array()
                .expect("audience")
                .iter()
                .map(|m| m["email"].as_str().unwrap_or_default().to_string()),
        );
    }
    let expected: Vec<String> = (0..340).map(|i| format!("c{i}@example.com")).collect();
    assert_eq!(emails, expected, "every customer once, in order");
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "40 requests a minute: 1.5 s apart"
    );
}

#[tokio::test]
async fn a_small_import_is_one_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/sync/orders"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = Client::builder("shop")
        .shop_secret("secret")
        .base_url(server.uri())
        .build()
        .expect("client");
    let answers = client
        .orders()
        .sync(Vec::<personaclick::types::SyncOrder>::new())
        .send_batched()
        .await
        .expect("sync");
    assert_eq!(answers.len(), 1);
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1);
}

#[tokio::test]
async fn two_batched_imports_at_once_share_the_operations_rate() {
    use personaclick::types::CatalogProduct;
    use personaclick::{Id, Number};
    let (server, client) = accepting("PUT", "/import/products", 204).await;
    let products = |from: u32| -> Vec<CatalogProduct> {
        (from..from + 5001)
            .map(|n| {
                CatalogProduct::new(
                    n.to_string(),
                    true,
                    "P",
                    Number::from(1),
                    "https://shop.example/p",
                    "https://shop.example/i.jpg",
                    vec![Id::from(1)],
                    "USD",
                )
            })
            .collect()
    };
    // 5,001 products is two requests (5,000 at most each), so two imports make four
    // requests of one operation: at 40 a minute they start 1.5 s apart, shared by both
    // calls (paced per call, the four would start within one interval).
    let started = Instant::now();
    let (a, b) = tokio::join!(
        client.catalog().update_products(products(0)).send_batched(),
        client
            .catalog()
            .update_products(products(10_000))
            .send_batched(),
    );
    assert_eq!(a.expect("first import").len(), 2);
    assert_eq!(b.expect("second import").len(), 2);
    assert_eq!(server.received_requests().await.expect("recorded").len(), 4);
    assert!(
        started.elapsed() >= Duration::from_millis(1500) * 3,
        "four requests in {:?}",
        started.elapsed()
    );
}
