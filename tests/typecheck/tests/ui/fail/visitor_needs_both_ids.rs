// A visitor is a device id and a session id.
fn visitor(client: &personaclick::Client) {
    let _ = client.visitor("only-did");
}

fn main() {}
