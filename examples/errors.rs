//! Error handling, against the embedded mock server scripted to misbehave: an API error
//! with its status and message, a retryable 503 that succeeds on the next attempt, a
//! timeout, and a body that does not match the spec. Secrets never show in what is printed.
//!
//! `cargo run --example errors`

use std::time::Duration;

use personaclick::Error;
use personaclick::mock::MockServer;
use personaclick::operations::SearchFind;
use personaclick::types::SearchFindType;
use serde_json::json;

/// What a shop's backend would log or show for a failed call.
fn describe(err: &Error) -> String {
    match err {
        Error::Api(api) => format!(
            "API error from `{}`: HTTP {} ({}), retryable: {}",
            api.operation,
            api.status.as_u16(),
            api.message.as_deref().unwrap_or("no message"),
            err.is_retryable()
        ),
        Error::Timeout { .. } => format!("timed out, retryable: {}: {err}", err.is_retryable()),
        Error::Decode(decode) => format!(
            "the answer of `{}` does not match the spec at `{}`: {} ({} raw bytes kept)",
            decode.operation,
            decode.path,
            decode.message,
            decode.body.len()
        ),
        other => format!("other error: {other}"),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await;
    let client = mock.client()?;
    let search = || {
        client
            .visitor("D1", "S1")
            .search()
            .find(SearchFindType::FullSearch, "shoes")
    };

    // 1. The API refuses the call: a typed error with the status and the server's message.
    mock.on::<SearchFind>()
        .reply(
            400,
            json!({"status": "error", "message": "search_query is too short"}),
        )
        .expect(1)
        .mount();
    let err = search().send().await.expect_err("scripted to fail");
    println!("1. {}", describe(&err));
    mock.reset("search_find");

    // 2. A 503 is retried (with backoff) and the second attempt gets the documented answer.
    let busy = mock
        .on::<SearchFind>()
        .reply(503, json!({"status": "error", "message": "busy"}))
        .then_documented()
        .mount();
    let found = search().send().await?;
    println!(
        "2. after {} attempts: products found: {}",
        busy.count(),
        found.products.map_or(0, |p| p.len())
    );
    mock.reset("search_find");

    // 3. The answer comes too late for this call's timeout.
    mock.on::<SearchFind>()
        .then_documented()
        .delay(Duration::from_secs(5))
        .mount();
    let err = search()
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .expect_err("too slow");
    println!("3. {}", describe(&err));
    mock.reset("search_find");

    // 4. The body breaks the spec: the error names the field path and keeps the raw body.
    mock.on::<SearchFind>()
        .reply(
            200,
            json!({"products": [{"id": "1", "name": ["not", "a", "string"]}]}),
        )
        .mount();
    let err = search().send().await.expect_err("malformed");
    println!("4. {}", describe(&err));
    mock.reset("search_find");

    // 5. Printing the client or an error never shows the shop secret.
    let printed = format!("{client:?} {err} {err:?}");
    let secret = mock
        .credential("shopSecret")
        .ok_or("the mock has no shop secret")?;
    let leaked = printed.contains(secret);
    println!(
        "5. secrets in the printed client and error: {}",
        if leaked { "LEAKED" } else { "none" }
    );
    Ok(())
}
