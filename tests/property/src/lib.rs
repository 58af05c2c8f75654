//! Property tests only: see `tests/fuzz.rs`.
