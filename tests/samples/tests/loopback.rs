//! A foreign spec end to end: the client the generator made (as a library, in `build.rs`)
//! for the OpenAPI Initiative's public "petstore-expanded" example, compiled against
//! `personaclick-runtime` alone, calls a loopback server and decodes its answer.

use std::time::Duration;

use personaclick_samples::petstore_expanded::Client;
use tokio::net::TcpListener;

#[path = "support/serve.rs"]
mod serve;
use serve::{Seen, serve_once};

#[tokio::test]
async fn a_generated_client_for_a_foreign_spec_calls_a_loopback_server() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_once(
        listener,
        "200 OK",
        "application/json",
        r#"[{"id": 1, "name": "Rex", "tag": "dog", "colour": "brown"}, {"id": 2, "name": "Tom"}]"#
            .as_bytes(),
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
    let head = server.await.expect("the server ran").head;

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
    let server = tokio::spawn(serve_once(
        listener,
        "200 OK",
        "application/json",
        r#"{"name": "a b", "color": "red"}"#.as_bytes(),
    ));
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
    let head = server.await.expect("the server ran").head;

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
    let server = tokio::spawn(serve_once(
        listener,
        "200 OK",
        "application/json",
        r#"["a"]"#.as_bytes(),
    ));
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
    let head = server.await.expect("the server ran").head;

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
    let server = tokio::spawn(serve_once(
        listener,
        "200 OK",
        "application/json",
        r#"{"sid": "AC1"}"#.as_bytes(),
    ));
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
    let head = server.await.expect("the server ran").head;

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

/// A client of the constructs spec holding key `KEY-1`, and the one-request server it calls.
async fn constructs_client() -> (
    personaclick_samples::constructs::Client,
    tokio::task::JoinHandle<Seen>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_once(listener, "204 No Content", "text/plain", b""));
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
    let seen = server.await.expect("the server ran");
    let (head, body) = (seen.head, String::from_utf8(seen.body).expect("UTF-8"));
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
    // The runtime's check for a credential the spec requires and the client lacks (the
    // PersonaClick client's server calls need a client holding the secret by type instead).
    assert!(
        matches!(error, personaclick_runtime::Error::MissingCredential { .. }),
        "{error:?}"
    );
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
    let seen = server.await.expect("the server ran");
    let (head, body) = (seen.head, String::from_utf8(seen.body).expect("UTF-8"));
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
