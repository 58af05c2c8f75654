//! Faults on the wire, against raw TCP servers on loopback started by each test: every one
//! ends in the right outcome within its timeout, with no panic, no hang and no lost detail.
//! Millisecond timeouts keep the suite fast.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use personaclick::{Client, Error, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with each connection, given the request count so far.
type Behaviour = Arc<dyn Fn(usize) -> Reply + Send + Sync>;

#[derive(Clone)]
enum Reply {
    /// Write these bytes, then close.
    Bytes(Vec<u8>),
    /// Close without answering (the client sees a reset or an empty reply).
    Close,
    /// Keep the connection open and never answer.
    Hang,
    /// Write the head, then the body one byte every `gap`.
    Slow {
        head: Vec<u8>,
        body: Vec<u8>,
        gap: Duration,
    },
}

fn http(status: &str, content_type: &str, body: &str, extra: &str) -> Reply {
    Reply::Bytes(
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

/// Starts a server; returns its base URL and the count of requests it received.
async fn server(behaviour: Behaviour) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let address = listener.local_addr().expect("address");
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let reply = behaviour(n);
            tokio::spawn(serve(stream, reply));
        }
    });
    (format!("http://{address}"), count)
}

async fn serve(mut stream: TcpStream, reply: Reply) {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    match reply {
        Reply::Bytes(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Reply::Close => drop(stream),
        Reply::Hang => {
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Reply::Slow { head, body, gap } => {
            let _ = stream.write_all(&head).await;
            for byte in body {
                tokio::time::sleep(gap).await;
                if stream.write_all(&[byte]).await.is_err() {
                    return;
                }
            }
        }
    }
}

/// Answers the first request with `first`, every later one with a small product.
fn first_then_ok(first: Reply) -> Behaviour {
    Arc::new(move |n| {
        if n == 0 {
            first.clone()
        } else {
            http("200 OK", "application/json", r#"{"name":"ok"}"#, "")
        }
    })
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(40),
        max_retry_after: Duration::from_millis(100),
        max_total: Duration::from_secs(2),
    }
}

fn client(url: &str) -> Client {
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
    let (url, count) = server(Arc::new(|_| Reply::Close)).await;
    let err = client(&url)
        .products()
        .get("1")
        .send()
        .await
        .expect_err("reset");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(err.operation(), Some("products_get"));
    assert_eq!(
        count.load(Ordering::SeqCst),
        1,
        "not a connect error: not retried"
    );
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let (url, _) = server(Arc::new(|_| Reply::Hang)).await;
    let started = Instant::now();
    let err = client(&url)
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
    let (url, _) = server(Arc::new(move |_| Reply::Slow {
        head: head.clone(),
        body: body.clone(),
        gap: Duration::from_millis(50),
    }))
    .await;
    let started = Instant::now();
    let err = client(&url)
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
    let (url, _) = server(Arc::new(move |_| reply.clone())).await;
    let err = client(&url)
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
    let (url, count) = server(Arc::new(move |_| {
        http("502 Bad Gateway", "text/html", page, "")
    }))
    .await;
    let err = client(&url)
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
    assert_eq!(
        count.load(Ordering::SeqCst),
        3,
        "a retry-safe read: tried 3 times"
    );
}

#[tokio::test]
async fn invalid_json_is_a_decode_error_with_the_body() {
    let (url, _) = server(Arc::new(|_| {
        http("200 OK", "application/json", "{\"name\": \"x\",,}", "")
    }))
    .await;
    let err = client(&url)
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
    let (url, count) = server(first_then_ok(http(
        "500 Internal Server Error",
        "application/json",
        r#"{"status":"error","message":"boom"}"#,
        "",
    )))
    .await;
    let client = client(&url);
    let err = client.products().get("1").send().await.expect_err("500");
    assert_eq!(
        (err.status().map(|s| s.as_u16()), err.api_message()),
        (Some(500), Some("boom"))
    );
    assert!(!err.is_retryable());
    let product = client.products().get("1").send().await.expect("200");
    assert_eq!(product.name.as_deref(), Some("ok"));
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_503_then_200_is_retried_for_a_safe_operation() {
    let (url, count) = server(first_then_ok(http(
        "503 Service Unavailable",
        "application/json",
        "{}",
        "",
    )))
    .await;
    let product = client(&url)
        .products()
        .get("1")
        .send()
        .await
        .expect("retried");
    assert_eq!(product.name.as_deref(), Some("ok"));
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_429_with_retry_after_waits_capped() {
    let (url, count) = server(first_then_ok(http(
        "429 Too Many Requests",
        "application/json",
        r#"{"message":"slow down"}"#,
        "Retry-After: 5\r\n",
    )))
    .await;
    let started = Instant::now();
    client(&url)
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
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_429_with_an_http_date_retry_after_is_honoured() {
    // A date in the past: retry at once.
    let (url, count) = server(first_then_ok(http(
        "429 Too Many Requests",
        "application/json",
        "{}",
        "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n",
    )))
    .await;
    client(&url)
        .products()
        .get("1")
        .send()
        .await
        .expect("retried");
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_code_handout_is_never_retried() {
    let (url, count) = server(Arc::new(|_| {
        http("503 Service Unavailable", "application/json", "{}", "")
    }))
    .await;
    let err = client(&url)
        .promo_codes()
        .fetch(7)
        .send()
        .await
        .expect_err("503");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(
        count.load(Ordering::SeqCst),
        1,
        "GET /promo_codes/fetch hands out a code: one attempt only"
    );
}

#[tokio::test]
async fn a_purchase_event_is_never_retried() {
    use personaclick::types::{TrackPurchaseEvent, TrackPurchaseItem};
    let (url, count) = server(Arc::new(|_| {
        http("502 Bad Gateway", "text/html", "<html></html>", "")
    }))
    .await;
    let purchase = TrackPurchaseEvent::new(vec![TrackPurchaseItem::new("1")]);
    let err = client(&url)
        .tracking()
        .event(purchase)
        .send()
        .await
        .expect_err("502");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(count.load(Ordering::SeqCst), 1);
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
    let (url, count) = server(Arc::new(|_| {
        http("503 Service Unavailable", "application/json", "{}", "")
    }))
    .await;
    let _ = client(&url)
        .products()
        .get("1")
        .retry(RetryPolicy::none())
        .send()
        .await;
    assert_eq!(count.load(Ordering::SeqCst), 1);
}
