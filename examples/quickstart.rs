//! The main flow against the embedded mock server: no network, no account needed.
//!
//! `cargo run --example quickstart`
//!
//! To call the real API instead, build the client with
//! `personaclick::Client::builder("SHOP_ID").shop_secret("SHOP_SECRET").build()?`.

use futures_util::{StreamExt, TryStreamExt};
use personaclick::mock::MockServer;
use personaclick::types::{TrackItem, TrackViewEvent};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await;
    println!("mock API on {}", mock.uri());
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
    println!("products: {} of {:?}", products.len(), page.products_total);
    for p in products.iter().take(3) {
        println!(
            "  - {:?} {} ({:?})",
            p.name,
            p.price
                .as_ref()
                .map_or("-".to_string(), ToString::to_string),
            p.id
        );
    }

    // 3. One product; its price decodes whether it came as 2969, 2969.0 or "2969.0".
    let product = visitor.products().get("100500").send().await?;
    let cents = product.price.as_ref().and_then(|p| p.to_minor_units(2));
    println!(
        "product: {:?} price={:?} (in cents: {cents:?})",
        product.name, product.price
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
    let saved = visitor
        .profile()
        .set()
        .email("john.doe@example.com")
        .first_name("John")
        .send()
        .await?;
    println!("profile set: {:?}", saved.status);
    let profile = visitor.profile().get().send().await?;
    println!(
        "profile: gender={:?} email={:?}",
        profile.gender, profile.email
    );

    // 8. Track what the visitor did: each event has its own payload type.
    let view = TrackViewEvent::new(vec![TrackItem::new("100500")]);
    let tracked = visitor.tracking().event(view).send().await?;
    println!("tracked a view: {:?}", tracked.status);

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
