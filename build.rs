//! Generates the client from `spec/personaclick.yaml` into `OUT_DIR` on every build that
//! changes the spec. The same output is checked in under `generated/` (a test compares).

use std::path::Path;

fn main() {
    let spec = Path::new("spec/personaclick.yaml");
    println!("cargo::rerun-if-changed={}", spec.display());
    let text = match std::fs::read_to_string(spec) {
        Ok(text) => text,
        Err(e) => fail(&format!("cannot read {}: {e}", spec.display())),
    };
    let config = personaclick_codegen::Config {
        source_name: "spec/personaclick.yaml".into(),
        ..Default::default()
    };
    let code = match personaclick_codegen::generate(&text, &config) {
        Ok(code) => code,
        Err(diagnostics) => fail(&format!(
            "{}: the spec has errors:\n{diagnostics}",
            spec.display()
        )),
    };
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("personaclick.rs");
    if let Err(e) = std::fs::write(&out, code) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    for line in message.lines() {
        println!("cargo::error={line}");
    }
    std::process::exit(1);
}
