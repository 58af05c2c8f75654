//! 2,000 calls on loopback with up to 256 in flight: no errors, and the number of
//! connections the server accepts stays bounded by the client's in-flight limit.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use personaclick::Client;

#[path = "support/keepalive.rs"]
mod keepalive;

use keepalive::{Stats, server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_calls_with_256_in_flight() {
    let stats = Arc::new(Stats::default());
    let url = server(Arc::clone(&stats), Duration::from_millis(1)).await;
    let limit = 64;
    let client = Client::builder("shop")
        .base_url(url)
        .max_in_flight(limit)
        .build()
        .expect("client");
    let callers = Arc::new(tokio::sync::Semaphore::new(256));
    let mut tasks = Vec::with_capacity(2000);
    for i in 0..2000u32 {
        let client = client.clone();
        let permit = Arc::clone(&callers)
            .acquire_owned()
            .await
            .expect("semaphore open");
        tasks.push(tokio::spawn(async move {
            let result = client.products().get(i.to_string()).send().await;
            drop(permit);
            result
        }));
    }
    let mut ok = 0;
    for task in tasks {
        let product = task.await.expect("task").expect("call");
        assert_eq!(product.name.as_deref(), Some("Kettle"));
        ok += 1;
    }
    assert_eq!(ok, 2000);
    assert_eq!(stats.requests.load(Ordering::SeqCst), 2000);
    let connections = stats.connections.load(Ordering::SeqCst);
    let peak = stats.max_in_flight.load(Ordering::SeqCst);
    println!(
        "2000 calls: {connections} connections, at most {peak} requests at once at the server"
    );
    // A connection goes back to the pool a moment after its answer is read, so a few more
    // than the limit can be opened; far fewer than the 256 callers or the 2,000 calls.
    assert!(
        connections <= limit * 5 / 4,
        "{connections} connections for an in-flight limit of {limit}"
    );
    assert!(peak <= limit, "{peak} requests at once");
}
