//! The generic call path allocates no more per call than the per-operation code it
//! replaced: N calls against a keep-alive loopback server, counted by a global allocator.
//! Alone in its own test binary, so that no other test's allocations are counted.

// A global allocator is an unsafe trait; it only forwards to `System`.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use personaclick::Client;

#[path = "support/keepalive.rs"]
mod keepalive;

use keepalive::{Stats, server};

/// Counts every allocation (and reallocation) of the process.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const CALLS: u64 = 200;

/// The bounds: allocations per call measured with this test on the per-operation send code
/// each builder had before the generic call path (commit 75f482e, the same on every run):
/// `get` 68, `list` 70, `list_by_body` 77.
const GET: u64 = 68;
const LIST: u64 = 70;
const LIST_BY_BODY: u64 = 77;

/// Allocations per call (client and the loopback server in this process together) of
/// `products().get(id).send()`, `products().list().limit(5).send()` (query) and
/// `products().list_by_body().limit(5).send()` (JSON body), averaged over
/// `CALLS` calls on one kept-alive connection after a warm-up.
async fn per_call() -> (u64, u64, u64) {
    let stats = Arc::new(Stats::default());
    let url = server(Arc::clone(&stats), Duration::ZERO).await;
    let client = Client::builder("shop")
        .base_url(url)
        .build()
        .expect("client");
    for i in 0..20u32 {
        client
            .products()
            .get(i.to_string())
            .send()
            .await
            .expect("warm-up");
    }
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for i in 0..CALLS {
        let product = client
            .products()
            .get(i.to_string())
            .send()
            .await
            .expect("call");
        assert_eq!(product.name.as_deref(), Some("Kettle"));
    }
    let get = (ALLOCATIONS.load(Ordering::Relaxed) - before) / CALLS;
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for _ in 0..CALLS {
        // The answer is not a listing: only the request side matters here.
        let _ = client.products().list().limit(5).send().await;
    }
    let list = (ALLOCATIONS.load(Ordering::Relaxed) - before) / CALLS;
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for _ in 0..CALLS {
        let _ = client.products().list_by_body().limit(5).send().await;
    }
    let body = (ALLOCATIONS.load(Ordering::Relaxed) - before) / CALLS;
    assert_eq!(stats.connections.load(Ordering::SeqCst), 1);
    (get, list, body)
}

#[tokio::test(flavor = "current_thread")]
async fn a_call_allocates_no_more_than_before() {
    let (get, list, body) = per_call().await;
    println!("allocations per call: get {get}, list {list}, list_by_body {body}");
    assert!(
        get <= GET,
        "{get} allocations per `products().get(..)` call"
    );
    assert!(
        list <= LIST,
        "{list} allocations per `products().list()` call"
    );
    assert!(
        body <= LIST_BY_BODY,
        "{body} allocations per `products().list_by_body()` call"
    );
}
