// limit is an integer, not a string.
fn list(client: &personaclick::Client) {
    let _ = client.products().list().limit("20");
}

fn main() {}
