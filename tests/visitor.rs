//! The visitor session: cookies in and out as plain header values, `/init` only when the
//! session is missing or idle, and `stream`/`segment` bound like `did`/`sid`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use personaclick::Visitor;
use personaclick::mock::MockServer;

fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

#[test]
fn reads_the_storefront_scripts_cookies() {
    let header = "theme=dark; personaclick_device_id=DEV1; personaclick_session_code=SES1; \
                  personaclick_session_last_act=1764806400123";
    let visitor = Visitor::from_cookie_header(header).expect("both ids");
    assert_eq!(visitor.did, "DEV1");
    assert_eq!(visitor.sid, "SES1");
    assert_eq!(
        visitor.last_activity,
        Some(1_764_806_400),
        "milliseconds read as such"
    );
    let split = [
        "personaclick_device_id=DEV1",
        "personaclick_session_code=SES1",
    ];
    assert_eq!(
        Visitor::from_cookie_headers(split).map(|v| v.sid),
        Some("SES1".to_string())
    );
    assert_eq!(
        Visitor::from_cookie_header("personaclick_device_id=DEV1"),
        None
    );
    assert_eq!(
        Visitor::from_cookie_header("personaclick_device_id=; personaclick_session_code=S"),
        None
    );
}

#[test]
fn cookies_written_read_back_and_carry_no_separator() {
    let mut visitor = Visitor::new("dev;ice 1", "s\"1");
    visitor.segment = Some("B".to_string());
    visitor.touch(at(1_000));
    let set = visitor.set_cookies();
    assert_eq!(set.len(), 4);
    for cookie in &set {
        let (pair, attributes) = cookie.split_once("; ").expect("attributes");
        assert!(!pair.contains([' ', '"', ',']), "{pair}");
        assert!(attributes.contains("Max-Age=31536000"), "{attributes}");
        assert!(attributes.ends_with("Secure"), "{attributes}");
    }
    let header: Vec<&str> = set
        .iter()
        .map(|c| c.split(';').next().unwrap_or(""))
        .collect();
    let back = Visitor::from_cookie_header(&header.join("; ")).expect("read back");
    assert_eq!(back, visitor);
}

#[test]
fn debug_masks_the_ids() {
    let printed = format!("{:?}", Visitor::new("DEVICE-XYZ", "SESSION-XYZ"));
    assert!(
        !printed.contains("DEVICE-XYZ") && !printed.contains("SESSION-XYZ"),
        "{printed}"
    );
}

#[test]
fn serializes_for_a_session_store() {
    let mut visitor = Visitor::new("d", "s");
    visitor.stream = Some("web2".to_string());
    let text = serde_json::to_string(&visitor).expect("json");
    assert_eq!(text, r#"{"did":"d","sid":"s","stream":"web2"}"#);
    let back: Visitor = serde_json::from_str(&text).expect("back");
    assert_eq!(back, visitor);
}

#[tokio::test]
async fn an_active_session_costs_no_upstream_request() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    let mut visitor = Visitor::new("DEV", "SES");
    visitor.touch(at(10_000));
    let kept = client
        .ensure_visitor_within(Some(visitor.clone()), Duration::from_secs(1800), at(10_030))
        .await
        .expect("kept");
    assert_eq!(kept.visitor.sid, "SES");
    assert!(!kept.set_cookies, "30 s later the cookies need no rewrite");
    assert!(kept.init.is_none());
    assert!(mock.requests().is_empty(), "no /init for an active session");
    let later = client
        .ensure_visitor_within(Some(visitor), Duration::from_secs(1800), at(10_600))
        .await
        .expect("kept");
    assert!(later.set_cookies, "activity recorded 10 minutes later");
    assert_eq!(later.visitor.last_activity, Some(10_600));
}

#[tokio::test]
async fn a_missing_or_idle_session_is_opened_with_init_keeping_the_device() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client");
    let fresh = client
        .ensure_visitor_within(None, Duration::from_secs(1800), at(50_000))
        .await
        .expect("new");
    assert!(fresh.set_cookies && fresh.init.is_some());
    assert!(!fresh.visitor.did.is_empty() && !fresh.visitor.sid.is_empty());
    assert_eq!(mock.requests()[0].query_value("did"), None, "a new device");
    mock.clear_requests();

    let mut idle = Visitor::new("OLD-DEVICE", "OLD-SESSION");
    idle.touch(at(1_000));
    idle.stream = Some("kiosk".to_string());
    let renewed = client
        .ensure_visitor_within(Some(idle), Duration::from_secs(1800), at(50_000))
        .await
        .expect("renewed");
    let init = &mock.requests()[0];
    assert_eq!(
        init.query_value("did"),
        Some("OLD-DEVICE"),
        "the device is kept"
    );
    assert_eq!(
        init.query_value("sid"),
        None,
        "the idle session is not sent"
    );
    assert_eq!(init.query_value("stream"), Some("kiosk"));
    assert_eq!(renewed.visitor.stream.as_deref(), Some("kiosk"));
    assert_eq!(renewed.visitor.last_activity, Some(50_000));
}

#[tokio::test]
async fn a_visitor_handle_binds_stream_and_segment_and_a_call_overrides_them() {
    let mock = MockServer::start().await;
    let client = mock.client().expect("client").with_stream("ios");
    let mut visitor = Visitor::new("DEV", "SES");
    visitor.segment = Some("B".to_string());
    let handle = client.for_visitor(&visitor);
    handle
        .search()
        .find(personaclick::types::SearchFindType::FullSearch, "shoes")
        .send()
        .await
        .expect("search");
    handle
        .search()
        .find(personaclick::types::SearchFindType::FullSearch, "shoes")
        .stream("android")
        .send()
        .await
        .expect("search");
    let requests = mock.requests();
    let first = &requests[0];
    assert_eq!(first.query_value("did"), Some("DEV"));
    assert_eq!(first.query_value("sid"), Some("SES"));
    assert_eq!(
        first.query_value("stream"),
        Some("ios"),
        "the client's stream"
    );
    assert_eq!(first.query_value("segment"), Some("B"));
    assert_eq!(
        requests[1].query_value("stream"),
        Some("android"),
        "the call's own"
    );
}
