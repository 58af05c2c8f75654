//! Schemas that mix a `type` with keywords of another kind, read as what they mean:
//! `type: object` beside `oneOf`, `anyOf` or `allOf` is that combination (the `type` only
//! repeats what its parts say), and `type: object` with a keyword of another type (a
//! `format`, say) is the object, the stray keyword ignored with a warning.

use openapiv3::{ObjectType, Schema, SchemaKind, Type};

/// The schema as the generator reads it, and a warning for what it ignores; `None` when
/// the schema needs no rewriting.
pub(super) fn normalized(schema: &Schema) -> Option<(Schema, Option<String>)> {
    let SchemaKind::Any(any) = &schema.schema_kind else {
        return None;
    };
    if any.typ.as_deref().is_some_and(|t| t != "object") || any.not.is_some() {
        return None;
    }
    let bare = any.properties.is_empty() && any.additional_properties.is_none();
    let (one, anyof, all) = (
        !any.one_of.is_empty(),
        !any.any_of.is_empty(),
        !any.all_of.is_empty(),
    );
    let kind = match (one, anyof, all) {
        (true, false, false) if bare => SchemaKind::OneOf {
            one_of: any.one_of.clone(),
        },
        (false, true, false) if bare => SchemaKind::AnyOf {
            any_of: any.any_of.clone(),
        },
        (false, false, true) if bare => SchemaKind::AllOf {
            all_of: any.all_of.clone(),
        },
        (false, false, false) if any.typ.is_some() => {
            let kind = SchemaKind::Type(Type::Object(ObjectType {
                properties: any.properties.clone(),
                required: any.required.clone(),
                additional_properties: any.additional_properties.clone(),
                min_properties: any.min_properties,
                max_properties: any.max_properties,
            }));
            let warning = match &any.format {
                Some(format) => format!("`format: {format}` on an object schema is ignored"),
                None => "keywords of other types on an object schema are ignored".to_string(),
            };
            return Some((
                Schema {
                    schema_data: schema.schema_data.clone(),
                    schema_kind: kind,
                },
                Some(warning),
            ));
        }
        _ => return None,
    };
    Some((
        Schema {
            schema_data: schema.schema_data.clone(),
            schema_kind: kind,
        },
        None,
    ))
}
