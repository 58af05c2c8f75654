//! The subscriptions, messaging, stories and utilities groups: every operation called
//! with its required arguments and documented setters, and every field of every answer
//! read with its type pinned. Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;

use personaclick::types::{
    FashionColor, ImageDownloadData, MessagingSendResponse, MobilePushTokenRequestPlatform,
    MobilePushTokenResponse, MobilePushTokenResponseStatus, ProductCategory, ProductParam,
    ShortUrl, ShortUrlLink, SliderBanner, SliderPayload, SliderProperties, SliderResponse,
    StatusResponse, StoriesResponse, StoriesSettings, Story, StoryElement, StoryElementLabels,
    StoryElementType, StoryProduct, StoryProductCategory, StoryProductDiscount,
    StoryProductLeftovers, StoryPromocodeProduct, StoryPromocodeProductDiscount,
    StoryPromocodeProductLeftovers, StorySlide, StorySlideType, SubscriptionsCallbackRequestEvent,
    SubscriptionsChange, SubscriptionsChangeCampaignType, SubscriptionsChangeContactType,
    SubscriptionsChannel, SubscriptionsCheckResponse, SubscriptionsEvent,
    SubscriptionsProductVariant, SubscriptionsResult, SubscriptionsResultStatus,
    SubscriptionsUnsubscribeRequestItemIds, TrackResponse,
};
use personaclick::{Error, Extra, Id, Number, Pii};
use serde_json::Value;

#[path = "../common/readers.rs"]
mod readers;

/// Every subscriptions, messaging, stories and utilities operation.
async fn calls(client: &personaclick::ServerClient) -> Result<(), Error> {
    // POST /subscriptions/callback: email and event are required.
    let done: StatusResponse = client
        .subscriptions()
        .callback(
            "john.doe@examplemail.com",
            SubscriptionsCallbackRequestEvent::HardBounced,
        )
        .send()
        .await?;
    readers::read_status_response(&done);
    let done: StatusResponse = client
        .subscriptions()
        .callback("john.doe@examplemail.com", "unsubscribed")
        .send()
        .await?;

    // GET /subscriptions/changes: a bare array, paged by offset and limit.
    let changes: Vec<SubscriptionsChange> = client
        .subscriptions()
        .changes()
        .event(SubscriptionsEvent::Unsubscribe)
        .channel(SubscriptionsChannel::UnsubscribePage)
        .from("2024-01-01")
        .to("2024-01-31")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .offset(0)
        .limit(100)
        .send()
        .await?;
    for change in &changes {
        read_subscriptions_change(change);
    }
    // Paged: items() streams SubscriptionsChange values (not consumed here: no StreamExt).
    let stream = client.subscriptions().changes().event("subscribe").items();

    // GET /subscriptions/check
    let check: SubscriptionsCheckResponse = client
        .subscriptions()
        .check()
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .loyalty_id("000001234567")
        .external_id("EXT_1")
        .send()
        .await?;
    read_subscriptions_check_response(&check);
    let extra: &Extra = &check.extra;

    // POST /subscriptions/manage: every channel flag is a setter.
    let managed: SubscriptionsResult = client
        .subscriptions()
        .manage()
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .external_id("EXT_1")
        .telegram_id("0125762968357835")
        .loyalty_id("000001234567")
        .did("d")
        .email_bulk(true)
        .email_chain(true)
        .email_transactional(true)
        .sms_bulk(false)
        .sms_chain(false)
        .sms_transactional(true)
        .web_push_bulk(true)
        .web_push_chain(false)
        .web_push_transactional(true)
        .mobile_push_bulk(false)
        .mobile_push_chain(false)
        .mobile_push_transactional(true)
        .send()
        .await?;
    read_subscriptions_result(&managed);

    // Back in stock and price drop subscriptions: the item id (and the price) are required.
    let mut variant: SubscriptionsProductVariant = SubscriptionsProductVariant::new();
    variant.fashion_size = Some("42".to_string());
    variant.fashion_color = Some("red".to_string());
    variant.barcode = Some("4600000000000".to_string());
    let done: StatusResponse = client
        .subscriptions()
        .subscribe_for_product_available("100500")
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .properties(variant)
        .send()
        .await?;
    let done: StatusResponse = client
        .subscriptions()
        .subscribe_for_product_price(100500, 1499.99)
        .did("d")
        .email("john.doe@examplemail.com")
        .send()
        .await?;
    // item_ids: a list of ids, or one comma separated string.
    let done: StatusResponse = client
        .subscriptions()
        .unsubscribe_from_product_available(SubscriptionsUnsubscribeRequestItemIds::List(vec![
            Id::from("100500"),
            Id::from(100501),
        ]))
        .did("d")
        .phone("4400114527199")
        .send()
        .await?;
    let done: StatusResponse = client
        .subscriptions()
        .unsubscribe_from_product_price(SubscriptionsUnsubscribeRequestItemIds::String(
            "100500,100501".to_string(),
        ))
        .email("john.doe@examplemail.com")
        .send()
        .await?;

    // POST /mobile_push_tokens: did, token and platform are required.
    let token: MobilePushTokenResponse = client
        .messaging()
        .register_push_token(
            "7rjVGhMykT",
            "PUSH_TOKEN",
            MobilePushTokenRequestPlatform::IosFirebase,
        )
        .stream("ios")
        .send()
        .await?;
    read_mobile_push_token_response(&token);
    let token: MobilePushTokenResponse = client
        .messaging()
        .register_push_token("d", "PUSH_TOKEN", "android")
        .send()
        .await?;

    // POST /transact: a transactional message by its template code.
    let sent: MessagingSendResponse = client
        .messaging()
        .send_transactional("TRANSACTIONAL_CODE")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .loyalty_id("000001234567")
        .variables([
            ("order_id", serde_json::json!("ORDER_1")),
            ("total", serde_json::json!(1500)),
        ])
        .send_everywhere(true)
        .send()
        .await?;
    read_messaging_send_response(&sent);

    // GET /stories/{code}
    let stories: StoriesResponse = client
        .stories()
        .get("STORIES_CODE")
        .did("d")
        .sid("s")
        .send()
        .await?;
    read_stories_response(&stories);
    // POST /popup/showed: the popup id is required; no body in the answer.
    let shown: () = client
        .stories()
        .popup_shown(42)
        .did("d")
        .sid("s")
        .send()
        .await?;
    // GET /sliders/{code}
    let slider: SliderResponse = client
        .stories()
        .slider("SLIDER_CODE")
        .did("d")
        .email("john.doe@examplemail.com")
        .phone("4400114527199")
        .external_id("EXT_1")
        .tags(["summer", "sale"])
        .send()
        .await?;
    read_slider_response(&slider);
    // POST /track/received: code and type are required.
    let received: TrackResponse = client
        .stories()
        .track_received("CODE", "bulk")
        .did("d")
        .sid("s")
        .send()
        .await?;

    // POST /short_urls: one or more links.
    let mut link: ShortUrlLink = ShortUrlLink::new("https://example.com/very/long/link");
    link.lifetime = Some(Number::from(30));
    link.code = Some("SUMMER".to_string());
    let short: Vec<ShortUrl> = client
        .utilities()
        .shorten_urls([link, ShortUrlLink::new("https://example.com/other")])
        .domain("pc.st")
        .send()
        .await?;
    for url in &short {
        read_short_url(url);
    }
    Ok(())
}

// The answers, one reader per model: every field bound with its type, nested models and
// enums through their own readers.

/// Every field of `SubscriptionsChange`.
fn read_subscriptions_change(x: &SubscriptionsChange) {
    let contact_type: &Option<SubscriptionsChangeContactType> = &x.contact_type;
    if let Some(value) = contact_type {
        read_subscriptions_change_contact_type(value);
    }
    let contact: &Option<Pii<String>> = &x.contact;
    let campaign_type: &Option<SubscriptionsChangeCampaignType> = &x.campaign_type;
    if let Some(value) = campaign_type {
        read_subscriptions_change_campaign_type(value);
    }
    let event: &Option<SubscriptionsEvent> = &x.event;
    if let Some(value) = event {
        read_subscriptions_event(value);
    }
    let channel: &Option<SubscriptionsChannel> = &x.channel;
    if let Some(value) = channel {
        read_subscriptions_channel(value);
    }
    let datetime: &Option<String> = &x.datetime;
    let ip: &Option<String> = &x.ip;
}

/// Every field of `SubscriptionsCheckResponse`.
fn read_subscriptions_check_response(x: &SubscriptionsCheckResponse) {
    let exists: &Option<bool> = &x.exists;
    let email_bulk: &Option<bool> = &x.email_bulk;
    let email_chain: &Option<bool> = &x.email_chain;
    let email_transactional: &Option<bool> = &x.email_transactional;
    let email_invalid: &Option<bool> = &x.email_invalid;
    let email_blacklisted: &Option<bool> = &x.email_blacklisted;
    let email_bounced: &Option<bool> = &x.email_bounced;
    let email_suppressed: &Option<bool> = &x.email_suppressed;
    let email_confirmed: &Option<bool> = &x.email_confirmed;
    let web_push_bulk: &Option<bool> = &x.web_push_bulk;
    let web_push_chain: &Option<bool> = &x.web_push_chain;
    let web_push_transactional: &Option<bool> = &x.web_push_transactional;
    let mobile_push_bulk: &Option<bool> = &x.mobile_push_bulk;
    let mobile_push_chain: &Option<bool> = &x.mobile_push_chain;
    let mobile_push_transactional: &Option<bool> = &x.mobile_push_transactional;
    let sms_bulk: &Option<bool> = &x.sms_bulk;
    let sms_chain: &Option<bool> = &x.sms_chain;
    let sms_transactional: &Option<bool> = &x.sms_transactional;
    let telegram_bulk: &Option<bool> = &x.telegram_bulk;
    let telegram_chain: &Option<bool> = &x.telegram_chain;
    let telegram_transactional: &Option<bool> = &x.telegram_transactional;
    let whatsapp_bulk: &Option<bool> = &x.whatsapp_bulk;
    let whatsapp_chain: &Option<bool> = &x.whatsapp_chain;
    let whatsapp_transactional: &Option<bool> = &x.whatsapp_transactional;
    let max_bulk: &Option<bool> = &x.max_bulk;
    let max_chain: &Option<bool> = &x.max_chain;
    let max_transactional: &Option<bool> = &x.max_transactional;
    let wallet_bulk: &Option<bool> = &x.wallet_bulk;
}

/// Every field of `SubscriptionsResult`.
fn read_subscriptions_result(x: &SubscriptionsResult) {
    let status: &Option<SubscriptionsResultStatus> = &x.status;
    if let Some(value) = status {
        read_subscriptions_result_status(value);
    }
    let message: &Option<String> = &x.message;
}

/// Every field of `MobilePushTokenResponse`.
fn read_mobile_push_token_response(x: &MobilePushTokenResponse) {
    let status: &Option<MobilePushTokenResponseStatus> = &x.status;
    if let Some(value) = status {
        read_mobile_push_token_response_status(value);
    }
    let message: &Option<String> = &x.message;
}

/// Every field of `MessagingSendResponse`.
fn read_messaging_send_response(x: &MessagingSendResponse) {
    let code: &Option<String> = &x.code;
    let status: &Option<String> = &x.status;
    let message: &Option<String> = &x.message;
}

/// Every field of `StoriesResponse`.
fn read_stories_response(x: &StoriesResponse) {
    let id: &Option<Id> = &x.id;
    let stories: &Option<Vec<Story>> = &x.stories;
    for item in stories.iter().flatten() {
        read_story(item);
    }
    let settings: &Option<StoriesSettings> = &x.settings;
    if let Some(value) = settings {
        read_stories_settings(value);
    }
}

/// Every field of `SliderResponse`.
fn read_slider_response(x: &SliderResponse) {
    let status: &Option<String> = &x.status;
    let payload: &Option<SliderPayload> = &x.payload;
    if let Some(value) = payload {
        read_slider_payload(value);
    }
}

/// Every field of `ShortUrl`.
fn read_short_url(x: &ShortUrl) {
    let source: &Option<String> = &x.source;
    let url: &Option<String> = &x.url;
}

/// Every variant of `SubscriptionsChangeContactType`.
fn read_subscriptions_change_contact_type(x: &SubscriptionsChangeContactType) {
    match x {
        SubscriptionsChangeContactType::Sms => {}
        SubscriptionsChangeContactType::Email => {}
        SubscriptionsChangeContactType::Mpush => {}
        SubscriptionsChangeContactType::Wpush => {}
        SubscriptionsChangeContactType::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every variant of `SubscriptionsChangeCampaignType`.
fn read_subscriptions_change_campaign_type(x: &SubscriptionsChangeCampaignType) {
    match x {
        SubscriptionsChangeCampaignType::Bulk => {}
        SubscriptionsChangeCampaignType::Chain => {}
        SubscriptionsChangeCampaignType::Transactional => {}
        SubscriptionsChangeCampaignType::Everything => {}
        SubscriptionsChangeCampaignType::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every variant of `SubscriptionsEvent`.
fn read_subscriptions_event(x: &SubscriptionsEvent) {
    match x {
        SubscriptionsEvent::Subscribe => {}
        SubscriptionsEvent::Unsubscribe => {}
        SubscriptionsEvent::HardBounced => {}
        SubscriptionsEvent::Complained => {}
        SubscriptionsEvent::Blacklisted => {}
        SubscriptionsEvent::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every variant of `SubscriptionsChannel`.
fn read_subscriptions_channel(x: &SubscriptionsChannel) {
    match x {
        SubscriptionsChannel::EmailFeedbackProcessing => {}
        SubscriptionsChannel::EmailProcessing => {}
        SubscriptionsChannel::Api => {}
        SubscriptionsChannel::ApiCallback => {}
        SubscriptionsChannel::JsSdk => {}
        SubscriptionsChannel::MobileSdk => {}
        SubscriptionsChannel::PushAttributes => {}
        SubscriptionsChannel::AutoCollector => {}
        SubscriptionsChannel::Popup => {}
        SubscriptionsChannel::Import => {}
        SubscriptionsChannel::Crm => {}
        SubscriptionsChannel::BulkSending => {}
        SubscriptionsChannel::TransactionalSending => {}
        SubscriptionsChannel::UnsubscribePage => {}
        SubscriptionsChannel::ResubscribePage => {}
        SubscriptionsChannel::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every variant of `SubscriptionsResultStatus`.
fn read_subscriptions_result_status(x: &SubscriptionsResultStatus) {
    match x {
        SubscriptionsResultStatus::Success => {}
        SubscriptionsResultStatus::Error => {}
        SubscriptionsResultStatus::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every variant of `MobilePushTokenResponseStatus`.
fn read_mobile_push_token_response_status(x: &MobilePushTokenResponseStatus) {
    match x {
        MobilePushTokenResponseStatus::Success => {}
        MobilePushTokenResponseStatus::Error => {}
        MobilePushTokenResponseStatus::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `Story`.
fn read_story(x: &Story) {
    let id: &Option<Id> = &x.id;
    let name: &Option<String> = &x.name;
    let avatar: &Option<String> = &x.avatar;
    let viewed: &Option<bool> = &x.viewed;
    let start_position: &Option<Number> = &x.start_position;
    let pinned: &Option<bool> = &x.pinned;
    let slides: &Option<Vec<StorySlide>> = &x.slides;
    for item in slides.iter().flatten() {
        read_story_slide(item);
    }
}

/// Every field of `StoriesSettings`.
fn read_stories_settings(x: &StoriesSettings) {
    let color: &Option<String> = &x.color;
    let font_size: &Option<Number> = &x.font_size;
    let background: &Option<String> = &x.background;
    let icon_shape: &Option<String> = &x.icon_shape;
    let avatar_size: &Option<Number> = &x.avatar_size;
    let close_color: &Option<String> = &x.close_color;
    let border_viewed: &Option<String> = &x.border_viewed;
    let background_pin: &Option<String> = &x.background_pin;
    let viewed_opacity: &Option<Number> = &x.viewed_opacity;
    let border_not_viewed: &Option<String> = &x.border_not_viewed;
    let background_opacity: &Option<Number> = &x.background_opacity;
    let background_progress: &Option<String> = &x.background_progress;
    let product_price_color: &Option<String> = &x.product_price_color;
    let product_title_color: &Option<String> = &x.product_title_color;
    let product_status_color: &Option<String> = &x.product_status_color;
    let product_old_price_color: &Option<String> = &x.product_old_price_color;
    let product_price_background: &Option<String> = &x.product_price_background;
    let product_slide_background: &Option<String> = &x.product_slide_background;
    let product_status_background: &Option<String> = &x.product_status_background;
    let product_discount_background: &Option<String> = &x.product_discount_background;
    let product_promocode_background: &Option<String> = &x.product_promocode_background;
    let pin_symbol: &Option<String> = &x.pin_symbol;
}

/// Every field of `SliderPayload`.
fn read_slider_payload(x: &SliderPayload) {
    let properties: &Option<SliderProperties> = &x.properties;
    if let Some(value) = properties {
        read_slider_properties(value);
    }
    let banners: &Option<Vec<SliderBanner>> = &x.banners;
    for item in banners.iter().flatten() {
        read_slider_banner(item);
    }
    let slides: &Option<Vec<SliderBanner>> = &x.slides;
    for item in slides.iter().flatten() {
        read_slider_banner(item);
    }
}

/// Every field of `StorySlide`.
fn read_story_slide(x: &StorySlide) {
    let id: &Option<Id> = &x.id;
    let duration: &Option<Number> = &x.duration;
    let background: &Option<String> = &x.background;
    let background_color: &Option<String> = &x.background_color;
    let preview: &Option<String> = &x.preview;
    let type_: &Option<StorySlideType> = &x.type_;
    if let Some(value) = type_ {
        read_story_slide_type(value);
    }
    let elements: &Option<Vec<StoryElement>> = &x.elements;
    for item in elements.iter().flatten() {
        read_story_element(item);
    }
}

/// Every field of `SliderProperties`.
fn read_slider_properties(x: &SliderProperties) {
    let code: &Option<String> = &x.code;
    let width: &Option<Number> = &x.width;
    let height: &Option<Number> = &x.height;
}

/// Every field of `SliderBanner`.
fn read_slider_banner(x: &SliderBanner) {
    let image_url: &Option<String> = &x.image_url;
    let url: &Option<String> = &x.url;
    let deeplink_ios: &Option<String> = &x.deeplink_ios;
    let deeplink_android: &Option<String> = &x.deeplink_android;
    let content_type: &Option<String> = &x.content_type;
    let content: &Option<String> = &x.content;
    let html: &Option<String> = &x.html;
}

/// Every variant of `StorySlideType`.
fn read_story_slide_type(x: &StorySlideType) {
    match x {
        StorySlideType::Image => {}
        StorySlideType::Video => {}
        StorySlideType::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `StoryElement`.
fn read_story_element(x: &StoryElement) {
    let type_: &Option<StoryElementType> = &x.type_;
    if let Some(value) = type_ {
        read_story_element_type(value);
    }
    let uniqid: &Option<String> = &x.uniqid;
    let bold: &Option<bool> = &x.bold;
    let text_bold: &Option<bool> = &x.text_bold;
    let italic: &Option<bool> = &x.italic;
    let y_offset: &Option<String> = &x.y_offset;
    let font_size: &Option<String> = &x.font_size;
    let font_type: &Option<String> = &x.font_type;
    let text_align: &Option<String> = &x.text_align;
    let text_color: &Option<String> = &x.text_color;
    let text_input: &Option<String> = &x.text_input;
    let text_line_spacing: &Option<String> = &x.text_line_spacing;
    let text_background_color: &Option<String> = &x.text_background_color;
    let text_background_color_opacity: &Option<String> = &x.text_background_color_opacity;
    let promocode: &Option<String> = &x.promocode;
    let title: &Option<String> = &x.title;
    let color: &Option<String> = &x.color;
    let background: &Option<String> = &x.background;
    let corner_radius: &Option<Number> = &x.corner_radius;
    let link: &Option<String> = &x.link;
    let link_ios: &Option<String> = &x.link_ios;
    let link_android: &Option<String> = &x.link_android;
    let deeplink_ios: &Option<String> = &x.deeplink_ios;
    let deeplink_android: &Option<String> = &x.deeplink_android;
    let labels: &Option<StoryElementLabels> = &x.labels;
    if let Some(value) = labels {
        read_story_element_labels(value);
    }
    let products: &Option<Vec<StoryProduct>> = &x.products;
    for item in products.iter().flatten() {
        read_story_product(item);
    }
    let item: &Option<StoryPromocodeProduct> = &x.item;
    if let Some(value) = item {
        read_story_promocode_product(value);
    }
}

/// Every variant of `StoryElementType`.
fn read_story_element_type(x: &StoryElementType) {
    match x {
        StoryElementType::TextBlock => {}
        StoryElementType::Button => {}
        StoryElementType::Products => {}
        StoryElementType::Product => {}
        StoryElementType::Promocode => {}
        StoryElementType::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `StoryElementLabels`.
fn read_story_element_labels(x: &StoryElementLabels) {
    let show_carousel: &Option<String> = &x.show_carousel;
    let hide_carousel: &Option<String> = &x.hide_carousel;
}

/// Every field of `StoryProduct`.
fn read_story_product(x: &StoryProduct) {
    let id: &Option<personaclick::Id> = &x.id;
    let uniqid: &Option<personaclick::Id> = &x.uniqid;
    let underscore_id: &Option<personaclick::Id> = &x.underscore_id;
    let group_id: &Option<personaclick::Id> = &x.group_id;
    let name: &Option<String> = &x.name;
    let description: &Option<String> = &x.description;
    let model: &Option<String> = &x.model;
    let vendor_code: &Option<String> = &x.vendor_code;
    let barcode: &Option<String> = &x.barcode;
    let brand: &Option<String> = &x.brand;
    let brand_downcase: &Option<String> = &x.brand_downcase;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
    let deeplink_android: &Option<String> = &x.deeplink_android;
    let deeplink_ios: &Option<String> = &x.deeplink_ios;
    let picture: &Option<String> = &x.picture;
    let image_url: &Option<String> = &x.image_url;
    let image_url_handle: &Option<String> = &x.image_url_handle;
    let image_url_resized: &Option<BTreeMap<String, String>> = &x.image_url_resized;
    let currency: &Option<String> = &x.currency;
    let price: &Option<Number> = &x.price;
    let price_formatted: &Option<String> = &x.price_formatted;
    let price_full: &Option<Number> = &x.price_full;
    let price_full_formatted: &Option<String> = &x.price_full_formatted;
    let oldprice: &Option<Number> = &x.oldprice;
    let oldprice_formatted: &Option<String> = &x.oldprice_formatted;
    let oldprice_full: &Option<Number> = &x.oldprice_full;
    let oldprice_full_formatted: &Option<String> = &x.oldprice_full_formatted;
    let old_price: &Option<Number> = &x.old_price;
    let discount: &Option<StoryProductDiscount> = &x.discount;
    if let Some(value) = discount {
        read_story_product_discount(value);
    }
    let discount_formatted: &Option<String> = &x.discount_formatted;
    let discount_percent: &Option<Number> = &x.discount_percent;
    let is_available: &Option<bool> = &x.is_available;
    let is_new: &Option<bool> = &x.is_new;
    let leftovers: &Option<StoryProductLeftovers> = &x.leftovers;
    if let Some(value) = leftovers {
        read_story_product_leftovers(value);
    }
    let stock_quantity: &Option<Number> = &x.stock_quantity;
    let rating: &Option<Number> = &x.rating;
    let sales_rate: &Option<Number> = &x.sales_rate;
    let relative_sales_rate: &Option<Number> = &x.relative_sales_rate;
    let category_ids: &Option<Vec<personaclick::Id>> = &x.category_ids;
    let categories: &Option<Vec<ProductCategory>> = &x.categories;
    for item in categories.iter().flatten() {
        readers::read_product_category(item);
    }
    let params: &Option<Vec<ProductParam>> = &x.params;
    for item in params.iter().flatten() {
        readers::read_product_param(item);
    }
    let fashion_feature: &Option<String> = &x.fashion_feature;
    let fashion_gender: &Option<String> = &x.fashion_gender;
    let fashion_sizes: &Option<Vec<String>> = &x.fashion_sizes;
    let fashion_original_sizes: &Option<Vec<String>> = &x.fashion_original_sizes;
    let fashion_colors: &Option<Vec<FashionColor>> = &x.fashion_colors;
    for item in fashion_colors.iter().flatten() {
        readers::read_fashion_color(item);
    }
    let child_gender: &Option<String> = &x.child_gender;
    let child_type: &Option<String> = &x.child_type;
    let child_age_min: &Option<Number> = &x.child_age_min;
    let child_age_max: &Option<Number> = &x.child_age_max;
    let is_child: &Option<bool> = &x.is_child;
    let is_realty: &Option<bool> = &x.is_realty;
    let widgetable: &Option<bool> = &x.widgetable;
    let ignored: &Option<bool> = &x.ignored;
    let locations: &Option<BTreeMap<String, Value>> = &x.locations;
    let image_download_data: &Option<ImageDownloadData> = &x.image_download_data;
    if let Some(value) = image_download_data {
        readers::read_image_download_data(value);
    }
    let image_download_start_at: &Option<String> = &x.image_download_start_at;
    let category: &Option<StoryProductCategory> = &x.category;
    if let Some(value) = category {
        read_story_product_category(value);
    }
}

/// Every field of `StoryPromocodeProduct`.
fn read_story_promocode_product(x: &StoryPromocodeProduct) {
    let id: &Option<personaclick::Id> = &x.id;
    let uniqid: &Option<personaclick::Id> = &x.uniqid;
    let underscore_id: &Option<personaclick::Id> = &x.underscore_id;
    let group_id: &Option<personaclick::Id> = &x.group_id;
    let name: &Option<String> = &x.name;
    let description: &Option<String> = &x.description;
    let model: &Option<String> = &x.model;
    let vendor_code: &Option<String> = &x.vendor_code;
    let barcode: &Option<String> = &x.barcode;
    let brand: &Option<String> = &x.brand;
    let brand_downcase: &Option<String> = &x.brand_downcase;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
    let deeplink_android: &Option<String> = &x.deeplink_android;
    let deeplink_ios: &Option<String> = &x.deeplink_ios;
    let picture: &Option<String> = &x.picture;
    let image_url: &Option<String> = &x.image_url;
    let image_url_handle: &Option<String> = &x.image_url_handle;
    let image_url_resized: &Option<BTreeMap<String, String>> = &x.image_url_resized;
    let currency: &Option<String> = &x.currency;
    let price: &Option<Number> = &x.price;
    let price_formatted: &Option<String> = &x.price_formatted;
    let price_full: &Option<Number> = &x.price_full;
    let price_full_formatted: &Option<String> = &x.price_full_formatted;
    let oldprice: &Option<Number> = &x.oldprice;
    let oldprice_formatted: &Option<String> = &x.oldprice_formatted;
    let oldprice_full: &Option<Number> = &x.oldprice_full;
    let oldprice_full_formatted: &Option<String> = &x.oldprice_full_formatted;
    let old_price: &Option<Number> = &x.old_price;
    let discount: &Option<StoryPromocodeProductDiscount> = &x.discount;
    if let Some(value) = discount {
        read_story_promocode_product_discount(value);
    }
    let discount_formatted: &Option<String> = &x.discount_formatted;
    let discount_percent: &Option<Number> = &x.discount_percent;
    let is_available: &Option<bool> = &x.is_available;
    let is_new: &Option<bool> = &x.is_new;
    let leftovers: &Option<StoryPromocodeProductLeftovers> = &x.leftovers;
    if let Some(value) = leftovers {
        read_story_promocode_product_leftovers(value);
    }
    let stock_quantity: &Option<Number> = &x.stock_quantity;
    let rating: &Option<Number> = &x.rating;
    let sales_rate: &Option<Number> = &x.sales_rate;
    let relative_sales_rate: &Option<Number> = &x.relative_sales_rate;
    let category_ids: &Option<Vec<personaclick::Id>> = &x.category_ids;
    let categories: &Option<Vec<ProductCategory>> = &x.categories;
    for item in categories.iter().flatten() {
        readers::read_product_category(item);
    }
    let params: &Option<Vec<ProductParam>> = &x.params;
    for item in params.iter().flatten() {
        readers::read_product_param(item);
    }
    let fashion_feature: &Option<String> = &x.fashion_feature;
    let fashion_gender: &Option<String> = &x.fashion_gender;
    let fashion_sizes: &Option<Vec<String>> = &x.fashion_sizes;
    let fashion_original_sizes: &Option<Vec<String>> = &x.fashion_original_sizes;
    let fashion_colors: &Option<Vec<FashionColor>> = &x.fashion_colors;
    for item in fashion_colors.iter().flatten() {
        readers::read_fashion_color(item);
    }
    let child_gender: &Option<String> = &x.child_gender;
    let child_type: &Option<String> = &x.child_type;
    let child_age_min: &Option<Number> = &x.child_age_min;
    let child_age_max: &Option<Number> = &x.child_age_max;
    let is_child: &Option<bool> = &x.is_child;
    let is_realty: &Option<bool> = &x.is_realty;
    let widgetable: &Option<bool> = &x.widgetable;
    let ignored: &Option<bool> = &x.ignored;
    let locations: &Option<BTreeMap<String, Value>> = &x.locations;
    let image_download_data: &Option<ImageDownloadData> = &x.image_download_data;
    if let Some(value) = image_download_data {
        readers::read_image_download_data(value);
    }
    let image_download_start_at: &Option<String> = &x.image_download_start_at;
    let promocode: &Option<String> = &x.promocode;
    let price_with_promocode: &Option<Number> = &x.price_with_promocode;
    let price_with_promocode_formatted: &Option<String> = &x.price_with_promocode_formatted;
}

/// Every variant of `StoryProductDiscount`.
fn read_story_product_discount(x: &StoryProductDiscount) {
    match x {
        StoryProductDiscount::Bool(payload) => {
            let payload: &bool = payload;
        }
        StoryProductDiscount::Number(payload) => {
            let payload: &Number = payload;
        }
        _ => {}
    }
}

/// Every variant of `StoryProductLeftovers`.
fn read_story_product_leftovers(x: &StoryProductLeftovers) {
    match x {
        StoryProductLeftovers::One => {}
        StoryProductLeftovers::Few => {}
        StoryProductLeftovers::Lot => {}
        StoryProductLeftovers::Lots => {}
        StoryProductLeftovers::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `StoryProductCategory`.
fn read_story_product_category(x: &StoryProductCategory) {
    let name: &Option<String> = &x.name;
    let url: &Option<String> = &x.url;
}

/// Every variant of `StoryPromocodeProductDiscount`.
fn read_story_promocode_product_discount(x: &StoryPromocodeProductDiscount) {
    match x {
        StoryPromocodeProductDiscount::Bool(payload) => {
            let payload: &bool = payload;
        }
        StoryPromocodeProductDiscount::Number(payload) => {
            let payload: &Number = payload;
        }
        _ => {}
    }
}

/// Every variant of `StoryPromocodeProductLeftovers`.
fn read_story_promocode_product_leftovers(x: &StoryPromocodeProductLeftovers) {
    match x {
        StoryPromocodeProductLeftovers::One => {}
        StoryPromocodeProductLeftovers::Few => {}
        StoryPromocodeProductLeftovers::Lot => {}
        StoryPromocodeProductLeftovers::Lots => {}
        StoryPromocodeProductLeftovers::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

fn main() {}
