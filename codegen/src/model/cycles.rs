//! Boxing of fields that would make a type contain itself.

use super::types::{TypeDef, TypeKind, TypeRef};

/// Marks struct fields that close a cycle of direct (non-`Vec`, non-map) containment,
/// so the emitter boxes them.
pub fn box_cycles(types: &mut std::collections::BTreeMap<String, TypeDef>) {
    let named = |ty: &TypeRef| match ty {
        TypeRef::Named(n) => Some(n.clone()),
        _ => None,
    };
    let direct = |def: &TypeDef| -> Vec<String> {
        match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().filter_map(|f| named(&f.ty)).collect(),
            TypeKind::Tagged { variants, .. } => {
                variants.iter().filter_map(|v| named(&v.ty)).collect()
            }
            TypeKind::Union { variants } | TypeKind::Scalars { variants } => {
                variants.iter().filter_map(|v| named(&v.ty)).collect()
            }
            TypeKind::Alias(TypeRef::Named(n)) => vec![n.clone()],
            _ => Vec::new(),
        }
    };
    let edges: std::collections::BTreeMap<String, Vec<String>> = types
        .values()
        .map(|t| (t.name.clone(), direct(t)))
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = std::collections::BTreeSet::new();
        let mut stack = vec![from.to_string()];
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    for def in types.values_mut() {
        let name = def.name.clone();
        if let TypeKind::Struct { fields, .. } = &mut def.kind {
            for f in fields {
                if let TypeRef::Named(target) = &f.ty
                    && reaches(target, &name)
                {
                    f.boxed = true;
                }
            }
        }
    }
}
