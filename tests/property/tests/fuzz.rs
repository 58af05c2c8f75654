//! Property tests: arbitrary bytes and mutated specs go to the generator's loader, arbitrary
//! bodies to response decoding. The result is an error or a value, never a panic.
//!
//! CI runs a fixed number of cases; set `PROPTEST_CASES` for a longer run.

use proptest::prelude::*;
use serde_json::Value;

fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn spec() -> &'static str {
    include_str!("../../../spec/personaclick.yaml")
}

/// One small edit of a text: cut a range, duplicate a line, or put a YAML-significant
/// character somewhere.
#[derive(Debug, Clone)]
enum Edit {
    Cut { at: usize, len: usize },
    DuplicateLine { at: usize },
    Put { at: usize, ch: char },
    Truncate { at: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1usize..400).prop_map(|(at, len)| Edit::Cut { at, len }),
        any::<usize>().prop_map(|at| Edit::DuplicateLine { at }),
        (
            any::<usize>(),
            prop::sample::select(vec![
                ':', '-', '{', '}', '[', ']', '\'', '"', '\n', ' ', '#', '&', '*', '!', '|', '>'
            ])
        )
            .prop_map(|(at, ch)| Edit::Put { at, ch }),
        any::<usize>().prop_map(|at| Edit::Truncate { at }),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for e in edits {
        let n = chars.len().max(1);
        match *e {
            Edit::Cut { at, len } => {
                let start = at % n;
                let end = (start + len).min(chars.len());
                chars.drain(start.min(chars.len())..end);
            }
            Edit::DuplicateLine { at } => {
                let start = at % n;
                let line_start = chars[..start.min(chars.len())]
                    .iter()
                    .rposition(|c| *c == '\n')
                    .map_or(0, |i| i + 1);
                let line_end = chars[line_start..]
                    .iter()
                    .position(|c| *c == '\n')
                    .map_or(chars.len(), |i| line_start + i + 1);
                let line: Vec<char> = chars[line_start..line_end].to_vec();
                chars.splice(line_start..line_start, line);
            }
            Edit::Put { at, ch } => {
                let i = (at % n).min(chars.len());
                chars.insert(i, ch);
            }
            Edit::Truncate { at } => chars.truncate(at % n),
        }
    }
    chars.into_iter().collect()
}

/// Any JSON value, a few levels deep, with keys the models know mixed in.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("price".to_string()),
        Just("id".to_string()),
        Just("products".to_string()),
        Just("name".to_string()),
        Just("categories".to_string()),
        Just("payload".to_string()),
        Just("status".to_string()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[ -~]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn arbitrary_text_never_panics_the_loader(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = personaclick_codegen::check(&text);
    }

    #[test]
    fn arbitrary_bodies_never_panic_the_decoders(
        op in prop::sample::select(personaclick::operations::OPERATION_IDS.to_vec()),
        status in prop::sample::select(vec![200u16, 400, 403, 404, 500]),
        value in json(),
        noise in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let body = serde_json::to_vec(&value).expect("encode");
        // Whatever the decoder says, it says it without panicking; a decoded value
        // encodes back to the same JSON.
        if let Some(Ok(decoded)) = personaclick::operations::decode_response(op, status, &body) {
            prop_assert_eq!(decoded.json, value);
        }
        let _ = personaclick::operations::decode_response(op, status, &noise);
        let _ = personaclick::drift::check(op, status, &body);
    }
}

proptest! {
    #![proptest_config(cases(24))]

    #[test]
    fn mutated_specs_never_panic_the_generator(edits in prop::collection::vec(edit(), 1..4)) {
        let text = apply(spec(), &edits);
        if let Ok(model) = personaclick_codegen::check(&text) {
            let _ = personaclick_codegen::generate_from_model(&model, &personaclick_codegen::Config::default());
        }
    }
}
