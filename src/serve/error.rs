//! Errors as the API answers them: a status and a JSON `{"error": "..."}` that says
//! what to fix.
//!
//! Bad input is 400 (or 404 for a document or endpoint that does not exist), an index
//! that cannot be read is 503, and nothing a request carries becomes a 500. The
//! library's messages speak of the index and the corpus; where they point to a CLI
//! option, the server says which request parameter to change instead.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use crate::error::Error;

/// An error answer.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What is wrong and what to do.
    pub message: String,
    /// For an invalid query: the query and a caret line under the offending place.
    pub query: Option<(String, String)>,
}

#[derive(Serialize)]
struct Body<'a> {
    error: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    caret: Option<&'a str>,
}

impl ApiError {
    /// 400: the request asks for something malformed or out of range.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// 404: no such document or endpoint.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    /// 503: the index cannot answer now (missing, damaged, being repaired, or busy).
    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message)
    }

    /// An error with `status`.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            query: None,
        }
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> ApiError {
        match err {
            Error::Query {
                query,
                message,
                caret,
            } => ApiError {
                status: StatusCode::BAD_REQUEST,
                message: format!("invalid query (q): {message}"),
                query: Some((query, caret)),
            },
            Error::UnknownLanguage(code) => ApiError::bad_request(format!(
                "unknown language '{code}' (lang); choose from: pl, en, ko"
            )),
            Error::UnknownDocument { id, closest, total } => {
                let suggestion = if closest.is_empty() {
                    String::new()
                } else {
                    format!("did you mean: {}? ", closest.join(", "))
                };
                ApiError::not_found(format!(
                    "unknown document '{id}'; {suggestion}({total} documents; list them at /api/docs)"
                ))
            }
            Error::NoCounterparts => ApiError::not_found(
                "no two documents report the same event (same `event` in manifest.toml, or \
                 dates a week apart with names in common); name two with docs=A,B",
            ),
            e @ Error::Stale { .. } => ApiError::new(StatusCode::CONFLICT, e.to_string()),
            e @ (Error::NoIndex(_)
            | Error::NotAnIndex(_)
            | Error::OldIndex { .. }
            | Error::DamagedIndex { .. }
            | Error::Tantivy(_)
            | Error::Io { .. }
            | Error::Locked { .. }
            | Error::NoCorpus(_)
            | Error::Manifest { .. }) => ApiError::unavailable(e.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Body {
            error: &self.message,
            query: self.query.as_ref().map(|(q, _)| q.as_str()),
            caret: self.query.as_ref().map(|(_, c)| c.as_str()),
        };
        (self.status, Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_errors_are_4xx_and_index_errors_503() {
        let q = ApiError::from(Error::Query {
            query: "a AND".into(),
            message: "AND needs something after it".into(),
            caret: "  ^".into(),
        });
        assert_eq!(q.status, StatusCode::BAD_REQUEST);
        assert_eq!(q.query.as_ref().unwrap().0, "a AND");
        let lang = ApiError::from(Error::UnknownLanguage("xx".into()));
        assert_eq!(lang.status, StatusCode::BAD_REQUEST);
        assert!(lang.message.contains("pl, en, ko"), "{}", lang.message);
        let gone = ApiError::from(Error::NoIndex("index".into()));
        assert_eq!(gone.status, StatusCode::SERVICE_UNAVAILABLE);
        let none = ApiError::from(Error::NoCounterparts);
        assert!(!none.message.contains("--docs"), "{}", none.message);
    }
}
