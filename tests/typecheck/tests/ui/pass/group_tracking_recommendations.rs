//! The tracking and recommendations groups (and the session answer): every operation
//! called with its required arguments and documented setters, every typed event built and
//! sent through `tracking().event(..)`, and every field of every answer read with its type
//! pinned. Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;
use std::time::Duration;

use personaclick::types::{
    CollectionProduct, CollectionProductCategories, CollectionProductCategoryIds,
    CollectionProductImageUrlResized, CollectionResponse, InitResponse, Popup, Product,
    ProductCategory, RecommendationsResponse, RecommendedItem, SearchDisplaySettings,
    SearchSettings, SearchSettingsType, Snippet, TrackAbSegment, TrackCartEvent,
    TrackCartEventEvent, TrackCartItem, TrackCategoryEvent, TrackCategoryEventEvent, TrackEvent,
    TrackItem, TrackNotificationRequestType, TrackPurchaseEvent, TrackPurchaseEventCustomValue,
    TrackPurchaseEventEvent, TrackPurchaseItem, TrackRemoveFromCartEvent,
    TrackRemoveFromCartEventEvent, TrackRemoveWishEvent, TrackRemoveWishEventEvent, TrackResponse,
    TrackResponseItem, TrackResponsePayload, TrackSearchEvent, TrackSearchEventEvent, TrackSource,
    TrackSourceDetails, TrackStoryRequestEvent, TrackViewEvent, TrackViewEventEvent,
    TrackWishEvent, TrackWishEventEvent, TrackWishItem, WebPushSettings,
};
use personaclick::{Error, Extra, Number, Pii, Response};
use serde_json::Value;

#[path = "../common/readers.rs"]
mod readers;

/// tracking: the typed events of POST /push, each built with its constructor and sent
/// through `tracking().event(..)`, which takes anything `Into<TrackEvent>`.
async fn typed_events(client: &personaclick::ServerClient) -> Result<(), Error> {
    // view: the product(s) seen.
    let mut view: TrackViewEvent =
        TrackViewEvent::new(vec![TrackItem::new("100500"), TrackItem::new(100501_u64)]);
    view.did = Some("7rjVGhMykT".to_string());
    view.sid = Some("R5eQXkrKCf".to_string());
    view.stream = Some("web".to_string());
    view.segment = Some(TrackAbSegment::A);
    view.referer = Some("https://example.com/".to_string());
    view.recommended_by = Some(personaclick::types::RecommendedBy::Dynamic);
    view.recommended_code = Some("RECOMMENDER_CODE".to_string());
    let mut source_details: TrackSourceDetails = TrackSourceDetails::new();
    source_details.from = Some("dynamic".to_string());
    source_details.code = Some("RECOMMENDER_CODE".to_string());
    view.source = Some(TrackSource::TrackSourceDetails(source_details));
    let view_tag: &TrackViewEventEvent = &view.event;
    let view_items: &Vec<TrackItem> = &view.items;
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(view.clone()).send().await?;
    let as_event: TrackEvent = TrackEvent::from(view.clone());
    let r: TrackResponse = client
        .visitor("D1", "S1")
        .tracking()
        .event(TrackEvent::View(view))
        .send()
        .await?;

    // category
    let mut category: TrackCategoryEvent = TrackCategoryEvent::new("CATEGORY_ID");
    category.source = Some(TrackSource::String("{\"from\":\"dynamic\"}".to_string()));
    let category_tag: &TrackCategoryEventEvent = &category.event;
    let category_id: &personaclick::Id = &category.category_id;
    let r: TrackResponse = client
        .visitor("d", "s")
        .tracking()
        .event(category)
        .send()
        .await?;

    // search
    let search: TrackSearchEvent = TrackSearchEvent::new("red shoes");
    let search_tag: &TrackSearchEventEvent = &search.event;
    let search_query: &String = &search.search_query;
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(search).send().await?;

    // cart: items with amount, or the full cart.
    let mut cart_item: TrackCartItem = TrackCartItem::new("100500");
    cart_item.amount = Some(Number::from(2));
    cart_item.stock = Some(true);
    let mut cart: TrackCartEvent = TrackCartEvent::new(vec![cart_item]);
    cart.full_cart = Some(true);
    cart.recommended_by = Some(personaclick::types::RecommendedBy::from("dynamic"));
    let cart_tag: &TrackCartEventEvent = &cart.event;
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(cart).send().await?;

    // remove_from_cart
    let remove: TrackRemoveFromCartEvent =
        TrackRemoveFromCartEvent::new(vec![TrackItem::new("100500")]);
    let remove_tag: &TrackRemoveFromCartEventEvent = &remove.event;
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(remove).send().await?;

    // purchase
    let mut line: TrackPurchaseItem = TrackPurchaseItem::new("100500", 1, 1500.5);
    let amount: &Number = &line.amount;
    let price: &Number = &line.price;
    line.line_id = Some("LINE_1".to_string());
    line.quantity = Some(Number::from(1));
    line.fashion_size = Some("42".to_string());
    let mut purchase: TrackPurchaseEvent = TrackPurchaseEvent::new(vec![line], "ORDER_1");
    let order_id: &String = &purchase.order_id;
    purchase.order_price = Some(Number::from(1500.5));
    purchase.email = Some(Pii::new("john.doe@examplemail.com".to_string()));
    purchase.phone = Some(Pii::from("4400114527199".to_string()));
    purchase.promocode = Some("PROMO".to_string());
    purchase.order_cash = Some(Number::from(1000));
    purchase.order_bonuses = Some(Number::from(500.5));
    purchase.order_delivery = Some(Number::from(0));
    purchase.order_discount = Some(Number::from(0));
    purchase.delivery_type = Some("courier".to_string());
    purchase.delivery_address = Some("NY".to_string());
    purchase.payment_type = Some("card".to_string());
    purchase.tax_free = Some(false);
    purchase.gift_package = Some(false);
    purchase.channel = Some("web".to_string());
    purchase.custom = Some(BTreeMap::from([
        (
            "gift_note".to_string(),
            TrackPurchaseEventCustomValue::String("Happy birthday".to_string()),
        ),
        (
            "floor".to_string(),
            TrackPurchaseEventCustomValue::Number(Number::from(3)),
        ),
    ]));
    let purchase_tag: &TrackPurchaseEventEvent = &purchase.event;
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(purchase).send().await?;

    // wish: items as objects or bare ids, or the full wish list.
    let mut wish: TrackWishEvent = TrackWishEvent::new();
    wish.items = Some(vec![
        TrackWishItem::TrackItem(TrackItem::new("100500")),
        TrackWishItem::String("100501".to_string()),
    ]);
    wish.full_wish = Some(true);
    let wish_tag: &TrackWishEventEvent = &wish.event;
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(wish).send().await?;

    // remove_wish
    let remove_wish: TrackRemoveWishEvent =
        TrackRemoveWishEvent::new(vec![TrackItem::new("100500")]);
    let remove_wish_tag: &TrackRemoveWishEventEvent = &remove_wish.event;
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(remove_wish).send().await?;

    // Anything else the API accepts, as raw JSON.
    let other: TrackEvent =
        TrackEvent::Other(serde_json::json!({"event": "view", "items": [{"id": "100500"}]}));
    let r: TrackResponse = client.visitor("D1", "S1").tracking().event(other).send().await?;
    Ok(())
}

/// Every other tracking and recommendations operation.
async fn calls(client: &personaclick::ServerClient) -> Result<(), Error> {
    // POST /push/custom
    let r: TrackResponse = client
        .tracking()
        .custom_event("my_event")
        .did("7rjVGhMykT")
        .sid("R5eQXkrKCf")
        .stream("web")
        .segment(TrackAbSegment::B)
        .referer("https://example.com/")
        .source(TrackSource::String("{}".to_string()))
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .loyalty_id("000001234567")
        .external_id("EXT_1")
        .category("CATEGORY")
        .label("LABEL")
        .value(100)
        .time(1_700_000_000_u64)
        .payload([
            ("key", serde_json::json!("value")),
            ("count", serde_json::json!(2)),
        ])
        .send()
        .await?;
    read_track_response(&r);
    let builder: personaclick::operations::TrackingCustomEvent =
        client.tracking().custom_event("my_event");

    // POST /track/clicked, /track/closed, /track/delivered, /track/opened
    let r: TrackResponse = client
        .tracking()
        .notification_clicked("CODE", TrackNotificationRequestType::Bulk)
        .did("d")
        .sid("s")
        .send()
        .await?;
    let r: TrackResponse = client
        .tracking()
        .notification_closed("CODE", TrackNotificationRequestType::Chain)
        .did("d")
        .send()
        .await?;
    let r: TrackResponse = client
        .tracking()
        .notification_delivered("CODE", "transactional")
        .sid("s")
        .send()
        .await?;
    let r: TrackResponse = client
        .tracking()
        .notification_opened("CODE", TrackNotificationRequestType::Transactional)
        .send()
        .await?;

    // POST /track/stories: event, code, story id, slide id.
    let r: TrackResponse = client
        .visitor("D1", "S1")
        .tracking()
        .story(TrackStoryRequestEvent::View, "STORIES_CODE", 12, "34")
        .did("d")
        .sid("s")
        .send()
        .await?;
    let r: TrackResponse = client
        .visitor("D1", "S1")
        .tracking()
        .story("click", "STORIES_CODE", "12", 34_u64)
        .send()
        .await?;
    let r: Response<TrackResponse> = client
        .visitor("D1", "S1")
        .tracking()
        .story(TrackStoryRequestEvent::Click, "C", 1, 2)
        .send_with_response()
        .await?;
    let body: &TrackResponse = r.body();

    // GET /recommend/collection/{id}
    let collection: CollectionResponse = client
        .recommendations()
        .collection(42)
        .did("d")
        .location("LOCATION_1")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .external_id("EXT_1")
        .loyalty_id("000001234567")
        .timeout(Duration::from_secs(5))
        .send()
        .await?;
    read_collection_response(&collection);
    let collection: CollectionResponse = client.recommendations().collection("42").send().await?;

    // GET /recommend/{code}
    let recommended: RecommendationsResponse = client
        .visitor("D1", "S1")
        .recommendations()
        .get("RECOMMENDER_CODE")
        .did("d")
        .sid("s")
        .segment(TrackAbSegment::A)
        .item("100500")
        .category(7)
        .search_query("shoes")
        .exclude(["100501", "100502"])
        .limit(10)
        .page(1)
        .locations(["LOCATION_1"])
        .brands(["BRAND_1"])
        .exclude_brands(["BRAND_2"])
        .categories(["7"])
        .discount(true)
        .extended(true)
        .with_locations(false)
        .resize_image(180)
        .prevent_shuffle(true)
        .send()
        .await?;
    read_recommendations_response(&recommended);
    // Paged: items() streams RecommendedItem values (not consumed here: no StreamExt).
    let stream = client
        .visitor("D1", "S1")
        .recommendations()
        .get("RECOMMENDER_CODE")
        .extended(true)
        .items();

    // GET /init: the session, every field of the answer.
    let init: InitResponse = client
        .session()
        .init()
        .did("d")
        .sid("s")
        .v(3)
        .tz(3)
        .stream("web")
        .testmode(true)
        .send()
        .await?;
    read_init_response(&init);
    let extra: &Extra = &init.extra;
    Ok(())
}

// The answers, one reader per model: every field bound with its type, nested models and
// enums through their own readers.

/// Every field of `TrackResponse`.
fn read_track_response(x: &TrackResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<TrackResponsePayload> = &x.payload;
    if let Some(value) = payload {
        read_track_response_payload(value);
    }
    let popup: &Option<Popup> = &x.popup;
    if let Some(value) = popup {
        readers::read_popup(value);
    }
}

/// Every field of `CollectionResponse`.
fn read_collection_response(x: &CollectionResponse) {
    let products: &Option<Vec<CollectionProduct>> = &x.products;
    for item in products.iter().flatten() {
        read_collection_product(item);
    }
}

/// Every field of `RecommendationsResponse`.
fn read_recommendations_response(x: &RecommendationsResponse) {
    let id: &Option<Number> = &x.id;
    let title: &Option<String> = &x.title;
    let html: &Option<String> = &x.html;
    let link: &Option<String> = &x.link;
    let recommends: &Option<Vec<RecommendedItem>> = &x.recommends;
    for item in recommends.iter().flatten() {
        read_recommended_item(item);
    }
}

/// Every field of `InitResponse`.
fn read_init_response(x: &InitResponse) {
    let did: &String = &x.did;
    let seance: &String = &x.seance;
    let currency: &Option<String> = &x.currency;
    let email_collector: &Option<bool> = &x.email_collector;
    let has_email: &Option<bool> = &x.has_email;
    let recommendations: &Option<bool> = &x.recommendations;
    let lazy_load: &Option<bool> = &x.lazy_load;
    let auto_css_recommender: &Option<bool> = &x.auto_css_recommender;
    let cms: &Option<String> = &x.cms;
    let snippets: &Option<Vec<Snippet>> = &x.snippets;
    for item in snippets.iter().flatten() {
        let as_map: &BTreeMap<String, Value> = item;
    }
    let search: &Option<SearchSettings> = &x.search;
    if let Some(value) = search {
        read_search_settings(value);
    }
    let popup: &Option<Popup> = &x.popup;
    if let Some(value) = popup {
        readers::read_popup(value);
    }
    let web_push_settings: &Option<WebPushSettings> = &x.web_push_settings;
    if let Some(value) = web_push_settings {
        read_web_push_settings(value);
    }
    let recone: &Option<bool> = &x.recone;
}

/// Every field of `TrackResponsePayload`.
fn read_track_response_payload(x: &TrackResponsePayload) {
    let event: &Option<String> = &x.event;
    let transaction_id: &Option<String> = &x.transaction_id;
    let value: &Option<Number> = &x.value;
    let currency: &Option<String> = &x.currency;
    let items: &Option<Vec<TrackResponseItem>> = &x.items;
    for item in items.iter().flatten() {
        read_track_response_item(item);
    }
}

/// Every field of `CollectionProduct`.
fn read_collection_product(x: &CollectionProduct) {
    let id: &Option<personaclick::Id> = &x.id;
    let underscore_id: &Option<personaclick::Id> = &x.underscore_id;
    let group_id: &Option<personaclick::Id> = &x.group_id;
    let name: &Option<String> = &x.name;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
    let description: &Option<String> = &x.description;
    let brand: &Option<String> = &x.brand;
    let fashion_feature: &Option<String> = &x.fashion_feature;
    let fashion_gender: &Option<String> = &x.fashion_gender;
    let sales_rate: &Option<Number> = &x.sales_rate;
    let relative_sales_rate: &Option<Number> = &x.relative_sales_rate;
    let picture: &Option<String> = &x.picture;
    let category_ids: &Option<CollectionProductCategoryIds> = &x.category_ids;
    if let Some(value) = category_ids {
        read_collection_product_category_ids(value);
    }
    let categories: &Option<CollectionProductCategories> = &x.categories;
    if let Some(value) = categories {
        read_collection_product_categories(value);
    }
    let price: &Option<Number> = &x.price;
    let price_full: &Option<Number> = &x.price_full;
    let price_formatted: &Option<String> = &x.price_formatted;
    let price_full_formatted: &Option<String> = &x.price_full_formatted;
    let currency: &Option<String> = &x.currency;
    let image_url: &Option<String> = &x.image_url;
    let image_url_handle: &Option<String> = &x.image_url_handle;
    let image_url_resized: &Option<CollectionProductImageUrlResized> = &x.image_url_resized;
    if let Some(value) = image_url_resized {
        read_collection_product_image_url_resized(value);
    }
    let html: &Option<String> = &x.html;
}

/// Every variant of `RecommendedItem`.
fn read_recommended_item(x: &RecommendedItem) {
    match x {
        RecommendedItem::Product(payload) => {
            let payload: &Product = payload;
            readers::read_product(payload);
        }
        RecommendedItem::String(text) => {
            let text: &String = text;
        }
        RecommendedItem::Number(payload) => {
            let payload: &Number = payload;
        }
        _ => {}
    }
}

/// Every field of `SearchSettings`.
fn read_search_settings(x: &SearchSettings) {
    let enabled: &Option<bool> = &x.enabled;
    let landing: &Option<String> = &x.landing;
    let type_: &Option<SearchSettingsType> = &x.type_;
    if let Some(value) = type_ {
        read_search_settings_type(value);
    }
    let settings: &Option<SearchDisplaySettings> = &x.settings;
    if let Some(value) = settings {
        read_search_display_settings(value);
    }
}

/// Every field of `WebPushSettings`.
fn read_web_push_settings(x: &WebPushSettings) {
    let public_key: &Option<String> = &x.public_key;
    let safari_enabled: &Option<bool> = &x.safari_enabled;
    let safari_id: &Option<String> = &x.safari_id;
    let service_worker: &Option<String> = &x.service_worker;
}

/// Every field of `TrackResponseItem`.
fn read_track_response_item(x: &TrackResponseItem) {
    let id: &Option<personaclick::Id> = &x.id;
    let name: &Option<String> = &x.name;
    let price: &Option<Number> = &x.price;
    let brand: &Option<String> = &x.brand;
    let quantity: &Option<Number> = &x.quantity;
}

/// Every variant of `CollectionProductCategoryIds`.
fn read_collection_product_category_ids(x: &CollectionProductCategoryIds) {
    match x {
        CollectionProductCategoryIds::List(payload) => {
            let payload: &Vec<String> = payload;
        }
        CollectionProductCategoryIds::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every variant of `CollectionProductCategories`.
fn read_collection_product_categories(x: &CollectionProductCategories) {
    match x {
        CollectionProductCategories::List(payload) => {
            let payload: &Vec<ProductCategory> = payload;
            for item in payload {
                readers::read_product_category(item);
            }
        }
        CollectionProductCategories::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every variant of `CollectionProductImageUrlResized`.
fn read_collection_product_image_url_resized(x: &CollectionProductImageUrlResized) {
    match x {
        CollectionProductImageUrlResized::Map(payload) => {
            let payload: &BTreeMap<String, String> = payload;
        }
        CollectionProductImageUrlResized::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every variant of `SearchSettingsType`.
fn read_search_settings_type(x: &SearchSettingsType) {
    match x {
        SearchSettingsType::Full => {}
        SearchSettingsType::Instant => {}
        SearchSettingsType::Blank => {}
        SearchSettingsType::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `SearchDisplaySettings`.
fn read_search_display_settings(x: &SearchDisplaySettings) {
    let redirects: &Option<BTreeMap<String, String>> = &x.redirects;
    let suggestions_title: &Option<String> = &x.suggestions_title;
    let categories_title: &Option<String> = &x.categories_title;
    let brands_title: &Option<String> = &x.brands_title;
    let filters_title: &Option<String> = &x.filters_title;
    let items_title: &Option<String> = &x.items_title;
    let show_all_title: &Option<String> = &x.show_all_title;
    let last_queries_title: &Option<String> = &x.last_queries_title;
    let last_products_title: &Option<String> = &x.last_products_title;
    let empty_title: &Option<String> = &x.empty_title;
    let book_author_title: &Option<String> = &x.book_author_title;
    let enable_full_search: &Option<bool> = &x.enable_full_search;
    let append_to_body: &Option<bool> = &x.append_to_body;
    let enable_last_queries: &Option<bool> = &x.enable_last_queries;
    let enable_old_price: &Option<bool> = &x.enable_old_price;
    let popular_links_title: &Option<String> = &x.popular_links_title;
    let popular_categories_title: &Option<String> = &x.popular_categories_title;
    let popular_brands_title: &Option<String> = &x.popular_brands_title;
    let price_filter_name: &Option<String> = &x.price_filter_name;
    let price_filter_from: &Option<String> = &x.price_filter_from;
    let price_filter_to: &Option<String> = &x.price_filter_to;
    let sort_by_name: &Option<String> = &x.sort_by_name;
    let sort_dir_desc: &Option<String> = &x.sort_dir_desc;
    let sort_dir_asc: &Option<String> = &x.sort_dir_asc;
    let sort_by_popular: &Option<String> = &x.sort_by_popular;
    let sort_by_price: &Option<String> = &x.sort_by_price;
    let sort_by_discount: &Option<String> = &x.sort_by_discount;
    let sort_by_sales_rate: &Option<String> = &x.sort_by_sales_rate;
    let sort_by_new: &Option<String> = &x.sort_by_new;
}

fn main() {}
