//! The standard events of a visitor in one line each: `visitor.track().view("100500")`.
//!
//! Each method builds the typed event of `POST /push` and returns its request builder, so
//! the event's other fields stay reachable (`.send()` sends it as it is). Take the handle
//! from a visitor client ([`Client::visitor`](crate::Client::visitor) or
//! [`Client::for_visitor`](crate::Client::for_visitor)), which fills `did` and `sid`.
//!
//! ```no_run
//! # async fn demo(client: personaclick::Client) -> Result<(), personaclick::Error> {
//! use personaclick::PurchaseItem;
//! let visitor = client.visitor("DEVICE_ID", "SESSION_ID");
//! visitor.track().view("100500").send().await?;
//! visitor.track().cart("100500", 2).send().await?;
//! let items = [PurchaseItem::new("100500", 2, 19.90)];
//! visitor.track().purchase("ORDER-1", items, 39.80).send().await?;
//! # Ok(()) }
//! ```

use crate::operations::TrackingEvent;
use crate::types::{
    RecommendedBy, RecommendedItem, TrackCartEvent, TrackCartItem, TrackCategoryEvent, TrackItem,
    TrackPurchaseEvent, TrackPurchaseItem, TrackRemoveFromCartEvent, TrackRemoveWishEvent,
    TrackSearchEvent, TrackViewEvent, TrackWishEvent, TrackWishItem,
};
use crate::{Id, Number};

/// A product of a purchase: its id, the number of units bought and the price of one unit
/// (`PurchaseItem::new("100500", 2, 19.90)`); the other fields are chained `with_` setters.
pub type PurchaseItem = TrackPurchaseItem;

/// The standard tracking events of one visitor, each a one-line call that returns the
/// request builder of `POST /push`. See the [module docs](self).
#[derive(Clone)]
pub struct Track {
    client: crate::VisitorClient,
}

impl crate::VisitorClient {
    /// The standard events of this handle's visitor, one call each:
    /// `visitor.track().view(id).send().await?`.
    pub fn track(&self) -> Track {
        Track {
            client: self.clone(),
        }
    }
}

impl Track {
    fn event(&self, event: impl Into<crate::types::TrackEvent>) -> TrackingEvent {
        self.client.tracking().event(event)
    }

    /// The visitor viewed a product page.
    pub fn view(&self, product_id: impl Into<Id>) -> TrackingEvent {
        self.event(TrackViewEvent::new(vec![TrackItem::new(product_id)]))
    }

    /// The visitor viewed a product opened from a recommendation block (a popup or a
    /// single-page site), attributing the view to the block: `recommended_by` and its
    /// `recommended_code`.
    pub fn view_recommended(
        &self,
        product_id: impl Into<Id>,
        by: impl Into<RecommendedBy>,
        code: impl Into<String>,
    ) -> TrackingEvent {
        self.event(
            TrackViewEvent::new(vec![TrackItem::new(product_id)])
                .with_recommended_by(by)
                .with_recommended_code(code),
        )
    }

    /// The visitor viewed a category page.
    pub fn category(&self, category_id: impl Into<Id>) -> TrackingEvent {
        self.event(TrackCategoryEvent::new(category_id))
    }

    /// The visitor searched for `query`.
    pub fn search(&self, query: impl Into<String>) -> TrackingEvent {
        self.event(TrackSearchEvent::new(query))
    }

    /// The visitor put `quantity` units of a product in the cart.
    pub fn cart(&self, product_id: impl Into<Id>, quantity: impl Into<Number>) -> TrackingEvent {
        let item = TrackCartItem::new(product_id).with_amount(quantity);
        self.event(TrackCartEvent::new(vec![item]))
    }

    /// The visitor removed a product from the cart.
    pub fn remove_from_cart(&self, product_id: impl Into<Id>) -> TrackingEvent {
        self.event(TrackRemoveFromCartEvent::new(vec![TrackItem::new(
            product_id,
        )]))
    }

    /// The visitor added a product to the wish list.
    pub fn wish(&self, product_id: impl Into<Id>) -> TrackingEvent {
        let item = TrackWishItem::from(TrackItem::new(product_id));
        self.event(TrackWishEvent::new().with_items(vec![item]))
    }

    /// The visitor removed a product from the wish list.
    pub fn remove_wish(&self, product_id: impl Into<Id>) -> TrackingEvent {
        self.event(TrackRemoveWishEvent::new(vec![TrackItem::new(product_id)]))
    }

    /// The visitor placed order `order_id` for `items`, `total` being the final order
    /// price (`order_price`, after discounts, bonuses and extra services). The order id is
    /// required: without it the order status can no longer be synced.
    pub fn purchase(
        &self,
        order_id: impl Into<String>,
        items: impl IntoIterator<Item = PurchaseItem>,
        total: impl Into<Number>,
    ) -> TrackingEvent {
        let event = TrackPurchaseEvent::new(items.into_iter().collect::<Vec<_>>(), order_id)
            .with_order_price(total);
        self.event(event)
    }
}

impl RecommendedItem {
    /// The id of the recommended product, whichever form the answer took: the id itself
    /// (a string or a number) or, for extended answers, the product object's `id`.
    pub fn id(&self) -> Option<Id> {
        match self {
            RecommendedItem::Product(product) => product.id.clone(),
            RecommendedItem::String(id) => Some(Id::from(id.as_str())),
            RecommendedItem::Number(n) => Some(Id::from(n.to_string())),
        }
    }
}
