// The three handles: the root client (what every call may use), the server handle (a
// client holding the shop secret) and a visitor's handle (its device and session bound).
use personaclick::types::{AudienceMember, TrackItem, TrackViewEvent};
use personaclick::{Client, Error, ServerClient, VisitorClient};

/// A web backend: calls for one visitor, from the root client.
async fn page_view(client: &Client) -> Result<(), Error> {
    let visitor: VisitorClient = client.visitor("DEVICE_ID", "SESSION_ID");
    visitor.track().view("100500").send().await?;
    visitor
        .tracking()
        .event(TrackViewEvent::new(vec![TrackItem::new("100500")]))
        .send()
        .await?;
    let _similar = visitor.recommendations().get("similar").send().await?;
    // What every handle reaches, the visitor's too.
    let _product = visitor.products().get("100500").send().await?;
    Ok(())
}

/// A server job: the secret makes the server handle.
async fn nightly(shop_id: &str, secret: &str) -> Result<(), Error> {
    let server: ServerClient = Client::builder(shop_id).shop_secret(secret).build()?;
    server.audience().import([AudienceMember::new()]).send().await?;
    // The server may act for a visitor too, and code that takes the root client takes it.
    server.visitor("DEVICE_ID", "SESSION_ID").track().view("1").send().await?;
    page_view(&server.to_root()).await
}

fn main() {
    let _ = page_view;
    let _ = nightly;
}
