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

use crate::error::{Error, Remedy};

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

/// The fix for `remedy`, worded for someone using the API (or running the server).
fn http_advice(remedy: Remedy) -> &'static str {
    match remedy {
        Remedy::BuildIndex => "build it with `accord index` beside the server",
        Remedy::RebuildIndex => "rebuild it with `accord index --rebuild` beside the server",
        Remedy::UpdateIndex => "update the index with `accord index` beside the server",
        Remedy::ListDocuments => "/api/docs lists them",
        Remedy::NameTwoDocuments => "name two with docs=A,B",
        other => other.advice(),
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> ApiError {
        let status = match &err {
            Error::Query { .. } | Error::UnknownLanguage(_) => StatusCode::BAD_REQUEST,
            Error::UnknownDocument { .. } => StatusCode::NOT_FOUND,
            Error::NoCounterparts => StatusCode::NOT_FOUND,
            Error::Stale { .. } => StatusCode::CONFLICT,
            // The index, the corpus or a file could not be read: nothing the request
            // can change, and the server recovers once the index is repaired.
            _ => StatusCode::SERVICE_UNAVAILABLE,
        };
        if let Error::Query {
            query,
            message,
            caret,
        } = err
        {
            return ApiError {
                status,
                message: format!("invalid query (q): {message}"),
                query: Some((query, caret)),
            };
        }
        let problem = match &err {
            Error::UnknownLanguage(code) => {
                format!("unknown language '{code}' (lang); choose from: pl, en, ko")
            }
            other => other.problem(),
        };
        let message = match err.remedy() {
            Some(remedy) => format!("{problem}; {}", http_advice(remedy)),
            None => problem,
        };
        ApiError::new(status, message)
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
        assert!(gone.message.contains("accord index"), "{}", gone.message);
        let none = ApiError::from(Error::NoCounterparts);
        assert_eq!(none.status, StatusCode::NOT_FOUND);
        assert!(none.message.contains("docs=A,B"), "{}", none.message);
        let doc = ApiError::from(Error::UnknownDocument {
            id: "x".into(),
            closest: vec!["y".into()],
            total: 3,
        });
        assert_eq!(doc.status, StatusCode::NOT_FOUND);
        assert!(doc.message.contains("/api/docs"), "{}", doc.message);
    }
}
