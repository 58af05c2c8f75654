//! The drift check lists unknown fields by path and type, and nothing else.

use personaclick::drift::{UnknownField, check};

#[test]
fn unknown_fields_are_listed_with_their_path_and_type() {
    let body = br#"{"products": [{"name": "a", "zz_new": 1}, {"name": "b"}], "zz_top": {"x": [1]}, "products_total": 2}"#;
    let drift = check("products_list", 200, body).expect("decodes");
    assert_eq!(
        drift.unknown,
        [
            UnknownField {
                path: "products[0].zz_new".into(),
                kind: "number"
            },
            UnknownField {
                path: "zz_top".into(),
                kind: "object"
            },
        ]
    );
    assert!(drift.typed.contains("ProductListResponse"));
}

#[test]
fn a_known_payload_has_no_drift_and_nulls_are_not_drift() {
    let body = br#"{"products": [{"name": "a", "price": null, "sales_rate": null}]}"#;
    assert!(
        check("products_list", 200, body)
            .expect("decodes")
            .unknown
            .is_empty()
    );
}

#[test]
fn free_form_values_and_maps_are_not_drift() {
    let body = br#"{"custom_properties": {"anything": {"deep": true}}, "gender": "m"}"#;
    assert!(
        check("profile_get", 200, body)
            .expect("decodes")
            .unknown
            .is_empty()
    );
}

#[test]
fn a_body_that_does_not_decode_names_the_field() {
    let err =
        check("products_list", 200, br#"{"products": [{"price": [1]}]}"#).expect_err("no decode");
    assert!(err.to_string().contains("products[0].price"), "{err}");
    assert!(check("no_such_operation", 200, b"{}").is_err());
}

#[test]
fn the_command_exits_non_zero_on_drift() {
    let dir = std::env::temp_dir().join(format!("drift-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("p.json");
    std::fs::write(&file, br#"{"name": "K", "zz_new": true}"#).expect("write");
    // `cargo test` builds the examples next to the test binaries: target/<profile>/examples.
    let test_binary = std::env::current_exe().expect("test binary path");
    let profile_dir = test_binary
        .parent()
        .and_then(std::path::Path::parent)
        .expect("target/<profile>");
    let binary = profile_dir
        .join("examples")
        .join(format!("drift{}", std::env::consts::EXE_SUFFIX));
    assert!(binary.exists(), "{} was not built", binary.display());
    let out = std::process::Command::new(binary)
        .arg("products_get")
        .arg(&file)
        .output()
        .expect("run drift");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("zz_new (boolean)"));
}

#[test]
fn every_whole_response_of_the_corpus_is_named_by_the_spec() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/real-responses");
    let index = std::fs::read_to_string(format!("{dir}/index.tsv")).expect("read index.tsv");
    let mut drifted = Vec::new();
    let mut checked = 0;
    for line in index.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, operation, status, kind) = (cols[0], cols[1], cols[2], cols[3]);
        if kind != "whole" || operation == "*" {
            continue;
        }
        let body = std::fs::read(format!("{dir}/{file}")).expect("read fixture");
        let drift = check(operation, status.parse().expect("status"), &body)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        checked += 1;
        for field in drift.unknown {
            drifted.push(format!(
                "{file} ({operation}): {} ({})",
                field.path, field.kind
            ));
        }
    }
    println!("{checked} real responses checked for drift");
    assert!(
        drifted.is_empty(),
        "fields the spec does not name:\n{}",
        drifted.join("\n")
    );
    assert!(checked >= 75);
}
