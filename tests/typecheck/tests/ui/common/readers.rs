//! Readers shared by the pass cases: one copy of each function that reads every field of a
//! model type used by more than one group (`Product` and its parts, the listing facets,
//! `Popup`, `StatusResponse`), each value bound with its type pinned. A pass file includes it
//! with `#[path = "../common/readers.rs"] mod readers;` and calls `readers::read_x(..)`;
//! the readers a file does not call are allowed to stay unused.

use std::collections::BTreeMap;

use personaclick::types::{
    BrandFacet, ColorFacet, FashionColor, FilterValue, ImageDownloadData, IndustrialFilters,
    LocationFacet, Popup, PopupPopupActions, PopupWebPushSystem, PriceRange, PriceRangeBucket,
    Product, ProductCategory, ProductDiscount, ProductLeftovers, ProductParam, SizeFacet,
    StatusResponse, ValueRange,
};
use personaclick::{Id, Number};
use serde_json::Value;

/// Every field of `Product`.
#[allow(dead_code, unused_variables)]
pub fn read_product(x: &Product) {
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
    let discount: &Option<ProductDiscount> = &x.discount;
    if let Some(value) = discount {
        read_product_discount(value);
    }
    let discount_formatted: &Option<String> = &x.discount_formatted;
    let discount_percent: &Option<Number> = &x.discount_percent;
    let is_available: &Option<bool> = &x.is_available;
    let is_new: &Option<bool> = &x.is_new;
    let leftovers: &Option<ProductLeftovers> = &x.leftovers;
    if let Some(value) = leftovers {
        read_product_leftovers(value);
    }
    let stock_quantity: &Option<Number> = &x.stock_quantity;
    let rating: &Option<Number> = &x.rating;
    let sales_rate: &Option<Number> = &x.sales_rate;
    let relative_sales_rate: &Option<Number> = &x.relative_sales_rate;
    let category_ids: &Option<Vec<personaclick::Id>> = &x.category_ids;
    let categories: &Option<Vec<ProductCategory>> = &x.categories;
    for item in categories.iter().flatten() {
        read_product_category(item);
    }
    let params: &Option<Vec<ProductParam>> = &x.params;
    for item in params.iter().flatten() {
        read_product_param(item);
    }
    let fashion_feature: &Option<String> = &x.fashion_feature;
    let fashion_gender: &Option<String> = &x.fashion_gender;
    let fashion_sizes: &Option<Vec<String>> = &x.fashion_sizes;
    let fashion_original_sizes: &Option<Vec<String>> = &x.fashion_original_sizes;
    let fashion_colors: &Option<Vec<FashionColor>> = &x.fashion_colors;
    for item in fashion_colors.iter().flatten() {
        read_fashion_color(item);
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
        read_image_download_data(value);
    }
    let image_download_start_at: &Option<String> = &x.image_download_start_at;
}

/// Every variant of `ProductDiscount`.
#[allow(dead_code, unused_variables)]
pub fn read_product_discount(x: &ProductDiscount) {
    match x {
        ProductDiscount::Bool(payload) => {
            let payload: &bool = payload;
        }
        ProductDiscount::Number(payload) => {
            let payload: &Number = payload;
        }
        _ => {}
    }
}

/// Every variant of `ProductLeftovers`.
#[allow(dead_code, unused_variables)]
pub fn read_product_leftovers(x: &ProductLeftovers) {
    match x {
        ProductLeftovers::One => {}
        ProductLeftovers::Few => {}
        ProductLeftovers::Lot => {}
        ProductLeftovers::Lots => {}
        ProductLeftovers::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `ProductCategory`.
#[allow(dead_code, unused_variables)]
pub fn read_product_category(x: &ProductCategory) {
    let id: &Option<Id> = &x.id;
    let external_id: &Option<String> = &x.external_id;
    let level: &Option<Number> = &x.level;
    let branch: &Option<Number> = &x.branch;
    let name: &Option<String> = &x.name;
    let name_with_parent: &Option<String> = &x.name_with_parent;
    let parent_id: &Option<Id> = &x.parent_id;
    let parent: &Option<Id> = &x.parent;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
}

/// Every field of `ProductParam`.
#[allow(dead_code, unused_variables)]
pub fn read_product_param(x: &ProductParam) {
    let key: &Option<String> = &x.key;
    let values: &Option<Vec<String>> = &x.values;
}

/// Every field of `FashionColor`.
#[allow(dead_code, unused_variables)]
pub fn read_fashion_color(x: &FashionColor) {
    let color: &Option<String> = &x.color;
    let picture: &Option<String> = &x.picture;
}

/// Every field of `ImageDownloadData`.
#[allow(dead_code, unused_variables)]
pub fn read_image_download_data(x: &ImageDownloadData) {
    let could_be_widgetable: &Option<bool> = &x.could_be_widgetable;
    let image: &Option<String> = &x.image;
    let image_changed: &Option<bool> = &x.image_changed;
    let name: &Option<String> = &x.name;
    let persisted: &Option<bool> = &x.persisted;
    let price: &Option<Number> = &x.price;
    let time: &Option<String> = &x.time;
    let url: &Option<String> = &x.url;
    let widgetable: &Option<bool> = &x.widgetable;
}

/// Every field of `BrandFacet`.
#[allow(dead_code, unused_variables)]
pub fn read_brand_facet(x: &BrandFacet) {
    let name: &Option<String> = &x.name;
    let count: &Option<Number> = &x.count;
    let picture: &Option<String> = &x.picture;
}

/// Every field of `SizeFacet`.
#[allow(dead_code, unused_variables)]
pub fn read_size_facet(x: &SizeFacet) {
    let size: &Option<String> = &x.size;
    let count: &Option<Number> = &x.count;
}

/// Every field of `ColorFacet`.
#[allow(dead_code, unused_variables)]
pub fn read_color_facet(x: &ColorFacet) {
    let color: &Option<String> = &x.color;
    let count: &Option<Number> = &x.count;
}

/// Every field of `LocationFacet`.
#[allow(dead_code, unused_variables)]
pub fn read_location_facet(x: &LocationFacet) {
    let id: &Option<personaclick::Id> = &x.id;
    let name: &Option<String> = &x.name;
    let type_: &Option<String> = &x.type_;
}

/// Every field of `IndustrialFilters`.
#[allow(dead_code, unused_variables)]
pub fn read_industrial_filters(x: &IndustrialFilters) {
    let fashion_sizes: &Option<Vec<SizeFacet>> = &x.fashion_sizes;
    for item in fashion_sizes.iter().flatten() {
        read_size_facet(item);
    }
    let colors: &Option<Vec<ColorFacet>> = &x.colors;
    for item in colors.iter().flatten() {
        read_color_facet(item);
    }
}

/// Every field of `PriceRange`.
#[allow(dead_code, unused_variables)]
pub fn read_price_range(x: &PriceRange) {
    let min: &Option<Number> = &x.min;
    let max: &Option<Number> = &x.max;
}

/// Every field of `PriceRangeBucket`.
#[allow(dead_code, unused_variables)]
pub fn read_price_range_bucket(x: &PriceRangeBucket) {
    let to: &Option<Number> = &x.to;
    let count: &Option<Number> = &x.count;
}

/// Every field of `ValueRange`.
#[allow(dead_code, unused_variables)]
pub fn read_value_range(x: &ValueRange) {
    let min: &Option<Number> = &x.min;
    let max: &Option<Number> = &x.max;
}

/// Every field of `FilterValue`.
#[allow(dead_code, unused_variables)]
pub fn read_filter_value(x: &FilterValue) {
    let value: &Option<String> = &x.value;
    let count: &Option<Number> = &x.count;
}

/// Every field of `Popup`.
#[allow(dead_code, unused_variables)]
pub fn read_popup(x: &Popup) {
    let id: &Option<Number> = &x.id;
    let channels: &Option<Vec<String>> = &x.channels;
    let position: &Option<String> = &x.position;
    let delay: &Option<Number> = &x.delay;
    let html: &Option<String> = &x.html;
    let components: &Option<String> = &x.components;
    let web_push_system: &Option<PopupWebPushSystem> = &x.web_push_system;
    if let Some(value) = web_push_system {
        read_popup_web_push_system(value);
    }
    let popup_actions: &Option<PopupPopupActions> = &x.popup_actions;
    if let Some(value) = popup_actions {
        read_popup_popup_actions(value);
    }
}

/// Every variant of `PopupPopupActions`.
#[allow(dead_code, unused_variables)]
pub fn read_popup_popup_actions(x: &PopupPopupActions) {
    match x {
        PopupPopupActions::String(text) => {
            let text: &String = text;
        }
        PopupPopupActions::Map(map) => {
            let map: &BTreeMap<String, Value> = map;
        }
        _ => {}
    }
}

/// Every variant of `PopupWebPushSystem`.
#[allow(dead_code, unused_variables)]
pub fn read_popup_web_push_system(x: &PopupWebPushSystem) {
    match x {
        PopupWebPushSystem::Bool(payload) => {
            let payload: &bool = payload;
        }
        PopupWebPushSystem::String(text) => {
            let text: &String = text;
        }
        _ => {}
    }
}

/// Every field of `StatusResponse`.
#[allow(dead_code, unused_variables)]
pub fn read_status_response(x: &StatusResponse) {
    let status: &Option<String> = &x.status;
}
