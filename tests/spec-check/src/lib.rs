//! Holds `tests/spec_examples.rs`: the spec's examples and the real-response corpus checked
//! by a standard JSON Schema validator (see that file).
