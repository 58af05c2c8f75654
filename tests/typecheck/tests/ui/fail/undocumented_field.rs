// The spec documents `uniqid` and `quantity` on a cart item, nothing called `colour`.
fn colour(item: &personaclick::types::CartItem) {
    let _ = &item.colour;
}

fn main() {}
