//! The intermediate model of `fixtures/constructs.yaml`, inspected without emitting code,
//! and generation of every sample spec.

use personaclick_codegen::model::{
    BodyEncoding, InputSource, Operation, OutputType, ParamLocation, ParamStyle, PathPart, Status,
    StatusMatch, TypeKind, TypeRef,
};
use personaclick_codegen::{Config, Model, check, generate};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("read fixture")
}

fn operation<'m>(model: &'m Model, id: &str) -> &'m Operation {
    model
        .operations
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("op {id}"))
}

#[test]
fn constructs_model() {
    let model = check(&fixture("constructs.yaml")).unwrap_or_else(|d| panic!("{d}"));
    let ty = |name: &str| {
        &model
            .types
            .iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("type {name}"))
            .kind
    };
    // Enums keep their values; scalar unions dispatch by JSON type; string|integer is an Id.
    let TypeKind::Enum { values } = ty("Colour") else {
        panic!("Colour is an enum")
    };
    let idents: Vec<&str> = values.iter().map(|v| v.ident.as_str()).collect();
    assert_eq!(idents, ["Red", "DarkBlue", "V3d"]);
    assert!(matches!(ty("Flag"), TypeKind::Scalars { variants } if variants.len() == 2));
    assert!(matches!(ty("Key"), TypeKind::Alias(TypeRef::Id)));
    // Structs: keywords renamed, nullable kept, maps, any, inline objects named after their place.
    let TypeKind::Struct { fields, .. } = ty("Pet") else {
        panic!("Pet is a struct")
    };
    let field = |json: &str| {
        fields
            .iter()
            .find(|f| f.json == json)
            .unwrap_or_else(|| panic!("field {json}"))
    };
    assert_eq!(field("type").ident, "type_");
    assert!(field("name").required && !field("tag").required && field("tag").nullable);
    assert!(field("owner_email").pii);
    assert_eq!(field("labels").ty, TypeRef::Map(Box::new(TypeRef::String)));
    assert_eq!(field("anything").ty, TypeRef::Any);
    // `allOf: [$ref, {nullable: true}]` is the reference, nullable.
    assert_eq!(field("shade").ty, TypeRef::Named("Colour".into()));
    assert!(field("shade").nullable && !field("colour").nullable);
    assert_eq!(field("size").ty, TypeRef::Named("PetSize".into()));
    // allOf merges; a recursive optional field is boxed.
    let TypeKind::Struct { fields: cat, .. } = ty("Cat") else {
        panic!("Cat is a struct")
    };
    assert!(cat.iter().any(|f| f.json == "lives") && cat.iter().any(|f| f.json == "name"));
    let TypeKind::Struct { fields: tree, .. } = ty("Tree") else {
        panic!("Tree is a struct")
    };
    assert!(
        tree.iter()
            .find(|f| f.json == "parent")
            .expect("parent")
            .boxed
    );
    assert!(
        !tree
            .iter()
            .find(|f| f.json == "children")
            .expect("children")
            .boxed
    );

    let op = |id: &str| operation(&model, id);
    let get = op("pets_get");
    assert_eq!(
        (get.tag.as_str(), get.method_name.as_str()),
        ("pets", "get")
    );
    assert!(get.retry_safe);
    let param = |name: &str| {
        get.params
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("param {name}"))
    };
    assert_eq!(param("pet_id").location, ParamLocation::Path);
    assert!(param("pet_id").required);
    assert_eq!(param("fields").style, ParamStyle::Joined);
    assert_eq!(param("ids").style, ParamStyle::Repeated);
    assert_eq!(param("ids").ty, TypeRef::Array(Box::new(TypeRef::Int)));
    assert_eq!(param("where").style, ParamStyle::Json);
    assert_eq!(param("X-Request-Id").location, ParamLocation::Header);
    assert!(param("token").context && param("token").aliases == ["session_token"]);
    let statuses: Vec<Status> = get.responses.iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [Status::Code(200), Status::Code(404), Status::Default]
    );
    assert_eq!(get.responses[0].examples.len(), 1);
    assert_eq!(get.error_message_pointers, ["/error/message"]);
    // Security: the unsupported oauth alternative is dropped, bearer stays.
    assert_eq!(op("pets_delete").security, [vec!["bearer".to_string()]]);
    assert!(op("pets_delete").responses[0].ty.is_none());
    let create = op("pets_create");
    let body = create.body.as_ref().expect("body");
    assert_eq!(body.encodings, [BodyEncoding::Form, BodyEncoding::Json]);
    assert!(body.required);
    assert!(
        model.global_security.is_empty(),
        "pets_delete needs no API key, so the builder does not ask for one"
    );
    assert_eq!(model.server, "https://example.test");
}

#[test]
fn constructs_builder_decisions() {
    let model = check(&fixture("constructs.yaml")).unwrap_or_else(|d| panic!("{d}"));
    let op = |id: &str| operation(&model, id);
    // Inputs carry their final names; `type` is a keyword, a context fills `token`.
    let get = op("pets_get");
    assert_eq!(get.table_ident, "PETS_GET");
    assert_eq!(
        get.path_parts,
        [
            PathPart::Text("/pets/".into()),
            PathPart::Input("pet_id".into())
        ]
    );
    let token = get
        .inputs
        .iter()
        .find(|i| i.name == "token")
        .expect("token");
    assert!(token.context && !token.required);
    assert!(
        matches!(&token.source, InputSource::Param { aliases, .. } if aliases == &["session_token"])
    );
    assert_eq!(get.output.statuses, [StatusMatch::Code(200)]);
    assert_eq!(get.mock.status, 200);
    assert_eq!(get.mock.examples.len(), 1);
    // An object body: its properties are inputs, set on the body struct.
    let create = op("pets_create");
    assert_eq!(
        create.body_object.as_ref().map(|b| b.type_name.as_str()),
        Some("Pet")
    );
    let kind = create
        .inputs
        .iter()
        .find(|i| i.name == "type")
        .expect("type");
    assert!(matches!(&kind.source, InputSource::BodyField { field, .. } if field == "type_"));
    assert_eq!(
        create.output.ty,
        OutputType::Typed(TypeRef::Named("Cat".into()))
    );
    assert_eq!(create.mock.status, 201);
    // A list body is one input, `body`; a success without a body still decodes the list.
    let replace = op("pets_replace_all");
    let idents: Vec<&str> = replace.inputs.iter().map(|i| i.ident.as_str()).collect();
    assert_eq!(idents, ["body"]);
    assert_eq!(
        replace.output.statuses,
        [StatusMatch::Code(200), StatusMatch::Code(202)]
    );
    assert!(matches!(
        replace.output.ty,
        OutputType::Typed(TypeRef::Array(_))
    ));
    assert_eq!(replace.mock.empty_body, "[]");
    // Nothing documented for success but 204: the call returns `()`.
    assert_eq!(op("pets_delete").output.ty, OutputType::Empty);
    assert_eq!(model.contexts[0].parameters[0].ident, "token");
    let bearer = model
        .security_schemes
        .iter()
        .find(|s| s.id == "bearer")
        .expect("bearer");
    assert_eq!(bearer.static_ident, "SCHEME_BEARER");
}

#[test]
fn every_sample_generates_valid_deterministic_rust() {
    for name in [
        "constructs.yaml",
        "petstore-expanded.yaml",
        "api-with-examples.yaml",
        "link-example.yaml",
        "paged-listing.yaml",
        "tracked-events.yaml",
    ] {
        let text = fixture(name);
        let a = generate(&text, &Config::default()).unwrap_or_else(|d| panic!("{name}: {d}"));
        let b = generate(&text, &Config::default()).unwrap_or_else(|d| panic!("{name}: {d}"));
        assert_eq!(a, b, "{name}: output is not byte-stable");
        assert!(
            !a.contains("TODO") && !a.contains("todo!") && !a.contains("unimplemented!"),
            "{name}"
        );
    }
}

/// A field of a struct type of the model, by its JSON name.
fn struct_field<'m>(
    model: &'m Model,
    ty: &str,
    json: &str,
) -> &'m personaclick_codegen::model::Field {
    let def = model
        .types
        .iter()
        .find(|t| t.name == ty)
        .unwrap_or_else(|| panic!("type {ty}"));
    let TypeKind::Struct { fields, .. } = &def.kind else {
        panic!("{ty} is a struct")
    };
    fields
        .iter()
        .find(|f| f.json == json)
        .unwrap_or_else(|| panic!("{ty}.{json}"))
}

#[test]
fn pii_and_aliases_follow_references() {
    let text = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Email:
      type: string
      x-pii: true
      x-aliases: [mail]
      description: An email address.
    Contact:
      $ref: '#/components/schemas/Email'
    Customer:
      type: object
      properties:
        email: {$ref: '#/components/schemas/Email'}
        wrapped:
          allOf: [{$ref: '#/components/schemas/Email'}]
          nullable: true
        chained: {$ref: '#/components/schemas/Contact'}
        emails:
          type: array
          items: {$ref: '#/components/schemas/Email'}
        own:
          $ref: '#/components/schemas/Email'
        name: {type: string}
"##;
    let model = check(text).unwrap_or_else(|d| panic!("{d}"));
    let field = |json: &str| struct_field(&model, "Customer", json);
    for json in ["email", "wrapped", "chained", "emails", "own"] {
        assert!(field(json).pii, "`{json}` refers to a personal-data schema");
    }
    assert!(!field("name").pii);
    assert_eq!(field("email").aliases, ["mail"]);
    // A reference to a plain string is typed as a string, described by its target.
    assert_eq!(field("email").ty, TypeRef::String);
    assert_eq!(field("email").doc.as_deref(), Some("An email address."));
    assert_eq!(
        field("emails").ty,
        TypeRef::Array(Box::new(TypeRef::String))
    );
}

#[test]
fn all_of_parts_keep_their_extensions() {
    let text = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Context:
      type: object
      properties:
        sid: {type: string, x-aliases: [seance]}
        email: {type: string, x-pii: true}
    View:
      allOf:
        - $ref: '#/components/schemas/Context'
        - type: object
          required: [event]
          properties:
            event: {type: string, enum: [view]}
            phone: {type: string, x-pii: true}
"##;
    let model = check(text).unwrap_or_else(|d| panic!("{d}"));
    let field = |json: &str| struct_field(&model, "View", json);
    assert_eq!(field("sid").aliases, ["seance"]);
    assert!(field("email").pii && field("phone").pii);
    assert!(field("event").required && field("event").constant.is_some());
}

#[test]
fn batch_limits_are_read_and_a_wrong_one_skips_its_operation_with_the_error_at_its_place() {
    let spec = |limits: &str| {
        format!(
            r##"
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /upload:
    post:
      operationId: upload
      x-batch: {{items: rows, {limits}}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [rows]
              properties:
                rows: {{type: array, items: {{type: string}}}}
      responses:
        '200': {{description: ok}}
"##
        )
    };
    let model = check(&spec("max-bytes: 1000, max-items: 50, per-minute: 6"))
        .unwrap_or_else(|d| panic!("{d}"));
    let batch = operation(&model, "upload").batch.as_ref().expect("x-batch");
    assert_eq!(
        (batch.max_bytes, batch.max_items, batch.per_minute),
        (Some(1000), Some(50), Some(6))
    );
    for (wrong, key) in [
        ("max-items: 0", "max-items"),
        ("max-bytes: -1", "max-bytes"),
        ("per-minute: 5000000000", "per-minute"),
        ("max-items: many", "max-items"),
    ] {
        // The operation is left out, its error kept at its place.
        let model = check(&spec(wrong)).unwrap_or_else(|d| panic!("{wrong}: {d}"));
        assert!(model.operations.iter().all(|o| o.id != "upload"), "{wrong}");
        let err: Vec<String> = model.skipped.iter().map(ToString::to_string).collect();
        assert!(
            err.iter()
                .any(|e| e.contains(&format!("/paths/~1upload/post/x-batch/{key}"))),
            "{wrong}: {err:?}"
        );
    }
}

#[test]
fn string_unions_are_parameters() {
    let model = check(&fixture("string-union-params.yaml")).unwrap_or_else(|d| panic!("{d}"));
    assert!(model.warnings.is_empty(), "{:#?}", model.warnings);
    let op = operation(&model, "getThing");
    let ty = |name: &str| {
        op.params
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("param {name}"))
            .ty
            .clone()
    };
    assert_eq!(ty("thing"), TypeRef::Named("NameOrId".into()));
    assert_eq!(ty("color"), TypeRef::Named("Color".into()));
    assert_eq!(
        ty("related"),
        TypeRef::Array(Box::new(TypeRef::Named("NameOrId".into())))
    );
    // A `oneOf` of one-value enums is the enum of those values.
    let color = model
        .types
        .iter()
        .find(|t| t.name == "Color")
        .expect("Color");
    let TypeKind::Enum { values } = &color.kind else {
        panic!("Color is an enum: {:?}", color.kind)
    };
    let values: Vec<&str> = values.iter().map(|v| v.json.as_str()).collect();
    assert_eq!(values, ["blue", "red"]);
}

#[test]
fn type_object_beside_one_of_or_format_is_read_as_meant() {
    let text = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: a
      tags: [a]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  either:
                    type: object
                    oneOf:
                      - {type: object, properties: {x: {type: string}}}
                      - {type: object, properties: {y: {type: string}}}
                  stamped:
                    type: object
                    format: date-time
                    properties:
                      at: {type: string}
"#;
    let model = check(text).unwrap_or_else(|d| panic!("{d}"));
    let answer = model
        .types
        .iter()
        .find(|t| t.name == "AResponse")
        .expect("AResponse");
    let TypeKind::Struct { fields, .. } = &answer.kind else {
        panic!("a struct")
    };
    let field = |json: &str| fields.iter().find(|f| f.json == json).expect(json);
    // `type: object` + `oneOf` is the union, not any JSON value.
    let TypeRef::Named(either) = &field("either").ty else {
        panic!("either is named: {:?}", field("either").ty)
    };
    let either = model
        .types
        .iter()
        .find(|t| &t.name == either)
        .expect("type");
    assert!(matches!(&either.kind, TypeKind::Union { variants } if variants.len() == 2));
    // `type: object` + `format` is the object, with a warning at the schema.
    assert!(matches!(field("stamped").ty, TypeRef::Named(_)));
    assert!(
        model
            .warnings
            .iter()
            .any(|w| w.message.contains("`format: date-time`")
                && w.pointer
                    .as_deref()
                    .is_some_and(|p| p.ends_with("/properties/stamped"))),
        "{:#?}",
        model.warnings
    );
}

#[test]
fn a_query_in_the_path_key_is_sent_with_every_call() {
    let text = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /things:
    get:
      operationId: things
      tags: [t]
      responses: {'200': {description: ok}}
  /things?beta=true:
    get:
      operationId: betaThings
      tags: [t]
      responses: {'200': {description: ok}}
"#;
    let model = check(text).unwrap_or_else(|d| panic!("{d}"));
    let beta = operation(&model, "betaThings");
    assert_eq!(beta.path, "/things");
    assert_eq!(beta.fixed_query, [("beta".to_string(), "true".to_string())]);
    assert!(operation(&model, "things").fixed_query.is_empty());
    let code = personaclick_codegen::generate(text, &Config::default()).expect("code");
    assert!(
        code.contains(r#"request.query(&["beta"], Some("true"));"#),
        "{code}"
    );
}

#[test]
fn a_required_input_keeps_a_builder_method_name_an_optional_one_does_not() {
    let text = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /upload:
    post:
      operationId: upload
      tags: [t]
      parameters:
        - {name: send, in: query, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {type: string}}
      responses: {'200': {description: ok}}
"#;
    let model = check(text).unwrap_or_else(|d| panic!("{d}"));
    let op = operation(&model, "upload");
    let ident = |name: &str| {
        op.inputs
            .iter()
            .find(|i| i.name == name)
            .unwrap_or_else(|| panic!("input {name}"))
            .ident
            .clone()
    };
    // An argument may be called `items`; a setter may not be called `send`.
    assert_eq!(ident("items"), "items");
    assert_eq!(ident("send"), "send_2");
}

#[test]
fn a_credential_every_call_needs_makes_the_built_client_its_handle() {
    let text = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
x-contexts:
  authed:
    credentials: [token]
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
security:
  - token: []
paths:
  /things:
    get:
      operationId: things
      tags: [t]
      responses: {'204': {description: done}}
"#;
    let model = check(text).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(
        operation(&model, "things").handle.as_deref(),
        Some("Authed")
    );
    let code = generate(text, &Config::default()).expect("code");
    let code = code.split_whitespace().collect::<String>();
    assert!(
        code.contains("pubfnbuilder(token:implInto<String>)->ClientBuilder<handle::Authed>"),
        "{code}"
    );
    assert!(
        code.contains("pubtypeAuthedClient=Client<handle::Authed>;"),
        "{code}"
    );
}
