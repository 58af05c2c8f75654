// A client built without the shop secret is the root handle: the server-to-server calls
// (here the audience import) are not among its methods.
use personaclick::types::AudienceMember;

fn import(client: &personaclick::Client) {
    let _ = client.audience().import([AudienceMember::new()]);
}

fn main() {}
