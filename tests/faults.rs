//! Faults on the wire, against raw TCP servers on loopback started by each test: every one
//! ends in the right outcome within its timeout, with no panic, no hang and no lost detail.
//! Millisecond timeouts keep the suite fast.

use std::time::{Duration, Instant};

use personaclick::types::{TrackItem, TrackViewEvent};
use personaclick::{Client, Error, RetryPolicy};

#[path = "support/raw.rs"]
mod raw;
use raw::{Behaviour, Reply, always, http, server};

/// Answers the first request with `first`, every later one with a small product.
fn first_then_ok(first: Reply) -> Behaviour {
    std::sync::Arc::new(move |n, _| {
        if n == 0 {
            first.clone()
        } else {
            http("200 OK", "application/json", r#"{"name":"ok"}"#, "")
        }
    })
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .base_delay(Duration::from_millis(10))
        .max_delay(Duration::from_millis(40))
        .max_retry_after(Duration::from_millis(100))
        .max_total(Duration::from_secs(2))
}

fn client(url: &str) -> personaclick::ServerClient {
    Client::builder("shop")
        .shop_secret("secret")
        .base_url(url)
        .timeout(Duration::from_millis(300))
        .connect_timeout(Duration::from_millis(300))
        .retry(fast_retries())
        .build()
        .expect("client")
}

#[tokio::test]
async fn a_reset_connection_is_a_transport_error() {
    let srv = server(always(Reply::Close)).await;
    let err = client(&srv.url)
        .products()
        .get("1")
        .send()
        .await
        .expect_err("reset");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(err.operation(), Some("products_get"));
    assert_eq!(srv.count(), 1, "not a connect error: not retried");
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let srv = server(always(Reply::Hang)).await;
    let started = Instant::now();
    let err = client(&srv.url)
        .products()
        .get("1")
        .timeout(Duration::from_millis(150))
        .send()
        .await
        .expect_err("timeout");
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_slow_body_times_out() {
    let body = br#"{"name": "a very slow product"}"#.to_vec();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    let srv = server(always(Reply::Slow {
        head: head.clone(),
        body: body.clone(),
        gap: Duration::from_millis(50),
    }))
    .await;
    let started = Instant::now();
    let err = client(&srv.url)
        .products()
        .get("1")
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .expect_err("timeout");
    assert!(err.is_timeout(), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error() {
    let reply = Reply::Bytes(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\":".to_vec());
    let srv = server(always(reply)).await;
    let err = client(&srv.url)
        .products()
        .get("1")
        .send()
        .await
        .expect_err("truncated");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn an_html_502_page_is_retried_then_kept_whole() {
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let srv = server(always(http("502 Bad Gateway", "text/html", page, ""))).await;
    let err = client(&srv.url)
        .products()
        .get("1")
        .send()
        .await
        .expect_err("502");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(err.api_message(), None, "no JSON message in an HTML page");
    assert_eq!(
        err.raw_body(),
        Some(page.as_bytes()),
        "the raw body is kept"
    );
    assert!(err.is_retryable());
    assert_eq!(srv.count(), 3, "a retry-safe read: tried 3 times");
}

#[tokio::test]
async fn invalid_json_is_a_decode_error_with_the_body() {
    let srv = server(always(http(
        "200 OK",
        "application/json",
        "{\"name\": \"x\",,}",
        "",
    )))
    .await;
    let err = client(&srv.url)
        .products()
        .get("1")
        .send()
        .await
        .expect_err("invalid JSON");
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.operation, "products_get");
    assert_eq!(err.raw_body(), Some(&b"{\"name\": \"x\",,}"[..]));
}

#[tokio::test]
async fn a_500_is_not_retried_and_the_next_call_succeeds() {
    let srv = server(first_then_ok(http(
        "500 Internal Server Error",
        "application/json",
        r#"{"status":"error","message":"boom"}"#,
        "",
    )))
    .await;
    let client = client(&srv.url);
    let err = client.products().get("1").send().await.expect_err("500");
    assert_eq!(
        (err.status().map(|s| s.as_u16()), err.api_message()),
        (Some(500), Some("boom"))
    );
    assert!(!err.is_retryable());
    let product = client.products().get("1").send().await.expect("200");
    assert_eq!(product.name.as_deref(), Some("ok"));
    assert_eq!(srv.count(), 2);
}

#[tokio::test]
async fn a_503_then_200_is_retried_for_a_safe_operation() {
    let srv = server(first_then_ok(http(
        "503 Service Unavailable",
        "application/json",
        "{}",
        "",
    )))
    .await;
    let product = client(&srv.url)
        .products()
        .get("1")
        .send()
        .await
        .expect("retried");
    assert_eq!(product.name.as_deref(), Some("ok"));
    assert_eq!(srv.count(), 2);
}

#[tokio::test]
async fn a_429_with_retry_after_waits_capped() {
    let srv = server(first_then_ok(http(
        "429 Too Many Requests",
        "application/json",
        r#"{"message":"slow down"}"#,
        "Retry-After: 5\r\n",
    )))
    .await;
    let started = Instant::now();
    client(&srv.url)
        .products()
        .get("1")
        .send()
        .await
        .expect("retried after the wait");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(100),
        "Retry-After honoured up to the cap: {waited:?}"
    );
    assert!(
        waited < Duration::from_secs(2),
        "capped at 100 ms, not 5 s: {waited:?}"
    );
    assert_eq!(srv.count(), 2);
}

#[tokio::test]
async fn a_429_with_an_http_date_retry_after_is_honoured() {
    // A date in the past: retry at once.
    let srv = server(first_then_ok(http(
        "429 Too Many Requests",
        "application/json",
        "{}",
        "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n",
    )))
    .await;
    client(&srv.url)
        .products()
        .get("1")
        .send()
        .await
        .expect("retried");
    assert_eq!(srv.count(), 2);
}

#[tokio::test]
async fn a_code_handout_is_never_retried() {
    let srv = server(always(http(
        "503 Service Unavailable",
        "application/json",
        "{}",
        "",
    )))
    .await;
    let err = client(&srv.url)
        .visitor("D1", "S1")
        .promo_codes()
        .fetch(7)
        .send()
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(
        srv.count(),
        1,
        "GET /promo_codes/fetch hands out a code: one attempt only"
    );
}

#[tokio::test]
async fn a_purchase_event_is_never_retried() {
    use personaclick::types::{TrackPurchaseEvent, TrackPurchaseItem};
    let srv = server(always(http(
        "502 Bad Gateway",
        "text/html",
        "<html></html>",
        "",
    )))
    .await;
    let purchase = TrackPurchaseEvent::new(vec![TrackPurchaseItem::new("1", 1, 10)], "ORDER-1");
    let err = client(&srv.url)
        .visitor("D1", "S1")
        .tracking()
        .event(purchase)
        .send()
        .await
        .expect_err("502");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(srv.count(), 1);
}

#[tokio::test]
async fn connection_refused_is_retried_then_reported() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    drop(listener);
    let started = Instant::now();
    let err = client(&format!("http://{address}"))
        .products()
        .get("1")
        .send()
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert!(
        started.elapsed() >= Duration::from_millis(10),
        "backed off before retrying"
    );
    assert!(!err.to_string().contains("secret"), "{err}");
}

#[tokio::test]
async fn retries_can_be_turned_off_per_call() {
    let srv = server(always(http(
        "503 Service Unavailable",
        "application/json",
        "{}",
        "",
    )))
    .await;
    let _ = client(&srv.url)
        .products()
        .get("1")
        .retry(RetryPolicy::none())
        .send()
        .await;
    assert_eq!(srv.count(), 1);
}

#[tokio::test]
async fn a_call_can_override_whether_it_is_retry_safe() {
    let busy = || http("503 Service Unavailable", "text/plain", "busy", "");
    // tracking_event is not retry-safe in the spec: a 503 is returned at once, unless the
    // call says that a duplicate is acceptable.
    for (safe, attempts) in [(None, 1), (Some(true), 2)] {
        let srv = server(first_then_ok(busy())).await;
        let event = TrackViewEvent::new(vec![TrackItem::new("1")]);
        let mut call = client(&srv.url).visitor("D1", "S1").tracking().event(event);
        if let Some(safe) = safe {
            call = call.retry_safe(safe);
        }
        let outcome = call.send().await;
        assert_eq!(srv.count(), attempts, "retry_safe {safe:?}");
        assert_eq!(outcome.is_ok(), safe == Some(true), "retry_safe {safe:?}");
    }
    // products_get is retry-safe: retried, unless the call opts out.
    for (safe, attempts) in [(None, 2), (Some(false), 1)] {
        let srv = server(first_then_ok(busy())).await;
        let mut call = client(&srv.url).products().get("1");
        if let Some(safe) = safe {
            call = call.retry_safe(safe);
        }
        let outcome = call.send().await;
        assert_eq!(srv.count(), attempts, "retry_safe {safe:?}");
        assert_eq!(outcome.is_ok(), safe.is_none(), "retry_safe {safe:?}");
    }
}
