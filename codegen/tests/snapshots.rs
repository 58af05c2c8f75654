//! The generated code (and `sample_call` helper) of a few small fixture specs, checked in
//! under `tests/snapshots/`, so that a generator change shows up as a readable diff.
//!
//! After an intended change, refresh them and review the diff:
//! `UPDATE_SNAPSHOTS=1 cargo test -p personaclick-codegen --test snapshots`.

use std::path::{Path, PathBuf};

use personaclick_codegen::{Config, check, generate_from_model, generate_samples};

const REFRESH: &str = "UPDATE_SNAPSHOTS=1 cargo test -p personaclick-codegen --test snapshots";

/// Fixtures under `tests/fixtures/` (without `.yaml`) whose output is checked in.
const FIXTURES: &[&str] = &[
    "alias-unions",
    "api-with-examples",
    "basic-auth",
    "loose-unions",
    "media-types",
    "paged-listing",
    "prelude-names",
    "petstore-expanded",
    "object-query-params",
    "skipped-operations",
    "string-union-params",
    "tracked-events",
];

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

/// The generated code and the sample helper of a fixture, as (snapshot file, text).
fn fresh(name: &str) -> [(String, String); 2] {
    let text = std::fs::read_to_string(dir("fixtures").join(format!("{name}.yaml")))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let model = check(&text).unwrap_or_else(|d| panic!("{name}: {d}"));
    let config = Config {
        source_name: format!("tests/fixtures/{name}.yaml"),
        ..Config::default()
    };
    let code = generate_from_model(&model, &config).unwrap_or_else(|d| panic!("{name}: {d}"));
    let samples = generate_samples(&model, &config).unwrap_or_else(|d| panic!("{name}: {d}"));
    [
        (format!("{name}.rs"), code),
        (format!("{name}.samples.rs"), samples),
    ]
}

/// Where two texts first differ, for the failure message.
fn first_difference(old: &str, new: &str) -> String {
    let (mut old_lines, mut new_lines) = (old.lines(), new.lines());
    for number in 1.. {
        match (old_lines.next(), new_lines.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (None, None) => break,
            (a, b) => {
                return format!(
                    "line {number}:\n    checked in: {}\n    generated:  {}",
                    a.unwrap_or("(end of file)"),
                    b.unwrap_or("(end of file)")
                );
            }
        }
    }
    "only in line endings".to_string()
}

#[test]
fn generated_code_matches_snapshots() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for name in FIXTURES {
        for (file, text) in fresh(name) {
            let path = dir("snapshots").join(&file);
            let old = std::fs::read_to_string(&path).ok();
            if old.as_deref() == Some(text.as_str()) {
                continue;
            }
            if update {
                std::fs::create_dir_all(dir("snapshots")).expect("create tests/snapshots");
                std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{file}: {e}"));
            } else {
                let why = match &old {
                    Some(old) => first_difference(old, &text),
                    None => "not checked in".to_string(),
                };
                stale.push(format!("  {file}: {why}"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated code differs from codegen/tests/snapshots/:\n{}\n\
         if the change is intended, refresh the snapshots and review the diff:\n  {REFRESH}",
        stale.join("\n")
    );
}
