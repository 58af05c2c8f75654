//! A server-to-server catalog import: 12,000 products sent with `.send_batched()`, which
//! splits the list into requests of at most 5,000 products (the REES46 docs' advice) under the
//! documented size limit, and paces them to the documented rate; then some products are
//! marked unavailable. Runs against the embedded mock.
//!
//! `cargo run --example catalog_import`
//!
//! Against the real API, build the client with `personaclick::Client::server_from_env()?`
//! (`PERSONACLICK_SHOP_ID`, `PERSONACLICK_SHOP_SECRET`).

use personaclick::Number;
use personaclick::mock::MockServer;
use personaclick::types::{CatalogProduct, Id};

/// What a shop's product table would hand over.
fn product(n: u32) -> CatalogProduct {
    let mut product = CatalogProduct::new(
        n.to_string(),
        !n.is_multiple_of(7),
        format!("Product {n}"),
        Number::from(i64::from(500 + n % 900)),
        format!("https://shop.example/p/{n}"),
        format!("https://shop.example/img/{n}.jpg"),
        vec![Id::from(i64::from(100 + n % 12))],
        "USD",
    );
    product.brand = Some(["Acme", "Globex", "Initech"][n as usize % 3].to_string());
    product.description = Some("A product of the example catalog. ".repeat(20));
    product
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await;
    let client = mock.client()?;

    let catalog: Vec<CatalogProduct> = (1..=12_000).map(product).collect();
    let answers = client
        .catalog()
        .update_products(catalog)
        .send_batched()
        .await?;
    println!("catalog import: {} request(s)", answers.len());
    let mut total = 0;
    for (i, request) in mock.requests().iter().enumerate() {
        let body = request.body_json().unwrap_or_default();
        let items = body["items"].as_array().map_or(0, Vec::len);
        total += items;
        println!(
            "  request {}: {items} products, {} KiB",
            i + 1,
            request.body.len() / 1024
        );
    }
    println!("products sent: {total}");
    mock.clear_requests();

    // Some products left the range: delete_products marks them unavailable, the rest stay.
    let sold_out: Vec<Id> = (1..=25).map(|n| Id::from(i64::from(n * 3))).collect();
    let answers = client
        .catalog()
        .delete_products(sold_out)
        .send_batched()
        .await?;
    println!(
        "marked unavailable: {} product(s) in {} request(s)",
        mock.requests()
            .first()
            .and_then(|r| r.body_json())
            .and_then(|b| b["items"].as_array().map(Vec::len))
            .unwrap_or(0),
        answers.len()
    );
    Ok(())
}
