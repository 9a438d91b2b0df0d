//! accord: a search engine for the statements governments publish about what they agreed,
//! in Polish, English and Korean, with the query translated across the three.
//!
//! The items at the crate root are what a program needs: open an index (building it
//! from a corpus folder on first use), search it, list its documents, compare and align
//! two documents, and the [`wire`] types that `--json` prints and the HTTP server
//! serves.
//!
//! ```
//! # fn main() -> accord::Result<()> {
//! use accord::{open_or_build, search, NoProgress, SearchOptions};
//!
//! // A corpus is a folder of text files (a manifest.toml beside them is optional).
//! let dir = tempfile::tempdir().unwrap();
//! let corpus = dir.path().join("corpus");
//! std::fs::create_dir(&corpus).unwrap();
//! std::fs::write(
//!     corpus.join("summit.txt"),
//!     "Leaders agreed to expand cooperation on semiconductors and submarine cables.\n\n\
//!      They also launched a joint fund for quantum research.\n",
//! )
//! .unwrap();
//!
//! // The first call builds the index; later calls open it.
//! let mut first_build = false;
//! let opened = open_or_build(&dir.path().join("index"), &corpus, &mut NoProgress, |_, _| {
//!     first_build = true
//! })?;
//! assert!(first_build && opened.built.is_some());
//!
//! let found = search(&opened.index, "semiconductor", &SearchOptions::default())?;
//! assert_eq!(found.total, 1);
//! let hits = found.hits;
//! assert_eq!(hits[0].lang, accord::Lang::En);
//! assert!(hits[0].text.contains("semiconductors"));
//! // The Polish query reaches the English passage through its translation.
//! let hits = search(&opened.index, "półprzewodniki", &SearchOptions::default())?.hits;
//! assert!(hits[0].text.contains("semiconductors"));
//!
//! // What scripts receive, one JSON object a line.
//! let json = serde_json::to_string(&accord::wire::Hit::new(&hits[0], "corpus/summit.txt"))
//!     .unwrap();
//! assert!(json.contains(r#""lang":"en""#));
//! # Ok(())
//! # }
//! ```
//!
//! The pipeline, one module a stage:
//! [`corpus`] (files, encodings, manifest, passages, web-page chrome) ->
//! [`lang`] (language per passage) -> [`analysis`] (one tantivy analyzer per language) ->
//! [`index`] (schema, building, opening) -> [`search`](mod@search) (query language, ranking,
//! highlighting) -> [`render`] (terminal and JSON Lines output). Beside search:
//! [`translate`] (query translation between the three languages) and [`compare`](mod@compare)
//! (documents side by side and passage alignment across languages), [`timeline`](mod@timeline)
//! (a commitment's passages oldest first, with the words each statement changed); [`serve`] answers the
//! same calls over HTTP, with a web page. The stages stay public for the tests,
//! benchmarks and fuzz targets that drive them one by one; a program should need only
//! the items re-exported here.

pub mod analysis;
pub mod compare;
pub mod corpus;
pub mod error;
pub mod index;
pub mod lang;
pub mod render;
pub mod script;
pub mod search;
pub mod serve;
pub mod timeline;
pub mod translate;
pub mod wire;

pub use compare::{align, compare, Alignment, Comparison};
pub use corpus::DocMeta;
pub use error::{Error, IoOp, Remedy, Result};
pub use index::build::{build, BuildOptions, BuildReport, NoProgress, Progress};
pub use index::read::{
    passages_of, pending, set_aside, CitedFile, Pending, SetAside, StoredPassage,
};
pub use index::{open_or_build, AccordIndex, DocRecord, Opened};
pub use lang::Lang;
pub use search::highlight::MatchKind;
pub use search::{count_by_document, search, DocumentCount, Found, Hit, SearchOptions};
pub use timeline::{timeline, Timeline, TimelineOptions};
