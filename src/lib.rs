//! accord: a search engine for the statements governments publish about what they agreed.
//!
//! The pipeline, one module a stage:
//! [`corpus`] (files, encodings, manifest, passages, web-page chrome) ->
//! [`lang`] (language per passage) -> [`analysis`] (one tantivy analyzer per language) ->
//! [`index`] (schema, building, opening) -> [`search`] (query language, ranking,
//! highlighting) -> [`render`] (terminal and JSON Lines output). Beside search:
//! [`translate`] (query translation between the three languages) and [`compare`]
//! (documents side by side and passage alignment across languages).

pub mod analysis;
pub mod compare;
pub mod corpus;
pub mod error;
pub mod index;
pub mod lang;
pub mod render;
pub mod script;
pub mod search;
pub mod translate;

pub use error::{Error, Result};
