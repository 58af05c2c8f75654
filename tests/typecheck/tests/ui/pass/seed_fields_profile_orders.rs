//! Every field of the seed "Profile and orders (JS SDK)"
//! (/work/shared/reference/seeds/profile-and-orders-js-sdk.txt): the profile/set request,
//! the profile/get response and the products of orders/last_for_user, each with its type
//! pinned. Type-checked only: nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;

use personaclick::types::{
    FashionColor, Gender, Product, ProductCategory, ProductDiscount, ProductLeftovers, ProductParam,
    Profile, ProfileCosmeticHair, ProfileCosmeticPerfume, ProfileCosmeticSkin, ProfileFashionSizes,
    ProfileIncomeLevel, ProfileKid, ProfilePets, ProfileRealty, ProfileVehicle,
    StatusResponse,
};
use personaclick::{Id, Number};
use serde_json::Value;

/// POST /profile/set with every documented parameter (the JS SDK example's values).
async fn profile_set(client: &personaclick::ServerClient) -> Result<(), personaclick::Error> {
    // "kids" objects: gender (m/f), birthday (YYYY-MM-DD).
    let mut son: ProfileKid = ProfileKid::new();
    son.gender = Some(Gender::M);
    son.birthday = Some("2001-04-12".to_string());
    let mut daughter: ProfileKid = ProfileKid::default();
    daughter.gender = Some(Gender::from("f"));
    daughter.birthday = Some("2015-07-28".to_string());
    // "auto" objects: brand, model, vds.
    let mut car: ProfileVehicle = ProfileVehicle::new();
    car.brand = Some("Nissan".to_string());
    car.model = Some("Qashqai".to_string());
    car.vds = Some("TM7N243E4G0BJG978".to_string());

    let done: StatusResponse = client
        .visitor("did", "sid")
        .profile()
        .set()
        // Main parameters.
        .email("john.doe@examplemail.com")
        .first_name("John")
        .gender("m")
        .gender(Gender::M)
        .id(100500_u64)
        .id("100500")
        .last_name("Doe")
        .phone("4400114527199")
        // Additional parameters.
        .age(31)
        .auto([car])
        .birthday("1990-03-11")
        .bought_something(true)
        .fb_id("000000000354677")
        .kids([son, daughter])
        .location("NY")
        .loyalty_bonuses(1123)
        .loyalty_bonuses_to_next_level(1877)
        .loyalty_card_location("NY")
        .loyalty_id("000001234567")
        .loyalty_status("5% discount")
        .telegram_id("0125762968357835")
        .vk_id("vk031845")
        // Custom properties: string, integer, float, array of string, JSON, date.
        .property("custom_string_property", "the string value of the custom property")
        .property("custom_integer_property", 100500)
        .property("custom_float_property", 7.62)
        .property("custom_array_of_string_property", vec!["value1", "value2", "value3"])
        .property("custom_json_property", serde_json::json!({"key1": "value1", "key2": "value2"}))
        .property("custom_date_property", "2021-12-31 23:55:00")
        .send()
        .await?;
    let status: &Option<String> = &done.status;
    Ok(())
}

/// GET /profile, the fields of the JS SDK "Read User Profile" table.
fn profile_get(profile: &Profile) {
    let gender: &Option<String> = &profile.gender;
    let computed_gender: &Option<String> = &profile.computed_gender;
    let children: &Option<Vec<Value>> = &profile.children;
    let cosmetic_hair: &Option<ProfileCosmeticHair> = &profile.cosmetic_hair;
    let cosmetic_skin: &Option<ProfileCosmeticSkin> = &profile.cosmetic_skin;
    let cosmetic_perfume: &Option<ProfileCosmeticPerfume> = &profile.cosmetic_perfume;
    let allergy: &Option<bool> = &profile.allergy;
    let fashion_sizes: &Option<ProfileFashionSizes> = &profile.fashion_sizes;
    if let Some(ProfileFashionSizes::Map(by_type)) = fashion_sizes {
        let by_type: &BTreeMap<String, Vec<String>> = by_type;
    }
    let compatibility: &Option<BTreeMap<String, Value>> = &profile.compatibility;
    let vds: &Option<String> = &profile.vds;
    let pets: &Option<ProfilePets> = &profile.pets;
    let jewelry: &Option<BTreeMap<String, Value>> = &profile.jewelry;
    let realty: &Option<ProfileRealty> = &profile.realty;
    // cheap, medium, premium
    let income_level: &Option<ProfileIncomeLevel> = &profile.income_level;
    let income_levels: [ProfileIncomeLevel; 3] =
        [ProfileIncomeLevel::Cheap, ProfileIncomeLevel::Medium, ProfileIncomeLevel::Premium];
    let has_email: &Option<bool> = &profile.has_email;
    let custom_properties: &Option<BTreeMap<String, Value>> = &profile.custom_properties;
}

/// orders/last_for_user: one product of the last order.
fn last_order_product(product: &Product) {
    let barcode: &Option<String> = &product.barcode;
    let brand: &Option<String> = &product.brand;
    // categories: id, name, parent, url
    let categories: &Option<Vec<ProductCategory>> = &product.categories;
    for category in categories.iter().flatten() {
        let id: &Option<Id> = &category.id;
        let name: &Option<String> = &category.name;
        let parent: &Option<Id> = &category.parent;
        let url: &Option<String> = &category.url;
    }
    let category_ids: &Option<Vec<personaclick::Id>> = &product.category_ids;
    let currency: &Option<String> = &product.currency;
    let description: &Option<String> = &product.description;
    // discount: number (percentage)
    let discount: &Option<ProductDiscount> = &product.discount;
    let discount_formatted: &Option<String> = &product.discount_formatted;
    // fashion_colors: color, picture
    let fashion_colors: &Option<Vec<FashionColor>> = &product.fashion_colors;
    for fashion_color in fashion_colors.iter().flatten() {
        let color: &Option<String> = &fashion_color.color;
        let picture: &Option<String> = &fashion_color.picture;
    }
    let fashion_original_sizes: &Option<Vec<String>> = &product.fashion_original_sizes;
    let fashion_sizes: &Option<Vec<String>> = &product.fashion_sizes;
    let id: &Option<personaclick::Id> = &product.id;
    let image_url: &Option<String> = &product.image_url;
    let image_url_handle: &Option<String> = &product.image_url_handle;
    let image_url_resized: &Option<BTreeMap<String, String>> = &product.image_url_resized;
    let is_new: &Option<bool> = &product.is_new;
    let leftovers: &Option<ProductLeftovers> = &product.leftovers;
    let model: &Option<String> = &product.model;
    let name: &Option<String> = &product.name;
    let oldprice: &Option<Number> = &product.oldprice;
    let oldprice_formatted: &Option<String> = &product.oldprice_formatted;
    let oldprice_full: &Option<Number> = &product.oldprice_full;
    let oldprice_full_formatted: &Option<String> = &product.oldprice_full_formatted;
    // params: key, values
    let params: &Option<Vec<ProductParam>> = &product.params;
    for param in params.iter().flatten() {
        let key: &Option<String> = &param.key;
        let values: &Option<Vec<String>> = &param.values;
    }
    let price: &Option<Number> = &product.price;
    let price_formatted: &Option<String> = &product.price_formatted;
    let price_full: &Option<Number> = &product.price_full;
    let price_full_formatted: &Option<String> = &product.price_full_formatted;
    let rating: &Option<Number> = &product.rating;
    let stock_quantity: &Option<Number> = &product.stock_quantity;
    let url: &Option<String> = &product.url;
    let url_handle: &Option<String> = &product.url_handle;
}

/// The values the calls return are the types read above.
async fn responses(client: &personaclick::ServerClient) -> Result<(), personaclick::Error> {
    let visitor: personaclick::VisitorClient = client.visitor("did", "sid");
    let profile: Profile = visitor.profile().get().send().await?;
    profile_get(&profile);
    // A bare array of products.
    let last_order: Vec<Product> = visitor.orders().last_for_user().send().await?;
    for product in &last_order {
        last_order_product(product);
    }
    Ok(())
}

fn main() {}
