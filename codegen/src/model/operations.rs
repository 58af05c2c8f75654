//! The operation side of the model, as types: operations with their parameters, bodies
//! and responses, and the document-level tags, security schemes and contexts. Built by
//! `paths` and the modules beside it.

use serde_json::Value;

use super::types::{CredentialField, TypeRef};

/// A tag: one sub-client.
#[derive(Debug, Clone)]
pub struct Tag {
    /// Tag name in the document.
    pub name: String,
    /// Accessor method name on the client.
    pub ident: String,
    /// Sub-client type name.
    pub type_name: String,
    /// One-line doc of the accessor: the description's first sentence, or a fallback that
    /// names the tag.
    pub summary: String,
    /// Description.
    pub doc: Option<String>,
    /// The handles its operations are on, sorted, each once (see [`Operation::handle`]):
    /// `None` for the operations every handle reaches, first when there are any.
    pub handles: Vec<Option<String>>,
}

/// A credential the client can hold.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// Id in `components.securitySchemes`.
    pub id: String,
    /// Name of the builder setter.
    pub ident: String,
    /// Name of the static the operation table refers to it by.
    pub static_ident: String,
    /// Wire name (query key or header name).
    pub name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// `http` bearer authentication (sent as `Authorization: Bearer ...`).
    pub bearer: bool,
    /// `http` basic authentication: a user name and a password, sent as
    /// `Authorization: Basic <base64 of user:password>`.
    pub basic: bool,
    /// Description.
    pub doc: Option<String>,
    /// The handle marker a client holding it becomes (see [`Context::handle`]): a
    /// credential context binds this scheme.
    pub handle: Option<String>,
}

/// A named set of parameters or credentials bound once (`x-contexts`).
#[derive(Debug, Clone)]
pub struct Context {
    /// Method name on the client.
    pub ident: String,
    /// The parameters (or top-level body properties) it fills, in document order.
    pub parameters: Vec<ContextParam>,
    /// The security schemes it binds (a credential context): set on the client builder,
    /// whose setter turns it into this context's handle.
    pub credentials: Vec<String>,
    /// Description.
    pub doc: Option<String>,
    /// When some operation is reached only through this context: the marker type of its
    /// handle (`Visitor` for `Client<handle::Visitor>`) and the alias of that client type
    /// (`VisitorClient`).
    pub handle: Option<ContextHandle>,
}

/// The client handle of a context that some operations need.
#[derive(Debug, Clone)]
pub struct ContextHandle {
    /// Marker type in the `handle` module.
    pub marker: String,
    /// Alias of `Client<handle::Marker>`.
    pub alias: String,
}

/// One value a context binds.
#[derive(Debug, Clone)]
pub struct ContextParam {
    /// Parameter or body property name on the wire.
    pub name: String,
    /// Argument name of the context method.
    pub ident: String,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
}

/// How a parameter value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// Scalars as text; arrays comma-joined (`style: form, explode: false`, or `simple`).
    Joined,
    /// Arrays as repeated keys (`style: form, explode: true`).
    Repeated,
    /// The value as JSON text (`content: application/json`).
    Json,
    /// An object whose properties are parameters of their own (`style: form, explode:
    /// true`, the query default).
    Exploded,
    /// An object whose properties go under the parameter's name, `name[key]=value`
    /// (`style: deepObject`).
    Deep,
}

/// A path, query or header parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Wire name.
    pub name: String,
    /// More wire names the value is also sent under (`x-aliases`).
    pub aliases: Vec<String>,
    /// Rust name.
    pub ident: String,
    /// Location.
    pub location: ParamLocation,
    /// Type.
    pub ty: TypeRef,
    /// Required: a constructor argument.
    pub required: bool,
    /// Encoding.
    pub style: ParamStyle,
    /// Filled from a context when not set.
    pub context: bool,
    /// Personal data (`x-pii`).
    pub pii: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Description.
    pub doc: Option<String>,
    /// The documented example value: the parameter's, or its schema's.
    pub example: Option<Value>,
    /// What the schema says a string must look like, for sample values.
    pub text: super::types::TextRules,
}

/// How a request body may be encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json`, and other JSON media types (`+json`, with parameters).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`: each property of the object body is a part.
    Multipart,
    /// `text/*`: the body is text, sent as it is.
    Text,
    /// Any other media type: the body is bytes, sent as they are.
    Bytes,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// The encoding used first, then the others the document offers with the same schema.
    pub encodings: Vec<BodyEncoding>,
    /// The media type used, as the document writes it.
    pub media_type: String,
    /// The content type a text or bytes body is sent with unless the caller sets one: the
    /// media type, or a concrete one for a wildcard (`text/plain`,
    /// `application/octet-stream`).
    pub content_type: String,
    /// For a multipart body: the JSON names of the properties that are files (`format:
    /// binary`), alone or in a list.
    pub files: Vec<String>,
    /// Type (`String` for text, `Bytes` for bytes).
    pub ty: TypeRef,
    /// Required.
    pub required: bool,
    /// Description.
    pub doc: Option<String>,
    /// The documented example of the body: the media type's (its `example`, or the first of
    /// its `examples`), or the schema's.
    pub example: Option<Value>,
}

/// A response status key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// One code.
    Code(u16),
    /// `1XX` .. `5XX`.
    Range(u16),
    /// `default`.
    Default,
}

impl Status {
    /// True for 2xx.
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(r) => r == 2,
            Status::Default => false,
        }
    }

    /// The statuses this key stands for.
    pub fn matching(self) -> StatusMatch {
        match self {
            Status::Code(c) => StatusMatch::Code(c),
            Status::Range(r) => StatusMatch::Range(r * 100, r * 100 + 99),
            Status::Default => StatusMatch::Any,
        }
    }
}

/// A set of statuses, as a `match` on the status code tests them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusMatch {
    /// One code.
    Code(u16),
    /// Codes from the first to the second, both included.
    Range(u16, u16),
    /// Any status.
    Any,
}

/// A documented response.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status key.
    pub status: Status,
    /// JSON body type; `None` when no JSON body is documented.
    pub ty: Option<TypeRef>,
    /// A body that is not JSON, read as it is: `String` for `text/*`, else `Bytes`.
    pub raw: Option<TypeRef>,
    /// The media type read, as the document writes it (`None` without a body).
    pub media_type: Option<String>,
    /// The response offers its body in more media types than the one read.
    pub alternatives: bool,
    /// Description.
    pub doc: Option<String>,
    /// Documented examples (name, value), in document order.
    pub examples: Vec<(String, Value)>,
}

impl Operation {
    /// The JSON body type of the first documented success response.
    pub fn success_type(&self) -> Option<&TypeRef> {
        self.responses
            .iter()
            .find(|r| r.status.is_success())
            .and_then(|r| r.ty.as_ref())
    }
}

/// How a listing pages (`x-pagination`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// The input that selects the page: a 1-based page number, or an item offset.
    pub position: String,
    /// True when `position` is an offset rather than a page number.
    pub offset: bool,
    /// The input that sets the page size.
    pub limit: String,
    /// Page size used when walking all pages.
    pub page_size: i64,
    /// Path from the response body to the item list (empty: the body is the list); for a
    /// `oneOf` response, one path per variant.
    pub items: Vec<Vec<String>>,
    /// Type of one item.
    pub item: TypeRef,
    /// Path to the total count, if the response has one.
    pub total: Vec<String>,
    /// Documented cap on reachable items.
    pub max_items: Option<u64>,
    /// Setter of the `position` input.
    pub position_setter: String,
    /// Setter of the `limit` input.
    pub limit_setter: String,
    /// How the item list is reached from the success body.
    pub items_access: ItemsAccess,
    /// Fields from the success body to the total (empty: no total).
    pub total_access: Vec<FieldStep>,
}

/// How the item list of a page is reached from the success body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemsAccess {
    /// Through these fields (none: the body is the list).
    Path(Vec<FieldStep>),
    /// A `oneOf` body: through one path per variant.
    Variants {
        /// The body's union type.
        union: TypeRef,
        /// Variant by variant, in order.
        arms: Vec<VariantPath>,
    },
}

/// The path to the item list in one variant of a `oneOf` success body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantPath {
    /// Rust variant name.
    pub variant: String,
    /// Fields from the variant's content to the list.
    pub steps: Vec<FieldStep>,
}

/// One struct field on a path through a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldStep {
    /// Rust field name.
    pub field: String,
    /// The field is an `Option`.
    pub optional: bool,
}

/// How an upload is split into requests (`x-batch`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// JSON name of the body's array property that may be split.
    pub items: String,
    /// Rust name of that property in the body struct.
    pub field: String,
    /// That property is an `Option`.
    pub optional: bool,
    /// Largest request body, in bytes.
    pub max_bytes: Option<u64>,
    /// Most list items per request.
    pub max_items: Option<u64>,
    /// Most requests per minute.
    pub per_minute: Option<u32>,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// operationId.
    pub id: String,
    /// Tag (sub-client).
    pub tag: String,
    /// Method name on the sub-client.
    pub method_name: String,
    /// Request builder type name.
    pub type_name: String,
    /// HTTP method, upper case.
    pub http_method: String,
    /// Path template.
    pub path: String,
    /// Query pairs written into the path key itself (`/responses?beta=true`), sent with
    /// every call.
    pub fixed_query: Vec<(String, String)>,
    /// JSON pointer of the operation.
    pub pointer: String,
    /// Summary and description.
    pub doc: Option<String>,
    /// One line: the summary (or else the first paragraph of the description, or else the
    /// operationId), without a closing full stop.
    pub summary: String,
    /// What `doc` says after `summary`: the paragraphs that follow it.
    pub details: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// `x-retry-safe`.
    pub retry_safe: bool,
    /// Parameters: path ones in template order, then the rest in document order.
    pub params: Vec<Param>,
    /// Request body.
    pub body: Option<Body>,
    /// Responses, sorted by status.
    pub responses: Vec<Response>,
    /// Security alternatives (scheme ids); empty means none needed.
    pub security: Vec<Vec<String>>,
    /// The credentials written as body properties (`x-credential`), sorted; the others of
    /// `security` go where their scheme says.
    pub body_credentials: Vec<CredentialField>,
    /// The context whose handle alone reaches this operation, by marker name: the one its
    /// `x-context` names, or the credential context binding a scheme that every security
    /// alternative needs. `None`: every handle reaches it.
    pub handle: Option<String>,
    /// JSON pointers where error bodies carry a human message.
    pub error_message_pointers: Vec<String>,
    /// The security alternatives are the document's shared ones ([`SharedMeta`]), so the
    /// operation table entry need not repeat them.
    pub shared_security: bool,
    /// The error message pointers are the document's shared ones ([`SharedMeta`]).
    pub shared_error_pointers: bool,
    /// The `Accept` value is the document's shared one ([`SharedMeta`]).
    pub shared_accept: bool,
    /// Paging, when the listing pages.
    pub pagination: Option<Pagination>,
    /// Splitting, when the operation uploads a list.
    pub batch: Option<Batch>,
    /// Name of the static that describes the operation in the operation table.
    pub table_ident: String,
    /// The request builder's inputs: parameters in order, then the object body's
    /// properties (or the whole body).
    pub inputs: Vec<Input>,
    /// With more than [`MAX_ARGUMENTS`] required inputs, the name of the struct that holds
    /// them by name (the method takes it instead of a long row of positional arguments).
    pub args_type: Option<String>,
    /// The body's object type, when its properties are inputs.
    pub body_object: Option<BodyObject>,
    /// The path template, as text and path inputs.
    pub path_parts: Vec<PathPart>,
    /// Wire names of the required query parameters.
    pub required_query: Vec<String>,
    /// JSON names of the required body properties a caller sets (constants excluded).
    pub required_body: Vec<String>,
    /// What a successful call returns.
    pub output: Output,
    /// What the mock server answers.
    pub mock: MockAnswer,
}

/// The most required inputs a method takes as positional arguments; more go in a struct of
/// named fields ([`Operation::args_type`]), so that eight strings cannot be swapped.
pub const MAX_ARGUMENTS: usize = 6;

/// The `std` items the operations module names by their prelude names (`Option`,
/// `Some`, ..): builder and sub-client names never take them, so they cannot be shadowed.
pub const PRELUDE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Into",
    "IntoIterator",
];

/// What most operations of a document have in common, written once in the operation table
/// (the entries of the others say what differs).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SharedMeta {
    /// The security alternatives most operations have (scheme ids).
    pub security: Vec<Vec<String>>,
    /// The body credentials that go with them.
    pub body_credentials: Vec<CredentialField>,
    /// The error message pointers most operations have.
    pub error_message_pointers: Vec<String>,
    /// The `Accept` header most operations send.
    pub accept: String,
    /// Mock examples that more than one operation documents, in first-use order.
    pub examples: Vec<SharedExample>,
}

impl SharedMeta {
    /// The most common value of each field (the first one met on a tie), and which
    /// operations share it.
    pub fn decide(operations: &mut [Operation]) -> SharedMeta {
        fn most_common<T: PartialEq + Clone>(values: Vec<&T>) -> Option<T> {
            let mut best: Option<(&T, usize)> = None;
            for v in &values {
                let n = values.iter().filter(|w| **w == *v).count();
                if best.is_none_or(|(_, m)| n > m) {
                    best = Some((v, n));
                }
            }
            best.map(|(v, _)| v.clone())
        }
        let security: (Vec<Vec<String>>, Vec<CredentialField>) = most_common(
            operations
                .iter()
                .map(|o| (o.security.clone(), o.body_credentials.clone()))
                .collect::<Vec<_>>()
                .iter()
                .collect(),
        )
        .unwrap_or_default();
        let shared = SharedMeta {
            security: security.0,
            body_credentials: security.1,
            error_message_pointers: most_common(
                operations
                    .iter()
                    .map(|o| &o.error_message_pointers)
                    .collect(),
            )
            .unwrap_or_default(),
            accept: most_common(operations.iter().map(|o| &o.output.accept).collect())
                .unwrap_or_default(),
            examples: Vec::new(),
        };
        for op in operations.iter_mut() {
            op.shared_security =
                op.security == shared.security && op.body_credentials == shared.body_credentials;
            op.shared_error_pointers = op.error_message_pointers == shared.error_message_pointers;
            op.shared_accept = op.output.accept == shared.accept;
        }
        SharedMeta {
            examples: super::shared_examples::decide(operations),
            ..shared
        }
    }
}

/// One input of a request builder: a parameter, a property of an object body, or the
/// whole body.
#[derive(Debug, Clone)]
pub struct Input {
    /// Setter and argument name, unique within the builder.
    pub ident: String,
    /// Wire name: the parameter's name, the property's JSON name, or `body`.
    pub name: String,
    /// Where the value goes.
    pub source: InputSource,
    /// Required: an argument of the sub-client method; otherwise a setter.
    pub required: bool,
    /// Type.
    pub ty: TypeRef,
    /// Personal data (`x-pii`), held as `Pii`.
    pub pii: bool,
    /// Held in a `Box` (a body property that closes a type cycle).
    pub boxed: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Filled from a bound context (`x-contexts`), by its wire name, when a call leaves it
    /// unset.
    pub context: bool,
    /// Description.
    pub doc: Option<String>,
    /// The documented example value, for the generated doc example: the parameter's (or
    /// its schema's), or the property's value in the body's example.
    pub example: Option<Value>,
    /// What the schema says a string must look like, for sample values.
    pub text: super::types::TextRules,
}

impl Input {
    /// True for a path parameter.
    pub fn is_path(&self) -> bool {
        matches!(
            self.source,
            InputSource::Param {
                location: ParamLocation::Path,
                ..
            }
        )
    }
}

/// Where an input's value goes.
#[derive(Debug, Clone)]
pub enum InputSource {
    /// A path, query or header parameter.
    Param {
        /// Location.
        location: ParamLocation,
        /// Encoding.
        style: ParamStyle,
        /// More wire names the value is also sent under.
        aliases: Vec<String>,
    },
    /// A property of the object body.
    BodyField {
        /// Rust name of the property in the body struct.
        field: String,
        /// For a nullable property: the setter that sends an explicit `null`.
        clear: Option<String>,
    },
    /// A part of a `multipart/form-data` body (a property of its object schema).
    Part,
    /// The content type of a text or bytes body (the media type the spec names unless
    /// set).
    ContentType,
    /// The whole body.
    Body {
        /// For a required discriminated union: the context fills of each variant that has
        /// any.
        variant_fills: Vec<VariantFills>,
    },
}

/// The context fills of one variant of a discriminated-union body.
#[derive(Debug, Clone)]
pub struct VariantFills {
    /// Rust variant name.
    pub variant: String,
    /// The variant's fields a context fills.
    pub fields: Vec<ContextFill>,
}

/// A struct field filled from a context when unset.
#[derive(Debug, Clone)]
pub struct ContextFill {
    /// Rust field name.
    pub field: String,
    /// JSON name, which is also the context's key.
    pub name: String,
}

/// The object type of a body whose properties are builder inputs.
#[derive(Debug, Clone)]
pub struct BodyObject {
    /// Rust type name.
    pub type_name: String,
    /// It declares `additionalProperties`: the builder can send unnamed properties.
    pub extensible: bool,
}

/// A piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    /// Literal text.
    Text(String),
    /// The value of the path input with this Rust name.
    Input(String),
}

/// What a successful call returns, and which statuses are success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The success value.
    pub ty: OutputType,
    /// The statuses decoded as success, in order.
    pub statuses: Vec<StatusMatch>,
    /// The `Accept` header: where a success response offers its body in several media
    /// types, the ones the client reads, so that the server answers with one of those
    /// (empty otherwise: no header is sent).
    pub accept: String,
}

/// The type of a success value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputType {
    /// No documented body: `()`.
    Empty,
    /// The one documented body type.
    Typed(TypeRef),
    /// Success bodies of different types: any JSON value.
    Json,
    /// A `text/*` body, read as it is: `String`.
    Text,
    /// A body of another media type, read as it is: `Bytes`.
    Bytes,
}

/// The mock server's answer to an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockAnswer {
    /// Success status.
    pub status: u16,
    /// The body sent when no example is documented: the emptiest of the success type
    /// (`[]`, `{}`, or nothing).
    pub empty_body: String,
    /// Documented examples, response by response.
    pub examples: Vec<MockExample>,
}

/// One documented example the mock server can answer with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MockExample {
    /// Status it is sent with.
    pub status: u16,
    /// Example name.
    pub name: String,
    /// The body, as JSON text.
    pub body: String,
    /// The name of the constant that holds this example when other operations document it
    /// too (see [`SharedExample`]).
    pub shared: Option<String>,
}

/// An example documented on more than one operation (a common error answer), written
/// once as a constant the mock routes name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedExample {
    /// The constant's name.
    pub ident: String,
    /// Status, name and body, as in [`MockExample`].
    pub status: u16,
    /// Example name.
    pub name: String,
    /// The body, as JSON text.
    pub body: String,
}
