//! Sub-clients and request builders own a clone of the client: they outlive temporaries,
//! cross `if`s, are returned from helpers and sent to other tasks.

use personaclick::types::{Product, TrackItem, TrackResponse, TrackViewEvent};
use personaclick::{Client, Error};

/// A builder kept in a `let` across an `if`, from a temporary `visitor(..)`.
fn listing(client: &Client, category: Option<&str>) -> personaclick::operations::ProductsList {
    let mut request = client.visitor("did", "sid").products().list();
    if let Some(category) = category {
        request = request.categories([category]);
    }
    request.limit(20)
}

/// `.items()` returned from a helper: a `Send + 'static` stream.
fn every_product(
    client: &Client,
) -> impl std::future::Future<Output = ()> + Send + 'static {
    let stream = client.visitor("did", "sid").products().list().items();
    async move {
        let _stream = stream;
    }
}

/// `.pages()` returned from a helper: a `Send + 'static` stream of whole pages.
fn every_page(client: &Client) -> impl Send + 'static {
    client.visitor("did", "sid").products().list().limit(50).pages()
}

fn assert_send_static<T: Send + 'static>(_: &T) {}

async fn spawned(client: &Client) -> Result<(), Error> {
    // `tokio::spawn(builder.send())`: the future owns everything it needs.
    let event = TrackViewEvent::new(vec![TrackItem::new("100500")]);
    let task = tokio::spawn(client.visitor("did", "sid").tracking().event(event).send());
    let _done: TrackResponse = task.await.expect("the task ran")?;
    let items = client.products().list().items();
    assert_send_static(&items);
    let pages = every_page(client);
    assert_send_static(&pages);
    tokio::spawn(async move {
        let _pages = pages;
    })
    .await
    .expect("the task ran");
    let sub_client = client.visitor("did", "sid").products();
    let product = tokio::spawn(sub_client.get("100500").send());
    let _product: Product = product.await.expect("the task ran")?;
    Ok(())
}

fn main() {
    let client = Client::builder("shop")
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("a valid base URL");
    let _ = listing(&client, Some("42"));
    let _ = every_product(&client);
    let _ = spawned(&client);
}
