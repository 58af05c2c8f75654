//! The escape hatch compiles on every builder and on the client: `.param(..)` takes any
//! JSON-convertible value, and `raw(..)` is an owned, spawnable request.

use personaclick::{Client, Error, Method};

async fn future_field(client: &Client) -> Result<(), Error> {
    client
        .visitor("did", "sid")
        .recommendations()
        .get("block-1")
        .param("new_flag", true)
        .param("weight", 0.5)
        .param("label", String::from("x"))
        .send()
        .await?;
    Ok(())
}

fn spawned_raw(client: &Client) -> tokio::task::JoinHandle<Result<serde_json::Value, Error>> {
    let request = client
        .raw(Method::Post, "/new/endpoint")
        .query("page", 2)
        .json(&serde_json::json!({"a": 1}))
        .retry_safe(true);
    tokio::spawn(request.send())
}

fn main() {
    let client = Client::builder("shop")
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("a valid base URL");
    let _ = future_field(&client);
    // Built, not run: spawning needs a runtime.
    let _: fn(&Client) -> tokio::task::JoinHandle<Result<serde_json::Value, Error>> = spawned_raw;
}
