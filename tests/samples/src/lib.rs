//! The generator's output for public sample specs, each compiled in a module of its own
//! against `personaclick-runtime` (see `build.rs`). If this crate builds, the generated
//! code for those specs type-checks.

include!(concat!(env!("OUT_DIR"), "/constructs.rs"));
include!(concat!(env!("OUT_DIR"), "/petstore_expanded.rs"));
include!(concat!(env!("OUT_DIR"), "/api_with_examples.rs"));
include!(concat!(env!("OUT_DIR"), "/link_example.rs"));
include!(concat!(env!("OUT_DIR"), "/media_types.rs"));
include!(concat!(env!("OUT_DIR"), "/alias_unions.rs"));
include!(concat!(env!("OUT_DIR"), "/prelude_names.rs"));
include!(concat!(env!("OUT_DIR"), "/skipped_operations.rs"));
include!(concat!(env!("OUT_DIR"), "/string_union_params.rs"));
include!(concat!(env!("OUT_DIR"), "/object_query_params.rs"));
include!(concat!(env!("OUT_DIR"), "/loose_unions.rs"));
include!(concat!(env!("OUT_DIR"), "/basic_auth.rs"));

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn models_named_like_prelude_items_keep_std_types() {
        use super::prelude_names::types::{Result, String};
        let value = json!({"value": {"text": "a"}, "notes": ["b"], "x": 1});
        let result: Result = serde_json::from_value(value.clone()).expect("decode");
        assert_eq!(result.value.text.as_deref(), Some("a"));
        let notes: &::std::vec::Vec<::std::string::String> = result.notes.as_ref().expect("notes");
        assert_eq!(notes, &["b"]);
        assert_eq!(serde_json::to_value(&result).expect("encode"), value);
        let _: String = String::default();
    }

    #[test]
    fn constructs_behave() {
        use super::constructs::types::{Colour, Flag, Pet};
        let pet: Pet = serde_json::from_value(
            json!({"name": "Rex", "colour": "dark-blue", "flag": 3, "key": 7, "tag": null, "x": 1}),
        )
        .expect("decode");
        assert_eq!(pet.colour, Some(Colour::DarkBlue));
        assert!(matches!(pet.flag, Some(Flag::Number(_))));
        assert_eq!(
            serde_json::to_value(&pet).expect("encode"),
            json!({"name": "Rex", "colour": "dark-blue", "flag": 3, "key": 7, "tag": null, "x": 1})
        );
        let unknown: Colour = serde_json::from_value(json!("green")).expect("decode");
        assert_eq!(unknown, Colour::Other("green".into()));
        assert!(
            serde_json::from_value::<Pet>(json!({"colour": "red"})).is_err(),
            "name is required"
        );
    }

    #[test]
    fn discriminated_unions_carry_their_tag() {
        use super::constructs::types::{BuyEvent, Event, ViewEvent};
        let view = Event::from(ViewEvent::new("sku-1"));
        assert_eq!(
            serde_json::to_value(&view).expect("encode"),
            // `referrer` is required and nullable: a new value sends `null` for it.
            json!({"event": "view", "item": "sku-1", "referrer": null})
        );
        let buy: Event =
            serde_json::from_value(json!({"event": "buy", "total": 9.5})).expect("decode");
        assert!(matches!(buy, Event::Buy(BuyEvent { .. })));
        let other: Event = serde_json::from_value(json!({"event": "refund"})).expect("decode");
        assert_eq!(other, Event::Other(json!({"event": "refund"})));
    }

    #[test]
    fn unions_of_aliases_convert_only_from_their_own_types() {
        use super::alias_unions::types::{Found, Lookup, Query};
        let query = Lookup::from(Query::new().with_text("rex"));
        assert_eq!(
            serde_json::to_value(&query).expect("encode"),
            json!({"text": "rex"})
        );
        // Handle and Email are both `String`: neither converts, the first one decodes.
        let handle: Lookup = serde_json::from_value(json!("ann")).expect("decode");
        assert_eq!(handle, Lookup::Handle("ann".into()));
        let names: Lookup = serde_json::from_value(json!(["a", "b"])).expect("decode");
        assert_eq!(names, Lookup::Names(vec!["a".into(), "b".into()]));
        let found = Found::from(personaclick_runtime::Number::from(7));
        assert_eq!(serde_json::to_value(&found).expect("encode"), json!(7));
    }

    #[test]
    fn the_server_url_comes_from_the_spec() {
        assert_eq!(
            super::petstore_expanded::operations::DEFAULT_BASE_URL,
            "http://petstore.swagger.io/api"
        );
        let client = super::petstore_expanded::Client::builder()
            .build()
            .expect("client");
        assert_eq!(client.base_url(), "http://petstore.swagger.io/api");
    }
}
