//! The loading step: versions checked first, integers of any size, OpenAPI 3.1 read in
//! the 3.0 shape, and every diagnostic located in YAML and JSON text alike.

use personaclick_codegen::load::{Document, SpecVersion, load};
use personaclick_codegen::{Diagnostic, Severity, check};
use serde_json::json;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/load/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("read fixture")
}

fn loaded(text: &str) -> Document {
    load(text).unwrap_or_else(|d| panic!("{d}"))
}

fn refused(text: &str) -> Diagnostic {
    let all = load(text).expect_err("refused").0;
    assert_eq!(all.len(), 1, "{all:#?}");
    all.into_iter().next().expect("one")
}

/// (pointer, line:column, words of the message) of each warning.
fn warnings(doc: &Document) -> Vec<(&str, (usize, usize))> {
    doc.warnings
        .iter()
        .map(|w| {
            assert_eq!(w.severity, Severity::Warning, "{w}");
            (
                w.pointer.as_deref().expect("pointer"),
                w.position.expect("position"),
            )
        })
        .collect()
}

const PARAM: &str = "/paths/~1counters~1{id}/get/parameters/0/schema";
const COUNTER: &str = "/components/schemas/Counter";

fn big_integer_warnings(doc: &Document, rows: [(usize, usize); 7]) {
    let expected = [
        format!("{PARAM}/minimum"),
        format!("{COUNTER}/properties/total/example"),
        format!("{COUNTER}/properties/label/maxLength"),
        format!("{COUNTER}/example/total"),
        format!("{PARAM}/minimum"),
        format!("{PARAM}/maximum"),
        format!("{COUNTER}/properties/label/maxLength"),
    ];
    let got = warnings(doc);
    let want: Vec<(&str, (usize, usize))> = expected.iter().map(String::as_str).zip(rows).collect();
    assert_eq!(got, want, "{:#?}", doc.warnings);
    assert!(
        doc.warnings[1]
            .message
            .contains("123456789012345678901234567890")
    );
    assert!(doc.warnings[1].message.contains("loses digits"));
    assert!(doc.warnings[5].message.contains("the bound is dropped"));
    // The integer schema stays an integer, without the bounds no i64 can reach.
    let schema = doc.raw_at(PARAM).expect("schema");
    assert_eq!(schema, &json!({"type": "integer"}));
    // Examples keep a number, the nearest float.
    let example = doc.raw_at(&format!("{COUNTER}/properties/total/example"));
    assert_eq!(
        example.and_then(|v| v.as_f64()),
        Some(1.234_567_890_123_456_8e29)
    );
    // A float schema takes the wide bound as it is (2^64 is exact), without a word.
    let wide = doc.raw_at(&format!("{COUNTER}/properties/wide/maximum"));
    assert_eq!(
        wide.and_then(|v| v.as_f64()),
        Some(18_446_744_073_709_551_616.0)
    );
}

#[test]
fn integers_of_any_size_load_from_yaml() {
    let doc = loaded(&fixture("big-integers.yaml"));
    big_integer_warnings(
        &doc,
        [
            (15, 13),
            (32, 11),
            (38, 11),
            (40, 9),
            (15, 13),
            (16, 13),
            (38, 11),
        ],
    );
}

#[test]
fn integers_of_any_size_load_from_json() {
    let doc = loaded(&fixture("big-integers.json"));
    big_integer_warnings(
        &doc,
        [
            (18, 15),
            (46, 13),
            (54, 13),
            (58, 11),
            (18, 15),
            (19, 15),
            (54, 13),
        ],
    );
}

#[test]
fn integers_that_floats_hold_exactly_say_nothing() {
    let doc = loaded(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-sizes: [18446744073709551616, 1.5e300, -170141183460469231731687303715884105728]\n",
    );
    assert!(doc.warnings.is_empty(), "{:#?}", doc.warnings);
    assert_eq!(
        doc.raw_at("/x-sizes/1").and_then(|v| v.as_f64()),
        Some(1.5e300)
    );
}

#[test]
fn a_wide_integer_key_keeps_its_digits() {
    let doc = loaded(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-ids:\n  123456789012345678901234567890: a\n",
    );
    assert_eq!(
        doc.raw_at("/x-ids/123456789012345678901234567890"),
        Some(&json!("a"))
    );
}

#[test]
fn the_version_is_checked_before_the_text_is_parsed() {
    // Broken YAML after a wrong version: the version is the one error.
    let d = refused("openapi: 3.2.0\ninfo: [unclosed\n");
    assert_eq!(d.pointer.as_deref(), Some("/openapi"));
    assert_eq!(d.position, Some((1, 1)));
    assert!(d.message.contains("only 3.0.x and 3.1.x"), "{d}");
    let d = refused("# a comment\nswagger: \"2.0\"\ninfo: {title: t\n");
    assert_eq!(d.pointer.as_deref(), Some("/swagger"));
    assert_eq!(d.position, Some((2, 1)));
    assert!(d.message.contains("Swagger 2.0"), "{d}");
}

#[test]
fn versions_in_json_are_located() {
    let d = refused(r#"{"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{}}"#);
    assert_eq!(d.pointer.as_deref(), Some("/swagger"));
    assert_eq!(d.position, Some((1, 2)));
    let d = refused(
        "{\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"openapi\": \"4.0.0\"\n}\n",
    );
    assert_eq!(d.pointer.as_deref(), Some("/openapi"));
    assert_eq!(d.position, Some((3, 3)));
    assert!(d.message.contains("4.0.0"), "{d}");
}

#[test]
fn odd_versions_are_refused_after_the_parse() {
    // A float, not a version string: only the parsed tree can tell.
    let d = refused("openapi: 3.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert_eq!(d.pointer.as_deref(), Some("/openapi"));
    assert_eq!(d.position, Some((1, 1)));
    assert!(d.message.contains("found 3.0"), "{d}");
    let d = refused("info: {title: t, version: '1'}\npaths: {}\n");
    assert_eq!(d.pointer.as_deref(), Some(""));
    assert_eq!(d.position, Some((1, 1)));
    assert!(d.message.contains("missing `openapi"), "{d}");
    // YAML flow style: the version is read from the tree.
    let doc = loaded("{openapi: 3.1.0, info: {title: t, version: '1'}}");
    assert_eq!(doc.version, SpecVersion::V3_1);
}

#[test]
fn minified_json_diagnostics_have_line_and_column() {
    let text = r#"{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"ok"}}}}}}"#;
    // No operationId: a warning (the operation is named after its method and path).
    let model = check(text).expect("a model");
    let d = &model.warnings[0];
    assert_eq!(d.pointer.as_deref(), Some("/paths/~1a/get"));
    let column = text.find(r#""get""#).expect("get") + 1;
    assert_eq!(d.position, Some((1, column)), "{d}");
}

#[test]
fn json_diagnostics_point_into_arrays_and_past_escapes() {
    let text = "{\n \"openapi\": \"3.0.3\",\n \"info\": {\"title\": \"t\\u00e9\", \"version\": \"1\"},\n \"paths\": {\n  \"/a\": {\"get\": {\"operationId\": \"a\",\n   \"parameters\": [{\"name\": \"q\", \"in\": \"query\", \"schema\": {\"type\": \"string\"}},\n                  {\"name\": \"c\", \"in\": \"cookie\", \"schema\": {\"type\": \"string\"}}],\n   \"responses\": {\"200\": {\"description\": \"é\"}}}}}}\n";
    // The cookie parameter skips its operation; the error keeps its place.
    let errors = check(text).expect("a model").skipped;
    let d = errors
        .iter()
        .find(|d| d.pointer.as_deref() == Some("/paths/~1a/get/parameters/1"))
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert_eq!(d.position, Some((7, 19)), "{d}");
}

#[test]
fn openapi_3_1_loads_in_the_3_0_shape_from_yaml() {
    let doc = loaded(&fixture("openapi-3.1.yaml"));
    assert_3_1_shape(&doc, [(16, 9), (60, 11), (79, 11), (81, 11), (82, 5)]);
}

#[test]
fn openapi_3_1_loads_in_the_3_0_shape_from_json() {
    let doc = loaded(&fixture("openapi-3.1.json"));
    assert_3_1_shape(&doc, [(21, 11), (97, 13), (134, 13), (139, 13), (146, 7)]);
}

fn assert_3_1_shape(doc: &Document, rows: [(usize, usize); 5]) {
    assert_eq!(doc.version, SpecVersion::V3_1);
    assert_eq!(doc.api.openapi, "3.1.0");
    let book = "/components/schemas/Book/properties";
    let expected = [
        "/paths/~1books~1{id}/get/parameters/0".to_string(),
        format!("{book}/title/examples"),
        format!("{book}/note/type"),
        format!("{book}/code/type"),
        "/components/schemas/Author".to_string(),
    ];
    let want: Vec<(&str, (usize, usize))> = expected.iter().map(String::as_str).zip(rows).collect();
    assert_eq!(warnings(doc), want, "{:#?}", doc.warnings);
    let at = |pointer: &str| doc.raw_at(pointer).cloned().expect(pointer);
    assert_eq!(
        at("/paths/~1books~1{id}/get/parameters/0"),
        json!({"$ref": "#/components/parameters/BookId"})
    );
    assert_eq!(
        at("/components/parameters/BookId/schema"),
        json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})
    );
    assert_eq!(
        at(&format!("{book}/title")),
        json!({"type": "string", "example": "Dune"})
    );
    assert_eq!(
        at(&format!("{book}/subtitle")),
        json!({"type": "string", "nullable": true})
    );
    assert_eq!(at(&format!("{book}/kind")), json!({"enum": ["book"]}));
    assert_eq!(
        at(&format!("{book}/rating")),
        json!({"type": "number", "minimum": 0, "maximum": 5, "exclusiveMaximum": true})
    );
    assert_eq!(
        at(&format!("{book}/author")),
        json!({"description": "Who wrote it.", "allOf": [{"$ref": "#/components/schemas/Author"}]})
    );
    assert_eq!(
        at(&format!("{book}/editor")),
        json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/Author"}]})
    );
    // A property named like a keyword is a property.
    assert_eq!(at(&format!("{book}/const")), json!({"type": "string"}));
    assert_eq!(at(&format!("{book}/note")), json!({"nullable": true}));
    assert_eq!(at(&format!("{book}/code")), json!({}));
    assert_eq!(
        at("/components/schemas/Author"),
        json!({"$ref": "#/components/schemas/Person"})
    );
    // What 3.0 has no place for is ignored.
    assert!(doc.api.extensions.is_empty());
    assert_eq!(
        doc.api.info.license.as_ref().map(|l| l.name.as_str()),
        Some("MIT")
    );
}

#[test]
fn openapi_3_1_models_and_keeps_its_warnings() {
    let model = check(&fixture("openapi-3.1.yaml")).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(model.operations.len(), 1);
    let loading: Vec<&str> = model
        .warnings
        .iter()
        .take(5)
        .filter_map(|w| w.pointer.as_deref())
        .collect();
    assert_eq!(loading[0], "/paths/~1books~1{id}/get/parameters/0");
    assert_eq!(loading.len(), 5);
}

#[test]
fn openapi_3_1_may_leave_out_paths() {
    let doc = loaded("openapi: 3.1.1\ninfo: {title: t, version: '1'}\nwebhooks: {}\n");
    assert!(doc.api.paths.paths.is_empty());
    assert!(doc.warnings.is_empty());
    // 3.0 still needs them.
    let d = refused("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n");
    assert!(d.message.contains("paths"), "{d}");
}

#[test]
fn openapi_3_0_is_not_reshaped() {
    let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: [string, 'null']\n";
    let d = refused(text);
    assert_eq!(d.pointer.as_deref(), Some("/components/schemas/A"));
    assert_eq!(d.position, Some((6, 5)));
}
