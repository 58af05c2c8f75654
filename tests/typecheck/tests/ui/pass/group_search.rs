//! The search group: every operation called with its required arguments and documented
//! setters, and every field of every answer read with its type pinned. Type-checked only:
//! nothing here runs.
#![allow(unused_variables, dead_code)]

use std::collections::BTreeMap;
use std::time::Duration;

use personaclick::types::{
    BrandFacet, FashionColor, FilterValue, ImageDownloadData, IndustrialFilters, LocationFacet,
    Popup, PriceRange, PriceRangeBucket, Product, SearchBlankLink, SearchBlankResponse,
    SearchCategoryFacet, SearchFilterFacet, SearchFilterFacetFilter, SearchFilterFacetRanges,
    SearchFilterFacetValues, SearchFindFiltersSearchBy, SearchFindSearchScopeItem,
    SearchFindSortBy, SearchFindType, SearchNoResultQuery, SearchProduct, SearchProductCategory,
    SearchProductDebug, SearchProductDebugScore, SearchProductDiscount,
    SearchProductFashionColorsItem, SearchProductImageUrlResized, SearchProductLeftovers,
    SearchProductParam, SearchQuerySuggestion, SearchRedirect, SearchResponse,
    SearchResponseFilters, SearchResponseLocations, SearchResponseQueries, SortDirection,
    ValueRange,
};
use personaclick::{Error, Extra, Id, Number, Response};
use serde_json::Value;

#[path = "../common/readers.rs"]
mod readers;

/// Every search operation with its required arguments and documented parameters.
async fn calls(client: &personaclick::ServerClient) -> Result<(), Error> {
    // GET /search/blank: what the empty search box shows.
    let blank: SearchBlankResponse = client
        .search()
        .blank()
        .did("7rjVGhMykT")
        .sid("R5eQXkrKCf")
        .stream("web")
        .send()
        .await?;
    read_search_blank_response(&blank);
    let blank: SearchBlankResponse = client.visitor("d", "s").search().blank().send().await?;

    // GET /search: type and search_query are required.
    let found: SearchResponse = client
        .visitor("D1", "S1")
        .search()
        .find(SearchFindType::FullSearch, "red shoes")
        .did("7rjVGhMykT")
        .sid("R5eQXkrKCf")
        .input_query("red sh")
        .locations(["LOCATION_1", "LOCATION_2"])
        .search_scope([
            SearchFindSearchScopeItem::Name,
            SearchFindSearchScopeItem::Brand,
        ])
        .search_scope(["params", "categories"])
        .excluded_merchants(["MERCHANT_1"])
        .excluded_brands(["BRAND_3"])
        .discount(true)
        .collapse(true)
        .debug(false)
        .limit(20)
        .offset(0)
        .page(1)
        .category_limit(5)
        .brand_limit(5)
        .categories(["CATEGORY_1"])
        .extended(true)
        .sort_by(SearchFindSortBy::Price)
        .order(SortDirection::Desc)
        .brands(["BRAND_1", "BRAND_2"])
        .merchants(["MERCHANT_2"])
        .filters([("color", vec!["red", "blue"]), ("size", vec!["42"])])
        .filters_search_by(SearchFindFiltersSearchBy::Popularity)
        .price_min(10.0)
        .price_max(99.5)
        .colors(["red"])
        .fashion_sizes(["42", "43"])
        .exclude(["100500"])
        .email("john.doe@examplemail.com")
        .no_clarification(true)
        .timeout(Duration::from_secs(3))
        .send()
        .await?;
    read_search_response(&found);
    let extra: &Extra = &found.extra;
    let instant: SearchResponse = client
        .visitor("D1", "S1")
        .search()
        .find("instant_search", "red")
        .limit(5)
        .send()
        .await?;
    let instant: Response<SearchResponse> = client
        .visitor("D1", "S1")
        .search()
        .find(SearchFindType::InstantSearch, "red")
        .send_with_response()
        .await?;
    let body: &SearchResponse = instant.body();
    let builder: personaclick::operations::SearchFind =
        client.visitor("D1", "S1").search().find(SearchFindType::FullSearch, "red");
    // Paged: items() streams SearchProduct values (not consumed here: no StreamExt).
    let stream = client
        .visitor("D1", "S1")
        .search()
        .find(SearchFindType::FullSearch, "red shoes")
        .limit(50)
        .items();

    // GET /search/no_result_queries: a bare array.
    let queries: Vec<SearchNoResultQuery> = client.search().no_result_queries().send().await?;
    for query in &queries {
        read_search_no_result_query(query);
    }
    Ok(())
}

// The answers, one reader per model: every field bound with its type, nested models and
// enums through their own readers.

/// Every field of `SearchBlankResponse`.
fn read_search_blank_response(x: &SearchBlankResponse) {
    let html: &Option<String> = &x.html;
    let products: &Option<Vec<Product>> = &x.products;
    for item in products.iter().flatten() {
        readers::read_product(item);
    }
    let suggests: &Option<Vec<SearchBlankLink>> = &x.suggests;
    for item in suggests.iter().flatten() {
        read_search_blank_link(item);
    }
    let popular_categories: &Option<Vec<SearchBlankLink>> = &x.popular_categories;
    for item in popular_categories.iter().flatten() {
        read_search_blank_link(item);
    }
    let popular_brands: &Option<Vec<SearchBlankLink>> = &x.popular_brands;
    for item in popular_brands.iter().flatten() {
        read_search_blank_link(item);
    }
    let popular_links: &Option<Vec<SearchBlankLink>> = &x.popular_links;
    for item in popular_links.iter().flatten() {
        read_search_blank_link(item);
    }
    let last_queries: &Option<Vec<Value>> = &x.last_queries;
    let last_products: &Option<Vec<Product>> = &x.last_products;
    for item in last_products.iter().flatten() {
        readers::read_product(item);
    }
}

/// Every field of `SearchResponse`.
fn read_search_response(x: &SearchResponse) {
    let search_query: &Option<String> = &x.search_query;
    let search_query_original: &Option<String> = &x.search_query_original;
    let products_total: &Option<Number> = &x.products_total;
    let products: &Option<Vec<SearchProduct>> = &x.products;
    for item in products.iter().flatten() {
        read_search_product(item);
    }
    let categories: &Option<Vec<SearchCategoryFacet>> = &x.categories;
    for item in categories.iter().flatten() {
        read_search_category_facet(item);
    }
    let brands: &Option<Vec<BrandFacet>> = &x.brands;
    for item in brands.iter().flatten() {
        readers::read_brand_facet(item);
    }
    let queries: &Option<SearchResponseQueries> = &x.queries;
    if let Some(value) = queries {
        read_search_response_queries(value);
    }
    let filters: &Option<SearchResponseFilters> = &x.filters;
    if let Some(value) = filters {
        read_search_response_filters(value);
    }
    let industrial_filters: &Option<IndustrialFilters> = &x.industrial_filters;
    if let Some(value) = industrial_filters {
        readers::read_industrial_filters(value);
    }
    let price_range: &Option<PriceRange> = &x.price_range;
    if let Some(value) = price_range {
        readers::read_price_range(value);
    }
    let price_ranges: &Option<Vec<PriceRangeBucket>> = &x.price_ranges;
    for item in price_ranges.iter().flatten() {
        readers::read_price_range_bucket(item);
    }
    let price_median: &Option<Number> = &x.price_median;
    let collections: &Option<Vec<Value>> = &x.collections;
    let locations: &Option<SearchResponseLocations> = &x.locations;
    if let Some(value) = locations {
        read_search_response_locations(value);
    }
    let search_query_redirects: &Option<Vec<SearchRedirect>> = &x.search_query_redirects;
    for item in search_query_redirects.iter().flatten() {
        read_search_redirect(item);
    }
    let clarification: &Option<bool> = &x.clarification;
    let requests_count: &Option<Number> = &x.requests_count;
    let html: &Option<String> = &x.html;
    let popup: &Option<Popup> = &x.popup;
    if let Some(value) = popup {
        readers::read_popup(value);
    }
    let book_author: &Option<Vec<Value>> = &x.book_author;
    let book_editor: &Option<Vec<Value>> = &x.book_editor;
    let book_publisher: &Option<Vec<Value>> = &x.book_publisher;
    let book_series: &Option<Vec<Value>> = &x.book_series;
    let book_illustrator: &Option<Vec<Value>> = &x.book_illustrator;
    let book_isbn: &Option<Vec<Value>> = &x.book_isbn;
    let book_isbn_vars: &Option<Vec<Value>> = &x.book_isbn_vars;
    let book_authors: &Option<Vec<Value>> = &x.book_authors;
    let keywords: &Option<Vec<Value>> = &x.keywords;
}

/// Every field of `SearchNoResultQuery`.
fn read_search_no_result_query(x: &SearchNoResultQuery) {
    let query: &Option<String> = &x.query;
    let contact_type: &Option<String> = &x.contact_type;
    let quantity: &Option<Number> = &x.quantity;
}

/// Every field of `SearchBlankLink`.
fn read_search_blank_link(x: &SearchBlankLink) {
    let name: &Option<String> = &x.name;
    let url: &Option<String> = &x.url;
}

/// Every field of `SearchProduct`.
fn read_search_product(x: &SearchProduct) {
    let id: &Option<personaclick::Id> = &x.id;
    let uniqid: &Option<personaclick::Id> = &x.uniqid;
    let underscore_id: &Option<personaclick::Id> = &x.underscore_id;
    let group_id: &Option<personaclick::Id> = &x.group_id;
    let name: &Option<String> = &x.name;
    let description: &Option<String> = &x.description;
    let model: &Option<String> = &x.model;
    let vendor_code: &Option<String> = &x.vendor_code;
    let barcode: &Option<String> = &x.barcode;
    let brand: &Option<String> = &x.brand;
    let brand_downcase: &Option<String> = &x.brand_downcase;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
    let deeplink_android: &Option<String> = &x.deeplink_android;
    let deeplink_ios: &Option<String> = &x.deeplink_ios;
    let picture: &Option<String> = &x.picture;
    let image_url: &Option<String> = &x.image_url;
    let image_url_handle: &Option<String> = &x.image_url_handle;
    let image_url_resized: &Option<SearchProductImageUrlResized> = &x.image_url_resized;
    if let Some(value) = image_url_resized {
        read_search_product_image_url_resized(value);
    }
    let currency: &Option<String> = &x.currency;
    let price: &Option<Number> = &x.price;
    let price_formatted: &Option<String> = &x.price_formatted;
    let price_full: &Option<Number> = &x.price_full;
    let price_full_formatted: &Option<String> = &x.price_full_formatted;
    let oldprice: &Option<Number> = &x.oldprice;
    let oldprice_formatted: &Option<String> = &x.oldprice_formatted;
    let oldprice_full: &Option<Number> = &x.oldprice_full;
    let oldprice_full_formatted: &Option<String> = &x.oldprice_full_formatted;
    let old_price: &Option<Number> = &x.old_price;
    let discount: &Option<SearchProductDiscount> = &x.discount;
    if let Some(value) = discount {
        read_search_product_discount(value);
    }
    let discount_formatted: &Option<String> = &x.discount_formatted;
    let discount_percent: &Option<Number> = &x.discount_percent;
    let is_available: &Option<bool> = &x.is_available;
    let is_new: &Option<bool> = &x.is_new;
    let leftovers: &Option<SearchProductLeftovers> = &x.leftovers;
    if let Some(value) = leftovers {
        read_search_product_leftovers(value);
    }
    let stock_quantity: &Option<Number> = &x.stock_quantity;
    let rating: &Option<Number> = &x.rating;
    let sales_rate: &Option<Number> = &x.sales_rate;
    let relative_sales_rate: &Option<Number> = &x.relative_sales_rate;
    let category_ids: &Option<Vec<personaclick::Id>> = &x.category_ids;
    let categories: &Option<Vec<SearchProductCategory>> = &x.categories;
    for item in categories.iter().flatten() {
        read_search_product_category(item);
    }
    let params: &Option<Vec<SearchProductParam>> = &x.params;
    for item in params.iter().flatten() {
        read_search_product_param(item);
    }
    let fashion_feature: &Option<String> = &x.fashion_feature;
    let fashion_gender: &Option<String> = &x.fashion_gender;
    let fashion_sizes: &Option<Vec<String>> = &x.fashion_sizes;
    let fashion_original_sizes: &Option<Vec<String>> = &x.fashion_original_sizes;
    let fashion_colors: &Option<Vec<SearchProductFashionColorsItem>> = &x.fashion_colors;
    for item in fashion_colors.iter().flatten() {
        read_search_product_fashion_colors_item(item);
    }
    let child_gender: &Option<String> = &x.child_gender;
    let child_type: &Option<String> = &x.child_type;
    let child_age_min: &Option<Number> = &x.child_age_min;
    let child_age_max: &Option<Number> = &x.child_age_max;
    let is_child: &Option<bool> = &x.is_child;
    let is_realty: &Option<bool> = &x.is_realty;
    let widgetable: &Option<bool> = &x.widgetable;
    let ignored: &Option<bool> = &x.ignored;
    let locations: &Option<BTreeMap<String, Value>> = &x.locations;
    let image_download_data: &Option<ImageDownloadData> = &x.image_download_data;
    if let Some(value) = image_download_data {
        readers::read_image_download_data(value);
    }
    let image_download_start_at: &Option<String> = &x.image_download_start_at;
    let old_price_full: &Option<Number> = &x.old_price_full;
    let old_price_formatted: &Option<String> = &x.old_price_formatted;
    let old_price_full_formatted: &Option<String> = &x.old_price_full_formatted;
    let brand_picture: &Option<String> = &x.brand_picture;
    let promocode: &Option<String> = &x.promocode;
    let price_with_promocode: &Option<Number> = &x.price_with_promocode;
    let quantity: &Option<Number> = &x.quantity;
    let gift: &Option<bool> = &x.gift;
    let installment: &Option<Number> = &x.installment;
    let fashion_wear_type: &Option<String> = &x.fashion_wear_type;
    let location_ids: &Option<Vec<String>> = &x.location_ids;
    let debug: &Option<SearchProductDebug> = &x.debug;
    if let Some(value) = debug {
        read_search_product_debug(value);
    }
}

/// Every field of `SearchCategoryFacet`.
fn read_search_category_facet(x: &SearchCategoryFacet) {
    let id: &Option<Id> = &x.id;
    let name: &Option<String> = &x.name;
    let parent: &Option<Id> = &x.parent;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
    let count: &Option<Number> = &x.count;
    let alias: &Option<String> = &x.alias;
    let level: &Option<Number> = &x.level;
}

/// Every variant of `SearchResponseQueries`.
fn read_search_response_queries(x: &SearchResponseQueries) {
    match x {
        SearchResponseQueries::List(payload) => {
            let payload: &Vec<SearchQuerySuggestion> = payload;
            for item in payload {
                read_search_query_suggestion(item);
            }
        }
        SearchResponseQueries::Map(payload) => {
            let payload: &BTreeMap<String, SearchQuerySuggestion> = payload;
            for (key, entry) in payload {
                let key: &String = key;
                read_search_query_suggestion(entry);
            }
        }
        _ => {}
    }
}

/// Every variant of `SearchResponseFilters`.
fn read_search_response_filters(x: &SearchResponseFilters) {
    match x {
        SearchResponseFilters::List(payload) => {
            let payload: &Vec<SearchFilterFacet> = payload;
            for item in payload {
                read_search_filter_facet(item);
            }
        }
        SearchResponseFilters::Map(payload) => {
            let payload: &BTreeMap<String, SearchFilterFacet> = payload;
            for (key, entry) in payload {
                let key: &String = key;
                read_search_filter_facet(entry);
            }
        }
        _ => {}
    }
}

/// Every variant of `SearchResponseLocations`.
fn read_search_response_locations(x: &SearchResponseLocations) {
    match x {
        SearchResponseLocations::List(payload) => {
            let payload: &Vec<LocationFacet> = payload;
            for item in payload {
                readers::read_location_facet(item);
            }
        }
        SearchResponseLocations::Map(payload) => {
            let payload: &BTreeMap<String, LocationFacet> = payload;
            for (key, entry) in payload {
                let key: &String = key;
                readers::read_location_facet(entry);
            }
        }
        _ => {}
    }
}

/// Every field of `SearchRedirect`.
fn read_search_redirect(x: &SearchRedirect) {
    let query: &Option<String> = &x.query;
    let redirect_link: &Option<String> = &x.redirect_link;
    let deep_link: &Option<String> = &x.deep_link;
}

/// Every variant of `SearchProductImageUrlResized`.
fn read_search_product_image_url_resized(x: &SearchProductImageUrlResized) {
    match x {
        SearchProductImageUrlResized::Map(payload) => {
            let payload: &BTreeMap<String, String> = payload;
        }
        SearchProductImageUrlResized::List(payload) => {
            let payload: &Vec<String> = payload;
        }
        _ => {}
    }
}

/// Every variant of `SearchProductDiscount`.
fn read_search_product_discount(x: &SearchProductDiscount) {
    match x {
        SearchProductDiscount::Bool(payload) => {
            let payload: &bool = payload;
        }
        SearchProductDiscount::Number(payload) => {
            let payload: &Number = payload;
        }
        _ => {}
    }
}

/// Every variant of `SearchProductLeftovers`.
fn read_search_product_leftovers(x: &SearchProductLeftovers) {
    match x {
        SearchProductLeftovers::One => {}
        SearchProductLeftovers::Few => {}
        SearchProductLeftovers::Lot => {}
        SearchProductLeftovers::Lots => {}
        SearchProductLeftovers::Other(text) => {
            let text: &String = text;
        }
        _ => {}
    }
    let wire: &str = x.as_str();
}

/// Every field of `SearchProductCategory`.
fn read_search_product_category(x: &SearchProductCategory) {
    let id: &Option<Id> = &x.id;
    let external_id: &Option<String> = &x.external_id;
    let level: &Option<Number> = &x.level;
    let branch: &Option<Number> = &x.branch;
    let name: &Option<String> = &x.name;
    let name_with_parent: &Option<String> = &x.name_with_parent;
    let parent_id: &Option<Id> = &x.parent_id;
    let parent: &Option<Id> = &x.parent;
    let url: &Option<String> = &x.url;
    let url_handle: &Option<String> = &x.url_handle;
    let alias: &Option<String> = &x.alias;
    let parent_external_id: &Option<String> = &x.parent_external_id;
}

/// Every field of `SearchProductParam`.
fn read_search_product_param(x: &SearchProductParam) {
    let key: &Option<String> = &x.key;
    let values: &Option<Vec<String>> = &x.values;
    let name: &Option<String> = &x.name;
    let value: &Option<String> = &x.value;
    let type_: &Option<String> = &x.type_;
    let unit: &Option<String> = &x.unit;
}

/// Every variant of `SearchProductFashionColorsItem`.
fn read_search_product_fashion_colors_item(x: &SearchProductFashionColorsItem) {
    match x {
        SearchProductFashionColorsItem::String(text) => {
            let text: &String = text;
        }
        SearchProductFashionColorsItem::FashionColor(payload) => {
            let payload: &FashionColor = payload;
            readers::read_fashion_color(payload);
        }
        _ => {}
    }
}

/// Every field of `SearchProductDebug`.
fn read_search_product_debug(x: &SearchProductDebug) {
    let matched_queries: &Option<Vec<String>> = &x.matched_queries;
    let fields: &Option<BTreeMap<String, Value>> = &x.fields;
    let underscore_score: &Option<Number> = &x.underscore_score;
    let explanation: &Option<BTreeMap<String, Value>> = &x.explanation;
    let score: &Option<SearchProductDebugScore> = &x.score;
    if let Some(value) = score {
        read_search_product_debug_score(value);
    }
}

/// Every field of `SearchQuerySuggestion`.
fn read_search_query_suggestion(x: &SearchQuerySuggestion) {
    let name: &Option<String> = &x.name;
    let url_handle: &Option<String> = &x.url_handle;
    let url: &Option<String> = &x.url;
    let score: &Option<Number> = &x.score;
}

/// Every field of `SearchFilterFacet`.
fn read_search_filter_facet(x: &SearchFilterFacet) {
    let filter: &Option<SearchFilterFacetFilter> = &x.filter;
    if let Some(value) = filter {
        read_search_filter_facet_filter(value);
    }
    let count: &Option<Number> = &x.count;
    let priority: &Option<Number> = &x.priority;
    let ranges: &Option<SearchFilterFacetRanges> = &x.ranges;
    if let Some(value) = ranges {
        read_search_filter_facet_ranges(value);
    }
    let values: &Option<SearchFilterFacetValues> = &x.values;
    if let Some(value) = values {
        read_search_filter_facet_values(value);
    }
}

/// Every field of `SearchProductDebugScore`.
fn read_search_product_debug_score(x: &SearchProductDebugScore) {
    let search_score: &Option<Number> = &x.search_score;
    let script_score: &Option<Number> = &x.script_score;
    let product_price_margin: &Option<Number> = &x.product_price_margin;
    let price_margin_weight: &Option<Number> = &x.price_margin_weight;
    let product_relative_sales_rate: &Option<Number> = &x.product_relative_sales_rate;
    let sales_rate_weight: &Option<Number> = &x.sales_rate_weight;
    let shop_weight: &Option<Number> = &x.shop_weight;
    let product_weight: &Option<Number> = &x.product_weight;
    let total: &Option<Number> = &x.total;
    let expression: &Option<String> = &x.expression;
}

/// Every variant of `SearchFilterFacetFilter`.
fn read_search_filter_facet_filter(x: &SearchFilterFacetFilter) {
    match x {
        SearchFilterFacetFilter::String(text) => {
            let text: &String = text;
        }
        SearchFilterFacetFilter::Map(payload) => {
            let payload: &BTreeMap<String, Value> = payload;
        }
        _ => {}
    }
}

/// Every variant of `SearchFilterFacetRanges`.
fn read_search_filter_facet_ranges(x: &SearchFilterFacetRanges) {
    match x {
        SearchFilterFacetRanges::Number(payload) => {
            let payload: &Number = payload;
        }
        SearchFilterFacetRanges::ValueRange(payload) => {
            let payload: &ValueRange = payload;
            readers::read_value_range(payload);
        }
        _ => {}
    }
}

/// Every variant of `SearchFilterFacetValues`.
fn read_search_filter_facet_values(x: &SearchFilterFacetValues) {
    match x {
        SearchFilterFacetValues::List(payload) => {
            let payload: &Vec<FilterValue> = payload;
            for item in payload {
                readers::read_filter_value(item);
            }
        }
        SearchFilterFacetValues::Map(payload) => {
            let payload: &BTreeMap<String, Number> = payload;
        }
        _ => {}
    }
}

fn main() {}
