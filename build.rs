//! Generates the client from `spec/personaclick.yaml` into `OUT_DIR` on every build that
//! changes the spec. The same output is checked in under `generated/` (a test compares).

use std::path::{Path, PathBuf};

fn main() {
    let spec = Path::new("spec/personaclick.yaml");
    println!("cargo::rerun-if-changed={}", spec.display());
    let text = std::fs::read_to_string(spec)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", spec.display())));
    let config = personaclick_codegen::Config {
        source_name: "spec/personaclick.yaml".into(),
        ..Default::default()
    };
    let code = personaclick_codegen::generate(&text, &config)
        .unwrap_or_else(|d| fail(&format!("{}: the spec has errors:\n{d}", spec.display())));
    let out = PathBuf::from(
        std::env::var("OUT_DIR").unwrap_or_else(|_| fail("cargo did not set OUT_DIR")),
    );
    let path = out.join("personaclick.rs");
    if let Err(e) = std::fs::write(&path, code) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1);
}
