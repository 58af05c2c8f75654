//! Every operation called with its required arguments and the optional parameters the
//! seeds document, with the result types pinned. Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::time::Duration;

use personaclick::types::{
    CartResponse, InitResponse, Product, ProductCounters, ProductListResponse, ProductsListSortBy,
    Profile, SortDirection, StatusResponse,
};
use personaclick::{Client, Error, Response};

fn build() -> Result<Client, Error> {
    let client: Client = Client::builder("0d42fd8b713d0752776ca589cc0056").build()?;
    let with_secret: personaclick::ServerClient =
        Client::builder("0d42fd8b713d0752776ca589cc0056").shop_secret("SHOP_SECRET").build()?;
    // The visitor handle takes the device id and the session id.
    let visitor: personaclick::VisitorClient = client.visitor("7rjVGhMykT", "R5eQXkrKCf");
    Ok(client)
}

async fn calls(client: &personaclick::ServerClient) -> Result<(), Error> {
    // GET /init
    let init: InitResponse = client.session().init().send().await?;
    let did: &String = &init.did;
    let seance: &String = &init.seance;
    let refreshed: InitResponse = client.session().init().did("7rjVGhMykT").sid("R5eQXkrKCf").send().await?;

    // GET /products, with every filter of the seed.
    let page: ProductListResponse = client
        .visitor("d", "s")
        .products()
        .list()
        .categories(["1"])
        .limit(20)
        .send()
        .await?;
    let page: ProductListResponse = client
        .products()
        .list()
        .did("7rjVGhMykT")
        .sid("R5eQXkrKCf")
        .limit(10)
        .page(1)
        .categories(["CATEGORY_1", "CATEGORY_2"])
        .locations(["LOCATION_1", "LOCATION_2"])
        .brands(vec!["BRAND_1".to_string(), "BRAND_2".to_string()])
        .filters([("PARAM_NAME_1", vec!["PARAM_VALUE_1".to_string(), "PARAM_VALUE_2".to_string()])])
        .filters([("PARAM_NAME_1", vec!["true".to_string()]), ("PARAM_NAME_2", vec!["false".to_string()])])
        .collapse(false)
        .sort_by(ProductsListSortBy::Price)
        .sort_dir(SortDirection::Asc)
        .timeout(Duration::from_secs(5))
        .send()
        .await?;

    // GET /products/get: item_id is required.
    let product: Product = client.products().get("100500").send().await?;
    let product: Response<Product> = client.products().get(String::from("100500")).send_with_response().await?;
    let body: &Product = product.body();

    // GET /products/counters: item is required.
    let counters: ProductCounters = client.products().counters("100500").send().await?;

    // GET /category/{CATEGORY_ID}: the category id is required.
    let category: ProductListResponse = client
        .visitor("D1", "S1")
        .products()
        .in_category("100500")
        .did("7rjVGhMykT")
        .sid("R5eQXkrKCf")
        .limit(10)
        .page(2)
        .locations(["LOCATION_1"])
        .brands(["BRAND_1", "BRAND_2"])
        .filters([("PARAM_NAME_1", vec!["PARAM_VALUE_1".to_string()])])
        .collapse(true)
        .send()
        .await?;

    // GET /products/cart: did, from the setter or from the visitor handle.
    let cart: CartResponse = client.visitor("D1", "S1").products().cart().did("zXMNgW9p7W").send().await?;
    let cart: CartResponse = client.visitor("zXMNgW9p7W", "s").products().cart().send().await?;

    // GET /profile
    let profile: Profile = client.visitor("d", "s").profile().get().send().await?;
    let profile: Profile = client.profile().get().email("john.doe@examplemail.com").send().await?;

    // POST /profile/set (every setter is in seed_fields_profile_orders.rs)
    let done: StatusResponse = client.profile().set().did("d").email("john.doe@examplemail.com").send().await?;

    // GET /orders/last_for_user
    let last_order: Vec<Product> = client.visitor("d", "s").orders().last_for_user().send().await?;
    let last_order: Vec<Product> = client.visitor("D1", "S1").orders().last_for_user().did("d").sid("s").send().await?;
    Ok(())
}

fn main() {}
