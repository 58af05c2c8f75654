//! Object-valued query parameters: an object's properties as query pairs, in the two
//! OpenAPI styles that allow it.
//!
//! - `style: form, explode: true` (the query default): each property is a parameter of its
//!   own, `color=red&size=9`.
//! - `style: deepObject`: each property under the parameter's name,
//!   `filter[color]=red&filter[size]=9`; nested objects go on nesting,
//!   `filter[size][min]=9`.
//!
//! Lists repeat their key; strings go as they are, other scalars as JSON text; `null`s and
//! unset properties are left out. A value that is not an object goes under the parameter's
//! own name.

use serde_json::Value;

/// The query pairs of `value`, a parameter named `name`.
pub(crate) fn object_pairs(name: &str, value: &Value, deep: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let key = if deep {
                    format!("{name}[{key}]")
                } else {
                    key.clone()
                };
                push(&key, v, deep, &mut out);
            }
        }
        other => push(name, other, deep, &mut out),
    }
    out
}

fn push(key: &str, value: &Value, deep: bool, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::String(text) => out.push((key.to_string(), text.clone())),
        Value::Array(items) => {
            for item in items {
                push(key, item, deep, out);
            }
        }
        Value::Object(map) if deep => {
            for (k, v) in map {
                push(&format!("{key}[{k}]"), v, deep, out);
            }
        }
        other => out.push((key.to_string(), other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::object_pairs;

    fn pairs(value: serde_json::Value, deep: bool) -> Vec<(String, String)> {
        object_pairs("filter", &value, deep)
    }

    fn owned(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn form_explode_makes_each_property_a_parameter() {
        let value = json!({"color": "red", "size": 9, "tags": ["a", "b"], "gone": null});
        assert_eq!(
            pairs(value, false),
            owned(&[
                ("color", "red"),
                ("size", "9"),
                ("tags", "a"),
                ("tags", "b")
            ])
        );
    }

    #[test]
    fn deep_object_nests_under_the_name() {
        let value = json!({"color": "red", "size": {"min": 9, "max": 12}, "ok": true});
        assert_eq!(
            pairs(value, true),
            // Keys in the order serde_json's map keeps them (sorted).
            owned(&[
                ("filter[color]", "red"),
                ("filter[ok]", "true"),
                ("filter[size][max]", "12"),
                ("filter[size][min]", "9"),
            ])
        );
    }

    #[test]
    fn a_value_that_is_not_an_object_goes_under_the_name() {
        assert_eq!(pairs(json!("x"), true), owned(&[("filter", "x")]));
    }
}
