//! Walking every page of a listing (`x-pagination`): as a stream of whole pages
//! ([`pages`]) or of their items, one by one ([`items`]).

use futures_util::future::{Either, ready};
use futures_util::{Stream, StreamExt, stream};

use super::Error;
use super::operation::{Operation, send};

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

/// The items of a page (`None`: the answer has no list) and the total, when the answer has
/// one.
pub type Page<'a, T> = (Option<&'a mut Vec<T>>, Option<u64>);

/// A listing that pages: what is specific to it. The runtime walks the pages.
pub trait Paged: Operation + Clone {
    /// An item of a page.
    type Item: Clone + PartialEq + Send + 'static;
    /// How it pages.
    const PAGES: PageSpec;

    /// The request for the page at `position` (an offset or a page number) of `size` items.
    fn at(self, position: i64, size: i64) -> Self;

    /// The items of a page and its total.
    fn page(body: &mut Self::Output) -> Page<'_, Self::Item>;
}

struct State<O: Paged> {
    op: O,
    max_pages: u64,
    position: i64,
    seen: u64,
    pages: u64,
    /// The items of the page before, to notice a server that ignores paging.
    previous: Vec<O::Item>,
    done: bool,
}

/// Streams every page of a listing, whole (totals and facets kept).
///
/// Every stream ends: at a short or empty page, at the total, at the documented cap, after
/// yielding an error, with [`Error::RepeatedPage`] when a page holds the same items as the
/// page before, and with [`Error::PageLimit`] when it would fetch more pages than the
/// client allows (`ClientBuilder::max_pages`).
pub fn pages<O: Paged>(mut op: O) -> impl Stream<Item = Result<O::Output, Error>> + Send + 'static
where
    O::Output: Send,
{
    let spec = O::PAGES;
    let max_pages = op.call().client.inner.max_pages;
    let state = State {
        op,
        max_pages,
        position: if spec.offset { 0 } else { 1 },
        seen: 0,
        pages: 0,
        previous: Vec::new(),
        done: false,
    };
    stream::unfold(state, move |mut st| async move {
        if st.done || spec.max_items.is_some_and(|max| st.seen >= max) {
            return None;
        }
        let operation = O::META.id;
        if st.pages >= st.max_pages {
            st.done = true;
            let error = Error::PageLimit {
                operation: operation.to_string(),
                pages: st.pages,
            };
            return Some((Err(error), st));
        }
        let request = st.op.clone().at(st.position, spec.page_size);
        let answer = send(request).await;
        st.pages += 1;
        let mut body = match answer {
            Ok(response) => response.into_body(),
            Err(e) => {
                st.done = true;
                return Some((Err(e), st));
            }
        };
        let (items, total) = O::page(&mut body);
        let items: &[O::Item] = items.map_or(&[], |v| v.as_slice());
        if !items.is_empty() && items == st.previous.as_slice() {
            st.done = true;
            let error = Error::RepeatedPage {
                operation: operation.to_string(),
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
        st.seen = st.seen.saturating_add(got);
        let reached_total = total.is_some_and(|t| st.seen >= t);
        let short = i64::try_from(items.len()).is_ok_and(|n| n < spec.page_size);
        st.done = got == 0 || short || reached_total;
        st.previous.clear();
        st.previous.extend_from_slice(items);
        Some((Ok(body), st))
    })
}

/// Streams every item of every page, fetching a page as the stream is read; the same
/// endings as [`pages`], and no item past the documented cap.
pub fn items<O: Paged>(op: O) -> impl Stream<Item = Result<O::Item, Error>> + Send + 'static
where
    O::Output: Send,
{
    let cap = O::PAGES
        .max_items
        .map_or(usize::MAX, |max| usize::try_from(max).unwrap_or(usize::MAX));
    pages(op)
        .flat_map(|page| match page {
            Ok(mut body) => {
                let items = O::page(&mut body).0.map(std::mem::take).unwrap_or_default();
                Either::Left(stream::iter(items.into_iter().map(Ok)))
            }
            Err(e) => Either::Right(stream::once(ready(Err(e)))),
        })
        .take(cap)
}
