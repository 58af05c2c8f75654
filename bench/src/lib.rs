//! The payloads the benchmarks decode (see `benches/decode.rs`), shared with the tests that
//! check nothing of them is lost.

use serde_json::Value;

/// The documented listing example with its product repeated 1,000 times (ids vary).
pub fn payload() -> Vec<u8> {
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
pub fn search_payload() -> Vec<u8> {
    let text = include_str!("../../tests/fixtures/real-responses/search-full__r46docs.json");
    let mut doc: Value = serde_json::from_str(text).expect("fixture is JSON");
    let product = doc["products"][0].clone();
    doc["products"] = Value::Array((0..1000).map(|_| product.clone()).collect());
    serde_json::to_vec(&doc).expect("encode")
}

/// A product of the documented example, made to look like a live answer (`i` varies it).
fn real_shaped(mut product: Value, i: u64) -> Value {
    product["id"] = if i.is_multiple_of(2) {
        Value::from(286_429 + i)
    } else {
        Value::from(format!("{}", 286_429 + i))
    };
    product["price"] = match i % 3 {
        0 => Value::from(19_990 + i),
        1 => Value::from(19_990.5 + i as f64),
        _ => Value::from(format!("{}.90", 19_990 + i)),
    };
    product["oldprice"] = Value::Null;
    product["barcode"] = Value::Null;
    product["stock_quantity"] = if i.is_multiple_of(2) {
        Value::from(i % 17)
    } else {
        Value::from(format!("{}", i % 17))
    };
    product["brand_downcase"] = Value::from("tefal");
    product["is_new"] = Value::from(i.is_multiple_of(5));
    product["rating"] = Value::from(4.5);
    product["fashion_sizes"] = serde_json::json!(["40", "41"]);
    product
}

/// The listing with 1,000 real-shaped products, and unknown fields at the top too.
pub fn real_payload() -> Vec<u8> {
    let text = include_str!("../../tests/fixtures/real-responses/products__r46docs.json");
    let doc: Value = serde_json::from_str(text).expect("fixture is JSON");
    let product = doc["products"][0].clone();
    let products: Vec<Value> = (0..1000).map(|i| real_shaped(product.clone(), i)).collect();
    serde_json::to_vec(&serde_json::json!({
        "products_total": 1000,
        "products": products,
        "price_range": {"min": 10, "max": "99.5"},
        "search_query": null
    }))
    .expect("encode")
}

/// The full-search example with 1,000 real-shaped products.
pub fn real_search_payload() -> Vec<u8> {
    let text = include_str!("../../tests/fixtures/real-responses/search-full__r46docs.json");
    let mut doc: Value = serde_json::from_str(text).expect("fixture is JSON");
    let product = doc["products"][0].clone();
    doc["products"] = Value::Array((0..1000).map(|i| real_shaped(product.clone(), i)).collect());
    doc["brands"] = Value::Null;
    doc["experiment"] = serde_json::json!({"id": 7, "variant": "b"});
    serde_json::to_vec(&doc).expect("encode")
}
