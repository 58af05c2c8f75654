//! A 2 GiB answer does not cost 2 GiB: with the default body cap (64 MiB) the client stops
//! reading at the cap, so peak memory grows by about the cap, not by the body. Alone in its
//! own test binary, so that no other test moves the peak.

use std::time::Duration;

use personaclick::{Client, DEFAULT_MAX_RESPONSE_BODY, Error};

#[path = "support/raw.rs"]
mod raw;
use raw::{Reply, always, server};

/// The peak resident set (`VmHWM`) in bytes, after resetting it to the current one.
fn reset_peak() {
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0 and later).
    std::fs::write("/proc/self/clear_refs", "5").expect("reset the peak RSS");
}

fn peak() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .expect("VmHWM")
}

#[tokio::test]
async fn a_two_gib_body_raises_peak_memory_by_about_the_cap() {
    const GIB2: u64 = 2 << 30;
    let chunked =
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n".to_vec();
    let announced = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {GIB2}\r\n\r\n"
    )
    .into_bytes();
    for head in [chunked, announced] {
        let srv = server(always(Reply::Endless {
            head,
            chunk: vec![b' '; 256 * 1024],
            total: GIB2,
        }))
        .await;
        let client = Client::builder("shop")
            .base_url(&srv.url)
            .timeout(Duration::from_secs(60))
            .build()
            .expect("client");
        reset_peak();
        let before = peak();
        let err = client
            .products()
            .get("1")
            .send()
            .await
            .expect_err("too large");
        let growth = peak().saturating_sub(before);
        assert!(matches!(err, Error::ResponseTooLarge { .. }), "{err:?}");
        assert!(
            growth < 4 * DEFAULT_MAX_RESPONSE_BODY,
            "peak RSS grew by {} MiB for a 2 GiB body",
            growth >> 20
        );
        eprintln!("peak RSS growth: {} MiB", growth >> 20);
    }
}
