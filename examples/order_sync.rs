//! A server-to-server job: send the order statuses that changed in the shop, then read one
//! customer's order history back. Runs against the embedded mock server; the shop secret
//! goes where the API wants it (the body), and the mock refuses calls without it.
//!
//! `cargo run --example order_sync`
//!
//! Against the real API, build the client with `personaclick::Client::server_from_env()?`
//! (`PERSONACLICK_SHOP_ID`, `PERSONACLICK_SHOP_SECRET`).

use personaclick::Number;
use personaclick::mock::MockServer;
use personaclick::operations::OrdersByUser;
use personaclick::types::SyncOrder;
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await;
    let client = mock.client()?;

    // What a shop's database would hand over: orders whose status changed since the last run.
    let statuses = ["Delivered", "Cancelled", "Paid", "Shipped"];
    let changed: Vec<SyncOrder> = (1..=1_200)
        .map(|n| {
            let mut order = SyncOrder::new(format!("ORDER-{n}"), statuses[n % statuses.len()]);
            order.channel = Some("website".to_string());
            order.date = Some(Number::from(1_764_806_400 + n as i64 * 60));
            order
        })
        .collect();

    // Split into requests under the documented size limit, paced to the documented rate.
    let answers = client.orders().sync(changed).send_batched().await?;
    println!("order sync: {} request(s) sent", answers.len());
    for (i, request) in mock.requests().iter().enumerate() {
        let body = request.body_json().unwrap_or_default();
        let orders = body["orders"].as_array().map_or(0, Vec::len);
        let secret_in_body = body.get("shop_secret").is_some();
        println!(
            "  request {}: {orders} orders, shop secret in the body: {secret_in_body}",
            i + 1
        );
    }
    for answer in &answers {
        println!(
            "  answer: HTTP {} (the API acknowledges an upload with an empty body)",
            answer.status().as_u16()
        );
    }

    // The history of one customer, found by email. The documented example holds the docs'
    // placeholders ("..."), so the mock is scripted with an answer shaped like a live one.
    mock.on::<OrdersByUser>()
        .reply(
            200,
            json!({"status": "success", "data": {"orders": [
                {"id": "ORDER-7", "date": "2026-12-01 10:15:00", "value": 129.9, "order_status": "Delivered"},
                {"id": "ORDER-12", "date": "2026-12-03 18:02:00", "value": "54.50", "order_status": "Paid"}
            ]}}),
        )
        .expect(1)
        .mount();
    let history = client
        .orders()
        .by_user()
        .email("customer@example.com")
        .send()
        .await?;
    let orders = history.data.and_then(|d| d.orders).unwrap_or_default();
    println!("orders of the customer: {}", orders.len());
    for order in orders.iter().take(3) {
        println!(
            "  - order {} on {}: {} ({})",
            order
                .id
                .as_ref()
                .map_or("-".to_string(), ToString::to_string),
            order.date.as_deref().unwrap_or("-"),
            order
                .value
                .as_ref()
                .map_or("-".to_string(), ToString::to_string),
            order.order_status.as_deref().unwrap_or("-")
        );
    }
    Ok(())
}
