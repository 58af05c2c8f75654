//! Compile-time checks of the generated API.
//!
//! `tests/ui/pass`: programs that must compile; they read every field the seed documents
//! list and call every operation, each value bound with an explicit type so a change in
//! the generated types shows up here. `tests/ui/fail`: programs that must not compile,
//! each with its expected compiler output pinned next to it (regenerate with
//! `TRYBUILD=overwrite cargo test -p personaclick-typecheck`).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
