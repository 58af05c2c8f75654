//! A raw TCP server on loopback that writes exactly the bytes a test chooses: one request
//! per connection, recorded whole (head and body), answered, then closed. For fault and
//! hostile-server tests, where a real HTTP server would refuse to misbehave.

#![allow(dead_code)]

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one connection.
#[derive(Clone)]
pub(crate) enum Reply {
    /// Write these bytes, then close.
    Bytes(Vec<u8>),
    /// Close without answering (the client sees a reset or an empty reply).
    Close,
    /// Keep the connection open and never answer.
    Hang,
    /// Wait, then write these bytes and close.
    After(Duration, Vec<u8>),
    /// Write the head, then the body one byte every `gap`.
    Slow {
        head: Vec<u8>,
        body: Vec<u8>,
        gap: Duration,
    },
    /// Write the head, then `chunk` again and again, up to `total` bytes or until the
    /// client goes away.
    Endless {
        head: Vec<u8>,
        chunk: Vec<u8>,
        total: u64,
    },
}

/// Decides the reply to request number `n` (from 0), given its raw bytes.
pub(crate) type Behaviour = Arc<dyn Fn(usize, &[u8]) -> Reply + Send + Sync>;

/// A running server: its base URL and what it received.
pub(crate) struct Server {
    pub url: String,
    seen: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl Server {
    /// Every request received so far, raw.
    pub(crate) fn requests(&self) -> Vec<Vec<u8>> {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// How many requests arrived.
    pub(crate) fn count(&self) -> usize {
        self.requests().len()
    }
}

/// Starts a server on `127.0.0.1`.
pub(crate) async fn server(behaviour: Behaviour) -> Server {
    server_on("127.0.0.1", behaviour).await
}

/// Starts a server on another loopback address (`127.0.0.2`: another origin).
pub(crate) async fn server_on(host: &str, behaviour: Behaviour) -> Server {
    let listener = TcpListener::bind((host, 0)).await.expect("bind loopback");
    let address = listener.local_addr().expect("address");
    let seen: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
    let log = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let log = Arc::clone(&log);
            let behaviour = Arc::clone(&behaviour);
            tokio::spawn(async move {
                let mut stream = stream;
                let Some(request) = read_request(&mut stream).await else {
                    return;
                };
                let n = {
                    let mut log = log.lock().unwrap_or_else(PoisonError::into_inner);
                    log.push(request.clone());
                    log.len() - 1
                };
                serve(stream, behaviour(n, &request)).await;
            });
        }
    });
    Server {
        url: format!("http://{address}"),
        seen,
    }
}

/// Any number of replies: the same one to every request.
pub(crate) fn always(reply: Reply) -> Behaviour {
    Arc::new(move |_, _| reply.clone())
}

/// The head and, by its `Content-Length`, the body of one request.
async fn read_request(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut data = Vec::new();
    let mut buf = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while data.len() < head_end + length {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    }
    Some(data)
}

async fn serve(mut stream: TcpStream, reply: Reply) {
    match reply {
        Reply::Bytes(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
        Reply::Close => drop(stream),
        Reply::After(wait, bytes) => {
            tokio::time::sleep(wait).await;
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
        }
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
        Reply::Endless { head, chunk, total } => {
            if stream.write_all(&head).await.is_err() {
                return;
            }
            let mut sent = 0u64;
            while sent < total {
                if stream.write_all(&chunk).await.is_err() {
                    return;
                }
                sent += chunk.len() as u64;
            }
        }
    }
}

/// A whole HTTP/1.1 answer that closes the connection.
pub(crate) fn http(status: &str, content_type: &str, body: &str, extra: &str) -> Reply {
    Reply::Bytes(
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

/// The bytes of a reply that writes bytes.
pub(crate) fn bytes(reply: Reply) -> Vec<u8> {
    match reply {
        Reply::Bytes(b) | Reply::After(_, b) => b,
        _ => Vec::new(),
    }
}

/// A JSON 200 answer.
pub(crate) fn ok_json(body: &str) -> Reply {
    http("200 OK", "application/json", body, "")
}
