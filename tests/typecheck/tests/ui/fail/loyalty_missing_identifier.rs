// S2S loyalty calls name the member: the balance needs its identifier (phone, email or
// loyalty id).
fn balance(client: &personaclick::ServerClient) {
    let _ = client.bonuses().balance();
}

fn main() {}
