//! Generates each sample spec into `OUT_DIR` as one module of generated code that calls
//! `personaclick-runtime`, a normal dependency of this crate.

use std::path::Path;

const SAMPLES: &[&str] = &[
    "constructs",
    "petstore_expanded",
    "api_with_examples",
    "link_example",
    "media_types",
    "prelude_names",
    "alias_unions",
    "skipped_operations",
    "string_union_params",
    "object_query_params",
    "loose_unions",
    "basic_auth",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in SAMPLES {
        let spec = format!(
            "../../codegen/tests/fixtures/{}.yaml",
            name.replace('_', "-")
        );
        println!("cargo::rerun-if-changed={spec}");
        let text = std::fs::read_to_string(&spec).unwrap_or_else(|e| panic!("{spec}: {e}"));
        let config = personaclick_codegen::Config {
            runtime: "::personaclick_runtime".into(),
            root: format!("crate::{name}"),
            mock_feature: None,
            drift_feature: None,
            source_name: spec.clone(),
            examples_crate: None,
        };
        let model = personaclick_codegen::check(&text).unwrap_or_else(|d| panic!("{spec}:\n{d}"));
        let code = personaclick_codegen::generate_from_model(&model, &config)
            .unwrap_or_else(|d| panic!("{spec}:\n{d}"));
        // The runtime's value types beside the client, as a generated crate has them, so
        // the sample calls can name them.
        let mut module = format!(
            "/// The generated client for `{spec}`.\n#[allow(dead_code)]\npub mod {name} {{\n\
             pub use ::personaclick_runtime::{{Bytes, Error, File, Id, IntoList, Number, Pii, Response}};\n"
        );
        module.push_str(&code);
        module.push_str("}\n");
        std::fs::write(Path::new(&out).join(format!("{name}.rs")), module)
            .expect("write generated code");
        // One call of every operation with sample values (`tests/prism.rs`).
        let samples_config = personaclick_codegen::Config {
            runtime: format!("personaclick_samples::{name}"),
            ..config
        };
        let samples = personaclick_codegen::generate_samples(&model, &samples_config)
            .unwrap_or_else(|d| panic!("{spec}:\n{d}"));
        std::fs::write(Path::new(&out).join(format!("{name}.samples.rs")), samples)
            .expect("write sample calls");
    }
}
