//! The standard events in one line each, from a visitor handle; purchase items and events
//! built in one expression with `with_` setters (no `let mut`); recommended items read by id.

use personaclick::types::{
    RecommendationsResponse, RecommendedBy, RecommendedItem, TrackResponse, TrackViewEvent,
};
use personaclick::{Client, Error, Id, Number, PurchaseItem, Track};

async fn shop(client: Client) -> Result<(), Error> {
    let visitor: personaclick::VisitorClient = client.visitor("DEVICE_ID", "SESSION_ID");
    let track: Track = visitor.track();
    let _: TrackResponse = track.view("100500").send().await?;
    let _: TrackResponse = track.view(100500_u64).send().await?;
    let _: TrackResponse = track
        .view_recommended("100500", RecommendedBy::Dynamic, "BLOCK_CODE")
        .send()
        .await?;
    let _: TrackResponse = track.category("42").send().await?;
    let _: TrackResponse = track.search("red shoes").send().await?;
    let _: TrackResponse = track.cart("100500", 2).send().await?;
    let _: TrackResponse = track.remove_from_cart("100500").send().await?;
    let _: TrackResponse = track.wish("100500").send().await?;
    let _: TrackResponse = track.remove_wish("100500").send().await?;
    let items = [
        PurchaseItem::new("100500", 2, 19.90),
        PurchaseItem::new(100501_u64, 1, 5).with_line_id("LINE-2"),
    ];
    let _: TrackResponse = track.purchase("ORDER-1", items, 44.80).send().await?;
    // The builder still takes the event's other fields and the call options.
    let _: TrackResponse = track
        .search("kettle")
        .timeout(std::time::Duration::from_secs(2))
        .send()
        .await?;
    // A whole event in one expression.
    let view = TrackViewEvent::new(vec![personaclick::types::TrackItem::new("1")])
        .with_recommended_by(RecommendedBy::FullSearch)
        .with_recommended_code("red shoes");
    let _: TrackResponse = visitor.tracking().event(view).send().await?;
    // Recommended items, ids or products, read by id.
    let block: RecommendationsResponse = visitor.recommendations().get("BLOCK").send().await?;
    let ids: Vec<Id> = block
        .recommends
        .unwrap_or_default()
        .iter()
        .filter_map(RecommendedItem::id)
        .collect();
    let _ = (ids, Number::from(1));
    Ok(())
}

fn main() {
    let _ = shop;
}
