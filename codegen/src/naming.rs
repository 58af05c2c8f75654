//! Rust identifiers from spec names: case, keywords, and collisions. All renames live here.

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keeps letters, digits and separators, so heck sees word boundaries.
fn clean(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// `snake_case` identifier for a field, parameter or method.
pub fn snake(name: &str) -> String {
    let mut s = clean(name).to_snake_case();
    if s.is_empty() {
        s.push_str("value");
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if KEYWORDS.contains(&s.as_str()) || s == "self_" {
        s.push('_');
    }
    s
}

/// `UpperCamelCase` identifier for a type or variant.
pub fn camel(name: &str) -> String {
    let mut s = clean(name).to_upper_camel_case();
    if s.is_empty() {
        s.push_str("Value");
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    if s == "Self" {
        s.push('_');
    }
    s
}

/// Hands out unique names within one scope, in the order asked.
#[derive(Debug, Default)]
pub struct Scope {
    taken: Vec<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// True when `name` is already handed out.
    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.iter().any(|t| t == name)
    }

    /// `wanted` if free, else `wanted_2`, `wanted_3`, ... (or `Wanted2` for camel case).
    /// Returns the name and whether it had to change.
    pub fn claim(&mut self, wanted: &str) -> (String, bool) {
        let camel = wanted.starts_with(|c: char| c.is_ascii_uppercase());
        let mut name = wanted.to_string();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = if camel {
                format!("{wanted}{n}")
            } else {
                format!("{wanted}_{n}")
            };
            n += 1;
        }
        self.taken.push(name.clone());
        let changed = name != wanted;
        (name, changed)
    }
}

/// The method name of an operation: its operationId in snake case, without the tag prefix.
pub fn method_name(operation_id: &str, tag: &str) -> String {
    let id = snake(operation_id);
    let prefix = format!("{}_", snake(tag));
    match id.strip_prefix(&prefix) {
        Some(rest) if !rest.is_empty() => snake(rest),
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idents() {
        assert_eq!(snake("oldPrice"), "old_price");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("120"), "_120");
        assert_eq!(snake("price-min"), "price_min");
        assert_eq!(camel("product list"), "ProductList");
        assert_eq!(camel("2fa"), "V2fa");
        assert_eq!(method_name("products_list", "products"), "list");
        assert_eq!(method_name("listPets", "pets"), "list_pets");
    }

    #[test]
    fn collisions_get_suffixes() {
        let mut scope = Scope::with_reserved(&["extra"]);
        assert_eq!(scope.claim("id"), ("id".into(), false));
        assert_eq!(scope.claim("id"), ("id_2".into(), true));
        assert_eq!(scope.claim("extra"), ("extra_2".into(), true));
    }
}
