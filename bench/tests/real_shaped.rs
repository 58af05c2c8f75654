//! The real-shaped payloads the decode benchmark measures decode into the generated models
//! and encode back to exactly what arrived: the speed is not bought by dropping anything.

use personaclick_bench::{real_payload, real_search_payload};
use serde_json::Value;

fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(body: &[u8]) {
    let original: Value = serde_json::from_slice(body).expect("JSON");
    let typed: T = serde_json::from_slice(body).expect("decodes");
    assert_eq!(serde_json::to_value(&typed).expect("encodes"), original);
}

#[test]
fn the_real_shaped_listing_round_trips() {
    round_trip::<personaclick::types::ProductListResponse>(&real_payload());
}

#[test]
fn the_real_shaped_search_answer_round_trips() {
    round_trip::<personaclick::types::SearchResponse>(&real_search_payload());
}
