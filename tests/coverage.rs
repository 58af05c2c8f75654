//! Coverage of the documented API by `spec/personaclick.yaml`.
//!
//! `tests/coverage/checklist.tsv` lists every documented endpoint and every documented
//! response field path, derived from `shared/reference/inventory.md` by
//! `tests/coverage/derive.py` (re-run it when the inventory changes; this test does not run
//! Python). The test checks that the spec has every endpoint and that every field path
//! resolves in that endpoint's success response schema, prints the counts and lists every
//! missing item.
//!
//! Set `COVERAGE_CHECKLIST=/some/file.tsv` to check another checklist (used to make sure
//! the test fails on an item the spec does not have).
//!
//! Field path notation (the inventory's):
//! - `a.b` property `b` of property `a`;
//! - `a[]` / `a[].b` the items of array `a` (and their property `b`); a leading `[]` is a
//!   top-level array;
//! - `a.*.b` property `b` of every value of map `a` (`additionalProperties`);
//! - `(body)` the response body itself.
//!
//! Resolution follows `$ref` (schemas and responses), `allOf` (any part), `oneOf`/`anyOf`
//! (any variant), `items`, `properties` and `additionalProperties`: below a map any key is
//! accepted, so the rest of a path counts as present. A property that the spec documents only
//! under another name with `x-aliases` is reported as missing (with the hint), not accepted.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::Value;

const EXPECTED_ENDPOINTS: usize = 116;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// A named property.
    Prop(String),
    /// The items of an array (`[]`).
    Items,
    /// The values of a map (`*`).
    Values,
}

fn parse_path(path: &str) -> Result<Vec<Step>, String> {
    if path == "(body)" {
        return Ok(Vec::new());
    }
    let mut steps = Vec::new();
    for token in path.split('.') {
        let mut name = token;
        let mut arrays = 0;
        while let Some(rest) = name.strip_suffix("[]") {
            name = rest;
            arrays += 1;
        }
        match name {
            "" if arrays > 0 => {}
            "" => return Err(format!("empty segment in {path:?}")),
            "*" => steps.push(Step::Values),
            _ if name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
            {
                steps.push(Step::Prop(name.to_owned()))
            }
            _ => return Err(format!("unreadable segment {token:?} in {path:?}")),
        }
        steps.extend(std::iter::repeat_n(Step::Items, arrays));
    }
    Ok(steps)
}

/// Resolves a local JSON pointer (`#/components/...`).
fn pointer<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let rest = reference.strip_prefix('#')?;
    let rest = rest.replace("~1", "/").replace("~0", "~");
    root.pointer(&rest)
}

struct Resolver<'a> {
    root: &'a Value,
    /// When set, a property also matches a sibling property whose `x-aliases` names it
    /// (diagnostic only; never used for the verdict).
    via_aliases: bool,
    /// When false, a map does not accept an undeclared key or `[]` (diagnostic only: tells
    /// which fields are present only because they sit below a map).
    maps_accept_any: bool,
    /// Alias matches seen during a diagnostic resolution: (documented name, spec name).
    alias_hits: Vec<(String, String)>,
}

impl<'a> Resolver<'a> {
    fn new(root: &'a Value, via_aliases: bool) -> Self {
        Resolver {
            root,
            via_aliases,
            maps_accept_any: true,
            alias_hits: Vec::new(),
        }
    }

    /// Whether `steps` resolves inside `schema`. `seen` guards against `$ref` cycles.
    fn has(&mut self, schema: &'a Value, steps: &[Step], seen: &mut Vec<(&'a str, usize)>) -> bool {
        let Some(obj) = schema.as_object() else {
            // `true` (or `{}` written as a boolean) accepts anything.
            return schema.as_bool() == Some(true);
        };
        if let Some(reference) = obj.get("$ref").and_then(Value::as_str) {
            let key = (reference, steps.len());
            if seen.contains(&key) {
                return false;
            }
            let Some(target) = pointer(self.root, reference) else {
                return false;
            };
            seen.push(key);
            let found = self.has(target, steps, seen);
            seen.pop();
            return found;
        }
        for combinator in ["allOf", "oneOf", "anyOf"] {
            if let Some(parts) = obj.get(combinator).and_then(Value::as_array) {
                for part in parts {
                    if self.has(part, steps, seen) {
                        return true;
                    }
                }
            }
        }
        let Some((step, rest)) = steps.split_first() else {
            return true;
        };
        let additional = obj
            .get("additionalProperties")
            .filter(|v| **v != Value::Bool(false));
        match step {
            Step::Prop(name) => {
                let properties = obj.get("properties").and_then(Value::as_object);
                if let Some(child) = properties.and_then(|p| p.get(name.as_str()))
                    && self.has(child, rest, seen)
                {
                    return true;
                }
                if self.via_aliases
                    && let Some(properties) = properties
                {
                    for (spec_name, child) in properties {
                        if aliases_of(self.root, child).iter().any(|a| a == name)
                            && self.has(child, rest, seen)
                        {
                            self.alias_hits.push((name.clone(), spec_name.clone()));
                            return true;
                        }
                    }
                }
                // A map accepts any key: everything below it counts as present.
                self.maps_accept_any && additional.is_some()
            }
            Step::Items => match obj.get("items") {
                Some(items) => self.has(items, rest, seen),
                None => self.maps_accept_any && additional.is_some(),
            },
            Step::Values => match additional {
                Some(Value::Bool(true)) => true,
                Some(value_schema) => self.has(value_schema, rest, seen),
                None => false,
            },
        }
    }
}

/// The `x-aliases` of a property schema (looking through one `$ref` / `allOf` wrapper).
fn aliases_of(root: &Value, schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut collect = |s: &Value| {
        if let Some(list) = s.get("x-aliases").and_then(Value::as_array) {
            out.extend(list.iter().filter_map(Value::as_str).map(str::to_owned));
        }
    };
    collect(schema);
    if let Some(target) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| pointer(root, r))
    {
        collect(target);
    }
    out
}

/// The schemas of the success response(s): every `2xx`/`2XX` response, else `default`.
/// `Err` explains why there is none.
fn success_schemas<'a>(root: &'a Value, operation: &'a Value) -> Result<Vec<&'a Value>, String> {
    let responses = operation
        .get("responses")
        .and_then(Value::as_object)
        .ok_or("operation has no responses")?;
    let mut chosen: Vec<(&String, &Value)> = responses
        .iter()
        .filter(|(code, _)| code.starts_with('2'))
        .collect();
    if chosen.is_empty() {
        chosen = responses
            .iter()
            .filter(|(code, _)| *code == "default")
            .collect();
    }
    if chosen.is_empty() {
        return Err("no 2xx or default response".into());
    }
    let mut schemas = Vec::new();
    let mut codes = Vec::new();
    for (code, mut response) in chosen {
        codes.push(code.as_str());
        let mut hops = 0;
        while let Some(reference) = response.get("$ref").and_then(Value::as_str) {
            response =
                pointer(root, reference).ok_or_else(|| format!("dangling $ref {reference}"))?;
            hops += 1;
            if hops > 16 {
                return Err(format!("$ref loop at {reference}"));
            }
        }
        let Some(content) = response.get("content").and_then(Value::as_object) else {
            continue;
        };
        // JSON first; other media types only if there is no JSON one.
        let json: Vec<&Value> = content
            .iter()
            .filter(|(media, _)| media.contains("json"))
            .filter_map(|(_, m)| m.get("schema"))
            .collect();
        if json.is_empty() {
            schemas.extend(content.values().filter_map(|m| m.get("schema")));
        } else {
            schemas.extend(json);
        }
    }
    if schemas.is_empty() {
        return Err(format!(
            "success response {} has no body schema",
            codes.join("/")
        ));
    }
    Ok(schemas)
}

struct Row {
    line: usize,
    kind: String,
    method: String,
    path: String,
    field: Option<String>,
}

fn read_checklist(file: &PathBuf) -> Vec<Row> {
    let text = std::fs::read_to_string(file)
        .unwrap_or_else(|e| panic!("cannot read checklist {}: {e}", file.display()));
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            assert_eq!(
                cols,
                ["kind", "method", "path", "field"],
                "{}:{line_no}: bad header",
                file.display()
            );
            header_seen = true;
            continue;
        }
        let row = match cols.as_slice() {
            ["endpoint", method, path] => Row {
                line: line_no,
                kind: "endpoint".into(),
                method: method.to_string(),
                path: path.to_string(),
                field: None,
            },
            ["field", method, path, field] => Row {
                line: line_no,
                kind: "field".into(),
                method: method.to_string(),
                path: path.to_string(),
                field: Some(field.to_string()),
            },
            _ => panic!("{}:{line_no}: unreadable row {line:?}", file.display()),
        };
        rows.push(row);
    }
    assert!(header_seen, "{}: no header line", file.display());
    rows
}

#[test]
fn spec_covers_documented_endpoints_and_fields() {
    let root_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let checklist = std::env::var_os("COVERAGE_CHECKLIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root_dir.join("tests/coverage/checklist.tsv"));
    let spec_file = root_dir.join("spec/personaclick.yaml");
    let text = std::fs::read_to_string(&spec_file).expect("read spec/personaclick.yaml");
    let document = personaclick_codegen::load::load(&text)
        .unwrap_or_else(|e| panic!("spec/personaclick.yaml does not load:\n{e}"));
    let raw = &document.raw;
    let paths = raw
        .get("paths")
        .and_then(Value::as_object)
        .expect("spec has paths");

    let rows = read_checklist(&checklist);

    let mut endpoints_total = 0;
    let mut endpoints_found = 0;
    let mut fields_total = 0;
    let mut fields_found = 0;
    let mut missing_endpoints = Vec::new();
    let mut missing_fields: Vec<String> = Vec::new();
    let mut notes = Vec::new();
    let mut below_map = Vec::new();
    let mut duplicates = Vec::new();
    let mut seen_rows = HashSet::new();
    let mut endpoint_rows = HashSet::new();

    for row in &rows {
        if !seen_rows.insert((
            row.kind.clone(),
            row.method.clone(),
            row.path.clone(),
            row.field.clone(),
        )) {
            duplicates.push(format!(
                "line {}: {} {} {}",
                row.line,
                row.method,
                row.path,
                row.field.as_deref().unwrap_or("")
            ));
        }
        let method = row.method.to_ascii_lowercase();
        let operation = paths.get(&row.path).and_then(|item| item.get(&method));
        match &row.field {
            None => {
                endpoints_total += 1;
                endpoint_rows.insert((row.method.clone(), row.path.clone()));
                if operation.is_some() {
                    endpoints_found += 1;
                } else {
                    missing_endpoints.push(format!("{} {}", row.method, row.path));
                }
            }
            Some(field) => {
                fields_total += 1;
                let label = format!("{} {} {}", row.method, row.path, field);
                if !endpoint_rows.contains(&(row.method.clone(), row.path.clone())) {
                    notes.push(format!(
                        "line {}: field row before/without its endpoint row: {label}",
                        row.line
                    ));
                }
                let Some(operation) = operation else {
                    missing_fields.push(format!("{label}  (endpoint missing)"));
                    continue;
                };
                let steps = match parse_path(field) {
                    Ok(steps) => steps,
                    Err(e) => {
                        missing_fields
                            .push(format!("{label}  (checklist path not understood: {e})"));
                        continue;
                    }
                };
                let schemas = match success_schemas(raw, operation) {
                    Ok(s) => s,
                    Err(e) => {
                        missing_fields.push(format!("{label}  ({e})"));
                        continue;
                    }
                };
                let mut resolver = Resolver::new(raw, false);
                if schemas
                    .iter()
                    .any(|s| resolver.has(s, &steps, &mut Vec::new()))
                {
                    fields_found += 1;
                    let mut strict = Resolver::new(raw, false);
                    strict.maps_accept_any = false;
                    if !schemas
                        .iter()
                        .any(|s| strict.has(s, &steps, &mut Vec::new()))
                    {
                        below_map.push(label);
                    }
                    continue;
                }
                // Not there: say whether the spec has it under another name (x-aliases).
                let mut hint = Resolver::new(raw, true);
                if schemas.iter().any(|s| hint.has(s, &steps, &mut Vec::new())) {
                    let names: Vec<String> = hint
                        .alias_hits
                        .iter()
                        .map(|(doc, spec)| format!("{doc} -> {spec}"))
                        .collect();
                    missing_fields.push(format!(
                        "{label}  (spec has it only as an x-aliases entry: {})",
                        names.join(", ")
                    ));
                } else {
                    missing_fields.push(label);
                }
            }
        }
    }

    let mut report = String::new();
    writeln!(report, "checklist: {}", checklist.display()).unwrap();
    writeln!(
        report,
        "endpoints: {endpoints_found}/{endpoints_total}, fields: {fields_found}/{fields_total}"
    )
    .unwrap();
    if !below_map.is_empty() {
        writeln!(
            report,
            "present only because they sit below a map (additionalProperties) ({}):",
            below_map.len()
        )
        .unwrap();
        for m in &below_map {
            writeln!(report, "  {m}").unwrap();
        }
    }
    if !missing_endpoints.is_empty() {
        writeln!(report, "missing endpoints ({}):", missing_endpoints.len()).unwrap();
        for m in &missing_endpoints {
            writeln!(report, "  {m}").unwrap();
        }
    }
    if !missing_fields.is_empty() {
        writeln!(report, "missing fields ({}):", missing_fields.len()).unwrap();
        for m in &missing_fields {
            writeln!(report, "  {m}").unwrap();
        }
    }
    for d in &duplicates {
        writeln!(report, "duplicate checklist row: {d}").unwrap();
    }
    for n in &notes {
        writeln!(report, "note: {n}").unwrap();
    }
    println!("{report}");

    assert!(
        missing_endpoints.is_empty()
            && missing_fields.is_empty()
            && duplicates.is_empty()
            && notes.is_empty(),
        "the spec does not cover the checklist:\n{report}"
    );
    assert_eq!(
        endpoints_total, EXPECTED_ENDPOINTS,
        "the checklist should list {EXPECTED_ENDPOINTS} endpoints"
    );
}

#[test]
fn field_paths_parse() {
    use Step::*;
    let p = |s: &str| Prop(s.to_owned());
    assert_eq!(parse_path("(body)").unwrap(), vec![]);
    assert_eq!(parse_path("[]").unwrap(), vec![Items]);
    assert_eq!(parse_path("[].id").unwrap(), vec![Items, p("id")]);
    assert_eq!(parse_path("a.b").unwrap(), vec![p("a"), p("b")]);
    assert_eq!(
        parse_path("a[].b[]").unwrap(),
        vec![p("a"), Items, p("b"), Items]
    );
    assert_eq!(
        parse_path("queries.*.name").unwrap(),
        vec![p("queries"), Values, p("name")]
    );
    assert!(parse_path("a..b").is_err());
    assert!(parse_path("a b").is_err());
}

#[test]
fn resolver_follows_refs_combinators_and_maps() {
    let root = serde_json::json!({
        "components": {"schemas": {
            "Leaf": {"type": "object", "properties": {"x": {"type": "string"}}},
            "Map": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Leaf"}},
            "Free": {"type": "object", "additionalProperties": true},
            "Alias": {"type": "object", "properties": {"new": {"type": "string", "x-aliases": ["old"]}}},
            "Top": {
                "allOf": [
                    {"$ref": "#/components/schemas/Leaf"},
                    {"type": "object", "properties": {
                        "list": {"type": "array", "items": {"oneOf": [
                            {"type": "string"},
                            {"$ref": "#/components/schemas/Leaf"}
                        ]}},
                        "map": {"$ref": "#/components/schemas/Map"},
                        "free": {"$ref": "#/components/schemas/Free"},
                        "alias": {"$ref": "#/components/schemas/Alias"},
                        "self": {"$ref": "#/components/schemas/Top"}
                    }}
                ]
            }
        }}
    });
    let top = &root["components"]["schemas"]["Top"];
    let has = |path: &str| {
        Resolver::new(&root, false).has(top, &parse_path(path).unwrap(), &mut Vec::new())
    };
    assert!(has("(body)"));
    assert!(has("x"));
    assert!(has("list[].x"));
    assert!(has("map.*.x"));
    assert!(has("map.anything.x"));
    assert!(!has("map.*.y"));
    assert!(has("free.a.b[].c"));
    assert!(has("self.self.list[].x"));
    assert!(!has("y"));
    assert!(!has("list[].y"));
    assert!(!has("x[]"));
    assert!(!has("[]"));
    assert!(!has("alias.old"));
    assert!(has("alias.new"));
    let mut hint = Resolver::new(&root, true);
    assert!(hint.has(top, &parse_path("alias.old").unwrap(), &mut Vec::new()));
    assert_eq!(hint.alias_hits, vec![("old".to_owned(), "new".to_owned())]);
}
