//! Walking every page of a listing as one stream of items (`x-pagination`).

use std::collections::VecDeque;
use std::future::Future;

use futures_util::Stream;
use futures_util::stream;

use super::Error;

/// How a listing pages.
#[derive(Debug, Clone, Copy)]
pub struct PageSpec {
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
    buffer: VecDeque<T>,
    done: bool,
}

/// Streams every item of every page: `set` puts the position and the page size on a copy
/// of the request, `fetch` sends it, `split` takes the items (and the total, if the
/// response has one) out of the answer. Stops at a short or empty page, at the total, at
/// the documented cap, or after yielding an error.
pub fn paginate<B, R, T, Fut>(
    builder: B,
    spec: PageSpec,
    set: impl Fn(B, i64, i64) -> B + Copy,
    fetch: impl Fn(B) -> Fut + Copy,
    split: impl Fn(R) -> (Vec<T>, Option<u64>) + Copy,
) -> impl Stream<Item = Result<T, Error>>
where
    B: Clone,
    Fut: Future<Output = Result<R, Error>>,
{
    let first = if spec.offset { 0 } else { 1 };
    let state = State {
        builder,
        position: first,
        seen: 0,
        buffer: VecDeque::new(),
        done: false,
    };
    stream::unfold(state, move |mut st| async move {
        loop {
            if spec.max_items.is_some_and(|max| st.seen >= max) {
                return None;
            }
            if let Some(item) = st.buffer.pop_front() {
                st.seen += 1;
                return Some((Ok(item), st));
            }
            if st.done {
                return None;
            }
            let request = set(st.builder.clone(), st.position, spec.page_size);
            match fetch(request).await {
                Err(e) => {
                    st.done = true;
                    return Some((Err(e), st));
                }
                Ok(answer) => {
                    let (items, total) = split(answer);
                    let got = items.len() as u64;
                    st.position += if spec.offset { items.len() as i64 } else { 1 };
                    let reached_total = total.is_some_and(|t| st.seen + got >= t);
                    st.done = got == 0 || (got as i64) < spec.page_size || reached_total;
                    st.buffer.extend(items);
                }
            }
        }
    })
}
