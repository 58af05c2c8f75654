//! The main flow against the embedded mock server: no network, no account needed.
//!
//! `cargo run --example quickstart`
//!
//! To call the real API instead, build the client with
//! `personaclick::Client::builder("SHOP_ID").shop_secret("SHOP_SECRET").build()?`.

use std::fmt::Display;

use futures_util::{StreamExt, TryStreamExt};
use personaclick::mock::MockServer;
use personaclick::operations::ProfileGet;
use personaclick::types::{TrackItem, TrackViewEvent};
use serde_json::json;

/// A value the API may leave out, or `-`.
fn show(value: Option<impl Display>) -> String {
    value.map_or_else(|| "-".to_string(), |v| v.to_string())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await;
    println!("mock API on {}", mock.uri());
    // The mock answers with the spec's examples; this one is scripted with a real-looking
    // profile (the spec's example holds placeholders).
    mock.on::<ProfileGet>()
        .reply(
            200,
            json!({"first_name": "John", "gender": "m", "email": "john.doe@example.com"}),
        )
        .mount();
    let client = mock.client()?;

    // 1. Start a session: the device id and session id identify the visitor from now on.
    let session = client.session().init().stream("web").send().await?;
    println!("init: did={} seance={}", session.did, session.seance);
    let visitor = client.visitor(&session.did, &session.seance);

    // 2. A product listing with filters (comma lists and a JSON filter are encoded for you).
    let page = visitor
        .products()
        .list()
        .categories(["146", "147"])
        .brands(["Apple"])
        .filters([("color", ["red", "blue"])])
        .limit(20)
        .send()
        .await?;
    let products = page.products.unwrap_or_default();
    println!(
        "products: {} on this page, {} in all",
        products.len(),
        show(page.products_total.as_ref())
    );
    for p in products.iter().take(3) {
        println!(
            "  - {} (id {}): {}",
            show(p.name.as_ref()),
            show(p.id.as_ref()),
            show(p.price.as_ref())
        );
    }

    // 3. One product; its price decodes whether it came as 2969, 2969.0 or "2969.0".
    let product = visitor.products().get("100500").send().await?;
    let cents = product
        .price_full
        .as_ref()
        .and_then(|p| p.to_minor_units(2));
    println!(
        "product: {}, price {} ({} in cents)",
        show(product.name.as_ref()),
        show(product.price.as_ref()),
        show(cents)
    );

    // 4. Interaction counters.
    let counters = client.products().counters("100500").send().await?;
    let views = counters
        .daily
        .as_ref()
        .and_then(|d| d.view.as_ref())
        .map(ToString::to_string);
    println!("counters: views in 24h = {}", views.unwrap_or_default());

    // 5. A category page.
    let category = visitor
        .products()
        .in_category("146")
        .limit(10)
        .send()
        .await?;
    println!(
        "category: {} products",
        category.products.map_or(0, |p| p.len())
    );

    // 6. The visitor's cart.
    let cart = visitor.products().cart().send().await?;
    let items = cart.data.and_then(|d| d.items).unwrap_or_default();
    println!("cart: {} items", items.len());

    // 7. Update the profile (personal data is masked whenever printed) and read it back.
    visitor
        .profile()
        .set()
        .email("john.doe@example.com")
        .first_name("John")
        .send()
        .await?;
    let profile = visitor.profile().get().send().await?;
    println!(
        "profile: {}, gender {}, email {} (personal data is masked when printed)",
        show(profile.first_name.as_ref()),
        show(profile.gender.as_ref()),
        show(profile.email.as_ref())
    );

    // 8. Track what the visitor did: each event has its own payload type.
    let view = TrackViewEvent::new(vec![TrackItem::new("100500")]);
    let tracked = visitor.tracking().event(view).send().await?;
    println!("tracked a view: {}", show(tracked.status.as_ref()));

    // 9. Search, and walk every page of a listing as one stream.
    let found = visitor
        .search()
        .find("full_search", "kettle")
        .limit(5)
        .send()
        .await?;
    println!("search: {} products", found.products.map_or(0, |p| p.len()));
    let first_ids: Vec<String> = visitor
        .products()
        .list()
        .items()
        .take(3)
        .map_ok(|p| p.id.map(|id| id.to_string()).unwrap_or_default())
        .try_collect()
        .await?;
    println!("streamed ids: {first_ids:?}");

    // 10. The products of the last order.
    let last = visitor.orders().last_for_user().send().await?;
    println!("last order: {} products", last.len());

    // What went over the wire, as the mock saw it.
    for r in mock.requests() {
        println!(
            "  {} {} -> {}",
            r.method,
            r.path,
            r.operation.unwrap_or("?")
        );
    }
    Ok(())
}
