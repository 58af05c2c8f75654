//! Uploads split into requests that respect the documented size and rate limits (`x-batch`).

use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;

use super::Error;

/// Room kept in each request for the credentials and the JSON around the list.
const ENVELOPE: u64 = 4096;

/// Splits `items` into runs whose JSON stays under `max_bytes` once placed in `body`
/// (which holds everything but the list). An item that cannot fit alone is an error.
pub fn split_batches<B: Serialize, T: Serialize>(
    operation: &str,
    body: &B,
    items: Vec<T>,
    max_bytes: Option<u64>,
) -> Result<Vec<Vec<T>>, Error> {
    let Some(max) = max_bytes else {
        return Ok(vec![items]);
    };
    let base = serde_json::to_vec(body)
        .map_err(|e| Error::encode(operation, e))?
        .len() as u64
        + ENVELOPE;
    let room = max.saturating_sub(base);
    let mut out: Vec<Vec<T>> = Vec::new();
    let mut current: Vec<T> = Vec::new();
    let mut used = 0u64;
    for item in items {
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
        if used + size > room && !current.is_empty() {
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
    fn splits_by_size_and_refuses_giants() {
        let items: Vec<String> = (0..100).map(|i| format!("{i:0>100}")).collect();
        let chunks = split_batches(
            "op",
            &serde_json::json!({}),
            items.clone(),
            Some(4096 + 2 + 1030),
        )
        .expect("split");
        assert!(chunks.len() > 1);
        assert!(chunks.iter().all(|c| c.len() <= 10));
        assert_eq!(chunks.concat(), items);
        let giant = vec!["x".repeat(5000)];
        assert!(matches!(
            split_batches("op", &serde_json::json!({}), giant, Some(8000)),
            Err(Error::TooLarge { .. })
        ));
        assert_eq!(
            split_batches::<_, u8>("op", &(), vec![], Some(9000))
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
