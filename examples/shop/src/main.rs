//! Runs the shop on loopback against the embedded PersonaClick mock, then shows what a
//! browser would see on a few pages: `cargo run -p personaclick-example-shop`.
//! With `-- --serve`, it keeps serving until Ctrl-C (try `curl -i 127.0.0.1:PORT/search?q=shoes`).

use personaclick::mock::MockServer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await;
    let app = personaclick_example_shop::app(mock.client()?.to_root());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    println!(
        "shop on http://{address} (PersonaClick mocked on {})",
        mock.uri()
    );
    if std::env::args().any(|a| a == "--serve") {
        axum::serve(listener, app).await?;
        return Ok(());
    }
    tokio::spawn(async move { axum::serve(listener, app).await });
    // The browser keeps the session cookies of the first answer and sends them back.
    let mut cookies = String::new();
    for page in ["/products/100500", "/search?q=shoes"] {
        let (set, body) = get(address, page, &cookies).await?;
        if !set.is_empty() {
            cookies = set.join("; ");
        }
        println!("GET {page}\n  {body}");
    }
    let upstream: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    println!("upstream calls: {}", upstream.join(", "));
    Ok(())
}

/// A bare HTTP/1.1 GET with a `Cookie` header, so that the example needs no HTTP client
/// of its own: the `name=value` of each `Set-Cookie` of the answer, and its body.
async fn get(
    address: std::net::SocketAddr,
    path: &str,
    cookies: &str,
) -> std::io::Result<(Vec<String>, String)> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await?;
    let request = format!(
        "GET {path} HTTP/1.1\r\nhost: shop\r\ncookie: {cookies}\r\nconnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await?;
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let set = head
        .lines()
        .filter_map(|line| line.strip_prefix("set-cookie: "))
        .filter_map(|cookie| cookie.split(';').next())
        .map(str::to_string)
        .collect();
    Ok((set, body.to_string()))
}
