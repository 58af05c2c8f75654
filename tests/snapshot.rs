//! `generated/` must be exactly what the generator makes of the spec today.

/// The alias in `.cargo/config.toml`; it runs
/// `cargo run -p personaclick-codegen -- generate spec/personaclick.yaml --out generated/personaclick.rs --samples-out generated/sample_calls.rs --examples-crate personaclick`.
const REFRESH: &str = "cargo regen";

#[test]
fn generated_code_is_up_to_date() {
    let root = env!("CARGO_MANIFEST_DIR");
    let spec =
        std::fs::read_to_string(format!("{root}/spec/personaclick.yaml")).expect("read the spec");
    let config = personaclick_codegen::Config {
        source_name: "spec/personaclick.yaml".into(),
        examples_crate: Some("personaclick".into()),
        ..Default::default()
    };
    let fresh = personaclick_codegen::generate(&spec, &config)
        .unwrap_or_else(|d| panic!("the spec has errors:\n{d}"));
    let checked_in =
        std::fs::read_to_string(format!("{root}/generated/personaclick.rs")).unwrap_or_default();
    if fresh != checked_in {
        let line = fresh
            .lines()
            .zip(checked_in.lines())
            .position(|(a, b)| a != b)
            .map_or(
                format!(
                    "the files differ in length ({} vs {} lines)",
                    fresh.lines().count(),
                    checked_in.lines().count()
                ),
                |i| format!("first difference at line {}", i + 1),
            );
        panic!("generated/personaclick.rs is stale ({line}). Refresh it with:\n\n    {REFRESH}\n");
    }
}

#[test]
fn sample_calls_are_up_to_date() {
    let root = env!("CARGO_MANIFEST_DIR");
    let spec =
        std::fs::read_to_string(format!("{root}/spec/personaclick.yaml")).expect("read the spec");
    let model =
        personaclick_codegen::check(&spec).unwrap_or_else(|d| panic!("the spec has errors:\n{d}"));
    let config = personaclick_codegen::Config {
        source_name: "spec/personaclick.yaml".into(),
        runtime: "personaclick".into(),
        ..Default::default()
    };
    let fresh =
        personaclick_codegen::generate_samples(&model, &config).unwrap_or_else(|d| panic!("{d}"));
    let checked_in =
        std::fs::read_to_string(format!("{root}/generated/sample_calls.rs")).unwrap_or_default();
    assert!(
        fresh == checked_in,
        "generated/sample_calls.rs is stale. Refresh it with:\n\n    {REFRESH}\n"
    );
}

#[test]
fn generation_is_deterministic() {
    let spec = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/personaclick.yaml"
    ))
    .expect("read the spec");
    let config = personaclick_codegen::Config::default();
    let a = personaclick_codegen::generate(&spec, &config).expect("generate");
    let b = personaclick_codegen::generate(&spec, &config).expect("generate");
    assert_eq!(a, b);
}
