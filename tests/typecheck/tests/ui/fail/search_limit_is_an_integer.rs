// limit is an integer, not a string.
fn search(client: &personaclick::VisitorClient) {
    let _ = client.search().find(personaclick::types::SearchFindType::FullSearch, "shoes").limit("10");
}

fn main() {}
