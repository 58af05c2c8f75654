//! Mock examples documented on more than one operation (the same error answer on every
//! call, say): each gets a constant name, so the mock routes write it once.

use std::collections::BTreeMap;

use heck::ToShoutySnakeCase;

use super::operations::{Operation, SharedExample};

/// Names every example that two or more operations document alike (same status, name and
/// body), in first-use order, and marks each use with that name.
pub(super) fn decide(operations: &mut [Operation]) -> Vec<SharedExample> {
    let mut uses: BTreeMap<(u16, &str, &str), usize> = BTreeMap::new();
    for op in operations.iter() {
        for e in &op.mock.examples {
            *uses.entry((e.status, &e.name, &e.body)).or_default() += 1;
        }
    }
    let mut shared: Vec<SharedExample> = Vec::new();
    let mut idents: BTreeMap<(u16, String, String), String> = BTreeMap::new();
    for op in operations.iter() {
        for e in &op.mock.examples {
            let key = (e.status, e.name.clone(), e.body.clone());
            if uses[&(e.status, e.name.as_str(), e.body.as_str())] < 2 || idents.contains_key(&key)
            {
                continue;
            }
            let base = format!("EXAMPLE_{}_{}", e.status, e.name.to_shouty_snake_case());
            let mut ident = base.clone();
            let mut n = 2;
            while shared.iter().any(|s| s.ident == ident) {
                ident = format!("{base}_{n}");
                n += 1;
            }
            idents.insert(key, ident.clone());
            shared.push(SharedExample {
                ident,
                status: e.status,
                name: e.name.clone(),
                body: e.body.clone(),
            });
        }
    }
    for op in operations.iter_mut() {
        for e in &mut op.mock.examples {
            e.shared = idents
                .get(&(e.status, e.name.clone(), e.body.clone()))
                .cloned();
        }
    }
    shared
}
