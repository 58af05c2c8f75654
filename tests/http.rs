//! Every operation against a real HTTP server on loopback (wiremock), started by the test:
//! method, path, query (credentials injected, lists joined, filters JSON-encoded), body,
//! the decoded 200, and 400/403/404 mapped to typed errors.

use std::time::Duration;

use personaclick::{Client, Error};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SHOP: &str = "shop-1";
const SECRET: &str = "secret-1";

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/real-responses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_slice(&std::fs::read(path).expect("read fixture")).expect("fixture is JSON")
}

async fn setup(with_secret: bool) -> (MockServer, Client) {
    let server = MockServer::start().await;
    let builder = Client::builder(SHOP)
        .base_url(server.uri())
        .timeout(Duration::from_secs(5));
    let client = if with_secret {
        builder.shop_secret(SECRET).build().map(|c| c.to_root())
    } else {
        builder.build()
    };
    (server, client.expect("client"))
}

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

async fn only_request(server: &MockServer) -> Request {
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "exactly one request");
    requests.into_iter().next().expect("one request")
}

fn query(req: &Request) -> Vec<(String, String)> {
    req.url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

#[tokio::test]
async fn session_init() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/init"))
        .and(query_param("shop_id", SHOP))
        .and(query_param("stream", "android"))
        .and(query_param("tz", "3"))
        .and(query_param_is_missing("did"))
        .respond_with(ok(fixture("init__r46android-test.json")))
        .expect(1)
        .mount(&server)
        .await;
    let init = client
        .session()
        .init()
        .stream("android")
        .tz(3)
        .send()
        .await
        .expect("init");
    assert_eq!(
        (init.did.as_str(), init.seance.as_str()),
        ("SERVER_DID", "SRV_SEANCE")
    );
}

#[tokio::test]
async fn products_list_encodes_lists_filters_and_the_visitor() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(ok(fixture("products__r46docs.json")))
        .mount(&server)
        .await;
    let visitor = client.visitor("D1", "S1");
    let page = visitor
        .products()
        .list()
        .categories(["42", "43"])
        .brands(["Apple", "LG"])
        .filters([("color", vec!["red"]), ("size", vec!["M", "L"])])
        .limit(20)
        .page(2)
        .sort_dir("desc")
        .collapse(false)
        .send()
        .await
        .expect("list");
    assert_eq!(
        page.products_total.as_ref().and_then(|n| n.as_i64()),
        Some(348)
    );
    let req = only_request(&server).await;
    let q = query(&req);
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("shop_id"), Some(SHOP));
    assert_eq!(get("did"), Some("D1"));
    assert_eq!(
        (get("sid"), get("seance")),
        (Some("S1"), Some("S1")),
        "session id under both names"
    );
    assert_eq!(get("categories"), Some("42,43"));
    assert_eq!(get("brands"), Some("Apple,LG"));
    assert_eq!(get("limit"), Some("20"));
    assert_eq!(get("page"), Some("2"));
    assert_eq!(get("sort_dir"), Some("desc"));
    assert_eq!(get("collapse"), Some("false"));
    let filters: Value =
        serde_json::from_str(get("filters").expect("filters sent")).expect("filters are JSON");
    assert_eq!(filters, json!({"color": ["red"], "size": ["M", "L"]}));
    assert_eq!(get("shop_secret"), None, "no secret on a public call");
}

#[tokio::test]
async fn an_explicit_value_beats_the_visitor_context() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(ok(json!({})))
        .mount(&server)
        .await;
    client
        .visitor("D1", "S1")
        .products()
        .list()
        .did("D2")
        .send()
        .await
        .expect("list");
    let req = only_request(&server).await;
    assert!(query(&req).contains(&("did".into(), "D2".into())));
}

#[tokio::test]
async fn price_filters_take_a_number_in_any_form_and_send_it_as_given() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(ok(json!({})))
        .mount(&server)
        .await;
    client
        .products()
        .list()
        .price_min("19.90")
        .price_max(100)
        .send()
        .await
        .expect("list");
    let pairs = query(&only_request(&server).await);
    assert!(
        pairs.contains(&("price_min".into(), "19.90".into())),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("price_max".into(), "100".into())),
        "{pairs:?}"
    );
}

#[tokio::test]
async fn products_get_decodes_a_live_capture() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/products/get"))
        .and(query_param("shop_id", SHOP))
        .and(query_param("item_id", "100500"))
        .respond_with(ok(fixture("products-get__r46demo-rn.json")))
        .expect(1)
        .mount(&server)
        .await;
    let product = client.products().get("100500").send().await.expect("get");
    let price = product.price.as_ref().expect("price");
    assert_eq!(
        price.as_text(),
        Some("2969.0"),
        "a string price stays a string"
    );
    assert_eq!(price.to_minor_units(2), Some(296900));
}

#[tokio::test]
async fn products_counters() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/products/counters"))
        .and(query_param("shop_id", SHOP))
        .and(query_param("item", "100500"))
        .respond_with(ok(fixture("products-counters__r46android-test.json")))
        .expect(1)
        .mount(&server)
        .await;
    let counters = client
        .products()
        .counters("100500")
        .send()
        .await
        .expect("counters");
    assert!(counters.daily.is_some() && counters.now.is_some());
}

#[tokio::test]
async fn products_in_category_escapes_the_path() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/category/a%2Fb"))
        .and(query_param("shop_id", SHOP))
        .and(query_param("locations", "1,2"))
        .respond_with(ok(fixture("category-id__r46android-test.json")))
        .expect(1)
        .mount(&server)
        .await;
    let page = client
        .visitor("D1", "S1")
        .products()
        .in_category("a/b")
        .locations(["1", "2"])
        .send()
        .await
        .expect("category");
    assert_eq!(
        page.products_total.as_ref().and_then(|n| n.as_u64()),
        Some(2208)
    );
    assert_eq!(page.products.as_deref().map(<[_]>::len), Some(1));
}

#[tokio::test]
async fn products_cart() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/products/cart"))
        .and(query_param("shop_id", SHOP))
        .and(query_param("did", "D1"))
        .respond_with(ok(fixture("products-cart__r46docs.json")))
        .expect(1)
        .mount(&server)
        .await;
    let cart = client
        .visitor("D1", "S1")
        .products()
        .cart()
        .send()
        .await
        .expect("cart");
    let items = cart.data.and_then(|d| d.items).expect("items");
    assert_eq!(items.len(), 2);
    let req = only_request(&server).await;
    assert!(
        query(&req).iter().all(|(k, _)| k != "sid"),
        "the cart takes no session id"
    );
}

#[tokio::test]
async fn profile_set_sends_credentials_and_fields_in_the_json_body() {
    let (server, client) = setup(true).await;
    Mock::given(method("POST"))
        .and(path("/profile/set"))
        .respond_with(ok(json!({"status": "success"})))
        .mount(&server)
        .await;
    let saved = client
        .visitor("D1", "S1")
        .profile()
        .set()
        .email("john.doe@example.com")
        .first_name("John")
        .age(31)
        .clear_phone()
        .property("custom_level", "gold")
        .send()
        .await
        .expect("set");
    assert_eq!(saved.status.as_deref(), Some("success"));
    let req = only_request(&server).await;
    assert_eq!(
        req.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/json")
    );
    assert!(
        req.url.query().is_none(),
        "credentials go in the body, not the query"
    );
    let body: Value = serde_json::from_slice(&req.body).expect("JSON body");
    assert_eq!(
        body,
        json!({
            "shop_id": SHOP, "shop_secret": SECRET, "did": "D1", "sid": "S1", "seance": "S1",
            "email": "john.doe@example.com", "first_name": "John", "age": 31, "phone": null,
            "custom_level": "gold"
        })
    );
}

#[tokio::test]
async fn profile_get_sends_the_secret_when_the_client_has_one() {
    let (server, client) = setup(true).await;
    Mock::given(method("GET"))
        .and(path("/profile"))
        .and(query_param("shop_id", SHOP))
        .and(query_param("shop_secret", SECRET))
        .and(query_param("email", "john.doe@example.com"))
        .respond_with(ok(fixture("profile__r46docs-secret.json")))
        .expect(1)
        .mount(&server)
        .await;
    let profile = client
        .profile()
        .get()
        .email("john.doe@example.com")
        .send()
        .await
        .expect("profile");
    assert!(profile.email.is_some());
}

#[tokio::test]
async fn profile_get_without_a_secret_uses_the_device() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/profile"))
        .and(query_param("did", "D1"))
        .and(query_param_is_missing("shop_secret"))
        .respond_with(ok(fixture("profile__r46docs-public.json")))
        .expect(1)
        .mount(&server)
        .await;
    let profile = client
        .visitor("D1", "S1")
        .profile()
        .get()
        .send()
        .await
        .expect("profile");
    assert_eq!(profile.has_email, Some(true));
}

#[tokio::test]
async fn orders_last_for_user() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .and(path("/orders/last_for_user"))
        .and(query_param("shop_id", SHOP))
        .and(query_param("did", "D1"))
        .respond_with(ok(fixture("orders-last-for-user__r46docs.json")))
        .expect(1)
        .mount(&server)
        .await;
    let products = client
        .visitor("D1", "S1")
        .orders()
        .last_for_user()
        .send()
        .await
        .expect("last order");
    assert!(!products.is_empty());
}

#[tokio::test]
async fn a_top_level_message_is_found_too() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_json(json!({"status": "error", "message": "Bad item"})),
        )
        .mount(&server)
        .await;
    let err = client
        .products()
        .counters("x")
        .send()
        .await
        .expect_err("400");
    assert_eq!(err.api_message(), Some("Bad item"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
}

#[tokio::test]
async fn a_wrong_body_is_a_decode_error_with_the_field_path() {
    let (server, client) = setup(false).await;
    let body = json!({"products": [{"name": "ok"}, {"price": {"not": "a number"}}]});
    Mock::given(method("GET"))
        .and(path("/products"))
        .respond_with(ok(body))
        .mount(&server)
        .await;
    let err = client
        .products()
        .list()
        .send()
        .await
        .expect_err("decode error");
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.operation, "products_list");
    assert_eq!(decode.path, "products[1].price");
    assert!(
        err.raw_body()
            .is_some_and(|b| b.starts_with(b"{\"products\""))
    );
    assert!(err.to_string().contains("products[1].price"), "{err}");
}

#[tokio::test]
async fn a_slow_server_times_out_per_call() {
    let (server, client) = setup(false).await;
    Mock::given(method("GET"))
        .respond_with(ok(json!({})).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let started = std::time::Instant::now();
    let err = client
        .products()
        .list()
        .timeout(Duration::from_millis(100))
        .send()
        .await
        .expect_err("timeout");
    assert!(err.is_timeout(), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn errors_never_print_the_secret_the_query_or_personal_data() {
    let (server, client) = setup(true).await;
    let body = json!({"status": "error", "message": "Profile john.doe@example.com not found"});
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_json(body))
        .mount(&server)
        .await;
    let err = client
        .profile()
        .get()
        .email("john.doe@example.com")
        .send()
        .await
        .expect_err("404");
    for printed in [err.to_string(), format!("{err:?}")] {
        assert!(!printed.contains(SECRET), "{printed}");
        assert!(!printed.contains("shop_secret"), "{printed}");
        assert!(!printed.contains("john.doe"), "{printed}");
        assert!(printed.contains("j***@example.com"), "{printed}");
    }
    assert!(
        err.url()
            .expect("url")
            .query()
            .expect("query")
            .contains(SECRET),
        "the accessor gives the full URL"
    );
    let builder = client.profile().get().email("john.doe@example.com");
    assert!(!format!("{builder:?}").contains("john.doe"));
    assert!(!format!("{client:?}").contains(SECRET));
}

#[test]
fn client_and_futures_are_send_and_sync() {
    fn send_sync<T: Send + Sync>(_: &T) {}
    fn send<T: Send>(_: &T) {}
    let client = Client::builder(SHOP).build().expect("client");
    send_sync(&client);
    let future = client.products().list().send();
    send(&future);
    let future = client.profile().set().email("a@b.c").send();
    send(&future);
}

#[tokio::test]
async fn typed_tracking_events_carry_their_tag_and_the_visitor() {
    use personaclick::types::{TrackItem, TrackViewEvent};
    let (server, client) = setup(false).await;
    Mock::given(method("POST"))
        .and(path("/push"))
        .respond_with(ok(json!({"status": "success"})))
        .mount(&server)
        .await;
    let view = TrackViewEvent::new(vec![TrackItem::new("100500")]);
    client
        .visitor("D1", "S1")
        .tracking()
        .event(view)
        .send()
        .await
        .expect("push");
    let req = only_request(&server).await;
    let body: Value = serde_json::from_slice(&req.body).expect("JSON body");
    assert_eq!(body["event"], "view");
    assert_eq!(body["items"], json!([{"id": "100500"}]));
    assert_eq!((&body["did"], &body["sid"]), (&json!("D1"), &json!("S1")));
    assert_eq!(body["shop_id"], SHOP);
}
