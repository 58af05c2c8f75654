//! The operation side of the model, as types: operations with their parameters, bodies
//! and responses, and the document-level tags, security schemes and contexts. Built by
//! `paths` and the modules beside it.

use serde_json::Value;

use super::types::TypeRef;

/// A tag: one sub-client.
#[derive(Debug, Clone)]
pub struct Tag {
    /// Tag name in the document.
    pub name: String,
    /// Accessor method name on the client.
    pub ident: String,
    /// Sub-client type name.
    pub type_name: String,
    /// Description.
    pub doc: Option<String>,
}

/// A credential the client can hold.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// Id in `components.securitySchemes`.
    pub id: String,
    /// Name of the builder setter.
    pub ident: String,
    /// Wire name (query key or header name).
    pub name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// `x-in-body`: sent as a body field when the operation has a body.
    pub in_body: bool,
    /// `http` bearer authentication (sent as `Authorization: Bearer ...`).
    pub bearer: bool,
    /// Description.
    pub doc: Option<String>,
}

/// A named set of parameters bound once (`x-contexts`).
#[derive(Debug, Clone)]
pub struct Context {
    /// Method name on the client.
    pub ident: String,
    /// Parameter (or top-level body property) names it fills.
    pub parameters: Vec<String>,
    /// Description.
    pub doc: Option<String>,
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
}

/// How a request body may be encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// Encodings in document order; the first is used.
    pub encodings: Vec<BodyEncoding>,
    /// Type.
    pub ty: TypeRef,
    /// Required.
    pub required: bool,
    /// Description.
    pub doc: Option<String>,
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
}

/// A documented response.
#[derive(Debug, Clone)]
pub struct Response {
    /// Status key.
    pub status: Status,
    /// JSON body type; `None` when no JSON body is documented.
    pub ty: Option<TypeRef>,
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
}

/// How an upload is split into requests (`x-batch`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// JSON name of the body's array property that may be split.
    pub items: String,
    /// Largest request body, in bytes.
    pub max_bytes: Option<u64>,
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
    /// JSON pointer of the operation.
    pub pointer: String,
    /// Summary and description.
    pub doc: Option<String>,
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
    /// JSON pointers where error bodies carry a human message.
    pub error_message_pointers: Vec<String>,
    /// Paging, when the listing pages.
    pub pagination: Option<Pagination>,
    /// Splitting, when the operation uploads a list.
    pub batch: Option<Batch>,
}
