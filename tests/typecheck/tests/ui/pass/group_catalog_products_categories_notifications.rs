//! The catalog, categories and notifications groups and the new products operations:
//! every operation called with its required arguments and documented setters, every
//! upload's `send_batched`, and every field of every answer read with its type pinned.
//! Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;

use personaclick::types::{
    BrandFacet, CatalogCategory, CatalogProduct, CatalogProductFashion,
    CatalogProductFashionSizesItem, CatalogProductLocation, CatalogProductParam,
    CatalogProductParamValueItem, CategoryFacet, CategoryTreeNode, CounterSet, FilterFacet,
    FilterFacetRanges, FilterFacetValues, FilterValue, IndustrialFilters, LocationFacet,
    NotWidgetableProduct, NotWidgetableProductsData, NotWidgetableProductsResponse,
    NotificationEventsPayload, NotificationEventsResponse, NotificationMailingType,
    NotificationMessage, NotificationStatistics, NotificationsGetType,
    NotificationsListChannelItem, NotificationsListPayload, NotificationsListResponse, PriceRange,
    PriceRangeBucket, Product, ProductBackInStockCheck, ProductCounters,
    ProductListBodyRequestFilters, ProductListBodyRequestFiltersSearchBy,
    ProductListBodyRequestSortBy, ProductListResponse, ProductListResponseFilters,
    ProductListResponseLocations, ProductTriggerSubscriber, ProductTriggerSubscriberProperties,
    ProductTriggerSubscriptionStatus, SortDirection, StatusResponse, TriggerCounters, ValueRange,
};
use personaclick::{Client, Error, Extra, Id, Number, Pii, Response};
use serde_json::Value;

#[path = "../common/readers.rs"]
mod readers;

/// catalog, the new products operations, categories and notifications.
async fn calls(client: &personaclick::ServerClient) -> Result<(), Error> {
    let client: personaclick::ServerClient = Client::builder("SHOP_ID")
        .shop_secret("SHOP_SECRET")
        .build()?;

    // catalog: products
    let mut product: CatalogProduct = CatalogProduct::new(
        "100500",
        true,
        "Red shoes",
        1500,
        "https://example.com/p/100500",
        "https://example.com/p/100500.jpg",
        vec![Id::from("7"), Id::from(8)],
        "USD",
    );
    product.oldprice = Some(Number::from(2000));
    product.brand = Some("BRAND_1".to_string());
    let mut location: CatalogProductLocation = CatalogProductLocation::new("LOCATION_1");
    location.price = Some(Number::from(1400));
    location.delivery_types = Some(BTreeMap::from([("courier".to_string(), Number::from(300))]));
    product.locations = Some(vec![location]);
    let mut fashion: CatalogProductFashion = CatalogProductFashion::new();
    fashion.sizes = Some(vec![
        CatalogProductFashionSizesItem::String("XL".to_string()),
        CatalogProductFashionSizesItem::Number(Number::from(42)),
    ]);
    product.fashion = Some(fashion);
    product.params = Some(vec![CatalogProductParam::new(
        "Material",
        vec![
            CatalogProductParamValueItem::String("leather".to_string()),
            CatalogProductParamValueItem::Number(Number::from(1)),
        ],
    )]);
    let updated: () = client
        .catalog()
        .update_products([product.clone()])
        .send()
        .await?;
    let answers: Vec<Response<()>> = client
        .catalog()
        .update_products(vec![product; 2])
        .send_batched()
        .await?;
    let deleted: () = client
        .catalog()
        .delete_products(["100500", "100501"])
        .send()
        .await?;
    let answers: Vec<Response<()>> = client
        .catalog()
        .delete_products(vec!["100500".to_string()])
        .send_batched()
        .await?;
    let synced: () = client
        .catalog()
        .sync_availability(["100500"])
        .send()
        .await?;

    // catalog: categories
    let mut category: CatalogCategory = CatalogCategory::new("7", "Shoes");
    category.parent = Some("1".to_string());
    category.url = Some("https://example.com/c/7".to_string());
    category.alias = Some("shoes".to_string());
    let updated: () = client
        .catalog()
        .update_categories([category.clone()])
        .webhook("https://example.com/hook")
        .send()
        .await?;
    let answers: Vec<Response<()>> = client
        .catalog()
        .update_categories(vec![category.clone()])
        .webhook("https://example.com/hook")
        .send_batched()
        .await?;
    let replaced: () = client
        .catalog()
        .replace_categories([category])
        .send()
        .await?;
    let deleted: () = client.catalog().delete_categories(["7"]).send().await?;
    let answers: Vec<Response<()>> = client
        .catalog()
        .delete_categories(["7", "8"])
        .send_batched()
        .await?;

    // products: cart_clear, trigger subscriptions, the body variant of the listing.
    let cleared: StatusResponse = client
        .products()
        .cart_clear()
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .loyalty_id("000001234567")
        .external_id("EXT_1")
        .telegram_id("0125762968357835")
        .send()
        .await?;
    readers::read_status_response(&cleared);
    let in_stock: ProductBackInStockCheck = client
        .products()
        .check_back_in_stock("100500")
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .external_id("EXT_1")
        .loyalty_id("000001234567")
        .telegram_id("0125762968357835")
        .send()
        .await?;
    match &in_stock {
        ProductBackInStockCheck::Bool(subscribed) => {
            let subscribed: &bool = subscribed;
        }
        ProductBackInStockCheck::ProductTriggerSubscriptionStatus(status) => {
            read_product_trigger_subscription_status(status);
        }
        _ => {}
    }
    let price_drop: ProductTriggerSubscriptionStatus = client
        .products()
        .check_price_drop("100500")
        .email("john.doe@examplemail.com")
        .send()
        .await?;
    // POST /products: the same listing as GET /products, parameters in the body.
    let page: ProductListResponse = client
        .products()
        .list_by_body()
        .did("d")
        .sid("s")
        .limit(20)
        .page(1)
        .locations("LOCATION_1")
        .brands("BRAND_1")
        .merchants("MERCHANT_1")
        .categories("7")
        .filters(ProductListBodyRequestFilters::Map(BTreeMap::from([(
            "color".to_string(),
            vec!["red".to_string()],
        )])))
        .filters_search_by(ProductListBodyRequestFiltersSearchBy::Popularity)
        .sort_by(ProductListBodyRequestSortBy::SalesRate)
        .sort_dir(SortDirection::Asc)
        .extended(true)
        .available(true)
        .collapse(false)
        .with_locations(true)
        .brand_limit(10)
        .category_limit(10)
        .price_min(100)
        .price_max(5000.5)
        .email("john.doe@examplemail.com")
        .fashion_sizes("42")
        .ring_sizes("17")
        .bracelet_sizes("18")
        .chain_sizes("45")
        .discount(true)
        .send()
        .await?;
    read_product_list_response(&page);
    let extra: &Extra = &page.extra;
    // Paged: items() streams Product values (not consumed here: no StreamExt).
    let stream = client.products().list_by_body().limit(50).items();
    let stream = client.products().list().categories(["7"]).items();
    let stream = client.visitor("D1", "S1").products().in_category("7").items();
    // The counters now carry the trigger counters too.
    let counters: ProductCounters = client.products().counters("100500").send().await?;
    read_product_counters(&counters);
    let not_widgetable: NotWidgetableProductsResponse =
        client.products().not_widgetable().send().await?;
    read_not_widgetable_products_response(&not_widgetable);
    let subscribers: Vec<ProductTriggerSubscriber> = client
        .products()
        .price_subscribers("2024-01-01", "2024-01-31")
        .send()
        .await?;
    for subscriber in &subscribers {
        read_product_trigger_subscriber(subscriber);
    }
    let subscribers: Vec<ProductTriggerSubscriber> = client
        .products()
        .stock_subscribers("2024-01-01", "2024-01-31")
        .send()
        .await?;

    // GET /category/tree: a bare array of nodes, nested through children.
    let tree: Vec<CategoryTreeNode> = client
        .categories()
        .list()
        .depth(2)
        .exclude(["1", "2"])
        .only_discount(true)
        .locations(["LOCATION_1"])
        .send()
        .await?;
    for node in &tree {
        read_category_tree_node(node);
    }

    // notifications
    let events: NotificationEventsResponse = client
        .notifications()
        .get("CODE", NotificationsGetType::Bulk)
        .send()
        .await?;
    read_notification_events_response(&events);
    let events: NotificationEventsResponse = client
        .notifications()
        .get("CODE", "transactional")
        .send()
        .await?;
    let messages: NotificationsListResponse = client
        .notifications()
        .list(
            "2024-01-01",
            [
                NotificationMailingType::Bulk,
                NotificationMailingType::Trigger,
            ],
            [
                NotificationsListChannelItem::Email,
                NotificationsListChannelItem::WhatsApp,
            ],
        )
        .phone("4400114527199")
        .email("john.doe@examplemail.com")
        .loyalty_id("000001234567")
        .external_id("EXT_1")
        .page(1)
        .limit(20)
        .send()
        .await?;
    read_notifications_list_response(&messages);
    // Paged: items() streams NotificationMessage values (not consumed here: no StreamExt).
    let stream = client
        .notifications()
        .list("2024-01-01", ["chain"], ["sms"])
        .items();
    Ok(())
}

// The answers, one reader per model: every field bound with its type, nested models and
// enums through their own readers.

/// Every field of `ProductTriggerSubscriptionStatus`.
fn read_product_trigger_subscription_status(x: &ProductTriggerSubscriptionStatus) {
    let status: &Option<bool> = &x.status;
}

/// Every field of `ProductListResponse`.
fn read_product_list_response(x: &ProductListResponse) {
    let products: &Option<Vec<Product>> = &x.products;
    for item in products.iter().flatten() {
        readers::read_product(item);
    }
    let products_total: &Option<Number> = &x.products_total;
    let html: &Option<String> = &x.html;
    let requests_count: &Option<Number> = &x.requests_count;
    let brands: &Option<Vec<BrandFacet>> = &x.brands;
    for item in brands.iter().flatten() {
        readers::read_brand_facet(item);
    }
    let categories: &Option<Vec<CategoryFacet>> = &x.categories;
    for item in categories.iter().flatten() {
        read_category_facet(item);
    }
    let filters: &Option<ProductListResponseFilters> = &x.filters;
    if let Some(value) = filters {
        read_product_list_response_filters(value);
    }
    let industrial_filters: &Option<IndustrialFilters> = &x.industrial_filters;
    if let Some(value) = industrial_filters {
        readers::read_industrial_filters(value);
    }
    let price_range: &Option<PriceRange> = &x.price_range;
    if let Some(value) = price_range {
        readers::read_price_range(value);
    }
    let price_ranges: &Option<Vec<PriceRangeBucket>> = &x.price_ranges;
    for item in price_ranges.iter().flatten() {
        readers::read_price_range_bucket(item);
    }
    let price_median: &Option<Number> = &x.price_median;
    let locations: &Option<ProductListResponseLocations> = &x.locations;
    if let Some(value) = locations {
        read_product_list_response_locations(value);
    }
}

/// Every field of `ProductCounters`.
fn read_product_counters(x: &ProductCounters) {
    let daily: &Option<CounterSet> = &x.daily;
    if let Some(value) = daily {
        read_counter_set(value);
    }
    let now: &Option<CounterSet> = &x.now;
    if let Some(value) = now {
        read_counter_set(value);
    }
    let triggers: &Option<TriggerCounters> = &x.triggers;
    if let Some(value) = triggers {
        read_trigger_counters(value);
    }
    let status: &Option<String> = &x.status;
    let message: &Option<String> = &x.message;
}

/// Every field of `NotWidgetableProductsResponse`.
fn read_not_widgetable_products_response(x: &NotWidgetableProductsResponse) {
    let status: &Option<String> = &x.status;
    let data: &Option<NotWidgetableProductsData> = &x.data;
    if let Some(value) = data {
        read_not_widgetable_products_data(value);
    }
}

/// Every field of `ProductTriggerSubscriber`.
fn read_product_trigger_subscriber(x: &ProductTriggerSubscriber) {
    let subscribed_at: &Option<String> = &x.subscribed_at;
    let email: &Option<Pii<String>> = &x.email;
    let phone: &Option<Pii<String>> = &x.phone;
    let first_name: &Option<String> = &x.first_name;
    let last_name: &Option<String> = &x.last_name;
    let sku: &Option<String> = &x.sku;
    let model: &Option<String> = &x.model;
    let barcode: &Option<String> = &x.barcode;
    let group_id: &Option<String> = &x.group_id;
    let properties: &Option<ProductTriggerSubscriberProperties> = &x.properties;
    if let Some(value) = properties {
        read_product_trigger_subscriber_properties(value);
    }
}

/// Every field of `CategoryTreeNode`.
fn read_category_tree_node(x: &CategoryTreeNode) {
    let id: &Option<personaclick::Id> = &x.id;
    let external_id: &Option<String> = &x.external_id;
    let name: &Option<String> = &x.name;
    let url: &Option<String> = &x.url;
    let parent_id: &Option<personaclick::Id> = &x.parent_id;
    let parent_external_id: &Option<String> = &x.parent_external_id;
    let children: &Option<Vec<CategoryTreeNode>> = &x.children;
    for item in children.iter().flatten() {
        read_category_tree_node(item);
    }
}

/// Every field of `NotificationEventsResponse`.
fn read_notification_events_response(x: &NotificationEventsResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<NotificationEventsPayload> = &x.payload;
    if let Some(value) = payload {
        read_notification_events_payload(value);
    }
    let message: &Option<String> = &x.message;
}

/// Every field of `NotificationsListResponse`.
fn read_notifications_list_response(x: &NotificationsListResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<NotificationsListPayload> = &x.payload;
    if let Some(value) = payload {
        read_notifications_list_payload(value);
    }
    let message: &Option<String> = &x.message;
}

/// Every field of `CategoryFacet`.
fn read_category_facet(x: &CategoryFacet) {
    let id: &Option<Id> = &x.id;
    let name: &Option<String> = &x.name;
    let parent: &Option<Id> = &x.parent;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
    let count: &Option<Number> = &x.count;
    let alias: &Option<String> = &x.alias;
}

/// Every variant of `ProductListResponseFilters`.
fn read_product_list_response_filters(x: &ProductListResponseFilters) {
    match x {
        ProductListResponseFilters::List(payload) => {
            let payload: &Vec<FilterFacet> = payload;
            for item in payload {
                read_filter_facet(item);
            }
        }
        ProductListResponseFilters::Map(payload) => {
            let payload: &BTreeMap<String, FilterFacet> = payload;
            for (key, entry) in payload {
                let key: &String = key;
                read_filter_facet(entry);
            }
        }
        _ => {}
    }
}

/// Every variant of `ProductListResponseLocations`.
fn read_product_list_response_locations(x: &ProductListResponseLocations) {
    match x {
        ProductListResponseLocations::List(payload) => {
            let payload: &Vec<LocationFacet> = payload;
            for item in payload {
                readers::read_location_facet(item);
            }
        }
        ProductListResponseLocations::Map(payload) => {
            let payload: &BTreeMap<String, LocationFacet> = payload;
            for (key, entry) in payload {
                let key: &String = key;
                readers::read_location_facet(entry);
            }
        }
        _ => {}
    }
}

/// Every field of `CounterSet`.
fn read_counter_set(x: &CounterSet) {
    let view: &Option<Number> = &x.view;
    let cart: &Option<Number> = &x.cart;
    let purchase: &Option<Number> = &x.purchase;
}

/// Every field of `TriggerCounters`.
fn read_trigger_counters(x: &TriggerCounters) {
    let back_in_stock: &Option<Number> = &x.back_in_stock;
    let price_drop: &Option<Number> = &x.price_drop;
}

/// Every field of `NotWidgetableProductsData`.
fn read_not_widgetable_products_data(x: &NotWidgetableProductsData) {
    let total: &Option<Number> = &x.total;
    let items: &Option<Vec<NotWidgetableProduct>> = &x.items;
    for item in items.iter().flatten() {
        read_not_widgetable_product(item);
    }
}

/// Every variant of `ProductTriggerSubscriberProperties`.
fn read_product_trigger_subscriber_properties(x: &ProductTriggerSubscriberProperties) {
    match x {
        ProductTriggerSubscriberProperties::Map(payload) => {
            let payload: &BTreeMap<String, Value> = payload;
        }
        ProductTriggerSubscriberProperties::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every field of `NotificationEventsPayload`.
fn read_notification_events_payload(x: &NotificationEventsPayload) {
    let messages: &Option<Vec<Value>> = &x.messages;
}

/// Every field of `NotificationsListPayload`.
fn read_notifications_list_payload(x: &NotificationsListPayload) {
    let messages: &Option<Vec<NotificationMessage>> = &x.messages;
    for item in messages.iter().flatten() {
        read_notification_message(item);
    }
}

/// Every field of `FilterFacet`.
fn read_filter_facet(x: &FilterFacet) {
    let filter: &Option<BTreeMap<String, Value>> = &x.filter;
    let count: &Option<Number> = &x.count;
    let priority: &Option<Number> = &x.priority;
    let ranges: &Option<FilterFacetRanges> = &x.ranges;
    if let Some(value) = ranges {
        read_filter_facet_ranges(value);
    }
    let values: &Option<FilterFacetValues> = &x.values;
    if let Some(value) = values {
        read_filter_facet_values(value);
    }
}

/// Every field of `NotWidgetableProduct`.
fn read_not_widgetable_product(x: &NotWidgetableProduct) {
    let uniqid: &Option<String> = &x.uniqid;
    let price: &Option<Number> = &x.price;
    let name: &Option<String> = &x.name;
    let url: &Option<String> = &x.url;
    let image_url: &Option<String> = &x.image_url;
    let image_downloading_error: &Option<String> = &x.image_downloading_error;
}

/// Every field of `NotificationMessage`.
fn read_notification_message(x: &NotificationMessage) {
    let type_: &Option<NotificationMailingType> = &x.type_;
    if let Some(value) = type_ {
        read_notification_mailing_type(value);
    }
    let campaign_id: &Option<Number> = &x.campaign_id;
    let code: &Option<String> = &x.code;
    let date: &Option<String> = &x.date;
    let sent_at: &Option<String> = &x.sent_at;
    let subject: &Option<String> = &x.subject;
    let body: &Option<String> = &x.body;
    let url: &Option<String> = &x.url;
    let icon: &Option<String> = &x.icon;
    let picture: &Option<String> = &x.picture;
    let statistics: &Option<NotificationStatistics> = &x.statistics;
    if let Some(value) = statistics {
        read_notification_statistics(value);
    }
}

/// Every variant of `FilterFacetRanges`.
fn read_filter_facet_ranges(x: &FilterFacetRanges) {
    match x {
        FilterFacetRanges::Number(payload) => {
            let payload: &Number = payload;
        }
        FilterFacetRanges::ValueRange(payload) => {
            let payload: &ValueRange = payload;
            readers::read_value_range(payload);
        }
        _ => {}
    }
}

/// Every variant of `FilterFacetValues`.
fn read_filter_facet_values(x: &FilterFacetValues) {
    match x {
        FilterFacetValues::List(payload) => {
            let payload: &Vec<FilterValue> = payload;
            for item in payload {
                readers::read_filter_value(item);
            }
        }
        FilterFacetValues::Map(payload) => {
            let payload: &BTreeMap<String, Number> = payload;
        }
        _ => {}
    }
}

/// Every variant of `NotificationMailingType`.
fn read_notification_mailing_type(x: &NotificationMailingType) {
    match x {
        NotificationMailingType::Bulk => {}
        NotificationMailingType::Trigger => {}
        NotificationMailingType::Transactional => {}
        NotificationMailingType::Chain => {}
        NotificationMailingType::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `NotificationStatistics`.
fn read_notification_statistics(x: &NotificationStatistics) {
    let opened: &Option<bool> = &x.opened;
    let clicked: &Option<bool> = &x.clicked;
    let hard_bounced: &Option<bool> = &x.hard_bounced;
    let soft_bounced: &Option<bool> = &x.soft_bounced;
    let complained: &Option<bool> = &x.complained;
    let unsubscribed: &Option<bool> = &x.unsubscribed;
    let purchased: &Option<bool> = &x.purchased;
}

fn main() {}
