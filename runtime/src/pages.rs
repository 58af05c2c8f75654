//! Walking every page of a listing as one stream of items (`x-pagination`).

use std::collections::VecDeque;
use std::future::Future;

use futures_util::Stream;
use futures_util::stream;

use super::{Client, Error};

/// How a listing pages.
#[derive(Debug, Clone, Copy)]
pub struct PageSpec {
    /// Operation id, for errors.
    pub operation: &'static str,
    /// The position is an item offset (from 0) rather than a page number (from 1).
    pub offset: bool,
    /// Items per request.
    pub page_size: i64,
    /// Documented cap on reachable items.
    pub max_items: Option<u64>,
}

struct State<B, T> {
    builder: B,
    position: i64,
    seen: u64,
    pages: u64,
    buffer: VecDeque<T>,
    /// The items of the page before, to notice a server that ignores paging.
    previous: Vec<T>,
    done: bool,
}

/// Streams every item of every page: `set` puts the position and the page size on a copy
/// of the request, `fetch` sends it, `split` takes the items (and the total, if the
/// response has one) out of the answer.
///
/// Every stream ends: at a short or empty page, at the total, at the documented cap, after
/// yielding an error, with [`Error::RepeatedPage`] when a page holds the same items as the
/// page before, and with [`Error::PageLimit`] when it would fetch more pages than the
/// client allows (`ClientBuilder::max_pages`).
pub fn paginate<B, R, T, Fut>(
    client: Client,
    builder: B,
    spec: PageSpec,
    set: impl Fn(B, i64, i64) -> B + Copy,
    fetch: impl Fn(B) -> Fut + Copy,
    split: impl Fn(R) -> (Vec<T>, Option<u64>) + Copy,
) -> impl Stream<Item = Result<T, Error>>
where
    B: Clone,
    T: Clone + PartialEq,
    Fut: Future<Output = Result<R, Error>>,
{
    let max_pages = client.inner.max_pages;
    let first = if spec.offset { 0 } else { 1 };
    let state = State {
        builder,
        position: first,
        seen: 0,
        pages: 0,
        buffer: VecDeque::new(),
        previous: Vec::new(),
        done: false,
    };
    stream::unfold(state, move |mut st| async move {
        loop {
            if spec.max_items.is_some_and(|max| st.seen >= max) {
                return None;
            }
            if let Some(item) = st.buffer.pop_front() {
                st.seen = st.seen.saturating_add(1);
                return Some((Ok(item), st));
            }
            if st.done {
                return None;
            }
            if st.pages >= max_pages {
                st.done = true;
                let error = Error::PageLimit {
                    operation: spec.operation.to_string(),
                    pages: st.pages,
                };
                return Some((Err(error), st));
            }
            let request = set(st.builder.clone(), st.position, spec.page_size);
            let answer = fetch(request).await;
            st.pages += 1;
            match answer {
                Err(e) => {
                    st.done = true;
                    return Some((Err(e), st));
                }
                Ok(answer) => {
                    let (items, total) = split(answer);
                    if !items.is_empty() && items == st.previous {
                        st.done = true;
                        let error = Error::RepeatedPage {
                            operation: spec.operation.to_string(),
                            page: st.position,
                        };
                        return Some((Err(error), st));
                    }
                    let got = u64::try_from(items.len()).unwrap_or(u64::MAX);
                    let step = if spec.offset {
                        i64::try_from(items.len()).unwrap_or(i64::MAX)
                    } else {
                        1
                    };
                    st.position = st.position.saturating_add(step);
                    let reached_total = total.is_some_and(|t| st.seen.saturating_add(got) >= t);
                    let short = i64::try_from(items.len()).is_ok_and(|n| n < spec.page_size);
                    st.done = got == 0 || short || reached_total;
                    st.previous.clone_from(&items);
                    st.buffer.extend(items);
                }
            }
        }
    })
}
