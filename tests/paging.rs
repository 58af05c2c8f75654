//! Listings that page stream every item (`.items()`) or every whole page (`.pages()`),
//! page by page, within the documented cap.

use futures_util::{StreamExt, TryStreamExt};
use personaclick::Client;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Serves `total` products, `limit` per page, honouring `page` (1-based).
struct Catalog {
    total: usize,
    fail_on_page: Option<usize>,
}

impl Respond for Catalog {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let q = |k: &str| {
            request
                .url
                .query_pairs()
                .find(|(n, _)| n == k)
                .and_then(|(_, v)| v.parse::<usize>().ok())
        };
        let (page, limit) = (q("page").unwrap_or(1), q("limit").unwrap_or(10));
        if Some(page) == self.fail_on_page {
            return ResponseTemplate::new(503)
                .set_body_json(json!({"status": "error", "message": "busy"}));
        }
        let start = (page - 1) * limit;
        let products: Vec<Value> = (start..(start + limit).min(self.total))
            .map(|i| json!({"id": i.to_string(), "price": i}))
            .collect();
        ResponseTemplate::new(200)
            .set_body_json(json!({"products": products, "products_total": self.total}))
    }
}

async fn client(server: &MockServer) -> Client {
    Client::builder("shop")
        .base_url(server.uri())
        .build()
        .expect("client")
}

#[tokio::test]
async fn every_page_is_read_until_the_total() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(Catalog {
            total: 237,
            fail_on_page: None,
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    let products: Vec<_> = client
        .products()
        .list()
        .categories(["7"])
        .items()
        .try_collect()
        .await
        .expect("all pages");
    assert_eq!(products.len(), 237);
    assert!(products[236].id.as_ref().is_some_and(|id| id == "236"));
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 3, "100 + 100 + 37");
    let pages: Vec<String> = requests
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "page")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(pages, ["1", "2", "3"]);
    assert!(
        requests
            .iter()
            .all(|r| r.url.query().unwrap_or_default().contains("categories=7")),
        "other parameters stay"
    );
}

#[tokio::test]
async fn the_documented_cap_stops_the_stream() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(Catalog {
            total: 50_000,
            fail_on_page: None,
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    let count = client.products().list().items().count().await;
    assert_eq!(
        count, 10_000,
        "the products listing reaches 10,000 items at most"
    );
    assert_eq!(
        server.received_requests().await.expect("recorded").len(),
        100
    );
}

#[tokio::test]
async fn an_error_ends_the_stream_after_it_is_yielded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/category/9"))
        .respond_with(Catalog {
            total: 500,
            fail_on_page: Some(2),
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    let results: Vec<_> = client
        .visitor("D1", "S1")
        .products()
        .in_category("9")
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 101);
    assert!(results[..100].iter().all(Result::is_ok));
    assert_eq!(
        results[100]
            .as_ref()
            .err()
            .and_then(|e| e.status())
            .map(|s| s.as_u16()),
        Some(503)
    );
}

#[tokio::test]
async fn an_empty_listing_is_one_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(Catalog {
            total: 0,
            fail_on_page: None,
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    assert_eq!(client.products().list().items().count().await, 0);
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1);
}

// `.pages()`: each whole page, with the same endings as `.items()`.

#[tokio::test]
async fn pages_keep_the_total_and_end_at_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(Catalog {
            total: 237,
            fail_on_page: None,
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    let pages: Vec<_> = client
        .products()
        .list()
        .pages()
        .try_collect()
        .await
        .expect("all pages");
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.products.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [100, 100, 37]);
    assert!(
        pages
            .iter()
            .all(|p| p.products_total.as_ref().and_then(|n| n.as_u64()) == Some(237)),
        "every page keeps its total"
    );
    assert_eq!(server.received_requests().await.expect("recorded").len(), 3);
}

#[tokio::test]
async fn pages_stop_at_the_documented_cap() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(Catalog {
            total: 50_000,
            fail_on_page: None,
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    assert_eq!(client.products().list().pages().count().await, 100);
    assert_eq!(
        server.received_requests().await.expect("recorded").len(),
        100
    );
}

#[tokio::test]
async fn pages_end_after_the_first_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/category/9"))
        .respond_with(Catalog {
            total: 500,
            fail_on_page: Some(2),
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    let results: Vec<_> = client
        .visitor("D1", "S1")
        .products()
        .in_category("9")
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert_eq!(
        results[1]
            .as_ref()
            .err()
            .and_then(|e| e.status())
            .map(|s| s.as_u16()),
        Some(503)
    );
}

#[tokio::test]
async fn an_empty_listing_is_one_empty_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(Catalog {
            total: 0,
            fail_on_page: None,
        })
        .mount(&server)
        .await;
    let client = client(&server).await;
    let pages: Vec<_> = client.products().list().pages().collect().await;
    assert_eq!(pages.len(), 1);
    assert!(
        pages[0]
            .as_ref()
            .is_ok_and(|p| p.products.as_ref().is_none_or(Vec::is_empty))
    );
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1);
}

/// The same full page, whatever is asked.
struct SamePage;

impl Respond for SamePage {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let products: Vec<Value> = (0..100).map(|i| json!({"id": i.to_string()})).collect();
        ResponseTemplate::new(200).set_body_json(json!({ "products": products }))
    }
}

#[tokio::test]
async fn a_repeated_page_ends_the_pages_with_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(SamePage)
        .mount(&server)
        .await;
    let client = client(&server).await;
    let results: Vec<_> = client.products().list().pages().collect().await;
    assert_eq!(results.len(), 2, "one page, then the error");
    assert!(results[0].is_ok());
    assert!(
        matches!(
            results[1],
            Err(personaclick::Error::RepeatedPage { page: 2, .. })
        ),
        "{:?}",
        results[1].as_ref().err()
    );
}

#[tokio::test]
async fn pages_stop_at_the_clients_page_cap() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(Catalog {
            total: 5_000,
            fail_on_page: None,
        })
        .mount(&server)
        .await;
    let client = Client::builder("shop")
        .base_url(server.uri())
        .max_pages(3)
        .build()
        .expect("client");
    // A stream is `Send + 'static`: it can run on another task.
    let stream = client.products().list().pages();
    let results: Vec<_> = tokio::spawn(stream.collect::<Vec<_>>())
        .await
        .expect("task");
    assert_eq!(results.len(), 4);
    assert!(results[..3].iter().all(Result::is_ok));
    assert!(
        matches!(
            results[3],
            Err(personaclick::Error::PageLimit { pages: 3, .. })
        ),
        "{:?}",
        results[3].as_ref().err()
    );
    assert_eq!(server.received_requests().await.expect("recorded").len(), 3);
}
