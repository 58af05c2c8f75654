// GET /products/get needs the product id (item_id).
fn product(client: &personaclick::Client) {
    let _ = client.products().get();
}

fn main() {}
