//! Host crate for the trybuild cases in `tests/`.
