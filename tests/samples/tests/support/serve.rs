//! A loopback server that answers one request and hands back what it read, shared by the
//! sample specs' wire tests.

#![allow(dead_code)]

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A request as the server read it.
pub(crate) struct Seen {
    pub head: String,
    pub body: Vec<u8>,
}

impl Seen {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// Answers one request with `status`, `content_type` and `body`, and hands back what it
/// read.
pub(crate) async fn serve_once(
    listener: TcpListener,
    status: &'static str,
    content_type: &'static str,
    body: &'static [u8],
) -> Seen {
    let (mut socket, _) = listener.accept().await.expect("a connection");
    let mut read = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = read.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = socket.read(&mut buf).await.expect("read the request");
        assert!(n > 0, "the client closed before sending a whole request");
        read.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&read[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    while read.len() < head_end + length {
        let n = socket.read(&mut buf).await.expect("read the body");
        assert!(n > 0, "the client closed before sending the whole body");
        read.extend_from_slice(&buf[..n]);
    }
    let mut answer = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    answer.extend_from_slice(body);
    socket.write_all(&answer).await.expect("write the answer");
    Seen {
        head,
        body: read[head_end..].to_vec(),
    }
}
