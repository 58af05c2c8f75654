//! Generates the client from `spec/personaclick.yaml` into `OUT_DIR` on every build that
//! changes the spec. The same output is checked in under `generated/` (a test compares).
//! Also writes `sample_calls.rs`, a helper that only the crate's own tests include.

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
    let model = personaclick_codegen::check(&text)
        .unwrap_or_else(|d| fail(&format!("{}: the spec has errors:\n{d}", spec.display())));
    let code = personaclick_codegen::generate_from_model(&model, &config)
        .unwrap_or_else(|d| fail(&d.to_string()));
    let samples_config = personaclick_codegen::Config {
        runtime: "personaclick".into(),
        ..config
    };
    let samples = personaclick_codegen::generate_samples(&model, &samples_config)
        .unwrap_or_else(|d| fail(&d.to_string()));
    let out = PathBuf::from(
        std::env::var("OUT_DIR").unwrap_or_else(|_| fail("cargo did not set OUT_DIR")),
    );
    write(&out.join("personaclick.rs"), &code);
    write(&out.join("sample_calls.rs"), &samples);
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1);
}
