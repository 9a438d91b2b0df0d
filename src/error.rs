//! The library's error type: every failure a user can meet, worded so they can act on it.
//!
//! Each variant says what is wrong, where, and what to do. The binary maps every
//! error to exit code 2 and prints it once with its cause chain.

use std::path::PathBuf;

/// Everything that can go wrong in accord's library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("corpus folder {0} does not exist; pass --corpus DIR or set ACCORD_CORPUS")]
    NoCorpus(PathBuf),

    #[error("{path}:{line}: manifest error: {message}")]
    Manifest {
        path: PathBuf,
        line: usize,
        message: String,
    },

    #[error("no index in {0}; build it with `accord index`")]
    NoIndex(PathBuf),

    #[error(
        "{0} is not an accord index and is not empty; refusing to write into it. \
         Choose an empty or new folder with --index DIR"
    )]
    NotAnIndex(PathBuf),

    #[error(
        "the index in {path} was built by an older accord (index format {found}, this accord \
         reads format {expected}); rebuild it with `accord index --rebuild`"
    )]
    OldIndex {
        path: PathBuf,
        found: u32,
        expected: u32,
    },

    #[error("the index in {path} is damaged ({detail}); rebuild it with `accord index --rebuild`")]
    DamagedIndex { path: PathBuf, detail: String },

    #[error(
        "another `accord index` is writing to {path} ({holder}); wait for it to finish, \
         or stop that process"
    )]
    Locked { path: PathBuf, holder: String },

    #[error("invalid query: {message}\n  {query}\n  {caret}")]
    Query {
        query: String,
        message: String,
        caret: String,
    },

    #[error("{name} must be a whole number from {min} to {max} (got {value})")]
    OutOfRange {
        /// What the number counts ("the number of hits").
        name: &'static str,
        /// The value given, as given (cut short).
        value: String,
        min: u64,
        max: u64,
    },

    #[error("unknown language '{0}'; choose from: pl, en, ko")]
    UnknownLanguage(String),

    #[error("unknown document '{id}'; {}", did_you_mean(closest, *total))]
    UnknownDocument {
        id: String,
        /// Known ids, closest to `id` first (a few).
        closest: Vec<String>,
        /// How many documents the index has.
        total: usize,
    },

    #[error(
        "no two documents report the same event (same `event` in manifest.toml, or dates a \
         week apart with names in common); name two with --docs A,B"
    )]
    NoCounterparts,

    #[error(
        "{path} changed since it was indexed (passage at lines {lines} no longer matches); \
         update the index with `accord index`"
    )]
    Stale { path: String, lines: String },

    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

/// "did you mean: a, b? (N documents in the index; ...)", or that there are none.
fn did_you_mean(closest: &[String], total: usize) -> String {
    if closest.is_empty() {
        return "the index has no documents".to_string();
    }
    format!(
        "did you mean: {}? ({total} document{} in the index; `accord docs` lists them)",
        closest.join(", "),
        if total == 1 { "" } else { "s" }
    )
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
