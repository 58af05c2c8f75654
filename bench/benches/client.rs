//! Client overhead: one call through the generated client to a loopback server, against
//! the same request made with bare reqwest and decoded into the same type.
//!
//! `cargo bench --bench client`; ratios are in BENCHMARKS.md.

#[path = "../../tests/support/keepalive.rs"]
mod keepalive;

use std::sync::Arc;
use std::time::Duration;

use divan::Bencher;
use personaclick::types::Product;

/// Calls per sample: loopback latency is bimodal (a wake-up of the other thread or not), so
/// each sample averages over many calls.
const CALLS: usize = 50;

fn main() {
    // `CLIENT_CPU_RUN=generated|bare` makes 20,000 calls (`CLIENT_IN_FLIGHT` at a time) and
    // exits, so a process timer can compare the CPU time of the two (loopback latency is
    // too noisy for 5 % differences).
    match std::env::var("CLIENT_CPU_RUN").as_deref() {
        Ok(mode) => cpu_run(mode),
        Err(_) => divan::main(),
    }
}

/// 20,000 calls, `CLIENT_IN_FLIGHT` of them at a time (default 1), through the generated
/// client or bare reqwest.
fn cpu_run(mode: &str) {
    let in_flight: usize = std::env::var("CLIENT_IN_FLIGHT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let (runtime, url) = setup();
    let client = personaclick::Client::builder("shop")
        .base_url(&url)
        .max_in_flight(in_flight.max(1))
        .build()
        .expect("client");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(5))
        .build()
        .expect("client");
    let endpoint = Arc::new(format!("{url}/products/get"));
    let generated = mode == "generated";
    let per_caller = 20_000 / in_flight.max(1);
    runtime.block_on(async {
        let callers: Vec<_> = (0..in_flight.max(1))
            .map(|_| {
                let (client, http, endpoint) = (client.clone(), http.clone(), endpoint.clone());
                tokio::spawn(async move {
                    for _ in 0..per_caller {
                        if generated {
                            divan::black_box(
                                client.products().get("100500").send().await.expect("call"),
                            );
                        } else {
                            let response = http
                                .get(endpoint.as_str())
                                .query(&[("shop_id", "shop"), ("item_id", "100500")])
                                .send()
                                .await
                                .expect("send");
                            let body = response.bytes().await.expect("body");
                            divan::black_box(
                                serde_json::from_slice::<Product>(&body).expect("decode"),
                            );
                        }
                    }
                })
            })
            .collect();
        for caller in callers {
            caller.await.expect("caller");
        }
    });
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
        runtime.block_on(async {
            for _ in 0..CALLS {
                divan::black_box(client.products().get("100500").send().await.expect("call"));
            }
        })
    });
}

#[divan::bench(args = [false, true])]
fn bare_reqwest(bencher: Bencher, with_timeout: bool) {
    let (runtime, url) = setup();
    // The generated client arms a request timeout (on by default); the baseline can too.
    let mut http = reqwest::Client::builder();
    if with_timeout {
        http = http
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(5));
    }
    let http = http.build().expect("client");
    let endpoint = format!("{url}/products/get");
    bencher.bench_local(|| {
        runtime.block_on(async {
            for _ in 0..CALLS {
                let response = http
                    .get(&endpoint)
                    .query(&[("shop_id", "shop"), ("item_id", "100500")])
                    .send()
                    .await
                    .expect("send");
                let status = response.status();
                let body = response.bytes().await.expect("body");
                assert!(status.is_success());
                divan::black_box(serde_json::from_slice::<Product>(&body).expect("decode"));
            }
        })
    });
}
