//! Servers that misbehave on purpose, written byte by byte on loopback: redirects to another
//! origin, bodies of any size, paths that try to leave their segment, listings that never
//! end, answers that come too late, numbers at their limits, and answers that echo secrets
//! and personal data. Each test names the guarantee it checks (README, "Reliability").

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use personaclick::{Client, Error, RetryPolicy, TimeoutScope};

#[path = "support/raw.rs"]
mod raw;
use raw::{Reply, always, bytes, http, ok_json, server, server_on};

const SECRET: &str = "sk_live_4f9a2b7c";
const EMAIL: &str = "john.doe@example.com";
const PHONE: &str = "+15550100199";

fn builder(url: &str) -> personaclick::ClientBuilder<personaclick::handle::Server> {
    Client::builder("shop-1")
        .shop_secret(SECRET)
        .base_url(url)
        .timeout(Duration::from_secs(2))
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .base_delay(Duration::from_millis(5))
                .max_delay(Duration::from_millis(20))
                .max_retry_after(Duration::from_millis(50))
                .max_total(Duration::from_secs(2)),
        )
}

fn client(url: &str) -> personaclick::ServerClient {
    builder(url).build().expect("client")
}

/// Everything an error prints: Display, Debug and the whole source chain.
fn printed(err: &Error) -> String {
    let mut out = format!("{err}\n{err:?}");
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        out.push_str(&format!("\n{s}\n{s:?}"));
        source = s.source();
    }
    out
}

fn assert_clean(text: &str) {
    for leak in [SECRET, EMAIL, PHONE, "0100199", "555 010", "555-010"] {
        assert!(!text.contains(leak), "`{leak}` printed in: {text}");
    }
}

/// `products().get("1")`, which must fail.
async fn product_error<H>(client: &Client<H>, why: &str) -> Error {
    client.products().get("1").send().await.expect_err(why)
}

// 1. Redirects: nothing leaves the base URL's origin.

#[tokio::test]
async fn no_redirect_is_followed_to_another_origin() {
    let other = server_on("127.0.0.2", always(ok_json(r#"{"status":"success"}"#))).await;
    for status in [
        "301 Moved Permanently",
        "302 Found",
        "303 See Other",
        "307 Temporary Redirect",
        "308 Permanent Redirect",
    ] {
        let location = format!(
            "Location: {}/landing?shop_secret={SECRET}&email={EMAIL}\r\n",
            other.url
        );
        let first = server(always(http(status, "text/plain", "", &location))).await;
        let err = client(&first.url)
            .profile()
            .set()
            .email(EMAIL)
            .phone(PHONE)
            .send()
            .await
            .expect_err("a redirect is an error");
        let Error::Api(api) = &err else {
            panic!("{status}: {err:?}")
        };
        assert_eq!(api.status.as_u16().to_string(), status[..3]);
        assert_eq!(
            api.location.as_deref(),
            Some(format!("{}/landing?…", other.url).as_str()),
            "the Location, without its query"
        );
        assert!(err.to_string().contains("not followed"), "{err}");
        assert_clean(&printed(&err));
        assert_eq!(first.count(), 1, "{status}: sent once, not replayed");
        let sent = String::from_utf8_lossy(&first.requests()[0]).to_ascii_lowercase();
        assert!(!sent.contains("referer:"), "no Referer: {sent}");
    }
    assert_eq!(other.count(), 0, "the other origin received nothing");
}

#[tokio::test]
async fn a_same_origin_redirect_is_not_followed_either() {
    let srv = server(always(http(
        "302 Found",
        "text/plain",
        "",
        "Location: /elsewhere\r\n",
    )))
    .await;
    let err = product_error(&client(&srv.url), "302").await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(302));
    assert_eq!(srv.count(), 1);
}

#[tokio::test]
async fn a_custom_http_client_that_follows_redirects_gets_no_answer_from_elsewhere() {
    let other = server_on("127.0.0.2", always(ok_json(r#"{"name":"forged"}"#))).await;
    let location = format!("Location: {}/forged\r\n", other.url);
    let first = server(always(http("302 Found", "text/plain", "", &location))).await;
    let client = builder(&first.url)
        .http_client(reqwest::Client::new())
        .build()
        .expect("client");
    let err = client
        .products()
        .get("1")
        .send()
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(err.to_string().contains("redirect"), "{err}");
}

// 2. Response bodies are bounded.

#[tokio::test]
async fn an_announced_body_over_the_cap_is_refused_before_reading() {
    let head =
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n"
            .to_vec();
    let srv = server(always(Reply::Endless {
        head,
        chunk: vec![b' '; 64 * 1024],
        total: 2 << 30,
    }))
    .await;
    let started = Instant::now();
    let err = product_error(&client(&srv.url), "too large").await;
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                content_length: Some(2147483648),
                limit: personaclick::DEFAULT_MAX_RESPONSE_BODY,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.operation(), Some("products_get"));
    assert!(
        err.to_string()
            .contains(&personaclick::DEFAULT_MAX_RESPONSE_BODY.to_string())
    );
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn an_unannounced_body_stops_at_the_cap() {
    for status in ["200 OK", "500 Internal Server Error"] {
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n["
        )
        .into_bytes();
        let srv = server(always(Reply::Endless {
            head,
            chunk: b"1,".repeat(32 * 1024),
            total: 1 << 30,
        }))
        .await;
        let err = builder(&srv.url)
            .max_response_body(1 << 20)
            .build()
            .expect("client")
            .products()
            .get("1")
            .send()
            .await
            .expect_err("too large");
        assert!(
            matches!(
                err,
                Error::ResponseTooLarge {
                    limit: 1048576,
                    content_length: None,
                    ..
                }
            ),
            "{status}: {err:?}"
        );
    }
}

#[tokio::test]
async fn a_lying_content_length_is_a_transport_error() {
    let srv = server(always(Reply::Bytes(
        b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n{\"name\":\"x\"}"
            .to_vec(),
    )))
    .await;
    let err = product_error(&client(&srv.url), "short body").await;
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

// 3. Path parameters stay in their segment.

#[tokio::test]
async fn dot_segments_and_empty_path_parameters_are_refused_before_sending() {
    let srv = server(always(ok_json("{}"))).await;
    let client = client(&srv.url);
    for id in ["..", ".", ""] {
        let err = client
            .visitor("D1", "S1")
            .products()
            .in_category(id)
            .send()
            .await
            .expect_err("refused");
        assert!(matches!(err, Error::Encode { .. }), "{id:?}: {err:?}");
        let args = personaclick::operations::CommunicationsUpdateArgs {
            id: id.to_string(),
            channel: "phone".into(),
            event: "call".into(),
            location_id: "1".into(),
            call_type: "in".into(),
            call_theme: "t".into(),
            comment: "c".into(),
            author_type: "a".into(),
            status: "s".into(),
        };
        let err = client
            .communications()
            .update(args)
            .send()
            .await
            .expect_err("refused");
        assert!(matches!(err, Error::Encode { .. }), "{id:?}: {err:?}");
    }
    assert_eq!(srv.count(), 0, "nothing was sent");
    // Anything else is one encoded segment.
    let _ = client
        .visitor("D1", "S1")
        .products()
        .in_category("../a/%2e%2e?x#y")
        .send()
        .await;
    let sent = String::from_utf8_lossy(&srv.requests()[0]).into_owned();
    assert!(
        sent.starts_with("GET /category/..%2Fa%2F%252e%252e%3Fx%23y?"),
        "{sent}"
    );
}

// 4. Every listing stream ends.

fn recommendations(ids: impl Iterator<Item = usize>) -> String {
    let items: Vec<String> = ids.map(|i| format!(r#"{{"id":"{i}"}}"#)).collect();
    format!(r#"{{"recommends":[{}]}}"#, items.join(","))
}

/// A distinct full page for every request, forever.
fn endless_pages() -> raw::Behaviour {
    Arc::new(|n, _| ok_json(&recommendations(n * 20..n * 20 + 20)))
}

/// Every item of a recommendation block, as the stream yields them.
async fn all_recommendations<H>(
    client: &Client<H>,
) -> Vec<Result<personaclick::types::RecommendedItem, Error>> {
    let visitor = client.visitor("d", "s");
    visitor
        .recommendations()
        .get("block")
        .items()
        .collect()
        .await
}

#[tokio::test]
async fn a_server_that_repeats_its_page_ends_the_stream_with_an_error() {
    let srv = server(always(ok_json(&recommendations(0..20)))).await;
    let items: Vec<_> = all_recommendations(&client(&srv.url)).await;
    assert_eq!(items.len(), 21, "one page, then the error");
    assert!(items[..20].iter().all(Result::is_ok));
    let err = items[20].as_ref().expect_err("repeated page");
    assert!(
        matches!(err, Error::RepeatedPage { page: 2, .. }),
        "{err:?}"
    );
    assert_eq!(srv.count(), 2);
}

#[tokio::test]
async fn a_server_with_endless_pages_stops_at_the_page_cap() {
    let srv = server(endless_pages()).await;
    let client = builder(&srv.url).max_pages(7).build().expect("client");
    let items: Vec<_> = all_recommendations(&client).await;
    assert_eq!(items.len(), 7 * 20 + 1);
    let err = items
        .last()
        .and_then(|r| r.as_ref().err())
        .expect("an error");
    assert!(matches!(err, Error::PageLimit { pages: 7, .. }), "{err:?}");
    assert_eq!(srv.count(), 7);
}

#[tokio::test]
async fn the_default_page_cap_holds() {
    let srv = server(endless_pages()).await;
    let count = all_recommendations(&client(&srv.url)).await.len();
    assert_eq!(count as u64, personaclick::DEFAULT_MAX_PAGES * 20 + 1);
}

// 5. One deadline per call.

#[tokio::test]
async fn the_wait_for_a_slot_counts_toward_the_deadline() {
    let srv = server(always(Reply::Hang)).await;
    let client = builder(&srv.url).max_in_flight(1).build().expect("client");
    let holder = tokio::spawn({
        let client = client.clone();
        async move {
            client
                .products()
                .get("1")
                .timeout(Duration::from_secs(5))
                .send()
                .await
        }
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let started = Instant::now();
    let err = client
        .products()
        .get("2")
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .expect_err("deadline");
    let took = started.elapsed();
    assert!(
        matches!(
            err,
            Error::Timeout {
                scope: TimeoutScope::Call,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(took < Duration::from_millis(600), "{took:?}");
    assert!(!err.is_retryable(), "the call's time is spent");
    holder.abort();
}

#[tokio::test]
async fn retries_and_backoff_stay_within_the_deadline() {
    let answer = bytes(http(
        "503 Service Unavailable",
        "application/json",
        "{}",
        "",
    ));
    let srv = server(always(Reply::After(Duration::from_millis(200), answer))).await;
    let started = Instant::now();
    let err = builder(&srv.url)
        .timeout(Duration::from_millis(500))
        .build()
        .expect("client")
        .products()
        .get("1")
        .send()
        .await
        .expect_err("503 or deadline");
    let took = started.elapsed();
    assert!(
        took < Duration::from_millis(700),
        "one deadline for all attempts: {took:?}"
    );
    assert!(
        err.status().map(|s| s.as_u16()) == Some(503) || err.is_timeout(),
        "{err:?}"
    );
}

#[tokio::test]
async fn no_retry_starts_past_the_deadline() {
    let srv = server(always(http(
        "429 Too Many Requests",
        "application/json",
        "{}",
        "Retry-After: 10\r\n",
    )))
    .await;
    let started = Instant::now();
    let err = Client::builder("shop-1")
        .base_url(&srv.url)
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::default().max_retry_after(Duration::from_secs(30)))
        .build()
        .expect("client")
        .products()
        .get("1")
        .send()
        .await
        .expect_err("429");
    assert_eq!(
        err.status().map(|s| s.as_u16()),
        Some(429),
        "the last answer, at once"
    );
    assert!(started.elapsed() < Duration::from_millis(250));
    assert_eq!(srv.count(), 1);
}

#[tokio::test]
async fn a_trickling_body_is_cut_off_at_the_deadline() {
    let body = vec![b' '; 10_000];
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len() + 2
    )
    .into_bytes();
    let srv = server(always(Reply::Slow {
        head,
        body,
        gap: Duration::from_millis(20),
    }))
    .await;
    let started = Instant::now();
    let err = builder(&srv.url)
        .timeout(Duration::from_millis(300))
        .build()
        .expect("client")
        .products()
        .get("1")
        .send()
        .await
        .expect_err("deadline");
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_millis(600),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn an_attempt_timeout_is_retried_within_the_deadline() {
    let srv = server(Arc::new(|n, _| {
        if n == 0 {
            Reply::Hang
        } else {
            ok_json(r#"{"name":"ok"}"#)
        }
    }))
    .await;
    let client = builder(&srv.url)
        .attempt_timeout(Duration::from_millis(100))
        .build()
        .expect("client");
    let product = client
        .products()
        .get("1")
        .send()
        .await
        .expect("second attempt");
    assert_eq!(product.name.as_deref(), Some("ok"));
    assert_eq!(srv.count(), 2);

    // Not retry-safe: the attempt timeout is final, and says it may be tried again.
    let hang = server(always(Reply::Hang)).await;
    let err = builder(&hang.url)
        .attempt_timeout(Duration::from_millis(50))
        .build()
        .expect("client")
        .visitor("D1", "S1")
        .promo_codes()
        .fetch(7)
        .send()
        .await
        .expect_err("attempt timeout");
    assert!(
        matches!(
            err,
            Error::Timeout {
                scope: TimeoutScope::Attempt,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_retryable());
    assert_eq!(hang.count(), 1);
}

// 6. No arithmetic overflows, whatever the server sends or the user sets.

#[tokio::test]
async fn extreme_durations_and_sizes_do_not_panic() {
    let srv = server(Arc::new(|n, _| {
        if n == 0 {
            http(
                "429 Too Many Requests",
                "application/json",
                "{}",
                "Retry-After: 18446744073709551615\r\n",
            )
        } else {
            ok_json(r#"{"name":"ok"}"#)
        }
    }))
    .await;
    let extreme = RetryPolicy::default()
        .max_attempts(u32::MAX)
        .base_delay(Duration::MAX)
        .max_delay(Duration::MAX)
        .max_retry_after(Duration::MAX)
        .max_total(Duration::MAX);
    let client = builder(&srv.url)
        .retry(extreme.clone())
        .max_in_flight(usize::MAX)
        .max_response_body(u64::MAX)
        .max_pages(u64::MAX)
        .attempt_timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .build()
        .expect("client");
    let err = client
        .products()
        .get("1")
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .expect_err("no retry fits the deadline");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    let product = client
        .products()
        .get("1")
        .timeout(Duration::MAX)
        .send()
        .await
        .expect("no deadline at all is fine");
    assert_eq!(product.name.as_deref(), Some("ok"));

    // A backoff of Duration::MAX after a refused connection: no panic, no retry.
    let refused = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = refused.local_addr().expect("address");
    drop(refused);
    let err = builder(&format!("http://{address}"))
        .retry(extreme)
        .build()
        .expect("client")
        .products()
        .get("1")
        .timeout(Duration::from_millis(300))
        .send()
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

// 7. Secrets and personal data are never printed.

#[tokio::test]
async fn an_api_error_that_echoes_the_secret_does_not_print_it() {
    let message = format!(
        r#"{{"status":"error","message":"bad shop_secret {SECRET} for {EMAIL}, phone +1 555 010 0199 or (555) 010-0199"}}"#
    );
    let srv = server(always(http(
        "403 Forbidden",
        "application/json",
        &message,
        "",
    )))
    .await;
    let err = client(&srv.url)
        .categories()
        .list()
        .send()
        .await
        .expect_err("403");
    assert_clean(&printed(&err));
    let api_message = err.api_message().expect("message");
    assert!(!api_message.contains(SECRET), "{api_message}");
    assert!(api_message.contains("[redacted]"), "{api_message}");
    assert!(
        String::from_utf8_lossy(err.raw_body().expect("body")).contains(SECRET),
        "the raw body stays whole, on request"
    );
}

#[tokio::test]
async fn decode_errors_do_not_quote_what_the_server_sent() {
    for body in [
        r#"{"phone": 15550100199}"#.to_string(),
        format!(r#"{{"email": ["{EMAIL}"]}}"#),
        format!(r#"{{"gender": {{"{EMAIL}": 1}}}}"#),
        format!(r#"{{"phone": {{"{SECRET}": true}}}}"#),
    ] {
        let srv = server(always(ok_json(&body))).await;
        let err = client(&srv.url)
            .visitor("d", "s")
            .profile()
            .get()
            .send()
            .await
            .expect_err("does not decode");
        let Error::Decode(decode) = &err else {
            panic!("{body}: {err:?}")
        };
        assert_eq!(decode.operation, "profile_get");
        assert!(!decode.path.is_empty(), "{body}: names the field");
        assert_clean(&printed(&err));
        assert_eq!(err.raw_body(), Some(body.as_bytes()), "the body is kept");
    }
}

#[tokio::test]
async fn urls_are_printed_without_query_or_userinfo() {
    let err = Client::builder("shop-1")
        .base_url(format!("https://api.example.com/?shop_secret={SECRET}"))
        .build()
        .expect_err("a query is refused");
    assert_clean(&printed(&err));
    let err = Client::builder("shop-1")
        .base_url(format!("not a url {SECRET}"))
        .build()
        .expect_err("not a URL");
    assert_clean(&printed(&err));
    let client = Client::builder("shop-1")
        .shop_secret(SECRET)
        .base_url(format!("http://proxyuser:{SECRET}@127.0.0.1:9"))
        .build()
        .expect("client");
    let debug = format!("{client:?}");
    assert_clean(&debug);
    assert!(!debug.contains("proxyuser"), "{debug}");
}

// Neighbours: injection, framing, cancellation.

#[tokio::test]
async fn values_cannot_inject_query_or_body_fields() {
    let srv = server(always(ok_json("{}"))).await;
    let hostile = "x&shop_secret=evil#frag\r\nX-Evil: 1";
    let _ = client(&srv.url)
        .visitor(hostile, "s")
        .products()
        .get(hostile)
        .send()
        .await;
    let sent = String::from_utf8_lossy(&srv.requests()[0]).into_owned();
    let (line, rest) = sent.split_once("\r\n").expect("request line");
    let query = line.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let query = query.split(' ').next().unwrap_or_default();
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    assert_eq!(
        pairs.iter().filter(|(k, _)| k == "shop_secret").count(),
        0,
        "a client-side read sends no secret, and a value cannot add one: {pairs:?}"
    );
    assert!(
        pairs.contains(&("item_id".to_string(), hostile.to_string())),
        "{pairs:?}"
    );
    assert!(!rest.to_ascii_lowercase().contains("x-evil"), "{rest}");

    let srv = server(always(ok_json(r#"{"status":"success"}"#))).await;
    let _ = client(&srv.url)
        .profile()
        .set()
        .email(format!("{EMAIL}\",\"shop_secret\":\"evil"))
        .send()
        .await;
    let sent = srv.requests()[0].clone();
    let at = sent
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("head")
        + 4;
    let body = &sent[at..];
    let form: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
    let json: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let secrets: Vec<String> = match &json {
        Some(v) => v
            .get("shop_secret")
            .map(|s| vec![s.to_string()])
            .unwrap_or_default(),
        None => form
            .iter()
            .filter(|(k, _)| k == "shop_secret")
            .map(|(_, v)| v.clone())
            .collect(),
    };
    assert_eq!(secrets.len(), 1, "one secret field: {secrets:?}");
    assert!(secrets[0].contains(SECRET), "the client's own: {secrets:?}");
}

#[tokio::test]
async fn malformed_framing_is_an_error_not_a_panic() {
    let answers: [&[u8]; 7] = [
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 9\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n{}",
        b"HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n{}",
        b"garbage\r\n\r\n",
    ];
    for answer in answers {
        let srv = server(always(Reply::Bytes(answer.to_vec()))).await;
        let result = client(&srv.url).products().get("1").send().await;
        let err = result.expect_err(&String::from_utf8_lossy(answer));
        assert!(
            matches!(err, Error::Transport { .. } | Error::Decode(_)),
            "{}: {err:?}",
            String::from_utf8_lossy(answer)
        );
        assert_clean(&printed(&err));
    }
}

#[tokio::test]
async fn a_cancelled_call_frees_its_slot() {
    let hang = server(always(Reply::Hang)).await;
    let client = builder(&hang.url).max_in_flight(1).build().expect("client");
    let cancelled =
        tokio::time::timeout(Duration::from_millis(50), client.products().get("1").send()).await;
    assert!(cancelled.is_err(), "still waiting when dropped");
    let err = client
        .products()
        .get("2")
        .timeout(Duration::from_millis(300))
        .send()
        .await
        .expect_err("the server hangs");
    assert_eq!(hang.count(), 2, "the second call got the slot and was sent");
    assert!(err.is_timeout());
}
