//! The loader never panics: small specs, in YAML and JSON, 3.0 and 3.1, mutated with huge
//! integers, 3.1 forms, truncations and random bytes. Whatever it says is located.

use personaclick_codegen::load::load;
use proptest::prelude::*;

const SPECS: [&str; 4] = [
    "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a/{id}:\n    get:\n      operationId: a\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: integer\n            maximum: 10\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/A'\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        n:\n          type: number\n          example: 5\n",
    "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\ncomponents:\n  schemas:\n    A:\n      type: [object, 'null']\n      properties:\n        k:\n          const: x\n        r:\n          $ref: '#/components/schemas/A'\n          description: again\n        e:\n          examples: [1, 2]\n          exclusiveMinimum: 0\n",
    r#"{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"operationId":"a","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"array","items":{"type":"integer","minimum":1}}}}}}}}}}"#,
    "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {},\n  \"components\": {\"schemas\": {\"A\": {\"anyOf\": [{\"$ref\": \"#/x\"}, {\"type\": \"null\"}], \"maxLength\": 3}}}\n}\n",
];

const SNIPPETS: [&str; 24] = [
    "123456789012345678901234567890",
    "-9223372036854775809",
    "18446744073709551616",
    "1234567890123456789012345678901234567890123456789",
    "1e400",
    "type: [string, 'null']",
    "\"type\": [\"null\"]",
    "const: 3",
    "examples: []",
    "exclusiveMaximum: 18446744073709551616",
    "$ref: '#/components/schemas/A'",
    "openapi: 3.1.0",
    "\"openapi\": \"3.2.0\",",
    "swagger: '2.0'",
    "\n  - ",
    "\n",
    "{",
    "]",
    ": ",
    "\"",
    "'",
    "&a ",
    "*a",
    "\u{feff}",
];

/// Everything a mutated spec can be.
fn mutated() -> impl Strategy<Value = String> {
    let spec = (0..SPECS.len()).prop_map(|i| SPECS[i].to_string());
    let insert = (
        spec.clone(),
        any::<prop::sample::Index>(),
        0..SNIPPETS.len(),
    )
        .prop_map(|(text, at, snippet)| {
            let cut = boundary(&text, at.index(text.len() + 1));
            format!("{}{}{}", &text[..cut], SNIPPETS[snippet], &text[cut..])
        });
    let truncate = (spec.clone(), any::<prop::sample::Index>()).prop_map(|(text, at)| {
        let cut = boundary(&text, at.index(text.len() + 1));
        text[..cut].to_string()
    });
    let bytes = (spec.clone(), any::<prop::sample::Index>(), any::<Vec<u8>>()).prop_map(
        |(text, at, junk)| {
            let cut = boundary(&text, at.index(text.len() + 1));
            let junk = String::from_utf8_lossy(&junk).into_owned();
            format!("{}{junk}{}", &text[..cut], &text[cut..])
        },
    );
    prop_oneof![insert, truncate, bytes, any::<String>()]
}

/// The nearest char boundary at or below `at`.
fn boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_loader_never_panics(text in mutated()) {
        let said = match load(&text) {
            Ok(doc) => doc.warnings,
            Err(diagnostics) => diagnostics.0,
        };
        for d in said {
            prop_assert!(d.pointer.is_some() || d.position.is_some(), "{d}");
        }
    }

    #[test]
    fn mutations_applied_twice_never_panic(
        text in mutated(),
        at in any::<prop::sample::Index>(),
        snippet in 0..SNIPPETS.len(),
    ) {
        let cut = boundary(&text, at.index(text.len() + 1));
        let twice = format!("{}{}{}", &text[..cut], SNIPPETS[snippet], &text[cut..]);
        let _ = load(&twice);
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing() {
    // Deeper than the parser's recursion limit and the position scan's depth limit.
    for text in [
        "[".repeat(5_000),
        format!("{}1{}", "{\"a\":".repeat(2_000), "}".repeat(2_000)),
        format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\nx-deep: {}",
            "[".repeat(5_000)
        ),
        (0..2_000)
            .map(|i| format!("{}- a\n", " ".repeat(i)))
            .collect(),
    ] {
        assert!(load(&text).is_err());
    }
}
