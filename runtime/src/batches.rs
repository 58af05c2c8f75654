//! Uploads split into requests that respect the documented size and rate limits (`x-batch`).

use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;

use super::{Client, Error};

/// Room kept in each request for the credentials and the JSON around the list.
const ENVELOPE: u64 = 4096;

/// Splits `items` into runs of at most `max_items` whose JSON stays under `max_bytes` once
/// placed in `body` (which holds everything but the list). An item that cannot fit alone is
/// an error.
pub fn split_batches<B: Serialize, T: Serialize>(
    operation: &str,
    body: &B,
    items: Vec<T>,
    max_bytes: Option<u64>,
    max_items: Option<usize>,
) -> Result<Vec<Vec<T>>, Error> {
    let per_request = max_items.filter(|n| *n > 0).unwrap_or(usize::MAX);
    if max_bytes.is_none() && per_request >= items.len() {
        return Ok(vec![items]);
    }
    let base = match max_bytes {
        Some(_) => {
            serde_json::to_vec(body)
                .map_err(|e| Error::encode(operation, e))?
                .len() as u64
                + ENVELOPE
        }
        None => 0,
    };
    let room = max_bytes.map_or(u64::MAX, |max| max.saturating_sub(base));
    let mut out: Vec<Vec<T>> = Vec::new();
    let mut current: Vec<T> = Vec::new();
    let mut used = 0u64;
    for item in items {
        // Without a byte limit nothing needs measuring: only the count splits.
        let size = match max_bytes {
            Some(max) => {
                let size = serde_json::to_vec(&item)
                    .map_err(|e| Error::encode(operation, e))?
                    .len() as u64
                    + 1;
                if size > room {
                    return Err(Error::TooLarge {
                        operation: operation.to_string(),
                        bytes: size + base,
                        limit: max,
                    });
                }
                size
            }
            None => 0,
        };
        if (used + size > room || current.len() == per_request) && !current.is_empty() {
            out.push(std::mem::take(&mut current));
            used = 0;
        }
        used += size;
        current.push(item);
    }
    if !current.is_empty() || out.is_empty() {
        out.push(current);
    }
    Ok(out)
}

/// Waits until a request of `operation` may start so that at most `per_minute` of them
/// start in any minute through `client` (and its clones), whatever calls they belong to:
/// two batched uploads at once share the operation's rate, and so does one that starts
/// right after another ends. Each caller reserves its start time before it waits, so
/// concurrent callers are spaced too. `None`: no limit.
pub async fn pace(client: &Client, operation: &'static str, per_minute: Option<u32>) {
    let Some(per_minute) = per_minute else {
        return;
    };
    let interval = Duration::from_secs(60) / per_minute.max(1);
    let start = {
        // The lock is held to reserve a start time, never across an await.
        let mut next = client
            .inner
            .pacing
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = Instant::now();
        let start = next
            .get(operation)
            .copied()
            .filter(|at| *at > now)
            .unwrap_or(now);
        next.insert(operation, start + interval);
        start
    };
    tokio::time::sleep_until(start).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_by_count_with_or_without_a_size_limit() {
        let items: Vec<u32> = (0..12_000).collect();
        for max_bytes in [None, Some(32 * 1024 * 1024)] {
            let chunks =
                split_batches("op", &(), items.clone(), max_bytes, Some(5000)).expect("split");
            let sizes: Vec<usize> = chunks.iter().map(Vec::len).collect();
            assert_eq!(sizes, [5000, 5000, 2000], "max_bytes {max_bytes:?}");
            assert_eq!(chunks.concat(), items);
        }
        let whole = split_batches("op", &(), items.clone(), None, None).expect("whole");
        assert_eq!(whole.len(), 1);
        let none = split_batches::<_, u8>("op", &(), vec![], None, Some(5)).expect("empty");
        assert_eq!(none.len(), 1);
    }

    #[test]
    fn splits_by_size_and_refuses_giants() {
        let items: Vec<String> = (0..100).map(|i| format!("{i:0>100}")).collect();
        let chunks = split_batches(
            "op",
            &serde_json::json!({}),
            items.clone(),
            Some(4096 + 2 + 1030),
            None,
        )
        .expect("split");
        assert!(chunks.len() > 1);
        assert!(chunks.iter().all(|c| c.len() <= 10));
        assert_eq!(chunks.concat(), items);
        let giant = vec!["x".repeat(5000)];
        assert!(matches!(
            split_batches("op", &serde_json::json!({}), giant, Some(8000), None),
            Err(Error::TooLarge { .. })
        ));
        assert_eq!(
            split_batches::<_, u8>("op", &(), vec![], Some(9000), None)
                .expect("empty")
                .len(),
            1
        );
    }

    #[tokio::test(start_paused = true)]
    async fn paces_requests_per_client_and_operation() {
        let client = crate::ClientBuilder::new()
            .base_url("http://127.0.0.1:9")
            .build()
            .expect("client");
        let start = Instant::now();
        for _ in 0..41 {
            pace(&client, "op", Some(40)).await;
        }
        assert_eq!(start.elapsed(), Duration::from_millis(1500) * 40);
        // A clone shares the pace: its next request waits one interval more.
        let clone = client.clone();
        pace(&clone, "op", Some(40)).await;
        assert_eq!(start.elapsed(), Duration::from_millis(1500) * 41);
        // Two callers at once are spaced too, and another operation is not held back.
        let at = Instant::now();
        let (a, b) = tokio::join!(
            async {
                pace(&client, "op", Some(40)).await;
                at.elapsed()
            },
            async {
                pace(&clone, "op", Some(40)).await;
                at.elapsed()
            }
        );
        assert_eq!(a.max(b) - a.min(b), Duration::from_millis(1500));
        let other = Instant::now();
        pace(&client, "other", Some(40)).await;
        assert_eq!(other.elapsed(), Duration::ZERO);
        pace(&client, "unlimited", None).await;
    }
}
