//! The derives on small hand-written models: what generated code relies on.

use personaclick_runtime::{Extra, FromVariants, Model, Number, Scalars, Tagged, WireEnum, object};
use serde_json::{Value, json};

/// A model with a renamed field, an alias, a constant and required fields.
#[derive(Debug, Clone, PartialEq, Model)]
#[non_exhaustive]
struct Item {
    id: String,
    #[model(rename = "type")]
    kind: Option<Kind>,
    #[model(alias = "qty")]
    count: Option<i64>,
    #[model(constant = "item")]
    object: Kind,
    extra: Extra,
}

/// A required field that may be `null`.
#[derive(Debug, Clone, PartialEq, Model)]
struct Tool {
    name: String,
    #[model(present)]
    parameters: Option<Value>,
    extra: Extra,
}

#[test]
fn a_required_nullable_field_is_sent_as_null_until_set_and_kept_as_it_arrived() {
    let built = serde_json::to_value(Tool::new("f")).expect("encode");
    assert_eq!(built, json!({"name": "f", "parameters": null}));
    let set = Tool::new("f").with_parameters(json!({"type": "object"}));
    assert_eq!(
        serde_json::to_value(set).expect("encode"),
        json!({"name": "f", "parameters": {"type": "object"}})
    );
    // A decoded value writes back what arrived: the key absent, or `null`.
    for arrived in [
        json!({"name": "f"}),
        json!({"name": "f", "parameters": null}),
    ] {
        let tool: Tool = serde_json::from_value(arrived.clone()).expect("decode");
        assert_eq!(serde_json::to_value(tool).expect("encode"), arrived);
    }
}

/// A model with no required field.
#[derive(Debug, Clone, PartialEq, Model)]
struct Loose {
    a: Option<String>,
    b: Option<Vec<Loose>>,
    extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, WireEnum)]
#[non_exhaustive]
enum Kind {
    /// Sent as its name in lower case: no `#[wire]` needed.
    Item,
    #[wire("dark-blue")]
    DarkBlue,
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, WireEnum)]
#[wire(integers)]
#[non_exhaustive]
enum Size {
    #[wire("120")]
    V120,
    #[wire("140")]
    V140,
    Other(String),
}

#[test]
fn an_integer_enum_takes_integers_and_keeps_unknown_ones() {
    assert_eq!(Size::from(120), Size::V120);
    assert_eq!(Size::from(140).to_string(), "140");
    assert_eq!(Size::from(999), Size::Other("999".into()));
    assert_eq!(Size::from("120"), Size::V120);
}

#[derive(Debug, Clone, PartialEq, Scalars)]
enum Flag {
    Bool(bool),
    Number(Number),
}

#[derive(Debug, Clone, PartialEq, Scalars)]
enum Label {
    Bool(bool),
    String(String),
}

#[derive(Debug, Clone, PartialEq, Model)]
struct View {
    #[model(constant = "view")]
    event: String,
    item: String,
    extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Tagged)]
#[tagged(property = "event")]
enum Event {
    #[tagged("view")]
    View(View),
    Other(Value),
}

fn decode<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

#[test]
fn unknown_fields_and_explicit_nulls_round_trip() {
    let input = json!({"id": "1", "type": null, "object": "item", "zz": [1, {"a": 2}]});
    let item: Item = decode(input.clone()).expect("decode");
    assert_eq!(item.kind, None);
    assert!(item.extra.is_null("type"));
    assert_eq!(item.extra.get("zz"), Some(&json!([1, {"a": 2}])));
    assert_eq!(serde_json::to_value(&item).expect("encode"), input);
    // Set later, the null is gone.
    let mut item = item;
    item.kind = Some(Kind::DarkBlue);
    let out = serde_json::to_value(&item).expect("encode");
    assert_eq!(out["type"], json!("dark-blue"));
}

#[test]
fn aliases_are_read_and_written() {
    let item: Item = decode(json!({"id": "1", "object": "item", "qty": 4})).expect("decode");
    assert_eq!(item.count, Some(4));
    let out = serde_json::to_value(&item).expect("encode");
    assert_eq!(
        out,
        json!({"id": "1", "object": "item", "count": 4, "qty": 4})
    );
}

#[test]
fn the_first_missing_required_field_is_named() {
    let err = decode::<Item>(json!({"type": "item"})).expect_err("missing");
    assert_eq!(err, "missing field `id`");
    let err = decode::<Item>(json!({"id": "1"})).expect_err("missing");
    assert_eq!(err, "missing field `object`");
    // A required field sent as null is a type error, not a remembered null.
    let err = decode::<Item>(json!({"id": null, "object": "item"})).expect_err("null");
    assert!(err.contains("invalid type: null"), "{err}");
}

#[test]
fn errors_carry_the_field_path_and_the_expected_shape() {
    let body = br#"{"a": "x", "b": [{"a": "y"}, {"a": 5}]}"#;
    let de = &mut serde_json::Deserializer::from_slice(body);
    let err = serde_path_to_error::deserialize::<_, Loose>(de).expect_err("wrong type");
    assert_eq!(err.path().to_string(), "b[1].a");
    let err = decode::<Loose>(json!([1])).expect_err("not an object");
    assert!(err.contains("expected a Loose object"), "{err}");
}

#[test]
fn constructors_fill_required_fields_and_constants() {
    let item = Item::new("7");
    assert_eq!(item.id, "7");
    assert_eq!(item.object, Kind::Item);
    assert_eq!(item.kind, None);
    assert_eq!(
        serde_json::to_value(&item).expect("encode"),
        json!({"id": "7", "object": "item"})
    );
    assert_eq!(Loose::new(), Loose::default());
    assert_eq!(Loose::default().a, None);
    // Only a constant is required: `Default` is `new()`.
    assert_eq!(View::new("sku").event, "view");
}

#[test]
fn string_enums_keep_unknown_values() {
    assert_eq!(Kind::from("dark-blue"), Kind::DarkBlue);
    assert_eq!(Kind::DarkBlue.as_str(), "dark-blue");
    assert_eq!(Kind::Item.to_string(), "item");
    let other: Kind = decode(json!("green")).expect("decode");
    assert_eq!(other, Kind::Other("green".into()));
    assert_eq!(
        serde_json::to_value(&other).expect("encode"),
        json!("green")
    );
    assert!(decode::<Kind>(json!(1)).is_err());
}

#[test]
fn scalar_unions_go_by_json_type() {
    assert_eq!(decode::<Flag>(json!(true)), Ok(Flag::Bool(true)));
    let n: Flag = decode(json!(3)).expect("number");
    assert_eq!(serde_json::to_value(&n).expect("encode"), json!(3));
    // No string variant: a string is read as a number.
    assert!(matches!(decode::<Flag>(json!("4")), Ok(Flag::Number(_))));
    assert_eq!(decode::<Label>(json!("x")), Ok(Label::String("x".into())));
    let err = decode::<Label>(json!(1)).expect_err("a number");
    assert!(err.contains("expected a JSON boolean or string"), "{err}");
    assert_eq!(Flag::from(false), Flag::Bool(false));
}

#[test]
fn tagged_unions_read_the_tag_and_keep_unknown_ones() {
    let view: Event = decode(json!({"event": "view", "item": "a"})).expect("decode");
    assert_eq!(view, Event::from(View::new("a")));
    assert_eq!(
        serde_json::to_value(&view).expect("encode"),
        json!({"event": "view", "item": "a"})
    );
    let other: Event = decode(json!({"event": "buy"})).expect("decode");
    assert_eq!(other, Event::Other(json!({"event": "buy"})));
    let err = decode::<Event>(json!({"event": "view"})).expect_err("no item");
    assert!(err.contains("missing field `item`"), "{err}");
}

macro_rules! wide {
    ($($f:ident),*) => {
        /// More than 64 fields, the last one required.
        #[derive(Debug, Clone, PartialEq, Model)]
        struct Wide {
            $($f: Option<u8>,)*
            last: u8,
            extra: Extra,
        }
        const WIDE: &[&str] = &[$(stringify!($f)),*];
    };
}

wide!(
    f00, f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18,
    f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35, f36, f37,
    f38, f39, f40, f41, f42, f43, f44, f45, f46, f47, f48, f49, f50, f51, f52, f53, f54, f55, f56,
    f57, f58, f59, f60, f61, f62, f63, f64, f65, f66, f67, f68, f69
);

#[test]
fn models_wider_than_64_fields() {
    let mut input: serde_json::Map<String, Value> =
        WIDE.iter().map(|f| (f.to_string(), json!(1))).collect();
    let err = decode::<Wide>(Value::Object(input.clone())).expect_err("missing last");
    assert_eq!(err, "missing field `last`");
    input.insert("last".into(), json!(2));
    let wide: Wide = decode(Value::Object(input.clone())).expect("decode");
    assert_eq!((wide.f69, wide.last), (Some(1), 2));
    assert_eq!(
        serde_json::to_value(&wide).expect("encode"),
        Value::Object(input)
    );
    assert_eq!(Wide::new(9u8).last, 9);
}

/// A struct made an object by the attribute: derives, `#[non_exhaustive]` and `extra` added.
#[object]
struct Tag {
    name: String,
    #[model(rename = "n")]
    count: Option<i64>,
}

/// An untagged union with `From` for the variants marked `#[from]`.
#[derive(Debug, Clone, PartialEq, FromVariants)]
enum IdOrTags {
    #[from]
    Id(String),
    #[from]
    Tags(Vec<Tag>),
    /// Unmarked, and of the same type as `Id`: a `From` for it too would not compile.
    Label(String),
}

#[test]
fn the_object_attribute_adds_extra_and_the_model_derive() {
    let tag: Tag = decode(json!({"name": "red", "n": 2, "hue": 0})).unwrap();
    assert_eq!(tag.name, "red");
    assert_eq!(tag.count, Some(2));
    assert_eq!(tag.extra.get("hue"), Some(&json!(0)));
    let copy = tag.clone();
    assert_eq!(copy, tag);
    assert!(format!("{tag:?}").contains("extra"));
    assert_eq!(
        serde_json::to_value(Tag::new("blue")).unwrap(),
        json!({"name": "blue"})
    );
}

#[test]
fn from_variants_converts_only_the_marked_variants() {
    assert_eq!(IdOrTags::from("a1".to_string()), IdOrTags::Id("a1".into()));
    assert_eq!(
        IdOrTags::from(vec![Tag::new("x")]),
        IdOrTags::Tags(vec![Tag::new("x")])
    );
    // `From<String>` is `Id`'s, the marked variant, not `Label`'s.
    assert_ne!(IdOrTags::from("a".to_string()), IdOrTags::Label("a".into()));
}

#[test]
fn string_enums_default_to_the_lower_case_name() {
    assert_eq!(Kind::Item.as_str(), "item");
    assert_eq!(Kind::from("item"), Kind::Item);
    assert_eq!(Kind::DarkBlue.as_str(), "dark-blue");
}
