//! The same app on bare reqwest, serde and tokio: one listing call, printed.

use std::sync::Arc;

use rustls_platform_verifier::BuilderVerifierExt;

#[derive(serde::Deserialize)]
struct Listing {
    products: Option<Vec<Product>>,
}

#[derive(serde::Deserialize, Debug)]
struct Product {
    name: Option<String>,
    price: Option<serde_json::Value>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::var("SHOP_API").unwrap_or_else(|_| "https://api.personaclick.com".into());
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth();
    let client = reqwest::Client::builder().tls_backend_preconfigured(tls).build()?;
    let page: Listing = serde_json::from_slice(
        &client
            .get(format!("{base}/products"))
            .query(&[("shop_id", "SHOP_ID"), ("did", "did"), ("sid", "sid"), ("limit", "20")])
            .send()
            .await?
            .bytes()
            .await?,
    )?;
    for product in page.products.unwrap_or_default() {
        println!("{:?} {:?}", product.name, product.price);
    }
    Ok(())
}
