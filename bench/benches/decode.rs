//! Decoding a 1,000-product listing: the generated model (lenient numbers and ids, unknown
//! fields kept) against `serde_json::Value` and against a plain hand-written serde struct of
//! the same shape (strict types, unknown fields dropped). Also the plain struct with a
//! `#[serde(flatten)]` map, the usual way to keep unknown fields.
//!
//! The "real-shaped" payloads are the same documents made to look like what the live API
//! sends: fields the spec does not name on every product, prices as integers, floats and
//! numeric strings, ids as strings and integers, explicit nulls. Their baseline is a plain
//! struct that accepts those forms (a number or a numeric string, a string or an integer
//! id) and drops what it does not know.
//!
//! `cargo bench -p personaclick-bench --bench decode`; ratios are in BENCHMARKS.md.

use std::collections::BTreeMap;

use divan::{Bencher, black_box};
use personaclick_bench::{payload, real_payload, real_search_payload, search_payload};
use serde::Deserialize;
use serde_json::Value;

fn main() {
    divan::main();
}

/// A number as the live API sends one: a JSON number or a numeric string.
#[allow(dead_code)]
struct LenientNumber(f64);

impl<'de> Deserialize<'de> for LenientNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = LenientNumber;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number or a numeric string")
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<LenientNumber, E> {
                Ok(LenientNumber(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<LenientNumber, E> {
                Ok(LenientNumber(v as f64))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<LenientNumber, E> {
                Ok(LenientNumber(v as f64))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<LenientNumber, E> {
                v.parse().map(LenientNumber).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// An id as the live API sends one: a string or an integer.
#[allow(dead_code)]
struct LenientId(String);

impl<'de> Deserialize<'de> for LenientId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = LenientId;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or an integer")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<LenientId, E> {
                Ok(LenientId(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<LenientId, E> {
                Ok(LenientId(v.to_string()))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<LenientId, E> {
                Ok(LenientId(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// The plain struct of the real-shaped listing: lenient where the live API varies, and
/// dropping what it does not know.
#[derive(Deserialize)]
#[allow(dead_code)]
struct LenientList {
    products_total: Option<LenientNumber>,
    products: Option<Vec<LenientProduct>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct LenientProduct {
    name: Option<String>,
    url: Option<String>,
    deeplink_android: Option<String>,
    deeplink_ios: Option<String>,
    category_ids: Option<Vec<LenientId>>,
    barcode: Option<String>,
    vendor_code: Option<String>,
    brand: Option<String>,
    model: Option<String>,
    sales_rate: Option<LenientNumber>,
    relative_sales_rate: Option<LenientNumber>,
    picture: Option<String>,
    categories: Option<Vec<PlainCategory>>,
    discount_percent: Option<LenientNumber>,
    price_formatted: Option<String>,
    price_full_formatted: Option<String>,
    price: Option<LenientNumber>,
    price_full: Option<LenientNumber>,
    oldprice_formatted: Option<String>,
    oldprice_full_formatted: Option<String>,
    oldprice: Option<LenientNumber>,
    oldprice_full: Option<LenientNumber>,
    image_url: Option<String>,
    image_url_handle: Option<String>,
    image_url_resized: Option<BTreeMap<String, String>>,
    url_handle: Option<String>,
    discount: Option<LenientNumber>,
    discount_formatted: Option<String>,
    currency: Option<String>,
    #[serde(rename = "_id")]
    underscore_id: Option<LenientId>,
    id: Option<LenientId>,
    stock_quantity: Option<LenientNumber>,
    params: Option<Vec<PlainParam>>,
    group_id: Option<LenientId>,
}

/// The plain struct of the real-shaped search answer.
#[derive(Deserialize)]
#[allow(dead_code)]
struct LenientSearch {
    search_query: Option<String>,
    search_query_original: Option<String>,
    collections: Option<Vec<Value>>,
    products_total: Option<LenientNumber>,
    html: Option<String>,
    clarification: Option<bool>,
    requests_count: Option<LenientNumber>,
    products: Option<Vec<LenientProduct>>,
    categories: Option<Vec<SearchCategory>>,
    locations: Option<Vec<SearchLocation>>,
    filters: Option<BTreeMap<String, SearchFilter>>,
    industrial_filters: Option<BTreeMap<String, Vec<BTreeMap<String, Value>>>>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct SearchCategory {
    id: Option<LenientId>,
    name: Option<String>,
    parent: Option<LenientId>,
    url: Option<String>,
    count: Option<LenientNumber>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct SearchLocation {
    id: Option<LenientId>,
    name: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct SearchFilter {
    count: Option<LenientNumber>,
    values: Option<BTreeMap<String, LenientNumber>>,
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

#[divan::bench]
fn real_plain_struct(bencher: Bencher) {
    let body = real_payload();
    bencher.bench(|| serde_json::from_slice::<LenientList>(black_box(&body)).expect("decode"));
}

#[divan::bench]
fn real_generated_model(bencher: Bencher) {
    let body = real_payload();
    bencher.bench(|| {
        serde_json::from_slice::<personaclick::types::ProductListResponse>(black_box(&body))
            .expect("decode")
    });
}

#[divan::bench]
fn real_search_plain_struct(bencher: Bencher) {
    let body = real_search_payload();
    bencher.bench(|| serde_json::from_slice::<LenientSearch>(black_box(&body)).expect("decode"));
}

#[divan::bench]
fn real_search_generated_model(bencher: Bencher) {
    let body = real_search_payload();
    bencher.bench(|| {
        serde_json::from_slice::<personaclick::types::SearchResponse>(black_box(&body))
            .expect("decode")
    });
}
