//! 2,000 calls on loopback with up to 256 in flight: no errors, and the number of
//! connections the server accepts stays bounded by the client's in-flight limit.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use personaclick::Client;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const BODY: &str = r#"{"name":"Kettle","price":1999}"#;

#[derive(Default)]
struct Stats {
    connections: AtomicUsize,
    requests: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// A keep-alive HTTP/1.1 server that answers every request with a small product.
async fn server(stats: Arc<Stats>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            stats.connections.fetch_add(1, Ordering::SeqCst);
            let stats = Arc::clone(&stats);
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut reader = BufReader::new(read);
                loop {
                    let mut length = 0usize;
                    let mut line = String::new();
                    // Request line and headers.
                    loop {
                        line.clear();
                        match reader.read_line(&mut line).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0u8; length];
                    if reader.read_exact(&mut body).await.is_err() {
                        return;
                    }
                    let now = stats.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                    stats.max_in_flight.fetch_max(now, Ordering::SeqCst);
                    stats.requests.fetch_add(1, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(1)).await;
                    stats.in_flight.fetch_sub(1, Ordering::SeqCst);
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{BODY}",
                        BODY.len()
                    );
                    if write.write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{address}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_calls_with_256_in_flight() {
    let stats = Arc::new(Stats::default());
    let url = server(Arc::clone(&stats)).await;
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
