//! Malformed documents give errors that say where: a JSON pointer, and line:column.

use personaclick_codegen::{Diagnostic, check};

const HEAD: &str = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n";

fn errors(text: &str) -> Vec<Diagnostic> {
    match check(text) {
        Ok(model) => panic!(
            "expected errors, got a model with {} operations",
            model.operations.len()
        ),
        Err(d) => d.0,
    }
}

fn one(text: &str) -> Diagnostic {
    let all = errors(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    all.into_iter().next().expect("one")
}

/// The errors of the operations a document's model leaves out (the document itself is
/// accepted).
fn skipped(text: &str) -> Vec<Diagnostic> {
    match check(text) {
        Ok(model) => model.skipped,
        Err(d) => panic!("expected operations skipped, got errors: {d}"),
    }
}

fn skipped_one(text: &str) -> Diagnostic {
    let all = skipped(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    all.into_iter().next().expect("one")
}

#[test]
fn other_openapi_versions_are_refused_clearly() {
    let d = one("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert_eq!(d.pointer.as_deref(), Some("/openapi"));
    assert_eq!(d.position, Some((1, 1)));
    assert!(d.to_string().contains("only 3.0.x and 3.1.x"), "{d}");
}

#[test]
fn swagger_2_is_refused_clearly() {
    let d = one("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n");
    assert!(d.message.contains("Swagger 2.0"), "{d}");
}

#[test]
fn broken_yaml_has_a_line_and_column() {
    let d = one(&format!("{HEAD}paths:\n  /a:\n    get: [oops\n"));
    let (line, _) = d.position.expect("position");
    assert!(line >= 7, "{d}");
    assert!(d.message.starts_with("not valid YAML"), "{d}");
}

#[test]
fn unresolved_references_point_at_the_ref() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: a_get\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Missing'\n"
    );
    let d = skipped_one(&text);
    assert_eq!(
        d.pointer.as_deref(),
        Some("/paths/~1a/get/responses/200/content/application~1json/schema/$ref")
    );
    assert_eq!(d.position, Some((15, 17)));
    assert!(d.message.contains("#/components/schemas/Missing"), "{d}");
}

#[test]
fn a_missing_operation_id_is_named() {
    let model = check(&format!(
        "{HEAD}paths:\n  /a/{{id}}:\n    get:\n      parameters:\n        - {{name: id, in: path, required: true, schema: {{type: string}}}}\n      responses:\n        '200': {{description: ok}}\n"
    ))
    .unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(model.operations[0].id, "get_a_id");
    let w = model
        .warnings
        .iter()
        .find(|w| w.message.contains("operationId"))
        .expect("a warning");
    assert_eq!(w.pointer.as_deref(), Some("/paths/~1a~1{id}/get"));
    assert_eq!(w.position, Some((7, 5)));
    assert!(w.message.contains("`get_a_id`"), "{w}");
}

#[test]
fn an_operation_with_errors_is_skipped_not_the_document() {
    let text = format!(
        "{HEAD}paths:\n  /good:\n    get:\n      operationId: good\n      responses: {{'200': {{description: ok}}}}\n  /bad:\n    get:\n      operationId: bad\n      security: [{{nowhere: []}}]\n      responses: {{'200': {{description: ok}}}}\n"
    );
    let model = check(&text).unwrap_or_else(|d| panic!("{d}"));
    let ids: Vec<&str> = model.operations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["good"]);
    assert_eq!(model.skipped.len(), 1, "{:#?}", model.skipped);
    let d = &model.skipped[0];
    assert!(d.is_error());
    assert_eq!(d.pointer.as_deref(), Some("/paths/~1bad/get/security"));
    assert!(
        d.message.contains("unknown security scheme `nowhere`"),
        "{d}"
    );
    assert!(d.position.is_some(), "{d}");
    let w = model
        .warnings
        .iter()
        .find(|w| w.message.starts_with("operation `bad` skipped:"))
        .expect("a skip warning");
    assert_eq!(w.pointer, d.pointer);
}

#[test]
fn a_broken_component_still_refuses_the_document() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: a\n      responses: {{'200': {{description: ok}}}}\ncomponents:\n  schemas:\n    Pet:\n      $ref: '#/components/schemas/Missing'\n"
    );
    let all = errors(&text);
    assert!(
        all.iter().any(|d| d
            .pointer
            .as_deref()
            .is_some_and(|p| p.starts_with("/components/"))),
        "{all:#?}"
    );
}

#[test]
fn duplicate_operation_ids_collide() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: same\n      responses: {{'200': {{description: ok}}}}\n  /b:\n    get:\n      operationId: same\n      responses: {{'200': {{description: ok}}}}\n"
    );
    let d = skipped_one(&text);
    assert_eq!(d.pointer.as_deref(), Some("/paths/~1b/get/operationId"));
    assert_eq!(d.position, Some((12, 7)));
    assert!(d.message.contains("/paths/~1a/get"), "{d}");
}

#[test]
fn method_names_collide_within_a_tag() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: pets_list\n      tags: [pets]\n      responses: {{'200': {{description: ok}}}}\n  /b:\n    get:\n      operationId: petsList\n      tags: [pets]\n      responses: {{'200': {{description: ok}}}}\n"
    );
    let d = one(&text);
    assert!(d.message.contains("method `list` is defined twice"), "{d}");
}

#[test]
fn unsupported_constructs_are_errors_with_a_place() {
    let text = format!(
        "{HEAD}paths:\n  /a:\n    get:\n      operationId: a\n      parameters:\n        - name: c\n          in: cookie\n          schema: {{type: string}}\n        - name: d\n          in: query\n          style: pipeDelimited\n          schema: {{type: array, items: {{type: string}}}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                not: {{type: string}}\n"
    );
    let all = skipped(&text);
    let pointers: Vec<&str> = all.iter().filter_map(|d| d.pointer.as_deref()).collect();
    assert!(
        pointers.contains(&"/paths/~1a/get/parameters/0"),
        "{all:#?}"
    );
    assert!(
        pointers.contains(&"/paths/~1a/get/parameters/1/style"),
        "{all:#?}"
    );
    assert!(pointers.iter().any(|p| p.ends_with("/schema")), "{all:#?}");
    assert!(all.iter().all(|d| d.position.is_some()), "{all:#?}");
}

#[test]
fn undeclared_path_parameters_are_errors() {
    let d = skipped_one(&format!(
        "{HEAD}paths:\n  /a/{{id}}:\n    get:\n      operationId: a\n      responses: {{'200': {{description: ok}}}}\n"
    ));
    assert!(d.message.contains("`id`"), "{d}");
}

#[test]
fn garbage_never_panics() {
    for text in [
        "",
        "[]",
        "42",
        "openapi: 3.0.3",
        "openapi: [3]",
        "openapi: 3.0.3\ninfo: 5\npaths: {}",
        "\u{0}\u{1}",
        "{{{{",
        "openapi: 3.0.3\npaths:\n  /a: 7\n",
    ] {
        assert!(check(text).is_err(), "{text:?} should be refused");
    }
}

#[test]
fn a_credential_property_must_name_a_declared_api_key() {
    let spec = |scheme: &str| {
        format!(
            "{HEAD}paths: {{}}\ncomponents:\n  securitySchemes:\n    key: {{type: apiKey, in: query, name: k}}\n    token: {{type: http, scheme: bearer}}\n  schemas:\n    Body:\n      type: object\n      properties:\n        k:\n          type: string\n          x-credential: {scheme}\n"
        )
    };
    let unknown = one(&spec("nope"));
    assert_eq!(
        unknown.pointer.as_deref(),
        Some("/components/schemas/Body/properties/k/x-credential")
    );
    assert!(
        unknown.message.contains("unknown security scheme `nope`"),
        "{unknown}"
    );
    let bearer = one(&spec("token"));
    assert!(
        bearer.message.contains("not an `apiKey` scheme"),
        "{bearer}"
    );
    assert!(bearer.to_string().contains(" at 16:"), "located: {bearer}");
    check(&spec("key")).expect("an API key may travel in the body");
}

/// A document with two contexts (one of parameters, one of a credential) and one operation
/// with the given extra lines and security.
fn handles_spec(op_extra: &str, credentials: &str) -> String {
    format!(
        "{HEAD}x-contexts:\n  visitor:\n    parameters: [did]\n  server:\n    credentials: [{credentials}]\ncomponents:\n  securitySchemes:\n    key: {{type: apiKey, in: query, name: k}}\n    secret: {{type: apiKey, in: query, name: s}}\nsecurity:\n  - key: []\npaths:\n  /a:\n    get:\n      operationId: a\n{op_extra}      parameters:\n        - {{name: did, in: query, schema: {{type: string}}}}\n      responses:\n        '204': {{description: done}}\n"
    )
}

#[test]
fn an_operation_context_must_name_a_parameter_context() {
    let unknown = one(&handles_spec("      x-context: shopper\n", "secret"));
    assert_eq!(unknown.pointer.as_deref(), Some("/paths/~1a/get/x-context"));
    assert!(
        unknown.message.contains("`shopper` is not a context"),
        "{unknown}"
    );
    let credential = one(&handles_spec("      x-context: server\n", "secret"));
    assert!(
        credential.message.contains("binds credentials"),
        "{credential}"
    );
    let bad = one(&handles_spec("      x-context: [visitor]\n", "secret"));
    assert_eq!(bad.pointer.as_deref(), Some("/paths/~1a/get/x-context"));
}

#[test]
fn a_credential_context_must_name_a_declared_scheme() {
    let unknown = one(&handles_spec("", "nope"));
    assert_eq!(
        unknown.pointer.as_deref(),
        Some("/x-contexts/server/credentials")
    );
    assert!(
        unknown
            .message
            .contains("`nope` is not a declared security scheme"),
        "{unknown}"
    );
}

#[test]
fn operations_are_placed_on_the_handle_they_need() {
    let visitor = check(&handles_spec("      x-context: visitor\n", "secret")).expect("model");
    assert_eq!(visitor.operations[0].handle.as_deref(), Some("Visitor"));
    let secret = "      security:\n        - key: []\n          secret: []\n";
    let server = check(&handles_spec(secret, "secret")).expect("model");
    assert_eq!(server.operations[0].handle.as_deref(), Some("Server"));
    let handle = server
        .contexts
        .iter()
        .find(|c| c.ident == "server")
        .and_then(|c| c.handle.as_ref());
    assert_eq!(handle.map(|h| h.alias.as_str()), Some("ServerClient"));
    // With an alternative that does without the secret, every handle reaches it.
    let either = "      security:\n        - key: []\n          secret: []\n        - key: []\n";
    let open = check(&handles_spec(either, "secret")).expect("model");
    assert_eq!(open.operations[0].handle, None);
    assert!(open.contexts.iter().all(|c| c.handle.is_none()));
}
