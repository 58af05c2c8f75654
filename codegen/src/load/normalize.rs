//! The parsed tree, reshaped where `openapiv3` (which reads OpenAPI 3.0) could not take it:
//! OpenAPI 3.1 forms mapped to their 3.0 equivalents, and schema bounds beyond the 64-bit
//! integers dropped. Every change that loses something is a located warning; the rest
//! (`type: [X, "null"]`, `const`, numeric `exclusiveMinimum`, …) say the same thing in 3.0.
//!
//! The walk follows the document's structure (paths, operations, parameters, media types,
//! components), so it changes schemas only where schemas are: a property named `const` or
//! `type` is a property, not a keyword.

use std::cmp::Ordering;

use yaml_serde::{Mapping, Value};

use super::tree::{is_wide, segment};
use crate::diagnostic::{Diagnostic, join};

/// The HTTP methods of a path item.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Keys beside a schema `$ref` that say nothing a generator reads.
const IDENTIFIERS: [&str; 6] = [
    "$comment",
    "$id",
    "$schema",
    "$anchor",
    "$dynamicAnchor",
    "$defs",
];

/// Keys that may stand beside `type: "null"` in a branch that only allows null.
const ANNOTATIONS: [&str; 3] = ["description", "title", "$comment"];

/// Reshapes `root` in place; `v31` turns on the OpenAPI 3.1 mappings.
pub(super) fn document(root: &mut Value, v31: bool, out: &mut Vec<Diagnostic>) {
    let Some(root) = root.as_mapping_mut() else {
        return;
    };
    if v31 && !root.contains_key("paths") {
        root.insert("paths".into(), Value::Mapping(Mapping::new()));
    }
    let mut walk = Walk {
        v31,
        out: Vec::new(),
    };
    walk.child(root, "paths", "", |w, v, p| w.each(v, p, Walk::path_item));
    let Some(Value::Mapping(components)) = root.get_mut("components") else {
        out.append(&mut walk.out);
        return;
    };
    let kinds: [(&str, Visit); 6] = [
        ("schemas", Walk::schema),
        ("responses", Walk::object),
        ("parameters", Walk::object),
        ("requestBodies", Walk::object),
        ("headers", Walk::object),
        ("callbacks", Walk::callback),
    ];
    for (key, visit) in kinds {
        if let Some(node) = components.get_mut(key) {
            walk.each(node, &join("/components", key), visit);
        }
    }
    out.append(&mut walk.out);
}

/// What the walk does with one node at a pointer.
type Visit = fn(&mut Walk, &mut Value, &str);

struct Walk {
    v31: bool,
    /// The warnings so far.
    out: Vec<Diagnostic>,
}

impl Walk {
    fn warn(&mut self, pointer: String, message: String) {
        self.out.push(Diagnostic::warning(pointer, message));
    }

    /// Visits `map[key]`, if there is one.
    fn child(&mut self, map: &mut Mapping, key: &str, pointer: &str, visit: Visit) {
        if let Some(value) = map.get_mut(key) {
            visit(self, value, &join(pointer, key));
        }
    }

    /// Visits every value of a mapping.
    fn each(&mut self, node: &mut Value, pointer: &str, visit: Visit) {
        if let Value::Mapping(map) = node {
            for (key, value) in map.iter_mut() {
                visit(self, value, &join(pointer, &segment(key)));
            }
        }
    }

    /// Visits every item of a sequence.
    fn items(&mut self, node: &mut Value, pointer: &str, visit: Visit) {
        if let Value::Sequence(items) = node {
            for (index, item) in items.iter_mut().enumerate() {
                visit(self, item, &format!("{pointer}/{index}"));
            }
        }
    }

    fn path_item(&mut self, node: &mut Value, pointer: &str) {
        let Value::Mapping(map) = node else { return };
        self.child(map, "parameters", pointer, |w, v, p| {
            w.items(v, p, Walk::object)
        });
        for method in METHODS {
            self.child(map, method, pointer, Walk::operation);
        }
    }

    fn operation(&mut self, node: &mut Value, pointer: &str) {
        let Value::Mapping(map) = node else { return };
        self.child(map, "parameters", pointer, |w, v, p| {
            w.items(v, p, Walk::object)
        });
        self.child(map, "requestBody", pointer, Walk::object);
        self.child(map, "responses", pointer, |w, v, p| {
            w.each(v, p, Walk::object)
        });
        self.child(map, "callbacks", pointer, |w, v, p| {
            w.each(v, p, Walk::callback)
        });
    }

    fn callback(&mut self, node: &mut Value, pointer: &str) {
        if let Value::Mapping(map) = node
            && self.reference(map, pointer)
        {
            return;
        }
        self.each(node, pointer, Walk::path_item);
    }

    /// A parameter, header, request body or response: a Reference Object, or an object
    /// with a `schema`, `headers` or `content` (each has those of the three it may have).
    fn object(&mut self, node: &mut Value, pointer: &str) {
        let Value::Mapping(map) = node else { return };
        if self.reference(map, pointer) {
            return;
        }
        self.child(map, "schema", pointer, Walk::schema);
        self.child(map, "headers", pointer, |w, v, p| {
            w.each(v, p, Walk::object)
        });
        self.child(map, "content", pointer, |w, v, p| {
            w.each(v, p, Walk::media_type)
        });
    }

    fn media_type(&mut self, node: &mut Value, pointer: &str) {
        let Value::Mapping(map) = node else { return };
        self.child(map, "schema", pointer, Walk::schema);
        self.child(map, "encoding", pointer, |w, v, p| {
            w.each(v, p, |w, v, p| {
                if let Value::Mapping(map) = v {
                    w.child(map, "headers", p, |w, v, p| w.each(v, p, Walk::object));
                }
            })
        });
    }

    /// True for a Reference Object. In 3.1 it may carry `summary` and `description`,
    /// which would replace the referenced object's own: they are dropped, with a warning.
    fn reference(&mut self, map: &mut Mapping, pointer: &str) -> bool {
        if !map.contains_key("$ref") {
            return false;
        }
        if self.v31 && map.len() > 1 {
            let dropped = sibling_keys(map);
            map.retain(|key, _| key.as_str() == Some("$ref"));
            self.warn(
                pointer.to_string(),
                format!(
                    "the keys beside `$ref` ({dropped}) are dropped: the referenced object is used as it is"
                ),
            );
        }
        true
    }

    fn schema(&mut self, node: &mut Value, pointer: &str) {
        let Value::Mapping(map) = node else { return };
        if map.contains_key("$ref") && !(self.v31 && self.ref_with_siblings(map, pointer)) {
            return;
        }
        if self.v31 {
            self.null_branches(map, pointer);
            self.type_list(map, pointer);
            self.constant(map, pointer);
            self.examples(map, pointer);
            exclusive_bounds(map);
        }
        self.wide_bounds(map, pointer);
        self.child(map, "properties", pointer, |w, v, p| {
            w.each(v, p, Walk::schema)
        });
        self.child(map, "items", pointer, Walk::schema);
        if matches!(map.get("additionalProperties"), Some(Value::Mapping(_))) {
            self.child(map, "additionalProperties", pointer, Walk::schema);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            self.child(map, key, pointer, |w, v, p| w.items(v, p, Walk::schema));
        }
        self.child(map, "not", pointer, Walk::schema);
    }

    /// A 3.1 schema `$ref` with keys beside it means "all of the reference and the rest":
    /// it becomes `allOf: [{$ref}]` plus the rest, and the walk goes on (true). Keys that
    /// only identify or comment (`$id`, `$comment`, …) are dropped instead (false).
    fn ref_with_siblings(&mut self, map: &mut Mapping, pointer: &str) -> bool {
        if map.len() == 1 {
            return false;
        }
        let meaningful = map
            .keys()
            .filter_map(Value::as_str)
            .any(|key| key != "$ref" && !IDENTIFIERS.contains(&key));
        let merge_into = match map.get("allOf") {
            None | Some(Value::Sequence(_)) => true,
            Some(_) => false,
        };
        if !(meaningful && merge_into) {
            let dropped = sibling_keys(map);
            map.retain(|key, _| key.as_str() == Some("$ref"));
            self.warn(
                pointer.to_string(),
                format!("the keys beside `$ref` ({dropped}) are dropped: the referenced schema is used as it is"),
            );
            return false;
        }
        let Some(reference) = map.shift_remove("$ref") else {
            return false;
        };
        let mut wrapped = Mapping::new();
        wrapped.insert("$ref".into(), reference);
        match map.get_mut("allOf") {
            Some(Value::Sequence(all)) => all.insert(0, Value::Mapping(wrapped)),
            _ => {
                map.insert(
                    "allOf".into(),
                    Value::Sequence(vec![Value::Mapping(wrapped)]),
                );
            }
        }
        true
    }

    /// `oneOf`/`anyOf` with a `{type: "null"}` branch: the branch goes, the schema becomes
    /// `nullable`, and a single branch left becomes `allOf: [it]` (3.0's nullable reference).
    fn null_branches(&mut self, map: &mut Mapping, pointer: &str) {
        for key in ["oneOf", "anyOf"] {
            let Some(Value::Sequence(branches)) = map.get_mut(key) else {
                continue;
            };
            let before = branches.len();
            branches.retain(|branch| !is_null_schema(branch));
            let left = branches.len();
            if left == before {
                continue;
            }
            map.insert("nullable".into(), true.into());
            if left == 0 {
                map.shift_remove(key);
                self.warn(
                    join(pointer, key),
                    format!("`{key}` allows only null: the schema is read as a nullable value of any type"),
                );
            } else if left == 1
                && !map.contains_key("allOf")
                && let Some(branches) = map.shift_remove(key)
            {
                map.insert("allOf".into(), branches);
            }
        }
    }

    /// `type: [X, "null"]` → `type: X, nullable: true`; other lists lose their `type`.
    fn type_list(&mut self, map: &mut Mapping, pointer: &str) {
        let (names, null, odd) = match map.get("type") {
            Some(Value::Sequence(items)) => {
                let mut names: Vec<&str> = Vec::new();
                let (mut null, mut odd) = (false, false);
                for item in items {
                    match item.as_str() {
                        Some("null") => null = true,
                        Some(name) if !names.contains(&name) => names.push(name),
                        Some(_) => {}
                        None => odd = true,
                    }
                }
                let names: Vec<String> = names.into_iter().map(str::to_string).collect();
                (names, null, odd)
            }
            Some(Value::String(name)) if name == "null" => (Vec::new(), true, false),
            _ => return,
        };
        if null {
            map.insert("nullable".into(), true.into());
        }
        if let [name] = names.as_slice()
            && !odd
        {
            map.insert("type".into(), name.as_str().into());
            return;
        }
        map.shift_remove("type");
        let message = if names.is_empty() && !odd {
            "`type` allows only null: the schema is read without a type, as a nullable value"
                .to_string()
        } else {
            format!(
                "`type` lists several types ({}): the schema is read without a type, as any JSON value",
                names.join(", ")
            )
        };
        self.warn(join(pointer, "type"), message);
    }

    /// `const: v` → `enum: [v]`.
    fn constant(&mut self, map: &mut Mapping, pointer: &str) {
        let Some(value) = map.shift_remove("const") else {
            return;
        };
        if map.contains_key("enum") {
            self.warn(
                join(pointer, "const"),
                "`const` beside `enum` is dropped; `enum` is kept".to_string(),
            );
        } else {
            map.insert("enum".into(), Value::Sequence(vec![value]));
        }
    }

    /// A schema's `examples: [..]` → `example: first`.
    fn examples(&mut self, map: &mut Mapping, pointer: &str) {
        if !matches!(map.get("examples"), Some(Value::Sequence(_))) {
            return;
        }
        let Some(Value::Sequence(mut examples)) = map.shift_remove("examples") else {
            return;
        };
        if examples.is_empty() {
            return;
        }
        let count = examples.len();
        if map.contains_key("example") {
            self.warn(
                join(pointer, "examples"),
                "`examples` beside `example` are dropped; `example` is kept".to_string(),
            );
            return;
        }
        map.insert("example".into(), examples.swap_remove(0));
        if count > 1 {
            self.warn(
                join(pointer, "examples"),
                format!("only the first of the {count} `examples` is kept, as `example`"),
            );
        }
    }

    /// Drops bounds `openapiv3` cannot type: an integer schema's `minimum`, `maximum` and
    /// `multipleOf` beyond `i64`, and lengths and counts beyond `u64`. No 64-bit value is
    /// outside such a bound, so the generated code loses nothing.
    fn wide_bounds(&mut self, map: &mut Mapping, pointer: &str) {
        let integer = map.get("type").and_then(Value::as_str) == Some("integer");
        let integer_bounds = ["minimum", "maximum", "multipleOf"];
        let sizes = [
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
            "minProperties",
            "maxProperties",
        ];
        for key in integer_bounds.iter().chain(&sizes) {
            let beyond = match map.get(*key) {
                Some(Value::Number(n)) if integer_bounds.contains(key) => integer && is_wide(n),
                Some(Value::Number(n)) => is_wide(n) && !n.is_u64(),
                _ => false,
            };
            if !beyond {
                continue;
            }
            if let Some(Value::Number(n)) = map.shift_remove(*key) {
                self.warn(
                    join(pointer, key),
                    format!("`{key}: {n}` is beyond the 64-bit integers: the bound is dropped"),
                );
            }
        }
    }
}

/// 3.1's `exclusiveMinimum: 5` → 3.0's `minimum: 5, exclusiveMinimum: true`, keeping
/// whichever of it and an existing `minimum` is stricter (the same for the maximum).
fn exclusive_bounds(map: &mut Mapping) {
    for (exclusive, bound, stricter) in [
        ("exclusiveMinimum", "minimum", Ordering::Greater),
        ("exclusiveMaximum", "maximum", Ordering::Less),
    ] {
        let Some(Value::Number(limit)) = map.get(exclusive) else {
            continue;
        };
        let limit = limit.clone();
        let inclusive_wins = match (map.get(bound).and_then(Value::as_f64), limit.as_f64()) {
            (Some(inclusive), Some(limit)) => inclusive.partial_cmp(&limit) == Some(stricter),
            _ => false,
        };
        if inclusive_wins {
            map.shift_remove(exclusive);
        } else {
            map.insert(bound.into(), Value::Number(limit));
            map.insert(exclusive.into(), true.into());
        }
    }
}

/// `{type: "null"}` (or `["null"]`), with at most a description beside it.
fn is_null_schema(branch: &Value) -> bool {
    let Value::Mapping(map) = branch else {
        return false;
    };
    let null_type = match map.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Sequence(items)) => items.len() == 1 && items[0].as_str() == Some("null"),
        _ => false,
    };
    null_type
        && map.keys().all(|key| {
            key.as_str()
                .is_some_and(|k| k == "type" || ANNOTATIONS.contains(&k))
        })
}

/// The keys of a mapping other than `$ref`, for a message.
fn sibling_keys(map: &Mapping) -> String {
    map.keys()
        .map(segment)
        .filter(|key| key != "$ref")
        .collect::<Vec<_>>()
        .join(", ")
}
