//! Every response field of the seed "Product Details (REST API)"
//! (/work/shared/reference/seeds/product-details-rest-api.txt), read from the generated
//! types with its type pinned. Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;

use personaclick::types::{
    BrandFacet, CartData, CartItem, CartResponse, CounterSet, PriceRange, Product, ProductCategory,
    ProductCounters, ProductDiscount, ProductLeftovers, ProductListResponse, ProductListResponseFilters,
    ProductParam,
};
use personaclick::Number;

// A product's category objects (the seed's id, level, name, name_with_parent, parent_id and
// url, with the rest of `ProductCategory`) and params entries (key: string, values: array)
// go through the readers the group files share.
#[path = "../common/readers.rs"]
mod readers;

/// GET /products and GET /category/{CATEGORY_ID}: the listing envelope.
fn product_list(page: &ProductListResponse) {
    // The product array (its name is not spelled out in the seed; it is `products`).
    let products: &Option<Vec<Product>> = &page.products;
    for product in products.iter().flatten() {
        listed_product(product);
    }
    // products_total (number)
    let products_total: &Option<Number> = &page.products_total;
    // brands (Object array): name (string), count (number)
    let brands: &Option<Vec<BrandFacet>> = &page.brands;
    for brand in brands.iter().flatten() {
        let name: &Option<String> = &brand.name;
        let count: &Option<Number> = &brand.count;
    }
    // The "JSON string with properties and their values of all API response products"
    // (unnamed in the seed; `filters` in the spec).
    let filters: &Option<ProductListResponseFilters> = &page.filters;
    // price_range: min, max
    let price_range: &Option<PriceRange> = &page.price_range;
    if let Some(price_range) = price_range {
        let min: &Option<Number> = &price_range.min;
        let max: &Option<Number> = &price_range.max;
    }
}

/// A product of GET /products and GET /category/{CATEGORY_ID}.
fn listed_product(product: &Product) {
    let barcode: &Option<String> = &product.barcode;
    let brand: &Option<String> = &product.brand;
    let categories: &Option<Vec<ProductCategory>> = &product.categories;
    for category in categories.iter().flatten() {
        readers::read_product_category(category);
    }
    let category_ids: &Option<Vec<personaclick::Id>> = &product.category_ids;
    let currency: &Option<String> = &product.currency;
    // discount: a percentage (number) in the listing.
    let discount: &Option<ProductDiscount> = &product.discount;
    if let Some(ProductDiscount::Number(percent)) = discount {
        let percent: &Number = percent;
    }
    let discount_formatted: &Option<String> = &product.discount_formatted;
    let group_id: &Option<personaclick::Id> = &product.group_id;
    let id: &Option<personaclick::Id> = &product.id;
    let image_url: &Option<String> = &product.image_url;
    let image_url_handle: &Option<String> = &product.image_url_handle;
    // Keys 120, 140, 160, 180, 200, 220, 310, 520.
    let image_url_resized: &Option<BTreeMap<String, String>> = &product.image_url_resized;
    let is_new: &Option<bool> = &product.is_new;
    // one, few, lot
    let leftovers: &Option<ProductLeftovers> = &product.leftovers;
    let leftovers_values: [ProductLeftovers; 3] =
        [ProductLeftovers::One, ProductLeftovers::Few, ProductLeftovers::Lot];
    let model: &Option<String> = &product.model;
    let name: &Option<String> = &product.name;
    let oldprice: &Option<Number> = &product.oldprice;
    let oldprice_formatted: &Option<String> = &product.oldprice_formatted;
    let oldprice_full: &Option<Number> = &product.oldprice_full;
    let oldprice_full_formatted: &Option<String> = &product.oldprice_full_formatted;
    let params: &Option<Vec<ProductParam>> = &product.params;
    for param in params.iter().flatten() {
        readers::read_product_param(param);
    }
    let picture: &Option<String> = &product.picture;
    let price: &Option<Number> = &product.price;
    let price_formatted: &Option<String> = &product.price_formatted;
    let price_full: &Option<Number> = &product.price_full;
    let price_full_formatted: &Option<String> = &product.price_full_formatted;
    let rating: &Option<Number> = &product.rating;
    let relative_sales_rate: &Option<Number> = &product.relative_sales_rate;
    let sales_rate: &Option<Number> = &product.sales_rate;
    let url: &Option<String> = &product.url;
    let url_handle: &Option<String> = &product.url_handle;
}

/// GET /products/get.
fn product_details(product: &Product) {
    let barcode: &Option<String> = &product.barcode;
    let brand: &Option<String> = &product.brand;
    let categories: &Option<Vec<ProductCategory>> = &product.categories;
    for category in categories.iter().flatten() {
        readers::read_product_category(category);
    }
    let category_ids: &Option<Vec<personaclick::Id>> = &product.category_ids;
    let currency: &Option<String> = &product.currency;
    // discount: "if the product has an old price (type: boolean)" here, a number in the
    // listing; one enum holds both.
    let discount: &Option<ProductDiscount> = &product.discount;
    match discount {
        Some(ProductDiscount::Bool(has_old_price)) => {
            let has_old_price: &bool = has_old_price;
        }
        Some(ProductDiscount::Number(percent)) => {
            let percent: &Number = percent;
        }
        Some(_) | None => {}
    }
    let as_bool: ProductDiscount = ProductDiscount::Bool(true);
    let as_number: ProductDiscount = ProductDiscount::Number(Number::from(20));
    let group_id: &Option<personaclick::Id> = &product.group_id;
    let is_available: &Option<bool> = &product.is_available;
    let model: &Option<String> = &product.model;
    let name: &Option<String> = &product.name;
    let oldprice: &Option<Number> = &product.oldprice;
    let params: &Option<Vec<ProductParam>> = &product.params;
    for param in params.iter().flatten() {
        readers::read_product_param(param);
    }
    let picture: &Option<String> = &product.picture;
    let price: &Option<Number> = &product.price;
    let uniqid: &Option<personaclick::Id> = &product.uniqid;
    let url: &Option<String> = &product.url;
}

/// GET /products/counters: the 15-minute (`now`) and 24-hour (`daily`) counters with
/// view, cart and purchase; status and message on failure.
fn product_counters(counters: &ProductCounters) {
    let now: &Option<CounterSet> = &counters.now;
    let daily: &Option<CounterSet> = &counters.daily;
    for set in [now, daily].into_iter().flatten() {
        let view: &Option<Number> = &set.view;
        let cart: &Option<Number> = &set.cart;
        let purchase: &Option<Number> = &set.purchase;
    }
    let status: &Option<String> = &counters.status;
    let message: &Option<String> = &counters.message;
}

/// GET /products/cart: status, and data.items[] with uniqid and quantity.
fn cart(cart: &CartResponse) {
    let status: &Option<String> = &cart.status;
    let data: &Option<CartData> = &cart.data;
    if let Some(data) = data {
        let items: &Option<Vec<CartItem>> = &data.items;
        for item in items.iter().flatten() {
            let uniqid: &Option<String> = &item.uniqid;
            let quantity: &Option<Number> = &item.quantity;
        }
    }
}

/// The values the calls return are the types read above.
async fn responses(client: &personaclick::ServerClient) -> Result<(), personaclick::Error> {
    let page: ProductListResponse = client.products().list().send().await?;
    product_list(&page);
    let category_page: ProductListResponse = client.visitor("D1", "S1").products().in_category("100500").send().await?;
    product_list(&category_page);
    let details: Product = client.products().get("100500").send().await?;
    product_details(&details);
    let counters: ProductCounters = client.products().counters("100500").send().await?;
    product_counters(&counters);
    let current_cart: CartResponse = client.visitor("D1", "S1").products().cart().did("zXMNgW9p7W").send().await?;
    cart(&current_cart);
    Ok(())
}

fn main() {}
