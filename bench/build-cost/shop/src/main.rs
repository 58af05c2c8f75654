//! A user's app on personaclick: one listing call, printed.

#[tokio::main]
async fn main() -> Result<(), personaclick::Error> {
    let base = std::env::var("SHOP_API").unwrap_or_else(|_| "https://api.personaclick.com".into());
    let client = personaclick::Client::builder("SHOP_ID").base_url(base).build()?;
    let page = client.visitor("did", "sid").products().list().limit(20).send().await?;
    for product in page.products.unwrap_or_default() {
        println!("{:?} {:?}", product.name, product.price);
    }
    Ok(())
}
