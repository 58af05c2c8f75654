//! Every operation's generated sample call against Prism serving `spec/personaclick.yaml`
//! on loopback: a validator that does not share our generator's reading of the spec checks
//! each request (parameters, body, formats, enums, security) and answers from the spec's
//! examples, which must decode. See `tests/support/prism.rs` for where Prism comes from.

use std::path::Path;

use personaclick::Client;

include!("../generated/sample_calls.rs");

#[path = "support/prism.rs"]
mod prism;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_sample_call_satisfies_prism() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(binary) = prism::binary(root) else {
        return;
    };
    let server = prism::Prism::start(&binary, &root.join("spec/personaclick.yaml"));
    let client = Client::builder("shop-1")
        .shop_secret("secret-1")
        .base_url(&server.base_url)
        .build()
        .expect("client");
    let mut failures = Vec::new();
    for op in personaclick::operations::OPERATION_IDS {
        let mark = server.mark();
        let outcome = sample_call(&client, op)
            .await
            .unwrap_or_else(|| panic!("no sample call for {op}"));
        if let Err(error) = outcome {
            let violations = server.log_since(mark);
            failures.push(format!("{op}: {error}\n    {}", violations.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} operations failed against Prism:\n{}",
        failures.len(),
        personaclick::operations::OPERATION_IDS.len(),
        failures.join("\n")
    );
}
