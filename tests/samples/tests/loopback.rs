//! A foreign spec end to end: the client the generator made (as a library, in `build.rs`)
//! for the OpenAPI Initiative's public "petstore-expanded" example, compiled against
//! `personaclick-runtime` alone, calls a loopback server and decodes its answer.

use std::time::Duration;

use personaclick_samples::petstore_expanded::Client;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Answers one request with `body` and hands back the request head it read.
async fn serve_once(listener: TcpListener, body: &'static str) -> String {
    let (mut socket, _) = listener.accept().await.expect("a connection");
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut buf).await.expect("read the request");
        assert!(n > 0, "the client closed before sending a whole request");
        head.extend_from_slice(&buf[..n]);
    }
    let answer = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    socket
        .write_all(answer.as_bytes())
        .await
        .expect("write the answer");
    String::from_utf8_lossy(&head).into_owned()
}

#[tokio::test]
async fn a_generated_client_for_a_foreign_spec_calls_a_loopback_server() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_once(
        listener,
        r#"[{"id": 1, "name": "Rex", "tag": "dog", "colour": "brown"}, {"id": 2, "name": "Tom"}]"#,
    ));
    let client = Client::builder()
        .base_url(format!("http://{address}/api"))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let pets = client
        .default()
        .find_pets()
        .tags(["dog"])
        .limit(2)
        .send()
        .await
        .expect("the call succeeds");
    let head = server.await.expect("the server ran");

    let request_line = head.lines().next().unwrap_or_default();
    assert_eq!(request_line, "GET /api/pets?tags=dog&limit=2 HTTP/1.1");
    assert_eq!(pets.len(), 2);
    assert_eq!(pets[0].name, "Rex");
    assert_eq!(pets[0].tag.as_deref(), Some("dog"));
    assert_eq!(pets[0].id.as_i64(), Some(1));
    // A field the spec does not name is kept, not dropped.
    assert_eq!(
        pets[0].extra.get("colour"),
        Some(&serde_json::json!("brown"))
    );
    assert_eq!(pets[1].tag, None);
}

#[tokio::test]
async fn string_union_parameters_go_as_their_text() {
    use personaclick_samples::string_union_params::{Client as Things, types};

    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_once(listener, r#"{"name": "a b", "color": "red"}"#));
    let client = Things::builder()
        .base_url(format!("http://{address}"))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let thing = client
        .things()
        .get_thing(types::NameOrId::Name("a b".into()))
        .color(types::Color::Blue)
        .related([
            types::NameOrId::Id("0b3f".into()),
            types::NameOrId::Name("c".into()),
        ])
        .send()
        .await
        .expect("the call succeeds");
    let head = server.await.expect("the server ran");

    let request_line = head.lines().next().unwrap_or_default();
    assert_eq!(
        request_line,
        "GET /things/a%20b?color=blue&related=0b3f&related=c HTTP/1.1"
    );
    assert_eq!(thing.color, Some(types::Color::Red));
}

#[tokio::test]
async fn object_query_parameters_go_as_deep_object_and_exploded_form() {
    use personaclick_samples::object_query_params::{Client as Items, types};

    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_once(listener, r#"["a"]"#));
    let client = Items::builder()
        .base_url(format!("http://{address}"))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let filter =
        types::ListItemsFilter::new("red").with_size(types::ListItemsFilterSize::new().with_min(9));
    let items = client
        .items()
        .list_items(filter)
        .labels([("shop", "main")])
        .send()
        .await
        .expect("the call succeeds");
    let head = server.await.expect("the server ran");

    let request_line = head.lines().next().unwrap_or_default();
    assert_eq!(
        request_line,
        "GET /items?filter%5Bcolor%5D=red&filter%5Bsize%5D%5Bmin%5D=9&shop=main HTTP/1.1"
    );
    assert_eq!(items, ["a"]);
}

#[tokio::test]
async fn basic_authentication_goes_as_an_authorization_header() {
    use personaclick_samples::basic_auth::Client as Accounts;

    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_once(listener, r#"{"sid": "AC1"}"#));
    let client = Accounts::builder()
        .account_auth("AC1", "s3cret")
        .base_url(format!("http://{address}"))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let account = client
        .accounts()
        .get_account()
        .send()
        .await
        .expect("the call succeeds");
    let head = server.await.expect("the server ran");

    // base64("AC1:s3cret")
    assert!(
        head.lines()
            .any(|l| l.eq_ignore_ascii_case("authorization: Basic QUMxOnMzY3JldA==")),
        "{head}"
    );
    assert_eq!(account.sid.as_deref(), Some("AC1"));
    // The password is never printed.
    assert!(!format!("{client:?}").contains("s3cret"));
}

/// Answers one request with `204 No Content` and hands back the whole request: head and
/// body (read up to its `content-length`).
async fn serve_one_request(listener: TcpListener) -> (String, String) {
    let (mut socket, _) = listener.accept().await.expect("a connection");
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    let (head, body) = loop {
        let n = socket.read(&mut buf).await.expect("read the request");
        assert!(n > 0, "the client closed before sending a whole request");
        data.extend_from_slice(&buf[..n]);
        let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&data[..end]).into_owned();
        let length: usize = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().to_string())
            })
            .map_or(0, |v| v.parse().expect("a length"));
        if data.len() >= end + 4 + length {
            break (
                head,
                String::from_utf8_lossy(&data[end + 4..end + 4 + length]).into_owned(),
            );
        }
    };
    socket
        .write_all(b"HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n")
        .await
        .expect("write the answer");
    (head, body)
}

/// A client of the constructs spec holding key `KEY-1`, and the one-request server it calls.
async fn constructs_client() -> (
    personaclick_samples::constructs::Client,
    tokio::task::JoinHandle<(String, String)>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_one_request(listener));
    let client = personaclick_samples::constructs::Client::builder()
        .key("KEY-1")
        .base_url(format!("http://{address}"))
        .build()
        .expect("client");
    (client, server)
}

#[tokio::test]
async fn a_credential_property_goes_in_the_body_and_not_in_the_query() {
    use personaclick_samples::constructs::types::ViewEvent;
    let (client, server) = constructs_client().await;
    client
        .events()
        .track(ViewEvent::new("sku-1"))
        .send()
        .await
        .expect("the call succeeds");
    let (head, body) = server.await.expect("the server ran");
    assert_eq!(head.lines().next(), Some("POST /events HTTP/1.1"));
    let body: serde_json::Value = serde_json::from_str(&body).expect("a JSON body");
    assert_eq!(
        body,
        serde_json::json!({"event": "view", "item": "sku-1", "referrer": null, "api_key": "KEY-1"})
    );
}

#[tokio::test]
async fn a_call_without_the_body_credential_is_refused_before_it_is_sent() {
    use personaclick_samples::constructs::{Client, types::ViewEvent};
    let client = Client::builder()
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("client");
    let error = client
        .events()
        .track(ViewEvent::new("sku-1"))
        .send()
        .await
        .expect_err("no key");
    assert!(error.to_string().contains("api_key"), "{error}");
}

#[tokio::test]
async fn a_form_body_repeats_the_key_of_a_list_as_openapi_writes_it() {
    let (client, server) = constructs_client().await;
    // The answer (204, no body) is not the documented one; only the request matters.
    let _ = client
        .pets()
        .create("Rex")
        .nicknames(["Rexy", "R"])
        .send()
        .await;
    let (head, body) = server.await.expect("the server ran");
    assert!(
        head.starts_with("POST /pets?api_key=KEY-1 HTTP/1.1"),
        "{head}"
    );
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/x-www-form-urlencoded"),
        "{head}"
    );
    assert_eq!(body, "name=Rex&nicknames=Rexy&nicknames=R");
}
