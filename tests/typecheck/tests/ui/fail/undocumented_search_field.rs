// A no-result query documents query, contact_type and quantity; there is no `count`.
fn count(query: &personaclick::types::SearchNoResultQuery) {
    let _ = &query.count;
}

fn main() {}
