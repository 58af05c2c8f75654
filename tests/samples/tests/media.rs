//! Bodies and answers in media types other than plain JSON, on the wire: the client
//! generated for `media-types.yaml` calls a loopback server that records each request.

use std::time::Duration;

use personaclick_runtime::{Bytes, File};
use personaclick_samples::media_types::Client;
use tokio::net::TcpListener;

#[path = "support/serve.rs"]
mod serve;
use serve::{Seen, serve_once};

/// A client aimed at a fresh loopback server answering once.
async fn setup(
    status: &'static str,
    content_type: &'static str,
    body: &'static [u8],
) -> (Client, tokio::task::JoinHandle<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let server = tokio::spawn(serve_once(listener, status, content_type, body));
    let client = Client::builder()
        .base_url(format!("http://{address}/v1"))
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    (client, server)
}

#[tokio::test]
async fn multipart_sends_text_json_and_file_parts() {
    let (client, server) = setup(
        "201 Created",
        "application/json; charset=utf-8",
        br#"{"name": "report.pdf", "size": 4}"#,
    )
    .await;
    let stored = client
        .documents()
        .upload_document(
            File::new(b"%PDF".to_vec())
                .file_name("report.pdf")
                .content_type("application/pdf"),
        )
        .caption("Q3")
        .labels(["a", "b"])
        .send()
        .await
        .expect("a JSON answer with a charset decodes");
    assert_eq!(stored.name, "report.pdf");
    let seen = server.await.expect("the server ran");
    assert!(seen.head.starts_with("POST /v1/documents HTTP/1.1"));
    let content_type = seen.header("content-type").expect("a content type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .expect("multipart");
    let body = String::from_utf8(seen.body.clone()).expect("text");
    let expected = format!(
        "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nQ3\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"labels\"\r\n\r\na\r\n\
         --{b}\r\nContent-Disposition: form-data; name=\"labels\"\r\n\r\nb\r\n\
         --{b}--\r\n",
        b = boundary
    );
    assert_eq!(body, expected);
}

#[tokio::test]
async fn bytes_go_as_they_are_with_a_settable_content_type() {
    let (client, server) = setup("204 No Content", "text/plain", b"").await;
    client
        .documents()
        .put_document("a b", Bytes::from_static(b"\x00\x01raw"))
        .content_type("image/png")
        .send()
        .await
        .expect("204");
    let seen = server.await.expect("the server ran");
    assert!(seen.head.starts_with("PUT /v1/documents/a%20b HTTP/1.1"));
    assert_eq!(seen.header("content-type"), Some("image/png"));
    assert_eq!(seen.body, b"\x00\x01raw");
}

#[tokio::test]
async fn a_download_comes_back_as_bytes() {
    let (client, server) = setup("200 OK", "application/octet-stream", b"\xffdata").await;
    let bytes = client
        .documents()
        .get_document("x")
        .send()
        .await
        .expect("bytes");
    assert_eq!(&bytes[..], b"\xffdata");
    server.await.expect("the server ran");
}

#[tokio::test]
async fn text_goes_and_comes_back_as_text() {
    let (client, server) = setup("200 OK", "text/html", b"<p>hi</p>").await;
    let html: String = client
        .notes()
        .add_note()
        .body("hi")
        .send()
        .await
        .expect("text");
    assert_eq!(html, "<p>hi</p>");
    let seen = server.await.expect("the server ran");
    assert_eq!(
        seen.header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(seen.body, b"hi");
}

#[tokio::test]
async fn a_media_range_sends_bytes_and_a_vendor_json_type_decodes() {
    let (client, server) = setup("200 OK", "application/octet-stream", b"back").await;
    let back = client.notes().echo("sent").send().await.expect("bytes");
    assert_eq!(&back[..], b"back");
    let seen = server.await.expect("the server ran");
    assert_eq!(
        seen.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(seen.body, b"sent");

    let (client, server) = setup("200 OK", "application/vnd.status+json", br#"{"up": true}"#).await;
    let status = client.notes().get_status().send().await.expect("JSON");
    assert_eq!(status, serde_json::json!({"up": true}));
    server.await.expect("the server ran");
}

#[tokio::test]
async fn an_answer_offered_in_several_media_types_is_asked_for_as_the_one_read() {
    let (client, server) = setup("200 OK", "application/json", br#"{"pages": 3}"#).await;
    let summary = client
        .documents()
        .get_summary("x")
        .send()
        .await
        .expect("summary");
    assert_eq!(summary.pages.as_ref().and_then(|p| p.as_i64()), Some(3));
    let seen = server.await.expect("the server ran");
    assert_eq!(seen.header("accept"), Some("application/json"));
}
