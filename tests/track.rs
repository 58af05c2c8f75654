//! One-line events put the typed event of `POST /push` on the wire: the visitor's ids, the
//! event kind, its items with the given ids, quantities and prices, and the order fields.

use personaclick::mock::MockServer;
use personaclick::types::RecommendedBy;
use personaclick::{PurchaseItem, Visitor};
use serde_json::{Value, json};

async fn sent(
    call: impl std::future::Future<Output = Result<impl Sized, personaclick::Error>>,
    mock: &MockServer,
) -> Value {
    mock.clear_requests();
    call.await.expect("the mock accepts the event");
    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].operation, Some("tracking_event"));
    requests[0].body_json().expect("a JSON body")
}

#[tokio::test]
async fn each_event_sends_its_kind_ids_and_items() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    let visitor = client.for_visitor(&Visitor::new("DEV1", "SES1"));
    let track = visitor.track();

    let body = sent(track.view("100500").send(), &mock).await;
    assert_eq!(body["event"], "view");
    assert_eq!(body["did"], "DEV1");
    assert_eq!(body["items"], json!([{"id": "100500"}]));

    let body = sent(
        track
            .view_recommended(100500_u64, RecommendedBy::Dynamic, "BLOCK")
            .send(),
        &mock,
    )
    .await;
    assert_eq!(body["items"][0]["id"], 100500);
    assert_eq!(body["recommended_by"], "dynamic");
    assert_eq!(body["recommended_code"], "BLOCK");

    let body = sent(track.category("42").send(), &mock).await;
    assert_eq!(
        (body["event"].clone(), body["category_id"].clone()),
        (json!("category"), json!("42"))
    );

    let body = sent(track.search("red shoes").send(), &mock).await;
    assert_eq!(body["event"], "search");
    assert_eq!(body["search_query"], "red shoes");

    let body = sent(track.cart("100500", 2).send(), &mock).await;
    assert_eq!(body["event"], "cart");
    assert_eq!(body["items"], json!([{"id": "100500", "amount": 2}]));

    let body = sent(track.remove_from_cart("7").send(), &mock).await;
    assert_eq!(body["event"], "remove_from_cart");
    assert_eq!(body["items"][0]["id"], "7");

    let body = sent(track.wish("8").send(), &mock).await;
    assert_eq!(body["event"], "wish");
    assert_eq!(body["items"][0]["id"], "8");

    let body = sent(track.remove_wish("9").send(), &mock).await;
    assert_eq!(body["event"], "remove_wish");
    assert_eq!(body["sid"], "SES1");
}

#[tokio::test]
async fn purchase_sends_the_order_id_items_and_total() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    let track = client.visitor("DEV1", "SES1").track();
    let items = [
        PurchaseItem::new("100500", 2, 19.9),
        PurchaseItem::new(7_u64, 1, 5).with_line_id("L2"),
    ];
    let body = sent(track.purchase("ORDER-1", items, 44.8).send(), &mock).await;
    assert_eq!(body["event"], "purchase");
    assert_eq!(body["order_id"], "ORDER-1");
    assert_eq!(body["order_price"], 44.8);
    assert_eq!(
        body["items"],
        json!([
            {"id": "100500", "amount": 2, "price": 19.9},
            {"id": 7, "amount": 1, "price": 5, "line_id": "L2"}
        ])
    );
    assert!(body.get("quantity").is_none() && body["items"][0].get("quantity").is_none());
}
