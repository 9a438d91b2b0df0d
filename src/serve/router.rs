//! Routes and the layers every request passes: a time limit, a body limit, a length
//! limit on the request target, and the headers that keep the page to its own files
//! (Content-Security-Policy without inline script or any other origin).

use std::sync::Arc;

use axum::error_handling::HandleErrorLayer;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use super::assets;
use super::current::CurrentIndex;
use super::error::ApiError;
use super::handlers::{self, App};
use super::Limits;

/// The page may load its own script, style and images and call its own API; nothing
/// inline, nothing from elsewhere, no frames.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// The endpoints, for the 404 of an unknown path.
const ENDPOINTS: &str = "/api/search, /api/docs, /api/docs/{id}, /api/compare, /api/align, \
     /api/health, and the page at /";

/// The application: routes, handlers and layers.
pub fn router(current: Arc<CurrentIndex>, limits: Limits) -> Router {
    let request_time = limits.request_time;
    let uri_bytes = limits.uri_bytes;
    let body_bytes = limits.body_bytes;
    let app = App::new(current, limits);
    Router::new()
        .route("/api/search", get(handlers::search))
        .route("/api/docs", get(handlers::docs))
        .route("/api/docs/{id}", get(handlers::document))
        .route("/api/compare", get(handlers::compare))
        .route("/api/align", get(handlers::align))
        .route("/api/health", get(handlers::health))
        .merge(assets::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(app)
        .layer(
            ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(CONTENT_SECURITY_POLICY),
                ))
                .layer(SetResponseHeaderLayer::overriding(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ))
                .layer(SetResponseHeaderLayer::overriding(
                    header::REFERRER_POLICY,
                    HeaderValue::from_static("no-referrer"),
                ))
                .layer(HandleErrorLayer::new(
                    move |_: tower::BoxError| async move {
                        ApiError::unavailable(format!(
                            "the request took longer than {} s (the server is busy, or the \
                         query is very broad); try again, or narrow it with lang= or doc=",
                            request_time.as_secs()
                        ))
                    },
                ))
                .timeout(request_time)
                .layer(middleware::from_fn(move |req: Request, next: Next| {
                    refuse_oversized(req, next, uri_bytes, body_bytes)
                }))
                .layer(RequestBodyLimitLayer::new(body_bytes)),
        )
}

/// 414 for a request target over `uri_bytes`, 413 for a declared body over
/// `body_bytes` (a body sent without a length is cut by the body limit layer).
async fn refuse_oversized(
    req: Request,
    next: Next,
    uri_bytes: usize,
    body_bytes: usize,
) -> Response {
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > uri_bytes {
        return ApiError::new(
            StatusCode::URI_TOO_LONG,
            format!(
                "the request is {target} bytes long; the limit is {uri_bytes} (is q too long?)"
            ),
        )
        .into_response();
    }
    if let Some(problem) = req.uri().query().and_then(broken_escape) {
        return ApiError::bad_request(problem).into_response();
    }
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > body_bytes) {
        return ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the API takes no request body over {body_bytes} bytes (use GET parameters)"),
        )
        .into_response();
    }
    next.run(req).await
}

/// What is wrong with a query string's percent escapes, if anything: a `%` not followed
/// by two hex digits, or escapes that decode to bytes that are not UTF-8. (The query
/// parser would take both as they are, searching for what the client never meant.)
fn broken_escape(query: &str) -> Option<String> {
    let bytes = query.as_bytes();
    for (at, _) in query.match_indices('%') {
        let hex = bytes.get(at + 1..at + 3);
        if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
            let shown: String = query[at..].chars().take(3).collect();
            return Some(format!(
                "the query string has a broken percent escape at byte {at} (`{shown}`): \
                 write `%` as %25, and other bytes as %XX"
            ));
        }
    }
    for pair in query.split('&') {
        if percent_encoding::percent_decode_str(pair)
            .decode_utf8()
            .is_err()
        {
            let name = pair.split('=').next().unwrap_or(pair);
            return Some(format!(
                "parameter `{name}` is not UTF-8 once its percent escapes are decoded; \
                 encode the text as UTF-8 before escaping it"
            ));
        }
    }
    None
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!(
        "no such endpoint: {}; the endpoints are {ENDPOINTS}",
        uri.path()
    ))
}

async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{} takes GET, not {method}", uri.path()),
    )
}

#[cfg(test)]
mod tests {
    use super::broken_escape;

    #[test]
    fn broken_percent_escapes_are_told() {
        assert!(broken_escape("q=%ZZ%").is_some_and(|m| m.contains("byte 2")));
        assert!(broken_escape("q=6G%").is_some());
        assert!(broken_escape("q=%FF%FE").is_some_and(|m| m.contains("UTF-8")));
        assert_eq!(
            broken_escape("q=p%C3%B3%C5%82przewodnik%C3%B3w+6G&limit=3"),
            None
        );
        assert_eq!(broken_escape("q=100%25"), None);
    }
}
