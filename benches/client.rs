//! Client overhead: one call through the generated client to a loopback server, against
//! the same request made with bare reqwest and decoded into the same type.
//!
//! `cargo bench --bench client`; ratios are in BENCHMARKS.md.

#[path = "../tests/support/keepalive.rs"]
mod keepalive;

use std::sync::Arc;
use std::time::Duration;

use divan::Bencher;
use personaclick::types::Product;

fn main() {
    divan::main();
}

fn setup() -> (tokio::runtime::Runtime, String) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let url = runtime.block_on(keepalive::server(
        Arc::new(keepalive::Stats::default()),
        Duration::ZERO,
    ));
    (runtime, url)
}

#[divan::bench]
fn generated_client(bencher: Bencher) {
    let (runtime, url) = setup();
    let client = personaclick::Client::builder("shop")
        .base_url(&url)
        .build()
        .expect("client");
    bencher.bench_local(|| {
        runtime.block_on(async { client.products().get("100500").send().await.expect("call") })
    });
}

#[divan::bench]
fn bare_reqwest(bencher: Bencher) {
    let (runtime, url) = setup();
    let http = reqwest::Client::new();
    let endpoint = format!("{url}/products/get");
    bencher.bench_local(|| {
        runtime.block_on(async {
            let response = http
                .get(&endpoint)
                .query(&[("shop_id", "shop"), ("item_id", "100500")])
                .send()
                .await
                .expect("send");
            let status = response.status();
            let body = response.bytes().await.expect("body");
            assert!(status.is_success());
            serde_json::from_slice::<Product>(&body).expect("decode")
        })
    });
}
