//! The intermediate model of types: how a value is typed in Rust (`TypeRef`), and the
//! named types a document defines (`TypeDef`, `TypeKind`, fields and variants).
//! How schemas become them: `schemas` (component definitions), `resolve` (schema uses),
//! `cycles` (boxing).

pub use super::cycles::box_cycles;
pub use super::text_rules::TextRules;

/// How a value is typed in Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// The runtime's lenient, form-preserving number.
    Number,
    /// `i64` (parameters only).
    Int,
    /// `f64` (parameters only).
    Float,
    /// The runtime's string-or-integer id.
    Id,
    /// Any JSON value.
    Any,
    /// A generated type, by Rust name.
    Named(String),
    /// `Vec<T>`.
    Array(Box<TypeRef>),
    /// A map from string keys.
    Map(Box<TypeRef>),
    /// Raw bytes (the runtime's re-export of `bytes::Bytes`): a body sent or read as it is.
    Bytes,
    /// A file of a multipart body (the runtime's `File`: bytes, file name, content type).
    File,
}

impl TypeRef {
    /// True for types that read from one JSON scalar.
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            TypeRef::String
                | TypeRef::Bool
                | TypeRef::Number
                | TypeRef::Int
                | TypeRef::Float
                | TypeRef::Id
        )
    }

    /// True for types written as one piece of text (`Display`), so they can be a path or
    /// query parameter: scalars, string enums, scalar unions, aliases of those, and
    /// untagged unions whose every variant is one of those (an id-or-name). `kind_of`
    /// finds a named type's kind.
    pub fn is_textual<'a>(&self, kind_of: &dyn Fn(&str) -> Option<&'a TypeKind>) -> bool {
        fn go<'a>(ty: &TypeRef, kind_of: &dyn Fn(&str) -> Option<&'a TypeKind>, depth: u8) -> bool {
            if ty.is_scalar() {
                return true;
            }
            let TypeRef::Named(name) = ty else {
                return false;
            };
            if depth > 8 {
                return false;
            }
            match kind_of(name) {
                Some(TypeKind::Enum { .. } | TypeKind::Scalars { .. }) => true,
                Some(TypeKind::Alias(target)) => go(target, kind_of, depth + 1),
                Some(TypeKind::Union { variants }) => {
                    !variants.is_empty() && variants.iter().all(|v| go(&v.ty, kind_of, depth + 1))
                }
                _ => false,
            }
        }
        go(self, kind_of, 0)
    }
}

/// A named type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Rust name.
    pub name: String,
    /// Where it is defined in the document.
    pub pointer: String,
    /// Description.
    pub doc: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// What it is.
    pub kind: TypeKind,
}

/// The shape of a named type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// An object with known properties (plus kept unknown ones).
    Struct {
        /// Properties, in document order.
        fields: Vec<Field>,
        /// What `additionalProperties` allows, when declared.
        additional: Option<TypeRef>,
        /// Properties the client fills from its credentials (`x-credential`): not fields
        /// of the type, written into the body when it is sent.
        credentials: Vec<CredentialField>,
    },
    /// A string enum with a catch-all.
    Enum {
        /// Known values.
        values: Vec<EnumValue>,
    },
    /// A `oneOf` of scalars, told apart by JSON type.
    Scalars {
        /// One variant per scalar type.
        variants: Vec<Variant>,
    },
    /// A `oneOf` with a `discriminator`: told apart by the value of one property.
    Tagged {
        /// The discriminating property.
        property: String,
        /// Variants in document order.
        variants: Vec<TaggedVariant>,
    },
    /// Any other `oneOf`/`anyOf`: the first variant that decodes wins.
    Union {
        /// Variants in document order.
        variants: Vec<Variant>,
    },
    /// Another name for a type.
    Alias(TypeRef),
}

/// A struct field.
#[derive(Debug, Clone)]
pub struct Field {
    /// JSON name.
    pub json: String,
    /// Other JSON names accepted for it (`x-aliases`).
    pub aliases: Vec<String>,
    /// Rust name.
    pub ident: String,
    /// Type (without `Option`).
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// `nullable: true`.
    pub nullable: bool,
    /// Personal data (`x-pii`).
    pub pii: bool,
    /// Needs a `Box` to break a type cycle.
    pub boxed: bool,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Description.
    pub doc: Option<String>,
    /// A required field with a one-value enum: always that value, set by the constructor.
    pub constant: Option<String>,
    /// What the schema says a string must look like, for sample values.
    pub text: TextRules,
}

impl Field {
    /// Held as an `Option`: optional fields, and nullable ones.
    pub fn is_optional(&self) -> bool {
        !self.required || self.nullable
    }
}

/// A body property that carries a credential (`x-credential: <scheme id>`): the client
/// writes the value it holds for that scheme, so the caller never sets it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CredentialField {
    /// JSON name.
    pub json: String,
    /// Id of the security scheme whose value it carries.
    pub scheme: String,
    /// Listed in `required`: the call cannot go without the credential.
    pub required: bool,
}

/// A known value of a string enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumValue {
    /// The string on the wire.
    pub json: String,
    /// Rust variant name.
    pub ident: String,
}

impl EnumValue {
    /// Whether the wire value must be written out: it is not the variant name in lower case,
    /// which is what the runtime's `WireEnum` sends by default.
    pub fn needs_wire_name(&self) -> bool {
        self.ident.trim_start_matches("r#").to_lowercase() != self.json
    }

    /// Whether every value is an integer's text (an integer enum of a parameter), so the
    /// enum can take an integer too.
    pub fn all_integers(values: &[EnumValue]) -> bool {
        !values.is_empty() && values.iter().all(|v| v.json.parse::<i64>().is_ok())
    }
}

/// A variant of a discriminated `oneOf`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedVariant {
    /// The discriminator value.
    pub tag: String,
    /// Rust variant name.
    pub ident: String,
    /// Its content (a named struct).
    pub ty: TypeRef,
}

/// A variant of a `oneOf`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Rust variant name.
    pub ident: String,
    /// Its content.
    pub ty: TypeRef,
    /// The union converts `From` the content: no other variant has the same Rust type.
    pub from: bool,
    /// What the variant's schema says a string must look like, for sample values.
    pub text: TextRules,
}

/// Where a schema is used: models decode leniently, parameters are typed natively.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A request or response body, or anything inside one.
    Model,
    /// A path, query or header parameter.
    Param,
}
