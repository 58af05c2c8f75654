//! The scriptable mock: answers in sequence (paging across pages, 503 then 200), delays
//! (timeouts), query and body conditions, and call counts checked by `verify` and on drop.

use std::time::Duration;

use futures_util::TryStreamExt;
use personaclick::Error;
use personaclick::mock::MockServer;
use personaclick::operations::{ProductsList, SearchFind, TrackingEvent};
use personaclick::types::SearchFindType;
use serde_json::{Value, json};

fn page(from: usize, to: usize, total: usize) -> Value {
    let products: Vec<Value> = (from..to).map(|i| json!({"id": i.to_string()})).collect();
    json!({"products": products, "products_total": total})
}

#[tokio::test]
async fn a_sequence_serves_three_pages_to_items() {
    let mock = MockServer::start().await;
    let pages = mock
        .on::<ProductsList>()
        .reply(200, page(0, 100, 237))
        .then(200, page(100, 200, 237))
        .then(200, page(200, 237, 237))
        .expect(3)
        .mount();
    let client = mock.client().expect("client");
    let ids: Vec<String> = client
        .products()
        .list()
        .items()
        .map_ok(|p| p.id.map(|i| i.to_string()).unwrap_or_default())
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(ids.len(), 237);
    assert_eq!((ids[0].as_str(), ids[236].as_str()), ("0", "236"));
    assert_eq!(pages.count(), 3);
    let asked: Vec<Option<String>> = mock
        .requests()
        .iter()
        .map(|r| r.query_value("page").map(str::to_string))
        .collect();
    let pages_asked = ["1", "2", "3"].map(|p| Some(p.to_string()));
    assert_eq!(asked, pages_asked);
    mock.verify().expect("three calls");
}

#[tokio::test]
async fn a_503_then_the_documented_answer_is_retried_to_success() {
    let mock = MockServer::start().await;
    mock.on::<SearchFind>()
        .reply(503, json!({"status": "error", "message": "busy"}))
        .then_documented()
        .expect(2)
        .mount();
    let client = mock.client().expect("client");
    let found = client
        .visitor("D1", "S1")
        .search()
        .find(SearchFindType::FullSearch, "shoes")
        .send()
        .await
        .expect("the retry succeeds");
    assert!(found.products.is_some_and(|p| !p.is_empty()));
}

#[tokio::test]
async fn a_delayed_answer_times_the_call_out() {
    let mock = MockServer::start().await;
    mock.on::<SearchFind>()
        .then_documented()
        .delay(Duration::from_secs(5))
        .mount();
    let client = mock.client().expect("client");
    let err = client
        .visitor("D1", "S1")
        .search()
        .find(SearchFindType::InstantSearch, "sh")
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .expect_err("the answer comes too late");
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
}

#[tokio::test]
async fn conditions_pick_the_calls_a_script_answers() {
    let mock = MockServer::start().await;
    let shoes = mock
        .on::<SearchFind>()
        .query("search_query", "shoes")
        .reply(200, json!({"products_total": 7}))
        .mount();
    let carts = mock
        .on::<TrackingEvent>()
        .body("/event", "cart")
        .reply(200, json!({"status": "scripted"}))
        .mount();
    let client = mock.client().expect("client");
    let search = |q: &str| {
        client
            .visitor("D1", "S1")
            .search()
            .find(SearchFindType::FullSearch, q)
            .send()
    };
    let scripted = search("shoes").await.expect("scripted");
    assert_eq!(
        scripted.products_total.map(|t| t.to_string()),
        Some("7".into())
    );
    let documented = search("hats").await.expect("documented");
    assert_eq!(
        documented.products_total.map(|t| t.to_string()),
        Some("348".into())
    );
    assert_eq!(shoes.count(), 1);

    let visitor = client.visitor("D", "S");
    let cart = visitor.track().cart("1", 1).send().await.expect("cart");
    assert_eq!(cart.status.as_deref(), Some("scripted"));
    let view = visitor.track().view("1").send().await.expect("view");
    assert_ne!(view.status.as_deref(), Some("scripted"));
    assert_eq!(carts.count(), 1);
}

#[tokio::test]
async fn an_unmet_expectation_is_reported() {
    let mock = MockServer::start().await;
    mock.on::<SearchFind>().expect(1).mount();
    let unmet = mock.verify().expect_err("no call was made");
    assert!(
        unmet.contains("search_find") && unmet.contains("expected 1"),
        "{unmet}"
    );
    // Met now, so the drop check passes.
    let client = mock.client().expect("client");
    client
        .visitor("D1", "S1")
        .search()
        .find(SearchFindType::FullSearch, "x")
        .send()
        .await
        .expect("documented");
}

#[tokio::test]
#[should_panic(expected = "expected 2 matching call(s), got 0")]
async fn dropping_the_mock_checks_the_expectations() {
    let mock = MockServer::start().await;
    mock.on::<SearchFind>().expect(2).mount();
    drop(mock);
}

#[tokio::test]
#[should_panic(expected = "no operation `search_fnd`")]
async fn a_misspelt_operation_id_fails_the_test() {
    let mock = MockServer::start().await;
    mock.respond_with("search_fnd", 500, json!({}));
}
