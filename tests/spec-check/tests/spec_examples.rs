//! The spec read by a standard JSON Schema validator (the `jsonschema` crate, draft 4, which
//! OpenAPI 3.0's schema dialect extends; `nullable: true` mapped to "or null", formats
//! checked as Prism checks them), not by our own decoders:
//! - every example the spec writes validates against the schema it illustrates (a mock
//!   such as Prism refuses to serve one that does not);
//! - every whole payload of the real-response corpus validates against its operation's
//!   response schema.

use std::path::Path;

use serde_json::{Map, Value, json};

/// The repository's root.
fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn spec() -> Value {
    let text =
        std::fs::read_to_string(root().join("spec/personaclick.yaml")).expect("read the spec");
    personaclick_codegen::load::load(&text)
        .unwrap_or_else(|d| panic!("{d}"))
        .raw
}

/// The document with each schema in JSON Schema's terms: `nullable: true` becomes
/// `anyOf: [schema, {type: null}]`. Examples are data and stay as they are.
fn to_json_schema(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, v) in map {
                if key == "nullable" {
                    continue;
                }
                let v = if key == "example" || key == "examples" && !v.is_array() {
                    v.clone()
                } else {
                    to_json_schema(v)
                };
                out.insert(key.clone(), v);
            }
            let out = Value::Object(out);
            if map.get("nullable") == Some(&Value::Bool(true)) {
                json!({"anyOf": [out, {"type": "null"}]})
            } else {
                out
            }
        }
        Value::Array(items) => Value::Array(items.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The problems of `instance` against the schema at `pointer` of `doc` (its `$ref`s resolve
/// within `doc`).
fn problems(doc: &Value, pointer: &str, instance: &Value) -> Vec<String> {
    let mut root = doc.clone();
    // A JSON pointer in a URI fragment: characters a URI cannot hold are percent-encoded.
    let fragment: String = pointer
        .chars()
        .map(|c| match c {
            '{' | '}' | ' ' | '%' | '"' | '<' | '>' | '\\' | '^' | '`' | '|' => {
                format!("%{:02X}", c as u32)
            }
            c => c.to_string(),
        })
        .collect();
    root["$ref"] = Value::String(format!("#{fragment}"));
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|e| panic!("the schema at {pointer}: {e}"));
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Resolves a `$ref` to `components/examples`.
fn example_value<'a>(doc: &'a Value, example: &'a Value) -> &'a Value {
    match example.get("$ref").and_then(Value::as_str) {
        Some(reference) => doc
            .pointer(reference.trim_start_matches('#'))
            .and_then(|e| e.get("value"))
            .unwrap_or_else(|| panic!("example {reference} does not resolve")),
        None => example.get("value").unwrap_or(example),
    }
}

/// (where, schema pointer, example) for every example beside a schema: media types'
/// `example` and `examples`, parameters' and schemas' `example`.
fn examples(doc: &Value) -> Vec<(String, String, Value)> {
    fn walk(doc: &Value, node: &Value, at: &str, out: &mut Vec<(String, String, Value)>) {
        let Value::Object(map) = node else {
            if let Value::Array(items) = node {
                for (i, item) in items.iter().enumerate() {
                    walk(doc, item, &format!("{at}/{i}"), out);
                }
            }
            return;
        };
        if map.contains_key("schema") {
            let schema = format!("{at}/schema");
            if let Some(example) = map.get("example") {
                out.push((format!("{at}/example"), schema.clone(), example.clone()));
            }
            if let Some(Value::Object(named)) = map.get("examples") {
                for (name, example) in named {
                    out.push((
                        format!("{at}/examples/{}", escape(name)),
                        schema.clone(),
                        example_value(doc, example).clone(),
                    ));
                }
            }
        } else if let Some(example) = map.get("example") {
            // A schema's own example.
            if map.contains_key("type")
                || map.contains_key("properties")
                || map.contains_key("$ref")
            {
                out.push((format!("{at}/example"), at.to_string(), example.clone()));
            }
        }
        for (key, value) in map {
            if key != "example" && key != "examples" {
                walk(doc, value, &format!("{at}/{}", escape(key)), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(doc, doc, "", &mut out);
    out
}

#[test]
fn every_example_in_the_spec_validates_against_its_schema() {
    let raw = spec();
    let doc = to_json_schema(&raw);
    let examples = examples(&raw);
    assert!(
        examples.len() >= 100,
        "only {} examples found",
        examples.len()
    );
    let mut failures = Vec::new();
    for (at, schema, example) in &examples {
        let found = problems(&doc, schema, example);
        if !found.is_empty() {
            failures.push(format!("{at}:\n    {}", found.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples break their schema:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
}

#[test]
fn the_validator_sees_a_broken_example() {
    let doc = to_json_schema(&json!({
        "components": {"schemas": {"Thing": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "integer"}, "note": {"type": "string", "nullable": true}}
        }}}
    }));
    let at = "/components/schemas/Thing";
    assert!(problems(&doc, at, &json!({"id": 1, "note": null})).is_empty());
    assert_eq!(problems(&doc, at, &json!({"id": "one"})).len(), 1);
    assert_eq!(problems(&doc, at, &json!({"note": "x"})).len(), 1);
}

#[test]
fn every_whole_real_payload_validates_against_its_response_schema() {
    let raw = spec();
    let doc = to_json_schema(&raw);
    let dir = root().join("tests/fixtures/real-responses");
    let index = std::fs::read_to_string(dir.join("index.tsv")).expect("index.tsv");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in index.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [file, operation, status, kind, ..] = cols[..] else {
            continue;
        };
        // `placeholders`: a documented answer with placeholder text (`"..."`) where values
        // go, which only our lenient decoders are asked to read. `*`: an error body any
        // operation may give.
        if kind != "whole" || operation == "*" {
            continue;
        }
        let mut payload: Value =
            serde_json::from_slice(&std::fs::read(dir.join(file)).expect(file))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
        if let Some(wrapper) = cols.get(5).filter(|w| !w.is_empty()) {
            payload = payload
                .pointer(wrapper)
                .cloned()
                .unwrap_or_else(|| panic!("{file}: no {wrapper}"));
        }
        let pointer = response_schema(&raw, operation, status)
            .unwrap_or_else(|| panic!("{file}: no {status} JSON schema for `{operation}`"));
        let found = problems(&doc, &pointer, &payload);
        if !found.is_empty() {
            failures.push(format!(
                "{file} ({operation}):\n    {}",
                found.join("\n    ")
            ));
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} payloads checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} payloads break their schema:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The pointer of the JSON schema of `operation`'s answer with `status`.
fn response_schema(doc: &Value, operation: &str, status: &str) -> Option<String> {
    for (path, item) in doc["paths"].as_object()? {
        for (method, op) in item.as_object()? {
            if op.get("operationId").and_then(Value::as_str) != Some(operation) {
                continue;
            }
            let responses = format!("/paths/{}/{method}/responses", escape(path));
            let mut at = format!("{responses}/{status}");
            if doc.pointer(&at).is_none() {
                at = format!("{responses}/default");
            }
            let mut response = doc.pointer(&at)?;
            if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
                at = reference.trim_start_matches('#').to_string();
                response = doc.pointer(&at)?;
            }
            let (media, _) = response["content"]
                .as_object()?
                .iter()
                .find(|(m, _)| m.contains("json"))?;
            return Some(format!("{at}/content/{}/schema", escape(media)));
        }
    }
    None
}
