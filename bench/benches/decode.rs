//! Decoding a 1,000-product listing: the generated model (lenient numbers and ids, unknown
//! fields kept) against `serde_json::Value` and against a plain hand-written serde struct of
//! the same shape (strict types, unknown fields dropped). Also the plain struct with a
//! `#[serde(flatten)]` map, the usual way to keep unknown fields.
//!
//! `cargo bench --bench decode`; ratios are in BENCHMARKS.md.

use std::collections::BTreeMap;

use divan::{Bencher, black_box};
use serde::Deserialize;
use serde_json::Value;

fn main() {
    divan::main();
}

/// The documented listing example with its product repeated 1,000 times (ids vary).
fn payload() -> Vec<u8> {
    let text = include_str!("../../tests/fixtures/real-responses/products__r46docs.json");
    let doc: Value = serde_json::from_str(text).expect("fixture is JSON");
    let product = doc["products"][0].clone();
    let products: Vec<Value> = (0..1000)
        .map(|i| {
            let mut p = product.clone();
            p["id"] = Value::from(format!("{}", 286_429 + i));
            p["price"] = Value::from(19_990 + i);
            p
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({"products_total": 1000, "products": products}))
        .expect("encode")
}

/// The documented full-search example with its product repeated 1,000 times.
fn search_payload() -> Vec<u8> {
    let text = include_str!("../../tests/fixtures/real-responses/search-full__r46docs.json");
    let mut doc: Value = serde_json::from_str(text).expect("fixture is JSON");
    let product = doc["products"][0].clone();
    doc["products"] = Value::Array((0..1000).map(|_| product.clone()).collect());
    serde_json::to_vec(&doc).expect("encode")
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainList {
    products_total: Option<f64>,
    products: Option<Vec<PlainProduct>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainProduct {
    name: Option<String>,
    url: Option<String>,
    deeplink_android: Option<String>,
    deeplink_ios: Option<String>,
    category_ids: Option<Vec<String>>,
    barcode: Option<String>,
    vendor_code: Option<String>,
    brand: Option<String>,
    model: Option<String>,
    sales_rate: Option<f64>,
    relative_sales_rate: Option<f64>,
    picture: Option<String>,
    categories: Option<Vec<PlainCategory>>,
    discount_percent: Option<f64>,
    price_formatted: Option<String>,
    price_full_formatted: Option<String>,
    price: Option<f64>,
    price_full: Option<f64>,
    oldprice_formatted: Option<String>,
    oldprice_full_formatted: Option<String>,
    oldprice: Option<f64>,
    oldprice_full: Option<f64>,
    image_url: Option<String>,
    image_url_handle: Option<String>,
    image_url_resized: Option<BTreeMap<String, String>>,
    url_handle: Option<String>,
    discount: Option<f64>,
    discount_formatted: Option<String>,
    currency: Option<String>,
    #[serde(rename = "_id")]
    underscore_id: Option<String>,
    id: Option<String>,
    stock_quantity: Option<f64>,
    params: Option<Vec<PlainParam>>,
    group_id: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainCategory {
    id: Option<String>,
    url: Option<String>,
    name: Option<String>,
    level: Option<String>,
    name_with_parent: Option<String>,
    url_handle: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlainParam {
    key: Option<String>,
    values: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct FlattenList {
    products_total: Option<f64>,
    products: Option<Vec<FlattenProduct>>,
    #[serde(flatten)]
    extra: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct FlattenProduct {
    #[serde(flatten)]
    known: PlainProduct,
    #[serde(flatten)]
    extra: BTreeMap<String, Value>,
}

#[divan::bench]
fn value(bencher: Bencher) {
    let body = payload();
    bencher.bench(|| serde_json::from_slice::<Value>(black_box(&body)).expect("decode"));
}

#[divan::bench]
fn plain_struct(bencher: Bencher) {
    let body = payload();
    bencher.bench(|| serde_json::from_slice::<PlainList>(black_box(&body)).expect("decode"));
}

#[divan::bench]
fn plain_struct_with_flatten(bencher: Bencher) {
    let body = payload();
    bencher.bench(|| serde_json::from_slice::<FlattenList>(black_box(&body)).expect("decode"));
}

#[divan::bench]
fn generated_model(bencher: Bencher) {
    let body = payload();
    bencher.bench(|| {
        serde_json::from_slice::<personaclick::types::ProductListResponse>(black_box(&body))
            .expect("decode")
    });
}

#[divan::bench]
fn search_value(bencher: Bencher) {
    let body = search_payload();
    bencher.bench(|| serde_json::from_slice::<Value>(black_box(&body)).expect("decode"));
}

#[divan::bench]
fn search_generated_model(bencher: Bencher) {
    let body = search_payload();
    bencher.bench(|| {
        serde_json::from_slice::<personaclick::types::SearchResponse>(black_box(&body))
            .expect("decode")
    });
}
