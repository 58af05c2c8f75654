//! `crate` mode: a whole crate for a document, with `examples/calls.rs`. `.ci/run` builds
//! the crates of the fixture specs with warnings denied; this test checks what is written.

use personaclick_codegen::check;
use personaclick_codegen::krate::{CrateSettings, RuntimeSource, write_crate};

#[test]
fn a_crate_is_written_with_its_client_and_calls_example() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/basic-auth.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let model = check(&text).unwrap_or_else(|d| panic!("{d}"));
    let dir = std::env::temp_dir().join(format!("crate-mode-{}", std::process::id()));
    let settings = CrateSettings {
        name: "basic-auth-client".into(),
        runtime: RuntimeSource::Path("/somewhere/runtime".into()),
        source_name: "basic-auth.yaml".into(),
    };
    write_crate(&model, &text, &dir, &settings).unwrap_or_else(|d| panic!("{d}"));
    let read = |path: &str| std::fs::read_to_string(dir.join(path)).expect(path);
    let manifest = read("Cargo.toml");
    assert!(
        manifest.contains("name = \"basic-auth-client\""),
        "{manifest}"
    );
    assert!(
        manifest.contains("personaclick-runtime = { path = \"/somewhere/runtime\" }"),
        "{manifest}"
    );
    let lib = read("src/lib.rs");
    assert!(
        lib.contains("pub mod operations"),
        "the client is the crate's root"
    );
    let calls = read("examples/calls.rs");
    assert!(calls.contains("OPERATION_IDS"));
    // Operations by their operationId, each called through its method.
    assert!(calls.contains("\"getAccount\" =>"), "{calls}");
    assert!(calls.contains(".accounts().get_account()"), "{calls}");
    // Placeholder credentials for the basic scheme (not needed by every call: a setter).
    assert!(calls.contains(".account_auth(\"placeholder-user\", \"placeholder-password\")"));
    assert!(calls.contains("passed, {failed} failed"));
    std::fs::remove_dir_all(&dir).ok();

    // A name that is not a crate name is refused, not written.
    let bad = CrateSettings {
        name: "2 bad".into(),
        ..settings
    };
    let err = write_crate(&model, &text, &dir, &bad).expect_err("a bad name");
    assert!(err.to_string().contains("cannot be a crate name"), "{err}");
    assert!(!dir.exists());
}
