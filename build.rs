//! Keeps `generated/personaclick.rs` (the client the crate compiles) in step with
//! `spec/personaclick.yaml`.
//!
//! - By default the generator is not built at all: this script only checks that the
//!   fingerprint recorded on the first line of `generated/personaclick.rs` is the spec's,
//!   and fails the build, naming the switch, when the spec has changed since. Stale code is
//!   never compiled silently.
//! - With the `regenerate` feature (`cargo build --features regenerate`, or `cargo regen`
//!   in this repository), the script runs the generator on the spec and rewrites
//!   `generated/personaclick.rs` whenever the spec changed, so the new client (and its
//!   diff) is there on the next build.

const SPEC: &str = "spec/personaclick.yaml";
const GENERATED: &str = "generated/personaclick.rs";
const STAMP_PREFIX: &str = "// spec-hash: ";

fn main() {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed={GENERATED}");
    let spec =
        std::fs::read_to_string(SPEC).unwrap_or_else(|e| fail(&format!("cannot read {SPEC}: {e}")));
    let recorded = std::fs::read_to_string(GENERATED).unwrap_or_default();
    let fresh = recorded
        .lines()
        .next()
        .and_then(|l| l.strip_prefix(STAMP_PREFIX))
        .is_some_and(|h| h.trim() == spec_hash(&spec));
    if fresh {
        return;
    }
    regenerate(&spec);
}

#[cfg(feature = "regenerate")]
fn regenerate(spec: &str) {
    let config = personaclick_codegen::Config {
        source_name: SPEC.into(),
        examples_crate: Some("personaclick".into()),
        ..Default::default()
    };
    let code = personaclick_codegen::generate(spec, &config)
        .unwrap_or_else(|d| fail(&format!("{SPEC}: the spec has errors:\n{d}")));
    if let Err(e) = std::fs::write(GENERATED, code) {
        fail(&format!("cannot write {GENERATED}: {e}"));
    }
}

#[cfg(not(feature = "regenerate"))]
fn regenerate(_: &str) {
    fail(&format!(
        "{SPEC} has changed since {GENERATED} was generated from it.\n\
         Regenerate the client: build once with `--features regenerate` (in this repository: `cargo regen`),\n\
         or run `cargo run -p personaclick-codegen -- generate {SPEC} --out {GENERATED} --samples-out generated/sample_calls.rs`."
    ));
}

/// The same fingerprint as `personaclick_codegen::hash::spec_hash` (a test compares them):
/// FNV-1a, 64 bits, over the text without carriage returns. Kept here so a default build
/// needs nothing of the generator.
fn spec_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes().filter(|b| *b != b'\r') {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1);
}
