//! Generates each sample spec into `OUT_DIR` as one module holding a copy of the runtime
//! (the main crate's `src/` files, by absolute path) and the generated code, with the
//! runtime path pointing at that module.

use std::fmt::Write as _;
use std::path::Path;

const SAMPLES: &[&str] = &[
    "constructs",
    "petstore_expanded",
    "api_with_examples",
    "link_example",
];
const RUNTIME: &[&str] = &[
    "batches",
    "client",
    "error",
    "objects",
    "pages",
    "redact",
    "tls",
    "transport",
    "values",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let src = Path::new(&manifest).join("../../src");
    for file in RUNTIME {
        println!(
            "cargo::rerun-if-changed={}",
            src.join(format!("{file}.rs")).display()
        );
    }
    for name in SAMPLES {
        let spec = format!(
            "../../codegen/tests/fixtures/{}.yaml",
            name.replace('_', "-")
        );
        println!("cargo::rerun-if-changed={spec}");
        let text = std::fs::read_to_string(&spec).unwrap_or_else(|e| panic!("{spec}: {e}"));
        let config = personaclick_codegen::Config {
            runtime: format!("crate::{name}"),
            mock_feature: None,
            source_name: spec.clone(),
        };
        let code = personaclick_codegen::generate(&text, &config)
            .unwrap_or_else(|d| panic!("{spec}:\n{d}"));
        let mut module = format!(
            "/// Runtime and generated client for `{spec}`.\n#[allow(dead_code, unused_imports)]\npub mod {name} {{\n"
        );
        for file in RUNTIME {
            let path = src
                .join(format!("{file}.rs"))
                .canonicalize()
                .expect("runtime file exists");
            writeln!(
                module,
                "#[path = {:?}]\nmod {file};",
                path.display().to_string()
            )
            .expect("write to a string");
        }
        module.push_str(
            "pub use client::{Client, ClientBuilder, RetryPolicy};\n\
             pub use error::{ApiError, DecodeError, Error, TimeoutScope};\n\
             pub use objects::Decoded;\n\
             pub use transport::Response;\n\
             pub use values::{Extra, Id, Number, NumberForm, Pii};\n\
             /// Used by the generated code.\n\
             pub mod __private {\n\
                 pub use super::objects::{Key, Object, ObjectReader, ObjectWriter, Scalar, present, read_object, reencode, string_enum};\n\
                 pub use super::batches::{Pacer, split_batches};\n\
                 pub use super::pages::{PageSpec, paginate};\n\
                 pub use super::transport::{BodyEncoding, CallOptions, CredentialPlace, OperationMeta, PathParam, Request, SchemeMeta};\n\
             }\n",
        );
        module.push_str(&code);
        module.push_str("}\n");
        std::fs::write(Path::new(&out).join(format!("{name}.rs")), module)
            .expect("write generated code");
    }
}
