//! Which variants of an untagged union get a `From` conversion: those whose Rust type no
//! other variant of the union shares, once aliases are seen through (two string aliases are
//! both `String`, and two `From<String>` impls would collide).

use std::collections::BTreeMap;

use super::types::{TypeDef, TypeKind, TypeRef};

/// Sets `from` on the variants of every union.
pub(super) fn decide(types: &mut BTreeMap<String, TypeDef>) {
    let mut decided: Vec<(String, Vec<bool>)> = Vec::new();
    for def in types.values() {
        let TypeKind::Union { variants } = &def.kind else {
            continue;
        };
        let seen: Vec<TypeRef> = variants.iter().map(|v| underlying(types, &v.ty)).collect();
        let own = TypeRef::Named(def.name.clone());
        let froms = seen
            .iter()
            .map(|ty| *ty != own && seen.iter().filter(|other| *other == ty).count() == 1)
            .collect();
        decided.push((def.name.clone(), froms));
    }
    for (name, froms) in decided {
        if let Some(TypeDef {
            kind: TypeKind::Union { variants },
            ..
        }) = types.get_mut(&name)
        {
            for (variant, from) in variants.iter_mut().zip(froms) {
                variant.from = from;
            }
        }
    }
}

/// The type `ty` stands for in Rust: aliases followed (inside lists and maps too).
fn underlying(types: &BTreeMap<String, TypeDef>, ty: &TypeRef) -> TypeRef {
    let mut ty = ty.clone();
    // An alias chain longer than the number of types is a cycle: stop there.
    for _ in 0..=types.len() {
        ty = match ty {
            TypeRef::Named(name) => match types.get(&name).map(|t| &t.kind) {
                Some(TypeKind::Alias(target)) => target.clone(),
                _ => return TypeRef::Named(name),
            },
            TypeRef::Array(inner) => return TypeRef::Array(Box::new(underlying(types, &inner))),
            TypeRef::Map(inner) => return TypeRef::Map(Box::new(underlying(types, &inner))),
            other => return other,
        };
    }
    ty
}
