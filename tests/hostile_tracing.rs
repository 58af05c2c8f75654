//! Tracing output under a hostile server: spans and events carry no credential and no
//! personal data, even when the server echoes them. Alone in its own test binary, because
//! a scoped subscriber only sees callsites that no other thread registered first.

use std::sync::Arc;
use std::time::Duration;

use personaclick::{Client, RetryPolicy};

#[path = "support/raw.rs"]
mod raw;
use raw::{http, server};

const SECRET: &str = "sk_live_4f9a2b7c";
const EMAIL: &str = "john.doe@example.com";

fn client(url: &str) -> personaclick::ServerClient {
    Client::builder("shop-1")
        .shop_secret(SECRET)
        .base_url(url)
        .retry(RetryPolicy::default().base_delay(Duration::from_millis(5)))
        .build()
        .expect("client")
}

fn assert_clean(text: &str) {
    for leak in [SECRET, EMAIL] {
        assert!(!text.contains(leak), "`{leak}` printed in: {text}");
    }
}

#[test]
fn logs_and_spans_carry_no_secret() {
    let capture = Arc::new(Capture::default());
    let dispatch = tracing::Dispatch::new(Arc::clone(&capture));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    tracing::dispatcher::with_default(&dispatch, || {
        runtime.block_on(async {
            let first = server(Arc::new(|n, _| {
                if n == 0 {
                    http("503 Service Unavailable", "application/json", "{}", "")
                } else {
                    http(
                        "400 Bad Request",
                        "application/json",
                        &format!(r#"{{"message":"{SECRET} {EMAIL}"}}"#),
                        "",
                    )
                }
            }))
            .await;
            let _ = client(&first.url)
                .crm()
                .bulk_search("email", [EMAIL])
                .send()
                .await;
            let _ = client(&first.url)
                .visitor("d", "s")
                .profile()
                .get()
                .email(EMAIL)
                .send()
                .await;
        });
    });
    let lines = capture.lines();
    assert!(
        lines.iter().any(|l| l.contains("personaclick.request")),
        "spans were recorded: {lines:?}"
    );
    // Visible with a default `fmt()` subscriber (INFO): the retry with its reason, and
    // the final failure with its operation and status.
    assert!(
        lines.iter().any(|l| l.starts_with("INFO")
            && l.contains("retrying")
            && l.contains("reason=\"status\"")),
        "a retry event with its reason: {lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("WARN")
            && l.contains("call failed")
            && l.contains("status=400")),
        "a final failure event: {lines:?}"
    );
    for line in &lines {
        assert_clean(line);
    }
}

/// A subscriber that keeps every span and event as a line of text.
#[derive(Default)]
struct Capture {
    lines: std::sync::Mutex<Vec<String>>,
    next: std::sync::atomic::AtomicU64,
}

impl Capture {
    fn lines(&self) -> Vec<String> {
        self.lines.lock().map(|l| l.clone()).unwrap_or_default()
    }

    fn push(&self, line: String) {
        if let Ok(mut lines) = self.lines.lock() {
            lines.push(line);
        }
    }
}

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut line = span.metadata().name().to_string();
        span.record(&mut Fields(&mut line));
        self.push(line);
        tracing::span::Id::from_u64(
            self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
        )
    }

    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut line = String::from("record");
        values.record(&mut Fields(&mut line));
        self.push(line);
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let mut line = format!("{} {}", event.metadata().level(), event.metadata().target());
        event.record(&mut Fields(&mut line));
        self.push(line);
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}
