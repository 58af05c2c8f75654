//! `personaclick-codegen`: turns an OpenAPI 3.0 document into a typed Rust client.
//!
//! The pipeline, one module per step:
//! text → [`load`] (version check, YAML to `openapiv3`, 3.1 mapped to 3.0, located errors) →
//! [`model`] (named types, then operations: an inspectable intermediate model) →
//! [`emit`] (tokens) → formatted Rust (prettyplease).
//!
//! Nothing here knows about PersonaClick: the document's `x-` extensions (see the README)
//! say what OpenAPI 3.0 cannot.

pub mod diagnostic;
pub mod emit;
pub mod hash;
pub mod krate;
pub mod load;
mod locate;
pub mod model;
pub mod naming;

pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use emit::Config;
pub use model::Model;

/// Loads and checks a document; returns the model and its warnings, or every error.
pub fn check(text: &str) -> Result<Model, Diagnostics> {
    let doc = load::load(text)?;
    let mut model = model::build(&doc).map_err(Diagnostics)?;
    // What loading changed comes first, in document order.
    model.warnings.splice(0..0, doc.warnings);
    Ok(model)
}

/// Generates formatted Rust source for a document, stamped with the document's
/// fingerprint ([`hash::stamp`]) so a build can tell stale code without the generator.
pub fn generate(text: &str, config: &Config) -> Result<String, Diagnostics> {
    let model = check(text)?;
    generate_from_model(&model, config).map(|code| hash::stamp(&code, text))
}

/// Generates the test helper `sample_call` for a model; `config.runtime` names the crate
/// the helper calls (for example `personaclick`).
pub fn generate_samples(model: &Model, config: &Config) -> Result<String, Diagnostics> {
    let internal = |message: String| {
        Diagnostics(vec![Diagnostic::error(
            "",
            format!("internal generator error: {message}"),
        )])
    };
    let tokens = emit::sample_tokens(model, config).map_err(internal)?;
    emit::format(tokens, config).map_err(internal)
}

/// Generates formatted Rust source from a model that [`check`] returned.
pub fn generate_from_model(model: &Model, config: &Config) -> Result<String, Diagnostics> {
    let internal = |message: String| {
        Diagnostics(vec![Diagnostic::error(
            "",
            format!("internal generator error: {message}"),
        )])
    };
    let tokens = emit::tokens(model, config).map_err(internal)?;
    emit::format(tokens, config).map_err(internal)
}
