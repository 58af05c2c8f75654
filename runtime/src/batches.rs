//! Uploads split into requests that respect the documented size and rate limits (`x-batch`).

use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;

use super::Error;

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

/// Spaces requests so that at most `per_minute` start in any minute.
#[derive(Debug)]
pub struct Pacer {
    interval: Duration,
    next: Option<Instant>,
}

impl Pacer {
    /// A pacer for `per_minute` requests a minute (`None`: no limit).
    pub fn new(per_minute: Option<u32>) -> Self {
        let interval = per_minute.map_or(Duration::ZERO, |n| Duration::from_secs(60) / n.max(1));
        Pacer {
            interval,
            next: None,
        }
    }

    /// Waits until the next request may start.
    pub async fn ready(&mut self) {
        if let Some(at) = self.next {
            tokio::time::sleep_until(at).await;
        }
        self.next = Some(Instant::now() + self.interval);
    }
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
    async fn paces_requests() {
        let mut pacer = Pacer::new(Some(40));
        let start = Instant::now();
        for _ in 0..41 {
            pacer.ready().await;
        }
        assert_eq!(start.elapsed(), Duration::from_millis(1500) * 40);
    }
}
