//! Credentials sent as body properties. A spec says so in standard OpenAPI: the body schema
//! has the property (so validators and docs see it), and the operation's `security` lists
//! only what goes in the query or headers. `x-credential: <scheme id>` on the property tells
//! the generator to fill it from the client's value for that scheme. This pass finds the
//! credential properties of each operation's body, adds them to its security
//! alternatives (what the client must hold), and decides the table entries ("slots") that
//! place a scheme's value in a body property.

use std::collections::BTreeMap;

use super::Builder;
use super::operations::{Operation, SecurityScheme};
use super::types::{CredentialField, TypeKind, TypeRef};

/// A scheme's value written as a body property: one static in the operation table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialSlot {
    /// Id of the security scheme.
    pub scheme: String,
    /// JSON name of the body property.
    pub json: String,
    /// Name of the static.
    pub static_ident: String,
    /// Raw requests with an object body place the scheme's value here (the scheme's slot
    /// that the most operations use).
    pub raw: bool,
}

/// The credential properties of a body of type `ty`: a struct's own; for a union, those of
/// its variants (required where every variant requires it).
pub(super) fn of_type(cx: &Builder<'_>, ty: &TypeRef) -> Vec<CredentialField> {
    fn go(cx: &Builder<'_>, ty: &TypeRef, depth: u8) -> Option<Vec<CredentialField>> {
        let TypeRef::Named(name) = ty else {
            return None;
        };
        if depth > 8 {
            return None;
        }
        let variants: Vec<&TypeRef> = match &cx.types.get(name)?.kind {
            TypeKind::Struct { credentials, .. } => return Some(credentials.clone()),
            TypeKind::Alias(target) => return go(cx, target, depth + 1),
            TypeKind::Tagged { variants, .. } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Union { variants } => variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Enum { .. } | TypeKind::Scalars { .. } => return None,
        };
        let per_variant: Vec<Vec<CredentialField>> = variants
            .iter()
            .map(|v| go(cx, v, depth + 1).unwrap_or_default())
            .collect();
        let mut out: Vec<CredentialField> = Vec::new();
        for field in per_variant.iter().flatten() {
            let everywhere = per_variant
                .iter()
                .all(|v| v.iter().any(|f| f.json == field.json && f.required));
            match out.iter_mut().find(|f| f.json == field.json) {
                Some(known) => known.required &= everywhere,
                None => out.push(CredentialField {
                    required: everywhere,
                    ..field.clone()
                }),
            }
        }
        Some(out)
    }
    let mut out = go(cx, ty, 0).unwrap_or_default();
    out.sort();
    out
}

/// Adds the body's credentials to the operation's security alternatives. Each declared
/// alternative (what goes in the query or headers) gets the required ones; when there are
/// optional ones, alternatives with them come first, so a client that holds them sends them.
pub(super) fn apply(op: &mut Operation, credentials: Vec<CredentialField>) {
    if credentials.is_empty() {
        return;
    }
    let declared = if op.security.is_empty() {
        vec![Vec::new()]
    } else {
        std::mem::take(&mut op.security)
    };
    let with = |alt: &Vec<String>, all: bool| -> Vec<String> {
        let mut alt = alt.clone();
        for c in &credentials {
            if (all || c.required) && !alt.contains(&c.scheme) {
                alt.push(c.scheme.clone());
            }
        }
        alt
    };
    let mut security: Vec<Vec<String>> = Vec::new();
    let optional = credentials.iter().any(|c| !c.required);
    let passes: &[bool] = if optional { &[true, false] } else { &[false] };
    for &all in passes {
        for alt in &declared {
            let alt = with(alt, all);
            if !security.contains(&alt) {
                security.push(alt);
            }
        }
    }
    op.security = security;
    op.body_credentials = credentials;
}

/// One slot per (scheme, property) the operations use, in a deterministic order, with
/// names of their own.
pub(super) fn slots(operations: &[Operation], schemes: &[SecurityScheme]) -> Vec<CredentialSlot> {
    let mut uses: BTreeMap<(String, String), usize> = BTreeMap::new();
    for op in operations {
        for c in &op.body_credentials {
            *uses.entry((c.scheme.clone(), c.json.clone())).or_default() += 1;
        }
    }
    let mut slots: Vec<CredentialSlot> = Vec::new();
    for (scheme, json) in uses.keys() {
        let base = schemes
            .iter()
            .find(|s| &s.id == scheme)
            .map_or("SCHEME", |s| s.static_ident.as_str());
        let mut ident = format!("{base}_IN_BODY");
        if slots.iter().any(|s| s.static_ident == ident) {
            ident = format!(
                "{ident}_{}",
                crate::naming::snake(json).to_ascii_uppercase()
            );
        }
        let best = uses
            .iter()
            .filter(|((s, _), _)| s == scheme)
            .max_by_key(|(_, n)| **n)
            .map(|((_, j), _)| j);
        slots.push(CredentialSlot {
            scheme: scheme.clone(),
            json: json.clone(),
            static_ident: ident,
            raw: best == Some(json),
        });
    }
    slots
}
