//! The web page, compiled into the binary: plain HTML, CSS and JavaScript with no build
//! step and nothing from another origin, so it works offline and the
//! Content-Security-Policy can forbid everything else.
//!
//! `app.js` builds every piece of corpus text into DOM text nodes (`textContent`,
//! `createTextNode`), never into HTML: a passage that contains `<script>` shows as text.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

use super::handlers::App;

const INDEX_HTML: &str = include_str!("web/index.html");
const APP_JS: &str = include_str!("web/app.js");
const APP_CSS: &str = include_str!("web/app.css");
const ICON_SVG: &str = include_str!("web/icon.svg");

fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
}

/// `/` (the page), `/app.js`, `/app.css`, `/icon.svg`.
pub fn routes() -> Router<App> {
    Router::new()
        .route(
            "/",
            get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }),
        )
        .route(
            "/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }),
        )
        .route(
            "/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS) }),
        )
        .route(
            "/icon.svg",
            get(|| async { asset("image/svg+xml", ICON_SVG) }),
        )
}
