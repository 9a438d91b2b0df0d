//! The API's handlers: request parameters checked, the library called on the blocking
//! pool, its answer returned as the same JSON objects as the CLI's `--json` output.

use std::path::Path;
use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path as UrlPath, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;

use super::current::{CurrentIndex, Health, Snapshot};
use super::error::ApiError;
use super::Limits;
use crate::compare::{self, Side};
use crate::index::read;
use crate::lang::Lang;
use crate::search::{self, SearchOptions};
use crate::wire;

/// What every handler shares.
#[derive(Clone)]
pub struct App {
    /// The index, always at its last commit.
    pub current: Arc<CurrentIndex>,
    /// Request limits.
    pub limits: Arc<Limits>,
    /// Turns on the blocking pool: index reads running at once.
    permits: Arc<Semaphore>,
}

impl App {
    /// Handlers over `current`, within `limits`.
    pub fn new(current: Arc<CurrentIndex>, limits: Limits) -> App {
        App {
            current,
            permits: Arc::new(Semaphore::new(limits.blocking.max(1))),
            limits: Arc::new(limits),
        }
    }

    /// Runs `read` on the current snapshot on the blocking pool, once a turn is free.
    async fn read<T: Send + 'static>(
        &self,
        read: impl FnOnce(&Snapshot) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let snapshot = self
            .current
            .get()
            .map_err(|u| ApiError::unavailable(u.error.clone()))?;
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|_| ApiError::unavailable("the server is shutting down"))?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            read(&snapshot)
        })
        .await
        .map_err(|e| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("internal error while reading the index ({e}); please report it"),
            )
        })?
    }
}

/// Query-string parameters, with a JSON 400 that names the parameter when they do not
/// parse (an unknown or repeated parameter, a malformed value).
pub struct Params<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(Params(value)),
            Err(rejection) => Err(params_error(&rejection)),
        }
    }
}

fn params_error(rejection: &QueryRejection) -> ApiError {
    let text = rejection.body_text();
    let detail = text
        .strip_prefix("Failed to deserialize query string: ")
        .unwrap_or(&text)
        .replace("unknown field", "unknown parameter")
        .replace("duplicate field", "repeated parameter")
        .replace("expected one of", "the parameters are");
    ApiError::bad_request(format!("bad query string: {detail}"))
}

/// A text parameter: absent and empty are the same (a form sends empty fields).
fn text(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

/// A whole-number parameter in `min..=max`, `default` when absent.
fn number(
    name: &str,
    value: Option<String>,
    default: usize,
    min: usize,
    max: usize,
) -> Result<usize, ApiError> {
    let Some(raw) = text(value) else {
        return Ok(default);
    };
    match raw.trim().parse::<usize>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(ApiError::bad_request(format!(
            "{name} must be a whole number from {min} to {max}, not '{raw}'"
        ))),
    }
}

/// A yes/no parameter: true/false (or 1/0, yes/no).
fn flag(name: &str, value: Option<String>, default: bool) -> Result<bool, ApiError> {
    match text(value).as_deref().map(str::trim) {
        None => Ok(default),
        Some("true" | "1" | "yes" | "on") => Ok(true),
        Some("false" | "0" | "no" | "off") => Ok(false),
        Some(other) => Err(ApiError::bad_request(format!(
            "{name} must be true or false, not '{other}'"
        ))),
    }
}

/// The query `q`, present and within the length limit.
fn query(value: Option<String>, limits: &Limits) -> Result<String, ApiError> {
    let Some(q) = text(value) else {
        return Err(ApiError::bad_request(
            "missing q: the query to search for, e.g. /api/search?q=semiconductors",
        ));
    };
    let chars = q.chars().count();
    if chars > limits.query_chars {
        return Err(ApiError::bad_request(format!(
            "q is {chars} characters long; the limit is {}",
            limits.query_chars
        )));
    }
    Ok(q)
}

fn language(value: Option<String>) -> Result<Option<Lang>, ApiError> {
    text(value)
        .map(|code| code.trim().parse::<Lang>())
        .transpose()
        .map_err(ApiError::from)
}

/// The path of a corpus file as the CLI shows it (`file`): under the corpus folder.
fn shown_path(corpus: &Path, rel: &str) -> String {
    if corpus == Path::new(".") {
        rel.to_string()
    } else {
        corpus.join(rel).display().to_string()
    }
}

/// `/api/search`.
#[derive(Serialize)]
pub struct SearchAnswer {
    /// The query as given.
    pub query: String,
    /// Hits skipped before the first one returned.
    pub offset: usize,
    /// Hits asked for.
    pub limit: usize,
    /// Passages that match in all, on every page.
    pub total: usize,
    /// The hits, ranked.
    pub hits: Vec<wire::Hit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    q: Option<String>,
    lang: Option<String>,
    doc: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
    translate: Option<String>,
}

/// `GET /api/search?q=&lang=&doc=&limit=&offset=&translate=`.
pub async fn search(
    State(app): State<App>,
    Params(p): Params<SearchParams>,
) -> Result<Json<SearchAnswer>, ApiError> {
    let q = query(p.q, &app.limits)?;
    let lang = language(p.lang)?;
    let doc = text(p.doc);
    let limit = number("limit", p.limit, 10, 1, app.limits.hits)?;
    let offset = number("offset", p.offset, 0, 0, app.limits.offset)?;
    let translate = flag("translate", p.translate, true)?;
    app.read(move |snapshot| {
        let corpus = snapshot.corpus.clone();
        let opts = SearchOptions {
            limit,
            offset,
            langs: lang.into_iter().collect(),
            docs: doc.into_iter().collect(),
            translate,
            ..SearchOptions::default()
        };
        let found = search::search(&snapshot.index, &q, &opts)?;
        let hits = found
            .hits
            .iter()
            .map(|hit| wire::Hit::new(hit, &shown_path(&corpus, &hit.path)))
            .collect();
        Ok(Json(SearchAnswer {
            query: q,
            offset,
            limit,
            total: found.total,
            hits,
        }))
    })
    .await
}

fn document_json(corpus: &Path, d: &crate::index::DocRecord) -> wire::Document {
    wire::Document::new(d, &shown_path(corpus, &d.meta.path))
}

/// `/api/docs`.
#[derive(Serialize)]
pub struct DocsAnswer {
    documents: Vec<wire::Document>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// `GET /api/docs`: every document, sorted by id.
pub async fn docs(
    State(app): State<App>,
    Params(NoParams {}): Params<NoParams>,
) -> Result<Json<DocsAnswer>, ApiError> {
    let snapshot = app
        .current
        .get()
        .map_err(|u| ApiError::unavailable(u.error.clone()))?;
    let corpus = snapshot.corpus.clone();
    Ok(Json(DocsAnswer {
        documents: snapshot
            .documents
            .iter()
            .map(|d| document_json(&corpus, d))
            .collect(),
    }))
}

/// `/api/docs/{id}`.
#[derive(Serialize)]
pub struct DocumentAnswer {
    document: wire::Document,
    passages: Vec<wire::Passage>,
}

/// `GET /api/docs/{id}`: a document with its passages, in document order.
pub async fn document(
    State(app): State<App>,
    UrlPath(id): UrlPath<String>,
    Params(NoParams {}): Params<NoParams>,
) -> Result<Json<DocumentAnswer>, ApiError> {
    app.read(move |snapshot| {
        let record = snapshot
            .document(&id)
            .ok_or_else(|| unknown_document(snapshot, &id))?;
        let passages = read::passages_of(&snapshot.index, &id)?
            .into_iter()
            .map(|p| wire::Passage {
                position: p.position,
                path: p.path,
                line_start: p.line_start,
                line_end: p.line_end,
                lang: p.lang,
                text: p.text,
            })
            .collect();
        Ok(Json(DocumentAnswer {
            document: document_json(&snapshot.corpus, record),
            passages,
        }))
    })
    .await
}

fn unknown_document(snapshot: &Snapshot, id: &str) -> ApiError {
    ApiError::from(read::unknown_document(id, &snapshot.documents))
}

/// `/api/compare`: the two documents and their passages rank by rank (`pairs` is empty
/// and the sides absent when neither document has a passage on the topic).
#[derive(Serialize)]
pub struct CompareAnswer {
    query: String,
    a: Option<Side>,
    b: Option<Side>,
    reason: Option<String>,
    pairs: Vec<wire::ComparedPair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareParams {
    q: Option<String>,
    docs: Option<String>,
    limit: Option<String>,
    translate: Option<String>,
}

/// `GET /api/compare?q=&docs=A,B&limit=&translate=`.
pub async fn compare(
    State(app): State<App>,
    Params(p): Params<CompareParams>,
) -> Result<Json<CompareAnswer>, ApiError> {
    let q = query(p.q, &app.limits)?;
    let docs = match text(p.docs) {
        None => None,
        Some(spec) => match spec.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Some((a.trim().to_string(), b.trim().to_string()))
            }
            _ => {
                return Err(ApiError::bad_request(format!(
                    "docs takes two document ids separated by a comma, e.g. docs=A,B, not '{spec}' \
                     (ids: /api/docs)"
                )))
            }
        },
    };
    let limit = number("limit", p.limit, 3, 1, app.limits.hits)?;
    let translate = flag("translate", p.translate, true)?;
    app.read(move |snapshot| {
        let corpus = snapshot.corpus.clone();
        for (a, b) in docs.iter() {
            for id in [a, b] {
                if snapshot.document(id).is_none() {
                    return Err(unknown_document(snapshot, id));
                }
            }
        }
        let base = SearchOptions {
            translate,
            ..SearchOptions::default()
        };
        let found = compare::compare(
            &snapshot.index,
            &q,
            docs.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
            limit,
            &base,
        )?;
        let Some(c) = found else {
            return Ok(Json(CompareAnswer {
                query: q,
                a: None,
                b: None,
                reason: None,
                pairs: Vec::new(),
            }));
        };
        let pairs = wire::ComparedPair::all(&c, |h| shown_path(&corpus, &h.path));
        Ok(Json(CompareAnswer {
            query: q,
            a: Some(c.a),
            b: Some(c.b),
            reason: Some(c.reason),
            pairs,
        }))
    })
    .await
}

/// `/api/align`.
#[derive(Serialize)]
pub struct AlignAnswer {
    a: Side,
    b: Side,
    /// Passages of each side left out of the alignment (too short to compare).
    skipped: (usize, usize),
    /// As `accord align --json` prints them: the pairs, then what only A and only B say.
    rows: Vec<wire::AlignRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlignParams {
    a: Option<String>,
    b: Option<String>,
}

/// `GET /api/align?a=A&b=B`.
pub async fn align(
    State(app): State<App>,
    Params(p): Params<AlignParams>,
) -> Result<Json<AlignAnswer>, ApiError> {
    let (Some(a), Some(b)) = (text(p.a), text(p.b)) else {
        return Err(ApiError::bad_request(
            "align needs two documents: a=ID&b=ID (ids: /api/docs)",
        ));
    };
    app.read(move |snapshot| {
        for id in [&a, &b] {
            if snapshot.document(id).is_none() {
                return Err(unknown_document(snapshot, id));
            }
        }
        let al = compare::align(&snapshot.index, &a, &b)?;
        let rows = wire::AlignRow::all(&al);
        Ok(Json(AlignAnswer {
            a: al.a,
            b: al.b,
            skipped: al.skipped,
            rows,
        }))
    })
    .await
}

/// `/api/health`.
#[derive(Serialize)]
pub struct HealthAnswer {
    /// `ok` or `unavailable`.
    status: &'static str,
    /// The index folder.
    index: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    documents: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    passages: Option<usize>,
    /// The commit answered from.
    #[serde(skip_serializing_if = "Option::is_none")]
    opstamp: Option<u64>,
    /// Seconds since the commit was opened, or since the index became unavailable.
    seconds: u64,
    /// What is wrong, when unavailable.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// `GET /api/health`: 200 while the index answers, 503 with the reason otherwise.
pub async fn health(State(app): State<App>, Params(NoParams {}): Params<NoParams>) -> Response {
    let since = |t: std::time::SystemTime| t.elapsed().map_or(0, |d| d.as_secs());
    let index = app.current.path().display().to_string();
    match app.current.health() {
        Health::Ready {
            documents,
            passages,
            opstamp,
            opened,
        } => Json(HealthAnswer {
            status: "ok",
            index,
            documents: Some(documents),
            passages: Some(passages),
            opstamp: Some(opstamp),
            seconds: since(opened),
            error: None,
        })
        .into_response(),
        Health::Unavailable(u) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(HealthAnswer {
                status: "unavailable",
                index,
                documents: None,
                passages: None,
                opstamp: None,
                seconds: since(u.since),
                error: Some(u.error),
            }),
        )
            .into_response(),
    }
}
