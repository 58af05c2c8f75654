//! A web shop's backend on axum that uses `personaclick`:
//!
//! - the visitor's session is read from the storefront script's cookies, opened with `/init`
//!   only when it is missing or idle, and the cookies are set again when they changed;
//! - `GET /products/{id}`: the product, a recommendation block for it, and a view event,
//!   all three upstream calls at once;
//! - `POST /cart` and `POST /checkout`: cart and purchase events, one line each;
//! - `GET /search?q=..`: full search with its brand and filter facets.
//!
//! Upstream failures become `502 Bad Gateway` with the error's text, which never holds the
//! shop secret or personal data.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use personaclick::types::{
    RecommendedItem, SearchFilterFacetFilter, SearchFindType, SearchResponseFilters,
};
use personaclick::{Client, PurchaseItem, Visitor, VisitorClient};
use serde::Deserialize;
use serde_json::{Value, json};

/// The recommendation block shown on product pages (its code from the dashboard).
pub const SIMILAR_BLOCK: &str = "SIMILAR_PRODUCTS";

/// The shop's state: one client for every request (it is an `Arc` inside).
#[derive(Clone)]
struct Shop {
    client: Client,
}

/// The shop's routes, calling PersonaClick through `client`.
pub fn app(client: Client) -> Router {
    Router::new()
        .route("/products/{id}", get(product_page))
        .route("/cart", post(add_to_cart))
        .route("/checkout", post(checkout))
        .route("/search", get(search))
        .with_state(Shop { client })
}

/// An upstream call that failed: answered with 502 and the error's text.
struct Upstream(personaclick::Error);

impl From<personaclick::Error> for Upstream {
    fn from(e: personaclick::Error) -> Self {
        Upstream(e)
    }
}

impl IntoResponse for Upstream {
    fn into_response(self) -> Response {
        let body = Json(json!({ "error": self.0.to_string() }));
        (StatusCode::BAD_GATEWAY, body).into_response()
    }
}

/// The visitor of a request: a client handle bound to its session, and the `Set-Cookie`
/// values to send back (none while the cookies are current).
async fn visitor(
    shop: &Shop,
    headers: &HeaderMap,
) -> Result<(VisitorClient, Vec<String>), Upstream> {
    let cookies = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok());
    let ensured = shop
        .client
        .ensure_visitor(Visitor::from_cookie_headers(cookies))
        .await?;
    let set = if ensured.set_cookies {
        ensured.visitor.set_cookies()
    } else {
        Vec::new()
    };
    Ok((shop.client.for_visitor(&ensured.visitor), set))
}

/// A JSON answer carrying the visitor's cookies.
fn with_cookies(body: Value, cookies: Vec<String>) -> Response {
    let mut response = Json(body).into_response();
    for cookie in cookies {
        // Cookie values are percent-encoded by `set_cookies`, so they are valid headers.
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

async fn product_page(
    State(shop): State<Shop>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Upstream> {
    let (visitor, cookies) = visitor(&shop, &headers).await?;
    let (product, block, _) = tokio::join!(
        visitor.products().get(id.clone()).send(),
        visitor
            .recommendations()
            .get(SIMILAR_BLOCK)
            .item(id.as_str())
            .limit(8)
            .send(),
        visitor.track().view(id.as_str()).send(),
    );
    let product = product?;
    // A page still renders when the recommendation block fails.
    let recommended: Vec<String> = block
        .map(|b| b.recommends.unwrap_or_default())
        .unwrap_or_default()
        .iter()
        .filter_map(RecommendedItem::id)
        .map(|id| id.to_string())
        .collect();
    let body = json!({
        "id": id,
        "name": product.name,
        "price": product.price.map(|p| p.to_string()),
        "recommended": recommended,
    });
    Ok(with_cookies(body, cookies))
}

/// A line put in the cart.
#[derive(Deserialize)]
struct CartLine {
    product_id: String,
    quantity: u32,
}

async fn add_to_cart(
    State(shop): State<Shop>,
    headers: HeaderMap,
    Json(line): Json<CartLine>,
) -> Result<Response, Upstream> {
    let (visitor, cookies) = visitor(&shop, &headers).await?;
    visitor
        .track()
        .cart(line.product_id, line.quantity)
        .send()
        .await?;
    Ok(with_cookies(json!({ "ok": true }), cookies))
}

/// An order placed at checkout.
#[derive(Deserialize)]
struct Order {
    order_id: String,
    lines: Vec<OrderLine>,
}

#[derive(Deserialize)]
struct OrderLine {
    product_id: String,
    quantity: u32,
    unit_price: f64,
}

async fn checkout(
    State(shop): State<Shop>,
    headers: HeaderMap,
    Json(order): Json<Order>,
) -> Result<Response, Upstream> {
    let (visitor, cookies) = visitor(&shop, &headers).await?;
    let total: f64 = order
        .lines
        .iter()
        .map(|l| l.unit_price * f64::from(l.quantity))
        .sum();
    let items = order
        .lines
        .into_iter()
        .map(|l| PurchaseItem::new(l.product_id, l.quantity, l.unit_price));
    visitor
        .track()
        .purchase(order.order_id.clone(), items, total)
        .send()
        .await?;
    let body = json!({ "order_id": order.order_id, "total": total });
    Ok(with_cookies(body, cookies))
}

/// The query string of a search page.
#[derive(Deserialize)]
struct SearchQuery {
    q: String,
    #[serde(default)]
    page: Option<i64>,
}

async fn search(
    State(shop): State<Shop>,
    Query(query): Query<SearchQuery>,
    headers: HeaderMap,
) -> Result<Response, Upstream> {
    let (visitor, cookies) = visitor(&shop, &headers).await?;
    let found = visitor
        .search()
        .find(SearchFindType::FullSearch, query.q.as_str())
        .page(query.page.unwrap_or(1))
        .limit(24)
        .send()
        .await?;
    let products: Vec<Value> = found
        .products
        .unwrap_or_default()
        .into_iter()
        .map(|p| json!({ "id": p.id.map(|i| i.to_string()), "name": p.name }))
        .collect();
    let brands: Vec<Value> = found
        .brands
        .unwrap_or_default()
        .into_iter()
        .map(|b| json!({ "name": b.name, "count": b.count.map(|c| c.to_string()) }))
        .collect();
    // Filters arrive as a list or as a map keyed by name; the facet names either way.
    let filters: Vec<String> = match found.filters {
        Some(SearchResponseFilters::Map(map)) => map.into_keys().collect(),
        Some(SearchResponseFilters::List(list)) => list
            .into_iter()
            .filter_map(|f| match f.filter {
                Some(SearchFilterFacetFilter::String(name)) => Some(name),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let body = json!({
        "query": query.q,
        "total": found.products_total.map(|t| t.to_string()),
        "products": products,
        "brands": brands,
        "filters": filters,
    });
    Ok(with_cookies(body, cookies))
}
